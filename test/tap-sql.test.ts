// tap-sql against the real MariaDB and PostgreSQL: the cursor discovery picks (and why), keyset pages across a
// backfill where every row shares one timestamp (nothing lost, no loop), a killed run resumed from its last
// STATE (no loss, no duplicate), an update caught by the next run, a status delete as _sdc_deleted_at, the
// NULL-cursor sweep, query templates that cannot be injected, and every type landed exactly by the real target.
import t from 'tap';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, configFile, query, scratchDb, DB_PREFIX, mariadb } from './helpers.js';
import { pipeline, runTapAlone, tapKilledAfterStates } from './pipeline.js';

const TAP = join(ROOT, 'dist/taps/tap-sql/main.js');

type Rec = { stream: string; record: Record<string, unknown> };
const ids = (records: Rec[], stream: string, key: string) => records.filter((r) => r.stream === stream).map((r) => r.record[key]);
const states = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l.startsWith('{"type":"STATE"'))
    .map((l) => JSON.parse(l).value);

interface Source {
  name: string;
  config: Record<string, unknown>;
  exec(sql: string): Promise<unknown>;
  /** an UPDATE that moves the row's cursor (MariaDB: the TIMESTAMP does it itself) */
  touch(id: number): string;
}

async function mariadbSource(): Promise<Source> {
  const db = `${DB_PREFIX}_tapsql`;
  mariadb(`DROP DATABASE IF EXISTS \`${db}\`; CREATE DATABASE \`${db}\` CHARACTER SET utf8mb4`);
  return {
    name: 'mariadb',
    config: { dialect: 'mysql', host: '127.0.0.1', port: 3306, user: 'root', database: db },
    exec: async (sql) => mariadb(`USE \`${db}\`; SET time_zone = '+00:00'; ${sql}`),
    touch: (id) => `UPDATE procedurelog SET ProcFee = ProcFee + 1 WHERE ProcNum = ${id}`,
  };
}

async function postgresSource(): Promise<Source> {
  const url = await scratchDb('tapsql_src');
  return {
    name: 'postgres',
    config: { dialect: 'postgres', url, schemas: ['public'] },
    exec: (sql) => query(url, sql),
    touch: (id) => `UPDATE procedurelog SET "ProcFee" = "ProcFee" + 1, "DateTStamp" = now() WHERE "ProcNum" = ${id}`,
  };
}

const FIXTURE = {
  mariadb: `
    CREATE TABLE procedurelog (ProcNum bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, PatNum bigint NOT NULL, ProcFee decimal(12,2) NOT NULL,
      ProcStatus tinyint NOT NULL, ProcDate date NOT NULL, SecDateEntry datetime NOT NULL,
      DateTStamp timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(), KEY idx_ts (DateTStamp, ProcNum));
    CREATE TABLE securitylog (SecurityLogNum bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, LogDateTime datetime NOT NULL, LogText text, KEY (LogDateTime));
    CREATE TABLE definition (DefNum bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, ItemName varchar(255), DateTEdit datetime);
    CREATE TABLE sheet (SheetNum bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, DateTSheetEdited datetime NULL, KEY (DateTSheetEdited));`,
  postgres: `
    CREATE TABLE procedurelog ("ProcNum" bigserial PRIMARY KEY, "PatNum" bigint NOT NULL, "ProcFee" numeric(12,2) NOT NULL,
      "ProcStatus" smallint NOT NULL, "ProcDate" date NOT NULL, "SecDateEntry" timestamp NOT NULL, "DateTStamp" timestamptz NOT NULL);
    CREATE INDEX ON procedurelog ("DateTStamp", "ProcNum");
    CREATE TABLE securitylog ("SecurityLogNum" bigserial PRIMARY KEY, "LogDateTime" timestamp NOT NULL, "LogText" text);
    CREATE INDEX ON securitylog ("LogDateTime");
    CREATE TABLE definition ("DefNum" bigserial PRIMARY KEY, "ItemName" text, "DateTEdit" timestamp);
    CREATE TABLE sheet ("SheetNum" bigserial PRIMARY KEY, "DateTSheetEdited" timestamp NULL);
    CREATE INDEX ON sheet ("DateTSheetEdited");`,
};

function rows(source: string): string {
  const q = (s: string) => (source === 'postgres' ? `"${s}"` : s);
  const values = Array.from(
    { length: 10 },
    (_, i) =>
      `(${i + 1}, ${100 + i}, ${i + 1}.${String(i).padStart(2, '0')}, ${i === 4 ? 6 : 2}, '2024-03-0${(i % 9) + 1}', '2024-03-01 09:00:00', '2024-01-01 00:00:00')`,
  );
  return `INSERT INTO procedurelog (${['ProcNum', 'PatNum', 'ProcFee', 'ProcStatus', 'ProcDate', 'SecDateEntry', 'DateTStamp'].map(q).join(', ')}) VALUES ${values.join(', ')};
    INSERT INTO securitylog (${q('LogDateTime')}, ${q('LogText')}) VALUES ('2024-01-01 10:00:00', 'login'), ('2024-01-01 10:00:01', 'edit');
    INSERT INTO definition (${q('ItemName')}) VALUES ('a'), ('b');
    INSERT INTO sheet (${q('SheetNum')}, ${q('DateTSheetEdited')}) VALUES (1, '2024-01-01 00:00:00'), (2, NULL), (3, NULL);`;
}

for (const make of [mariadbSource, postgresSource]) {
  t.test(
    `${make.name.replace('Source', '')}: discovery, keyset over a one-timestamp backfill, resume, updates, deletes, sweep`,
    async (t) => {
      const src = await make();
      await src.exec(FIXTURE[src.name as 'mariadb' | 'postgres']);
      await src.exec(rows(src.name));
      if (src.name === 'postgres') await src.exec('ANALYZE');
      else mariadb(`ANALYZE TABLE \`${DB_PREFIX}_tapsql\`.procedurelog`);
      const config = {
        ...src.config,
        source: 'od',
        lag_seconds: 0,
        batch_rows: 3,
        soft_deletes: { procedurelog: { column: 'ProcStatus', values: ['6'] } },
      };

      // discovery: the documented cursor per table, with the rule that chose it
      const d = await runTapAlone(TAP, config);
      t.equal(d.code, 0, 'first run exit 0', { stderr: d.stderr.slice(-2000) });
      const cat = spawnSync(process.execPath, [TAP, '--config', configFile(config), '--discover'], { encoding: 'utf8' });
      t.equal(cat.status, 0, 'discover exit 0', { stderr: cat.stderr.slice(-2000) });
      const meta = Object.fromEntries(
        JSON.parse(cat.stdout).streams.map((s: any) => [s.stream, s.metadata[0].metadata as Record<string, unknown>]),
      ) as Record<string, Record<string, unknown>>;
      t.equal(meta.od_procedurelog!['medi-cursor'], 'DateTStamp');
      t.match(meta.od_procedurelog!['medi-cursor-reason'], src.name === 'mariadb' ? /auto-updated/ : /updated-at/);
      t.equal(meta.od_securitylog!['medi-strategy'], 'append');
      t.equal(meta.od_securitylog!['medi-cursor'], 'LogDateTime', 'insert stamp of an append-only log');
      t.equal(meta.od_securitylog!['medi-tier'], 'audit');
      t.equal(meta.od_definition!['medi-strategy'], 'append', 'auto-increment key, no indexed stamp');
      t.match(meta.od_definition!['medi-cursor-reason'], /DateTEdit: no index leads with it/);
      t.match(cat.stderr, /\| cursor \| DateTStamp \|/, 'the readable report');

      // ten rows sharing one DateTStamp, pages of three: each exactly once, and the run ends
      const pl = ids(d.records, 'od_procedurelog', 'ProcNum');
      t.same(pl, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'every tied row once, in keyset order');
      const deleted = d.records
        .filter((r) => r.stream === 'od_procedurelog' && r.record._sdc_deleted_at !== null)
        .map((r) => r.record.ProcNum);
      t.same(deleted, [5], 'ProcStatus 6 is a delete');
      t.same(
        d.records.find((r) => r.record.ProcNum === 3)!.record,
        {
          ProcNum: 3,
          PatNum: 102,
          ProcFee: 3.02,
          ProcStatus: 2,
          ProcDate: '2024-03-03',
          SecDateEntry: '2024-03-01T09:00:00Z',
          DateTStamp: '2024-01-01T00:00:00Z',
          _sdc_deleted_at: null,
        },
        'values',
      );
      t.match(d.stdout, /"ProcFee":3\.02[,}]/, 'decimal written as its digits');
      t.same(ids(d.records, 'od_sheet', 'SheetNum'), [1, 2, 3], 'NULL cursors picked up by the sweep');
      t.same(ids(d.records, 'od_securitylog', 'SecurityLogNum'), [1, 2]);

      // kill after the second page: resume from the last STATE written before it
      const st = states(d.stdout);
      const afterTwoPages = st.find((s) => JSON.stringify(s.bookmarks.od_procedurelog?.keyset?.pk) === '[6]');
      t.ok(afterTwoPages, 'a STATE after each page');
      const resumed = await runTapAlone(TAP, { ...config, tables: ['procedurelog'] }, afterTwoPages);
      t.equal(resumed.code, 0);
      t.same(ids(resumed.records, 'od_procedurelog', 'ProcNum'), [7, 8, 9, 10], 'resumed: the rest, nothing twice');

      // an update after the run is caught by the next one (and only it); new NULL-cursor rows by the sweep
      await new Promise((r) => setTimeout(r, 1100));
      await src.exec(src.touch(4));
      await src.exec(`INSERT INTO sheet (${src.name === 'postgres' ? '"SheetNum"' : 'SheetNum'}) VALUES (4)`);
      await new Promise((r) => setTimeout(r, 1100));
      const next = await runTapAlone(TAP, config, d.state);
      t.equal(next.code, 0, 'incremental exit 0', { stderr: next.stderr.slice(-2000) });
      t.same(ids(next.records, 'od_procedurelog', 'ProcNum'), [4], 'only the updated row');
      t.equal(next.records.find((r) => r.record.ProcNum === 4)!.record.ProcFee, 5.03);
      t.same(ids(next.records, 'od_sheet', 'SheetNum'), [4], 'the sweep goes on from its last key');
      t.same(ids(next.records, 'od_securitylog', 'SecurityLogNum'), [], 'append-only log: nothing new');

      // full mode: everything under one snapshot, paged by key
      const full = await runTapAlone(TAP, { ...config, mode: 'full', tables: ['procedurelog'] });
      t.equal(full.code, 0);
      t.same(ids(full.records, 'od_procedurelog', 'ProcNum'), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

      // query templates: :since/:until are parameters, so quotes in them are data, not SQL
      const q = (s: string) => (src.name === 'postgres' ? `"${s}"` : s);
      const evil = {
        ...config,
        tables: ['no_such_table'],
        mode: 'range',
        range_from: "' OR '1'='1",
        range_to: "x'); DROP TABLE procedurelog; --",
        queries: {
          probe: {
            sql: `SELECT ${q('ProcNum')} FROM procedurelog WHERE CAST(${q('PatNum')} AS CHAR(20)) = :since OR CAST(${q('PatNum')} AS CHAR(20)) = :until -- :since in a comment
                AND ':since' <> ''`,
            columns: { ProcNum: 'integer' },
            key_properties: ['ProcNum'],
          },
          one: {
            sql: `SELECT ${q('ProcNum')} FROM procedurelog WHERE ${q('ProcNum')} = 7 AND ':until' = ':until'`,
            columns: { ProcNum: 'integer' },
          },
        },
      };
      const inj = await runTapAlone(TAP, evil);
      t.equal(inj.code, 0, 'query streams ran', { stderr: inj.stderr.slice(-2000) });
      t.same(ids(inj.records, 'probe', 'ProcNum'), [], 'the injected OR matched nothing');
      t.same(ids(inj.records, 'one', 'ProcNum'), [7], 'quoted :until left alone');
      const still = await runTapAlone(TAP, { ...config, tables: ['procedurelog'], mode: 'full' });
      t.equal(ids(still.records, 'od_procedurelog', 'ProcNum').length, 10, 'table still there');
      t.notMatch(inj.stderr + d.stderr, /password|postgres:\/\/[^ ]*@/, 'no connection string in logs');
    },
  );
}

t.test('postgres: every type lands exactly through target-postgres-medi', async (t) => {
  const url = await scratchDb('tapsql_types');
  const dst = await scratchDb('tapsql_types_dst');
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
       (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2024-01-03', NULL)`,
  );
  const r = await pipeline({ dialect: 'postgres', url, schemas: ['public'], source: 'pg', lag_seconds: 0 }, dst, undefined, { tap: TAP });
  t.equal(r.tapCode, 0, 'tap', { err: r.tapErr.slice(-2000) });
  t.equal(r.targetCode, 0, 'target', { err: r.targetErr.slice(-2000) });
  const got = await query(
    dst,
    `SELECT id, n::text, big::text, small, f8::text, ok, d::text, to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS ts,
       to_char(tstz AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS tstz, tm::text, iv, j::text, arr::text, tarr::text, b, bits, u, txt, m::text
     FROM raw.pg_all_types ORDER BY id`,
  );
  const src = await query(
    url,
    `SELECT id, n::text, big::text, small, f8::text, ok, CASE WHEN d < '1000-01-01' THEN NULL ELSE d::text END AS d,
       CASE WHEN isfinite(ts) THEN to_char(ts, 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') END AS ts,
       CASE WHEN isfinite(tstz) THEN to_char(tstz AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') END AS tstz,
       tm::text, iv, j, arr, tarr, encode(b, 'base64') AS b, bits::text AS bits, u::text AS u, txt, m::numeric::text AS m FROM all_types ORDER BY id`,
  );
  t.equal(got.length, 3);
  for (const [i, row] of got.entries()) {
    const s = src[i] as Record<string, any>;
    t.equal(row.n, s.n, `numeric ${i}`);
    t.equal(row.big, s.big, `bigint ${i}`);
    t.equal(row.small === null ? null : Number(row.small), s.small, `smallint ${i}`);
    t.equal(row.f8 === null ? null : Number(row.f8), s.f8 === null ? null : Number(s.f8), `double ${i}`);
    t.equal(row.ok, s.ok, `bool ${i}`);
    t.equal(row.d, s.d, `date ${i} (year 1 is no date)`);
    t.equal(row.ts, s.ts, `timestamp ${i}`);
    t.equal(row.tstz, s.tstz, `timestamptz ${i}`);
    t.equal(row.tm, s.tm, `time ${i}`);
    t.equal(row.b, s.b, `bytea base64 ${i}`);
    t.equal(row.bits, s.bits, `bit varying ${i}`);
    t.equal(row.u, s.u, `uuid ${i}`);
    t.equal(row.txt, s.txt, `text ${i}`);
    t.equal(row.m, s.m, `money as its digits ${i}`);
  }
  t.equal(got[0]!.j, '{"m": 2.50, "big": 12345678901234567890}', 'jsonb numbers exact');
  t.equal(got[0]!.arr, '[1, 2, null]', 'int array');
  t.equal(got[0]!.tarr, '["a b", "c,d", "\\"q\\""]', 'text array');
  t.equal(got[0]!.iv, 'P1Y2M3DT4H5M6.5S', 'interval as ISO 8601');
  t.equal(got[1]!.iv, 'P-1D');
});

t.test('mariadb: zero dates, unsigned bigint, decimals, bit, time, binary land exactly', async (t) => {
  const db = `${DB_PREFIX}_tapsql_types`;
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
      (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)`);
  t.teardown(() => mariadb(`DROP DATABASE IF EXISTS \`${db}\``));
  const dst = await scratchDb('tapsql_mtypes_dst');
  const r = await pipeline(
    { dialect: 'mysql', host: '127.0.0.1', port: 3306, user: 'root', database: db, source: 'od', lag_seconds: 0 },
    dst,
    undefined,
    {
      tap: TAP,
    },
  );
  t.equal(r.tapCode, 0, 'tap', { err: r.tapErr.slice(-2000) });
  t.equal(r.targetCode, 0, 'target', { err: r.targetErr.slice(-2000) });
  const got = await query<Record<string, any>>(
    dst,
    `SELECT id::int, d38::text, money::text, ubig::text, sbig::text, dt6, zd::text, zdt, y1, ts, tm, e, j::text AS j, flag, b1, b5, bin, txt, notjson
     FROM raw.od_all_types ORDER BY id`,
  );
  t.same(
    got.map((g) => ({ ...g, dt6: g.dt6?.toISOString() ?? null, ts: g.ts?.toISOString() ?? null, zdt: g.zdt, y1: g.y1 })),
    [
      {
        id: 1,
        d38: '1234567890123456789012345678.1234567890',
        money: '0.07',
        ubig: '18446744073709551615',
        sbig: '-9223372036854775808',
        dt6: '9999-12-31T23:59:59.999Z',
        zd: null,
        zdt: null,
        y1: null,
        ts: '2038-01-19T03:14:07.000Z',
        tm: '-838:59:59',
        e: 'open',
        j: '{"f": 0.1, "m": 2.50, "s": "Māori", "big": 12345678901234567890}',
        flag: '1',
        b1: true,
        b5: '10101',
        bin: 'AP8=',
        txt: 'Māori ☃',
        notjson: '{"a": 1}',
      },
      {
        id: 2,
        d38: '-0.0000000001',
        money: '19.99',
        ubig: '0',
        sbig: '9223372036854775807',
        dt6: '1000-01-01T00:00:00.000Z',
        zd: '2024-02-29',
        zdt: null,
        y1: null,
        ts: '1970-01-01T00:00:01.000Z',
        tm: '00:00:00',
        e: 'closed',
        j: '[-98765432109876543210.000001, null, true]',
        flag: '0',
        b1: false,
        b5: '00000',
        bin: '',
        txt: '',
        notjson: 'plain text',
      },
      {
        id: 3,
        d38: null,
        money: null,
        ubig: null,
        sbig: null,
        dt6: null,
        zd: null,
        zdt: null,
        y1: null,
        ts: null,
        tm: null,
        e: null,
        j: null,
        flag: null,
        b1: null,
        b5: null,
        bin: null,
        txt: null,
        notjson: null,
      },
    ],
  );
  // MariaDB's JSON is LONGTEXT with a json_valid CHECK: discovered as JSON (jsonb in raw, numbers exact); a LONGTEXT
  // with another CHECK stays text
  const types = await query<{ column_name: string; data_type: string }>(
    dst,
    `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'raw' AND table_name = 'od_all_types'
       AND column_name IN ('j', 'notjson') ORDER BY 1`,
  );
  t.same(
    types.map((c) => [c.column_name, c.data_type]),
    [
      ['j', 'jsonb'],
      ['notjson', 'text'],
    ],
  );
  const micro = await query<{ t: string }>(dst, `SELECT to_char(dt6, 'YYYY-MM-DD HH24:MI:SS.US') AS t FROM raw.od_all_types WHERE id = 2`);
  t.equal(micro[0]!.t, '1000-01-01 00:00:00.000001', 'microseconds kept');
});

t.test('mariadb: hard deletes on paysplit become tombstones by key reconciliation against the warehouse', async (t) => {
  const db = `${DB_PREFIX}_tapsql_del`;
  mariadb(`DROP DATABASE IF EXISTS \`${db}\`; CREATE DATABASE \`${db}\`; USE \`${db}\`; SET time_zone = '+00:00';
    CREATE TABLE paysplit (SplitNum bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, SplitAmt double NOT NULL, PatNum bigint NOT NULL,
      SecDateTEdit timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(), KEY (SecDateTEdit));
    INSERT INTO paysplit (SplitAmt, PatNum, SecDateTEdit) SELECT seq * 1.5, seq, '2024-01-01 00:00:00' FROM seq_1_to_25`);
  t.teardown(() => mariadb(`DROP DATABASE IF EXISTS \`${db}\``));
  const dst = await scratchDb('tapsql_del_dst');
  const cfg = {
    dialect: 'mysql',
    host: '127.0.0.1',
    user: 'root',
    database: db,
    source: 'od',
    lag_seconds: 0,
    batch_rows: 10,
    reconcile_tables: ['paysplit'],
  };
  const first = await pipeline(cfg, dst, undefined, { tap: TAP, target: {} });
  t.equal(first.tapCode, 1, 'without warehouse_url the reconciled table fails, and says why');
  t.match(first.tapErr, /warehouse_url/);
  const env = { TAP_SQL_WAREHOUSE_URL: dst };
  Object.assign(process.env, env);
  t.teardown(() => delete process.env.TAP_SQL_WAREHOUSE_URL);
  const r1 = await pipeline(cfg, dst, undefined, { tap: TAP });
  t.equal(r1.tapCode, 0, 'load', { err: r1.tapErr.slice(-1500) });
  mariadb(`DELETE FROM \`${db}\`.paysplit WHERE SplitNum IN (1, 13, 25)`);
  const r2 = await pipeline(cfg, dst, r1.lastState, { tap: TAP });
  t.equal(r2.tapCode, 0, 'reconcile', { err: r2.tapErr.slice(-1500) });
  t.match(r2.tapErr, /25 live warehouse keys, 3 tombstones/);
  const dead = await query<{ k: string }>(
    dst,
    `SELECT "SplitNum"::int AS k FROM raw.od_paysplit WHERE _sdc_deleted_at IS NOT NULL ORDER BY 1`,
  );
  t.same(
    dead.map((d) => d.k),
    [1, 13, 25],
    'one tombstone per deleted key',
  );
  const r3 = await pipeline(cfg, dst, r2.lastState, { tap: TAP });
  t.match(r3.tapErr, /22 live warehouse keys, 0 tombstones/, 'a tombstoned key is not deleted twice');
});

t.test('postgres: one failing table fails alone and is reported; connects are retried; no secret in the log', async (t) => {
  const url = await scratchDb('tapsql_fail');
  await query(
    url,
    `CREATE TABLE good (id int PRIMARY KEY, v text); INSERT INTO good VALUES (1, 'a'), (2, 'b');
     CREATE TABLE bad (id int PRIMARY KEY, at timestamptz); INSERT INTO bad VALUES (1, '2024-01-01'), (2, '12024-01-01');`,
  );
  const r = await runTapAlone(TAP, { dialect: 'postgres', url, schemas: ['public'], source: 'x', lag_seconds: 0 });
  t.equal(r.code, 1, 'the run reports the failure');
  t.same(ids(r.records, 'x_good', 'id'), [1, 2], 'the other table completed');
  t.match(r.stderr, /1 table\(s\) failed[\s\S]*x_bad: not a timestamp/, 'named, with the reason');
  t.notOk((r.state as any)?.bookmarks?.x_bad?.full_after, 'the failed table keeps no partial state');

  const t0 = Date.now();
  const down = await runTapAlone(TAP, { dialect: 'postgres', url: 'postgres://reader:s3cret-pw@127.0.0.1:56199/nowhere', source: 'x' });
  t.equal(down.code, 1);
  t.ok(Date.now() - t0 >= 3000, 'three attempts, backing off 1 s then 2 s');
  t.equal((down.stderr.match(/retrying in/g) ?? []).length, 2);
  t.notMatch(down.stderr, /s3cret-pw/, 'password never logged');
});

t.test('generated SQL: keyset predicates, parameters inlined for COPY only as escaped literals', async (t) => {
  const { postgres, inlineParams } = await import('../taps/tap-sql/dialects/postgres.js');
  const { mysqlDialect } = await import('../taps/tap-sql/dialects/mysql.js');
  t.equal(postgres.keysetPredicate(['DateTStamp', 'ProcNum'], 2), '("DateTStamp", "ProcNum") > ($2, $3)');
  t.equal(mysqlDialect.keysetPredicate(['a', 'b', 'c'], 1), '(`a` > ? OR (`a` = ? AND (`b` > ? OR (`b` = ? AND `c` > ?))))');
  t.same(mysqlDialect.keysetParams!([1, 2, 3]), [1, 1, 2, 2, 3]);
  t.equal(postgres.quote('we"ird'), '"we""ird"');
  t.equal(mysqlDialect.quote('we`ird'), '`we``ird`');
  const esc = (v: string) => `'${v.replace(/'/g, "''")}'`;
  t.equal(
    inlineParams({ text: `SELECT "a$1" FROM t WHERE x = '$2' AND y > $1 AND z = $2`, params: ["o'; DROP TABLE t; --", 5] }, esc),
    `SELECT "a$1" FROM t WHERE x = '$2' AND y > 'o''; DROP TABLE t; --' AND z = 5`,
  );
  t.throws(() => inlineParams({ text: 'SELECT $3', params: [] }, esc), /no value for \$3/);
  const page = mysqlDialect.selectPage({
    schema: 'od',
    table: 'paysplit',
    columns: ['SplitNum'],
    where: ['`x` IS NULL'],
    params: [],
    orderBy: ['SplitNum'],
    limit: 5,
  });
  t.equal(page.text, 'SELECT `SplitNum` FROM `od`.`paysplit` WHERE (`x` IS NULL) ORDER BY `SplitNum` LIMIT 5');
});

t.test('mariadb: a tap killed mid-table resumes from its last STATE without loss or duplicate', async (t) => {
  const db = `${DB_PREFIX}_tapsql_kill`;
  mariadb(`DROP DATABASE IF EXISTS \`${db}\`; CREATE DATABASE \`${db}\`; USE \`${db}\`; SET time_zone = '+00:00';
    CREATE TABLE appointment (AptNum bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, PatNum bigint NOT NULL, Note text,
      DateTStamp timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(), KEY (DateTStamp));
    INSERT INTO appointment (PatNum, Note, DateTStamp) SELECT seq, REPEAT('x', 200), '2020-03-14 02:00:00' + INTERVAL (seq DIV 3000) SECOND
      FROM seq_1_to_30000`);
  t.teardown(() => mariadb(`DROP DATABASE IF EXISTS \`${db}\``));
  const config = { dialect: 'mysql', host: '127.0.0.1', user: 'root', database: db, source: 'od', lag_seconds: 0, batch_rows: 1000 };
  const killed = await tapKilledAfterStates(TAP, config, 7);
  // what a target would have kept: the records up to the last STATE it received
  const lines = killed.split('\n');
  const lastState = lines.map((l) => l.startsWith('{"type":"STATE"')).lastIndexOf(true);
  t.ok(lastState > 0, 'killed after some pages');
  const before = lines
    .slice(0, lastState)
    .filter((l) => l.startsWith('{"type":"RECORD"'))
    .map((l) => JSON.parse(l).record.AptNum as number);
  t.ok(before.length < 30000, `killed mid-table (${before.length} rows kept)`);
  const resumed = await runTapAlone(TAP, config, JSON.parse(lines[lastState]!).value);
  t.equal(resumed.code, 0);
  const all = [...before, ...ids(resumed.records, 'od_appointment', 'AptNum').map(Number)];
  t.equal(all.length, 30000, 'every row once');
  t.equal(new Set(all).size, 30000, 'no duplicate');
});

t.test('binary primary keys page by their bytes: full and incremental loads end, every row once', async (t) => {
  // keys chosen so that their base64 text sorts differently from their bytes (x'7f' → "fw==", x'80' → "gA==",
  // x'fe' → "/g==", x'00' → "AA==")
  const keys = ['00', '01ff', '7f', '80', 'fe', 'ff', 'ff00', '3e', '3f', '40', 'fb', 'fc'];
  const db = `${DB_PREFIX}_tapsql_bin`;
  mariadb(`DROP DATABASE IF EXISTS \`${db}\`; CREATE DATABASE \`${db}\``);
  t.teardown(() => mariadb(`DROP DATABASE IF EXISTS \`${db}\``));
  mariadb(
    `USE \`${db}\`; CREATE TABLE blobkey (k VARBINARY(16) PRIMARY KEY, note VARCHAR(20), DateTStamp TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP, KEY (DateTStamp));
     INSERT INTO blobkey VALUES ${keys.map((k) => `(x'${k}', 'n${k}', '2024-01-01 00:00:00')`).join(', ')}`,
  );
  const pgUrl = await scratchDb('tapsql_bin');
  await query(
    pgUrl,
    `CREATE TABLE blobkey (k bytea PRIMARY KEY, note text, "DateTStamp" timestamptz NOT NULL);
     CREATE INDEX ON blobkey ("DateTStamp");
     INSERT INTO blobkey VALUES ${keys.map((k) => `('\\x${k}', 'n${k}', '2024-01-01 00:00:00+00')`).join(', ')}`,
  );
  const expected = keys.map((k) => Buffer.from(k, 'hex').toString('base64')).sort();
  const sources = {
    mariadb: { dialect: 'mysql', host: '127.0.0.1', user: 'root', database: db },
    postgres: { dialect: 'postgres', url: pgUrl, schemas: ['public'] },
  };
  for (const [name, conn] of Object.entries(sources)) {
    for (const mode of ['full', 'incremental']) {
      // two rows a page, and every row at one timestamp: each page boundary falls inside the tie
      const config = { ...conn, source: 'od', lag_seconds: 0, batch_rows: 2, tables: ['blobkey'], mode };
      const r = spawnSync(process.execPath, [TAP, '--config', configFile(config)], { encoding: 'utf8', timeout: 60_000 });
      t.equal(r.signal, null, `${name} ${mode}: ends by itself`);
      t.equal(r.status, 0, `${name} ${mode}: exit 0`, { stderr: r.stderr.slice(-1500) });
      const got = r.stdout
        .split('\n')
        .filter((l) => l.startsWith('{"type":"RECORD","stream":"od_blobkey"'))
        .map((l) => JSON.parse(l).record.k as string);
      t.same([...got].sort(), expected, `${name} ${mode}: every row once`);
    }
  }
});
