// Crashes: SIGKILL the target mid-load and dbt mid-build, rerun, and the core is identical to a clean run.
import t from 'tap';
import { startS3Server } from '../sim/s3-server.js';
import { ensureBucket, uploadBatch } from '../sim/indici/feed.js';
import { query, scratchDb } from './helpers.js';
import { pipeline, dbtRun } from './pipeline.js';

const dbtCore = (db: string, killAfterMs?: number) => dbtRun(db, ['+dim_patient', '+fact_appointments', '+dim_provider'], killAfterMs);

const core = (db: string) =>
  Promise.all([
    query(
      db,
      `select patient_sk, patient_id, nhi_number_hash, family_name, valid_from, valid_to, is_current, source_version_id, source_file_hash, date_extracted from core.dim_patient order by 1`,
    ),
    query(
      db,
      `select appointment_sk, appointment_id, appointment_status, schedule_date, source_file_hash from core.fact_appointments order by 1`,
    ),
    query(db, `select provider_sk, provider_id, valid_from, is_current from core.dim_provider order by 1`),
    query(
      db,
      `select count(*)::int raw_rows, count(distinct ("AppointmentID", _source_file_hash, _source_row_number))::int distinct_rows from raw.indici_appointments`,
    ),
  ]);

t.test('SIGKILL during load and during dbt, then rerun: core identical to a clean run', async (t) => {
  const s3 = await startS3Server();
  t.teardown(() => s3.stop());
  const bucket = 'indici-crash';
  await ensureBucket(s3.client, bucket);
  await uploadBatch(s3.client, bucket, {
    streams: ['patient', 'appointments', 'provider'],
    dateExtracted: '2508181044',
    kind: 'full',
    rows: 3000,
    dirty: { every: 60, kinds: ['ragged', 'duplicate_key'] },
  });
  await uploadBatch(s3.client, bucket, {
    streams: ['patient', 'appointments'],
    dateExtracted: '2508251044',
    kind: 'delta',
    rows: 400,
    firstKey: 2800,
    version: 2,
  });
  const tapCfg = { bucket, endpoint_url: s3.url, mode: 'backfill' };

  const clean = await scratchDb('crash_clean');
  const c = await pipeline(tapCfg, clean);
  t.equal(c.targetCode, 0, 'exit status', { output: c.targetErr.slice(-800) });
  t.equal(await dbtCore(clean), 0);

  const crashed = await scratchDb('crash_killed');
  const batch = { batch_size_rows: 700 };
  let state: Record<string, any> | undefined;
  let kills = 0;
  for (const after of [2, 3, 2]) {
    const r = await pipeline(tapCfg, crashed, state, { target: batch, killTargetAfterStates: after });
    if (r.targetCode === null) kills++;
    state = r.lastState ?? state;
  }
  t.ok(kills >= 2, `target killed mid-load ${kills} times`);
  const finish = await pipeline(tapCfg, crashed, state, { target: batch });
  t.equal(finish.targetCode, 0, 'exit status', { output: finish.targetErr.slice(-800) });
  t.equal(finish.tapCode, 0, 'exit status', { output: finish.tapErr.slice(-800) });

  t.not(await dbtCore(crashed, 2500), 0, 'dbt killed mid-build');
  t.equal(await dbtCore(crashed), 0, 'dbt rerun succeeds');

  const [dimC, factC, provC, rawC] = await core(clean);
  const [dimK, factK, provK, rawK] = await core(crashed);
  t.same(rawK, rawC, 'raw: same rows, none duplicated');
  t.equal((rawK[0] as { raw_rows: number }).raw_rows, (rawK[0] as { distinct_rows: number }).distinct_rows);
  t.same(dimK, dimC, 'dim_patient identical');
  t.same(factK, factC, 'fact_appointments identical');
  t.same(provK, provC, 'dim_provider identical');
});
