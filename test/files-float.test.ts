// Binary floats through tap-sql → target-files-medi (the moh-extract job's path): a MySQL/MariaDB FLOAT, FLOAT(7,2)
// or DOUBLE, a PostgreSQL real or double precision column is a DOUBLE column of the files (tap-sql marks it with
// x-sql-datatype "real" / "double precision"), holding the double the source database itself returns for the value
// (MySQL CAST(f AS DOUBLE), PostgreSQL f::float8::text), bit for bit, as DuckDB and pyarrow read it back from Parquet
// and CSV, on the fast path and the general one. A number without the mark stays an exact DECIMAL: a value that does
// not fit fails naming its column, never rounded.
import t, { type Test } from 'tap';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DuckDBInstance } from '@duckdb/node-api';
import { ROOT, DB_PREFIX, mariadb, query, runTarget, scratchDb, singer } from './helpers.js';
import { runTapAlone } from './pipeline.js';
import { manifests, runFilesTarget } from './files.js';

const TAP = join(ROOT, 'dist/taps/tap-sql/main.js');
const PYTHON = join(ROOT, '.venv/bin/python');

/** A double's IEEE 754 bits, big-endian hex (null stays null): the comparison is exact, -0 and 5e-324 included. */
const bits = (x: number | null): string | null =>
  x === null
    ? null
    : Buffer.from(new Float64Array([x]).buffer)
        .reverse()
        .toString('hex');

type Values = Map<number, Record<string, string | null>>;

// pyarrow: Parquet as written, CSV with the float columns read as float64; each double's bits
const PY_READ = `
import json, struct, sys
import pyarrow as pa, pyarrow.csv as pacsv, pyarrow.parquet as pq
fmt, path, cols = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
if fmt == 'parquet':
    table = pq.read_table(path)
else:
    types = {c: pa.float64() for c in cols}
    types['id'] = pa.int64()
    table = pacsv.read_csv(path, convert_options=pacsv.ConvertOptions(column_types=types, null_values=[''], strings_can_be_null=True))
schema = {f.name: str(f.type) for f in table.schema}
rows = {str(r['id']): {c: None if r[c] is None else struct.pack('>d', r[c]).hex() for c in cols} for r in table.to_pylist()}
json.dump({'schema': schema, 'rows': rows}, sys.stdout)
`;

function readWithPyarrow(format: string, path: string, cols: string[]): { schema: Record<string, string>; rows: Values } {
  const out = JSON.parse(execFileSync(PYTHON, ['-c', PY_READ, format, path, JSON.stringify(cols)], { encoding: 'utf8' })) as {
    schema: Record<string, string>;
    rows: Record<string, Record<string, string | null>>;
  };
  return { schema: out.schema, rows: new Map(Object.entries(out.rows).map(([id, r]) => [Number(id), r])) };
}

let duck: Promise<import('@duckdb/node-api').DuckDBConnection> | undefined;
async function readWithDuckdb(format: string, path: string, cols: string[]): Promise<{ types: Record<string, string>; rows: Values }> {
  duck ??= (async () => (await DuckDBInstance.create(':memory:')).connect())();
  const c = await duck;
  const lit = `'${path.replace(/'/g, "''")}'`;
  // CSV: every field as text, each float column cast by DuckDB's own number parser
  const from = format === 'parquet' ? `read_parquet(${lit})` : `read_csv(${lit}, header = true, all_varchar = true, nullstr = '')`;
  const cast = (x: string) => (format === 'parquet' ? `"${x}"` : `"${x}"::DOUBLE AS "${x}"`);
  const r = await c.runAndReadAll(`SELECT id, ${cols.map(cast).join(', ')} FROM ${from}`);
  const types: Record<string, string> = {};
  r.columnNames().forEach((n, i) => (types[n] = r.columnTypes()[i]!.toString()));
  const rows: Values = new Map();
  for (const row of r.getRowObjects()) rows.set(Number(row.id), Object.fromEntries(cols.map((x) => [x, bits(row[x] as number | null)])));
  return { types, rows };
}

/** The tap's run written by target-files-medi in `format`; the one file of `stream`, and the target's stderr. */
async function filesOf(
  tapOut: string,
  format: string,
  fastPath: boolean,
  stream: string,
): Promise<{ path: string; stderr: string; code: number | null }> {
  const root = mkdtempSync(join(tmpdir(), 'files-float-'));
  const r = await runFilesTarget({ root, zone: 'raw', source: 'src', format, fast_path: fastPath }, tapOut);
  if (r.code !== 0) return { path: '', stderr: r.stderr, code: r.code };
  const files = manifests(root, 'raw', 'src')
    .flatMap((m) => m.files)
    .filter((f) => f.stream === stream);
  if (files.length !== 1) throw new Error(`${files.length} files of ${stream}`);
  return { path: join(root, files[0]!.path), stderr: r.stderr, code: r.code };
}

/** The tap's records of one stream, by id, as the JSON numbers it wrote (String of the parsed number is that text). */
function tapRecords(stdout: string, stream: string): Map<number, Record<string, unknown>> {
  const out = new Map<number, Record<string, unknown>>();
  for (const l of stdout.split('\n').filter(Boolean)) {
    const m = JSON.parse(l) as { type: string; stream?: string; record?: Record<string, unknown> };
    if (m.type === 'RECORD' && m.stream === stream) out.set(Number(m.record!.id), m.record!);
  }
  return out;
}

function schemaOf(stdout: string, stream: string): Record<string, Record<string, unknown>> {
  for (const l of stdout.split('\n').filter(Boolean)) {
    const m = JSON.parse(l) as { type: string; stream?: string; schema?: { properties: Record<string, Record<string, unknown>> } };
    if (m.type === 'SCHEMA' && m.stream === stream) return m.schema!.properties;
  }
  throw new Error(`no SCHEMA of ${stream}`);
}

const VARIANTS = [
  { format: 'parquet', fastPath: true },
  { format: 'parquet', fastPath: false },
  { format: 'csv', fastPath: true },
  { format: 'csv', fastPath: false },
];

/**
 * Every variant's file read back by DuckDB and pyarrow equals the source's doubles bit for bit (`signless`: ids whose
 * source value is -0, which the tap writes as 0: compared as numbers, the sign noted as a todo).
 */
async function checkFiles(
  t: Test,
  tapOut: string,
  stream: string,
  cols: string[],
  source: Values,
  extra: (format: string, path: string) => void,
  signless: number[] = [],
): Promise<void> {
  for (const v of VARIANTS) {
    await t.test(`${v.format}${v.fastPath ? '' : ', fast_path off'}`, async (t) => {
      const f = await filesOf(tapOut, v.format, v.fastPath, stream);
      t.equal(f.code, 0, 'target-files-medi delivers the run', { stderr: f.stderr.slice(-2000) });
      if (f.code !== 0) return;
      const fast = Number(/"fast_path_records":(\d+)/.exec(f.stderr)?.[1]);
      if (v.fastPath) t.ok(fast > 0, `${fast} records took the fast path`);
      else t.equal(fast, 0, 'every record took the general path');
      const d = await readWithDuckdb(v.format, f.path, cols);
      const py = readWithPyarrow(v.format, f.path, cols);
      if (v.format === 'parquet')
        for (const c of cols) {
          t.equal(d.types[c], 'DOUBLE', `DuckDB: ${c} is DOUBLE`);
          t.equal(py.schema[c], 'double', `pyarrow: ${c} is double`);
        }
      for (const [id, want] of source)
        for (const c of cols) {
          const label = `id ${id} ${c}: ${want[c] === null ? 'null' : Buffer.from(want[c]!, 'hex').readDoubleBE(0)}`;
          if (signless.includes(id) && want[c] === bits(-0)) {
            t.equal(d.rows.get(id)?.[c], bits(0), `${label} arrives as 0`);
            t.equal(d.rows.get(id)?.[c], want[c], `${label}: its sign`, { todo: 'tap-sql writes a -0 float as 0' });
            continue;
          }
          t.equal(d.rows.get(id)?.[c], want[c], `${label} (DuckDB)`);
          t.equal(py.rows.get(id)?.[c], want[c], `${label} (pyarrow)`);
        }
      extra(v.format, f.path);
    });
  }
}

t.test('MariaDB FLOAT, FLOAT(7,2) and DOUBLE: DOUBLE columns holding the values the server returns', async (t) => {
  const DB = `${DB_PREFIX}_files_float`;
  mariadb(`DROP DATABASE IF EXISTS \`${DB}\`; CREATE DATABASE \`${DB}\`;
    CREATE TABLE \`${DB}\`.fl (id int PRIMARY KEY, f FLOAT NULL, f72 FLOAT(7,2) NULL, d DOUBLE NULL, n DECIMAL(10,2) NULL);
    INSERT INTO \`${DB}\`.fl VALUES (1, 19.99, 19.99, 19.99, 19.99), (2, 0.1, 0.1, 0.1, 0.1), (3, 16777216, 12345.67, 16777216, 1),
      (4, -3.4e38, -99999.99, 1e300, NULL), (5, -1.5e-300, -0.01, -1.5e-300, -0.01), (6, 1.17549435e-38, NULL, 5e-324, NULL),
      (7, NULL, NULL, -1.7976931348623157e308, NULL);`);
  t.teardown(() => void mariadb(`DROP DATABASE IF EXISTS \`${DB}\``));
  const cols = ['f', 'f72', 'd'];
  const source: Values = new Map(
    mariadb(`SELECT id, CAST(f AS DOUBLE), CAST(f72 AS DOUBLE), CAST(d AS DOUBLE) FROM \`${DB}\`.fl ORDER BY id`)
      .trim()
      .split('\n')
      .map((l) => l.split('\t'))
      .map(([id, ...v]) => [Number(id), Object.fromEntries(cols.map((c, i) => [c, v[i] === 'NULL' ? null : bits(Number(v[i]))]))]),
  );
  t.equal(source.get(1)!.f, bits(19.989999771118164), "the server's DOUBLE of FLOAT 19.99 is its single precision value");

  const run = await runTapAlone(TAP, { dialect: 'mysql', host: '127.0.0.1', user: 'root', database: DB, source: 'fl', lag_seconds: 0 });
  t.equal(run.code, 0, run.stderr.slice(-2000));
  const props = schemaOf(run.stdout, 'fl_fl');
  t.same(props.f, { type: ['number', 'null'], 'x-sql-datatype': 'real' }, 'FLOAT: x-sql-datatype real');
  t.same(props.f72, { type: ['number', 'null'], 'x-sql-datatype': 'real' }, 'FLOAT(7,2): x-sql-datatype real');
  t.same(props.d, { type: ['number', 'null'], 'x-sql-datatype': 'double precision' }, 'DOUBLE: x-sql-datatype double precision');
  t.same(props.n, { type: ['number', 'null'], multipleOf: 0.01 }, 'DECIMAL: exact, no mark');
  const records = tapRecords(run.stdout, 'fl_fl');

  await t.test('target-postgres-medi: the mark changes nothing (numeric, the exact text, the fast path)', async (t) => {
    const dst = await scratchDb('files_float_pg');
    const r = await runTarget({ database_url: dst }, run.stdout);
    t.equal(r.code, 0, r.stderr.slice(-2000));
    t.match(r.stderr, /"fast_path_records":\d+/, 'a load run');
    t.notMatch(r.stderr, /"fast_path_records":0\b/, 'on the fast path');
    const types = await query<{ column_name: string; data_type: string }>(
      dst,
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'raw' AND table_name = 'fl_fl' AND column_name IN ('f', 'f72', 'd', 'n') ORDER BY column_name`,
    );
    t.same(
      types.map((x) => [x.column_name, x.data_type]),
      [
        ['d', 'numeric'],
        ['f', 'numeric'],
        ['f72', 'numeric'],
        ['n', 'numeric'],
      ],
    );
    const rows = await query<{ id: number; f: string | null; f72: string | null; d: string | null }>(
      dst,
      'SELECT id::int, f::text, f72::text, d::text FROM raw.fl_fl ORDER BY id',
    );
    for (const row of rows) {
      const rec = records.get(row.id)!;
      for (const c of ['f', 'f72', 'd'] as const)
        t.equal(row[c] === null ? null : Number(row[c]), rec[c], `id ${row.id} ${c}: the number the tap sent`);
    }
  });

  await checkFiles(t, run.stdout, 'fl_fl', cols, source, (format, path) => {
    if (format === 'csv') {
      // the text the tap sent, as it sent it
      const lines = readFileSync(path, 'utf8').trim().split('\r\n');
      t.equal(lines[0], 'id,f,f72,d,n');
      for (const l of lines.slice(1)) {
        const [id, f, f72, dd, n] = l.split(',');
        const rec = records.get(Number(id))!;
        const text = (x: unknown) => (x === null ? '' : String(x));
        t.same([f, f72, dd], [text(rec.f), text(rec.f72), text(rec.d)], `id ${id}: the tap's text`);
        t.equal(n, rec.n === null ? '' : ['19.99', '0.10', '1.00', '', '-0.01', '', ''][Number(id) - 1], `id ${id}: the decimal as it was`);
      }
    }
  });
});

t.test('PostgreSQL real and double precision: DOUBLE columns holding the values the server returns', async (t) => {
  const url = await scratchDb('files_float_src');
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  t.teardown(() => c.end());
  await c.query(`CREATE TABLE fl (id int PRIMARY KEY, r real, d double precision, n numeric(10,2))`);
  await c.query(`INSERT INTO fl VALUES (1, 19.99, 19.99, 19.99), (2, 0.1, 0.1, 0.1), (3, 16777216, 16777216, 1),
    (4, NULL, 1e300, NULL), (5, NULL, -1.5e-300, NULL), (6, '-0', '-0', 0), (7, 1.17549435e-38, 5e-324, NULL),
    (8, 3.4028235e38, -1.7976931348623157e308, NULL), (9, NULL, NULL, NULL)`);
  await c.query('SET extra_float_digits = 3');
  const cols = ['r', 'd'];
  const server = await c.query<{ id: number; r: string | null; d: string | null }>(
    'SELECT id, r::float8::text AS r, d::float8::text AS d FROM fl ORDER BY id',
  );
  const source: Values = new Map(
    server.rows.map((r) => [r.id, { r: r.r === null ? null : bits(Number(r.r)), d: r.d === null ? null : bits(Number(r.d)) }]),
  );
  t.equal(server.rows[0]!.r, '19.989999771118164', "the server's float8 of real 19.99");

  const run = await runTapAlone(TAP, { dialect: 'postgres', url, schemas: ['public'], source: 'pg', lag_seconds: 0 });
  t.equal(run.code, 0, run.stderr.slice(-2000));
  const props = schemaOf(run.stdout, 'pg_fl');
  t.same(props.r, { type: ['number', 'null'], 'x-sql-datatype': 'real' }, 'real: x-sql-datatype real');
  t.same(props.d, { type: ['number', 'null'], 'x-sql-datatype': 'double precision' }, 'double precision: x-sql-datatype double precision');
  t.same(props.n, { type: ['number', 'null'], multipleOf: 0.01 }, 'numeric: exact, no mark');
  await checkFiles(t, run.stdout, 'pg_fl', cols, source, () => undefined, [6]);
});

t.test('without the mark a number stays an exact DECIMAL; a float past its range fails naming the column', async (t) => {
  const schema = {
    type: 'SCHEMA',
    stream: 's',
    key_properties: ['id'],
    schema: {
      properties: {
        id: { type: 'integer' },
        d: { type: ['number', 'null'], 'x-sql-datatype': 'double precision' },
        r: { type: ['number', 'null'], 'x-sql-datatype': 'real' },
        n: { type: ['number', 'null'] },
        m: { type: ['number', 'null'], multipleOf: 0.01, 'x-sql-datatype': 'double precision' },
        o: { type: ['number', 'null'], 'x-sql-datatype': 'float' },
      },
    },
  };
  const rec = (r: Record<string, unknown>) => ({
    type: 'RECORD',
    stream: 's',
    record: { id: 1, d: null, r: null, n: null, m: null, o: null, ...r },
  });
  const run = async (line: string, fastPath = true) => {
    const root = mkdtempSync(join(tmpdir(), 'files-float-'));
    const r = await runFilesTarget(
      { root, zone: 'raw', source: 'src', format: 'parquet', fast_path: fastPath },
      singer(schema) + line + '\n',
    );
    return { ...r, root };
  };
  const ok = await run(JSON.stringify(rec({ d: 1e300, r: 19.99, n: 1.5, m: 2.25, o: 0.5 })));
  t.equal(ok.code, 0, ok.stderr.slice(-2000));
  t.same(
    manifests(ok.root, 'raw', 'src')[0]!.streams.s!.columns,
    [
      { name: 'id', type: 'BIGINT' },
      { name: 'd', type: 'DOUBLE' },
      { name: 'r', type: 'DOUBLE' },
      { name: 'n', type: 'DECIMAL(38,9)' },
      { name: 'm', type: 'DECIMAL(38,2)' },
      { name: 'o', type: 'DECIMAL(38,9)' },
    ],
    'double precision and real: DOUBLE; no mark, another name, or a multipleOf: DECIMAL',
  );
  for (const fastPath of [true, false]) {
    const n = await run(JSON.stringify(rec({ d: 19.989999771118164, n: 19.989999771118164 })), fastPath);
    t.not(n.code, 0, 'an unmarked number with too many decimals fails');
    t.match(n.stderr, /column "n": 19\.989999771118164 has more than 9 decimal places/, 'naming the column, never rounded');
    const d = await run('{"type":"RECORD","stream":"s","record":{"id":1,"d":1e400}}', fastPath);
    t.not(d.code, 0, 'a double past its range fails');
    t.match(d.stderr, /column "d": 1e400 is beyond a double's range/);
    const r = await run('{"type":"RECORD","stream":"s","record":{"id":1,"r":1e39}}', fastPath);
    t.not(r.code, 0, 'a real past its range fails');
    t.match(r.stderr, /column "r": 1e39 is beyond a real's range/);
    const tiny = `0.${'0'.repeat(50)}1`;
    const z = await run(`{"type":"RECORD","stream":"s","record":{"id":1,"r":${tiny}}}`, fastPath);
    t.not(z.code, 0, 'a real below its least value fails, not written as 0');
    t.match(z.stderr, `column "r": ${tiny} is beyond a real's range`);
  }
});

t.test('a float column whose earlier files hold it as DECIMAL keeps DECIMAL (files written before floats were marked)', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'files-float-upgrade-'));
  t.teardown(() => rmSync(root, { recursive: true, force: true }));
  const schema = (marked: boolean) => ({
    type: 'SCHEMA',
    stream: 'u',
    key_properties: ['id'],
    schema: {
      properties: {
        id: { type: 'integer' },
        fee: { type: ['number', 'null'], ...(marked ? { 'x-sql-datatype': 'double precision' } : {}) },
      },
    },
  });
  const rec = (id: number, fee: number) => ({ type: 'RECORD', stream: 'u', record: { id, fee } });
  const state = (n: number) => ({ type: 'STATE', value: { n } });
  const cfg = { root, zone: 'raw', source: 'up', format: 'parquet' };
  const before = await runFilesTarget(cfg, singer(schema(false), rec(1, 150.5), state(1)));
  t.equal(before.code, 0, before.stderr.slice(-1500));
  const after = await runFilesTarget(cfg, singer(schema(true), rec(2, 99.25), state(2)));
  t.equal(after.code, 0, after.stderr.slice(-1500));
  t.match(after.stderr, 'column \\"fee\\" is a binary float; its earlier files hold it as DECIMAL(38,9), which it keeps');
  const cols = manifests(root, 'raw', 'up').map((m) => m.streams.u!.columns.find((c: { name: string }) => c.name === 'fee')!.type);
  t.same(cols, ['DECIMAL(38,9)', 'DECIMAL(38,9)'], 'one type across the stream files');
});
