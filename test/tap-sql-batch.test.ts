// tap-sql on the batch lane (batch_config, kit/singer/batch.ts): what target-postgres-medi loads from its BATCH
// files (jsonl, jsonl+gzip split at batch_size, pg-copy-binary) is exactly what it loads from the record lane,
// for every type of tap-sql.test.ts's round trips; each file's BATCH message comes before any STATE that covers
// its records; a tap killed mid-table resumes from its last STATE without loss or duplicate; a target killed
// mid-run keeps every record its last STATE covers; and a singer-sdk target reads our jsonl+gzip.
import t from 'tap';
import type { Test } from 'tap';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { ROOT, configFile, query, runTarget, scratchDb, DB_PREFIX, mariadb } from './helpers.js';
import { pipeline, runTapAlone, tapKilledAfterStates } from './pipeline.js';

const TAP = join(ROOT, 'dist/taps/tap-sql/main.js');

type Msg = Record<string, any>;

/** A tap run alone: every message of its stdout (its batch files stay for a target to read). */
function runTap(config: Record<string, unknown>, state?: unknown): Promise<{ code: number | null; out: string; msgs: Msg[]; err: string }> {
  return new Promise((resolve) => {
    const args = [TAP, '--config', configFile(config)];
    if (state) args.push('--state', configFile(state as Record<string, unknown>));
    const c = spawn(process.execPath, args);
    let out = '';
    let err = '';
    c.stdout.setEncoding('utf8');
    c.stderr.setEncoding('utf8');
    c.stdout.on('data', (d: string) => (out += d));
    c.stderr.on('data', (d: string) => (err += d));
    c.on('close', (code) =>
      resolve({
        code,
        out,
        err,
        msgs: out
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as Msg),
      }),
    );
  });
}

/** The bare records of a BATCH message's jsonl files (read before a target removes them). */
function batchJsonl(m: Msg): Array<Record<string, unknown>> {
  return (m.manifest as string[]).flatMap((u) => {
    const raw = readFileSync(fileURLToPath(u));
    const text = (m.encoding.compression === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
    return text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  });
}

const laneDir = () => pathToFileURL(mkdtempSync(join(tmpdir(), 'medi-sqlbatch-'))).href;

/** A raw table's rows without the load's own columns (_sdc_*), as JSON text, in key order. */
async function rawRows(url: string, table: string, key: string): Promise<string[]> {
  const rows = await query<{ j: string }>(
    url,
    `SELECT (SELECT jsonb_object_agg(k, v) FROM jsonb_each(to_jsonb(r)) AS e(k, v) WHERE k NOT LIKE '\\_sdc%')::text AS j
       FROM raw.${table} r ORDER BY "${key}"`,
  );
  return rows.map((r) => r.j);
}

/** The lanes compared with the record lane: each loads into its own database. */
const LANES: Array<[string, Record<string, unknown> | undefined]> = [
  ['record lane', undefined],
  ['jsonl', { encoding: { format: 'jsonl' } }],
  ['jsonl+gzip, one record a file', { encoding: { format: 'jsonl', compression: 'gzip' }, batch_size: 1 }],
  ['pg-copy-binary', { encoding: { format: 'pg-copy-binary' }, batch_size: 2 }],
];

/** Every lane's load of `tapConfig`'s tables, compared with the record lane's. */
async function compareLanes(
  t: Test,
  name: string,
  tapConfig: Record<string, unknown>,
  tables: Array<[string, string]>,
  binaryStreams: string[],
): Promise<void> {
  let expected: Record<string, string[]> | undefined;
  for (const [lane, batch] of LANES) {
    const dst = await scratchDb(`tsb_${name}_${lane.replace(/[^a-z]/g, '').slice(0, 12)}`);
    const tap = await runTap(batch ? { ...tapConfig, batch_config: { ...batch, storage: { root: laneDir() } } } : tapConfig);
    t.equal(tap.code, 0, `${lane}: tap exit 0`, { err: tap.err.slice(-2000) });
    const kinds = new Set(tap.msgs.map((m) => m.type));
    if (batch) {
      t.notOk(kinds.has('RECORD'), `${lane}: no RECORD message`);
      const batches = tap.msgs.filter((m) => m.type === 'BATCH');
      t.ok(batches.length > 0, `${lane}: BATCH messages`);
      for (const m of batches) {
        t.equal(m['x-medi-handover'], true);
        const fmt: boolean = binaryStreams.includes(m.stream) && (batch.encoding as Msg).format === 'pg-copy-binary';
        t.equal(m.encoding.format, fmt ? 'pg-copy-binary' : 'jsonl', `${lane}: ${m.stream} as ${m.encoding.format}`);
        if (batch.batch_size === 1 && m.encoding.format === 'jsonl') t.equal(batchJsonl(m).length, 1, 'batch_size records a file');
      }
    } else t.ok(kinds.has('RECORD'));
    const r = await runTarget({ database_url: dst }, tap.out);
    t.equal(r.code, 0, `${lane}: target exit 0`, { err: r.stderr.slice(-2000) });
    const got: Record<string, string[]> = {};
    for (const [table, key] of tables) got[table] = await rawRows(dst, table, key);
    if (!expected) {
      expected = got;
      for (const [table] of tables) t.ok(got[table]!.length > 0, `${table} loaded`);
    } else t.same(got, expected, `${lane} loads exactly what the record lane loads`);
  }
}

t.test('postgres: every type, on every lane, lands exactly as on the record lane', async (t) => {
  const url = await scratchDb('tsb_types');
  await query(
    url,
    `CREATE TABLE all_types (id int PRIMARY KEY, n numeric(38,10), big bigint, small smallint, f8 double precision, ok boolean, d date,
       ts timestamp, tstz timestamptz, tm time, iv interval, j jsonb, arr int[], tarr text[], b bytea, bits bit varying(8), u uuid, txt text,
       updated_at timestamptz NOT NULL, m money);
     CREATE INDEX ON all_types (updated_at);
     INSERT INTO all_types VALUES
       (1, 1234567890123456789012345678.1234567890, 9223372036854775807, -32768, 0.1, true, '2024-02-29', '2024-01-01 12:34:56.123456',
        '2024-06-01 01:02:03.5+12', '23:59:59.999999', '1 year 2 mons 3 days 04:05:06.5', '{"big": 12345678901234567890, "m": 2.50}',
        '{1,2,NULL}', '{"a b","c,d","\\"q\\""}', '\\x00ff10', B'1010', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'Māori ☃ tab\tnl', '2024-01-01', '1234567.89'),
       (2, -0.0000000001, -9223372036854775808, 0, -1e308, false, '0001-01-01', 'infinity', '-infinity', '00:00:00', '-1 day', 'null',
        '{}', '{}', '\\x', B'', '00000000-0000-0000-0000-000000000000', '', '2024-01-02', '-92233720368547758.08'),
       (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2024-01-03', NULL);
     -- every column a plain string or integer: pg-copy-binary when asked for
     CREATE TABLE plain (id bigint PRIMARY KEY, small smallint, i int NOT NULL, name text, code varchar(8), u uuid, tm time, iv interval,
       b bytea, bits bit varying(8), o oid);
     INSERT INTO plain VALUES
       (9223372036854775807, 32767, 2147483647, E'tab\\there, nl\\nthere, cr\\r, bs \\\\, quote ", nul-free \\x01\\x1f', 'ĀĒĪŌŪ', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
        '12:00:00.5', '-1 day 02:00:00', '\\xdeadbeef', B'1', 4294967295),
       (-9223372036854775808, -32768, -2147483648, '', '', NULL, '00:00:00', '0', '\\x', B'', 0),
       (0, 0, 0, 'Māori ☃ 𝄞 emoji 😀', 'x', NULL, NULL, NULL, NULL, NULL, NULL),
       (1, NULL, 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
       (123456789012345678, 1, 123456789, repeat('long text ', 500), 'abc', NULL, NULL, NULL, NULL, NULL, 7);
     -- decimals, floats, dates, timestamps and booleans beside integers and text: pg-copy-binary too
     CREATE TABLE typed (id int PRIMARY KEY, n numeric(38,10), cents numeric(12,2), free numeric, f8 double precision, f4 real,
       d date, ts timestamp(6), tstz timestamptz, ok boolean, big bigint, name varchar(20) NOT NULL, code char(4));
     INSERT INTO typed VALUES
       (1, 1234567890123456789012345678.1234567890, 0.07, 1e-30, 0.1, 1.1, '2024-02-29', '2024-01-01 12:34:56.123456',
        '2024-06-01 01:02:03.5+12', true, 9223372036854775807, 'Māori ☃', 'ab'),
       (2, -0.0000000001, -9223372036.85, 123456789012345678901234567890, -1e308, -3.4e38, '0001-01-01', '1900-01-01 00:00:00',
        '1970-01-01 00:00:00.000001+00', false, -9223372036854775808, '', 'abcd'),
       (3, 0, 0.00, -0.000, 5e-324, 0, '9999-12-31', '9999-12-31 23:59:59.999999', '0001-01-01 00:00:00+00', NULL, 0, 'x', NULL),
       (4, NULL, NULL, 'NaN', 'NaN', 'Infinity', 'infinity', '-infinity', 'infinity', NULL, NULL, 'y', NULL),
       (5, 100, 1.5, 2.50, 1e21, 1e-7, '2000-01-01', '2000-01-01 00:00:00', '1999-12-31 23:59:59.999999-05', true, 1, 'z', '    ');
     -- the values the text path turns into NULL (NaN, infinities, year-1 and BC dates and timestamps) or keeps
     -- at their bounds, beside every integer width, oid, uuid and char(n), keyset on a timestamptz cursor shared by
     -- rows across page boundaries
     CREATE TABLE wire (id int PRIMARY KEY, s2 smallint, i4 int, o oid, big bigint, n numeric(20,4), free numeric,
       f8 double precision, d date, ts timestamp(6), tstz timestamptz, ok boolean, name varchar(40) NOT NULL, code char(4),
       u uuid, updated_at timestamptz NOT NULL);
     CREATE INDEX ON wire (updated_at);
     INSERT INTO wire VALUES
       (1, -32768, 2147483647, 4294967295, 9223372036854775807, 1234567890123456.1234, 1e-30, 0.1, '2024-02-29',
        '2024-01-01 12:34:56.123456', '2024-06-01 01:02:03.5+12', true, E'Māori ☃ tab\\t nl\\n bs \\\\', 'ab', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
        '2024-03-01 10:00:00.25+00'),
       (2, 0, -2147483648, 0, -9223372036854775808, -0.0001, 'NaN', 'NaN', '0001-01-01', '0001-06-01 00:00:00', '0001-12-31 23:59:59+00',
        false, '', '    ', '00000000-0000-0000-0000-000000000000', '2024-03-01 10:00:00.25+00'),
       (3, 1, 1, 1, 1, 0.0000, '-Infinity', 'Infinity', '0002-01-01', '0002-01-01 00:00:00', '0002-01-01 00:00:00+00', NULL, 'x', NULL,
        NULL, '2024-03-01 10:00:00.25+00'),
       (4, NULL, NULL, NULL, NULL, NULL, 'Infinity', '-Infinity', '0044-03-15 BC', '0100-01-01 00:00:00 BC', '-infinity', true, 'y', 'abcd',
        NULL, '2024-03-01 10:00:00.25+00'),
       (5, 7, 7, 7, 123456789012345678, 99999999999999.9999, 123456789012345678901234567890.5, 0.30000000000000004, 'infinity',
        'infinity', 'infinity', false, 'z', 'a', NULL, '2024-03-02 00:00:00+00'),
       (6, NULL, NULL, NULL, NULL, -1.5, -0.000, -0.0, '-infinity', '9999-12-31 23:59:59.999999', '9999-12-31 23:59:59.999999+00', NULL,
        'w', NULL, NULL, '2024-03-02 00:00:00.000001+00'),
       (7, NULL, NULL, NULL, NULL, NULL, 2.50, 1e21, '9999-12-31', '1969-12-31 23:59:59.999999', '1970-01-01 00:00:00+00', NULL, 'v', NULL,
        NULL, '2024-03-02 00:00:00.000001+00'),
       (8, NULL, NULL, NULL, NULL, NULL, 1e-7, 5e-324, '1999-12-31', '2000-01-01 00:00:00.5', '1999-12-31 23:59:59.999999-05', NULL, 'u',
        NULL, NULL, '2024-03-02 00:00:01+00'),
       (9, NULL, NULL, NULL, NULL, NULL, NULL, -1e308, NULL, NULL, NULL, NULL, 't', NULL, NULL, '2024-03-02 00:00:01+00')`,
  );
  await compareLanes(
    t,
    'pg',
    {
      dialect: 'postgres',
      url,
      schemas: ['public'],
      source: 'pg',
      lag_seconds: 0,
      batch_rows: 3,
      // query streams too: both pg-copy-binary when asked for (integers and text; a decimal beside them)
      queries: {
        plainq: {
          sql: 'SELECT id, name, code FROM plain',
          columns: { id: 'integer', name: 'string', code: 'string' },
          key_properties: ['id'],
        },
        typedq: {
          sql: 'SELECT id, n, txt FROM all_types',
          columns: { id: 'integer', n: 'decimal', txt: 'string' },
          key_properties: ['id'],
        },
      },
    },
    [
      ['pg_all_types', 'id'],
      ['pg_plain', 'id'],
      ['pg_typed', 'id'],
      ['pg_wire', 'id'],
      ['plainq', 'id'],
      ['typedq', 'id'],
    ],
    ['pg_plain', 'pg_typed', 'pg_wire', 'plainq', 'typedq'],
  );
});

t.test('mariadb: every type, on every lane, lands exactly as on the record lane', async (t) => {
  const db = `${DB_PREFIX}_tsb_types`;
  mariadb(`DROP DATABASE IF EXISTS \`${db}\`; CREATE DATABASE \`${db}\` CHARACTER SET utf8mb4; USE \`${db}\`; SET SESSION sql_mode = ''; SET time_zone = '+00:00';
    CREATE TABLE all_types (id int PRIMARY KEY, d38 decimal(38,10), money decimal(12,2) unsigned, ubig bigint unsigned, sbig bigint,
      dt6 datetime(6), zd date, zdt datetime, y1 datetime, ts timestamp NULL, tm time, e enum('open','closed'), j json, flag tinyint(1),
      b1 bit(1), b5 bit(5), bin varbinary(8), txt text, notjson longtext CHECK (notjson <> 'x'));
    INSERT INTO all_types VALUES
      (1, 1234567890123456789012345678.1234567890, 0.07, 18446744073709551615, -9223372036854775808, '9999-12-31 23:59:59.999999',
       '0000-00-00', '0000-00-00 00:00:00', '0001-01-01 00:00:00', '2038-01-19 03:14:07', '-838:59:59', 'open',
       '{"big": 12345678901234567890, "m": 2.50, "f": 0.1, "s": "Māori"}', 1, b'1', b'10101', x'00ff', 'Māori ☃', '{"a": 1}'),
      (2, -0.0000000001, 19.99, 0, 9223372036854775807, '1000-01-01 00:00:00.000001', '2024-02-29', '2024-00-10 00:00:00', NULL,
       '1970-01-01 00:00:01', '00:00:00', 'closed', '[-98765432109876543210.000001, null, true]', 0, b'0', b'00000', x'', '', 'plain text'),
      (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
    CREATE TABLE plain (id bigint PRIMARY KEY, t tinyint, m mediumint unsigned, y year, name varchar(200), tm time, e enum('a','b'),
      bin varbinary(8), b5 bit(5), txt text);
    INSERT INTO plain VALUES
      (9223372036854775807, -128, 16777215, 2024, 'tab\there, nl\nthere, bs \\\\, quote "', '-838:59:59', 'a', x'00ff', b'10101', 'Māori ☃ 😀'),
      (-9223372036854775808, 127, 0, NULL, '', '00:00:00', 'b', x'', b'0', ''),
      (5, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
    CREATE TABLE typed (id int PRIMARY KEY, d38 decimal(38,10), cents decimal(12,2), udec decimal(10,3) unsigned, f double, fl float,
      d date, zd date, dt6 datetime(6), zdt datetime, ts timestamp(3) NULL, flag tinyint(1), big bigint, name varchar(20) NOT NULL);
    INSERT INTO typed VALUES
      (1, 1234567890123456789012345678.1234567890, 0.07, 1.5, 0.1, 1.1, '2024-02-29', '0000-00-00', '9999-12-31 23:59:59.999999',
       '0000-00-00 00:00:00', '2038-01-19 03:14:07.999', 1, 9223372036854775807, 'Māori ☃'),
      (2, -0.0000000001, -9999999999.99, 0, -1e308, -3.4e38, '1000-01-01', '2024-00-10', '1000-01-01 00:00:00.000001',
       '0001-01-01 00:00:00', '1970-01-01 00:00:01', 0, -9223372036854775808, ''),
      (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'x'),
      (4, 0, 0.00, 2.500, 1e21, 1e-7, '2000-01-01', '2000-01-01', '2000-01-01 00:00:00', '2000-01-01 00:00:00', NULL, 1, 0, 'y');`);
  t.teardown(() => mariadb(`DROP DATABASE IF EXISTS \`${db}\``));
  await compareLanes(
    t,
    'my',
    { dialect: 'mysql', host: '127.0.0.1', port: 3306, user: 'root', database: db, source: 'od', lag_seconds: 0, batch_rows: 3 },
    [
      ['od_all_types', 'id'],
      ['od_plain', 'id'],
      ['od_typed', 'id'],
    ],
    ['od_plain', 'od_typed'],
  );
});

const APPOINTMENTS = (db: string) => `DROP DATABASE IF EXISTS \`${db}\`; CREATE DATABASE \`${db}\`; USE \`${db}\`; SET time_zone = '+00:00';
    CREATE TABLE appointment (AptNum bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, PatNum bigint NOT NULL, Note text,
      DateTStamp timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(), KEY (DateTStamp));
    INSERT INTO appointment (PatNum, Note, DateTStamp) SELECT seq, REPEAT('x', 200), '2020-03-14 02:00:00' + INTERVAL (seq DIV 3000) SECOND
      FROM seq_1_to_30000`;

t.test('mariadb: a tap killed mid-table on the batch lane resumes from its last STATE without loss or duplicate', async (t) => {
  const db = `${DB_PREFIX}_tsb_kill`;
  mariadb(APPOINTMENTS(db));
  t.teardown(() => mariadb(`DROP DATABASE IF EXISTS \`${db}\``));
  const root = laneDir();
  const config = {
    dialect: 'mysql',
    host: '127.0.0.1',
    user: 'root',
    database: db,
    source: 'od',
    lag_seconds: 0,
    batch_rows: 1000,
    batch_config: { encoding: { format: 'jsonl', compression: 'gzip' }, storage: { root }, batch_size: 700 },
  };
  const killed = await tapKilledAfterStates(TAP, config, 7);
  // what a target would have kept: the records of the BATCH files before the last STATE it received
  const lines = killed.split('\n');
  const lastState = lines.map((l) => l.startsWith('{"type":"STATE"')).lastIndexOf(true);
  t.ok(lastState > 0, 'killed after some pages');
  t.notOk(
    lines.some((l) => l.startsWith('{"type":"RECORD"')),
    'no RECORD message',
  );
  const msgs = lines
    .slice(0, lastState)
    .filter((l) => l.startsWith('{"type":"BATCH"'))
    .map((l) => JSON.parse(l) as Msg);
  const before = msgs.flatMap((m) => batchJsonl(m).map((r) => r.AptNum as number));
  t.ok(
    msgs.every((m) => batchJsonl(m).length <= 700),
    'batch_size records a file at most',
  );
  t.ok(before.length > 0 && before.length < 30000, `killed mid-table (${before.length} rows kept)`);
  // each STATE covers exactly the records sent before it (the pages' files closed before it)
  const st = JSON.parse(lines[lastState]!).value;
  t.equal(Math.max(...before), st.bookmarks.od_appointment.keyset.pk[0], 'the last STATE covers the records before it, no more');
  const resumed = await runTap({ ...config, batch_config: { encoding: { format: 'jsonl' }, storage: { root } } }, st);
  t.equal(resumed.code, 0, 'resumed', { err: resumed.err.slice(-2000) });
  const after = resumed.msgs
    .filter((m) => m.type === 'BATCH' && m.stream === 'od_appointment')
    .flatMap((m) => batchJsonl(m).map((r) => r.AptNum as number));
  const all = [...before, ...after];
  t.equal(all.length, 30000, 'every row once');
  t.equal(new Set(all).size, 30000, 'no duplicate');
});

t.test('mariadb: a target killed mid-run keeps every record its last STATE covers; the rerun loads the rest', async (t) => {
  const db = `${DB_PREFIX}_tsb_tkill`;
  mariadb(APPOINTMENTS(db));
  t.teardown(() => mariadb(`DROP DATABASE IF EXISTS \`${db}\``));
  const dst = await scratchDb('tsb_tkill_dst');
  const config = {
    dialect: 'mysql',
    host: '127.0.0.1',
    user: 'root',
    database: db,
    source: 'od',
    lag_seconds: 0,
    batch_rows: 1000,
    batch_config: { encoding: { format: 'pg-copy-binary' }, storage: { root: laneDir() } },
  };
  // the target commits (and then emits the state) every 2,500 rows: a STATE after several pages
  const first = await pipeline(config, dst, undefined, { tap: TAP, target: { batch_size_rows: 2500 }, killTargetAfterStates: 3 });
  t.equal(first.targetCode, null, 'target killed');
  const st = first.lastState!;
  const covered = st.bookmarks.od_appointment.keyset.pk[0] as number;
  const kept = await query<{ n: number; max: string; distinct: number }>(
    dst,
    `SELECT count(*)::int n, count(DISTINCT "AptNum")::int AS distinct, max("AptNum")::text AS max FROM raw.od_appointment WHERE "AptNum" <= ${covered}`,
  );
  t.same(kept, [{ n: covered, distinct: covered, max: String(covered) }], `every record up to the state's key ${covered} committed once`);
  const rerun = await pipeline(config, dst, st, { tap: TAP });
  t.equal(rerun.tapCode, 0, 'rerun tap', { err: rerun.tapErr.slice(-2000) });
  t.equal(rerun.targetCode, 0, 'rerun target', { err: rerun.targetErr.slice(-2000) });
  const all = await query<{ distinct: number }>(dst, `SELECT count(DISTINCT "AptNum")::int AS distinct FROM raw.od_appointment`);
  t.same(all, [{ distinct: 30000 }], 'no loss');
});

const venv = join(ROOT, '.meltano/extractors/tap-postgres/venv/bin');
const noSdk = existsSync(join(venv, 'python')) ? false : 'tap-postgres is not installed (meltano install extractor tap-postgres)';
t.test('interop: a singer-sdk target reads tap-sql jsonl+gzip BATCH files', { skip: noSdk }, async (t) => {
  const url = await scratchDb('tsb_sdk');
  await query(
    url,
    `CREATE TABLE people (id int PRIMARY KEY, name text, n numeric(12,2), big bigint, d date);
     INSERT INTO people SELECT g, 'name ' || g || E' \\u00e5 "q"', g * 1.25, 9007199254740993 + g, date '2024-01-01' + g FROM generate_series(1, 250) g`,
  );
  const config = { dialect: 'postgres', url, schemas: ['public'], source: 'pg', lag_seconds: 0, batch_rows: 100 };
  const plain = await runTapAlone(TAP, config);
  t.equal(plain.code, 0);
  const dir = mkdtempSync(join(tmpdir(), 'medi-sqlsdk-'));
  const ours = await runTap({
    ...config,
    batch_config: { encoding: { format: 'jsonl', compression: 'gzip' }, storage: { root: pathToFileURL(dir).href }, batch_size: 64 },
  });
  t.equal(ours.code, 0, ours.err.slice(-2000));
  const outFile = join(dir, 'sdk-target.jsonl');
  const tgt = await new Promise<{ code: number | null; err: string }>((resolve) => {
    const c = spawn(join(venv, 'python'), [join(ROOT, 'test/sdk_batch_target.py'), '--config', configFile({ path: outFile })]);
    let err = '';
    c.stderr.on('data', (d) => (err += d));
    c.stdout.resume();
    c.on('close', (code) => resolve({ code, err }));
    c.stdin.end(ours.out);
  });
  t.equal(tgt.code, 0, tgt.err.slice(-2000));
  const got = readFileSync(outFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { stream: string; record: Record<string, unknown> })
    .filter((l) => l.stream === 'pg_people');
  t.equal(got.length, 250, 'every record of the batch files');
  const want = new Map(plain.records.map((r) => [r.record.id, r.record]));
  for (const g of got) {
    const w = want.get(g.record.id)!;
    t.equal(g.record.name, w.name);
    t.equal(String(g.record.d), w.d);
  }
  const text = readFileSync(outFile, 'utf8');
  t.ok(text.includes(`"big": ${9007199254740993n + 250n}`), 'bigint digits kept');
  t.ok(readdirSync(dir).length > 0);
});
