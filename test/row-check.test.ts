// The tap-side contract checks (kit/contracts/row-check.ts) against the SQL checks staging runs
// (transforms/macros/medi_casts.sql), on PostgreSQL, over edge values of every checked type: whatever the tap
// passes, SQL passes too and casts without error (the tap may only be stricter), and on these values the two
// agree except where the tap is stricter on purpose.
import t from 'tap';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { rowChecker, contractFingerprint, CHECK_RULES_VERSION } from '../kit/contracts/row-check.js';
import type { Contract, ColumnType, ContractColumn } from '../kit/contracts/contract.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { ROOT, scratchDb } from './helpers.js';
import { DBT_SCRATCH } from './meltano.js';

function contract(columns: Array<Partial<ContractColumn> & { type: ColumnType }>): Contract {
  return {
    source: 'x',
    stream: 'y',
    description: 'd',
    landing: 'text',
    natural_key: [],
    scd: { type: 1 },
    file: 'contracts/x/y.yaml',
    columns: columns.map((c, i) => ({ name: `c${i}`, source: `C${i}`, ...c })),
  };
}

const years = ['0000', '0001', '1900', '2000', '2023', '2024', '2100', '9999', '20x4', '２０２４'];
const monthDays = ['01-01', '02-28', '02-29', '02-30', '04-30', '04-31', '12-31', '13-01', '00-10', '01-00', '1-01', '01-1'];
const times = [
  '',
  ' 00:00',
  'T23:59',
  ' 24:00',
  ' 23:60',
  ' 12:34:56',
  ' 12:34:60',
  ' 12:34:56.1',
  ' 12:34:56.123',
  ' 12:34:56.123456',
  ' 12:34:56.1234567',
  'T12:34:56.1234567',
  ' 12:34:56.12345678',
  'T12:34:56.123',
  'T12:34:56.12',
  'T12:34',
  ' 12:3',
  'Z',
  ' 12:34:56.123Z',
  '  12:34',
];
// every position of a full timestamp replaced by each of a few characters, and every prefix of it
const full = ['2024-02-29 12:34:56.123456', '2023-12-31T23:59:59.999999', '2023-12-31 23:59:59.9999999'];
const mutations = full.flatMap((f) =>
  [...f].flatMap((_, i) => ['x', '-', ':', ' ', '.', 'T', '0', '9', '５', ''].map((ch) => f.slice(0, i) + ch + f.slice(i + 1))),
);
const prefixes = full.flatMap((f) => [...f].map((_, i) => f.slice(0, i + 1)));
const dates = [
  ...mutations,
  ...prefixes,
  ...years.flatMap((y) => monthDays.flatMap((md) => times.map((tm) => `${y}-${md}${tm}`))),
  '',
  ' ',
  '2024/01/01',
  ' 2024-01-01 ',
  '\t2024-02-29\r\n',
  '1900-01-01',
  '2024-01-01 9:00',
];
const VALUES: Record<string, string[]> = {
  integer: [
    '0',
    '-0',
    '+5',
    '-',
    '+',
    '123456789012345678',
    '1234567890123456789',
    '-123456789012345678',
    '-1234567890123456789',
    '9223372036854775807',
    '9223372036854775808',
    '-9223372036854775808',
    '-9223372036854775809',
    '0000000000000000000001',
    '1e3',
    '１２',
    '1 2',
    ' 7 ',
    '--1',
    '0x1f',
    '١٢',
    '007',
    '',
  ],
  decimal: [
    '1',
    '1.',
    '.5',
    '-.5',
    '+1.50',
    '1.2.3',
    '.',
    '-',
    '1e5',
    'NaN',
    'Infinity',
    ' 3.14 ',
    '٣.١',
    '12345678901234567890.123456789',
    '',
  ],
  boolean: [
    '0',
    '1',
    '2',
    'true',
    'TRUE',
    'True',
    'false',
    't',
    'F',
    'yes',
    'YES',
    'y',
    'N',
    'no',
    'on',
    'off',
    'ſ',
    'yeſ',
    'K',
    'İ',
    'trUE',
    ' 1 ',
    'tru',
    '',
  ],
  date: dates,
  timestamp: dates,
  string: ['', 'anything', '  padded  ', '"quoted"', '\\', 'ā'],
};

/**
 * Where the tap is stricter on purpose, leaving the row to SQL: non-ASCII letters in booleans (lower() is the
 * database's); integers of 19 digits or more (SQL decides bigint's range); `T` times with 1, 2, 4 or 5 fraction
 * digits (the tap knows the shapes sources write after a `T`: none, 3, 6 or 7).
 */
function tapStricter(type: string, raw: string): boolean {
  const v = raw.trim();
  if (type === 'boolean') return /[^\x00-\x7f]/.test(raw);
  if (type === 'integer') return /^[-+]?[0-9]{19,}$/.test(v);
  if (type === 'date' || type === 'timestamp') return /T[0-9]{2}:[0-9]{2}:[0-9]{2}\.([0-9]{1,2}|[0-9]{4,5})$/.test(v);
  return false;
}

async function dbtCompile(db: string, sql: string): Promise<string> {
  const env = { ...process.env, ...DBT_SCRATCH, ...pgEnv(db), DO_NOT_TRACK: '1', PATH: `${join(ROOT, '.venv/bin')}:${process.env.PATH}` };
  const child = spawn(join(ROOT, 'scripts/dbt'), ['--quiet', 'compile', '--inline', sql], { env });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d));
  child.stderr.on('data', (d: Buffer) => (err += d));
  const code = await new Promise((r) => child.on('close', r));
  if (code !== 0) throw new Error(`dbt compile failed: ${out}${err}`);
  return out.trim();
}

t.test('what the tap passes, SQL passes and casts; the tap is stricter only on purpose', async (t) => {
  const db = await scratchDb('row_check');
  const types = Object.keys(VALUES) as ColumnType[];
  // one compile for every macro used: each type's check and its cast, split at a marker
  const macros = types.flatMap((type) => [`{{ medi_valid('v', '${type}') }}`, `{{ medi_cast_valid('v', '${type}') }}`]);
  const compiled = (await dbtCompile(db, `select ${macros.join(' /*@@*/ ')}`)).replace(/^select /, '').split(' /*@@*/ ');
  t.equal(compiled.length, macros.length);
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  t.teardown(() => client.end());
  const renamed = `(select raw, nullif(btrim(raw, E' \\t\\r\\n'), '') as v from unnest($1::text[]) raw) s`;
  let compared = 0;
  for (const [i, type] of types.entries()) {
    const passes = rowChecker(contract([{ type }]));
    const { rows } = await client.query<{ raw: string; ok: boolean }>(`select raw, ${compiled[2 * i]} as ok from ${renamed}`, [
      VALUES[type],
    ]);
    const tapPassed: string[] = [];
    for (const { raw, ok } of rows) {
      const js = passes([raw]);
      compared++;
      if (js) tapPassed.push(raw);
      if (js && !ok) t.fail(`${type} ${JSON.stringify(raw)}: the tap passes it, SQL does not`);
      if (!js && ok && !tapStricter(type, raw)) t.fail(`${type} ${JSON.stringify(raw)}: SQL passes it, the tap does not`);
    }
    // every value the tap passes casts without error, the way staging casts marked rows
    await client.query(`select ${compiled[2 * i + 1]} from ${renamed}`, [tapPassed]);
    t.ok(tapPassed.length > 0, `${type}: ${tapPassed.length} of ${rows.length} values pass and cast`);
  }
  t.ok(compared > 2000, `${compared} values compared`);
  // year 0000 has the right shape but no cast: refused by both (it used to fail the whole build)
  t.notOk(rowChecker(contract([{ type: 'timestamp' }]))(['0000-01-01 00:00']));
});

t.test('a decimal numeric cannot hold is refused by the tap too', async (t) => {
  const passes = rowChecker(contract([{ type: 'decimal' }]));
  t.notOk(passes(['0.' + '1'.repeat(16384)]), '16384 fraction digits');
  t.notOk(passes(['1'.repeat(131073)]), '131073 integer digits');
  t.ok(passes(['0.' + '1'.repeat(16383)]), '16383 fraction digits');
  t.ok(passes(['1'.repeat(131072)]), '131072 integer digits');
});

t.test('rows: required, null spellings, domains; the fingerprint follows the rules', async (t) => {
  const c = contract([
    { type: 'integer', required: true },
    { type: 'string', domain: ['Booked', 'Arrived'] },
    { type: 'date', null_values: ['1900-01-01'] },
    { type: 'boolean', required: true, null_values: ['-'] },
  ]);
  const passes = rowChecker(c);
  t.ok(passes(['1', 'Booked', '2024-02-29', 'Y']));
  t.ok(passes([' 1\r\n', '', '1900-01-01', '0']), 'trimmed; empty and null spellings are NULL where allowed');
  t.notOk(passes(['', 'Booked', '', '1']), 'required and empty');
  t.notOk(passes(['1', 'booked', '', '1']), 'domains are exact');
  t.notOk(passes(['1', 'Booked', '', '-']), 'a null spelling of a required column');
  t.notOk(passes(['1', 'Booked', '2023-02-29', '1']), 'not a leap year');
  t.ok(passes(['1', 'Booked', '2025-01-29 18:18:11.3470000', '1']), '7 fraction digits, as SQL Server datetime2 writes them');
  t.notOk(passes(['1', 'Booked', '2025-01-29 18:18:11.34700000', '1']), '8 are too many');
  t.notOk(passes(['1', 'Booked', '']), 'field count');
  const fp = contractFingerprint(c);
  t.match(fp, /^[0-9a-f]{16}$/);
  t.equal(contractFingerprint({ ...c, description: 'other words' }), fp, 'descriptions do not matter');
  t.not(
    contractFingerprint({ ...c, columns: c.columns.map((x, i) => (i === 1 ? { ...x, domain: ['Booked', 'Arrived', 'Cancelled'] } : x)) }),
    fp,
    'a new domain value changes it',
  );
  t.equal(CHECK_RULES_VERSION, 3, 'rules version 3: decimals within numeric (2: up to 7 fraction digits in timestamps)');
});
