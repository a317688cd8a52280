// A source file that fails in a load overlapping a build is reported by the next scheduled transform step. The
// step (`scripts/dbt run`, plain) fails the job naming every source file that failed since the last successful
// build; "since" is since that build began reading (kit/warehouse/build-marker.ts), so a load that started during the
// build, or started before it and failed a file while it ran, is not taken as covered by it.
import t from 'tap';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { startS3Server, S3_TEST_ENV } from '../sim/s3-server.js';
import { ensureBucket, uploadBatch } from '../sim/indici/feed.js';
import { query, runTarget, scratchDb, singer, ROOT } from './helpers.js';
import { runTapAlone } from './pipeline.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { dbtStep, meltanoEnv } from './meltano.js';

const TAP = join(ROOT, 'dist/taps/tap-indici-s3/main.js');

const FILES_SCHEMA = { type: 'SCHEMA', stream: '_medi_files', schema: { properties: { stream: { type: 'string' } } }, key_properties: [] };
/** a load whose tap went on past a file it could not read (file_failures: continue): the file's unit, failed */
const failedUnit = (name: string) => ({
  type: 'RECORD',
  stream: '_medi_files',
  record: {
    stream: 'indici_appointments',
    source_uri: `s3://indici-overlap/indici/${name}`,
    source_version_id: 'v1',
    file_hash: `hash-${name}`,
    status: 'failed',
    rows_read: 0,
    rows_rejected: 0,
    error: `s3://indici-overlap/indici/${name}: cut short`,
  },
});

t.test('a file that fails in a load overlapping a build fails the next build step', async (t) => {
  Object.assign(process.env, S3_TEST_ENV);
  const s3 = await startS3Server();
  t.teardown(() => s3.stop());
  await ensureBucket(s3.client, 'indici-overlap-f');
  await uploadBatch(s3.client, 'indici-overlap-f', { streams: ['appointments'], dateExtracted: '2508181044', kind: 'full', rows: 10 });
  const out = await runTapAlone(TAP, { endpoint_url: s3.url, bucket: 'indici-overlap-f', mode: 'backfill' });
  t.equal(out.code, 0, 'tap', { stderr: out.stderr.slice(-1000) });
  const db = await scratchDb('dq_overlap_failed');
  const env = meltanoEnv(pgEnv(db));
  const load = await runTarget({ database_url: db }, out.stdout);
  t.equal(load.code, 0, 'a load', { stderr: load.stderr.slice(-1000) });

  // a load that has started, not yet failed anything, when the build begins
  let fail!: () => void;
  const failNow = new Promise<void>((r) => (fail = r));
  const write = (s: Writable, text: string) => new Promise<void>((r) => (s.write(text) ? r() : s.once('drain', r)));
  const early = runTarget({ database_url: db }, '', {
    stdin: async (s) => {
      await write(s, singer(FILES_SCHEMA));
      await failNow;
      s.end(singer(failedUnit('early.txt')));
    },
  });
  t.teardown(() => fail());
  for (let i = 0; i < 150; i++) {
    const [n] = await query<{ n: string }>(db, `select count(*) as n from etl.load_runs where status = 'running'`);
    if (Number(n!.n) > 0) break;
    await new Promise((r) => setTimeout(r, 200));
  }

  // the build runs; while it does, the early load fails a file and another load starts and fails one
  let dbtStarted!: () => void;
  const started = new Promise<void>((r) => (dbtStarted = r));
  const build = dbtStep(env, (o) => /Running with dbt/.test(o) && dbtStarted());
  await Promise.race([started, build]);
  fail();
  t.equal((await early).code, 0, 'the early load ends, with its file failed');
  const late = await runTarget({ database_url: db }, singer(FILES_SCHEMA, failedUnit('late.txt')));
  t.equal(late.code, 0, 'a load during the build fails a file');
  const built = await build;
  t.equal(built.code, 0, 'the build ends', { out: built.out.slice(-2000) });
  const [during] = await query<{ n: string }>(
    db,
    `select count(*) as n from etl.load_run_files where status = 'failed' and coalesce(finished_at, started_at) < (select updated_at from etl.config where key = 'dbt_last_build')`,
  );
  t.equal(during!.n, '2', 'both failures were recorded before the build was');

  // the next step reports both: built what loaded, then fails naming them
  const next = await dbtStep(env);
  t.equal(next.code, 1, 'the next step fails the job', { out: next.out.slice(-3000) });
  t.notMatch(next.out, /nothing loaded since the last successful build/, 'it does not skip');
  t.match(
    next.out,
    /failed source file \(indici_appointments\): s3:\/\/indici-overlap\/indici\/early\.txt: cut short/,
    'naming the early load’s file',
  );
  t.match(
    next.out,
    /failed source file \(indici_appointments\): s3:\/\/indici-overlap\/indici\/late\.txt: cut short/,
    'and the late one’s',
  );
  t.match(next.out, /built what loaded, but source files failed/);

  // reported once: the step after that has nothing to do
  const after = await dbtStep(env);
  t.equal(after.code, 0, 'then the job succeeds', { out: after.out.slice(-2000) });
  t.match(after.out, /nothing loaded since the last successful build/, 'with nothing to do');
});
