// The SQL checks of typed staging (transforms/macros/medi_casts.sql) at the edges of PostgreSQL's types: they
// accept exactly what casts (bigint's whole range, leading zeros, both timestamp separators alike) and refuse
// what would fail the cast, so an over-long decimal goes to rejects instead of failing the build of its stream.
import t from 'tap';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { pgEnv } from '../kit/warehouse/database.js';
import { migrate } from '../kit/warehouse/migrate.js';
import { ROOT, query, runTarget, scratchDb, singer } from './helpers.js';
import { meltanoEnv } from './meltano.js';

/** scripts/dbt with `args` against `db`: its stdout, and its output's end for a failure's message. */
function dbt(db: string, args: string[]): Promise<{ code: number | null; stdout: string; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, 'scripts/dbt'), args, { env: { ...meltanoEnv(pgEnv(db)), MEDI_DBT_ALWAYS: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, output: (stdout + stderr).slice(-4000) }));
  });
}

const TOO_MANY_FRACTION_DIGITS = '0.' + '1'.repeat(16384);
const TOO_MANY_INTEGER_DIGITS = '1'.repeat(131073);

/** Per type: values the checks must accept (each then casts), and values they must refuse. */
const EDGES: Record<string, { accept: string[]; refuse: string[] }> = {
  integer: {
    accept: [
      '9223372036854775807',
      '-9223372036854775808',
      '+9223372036854775807',
      '0000000000000000000000000007',
      '-' + '0'.repeat(300) + '9223372036854775808',
      '123456789012345678',
      '-0',
    ],
    refuse: [
      '9223372036854775808',
      '-9223372036854775809',
      '+9223372036854775808',
      '10000000000000000000',
      '0'.repeat(30) + '1'.repeat(20),
      '-',
      '+',
      '1e3',
      '9.0',
    ],
  },
  decimal: {
    accept: [
      '0.' + '1'.repeat(16383),
      '.' + '1'.repeat(16383),
      '9'.repeat(131072),
      '-' + '0'.repeat(200000) + '1.5',
      '1.' + '0'.repeat(16383),
      '9'.repeat(131072) + '.' + '9'.repeat(16383),
    ],
    refuse: [
      TOO_MANY_FRACTION_DIGITS,
      '.' + '1'.repeat(16384),
      '1.' + '0'.repeat(16384),
      TOO_MANY_INTEGER_DIGITS,
      '-' + TOO_MANY_INTEGER_DIGITS + '.5',
      '1.2.3',
      '.',
    ],
  },
  timestamp: {
    accept: [' ', 'T'].flatMap((sep) => [
      `2024-02-29${sep}12:34`,
      `2024-02-29${sep}12:34:56`,
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `2024-02-29${sep}12:34:56.${'1234567'.slice(0, n)}`),
    ]),
    refuse: [' ', 'T'].flatMap((sep) => [`2024-02-29${sep}12:34:56.12345678`, `2024-02-29${sep}12:34:56.`, `2024-02-29${sep}24:00`]),
  },
};

t.test('the checks accept exactly what casts: bigint range, leading zeros, numeric limits, both separators', async (t) => {
  const db = await scratchDb('dbt_typing_edges');
  await migrate(db); // the roles dbt runs as (other files of the suite may not have made them yet)
  const types = Object.keys(EDGES);
  const macros = types.flatMap((type) => [`{{ medi_valid('v', '${type}') }}`, `{{ medi_cast_valid('v', '${type}') }}`]);
  const compiled = await dbt(db, ['--quiet', 'compile', '--inline', `select ${macros.join(' /*@@*/ ')}`]);
  t.equal(compiled.code, 0, 'dbt compile', { output: compiled.output });
  const sql = compiled.stdout
    .trim()
    .replace(/^select /, '')
    .split(' /*@@*/ ');
  t.equal(sql.length, macros.length, 'one compiled expression per macro');
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  t.teardown(() => client.end());
  for (const [i, type] of types.entries()) {
    const { accept, refuse } = EDGES[type]!;
    const { rows } = await client.query<{ ok: boolean }>(
      `select ${sql[2 * i]} as ok from unnest($1::text[]) with ordinality u(v, n) order by n`,
      [[...accept, ...refuse]],
    );
    const show = (v: string) => (v.length > 40 ? `${v.slice(0, 20)}…(${v.length} characters)` : v);
    t.same(
      rows.map((r, j) => `${show([...accept, ...refuse][j]!)}: ${r.ok ? 'accepted' : 'refused'}`),
      [...accept.map((v) => `${show(v)}: accepted`), ...refuse.map((v) => `${show(v)}: refused`)],
      `${type}: each edge value accepted or refused as its cast would succeed or fail`,
    );
    // every accepted value casts (an error here would fail a staging build)
    await client.query(`select ${sql[2 * i + 1]} from unnest($1::text[]) u(v)`, [accept]);
  }
  const { rows } = await client.query<{ v: string }>(`select ${sql[1]}::text as v from unnest($1::text[]) u(v)`, [
    ['9223372036854775807', '-9223372036854775808', '0000000000000000000000000007'],
  ]);
  t.same(
    rows.map((r) => r.v),
    ['9223372036854775807', '-9223372036854775808', '7'],
    'the bigint ends and leading zeros cast to their values',
  );
});

t.test('a column a source named with a double quote is one identifier in the cast macros', async (t) => {
  const db = await scratchDb('dbt_typing_quote');
  await migrate(db); // the roles dbt runs as (other files of the suite may not have made them yet)
  const col = 'odd"name';
  const compiled = await dbt(db, [
    '--quiet',
    'compile',
    '--inline',
    `select {{ medi_cast_valid('${col}', 'integer') }} as v, {{ medi_valid('${col}', 'integer') }} as ok from (select '42'::text as {{ medi_ident('${col}') }}) s`,
  ]);
  t.equal(compiled.code, 0, 'dbt compile', { output: compiled.output });
  // before medi_ident, adapter.quote() wrapped the name as "odd"name": the statement ended the identifier early
  const rows = await query<{ v: number; ok: boolean }>(db, compiled.stdout.trim());
  t.same(rows, [{ v: 42, ok: true }], 'the quoted column is read, checked and cast');
});

t.test('a raw column whose type changed since the contract fails its model naming it, instead of rounding', async (t) => {
  const db = await scratchDb('dbt_typing_drift');
  await migrate(db);
  // the contract (opendental appointment) casts "Confirmed" from bigint; the target widened it to numeric when the
  // source's column became decimal(20,4), and a value 2.5 arrived: the generated ::bigint would read it as 3
  await query(
    db,
    `set role medi_loader; create table raw.opendental_appointment ("AptNum" bigint, "Confirmed" numeric, "Note" jsonb, "Op" bigint)`,
  );
  const inline = (cols: string) => `{{ medi_source_typed('raw_opendental', 'opendental_appointment', ${cols}) }}`;
  const drifted = await dbt(db, [
    '--quiet',
    'compile',
    '--inline',
    inline(`{"AptNum": "numeric", "Confirmed": "bigint", "Note": "text", "Op": "bigint"}`),
  ]);
  t.not(drifted.code, 0, 'the model fails');
  t.match(
    drifted.output,
    /"Confirmed" is numeric in .*opendental_appointment.*, the contract casts it from bigint/,
    'naming the column, both types',
  );
  t.notMatch(drifted.output, /"AptNum"|"Note"/, 'integers to numeric and anything to text keep every value: not drift');
  const fine = await dbt(db, ['--quiet', 'compile', '--inline', inline(`{"AptNum": "bigint", "Confirmed": "numeric", "Op": "bigint"}`)]);
  t.equal(fine.code, 0, 'types as the contract says compile', { output: fine.output });
});

t.test('an over-long decimal goes to rejects instead of failing the build of its stream', async (t) => {
  const db = await scratchDb('dbt_typing_stream');
  const schema = JSON.parse(readFileSync(join(ROOT, 'generated/schemas/indici/invoices.json'), 'utf8')) as {
    stream: string;
    schema: { properties: Record<string, unknown> };
    key_properties: string[];
  };
  const uri = 's3://b/indici/685146_535_Invoices_2508010000_2510011044_2510011044.txt';
  const row = (n: number, values: Record<string, string>) => ({
    type: 'RECORD',
    stream: schema.stream,
    record: {
      ...Object.fromEntries(Object.keys(schema.schema.properties).map((p) => [p, null])),
      InvoiceTransactionID: String(n),
      ProviderID: '7',
      PracticeID: '535',
      PerOrgId: '685146',
      Notes: 'n',
      TotalAmount: '10.00',
      ...values,
      _source_uri: uri,
      _source_bucket: 'b',
      _source_key: uri.slice(7),
      _source_file_hash: 'f'.repeat(64),
      _source_row_number: n,
      _source_date_extracted: '2510011044',
      _source_per_org_id: '685146',
      _source_practice_id: '535',
    },
  });
  const landed = await runTarget(
    { database_url: db },
    singer(
      { type: 'SCHEMA', stream: schema.stream, schema: schema.schema, key_properties: schema.key_properties, 'x-medi-append-only': true },
      row(1, {}),
      row(2, { TotalAmount: TOO_MANY_FRACTION_DIGITS }),
      row(3, { UnpaidAmount: TOO_MANY_INTEGER_DIGITS }),
      row(4, { InvoiceTransactionID: '9223372036854775807' }),
      row(5, { PatientID: '-9223372036854775808', UpdatedAt: '2025-10-01T10:44:00.12' }),
      row(6, { PatientID: '9223372036854775808' }),
      { type: 'STATE', value: { landed: 1 } },
    ),
  );
  t.equal(landed.code, 0, 'landed', { output: landed.stderr.slice(-2000) });
  const built = await dbt(db, ['run', '--select', 'stg_indici__invoices__checked', 'stg_indici__invoices__rejects']);
  t.equal(built.code, 0, 'the checked and rejects models build', { output: built.output });
  t.same(
    await query(db, `select source_row_number::int as n, field_errors from stg.stg_indici__invoices__rejects order by source_row_number`),
    [
      { n: 2, field_errors: { total_amount: 'not a valid decimal' } },
      { n: 3, field_errors: { unpaid_amount: 'not a valid decimal' } },
      { n: 6, field_errors: { patient_id: 'not a valid integer' } },
    ],
    'the values numeric or bigint cannot hold are rejected, with their reason',
  );
  t.same(
    await query(
      db,
      `select source_row_number::int as n, invoice_transaction_id::text as id, patient_id::text as patient,
         to_char(updated_at at time zone 'Pacific/Auckland', 'YYYY-MM-DD HH24:MI:SS.MS') as updated
       from stg.stg_indici__invoices__checked where field_errors = '{}' order by 1`,
    ),
    [
      { n: 1, id: '1', patient: null, updated: null },
      { n: 4, id: '9223372036854775807', patient: null, updated: null },
      { n: 5, id: '5', patient: '-9223372036854775808', updated: '2025-10-01 10:44:00.120' },
    ],
    "bigint's ends and a T-separated time with two fraction digits are typed",
  );
});
