// `meltano run indici-nightly` against the S3 server: tap → target → dbt staging; every row read is either
// ingested or rejected with a reason, and a rerun changes nothing.
import t from 'tap';
import { startS3Server, S3_TEST_ENV } from '../sim/s3-server.js';
import { ensureBucket, uploadBatch } from '../sim/indici/feed.js';
import { query, scratchDb } from './helpers.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { meltano, meltanoEnv } from './meltano.js';
import { dbtRun } from './pipeline.js';

t.test('meltano run indici-nightly', async (t) => {
  const s3 = await startS3Server();
  t.teardown(() => s3.stop());
  const bucket = 'indici-meltano';
  await ensureBucket(s3.client, bucket);
  await uploadBatch(s3.client, bucket, {
    streams: ['appointments', 'patient', 'provider'],
    dateExtracted: '2508181044',
    kind: 'full',
    rows: 120,
    dirty: { every: 20, kinds: ['ragged', 'bad_date', 'bad_integer', 'unknown_enum', 'missing_key', 'duplicate_key'] },
  });
  const db = await scratchDb('meltano_indici');
  const env = meltanoEnv({ ...S3_TEST_ENV, TAP_INDICI_S3_BUCKET: bucket, TAP_INDICI_S3_ENDPOINT_URL: s3.url, ...pgEnv(db) });
  const run = await meltano(['run', 'indici-nightly'], env);
  t.equal(run.code, 0, 'exit status', { output: run.stderr.slice(-3000) });

  const accounting = await query<{ stream: string; read: number; ingested: number; rejected: number }>(
    db,
    `
    select f.stream, sum(f.rows_read)::int as read,
      (select count(*)::int from stg.stg_indici__appointments__checked c where f.stream = 'indici_appointments' and c.field_errors = '{}')
      + (select count(*)::int from stg.stg_indici__patient__checked c where f.stream = 'indici_patient' and c.field_errors = '{}')
      + (select count(*)::int from stg.stg_indici__provider__checked c where f.stream = 'indici_provider' and c.field_errors = '{}') as ingested,
      (select count(*)::int from stg.stg_indici__appointments__rejects where f.stream = 'indici_appointments')
      + (select count(*)::int from stg.stg_indici__patient__rejects where f.stream = 'indici_patient')
      + (select count(*)::int from stg.stg_indici__provider__rejects where f.stream = 'indici_provider') as rejected
    from etl.load_run_files f where f.status = 'processed' group by f.stream order by f.stream`,
  );
  t.equal(accounting.length, 3);
  for (const a of accounting) {
    t.equal(a.read, 120, `${a.stream}: every row read`);
    t.equal(
      a.ingested + a.rejected,
      a.read,
      `${a.stream}: rows_read (${a.read}) = rows_ingested (${a.ingested}) + rows_rejected (${a.rejected})`,
    );
    t.ok(a.rejected >= 4, `${a.stream}: dirty rows rejected`);
  }
  const reasons = await query<{ reason: string }>(
    db,
    `select distinct jsonb_object_keys(field_errors) || ': ' || (field_errors ->> jsonb_object_keys(field_errors)) as reason from stg.stg_indici__appointments__rejects order by 1`,
  );
  t.same(
    reasons.map((r) => r.reason),
    [
      '_row: row 20 has 63 fields, expected 64',
      'appointment_id: required',
      'appointment_status: not in domain',
      'patient_id: not a valid integer',
      'schedule_date: not a valid timestamp',
    ],
  );
  const codes = await query<{ appointment_status: string; appointment_status_code: string; status_group_code: string }>(
    db,
    `
    select distinct appointment_status, appointment_status_code, status_group_code from core.fact_appointments order by 1`,
  );
  t.same(
    codes,
    [
      { appointment_status: 'Arrived', appointment_status_code: 'arrived', status_group_code: 'in_progress' },
      { appointment_status: 'Booked', appointment_status_code: 'booked', status_group_code: 'upcoming' },
      { appointment_status: 'Cancelled', appointment_status_code: 'cancelled', status_group_code: 'cancelled' },
      { appointment_status: 'Completed', appointment_status_code: 'completed', status_group_code: 'completed' },
      { appointment_status: 'Did Not Arrive', appointment_status_code: 'did_not_arrive', status_group_code: 'did_not_arrive' },
      { appointment_status: 'In Consultation', appointment_status_code: 'in_consultation', status_group_code: 'in_progress' },
    ],
    'status labels mapped to canonical codes through the contract domain (core)',
  );
  const [dups] = await query<{ n: number; d: number }>(
    db,
    `select count(*)::int n, count(distinct (appointment_id, practice_id, per_org_id))::int d from stg.stg_indici__appointments`,
  );
  t.equal(dups!.n, dups!.d, 'staging has one row per natural key');

  // The tap marked the rows that pass every contract check, and staging only cast those: marked rows never
  // end up in rejects, and staging built with every mark cleared (all rows through the SQL checks) is the same.
  const [marks] = await query<{ marked: number; rejected_marked: number }>(
    db,
    `
    select (select count(*)::int from raw.indici_appointments where _source_checked is not null) marked,
      (select count(*)::int from stg.stg_indici__appointments__rejects r join raw.indici_appointments a
        on a._source_file_hash = r.source_file_hash and a._source_row_number = r.source_row_number where a._source_checked is not null) rejected_marked`,
  );
  t.ok(marks!.marked >= 100, `clean rows marked by the tap (${marks!.marked} of 120)`);
  t.equal(marks!.rejected_marked, 0, 'no marked row is rejected');
  const checkedTables = ['appointments', 'patient', 'provider'].map((s) => `stg.stg_indici__${s}__checked`);
  const snapshot = () =>
    Promise.all(
      checkedTables.map((tb) => query(db, `select to_jsonb(c) - 'typed_at' row from ${tb} c order by source_file_hash, source_row_number`)),
    );
  const withMarks = await snapshot();
  for (const s of ['appointments', 'patient']) await query(db, `update raw.indici_${s} set _source_checked = null`);
  // a raw table from before the marks existed has no such column at all: staging reads it as NULL
  await query(db, `alter table raw.indici_provider drop column _source_checked`);
  t.equal(
    await dbtRun(
      db,
      checkedTables.map((tb) => tb.replace('stg.', '')),
      undefined,
      { fullRefresh: true },
    ),
    0,
    'staging rebuilt without marks',
  );
  t.same(await snapshot(), withMarks, 'staging is identical whether rows were checked by the tap or by SQL');

  const before = await query(db, `select count(*)::int n from raw.indici_appointments`);
  const again = await meltano(['run', 'indici-nightly'], env);
  t.equal(again.code, 0, 'exit status', { output: again.stderr.slice(-2000) });
  t.same(await query(db, `select count(*)::int n from raw.indici_appointments`), before, 'rerun: nothing new in raw');
  const [latest] = await query<{ rows_loaded: number }>(db, `select rows_loaded::int from etl.load_runs order by started_at desc limit 1`);
  t.equal(latest!.rows_loaded, 0, 'rerun wrote no rows');
});
