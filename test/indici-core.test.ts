// Core from Indici: a delta adds SCD2 versions; loading batches out of order (backfill older after newer)
// gives the same core as loading them in order; NHI exists in core only as a keyed hash.
import t from 'tap';
import { startS3Server, S3_TEST_ENV } from '../sim/s3-server.js';
import { ensureBucket, uploadBatch, CONTRACTS } from '../sim/indici/feed.js';
import { indiciRows } from '../sim/indici/rows.js';
import { query, scratchDb } from './helpers.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { meltano, meltanoEnv } from './meltano.js';

const A = '2508181044';
const B = '2508251044';

async function load(db: string, s3url: string, bucket: string, order: string[]): Promise<void> {
  const env = meltanoEnv({ ...S3_TEST_ENV, TAP_INDICI_S3_BUCKET: bucket, TAP_INDICI_S3_ENDPOINT_URL: s3url, ...pgEnv(db) });
  for (const batch of order) {
    const r = await meltano(['run', 'tap-indici-s3--backfill', 'target-postgres-medi'], {
      ...env,
      TAP_INDICI_S3__BACKFILL_BACKFILL_FROM: batch,
      TAP_INDICI_S3__BACKFILL_BACKFILL_TO: batch,
      TAP_INDICI_S3_BACKFILL_FROM: batch,
      TAP_INDICI_S3_BACKFILL_TO: batch,
    });
    if (r.code !== 0) throw new Error(r.stderr.slice(-3000));
  }
  const d = await meltano(['invoke', 'dbt-postgres', 'run', '--select', '+dim_patient', '+fact_appointments'], env);
  if (d.code !== 0) throw new Error(d.stdout.slice(-3000) + d.stderr.slice(-2000));
}

const snapshot = (db: string) =>
  Promise.all([
    query(
      db,
      `select patient_sk, patient_id, nhi_number_hash, nhi_number_format, family_name, valid_from, valid_to, is_current, source_file_hash, date_extracted from core.dim_patient order by patient_sk`,
    ),
    query(
      db,
      `select appointment_sk, appointment_id, appointment_status, schedule_date, source_file_hash, date_extracted from core.fact_appointments order by appointment_sk`,
    ),
  ]);

t.test('SCD2 from deltas; backfill order does not change core; NHI only hashed', async (t) => {
  const s3 = await startS3Server();
  t.teardown(() => s3.stop());
  const bucket = 'indici-core';
  await ensureBucket(s3.client, bucket);
  // a first delivery is a full load and a delta with the same DateExtracted (fact sheet): keys 1-10 come twice
  // in batch A, at the same row numbers, with different attributes; here each in a folder of its own, which
  // sort the other way round from the file names (full/ after delta/)
  await uploadBatch(s3.client, bucket, {
    streams: ['patient', 'appointments'],
    dateExtracted: A,
    kind: 'full',
    rows: 50,
    prefix: 'indici/full/',
  });
  await uploadBatch(s3.client, bucket, {
    streams: ['patient', 'appointments'],
    dateExtracted: A,
    kind: 'delta',
    rows: 10,
    firstKey: 1,
    version: 3,
    prefix: 'indici/delta/',
  });
  // the delta re-sends keys 41-60 with changed attributes (41-50 existed, 51-60 are new)
  await uploadBatch(s3.client, bucket, {
    streams: ['patient', 'appointments'],
    dateExtracted: B,
    kind: 'delta',
    rows: 20,
    firstKey: 41,
    version: 7,
  });

  const inOrder = await scratchDb('core_in_order');
  await load(inOrder, s3.url, bucket, [A, B]);
  const outOfOrder = await scratchDb('core_out_of_order');
  await load(outOfOrder, s3.url, bucket, [B, A]);

  const [dimIn, factIn] = await snapshot(inOrder);
  const [dimOut, factOut] = await snapshot(outOfOrder);
  t.same(dimOut, dimIn, 'dim_patient identical when the older batch is backfilled after the newer one');
  t.same(factOut, factIn, 'fact_appointments identical too');

  // which of two versions sent in one batch wins must not depend on where the rows happen to lie in raw:
  // rewrite raw in the opposite physical order, rebuild, and core is the same
  for (const table of ['raw.indici_patient', 'raw.indici_appointments']) {
    await query(
      outOfOrder,
      `create temp table flip as select * from ${table} order by _source_file_hash desc, _source_row_number desc;
      truncate ${table}; insert into ${table} select * from flip order by _source_file_hash desc, _source_row_number desc; drop table flip`,
    );
  }
  // in full: the typed staging is incremental and would keep the rows it typed from the old order
  const rebuilt = await meltano(
    ['invoke', 'dbt-postgres', 'run', '--full-refresh', '--select', '+dim_patient', '+fact_appointments'],
    meltanoEnv(pgEnv(outOfOrder)),
  );
  t.equal(rebuilt.code, 0, 'rebuild after reordering raw', { output: rebuilt.stdout.slice(-3000) });
  t.same(await snapshot(outOfOrder), [dimIn, factIn], 'core identical whatever the physical order of raw');
  const [tie] = await query<{ n: number }>(inOrder, `select count(*)::int n from core.dim_patient where patient_id <= 10`);
  t.equal(tie!.n, 10, 'one version per patient and DateExtracted: the full and the delta of one batch make no second version');
  const [fromDelta] = await query<{ n: number }>(
    inOrder,
    `select count(*)::int n from core.dim_patient where patient_id <= 10 and is_current and source_file_hash in
       (select _source_file_hash from raw.indici_patient where _source_uri like '%/indici/delta/%')`,
  );
  t.equal(fromDelta!.n, 10, "batch A's delta wins over its full load by the file name, whatever folders they are in");

  const [counts] = await query<{ rows: number; keys: number; current: number; changed: number }>(
    inOrder,
    `select count(*)::int rows, count(distinct patient_id)::int keys,
    count(*) filter (where is_current)::int current, count(distinct patient_id) filter (where not is_current)::int changed from core.dim_patient`,
  );
  t.equal(counts!.keys, 60);
  t.equal(counts!.current, 60, 'one current row per patient');
  t.ok(
    counts!.changed >= 5 && counts!.changed <= 10,
    `patients 41-50 whose tracked attributes changed got a second version (${counts!.changed})`,
  );
  const [facts] = await query<{ n: number; d: number; b: number }>(
    inOrder,
    `select count(*)::int n, count(distinct appointment_id)::int d, count(*) filter (where date_extracted = '${B}')::int b from core.fact_appointments`,
  );
  t.same(facts, { n: 60, d: 60, b: 20 }, 'facts: unique natural keys, the delta wins for the keys it re-sent');

  // (Indici's own NHI status flags, is_nhi_validate / nhi_status, are not NHI values and stay)
  const cols = await query<{ column_name: string }>(
    inOrder,
    `select column_name from information_schema.columns where table_schema = 'core' and column_name like 'nhi_number%' order by 1`,
  );
  t.same([...new Set(cols.map((c) => c.column_name))], ['nhi_number_format', 'nhi_number_hash'], 'no raw NHI column anywhere in core');
  const [h] = await query<{ ok: boolean }>(
    inOrder,
    `select bool_and(nhi_number_hash ~ '^[0-9a-f]{64}$' and nhi_number_format = 'original') ok from core.dim_patient`,
  );
  t.equal(h!.ok, true, 'HMAC-SHA256 hex; simulated NHIs pass the check digit');
  const [lin] = await query<{ ok: boolean }>(
    inOrder,
    `select bool_and(source_version_id is not null and source_file_hash is not null and date_extracted is not null and load_run_id is not null) ok from core.fact_appointments`,
  );
  t.equal(lin!.ok, true, 'every core row traces to object version, file hash, DateExtracted and load run');
  // in-file timestamps carry no zone: staging reads them as New Zealand time (the server's zone is another)
  const [zone] = await query<{ n: number; same: boolean }>(
    inOrder,
    `select count(c.schedule_date)::int n,
    bool_and(c.schedule_date is not distinct from (nullif(btrim(r."ScheduleDate"), '')::timestamp at time zone 'Pacific/Auckland')) same
    from stg.stg_indici__appointments__checked c join raw.indici_appointments r on r._source_file_hash = c.source_file_hash and r._source_row_number = c.source_row_number`,
  );
  t.ok(zone!.n > 50, `${zone!.n} staged schedule dates compared`);
  t.equal(zone!.same, true, 'every staged timestamp is the raw text read in Pacific/Auckland');

  // a corrected file delivered under the same name (a new object version), twice: the content loaded last
  // wins, not whichever content hash sorts higher
  for (const version of [8, 9]) {
    await uploadBatch(s3.client, bucket, { streams: ['appointments'], dateExtracted: B, kind: 'delta', rows: 20, firstKey: 41, version });
    await load(inOrder, s3.url, bucket, [B]);
    const want = indiciRows(CONTRACTS.appointments!, { dateExtracted: B, firstKey: 41, count: 20, version }).rows;
    const notesAt = CONTRACTS.appointments!.columns.findIndex((c) => c.name === 'notes');
    const got = await query<{ id: number; notes: string | null }>(
      inOrder,
      `select appointment_id::int id, notes from core.fact_appointments where appointment_id between 41 and 60 order by 1`,
    );
    t.same(
      got.map((r) => r.notes),
      want.map((r) => r[notesAt] || null),
      `re-delivery v${version}: core has its content`,
    );
  }

  const beforeRebuild = await snapshot(inOrder);
  // parallel workers per build (transforms/macros/medi_build.sql): a number caps them in the model's own
  // transaction; anything else is refused before a model runs
  const dbt = (workers: string) =>
    meltano(
      ['invoke', 'dbt-postgres', '--debug', 'run', '--select', 'fact_appointments'],
      meltanoEnv({ ...pgEnv(inOrder), MEDI_BUILD_PARALLEL_WORKERS: workers }),
    );
  const capped = await dbt('0');
  t.equal(capped.code, 0, 'exit status', { output: capped.stdout.slice(-2000) });
  t.match(
    capped.stdout,
    /select set_config\('max_parallel_workers_per_gather', least\(0, current_setting\('max_parallel_workers_per_gather'\)::int\)::text, true\)/,
  );
  // JIT is off for each build's transaction unless MEDI_BUILD_JIT says otherwise (it cost more than it saved)
  t.match(capped.stdout, /select set_config\('jit', 'off', true\)/, 'JIT off in the build');
  const refused = await dbt('two');
  t.not(refused.code, 0, 'a value that is no number fails the run');
  t.match(refused.stdout + refused.stderr, /MEDI_BUILD_PARALLEL_WORKERS must be a whole number of workers, or empty; got two/);
  const badJit = await meltano(
    ['invoke', 'dbt-postgres', 'run', '--select', 'fact_appointments'],
    meltanoEnv({ ...pgEnv(inOrder), MEDI_BUILD_JIT: 'sometimes' }),
  );
  t.not(badJit.code, 0, 'a JIT value other than on, off or empty fails the run');
  t.match(badJit.stdout + badJit.stderr, /MEDI_BUILD_JIT must be on, off or empty; got sometimes/);
  t.same(await snapshot(inOrder), beforeRebuild, 'the rebuilt fact is the same');
});
