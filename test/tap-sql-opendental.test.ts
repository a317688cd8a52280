// tap-sql on the OpenDental-shaped source (sim/opendental) on MariaDB and PostgreSQL: discovery picks the fact
// sheet's cursor for each critical table and says why; the critical tables land in raw row for row; after
// the sim's own mutations (server-stamped updates sharing one TimeStamp, a status delete, new rows, paysplit hard
// deletes) the next run brings exactly those rows and tombstones the deleted keys; the generated dbt staging
// builds from what landed.
import t from 'tap';
import { build, hardDelete, insertRows, sourceQuery, updateRows, type Source } from '../sim/opendental/build.js';
import { query, scratchDb } from './helpers.js';
import { dbtRun, pipeline, runTapAlone } from './pipeline.js';
import { ROOT } from './helpers.js';
import { join } from 'node:path';

const TAP = join(ROOT, 'dist/taps/tap-sql/main.js');
const PREFIX = (process.env.MEDI_TEST_DB_PREFIX ?? 'medi_test').toLowerCase().replace(/[^a-z0-9_]/g, '_');
const CRITICAL = [
  'securitylog',
  'paysplit',
  'procedurelog',
  'histappointment',
  'sheetfield',
  'sheet',
  'patient',
  'appointment',
  'deletedobject',
];
const SCALE = 2000;

t.test('mariadb: OpenDental critical tables, discovery to staging', async (t) => {
  const database = `${PREFIX}_od_sim`;
  const src: Source = { dialect: 'mysql', url: 'mysql://root@127.0.0.1:3306', database };
  await build({ ...src, scale: SCALE, seed: 7 });
  t.teardown(() => sourceQuery({ ...src, database: 'mysql' }, `DROP DATABASE IF EXISTS \`${database}\``));
  await sourceQuery(src, `ANALYZE TABLE ${CRITICAL.join(', ')}, document`);
  const config = {
    dialect: 'mysql',
    host: '127.0.0.1',
    user: 'root',
    database,
    source: 'opendental',
    lag_seconds: 0,
    tables: [...CRITICAL, 'document'],
    tiers: Object.fromEntries(CRITICAL.map((c) => [c, 'critical'])),
    soft_deletes: { procedurelog: { column: 'ProcStatus', values: ['6'] } },
    reconcile_tables: ['paysplit'],
  };

  // discovery: the fact sheet's column per table, and why
  const { spawnSync } = await import('node:child_process');
  const { configFile } = await import('./helpers.js');
  const disc = spawnSync(process.execPath, [TAP, '--config', configFile(config), '--discover'], { encoding: 'utf8' });
  t.equal(disc.status, 0, 'discover', { stderr: disc.stderr.slice(-2000) });
  const meta = Object.fromEntries(
    JSON.parse(disc.stdout)
      .streams.filter((s: any) => !s.metadata[0].metadata['medi-control-stream'])
      .map((s: any) => [s.metadata[0].metadata['table-name'], s.metadata[0].metadata as Record<string, any>]),
  ) as Record<string, Record<string, any>>;
  const picked = Object.fromEntries(Object.entries(meta).map(([k, m]) => [k, `${m['medi-strategy']}:${m['medi-cursor']}`]));
  t.same(picked, {
    securitylog: 'append:LogDateTime',
    paysplit: 'cursor:SecDateTEdit',
    procedurelog: 'cursor:DateTStamp',
    histappointment: 'cursor:DateTStamp',
    sheetfield: 'append:SheetFieldNum',
    sheet: 'cursor:DateTSheetEdited',
    patient: 'cursor:DateTStamp',
    appointment: 'cursor:DateTStamp',
    deletedobject: 'cursor:DateTStamp',
    document: 'append:DocNum',
  });
  for (const tb of ['procedurelog', 'paysplit', 'patient', 'appointment'])
    t.match(meta[tb]!['medi-cursor-reason'], /auto-updated on every change/, tb);
  t.match(meta.securitylog!['medi-cursor-reason'], /insert stamp and securitylog is append-only/);
  t.match(
    meta.document!['medi-cursor-reason'],
    /rejected DateTStamp: no index leads with it/,
    'the backfilled, unindexed stamp is refused',
  );
  t.match(disc.stderr, /## critical \(9 tables\)/);

  // first load: every row of every critical table, once
  const dst = await scratchDb('tapsql_od_dst');
  process.env.TAP_SQL_WAREHOUSE_URL = dst;
  t.teardown(() => delete process.env.TAP_SQL_WAREHOUSE_URL);
  const r1 = await pipeline(config, dst, undefined, { tap: TAP });
  t.equal(r1.tapCode, 0, 'tap', { err: r1.tapErr.slice(-3000) });
  t.equal(r1.targetCode, 0, 'target', { err: r1.targetErr.slice(-3000) });
  for (const tb of [...CRITICAL, 'document']) {
    const [s] = await sourceQuery(src, `SELECT COUNT(*) AS n FROM \`${tb}\``);
    const [w] = await query<{ n: number; k: number }>(
      dst,
      `SELECT count(*)::int AS n, count(DISTINCT 1)::int AS k FROM raw.opendental_${tb}`,
    );
    t.equal(w!.n, Number(s!.n), `${tb}: every source row landed once`);
  }
  const zero = await query<{ n: number }>(dst, `SELECT count(*)::int AS n FROM raw.opendental_procedurelog WHERE "DateComplete" IS NULL`);
  t.ok(zero[0]!.n > 0, 'zero dates landed as NULL');

  // the sim's mutations, then the next run
  const updated = [3, 50, 51, 52, 1999];
  await new Promise((r) => setTimeout(r, 1100));
  t.equal(await updateRows(src, 'procedurelog', updated), updated.length);
  await updateRows(src, 'procedurelog', [60], { set: { ProcStatus: 6 } });
  const fresh = await insertRows(src, 'procedurelog', 4, { scale: SCALE, seed: 7 });
  const [{ SplitNum: a } = {}, { SplitNum: b } = {}] = await sourceQuery(src, 'SELECT SplitNum FROM paysplit ORDER BY SplitNum LIMIT 2');
  await hardDelete(src, 'paysplit', [Number(a), Number(b)]);
  await new Promise((r) => setTimeout(r, 1100));
  const r2 = await pipeline(config, dst, r1.lastState, { tap: TAP });
  t.equal(r2.tapCode, 0, 'second run', { err: r2.tapErr.slice(-3000) });
  t.equal(r2.streams.opendental_procedurelog, updated.length + 1 + fresh.length, 'procedurelog: exactly the changed and new rows');
  t.equal(r2.streams.opendental_paysplit, 2, 'paysplit: two tombstones, nothing else changed');
  t.notOk(r2.streams.opendental_securitylog, 'securitylog: nothing new');
  const dead = await query<{ k: string }>(
    dst,
    `SELECT "SplitNum"::text AS k FROM raw.opendental_paysplit WHERE _sdc_deleted_at IS NOT NULL ORDER BY 1`,
  );
  t.same(
    dead.map((d) => Number(d.k)),
    [Number(a), Number(b)].sort((x, y) => x - y),
  );
  const [soft] = await query<{ n: number }>(
    dst,
    `SELECT count(*)::int AS n FROM raw.opendental_procedurelog WHERE "ProcNum" = 60 AND _sdc_deleted_at IS NOT NULL`,
  );
  t.equal(soft!.n, 1, 'ProcStatus 6 → _sdc_deleted_at');

  // the staging generated from the discovered contracts builds from raw: one row per key
  const code = await dbtRun(dst, ['stg_opendental__procedurelog', 'stg_opendental__patient', 'stg_opendental__appointment']);
  t.equal(code, 0, 'dbt staging');
  const [stg] = await query<{ n: number; k: number }>(
    dst,
    `SELECT count(*)::int AS n, count(DISTINCT proc_num)::int AS k FROM stg.stg_opendental__procedurelog`,
  );
  const [srcN] = await sourceQuery(src, 'SELECT COUNT(*) AS n FROM procedurelog');
  t.equal(stg!.n, Number(srcN!.n), 'staging: every procedure once');
  t.equal(stg!.k, stg!.n);
  const [fee] = await sourceQuery(src, 'SELECT CAST(ProcFee AS CHAR) AS f FROM procedurelog WHERE ProcNum = 3');
  const [fee2] = await query<{ f: string }>(dst, `SELECT proc_fee::text AS f FROM stg.stg_opendental__procedurelog WHERE proc_num = 3`);
  t.equal(fee2!.f, String(fee!.f), 'the updated fee, exact');
});

t.test('postgres: the same source on PostgreSQL reads alike', async (t) => {
  const database = `${PREFIX}_od_sim_pg`;
  const src: Source = { dialect: 'pg', url: 'postgresql://postgres@127.0.0.1:5432/postgres', database };
  await build({ ...src, scale: 500, seed: 7 });
  t.teardown(() => sourceQuery({ ...src, database: 'postgres' }, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  await sourceQuery(src, 'ANALYZE');
  const config = {
    dialect: 'postgres',
    url: `postgresql://postgres@127.0.0.1:5432/${database}`,
    source: 'opendental',
    lag_seconds: 0,
    batch_rows: 97,
    tables: CRITICAL,
  };
  const r = await runTapAlone(TAP, config);
  t.equal(r.code, 0, 'run', { err: r.stderr.slice(-2000) });
  for (const tb of CRITICAL) {
    const [s] = await sourceQuery(src, `SELECT COUNT(*)::int AS n FROM ${tb}`);
    const got = r.records.filter((x) => x.stream === `opendental_${tb}`);
    const keys = new Set(got.map((x) => JSON.stringify(Object.values(x.record)[0])));
    t.equal(got.length, Number(s!.n), `${tb}: every row`);
    t.equal(keys.size, got.length, `${tb}: once`);
  }
  const again = await runTapAlone(TAP, config, r.state);
  t.equal(again.records.filter((x) => x.stream === 'opendental_procedurelog').length, 0, 'rerun: nothing new');
});
