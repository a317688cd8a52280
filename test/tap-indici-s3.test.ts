// tap-indici-s3 end to end against a real S3-API server (moto, versioning on) and real PostgreSQL:
// tap | target, rerun with and without state, a malformed file failing alone, mode latest vs backfill.
import t from 'tap';
import { CreateBucketCommand, DeleteObjectCommand, ListObjectVersionsCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startS3Server, S3_TEST_ENV, type S3Server } from '../sim/s3-server.js';
import { ensureBucket, uploadBatch, encodeFile, fileName, CONTRACTS } from '../sim/indici/feed.js';
import { indiciRows } from '../sim/indici/rows.js';
import { configFile, query, ROOT, scratchDb } from './helpers.js';
import { pipeline } from './pipeline.js';

let s3: S3Server;
t.before(async () => {
  s3 = await startS3Server();
});
t.teardown(async () => {
  await s3.stop();
});

t.test('full + delta batches, dirty rows, both layouts; reruns never duplicate', async (t) => {
  const bucket = 'indici-e2e';
  await ensureBucket(s3.client, bucket);
  // first delivery: full load (UTF-16LE, production separators) with ragged rows and bad dates
  await uploadBatch(s3.client, bucket, {
    streams: ['appointments', 'patient'],
    dateExtracted: '2508181044',
    kind: 'full',
    rows: 200,
    dirty: { every: 40, kinds: ['ragged', 'bad_date'] },
  });
  // a week later: a delta in UTF-8 with the e-mail's separators, updating keys 190-209
  await uploadBatch(s3.client, bucket, {
    streams: ['appointments'],
    dateExtracted: '2508251044',
    kind: 'delta',
    rows: 20,
    firstKey: 190,
    version: 1,
    encoding: 'utf8',
    layout: 'email',
  });
  const db = await scratchDb('indici_e2e');
  const cfg = { bucket, endpoint_url: s3.url, mode: 'backfill' };

  const first = await pipeline(cfg, db);
  t.equal(first.tapCode, 0, 'exit status', { output: first.tapErr.slice(-1500) });
  t.equal(first.targetCode, 0, 'exit status', { output: first.targetErr.slice(-1500) });
  t.match(
    first.tapErr,
    /METRIC: \{"type":"timer","metric":"http_request_duration","value":[\d.]+,"tags":\{"endpoint":"ListObjectVersionsCommand","http_status_code":200/,
    'S3 calls reported as http_request_duration',
  );
  t.match(
    first.tapErr,
    /METRIC: \{"type":"counter","metric":"record_count","value":217,"tags":\{"stream":"indici_appointments"\}\}/,
    'record_count per stream',
  );
  const [raw] = await query<{ appts: number; patients: number; tap_rejects: number }>(
    db,
    `select
    (select count(*)::int from raw.indici_appointments) appts, (select count(*)::int from raw.indici_patient) patients,
    (select count(*)::int from raw.indici_rejected_rows) tap_rejects`,
  );
  // every 40th row is dirty, alternating ragged / bad date: 3 ragged rows per 200-row file
  t.same(raw, { appts: 197 + 20, patients: 197, tap_rejects: 6 }, 'ragged rows are rejected by the tap, every other row lands');
  const files = await query(
    db,
    `select stream, status, rows_read::int, rows_rejected::int, rows_ingested::int from etl.load_run_files where stream <> 'indici_rejected_rows' order by stream, rows_read desc`,
  );
  t.same(
    files,
    [
      { stream: 'indici_appointments', status: 'processed', rows_read: 200, rows_rejected: 3, rows_ingested: 197 },
      { stream: 'indici_appointments', status: 'processed', rows_read: 20, rows_rejected: 0, rows_ingested: 20 },
      { stream: 'indici_patient', status: 'processed', rows_read: 200, rows_rejected: 3, rows_ingested: 197 },
    ],
    'rows_read = rows_ingested + rows_rejected per file',
  );
  const [lineage] = await query<{ n: number }>(
    db,
    `select count(*)::int n from raw.indici_appointments where _source_file_hash ~ '^[0-9a-f]{64}$' and _source_version_id is not null and _source_row_number > 0 and _source_date_extracted in ('2508181044','2508251044') and _source_per_org_id = '685146' and "LoadedDateTime" is not null`,
  );
  t.equal(lineage!.n, 217, 'every row carries version id, sha256, DateExtracted, PerOrgID, row number');
  const [enc] = await query<{ n: number }>(
    db,
    `select count(*)::int n from raw.indici_appointments where "AppointmentID" ~ '^[0-9]+$' and "PerOrgID" = '685146'`,
  );
  t.equal(enc!.n, 217, 'UTF-16 and UTF-8 files, both separator layouts, decode to the same columns');
  const objects = await query<{ decision: string; n: number }>(
    db,
    `select decision, count(*)::int n from raw.indici_s3_objects group by 1`,
  );
  t.same(objects, [{ decision: 'read', n: 3 }], 'every object considered is recorded with its decision');

  // same batch again with the state Meltano would pass: nothing is read
  const second = await pipeline(cfg, db, first.lastState);
  t.equal(second.tapCode, 0);
  t.equal(second.records, 0, 'nothing is re-sent: no file rows, no repeated inventory decisions');
  // state lost: the files are read again, and the target skips every committed row
  const third = await pipeline(cfg, db);
  t.equal(third.targetCode, 0, 'exit status', { output: third.targetErr.slice(-800) });
  const [after] = await query<{ appts: number; rejects: number }>(
    db,
    `select (select count(*)::int from raw.indici_appointments) appts, (select count(*)::int from raw.indici_rejected_rows) rejects`,
  );
  t.same(after, { appts: 217, rejects: 6 }, 'no duplicates anywhere after a rerun without state');
  const [run] = await query<{ rows_skipped: number; rows_loaded: number }>(
    db,
    `select rows_skipped::int, rows_loaded::int from etl.load_runs order by started_at desc limit 1`,
  );
  // without state the tap cannot know which inventory decisions it recorded, so those 3 rows are re-recorded
  t.same(run, { rows_skipped: 217 + 197 + 6, rows_loaded: 3 }, 'stable audit counts: the rerun skipped every data row');
});

t.test('a malformed file fails alone, loudly, with its name; the others load', async (t) => {
  const bucket = 'indici-bad';
  await ensureBucket(s3.client, bucket);
  await uploadBatch(s3.client, bucket, { streams: ['appointments'], dateExtracted: '2509011044', kind: 'full', rows: 30 });
  // a Vaccine file (13 fields) under the Invoices name (28 fields): fits neither layout
  const bad = `indici/${fileName('Invoices', '2509011044', 'full')}`;
  await s3.client.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: bad,
      Body: encodeFile(indiciRows(CONTRACTS.vaccine!, { dateExtracted: '2509011044', firstKey: 1, count: 30 }).rows),
    }),
  );
  const db = await scratchDb('indici_bad');
  const run = await pipeline({ bucket, endpoint_url: s3.url }, db);
  t.equal(run.tapCode, 1, 'the run does not look clean');
  t.match(run.tapErr, new RegExp(`s3://${bucket}/${bad}: fits neither layout for 28 fields`), 'the error names the file');
  t.equal(run.targetCode, 0, 'what was read is committed');
  const [n] = await query<{ appts: number }>(db, `select count(*)::int appts from raw.indici_appointments`);
  t.equal(n!.appts, 30);
  const failed = await query(db, `select status, rows_read::int from etl.load_run_files where status = 'failed'`);
  t.same(failed, [{ status: 'failed', rows_read: 0 }], 'the bad file is recorded as failed');
  // file_failures continue (the nightly job's tap): the same, but exit 0 so the job's transform runs
  const cont = await pipeline({ bucket, endpoint_url: s3.url, file_failures: 'continue' }, db, run.lastState);
  t.equal(cont.tapCode, 0, 'continue: exit 0');
  t.match(cont.tapErr, new RegExp(`file failed: s3://${bucket}/${bad}: fits neither layout`), 'still logged as an error, by name');
  t.match(cont.tapErr, /file_failures is continue: exit 0; each is recorded as failed in etl.load_run_files and read again next run/);
});

t.test('empty extracts (0 bytes, a BOM alone) and BOM-less UTF-16 files load: no rows is not an error', async (t) => {
  const bucket = 'indici-empty';
  await ensureBucket(s3.client, bucket);
  const de = '2509021044';
  await s3.client.send(new PutObjectCommand({ Bucket: bucket, Key: `indici/${fileName('Vaccine', de, 'delta')}`, Body: Buffer.alloc(0) }));
  await s3.client.send(
    new PutObjectCommand({ Bucket: bucket, Key: `indici/${fileName('Medicine', de, 'delta')}`, Body: Buffer.from([0xff, 0xfe]) }),
  );
  // production layout in UTF-16LE without its byte-order mark
  const withBom = encodeFile(indiciRows(CONTRACTS.appointments!, { dateExtracted: de, firstKey: 1, count: 12 }).rows);
  t.same([...withBom.subarray(0, 2)], [0xff, 0xfe], 'the simulator writes a BOM, which this case removes');
  await s3.client.send(
    new PutObjectCommand({ Bucket: bucket, Key: `indici/${fileName('Appointments', de, 'delta')}`, Body: withBom.subarray(2) }),
  );
  const db = await scratchDb('indici_empty');
  const run = await pipeline({ bucket, endpoint_url: s3.url }, db);
  t.equal(run.tapCode, 0, 'tap exit code', { stderr: run.tapErr.slice(-1500) });
  t.equal(run.targetCode, 0, 'target exit code');
  const files = await query(db, `select stream, status, rows_read::int from etl.load_run_files order by stream`);
  t.same(
    files,
    [
      { stream: 'indici_appointments', status: 'processed', rows_read: 12 },
      { stream: 'indici_medicine', status: 'processed', rows_read: 0 },
      { stream: 'indici_vaccine', status: 'processed', rows_read: 0 },
    ],
    'every file processed; the empty ones with no rows',
  );
  const [n] = await query<{ appts: number }>(db, `select count(*)::int appts from raw.indici_appointments`);
  t.equal(n!.appts, 12, 'the BOM-less UTF-16 file loaded every row');
});

t.test('state keeps only the files still in the bucket: a deleted object version leaves it, nothing is re-read', async (t) => {
  const bucket = 'indici-forget';
  await ensureBucket(s3.client, bucket);
  await uploadBatch(s3.client, bucket, { streams: ['vaccine'], dateExtracted: '2509011044', kind: 'full', rows: 3 });
  await uploadBatch(s3.client, bucket, { streams: ['vaccine'], dateExtracted: '2509081044', kind: 'delta', rows: 2 });
  const db = await scratchDb('indici_forget');
  const cfg = { bucket, endpoint_url: s3.url, mode: 'backfill' };
  const first = await pipeline(cfg, db);
  t.equal(first.tapCode, 0, 'exit status', { output: first.tapErr.slice(-800) });
  const units = (state: Record<string, any> | undefined, stream: string): string[] => state?.bookmarks?.[stream]?.processed ?? [];
  t.equal(units(first.lastState, 'indici_vaccine').length, 2, 'both files kept as processed');
  t.equal(units(first.lastState, 'indici_s3_objects').length, 2, 'both decisions kept');
  // the older delivery is removed for good (its version deleted, not hidden behind a delete marker)
  const older = fileName('Vaccine', '2509011044', 'full');
  const listed = await s3.client.send(new ListObjectVersionsCommand({ Bucket: bucket, Prefix: `indici/${older}` }));
  for (const v of listed.Versions ?? [])
    await s3.client.send(new DeleteObjectCommand({ Bucket: bucket, Key: v.Key!, VersionId: v.VersionId! }));
  const second = await pipeline(cfg, db, first.lastState);
  t.equal(second.tapCode, 0, 'exit status', { output: second.tapErr.slice(-800) });
  t.equal(second.records, 0, 'nothing re-read');
  t.same(
    units(second.lastState, 'indici_vaccine'),
    units(first.lastState, 'indici_vaccine').filter((u) => !u.includes(older)),
    'the deleted file left the state; the other stayed',
  );
  t.equal(units(second.lastState, 'indici_s3_objects').length, 1, 'its decision too');
  t.match(second.tapErr, /stream indici_vaccine: 1 processed source units no longer at the source, dropped from state/);
});

t.test('mode latest reads only the newest batch per extract type; superseded versions are skipped', async (t) => {
  const bucket = 'indici-latest';
  await ensureBucket(s3.client, bucket);
  await uploadBatch(s3.client, bucket, { streams: ['vaccine'], dateExtracted: '2509011044', kind: 'full', rows: 5 });
  await uploadBatch(s3.client, bucket, { streams: ['vaccine'], dateExtracted: '2509081044', kind: 'delta', rows: 7 });
  // the newest key is re-uploaded (a corrected delivery): only its latest version counts
  await uploadBatch(s3.client, bucket, { streams: ['vaccine'], dateExtracted: '2509081044', kind: 'delta', rows: 8 });
  // files no contract can read: a wrongly cased token, an unknown one, a name that is no extract name
  for (const key of [
    `indici/${fileName('vaccine', '2509081044', 'delta')}`,
    `indici/${fileName('AppointmentMedicaitons', '2509081044', 'delta')}`,
    'indici/readme.txt',
  ]) {
    await s3.client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: 'x' }));
  }
  const db = await scratchDb('indici_latest');
  const run = await pipeline({ bucket, endpoint_url: s3.url, mode: 'latest' }, db);
  t.equal(run.tapCode, 0, 'exit status', { output: run.tapErr.slice(-800) });
  t.same(await query(db, `select count(*)::int n from raw.indici_vaccine`), [{ n: 8 }]);
  const decisions = await query<{ reason: string }>(
    db,
    `select reason from raw.indici_s3_objects where decision = 'skipped' order by reason`,
  );
  t.match(
    decisions.map((d) => d.reason),
    [
      /extract type AppointmentMedicaitons has no contract$/,
      /extract type vaccine has no contract \(tokens are case-sensitive: did the supplier mean Vaccine\?\)/,
      /indici\/readme.txt: not an Indici extract name/,
      /older batch than 2509081044/,
      /superseded by a newer version/,
    ],
  );
  // their rows are in neither raw nor rejects, so each is named in the log, not only in the inventory
  for (const what of [
    /not loaded: s3:\/\/indici-latest\/indici\/685146_535_vaccine_\S+ \(version [^)]+\): extract type vaccine has no contract/,
    /not loaded: s3:\/\/indici-latest\/indici\/685146_535_AppointmentMedicaitons_/,
    /not loaded: s3:\/\/indici-latest\/indici\/readme.txt/,
  ]) {
    t.match(run.tapErr, what);
  }
  // so is the older batch latest skips although it was never loaded
  t.match(
    run.tapErr,
    /mode latest: 1 file\(s\) of older batches were never loaded and are skipped: s3:\/\/indici-latest\/indici\/685146_535_Vaccine_\d+_\d+_2509011044; mode incremental/,
  );
});

t.test(
  'Provider without its second RegisterationNo, PatientAlerts without its second IsDeleted (may_be_absent): every row lands, columns aligned',
  async (t) => {
    const bucket = 'indici-absent';
    await ensureBucket(s3.client, bucket);
    const cases = [
      ['provider', 'registeration_no_2', 'lab_no'],
      ['patient_alerts', 'is_deleted_2', 'inserted_by_id'],
    ] as const;
    for (const [stream, gone] of cases) {
      const c = CONTRACTS[stream]!;
      const at = c.columns.findIndex((x) => x.name === gone);
      const { rows } = indiciRows(c, { dateExtracted: '2509011044', firstKey: 1, count: 12 });
      const short = rows.map((r) => r.filter((_, j) => j !== at));
      short[5]!.pop(); // and one row short by one more: ragged, rejected with its text
      await s3.client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: `indici/${fileName(c.source_format!.file_token!, '2509011044', 'full')}`,
          Body: encodeFile(short),
        }),
      );
    }
    const db = await scratchDb('indici_absent');
    const run = await pipeline({ bucket, endpoint_url: s3.url }, db);
    t.equal(run.tapCode, 0, 'exit status', { output: run.tapErr.slice(-800) });
    t.equal(run.targetCode, 0, 'exit status', { output: run.targetErr.slice(-800) });
    for (const [stream, gone, next] of cases) {
      const c = CONTRACTS[stream]!;
      const col = (n: string) => `"${c.columns.find((x) => x.name === n)!.source}"`;
      const at = c.columns.findIndex((x) => x.name === gone);
      const want = indiciRows(c, { dateExtracted: '2509011044', firstKey: 1, count: 12 }).rows;
      const got = await query<{ n: number; gone: string | null; next: string; before: string }>(
        db,
        `select _source_row_number::int n, ${col(gone)} gone, ${col(next)} next, ${col(c.columns[at - 1]!.name)} before from raw.indici_${stream} order by 1`,
      );
      t.same(
        got.map((r) => r.n),
        [1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12],
        `${stream}: every row but the ragged one lands`,
      );
      t.ok(
        got.every((r) => r.gone === null),
        `${stream}: ${gone} is NULL`,
      );
      t.same(
        got.map((r) => [r.before, r.next]),
        got.map((r) => [want[r.n - 1]![at - 1], want[r.n - 1]![at + 1]]),
        `${stream}: the fields either side of it are in their own columns`,
      );
      t.match(run.tapErr, new RegExp(`11 row\\(s\\) without ${gone} \\(may_be_absent\\)`));
    }
    const rejects = await query<{ reason: string }>(db, `select reason from raw.indici_rejected_rows order by 1`);
    t.same(
      rejects.map((r) => r.reason),
      [
        'row 6 has 120 fields, expected 122 (or 121 without registeration_no_2)',
        'row 6 has 31 fields, expected 33 (or 32 without is_deleted_2)',
      ],
    );

    // a Patient file that ends where the other lists end, at PerOrgId, LoadedDateTime (197 of 220 fields)
    const p = CONTRACTS.patient!;
    const rows = indiciRows(p, { dateExtracted: '2509011044', firstKey: 1, count: 9 }).rows;
    await s3.client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: `indici/${fileName('Patient', '2509011044', 'full')}`,
        Body: encodeFile(rows.map((r) => r.slice(0, 197))),
      }),
    );
    const again = await pipeline({ bucket, endpoint_url: s3.url }, db, run.lastState);
    t.equal(again.tapCode, 0, 'exit status', { output: again.tapErr.slice(-800) });
    const [pt] = await query<{ n: number; trailing_null: boolean }>(
      db,
      `select count(*)::int n,
    bool_and(num_nulls(${p.columns
      .slice(197)
      .map((c) => `"${c.source}"`)
      .join(', ')}) = 23) trailing_null from raw.indici_patient`,
    );
    t.same(pt, { n: 9, trailing_null: true }, 'patient: 197-field rows land with the 23 later columns NULL');
    const loaded = await query<{ v: string }>(db, `select "LoadedDateTime" v from raw.indici_patient order by _source_row_number`);
    t.same(
      loaded.map((r) => r.v),
      rows.map((r) => r[196]),
      'LoadedDateTime (field 197) in its own column',
    );
  },
);

t.test('a bucket without versioning (version id "null"): each content is read once, an overwrite is read again', async (t) => {
  const bucket = 'indici-unversioned';
  await s3.client.send(new CreateBucketCommand({ Bucket: bucket, CreateBucketConfiguration: { LocationConstraint: 'ap-southeast-2' } }));
  const key = `indici/${fileName('Vaccine', '2509011044', 'full')}`;
  const put = (version: number) =>
    s3.client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: encodeFile(indiciRows(CONTRACTS.vaccine!, { dateExtracted: '2509011044', firstKey: 1, count: 6, version }).rows),
      }),
    );
  await put(0);
  const db = await scratchDb('indici_unversioned');
  const first = await pipeline({ bucket, endpoint_url: s3.url }, db);
  t.equal(first.tapCode, 0, 'exit status', { output: first.tapErr.slice(-800) });
  const again = await pipeline({ bucket, endpoint_url: s3.url }, db, first.lastState);
  t.equal(again.records, 0, 'a rerun sends nothing');
  const lost = await pipeline({ bucket, endpoint_url: s3.url }, db);
  t.equal(lost.targetCode, 0);
  t.same(
    await query(db, `select count(*)::int n from raw.indici_vaccine`),
    [{ n: 6 }],
    'nor does a rerun without state land anything twice',
  );
  await put(5); // the same name overwritten with corrected content
  const third = await pipeline({ bucket, endpoint_url: s3.url }, db, first.lastState);
  t.equal(third.streams['indici_vaccine'], 6, 'the overwrite is read');
  t.same(
    await query(
      db,
      `select count(distinct _source_file_hash)::int hashes, count(*)::int n, min(_source_version_id) v from raw.indici_vaccine`,
    ),
    [{ hashes: 2, n: 12, v: 'null' }],
  );
});

t.test('mode incremental (the default): every batch not loaded yet, oldest first; the next run reads only what is new', async (t) => {
  const bucket = 'indici-incremental';
  await ensureBucket(s3.client, bucket);
  // a first run over weeks of deliveries: a full load and two deltas, none loaded yet
  const batches = ['2509011044', '2509081044', '2509151044'];
  await uploadBatch(s3.client, bucket, { streams: ['vaccine'], dateExtracted: batches[0]!, kind: 'full', rows: 5 });
  await uploadBatch(s3.client, bucket, {
    streams: ['vaccine'],
    dateExtracted: batches[1]!,
    kind: 'delta',
    rows: 3,
    firstKey: 4,
    version: 1,
  });
  await uploadBatch(s3.client, bucket, {
    streams: ['vaccine'],
    dateExtracted: batches[2]!,
    kind: 'delta',
    rows: 2,
    firstKey: 6,
    version: 2,
  });
  const db = await scratchDb('indici_incremental');
  const first = await pipeline({ bucket, endpoint_url: s3.url }, db);
  t.equal(first.tapCode, 0, 'exit status', { output: first.tapErr.slice(-800) });
  t.same(
    await query(db, `select _source_date_extracted de, count(*)::int n from raw.indici_vaccine group by 1 order by 1`),
    batches.map((de, i) => ({ de, n: [5, 3, 2][i] })),
    'every batch loaded',
  );
  const loaded = batches.map((de) =>
    first.tapErr.search(new RegExp(`file loaded: s3://${bucket}/indici/685146_535_Vaccine_\\d+_\\d+_${de}`)),
  );
  t.ok(
    loaded.every((at, i) => at > 0 && (i === 0 || at > loaded[i - 1]!)),
    'oldest batch first',
  );
  // a week later: only the new delivery is read
  await uploadBatch(s3.client, bucket, {
    streams: ['vaccine'],
    dateExtracted: '2509221044',
    kind: 'delta',
    rows: 4,
    firstKey: 1,
    version: 3,
  });
  const second = await pipeline({ bucket, endpoint_url: s3.url }, db, first.lastState);
  t.equal(second.tapCode, 0, 'exit status', { output: second.tapErr.slice(-800) });
  t.equal(second.streams['indici_vaccine'], 4, "the second run sends the new file's rows only");
  t.same(await query(db, `select count(*)::int n from raw.indici_vaccine`), [{ n: 14 }]);
});

t.test('reprocess override: a processed file loads again once, replacing its rows; concurrency 1 = 8', async (t) => {
  const bucket = 'indici-reprocess';
  await ensureBucket(s3.client, bucket);
  const keys = await uploadBatch(s3.client, bucket, {
    streams: ['vaccine', 'medicine', 'provider'],
    dateExtracted: '2509011044',
    kind: 'full',
    rows: 30,
    dirty: { every: 10, kinds: ['ragged'] },
  });
  const db = await scratchDb('indici_reprocess');
  const cfg = { bucket, endpoint_url: s3.url, mode: 'backfill', concurrency: 8 };
  const first = await pipeline(cfg, db);
  t.equal(first.tapCode, 0, 'exit status', { output: first.tapErr.slice(-800) });
  const snapshot = `select _source_row_number::int r, "VaccineID" id from raw.indici_vaccine order by 1`;
  const before = await query(db, snapshot);
  t.equal(before.length, 27, 'vaccine: 30 rows read, 3 ragged rejected by the tap');

  // concurrency only changes download overlap, never what loads
  const serialDb = await scratchDb('indici_reprocess_serial');
  const serial = await pipeline({ ...cfg, concurrency: 1 }, serialDb);
  t.equal(serial.tapCode, 0);
  t.same(await query(serialDb, snapshot), before, 'concurrency 1 loads the same rows');

  // without the override, a rerun from state reads nothing
  const noop = await pipeline(cfg, db, first.lastState);
  t.equal(noop.streams.indici_vaccine ?? 0, 0, 'already processed: not read again');

  const vaccineKey = keys.find((k) => k.includes('_Vaccine_'))!;
  const again = await pipeline({ ...cfg, reprocess: [vaccineKey] }, db, first.lastState);
  t.equal(again.tapCode, 0, 'exit status', { output: again.tapErr.slice(-800) });
  t.equal(again.streams.indici_vaccine, 27, 'the requested file is read again');
  t.equal(again.streams.indici_medicine ?? 0, 0, 'other files are not');
  t.same(await query(db, snapshot), before, 'its rows replaced, not duplicated');
  t.same(
    await query(db, `select count(*)::int n from raw.indici_rejected_rows where stream = 'indici_vaccine'`),
    [{ n: 3 }],
    'tap rejects replaced too',
  );
  t.same(
    await query(
      db,
      `select status, rows_read::int, rows_rejected::int, rows_ingested::int, reprocessed_count, rows_replaced::int from etl.load_run_files where stream = 'indici_vaccine'`,
    ),
    [{ status: 'processed', rows_read: 30, rows_rejected: 3, rows_ingested: 27, reprocessed_count: 1, rows_replaced: 30 }],
    'audit: processed again, counted once, reprocess recorded',
  );

  // the request stays in config: honoured once, remembered in state
  const later = await pipeline({ ...cfg, reprocess: [vaccineKey] }, db, again.lastState);
  t.equal(later.tapCode, 0);
  t.equal(later.streams.indici_vaccine ?? 0, 0, 'a honoured request is not repeated');
  t.match(later.tapErr, /was honoured before/);
});

t.test(
  'an unchanged bucket is not listed by versions again; an upload, a setting or a failed file brings the full listing back',
  async (t) => {
    const bucket = 'indici-unchanged';
    await ensureBucket(s3.client, bucket);
    await uploadBatch(s3.client, bucket, { streams: ['vaccine', 'medicine'], dateExtracted: '2509011044', kind: 'full', rows: 4 });
    const db = await scratchDb('indici_unchanged');
    const cfg = { bucket, endpoint_url: s3.url, mode: 'backfill' };
    const versionsListed = (err: string) => /"endpoint":"ListObjectVersionsCommand"/.test(err);
    const first = await pipeline(cfg, db);
    t.equal(first.tapCode, 0, 'exit status', { output: first.tapErr.slice(-800) });
    t.ok(versionsListed(first.tapErr), 'the first run lists versions');

    const second = await pipeline(cfg, db, first.lastState);
    t.equal(second.tapCode, 0);
    t.notOk(versionsListed(second.tapErr), 'a rerun over the same objects does not');
    t.match(second.tapErr, /"endpoint":"ListObjectsV2Command"/, 'it lists the current objects only');
    t.match(second.tapErr, /stream indici_vaccine: nothing under s3:\/\/indici-unchanged\/ changed since it last finished/);
    t.equal(second.records, 0);
    t.same(second.lastState, first.lastState, 'the state stays as it was');

    // a new delivery: listed, read, and the next rerun is quiet again
    await uploadBatch(s3.client, bucket, { streams: ['vaccine'], dateExtracted: '2509081044', kind: 'delta', rows: 2 });
    const third = await pipeline(cfg, db, second.lastState);
    t.ok(versionsListed(third.tapErr), 'an upload changes the current listing');
    t.equal(third.streams.indici_vaccine, 2, 'the new file is read');
    t.equal(third.streams.indici_medicine ?? 0, 0, 'the others are not');
    t.notOk(versionsListed((await pipeline(cfg, db, third.lastState)).tapErr), 'quiet again');

    // a different setting plans afresh (filters, ranges and reprocess requests all change what a plan holds)
    const narrowed = await pipeline({ ...cfg, practice_ids: ['999'] }, db, third.lastState);
    t.ok(versionsListed(narrowed.tapErr), 'a changed setting lists versions');

    // state edited by hand (a processed file removed): the file is read again
    const edited = structuredClone(third.lastState) as Record<string, any>;
    edited.bookmarks.indici_medicine.processed = [];
    const fromEdited = await pipeline(cfg, db, edited);
    t.ok(versionsListed(fromEdited.tapErr), 'a processed set other than the one recorded lists versions');
    t.equal(fromEdited.streams.indici_medicine, 4, 'and reads the file the state no longer names');

    // a file that fails is tried again on the next run, even though nothing changed in the bucket
    const bad = `indici/${fileName('Invoices', '2509011044', 'full')}`;
    await s3.client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: bad,
        Body: encodeFile(indiciRows(CONTRACTS.vaccine!, { dateExtracted: '2509011044', firstKey: 1, count: 3 }).rows),
      }),
    );
    const failing = await pipeline(cfg, db, fromEdited.lastState);
    t.equal(failing.tapCode, 1, 'the bad file fails the run');
    const retry = await pipeline(cfg, db, failing.lastState);
    t.ok(versionsListed(retry.tapErr), 'after a failure the next run lists versions again');
    t.match(retry.tapErr, /fits neither layout for 28 fields/, 'and tries the failed file again');
  },
);

t.test('another extract under a type name fails alone; a file cut short loads without its last row, which is rejected', async (t) => {
  const bucket = 'indici-wrong-and-cut';
  await ensureBucket(s3.client, bucket);
  const de = '2509011044';
  // an Immunisation extract (65 fields) delivered under the Appointments name (64 fields)
  const wrong = `indici/${fileName('Appointments', de, 'full')}`;
  await s3.client.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: wrong,
      Body: encodeFile(indiciRows(CONTRACTS.immunisation!, { dateExtracted: de, firstKey: 1, count: 50 }).rows),
    }),
  );
  // an interrupted upload: cut inside the last row's last value
  const whole = encodeFile(indiciRows(CONTRACTS.vaccine!, { dateExtracted: de, firstKey: 1, count: 3 }).rows);
  await s3.client.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: `indici/${fileName('Vaccine', de, 'full')}`,
      Body: whole.subarray(0, whole.length - ':00.000|~~|'.length * 2),
    }),
  );
  const db = await scratchDb('indici_wrong_cut');
  const run = await pipeline({ bucket, endpoint_url: s3.url }, db);
  t.equal(run.tapCode, 1, 'the wrong file fails the run');
  t.match(run.tapErr, new RegExp(`s3://${bucket}/${wrong}: fits neither layout for 64 fields per row .*50 rows of 65 fields`));
  t.match(run.tapErr, /no row marker \(\|~~\|\) ends the last row, row 3: the file is cut short/);
  t.equal(run.targetCode, 0, 'exit status', { output: run.targetErr.slice(-800) });
  t.same(
    await query(
      db,
      `select stream, status, rows_read::int, rows_rejected::int from etl.load_run_files where stream <> 'indici_rejected_rows' order by 1`,
    ),
    [
      { stream: 'indici_appointments', status: 'failed', rows_read: 0, rows_rejected: 0 },
      { stream: 'indici_vaccine', status: 'processed', rows_read: 3, rows_rejected: 1 },
    ],
  );
  t.same(await query(db, `select count(*)::int n from raw.indici_vaccine`), [{ n: 2 }], 'the whole rows land');
  t.same(
    await query(db, `select stream, _source_row_number::int r, reason from raw.indici_rejected_rows`),
    [
      {
        stream: 'indici_vaccine',
        r: 3,
        reason: 'row 3 is the last and no row marker ends it: the file is cut short, so the row may be incomplete (13 fields, expected 13)',
      },
    ],
    'the cut row is rejected with its reason; the wrong file left no rejects',
  );
});

t.test('a missing bucket: one clear error, no warning about a listing fallback; --test says what 404 means', async (t) => {
  const tap = join(ROOT, 'dist/taps/tap-indici-s3/main.js');
  const cfg = configFile({ bucket: 'indici-no-such-bucket', endpoint_url: s3.url });
  const run = spawnSync(process.execPath, [tap, '--config', cfg], { encoding: 'utf8', env: { ...process.env, ...S3_TEST_ENV } });
  t.equal(run.status, 1, 'the run fails');
  t.match(run.stderr, /indici-no-such-bucket.*NoSuchBucket/, 'naming the bucket and the reason');
  t.notMatch(run.stderr, /lists object versions instead/, 'no fallback is announced for a bucket that is not there');
  const check = spawnSync(process.execPath, [tap, '--config', cfg, '--test'], {
    encoding: 'utf8',
    env: { ...process.env, ...S3_TEST_ENV },
  });
  t.not(check.status, 0, '--test fails');
  t.match(check.stderr, /bucket indici-no-such-bucket: NotFound \(HTTP 404\): no such bucket \(or not visible to these credentials\)/);
});
