// The typed staging (stg_indici__*__checked) is incremental: each scheduled build types only the raw rows
// landed since the last one. Checked here, through meltano and scripts/dbt as a schedule runs them: rows
// already typed are not touched again, every raw row is typed exactly once, and after a full load, a delta and
// an older batch backfilled last and a file reprocessed, staging, rejects and core (an SCD2 dimension and two
// incremental facts) are what a full rebuild gives. A table typed by
// another version of the model is refused, and scripts/dbt rebuilds in full by itself when the project changed.
import t from 'tap';
import { startS3Server, S3_TEST_ENV } from '../sim/s3-server.js';
import { ensureBucket, uploadBatch } from '../sim/indici/feed.js';
import { query, scratchDb } from './helpers.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { meltano, meltanoEnv } from './meltano.js';

const A = '2508111044';
const B = '2508181044';
const OLDER = '2508041044';
const STREAMS = ['patient', 'appointments', 'invoices'];

t.test('incremental typed staging equals a full rebuild; other versions are refused; a changed project rebuilds', async (t) => {
  const s3 = await startS3Server();
  t.teardown(() => s3.stop());
  const bucket = 'indici-incremental';
  await ensureBucket(s3.client, bucket);
  const db = await scratchDb('indici_incremental');
  const env = meltanoEnv({ ...S3_TEST_ENV, TAP_INDICI_S3_BUCKET: bucket, TAP_INDICI_S3_ENDPOINT_URL: s3.url, ...pgEnv(db) });
  const nightly = async (what: string) => {
    const r = await meltano(['run', 'indici-nightly'], env);
    t.equal(r.code, 0, what, { output: (r.stdout + r.stderr).slice(-3000) });
    return r.stdout + r.stderr;
  };
  const typedOnce = async (what: string) => {
    for (const s of STREAMS) {
      const [c] = await query<{ raw: number; typed: number; distinct_rows: number }>(
        db,
        `select
          (select count(*)::int from raw.indici_${s}) as raw,
          (select count(*)::int from stg.stg_indici__${s}__checked) as typed,
          (select count(distinct (load_run_id, source_uri, source_version_id, source_file_hash, source_row_number))::int from stg.stg_indici__${s}__checked) as distinct_rows`,
      );
      t.same(c, { raw: c!.raw, typed: c!.raw, distinct_rows: c!.raw }, `${what}: every raw ${s} row typed exactly once (${c!.raw})`);
    }
  };

  await uploadBatch(s3.client, bucket, {
    streams: STREAMS,
    dateExtracted: A,
    kind: 'full',
    rows: 40,
    dirty: { every: 9, kinds: ['bad_date', 'missing_key', 'duplicate_key'] },
  });
  t.match(await nightly('first night: full load'), /rebuilding incremental models in full/, 'the first recorded build starts from scratch');
  await typedOnce('after the full load');
  const firstRows = await query<{ xmin: string }>(
    db,
    `select xmin::text from stg.stg_indici__appointments__checked order by source_row_number`,
  );
  const factXmin = () =>
    query<{ id: number; xmin: string }>(db, `select appointment_id::int as id, xmin::text from core.fact_appointments order by 1`);
  const factBefore = await factXmin();
  // the SCD2 dimension and the rejects are incremental too: rows of keys (files) no later delivery names stay as written
  const dimXmin = () =>
    query<{ id: number; xmin: string }>(db, `select patient_id::int as id, xmin::text from core.dim_patient order by 1, valid_from`);
  const dimBefore = await dimXmin();
  const rejectsBefore = await query<{ xmin: string }>(db, `select xmin::text from stg.stg_indici__appointments__rejects`);
  t.ok(rejectsBefore.length > 0, `the full load has appointment rejects (${rejectsBefore.length})`);

  // a delta, then an older batch backfilled after it
  await uploadBatch(s3.client, bucket, {
    streams: STREAMS,
    dateExtracted: B,
    kind: 'delta',
    rows: 12,
    firstKey: 35,
    version: 2,
    dirty: { every: 5, kinds: ['bad_integer'] },
  });
  t.notMatch(await nightly('second night: a delta'), /rebuilding incremental models in full/, 'an unchanged project builds incrementally');
  const [kept] = await query<{ n: number }>(
    db,
    `select count(*)::int n from stg.stg_indici__appointments__checked where xmin::text = any($1)`,
    [firstRows.map((r) => r.xmin)],
  );
  t.equal(kept!.n, firstRows.length, 'rows typed by the first build are not typed again');
  const factAfter = new Map((await factXmin()).map((r) => [r.id, r.xmin]));
  const rewritten = factBefore.filter((r) => factAfter.get(r.id) !== r.xmin).map((r) => r.id);
  t.ok(
    rewritten.length > 0 && rewritten.every((id) => id >= 35),
    `only the keys the delta sent were rewritten in the fact (${rewritten.join(', ')})`,
  );
  const dimAfter = await dimXmin();
  const dimRewritten = [...new Set(dimBefore.filter((r) => !dimAfter.some((a) => a.id === r.id && a.xmin === r.xmin)).map((r) => r.id))];
  t.ok(
    dimRewritten.length > 0 && dimRewritten.every((id) => id >= 35),
    `only the keys the delta sent were rebuilt in dim_patient (${dimRewritten.join(', ')})`,
  );
  const [rejectsKept] = await query<{ n: number; all: number }>(
    db,
    `select count(*) filter (where xmin::text = any($1))::int as n, count(*)::int as all from stg.stg_indici__appointments__rejects`,
    [rejectsBefore.map((r) => r.xmin)],
  );
  t.ok(
    rejectsKept!.n === rejectsBefore.length && rejectsKept!.all > rejectsKept!.n,
    `the full load's rejects were kept as written (${rejectsKept!.n}) and the delta's appended (${rejectsKept!.all - rejectsKept!.n})`,
  );
  const [marks] = await query<{ dim: string; rejects: string }>(
    db,
    `select obj_description('core.dim_patient'::regclass, 'pg_class') as dim,
       obj_description('stg.stg_indici__appointments__rejects'::regclass, 'pg_class') as rejects`,
  );
  t.match(
    marks,
    { dim: /^dim_patient\|since=[^|]+\|typed=\d{4}-/, rejects: /^stg_indici__appointments__rejects\|since=[^|]+\|typed=\d{4}-/ },
    'both keep the marks their next build reads from',
  );
  await uploadBatch(s3.client, bucket, { streams: STREAMS, dateExtracted: OLDER, kind: 'delta', rows: 8, firstKey: 1, version: 5 });
  await nightly('third night: an older batch, backfilled');
  await typedOnce('after the delta and the backfill');

  // recovery: the full load's appointments file read again (its raw rows are replaced in one transaction)
  const [fullFile] = await query<{ key: string }>(
    db,
    `select _source_key as key from raw.indici_appointments where _source_date_extracted = $1 limit 1`,
    [A],
  );
  const reprocess = await meltano(['run', 'indici-nightly'], { ...env, TAP_INDICI_S3__NIGHTLY_REPROCESS: JSON.stringify([fullFile!.key]) });
  t.equal(reprocess.code, 0, 'a night with a reprocess', { output: (reprocess.stdout + reprocess.stderr).slice(-3000) });
  const [replaced] = await query<{ n: number }>(
    db,
    `select reprocessed_count::int n from etl.load_run_files where source_uri like '%' || $1`,
    [fullFile!.key],
  );
  t.equal(replaced!.n, 1, 'the file was reprocessed');
  await typedOnce('after the reprocess');

  const snapshot = () =>
    Promise.all([
      ...STREAMS.map((s) =>
        query(
          db,
          `select to_jsonb(c) - 'loaded_at' - 'typed_at' as row from stg.stg_indici__${s}__checked c order by source_file_hash, source_row_number, load_run_id`,
        ),
      ),
      ...STREAMS.map((s) =>
        query(
          db,
          `select to_jsonb(r) - 'loaded_at' as row from stg.stg_indici__${s}__rejects r order by source_file_hash, source_row_number, load_run_id`,
        ),
      ),
      query(db, `select to_jsonb(d) as row from core.dim_patient d order by patient_sk`),
      query(db, `select to_jsonb(f) - 'typed_at' as row from core.fact_appointments f order by appointment_sk`),
      query(db, `select to_jsonb(f) - 'typed_at' as row from core.fact_invoices f order by invoice_sk`),
    ]);
  const incremental = await snapshot();
  t.ok(
    incremental.every((rows) => rows.length > 0),
    'there are typed rows, rejects and core rows of each to compare',
  );
  const full = await meltano(['invoke', 'dbt-postgres', 'run', '--full-refresh'], { ...env, MEDI_DBT_ALWAYS: '1' });
  t.equal(full.code, 0, 'full rebuild', { output: full.stdout.slice(-2000) });
  t.same(await snapshot(), incremental, 'staging, rejects and core are what a full rebuild gives');

  // rows typed by another version of the model (here: another signature) are never appended to
  await query(db, `comment on table stg.stg_indici__appointments__checked is 'medi:0000000000000000|Pacific/Auckland'`);
  const refused = await meltano(['invoke', 'dbt-postgres', 'run', '--select', 'stg_indici__appointments__checked'], {
    ...env,
    MEDI_DBT_ALWAYS: '1',
  });
  t.not(refused.code, 0, 'an incremental build over another version fails');
  t.match(
    refused.stdout + refused.stderr,
    /holds rows typed by another version of this model.*dbt run --full-refresh --select stg_indici__appointments__checked\+/s,
    'and says how to rebuild',
  );

  // a schedule after the project changed rebuilds by itself (the recorded project hash stands for the change)
  await query(db, `update etl.config set value = jsonb_set(value, '{project}', '"an older project"') where key = 'dbt_last_build'`);
  const rebuilt = await nightly('a night after the project changed');
  t.match(rebuilt, /rebuilding incremental models in full/, 'scripts/dbt rebuilds in full');
  const [comment] = await query<{ c: string }>(
    db,
    `select obj_description('stg.stg_indici__appointments__checked'::regclass, 'pg_class') as c`,
  );
  t.match(
    comment!.c,
    /^medi:[0-9a-f]{16}\|Pacific\/Auckland\|since=[^|]+$/,
    "the table carries this model's signature again, and the bound its next build reads raw from",
  );
  t.same(await snapshot(), incremental, 'and the same content');

  // a night with nothing new: the build step says so and ends before dbt starts (and before the build lock)
  const idle = await nightly('a night with nothing new');
  t.match(idle, /nothing loaded since the last successful build and the project is unchanged; skipping run/, 'dbt is skipped');
  t.notMatch(idle, /Running with dbt|another build holds/, 'dbt never started, no lock was waited for');
  t.same(await snapshot(), incremental, 'nothing changed');

  // one typed staging rebuilt alone types every row again; the rejects built after it hold each reject once
  const alone = await meltano(['invoke', 'dbt-postgres', 'run', '--full-refresh', '--select', 'stg_indici__appointments__checked'], {
    ...env,
    MEDI_DBT_ALWAYS: '1',
  });
  t.equal(alone.code, 0, 'the appointments typed staging rebuilt alone', { output: alone.stdout.slice(-2000) });
  const after = await meltano(['invoke', 'dbt-postgres', 'run', '--select', 'stg_indici__appointments__rejects'], {
    ...env,
    MEDI_DBT_ALWAYS: '1',
  });
  t.equal(after.code, 0, 'then its rejects, incrementally', { output: after.stdout.slice(-2000) });
  const [once] = await query<{ rows: number; distinct_rows: number }>(
    db,
    `select count(*)::int as rows,
       count(distinct (load_run_id, source_uri, source_version_id, source_file_hash, source_row_number))::int as distinct_rows
     from stg.stg_indici__appointments__rejects`,
  );
  t.equal(once!.rows, once!.distinct_rows, `each reject once (${once!.rows})`);
  t.same(await snapshot(), incremental, 'and staging, rejects and core as before');
});
