// A target killed right after its last COMMIT (issue 17, item 13), through the job a schedule runs
// (`meltano run indici-nightly`): the night's rows are committed in raw, the job failed before dbt. The rerun finds
// nothing new to load, and must still build core from them; in between, `medi-warehouse health` says core is
// behind raw. A target killed after an earlier commit leaves its run `running`: the next start closes it with
// what it committed. MEDI_TEST_CRASH_AT is a test-only hook (loader.ts): it SIGKILLs the target at that point.
import t from 'tap';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startS3Server, S3_TEST_ENV } from '../sim/s3-server.js';
import { ensureBucket, uploadBatch } from '../sim/indici/feed.js';
import { ROOT, query, scratchDb } from './helpers.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { meltano, meltanoEnv } from './meltano.js';

interface Health {
  healthy: boolean;
  core_behind_raw?: Array<{ stream: string; commits_since_build: number }>;
  raw_only?: string[];
  interrupted_runs?: Array<{ load_run_id: string }>;
}

function health(db: string): { code: number | null; report: Health } {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/kit/warehouse/warehouse-cli.js'), 'health', '--json'], {
    env: { ...process.env, DATABASE_URL: db },
    encoding: 'utf8',
  });
  return { code: r.status, report: JSON.parse(r.stdout) as Health };
}

/** Core facts against raw: every appointment key landed in raw is in core.fact_appointments (clean rows only). */
const coverage = (db: string) =>
  query<{ raw_keys: number; core_keys: number }>(
    db,
    `select
  (select count(distinct "AppointmentID")::int from raw.indici_appointments) raw_keys,
  (select count(distinct appointment_id)::int from core.fact_appointments) core_keys`,
  ).then((r) => r[0]!);

t.test('killed between the last COMMIT and the end of the run: core catches up on the rerun', async (t) => {
  const s3 = await startS3Server();
  t.teardown(() => s3.stop());
  const bucket = 'indici-crash-commit';
  await ensureBucket(s3.client, bucket);
  const db = await scratchDb('crash_commit');
  const env = meltanoEnv({ ...S3_TEST_ENV, TAP_INDICI_S3_BUCKET: bucket, TAP_INDICI_S3_ENDPOINT_URL: s3.url, ...pgEnv(db) });
  const streams = ['appointments', 'patient'];

  await uploadBatch(s3.client, bucket, { streams, dateExtracted: '2508181044', kind: 'full', rows: 60 });
  const first = await meltano(['run', 'indici-nightly'], env);
  t.equal(first.code, 0, 'first night', { output: first.stderr.slice(-3000) });
  t.same(await coverage(db), { raw_keys: 60, core_keys: 60 }, 'first night: core has every key');
  t.equal(health(db).code, 0, 'healthy after a full night');

  // the next night's delivery; the target dies right after its final COMMIT
  await uploadBatch(s3.client, bucket, { streams, dateExtracted: '2508251044', kind: 'delta', rows: 20, firstKey: 55, version: 2 });
  const crashed = await meltano(['run', 'indici-nightly'], { ...env, MEDI_TEST_CRASH_AT: 'after-commit' });
  t.not(crashed.code, 0, 'the job fails: its target was killed', { output: crashed.stderr.slice(-2000) });
  t.same(await coverage(db), { raw_keys: 74, core_keys: 60 }, 'the delta is committed in raw, core has not seen it');
  const between = health(db);
  t.equal(between.code, 1, 'health is not green while the delivery sits in raw');
  const behind = between.report.core_behind_raw?.map((b) => b.stream) ?? [];
  t.ok(
    ['indici_appointments', 'indici_patient'].every((s) => behind.includes(s)),
    'health: core is behind raw for both streams',
    { behind },
  );

  const rerun = await meltano(['run', 'indici-nightly'], env);
  t.equal(rerun.code, 0, 'the rerun succeeds', { output: rerun.stderr.slice(-3000) });
  t.notMatch(rerun.stdout + rerun.stderr, /nothing loaded since the last successful build/, 'dbt does not skip');
  t.same(await coverage(db), { raw_keys: 74, core_keys: 74 }, 'core caught up with raw');
  const after = health(db);
  t.equal(after.code, 0, 'healthy again', { report: after.report });
  t.same(after.report.core_behind_raw, []);
  const runs = await query<{ status: string; n: number }>(db, `select status, count(*)::int n from etl.load_runs group by 1 order by 1`);
  t.same(runs, [{ status: 'succeeded', n: 3 }], 'the crashed run committed its status with its data');
});

t.test('killed after an earlier commit: the run left running is closed by the next start with what it committed', async (t) => {
  const s3 = await startS3Server();
  t.teardown(() => s3.stop());
  const bucket = 'indici-crash-running';
  await ensureBucket(s3.client, bucket);
  const db = await scratchDb('crash_running');
  const env = meltanoEnv({ ...S3_TEST_ENV, TAP_INDICI_S3_BUCKET: bucket, TAP_INDICI_S3_ENDPOINT_URL: s3.url, ...pgEnv(db) });
  await uploadBatch(s3.client, bucket, { streams: ['appointments', 'patient'], dateExtracted: '2508181044', kind: 'full', rows: 60 });

  const crashed = await meltano(['run', 'indici-nightly'], { ...env, MEDI_TEST_CRASH_AT: 'after-commit:1' });
  t.not(crashed.code, 0, 'the job fails: its target was killed', { output: crashed.stderr.slice(-2000) });
  const [left] = await query<{ load_run_id: string; status: string; rows_loaded: number }>(
    db,
    `select load_run_id::text, status, rows_loaded::int from etl.load_runs`,
  );
  t.equal(left!.status, 'running', 'the killed run is left running');
  t.ok(left!.rows_loaded > 0, `it committed rows (${left!.rows_loaded})`);
  const between = health(db);
  t.equal(between.code, 1, 'not healthy');
  t.same(
    between.report.interrupted_runs?.map((r) => r.load_run_id),
    [left!.load_run_id],
    'health names the interrupted run',
  );
  // what the first commit held: behind raw where a model reads it, else listed raw only (the file listing,
  // indici_s3_objects, which no model reads: its rows are no build's to catch up)
  const unbuilt = [...(between.report.core_behind_raw ?? []).map((b) => b.stream), ...(between.report.raw_only ?? [])];
  t.ok(unbuilt.length > 0, `and what it committed is not built: ${unbuilt.join(', ')}`);

  const rerun = await meltano(['run', 'indici-nightly'], env);
  t.equal(rerun.code, 0, 'the rerun succeeds', { output: rerun.stderr.slice(-3000) });
  const [closed] = await query<{ status: string; rows_loaded: number; error: string; finished: boolean }>(
    db,
    `select status, rows_loaded::int, error, finished_at >= committed_at and committed_at is not null as finished from etl.load_runs where load_run_id = $1`,
    [left!.load_run_id],
  );
  t.equal(closed!.status, 'failed', 'the interrupted run is closed as failed');
  t.equal(closed!.rows_loaded, left!.rows_loaded, 'with the rows it committed');
  t.match(closed!.error, /interrupted/, 'saying it was interrupted');
  t.equal(closed!.finished, true, 'closed when found (audit times are stamped now), its last commit kept in committed_at');
  t.same(await coverage(db), { raw_keys: 60, core_keys: 60 }, 'core has every key');
  const after = health(db);
  t.equal(after.code, 0, 'healthy again', { report: after.report });
});
