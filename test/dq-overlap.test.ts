// Overlapping Indici jobs (a nightly job still loading while another's transform step runs): every load that read
// files is quality-checked, recorded in etl.dq_results and announced on NATS once, by the first data-quality step
// after it finished whose build read it, and a reject rate over its threshold fails the job whose step checked it.
// A load still running when a step begins is left to the next step; a step that recorded a load's checks but could
// not announce them leaves the announcement (not another check) to the next step. The jobs are driven as Meltano
// runs them: the tap's output into target-postgres-medi, then `scripts/dbt run`, whose plain run ends in
// `medi-warehouse dq`. Expected values come from the deliveries written here, not from dq.ts.
import t from 'tap';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { startS3Server, S3_TEST_ENV } from '../sim/s3-server.js';
import { ensureBucket, uploadBatch } from '../sim/indici/feed.js';
import { query, runTarget, scratchDb, ROOT } from './helpers.js';
import { runTapAlone } from './pipeline.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { dbtStep, meltanoEnv } from './meltano.js';
import { events, natsServer } from './nats.js';

const TAP = join(ROOT, 'dist/taps/tap-indici-s3/main.js');

const until = async (what: string, ok: () => Promise<boolean>, ms = 60_000) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) if (await ok()) return;
  throw new Error(`timed out waiting for ${what}`);
};

// B still running when A's step checks (the audit's case), or B finished while A's build ran, after it began reading:
// either way B is not A's step's to check (A's build may not have read B's last rows), but the next step's
for (const when of ['after A', 'during A'] as const)
  t.test(
    `overlapping jobs (B finishes ${when}'s build): each load is checked and announced once, by the step after it finished and after its build read it; its reject rate fails that job`,
    async (t) => {
      Object.assign(process.env, S3_TEST_ENV);
      const nats = await natsServer(when === 'after A' ? 0 : 2);
      t.teardown(() => nats.stop());
      const s3 = await startS3Server();
      t.teardown(() => s3.stop());
      // delivery A: one appointment in four with a status no contract lists (25% rejected, over the 2% default);
      // delivery B: clean, other keys
      await ensureBucket(s3.client, 'indici-overlap-a');
      await ensureBucket(s3.client, 'indici-overlap-b');
      await uploadBatch(s3.client, 'indici-overlap-a', {
        streams: ['appointments', 'patient'],
        dateExtracted: '2508181044',
        kind: 'full',
        rows: 40,
        dirty: { every: 4, kinds: ['unknown_enum'] },
      });
      await uploadBatch(s3.client, 'indici-overlap-b', {
        streams: ['appointments', 'patient'],
        dateExtracted: '2508251044',
        kind: 'delta',
        rows: 20,
        firstKey: 101,
      });
      const tap = (bucket: string) => runTapAlone(TAP, { endpoint_url: s3.url, bucket, mode: 'backfill' });
      const [outA, outB] = [await tap('indici-overlap-a'), await tap('indici-overlap-b')];
      t.equal(outA.code, 0, 'tap A', { stderr: outA.stderr.slice(-1000) });
      t.equal(outB.code, 0, 'tap B', { stderr: outB.stderr.slice(-1000) });

      const db = await scratchDb(`dq_overlap_${when === 'after A' ? 'after' : 'during'}`);
      const env = meltanoEnv({ ...pgEnv(db), MEDI_NATS_URL: nats.url, MEDI_DQ_ON_FAIL: 'fail' });
      const loadEnv = { MEDI_NATS_URL: nats.url };
      const runIds = async () =>
        (
          await query<{ id: string; status: string }>(db, `select load_run_id::text as id, status from etl.load_runs order by started_at`)
        ).map((r) => r);

      // job A loads
      const loadA = await runTarget({ database_url: db }, outA.stdout, { env: loadEnv });
      t.equal(loadA.code, 0, 'load A', { stderr: loadA.stderr.slice(-1000) });
      const [runA] = await runIds();

      // job B starts loading and, slow, stops after its first file's commit
      const lines = outB.stdout.split('\n');
      const firstFile = lines.findIndex((l) => l.startsWith('{"type":"RECORD","stream":"_medi_files"'));
      const cut = lines.findIndex((l, i) => i > firstFile && l.startsWith('{"type":"STATE"')) + 1;
      let release!: () => void;
      const released = new Promise<void>((r) => (release = r));
      const write = (s: Writable, text: string) => new Promise<void>((r) => (s.write(text) ? r() : s.once('drain', r)));
      // (small commits: B commits as it goes, as a large delivery does)
      const loadB = runTarget({ database_url: db, batch_size_rows: 5 }, '', {
        env: loadEnv,
        stdin: async (s) => {
          await write(s, lines.slice(0, cut).join('\n') + '\n');
          await released;
          s.end(lines.slice(cut).join('\n'));
        },
      });
      t.teardown(() => release());
      await until('load B to commit its first file', async () => {
        const [n] = await query<{ n: string }>(
          db,
          `select count(*) as n from etl.load_run_files f join etl.load_runs r on r.load_run_id = f.last_load_run_id where r.status = 'running'`,
        );
        return Number(n!.n) > 0;
      });
      const runB = (await runIds()).find((r) => r.id !== runA!.id)!;
      t.equal(runB.status, 'running', 'load B is still running');

      const perRun = async () =>
        Object.fromEntries(
          (
            await query<{ id: string; n: string; distinct_checks: string }>(
              db,
              `select load_run_id::text as id, count(*) as n,
             count(distinct (check_name, table_name, coalesce(column_name, ''))) as distinct_checks
           from etl.dq_results group by 1`,
            )
          ).map((r) => [r.id, { n: Number(r.n), distinct: Number(r.distinct_checks) }]),
        );

      // job A's transform step: A is checked, B (still running, or finished after A's build began) is not; A's reject
      // rate fails job A
      const doneB = loadB.then((r) => r);
      const stepA = await dbtStep(env, (out) => {
        if (when === 'during A' && /Running with dbt/.test(out)) release();
      });
      if (when === 'during A') {
        const [b] = await query<{ before: boolean }>(
          db,
          `select r.finished_at < (select min(checked_at) from etl.dq_results) as before from etl.load_runs r where load_run_id = $1`,
          [runB.id],
        );
        t.equal(b?.before, true, "B finished before A's data-quality step");
      }
      t.equal(stepA.code, 1, "A's reject rate over its threshold fails job A", { out: stepA.out.slice(-3000) });
      t.match(stepA.out, /data-quality step failed the run/);
      t.match(stepA.out, new RegExp(`dq: \\d+ checks for load run ${runA!.id}`), "A's step checks A");
      t.notMatch(stepA.out, new RegExp(`checks for load run ${runB.id}`), 'and not B, still running');
      const afterA = await perRun();
      t.ok(afterA[runA!.id]?.n, "A's checks are recorded");
      t.equal(afterA[runB.id], undefined, 'none for B yet');
      const [reject] = await query<{ passed: boolean; observed: string }>(
        db,
        `select passed, observed::text from etl.dq_results where load_run_id = $1 and check_name = 'reject_rate' and table_name like '%appointments%'`,
        [runA!.id],
      );
      t.match(reject, { passed: false }, "A's failed reject rate is recorded");

      // B finishes; job B's transform step checks B, once, and not A again
      release();
      const loadedB = await doneB;
      t.equal(loadedB.code, 0, 'load B', { stderr: loadedB.stderr.slice(-1000) });
      const stepB = await dbtStep(env);
      t.equal(stepB.code, 0, 'job B, clean, succeeds', { out: stepB.out.slice(-3000) });
      t.match(stepB.out, new RegExp(`dq: \\d+ checks for load run ${runB.id}`), "B's step checks B");
      t.notMatch(stepB.out, new RegExp(`checks for load run ${runA!.id}`), 'not A again');
      const afterB = await perRun();
      t.same(afterB[runA!.id], afterA[runA!.id], "A's results as A's step recorded them");
      t.ok(afterB[runB.id]?.n, "B's checks are recorded");
      const [bRead] = await query<{ details: { rows_read: number; rejected: number } }>(
        db,
        `select details from etl.dq_results where load_run_id = $1 and check_name = 'reject_rate' and table_name like '%appointments%'`,
        [runB.id],
      );
      t.match(bRead?.details, { rows_read: 20, rejected: 0 }, 'over all of B, as built');
      const [bCore] = await query<{ details: { rows_checked: number } }>(
        db,
        `select details from etl.dq_results where load_run_id = $1 and check_name = 'referential_integrity' and table_name = 'core.fact_appointments'`,
        [runB.id],
      );
      t.equal(bCore?.details.rows_checked, 20, "B's appointments were in core when checked");
      for (const id of [runA!.id, runB.id]) t.equal(afterB[id]!.n, afterB[id]!.distinct, `run ${id.slice(0, 8)}: each check recorded once`);

      // NATS: each load's sync event once (A's failed: its reject rate fails its job), each followed by its own failed checks
      const got = await events(nats.url);
      for (const [id, sync] of [
        [runA!.id, 'etl.sync.failed'],
        [runB.id, 'etl.sync.completed'],
      ] as const) {
        const mine = got.filter((e) => e.load_run_id === id);
        const [failed] = await query<{ n: string }>(db, `select count(*) as n from etl.dq_results where load_run_id = $1 and not passed`, [
          id,
        ]);
        t.same(
          mine.map((e) => e._subject),
          [sync, ...Array(Number(failed!.n)).fill('etl.data.quality.alert')],
          `run ${id.slice(0, 8)}: announced once, with one alert per failed check`,
        );
      }
      t.ok(
        got.some((e) => e.load_run_id === runA!.id && e.check_name === 'reject_rate' && e.passed === false),
        "A's failed reject rate is alerted",
      );

      // nothing new: the next step skips, and checks nothing again
      const idle = await dbtStep(env);
      t.equal(idle.code, 0, 'idle step', { out: idle.out.slice(-2000) });
      t.match(idle.out, /nothing loaded since the last successful build/, 'the next step has nothing to do');
      t.same(await perRun(), afterB, 'nothing checked again');
    },
  );

t.test('a step that recorded a load but could not announce it leaves the announcement, not another check, to the next', async (t) => {
  Object.assign(process.env, S3_TEST_ENV);
  const nats = await natsServer(1);
  t.teardown(() => nats.stop());
  const s3 = await startS3Server();
  t.teardown(() => s3.stop());
  await ensureBucket(s3.client, 'indici-overlap-c');
  await uploadBatch(s3.client, 'indici-overlap-c', { streams: ['appointments'], dateExtracted: '2508181044', kind: 'full', rows: 10 });
  const out = await runTapAlone(TAP, { endpoint_url: s3.url, bucket: 'indici-overlap-c', mode: 'backfill' });
  t.equal(out.code, 0, 'tap', { stderr: out.stderr.slice(-1000) });
  const db = await scratchDb('dq_overlap_announce');
  const load = await runTarget({ database_url: db }, out.stdout, { env: { MEDI_NATS_URL: nats.url } });
  t.equal(load.code, 0, 'load', { stderr: load.stderr.slice(-1000) });
  const [run] = await query<{ id: string }>(db, `select load_run_id::text as id from etl.load_runs`);
  const count = async () => Number((await query<{ n: string }>(db, `select count(*) as n from etl.dq_results`))[0]!.n);

  // NATS unreachable: the checks are recorded, the step fails
  const down = await dbtStep(meltanoEnv({ ...pgEnv(db), MEDI_NATS_URL: 'nats://127.0.0.1:1' }));
  t.equal(down.code, 1, 'the step fails: it could not announce', { out: down.out.slice(-2000) });
  const recorded = await count();
  t.ok(recorded > 0, 'the checks were recorded before announcing');

  // the next step announces the load from what was recorded, without checking it again
  const up = await dbtStep(meltanoEnv({ ...pgEnv(db), MEDI_NATS_URL: nats.url }));
  t.equal(up.code, 0, 'the next step succeeds', { out: up.out.slice(-2000) });
  t.equal(await count(), recorded, 'not checked again');
  const mine = (await events(nats.url).catch(() => [])).filter((e) => e.load_run_id === run!.id);
  const [failed] = await query<{ n: string }>(db, `select count(*) as n from etl.dq_results where not passed`);
  t.match(mine[0], { _subject: 'etl.sync.completed', dq_checks: recorded }, 'announced, with the checks recorded before');
  t.equal(mine.length, 1 + Number(failed!.n), 'and one alert per failed check');
  const idle = await dbtStep(meltanoEnv({ ...pgEnv(db), MEDI_NATS_URL: nats.url }));
  t.match(idle.out, /nothing loaded since the last successful build/, 'then nothing is left to do');
  t.equal(
    (await events(nats.url).catch(() => [])).filter((e) => e.load_run_id === run!.id).length,
    mine.length,
    'and nothing announced again',
  );
});
