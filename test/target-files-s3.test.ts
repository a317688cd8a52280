// target-files-medi on S3 (the moto S3-API server the Indici tests use) and retention: files and manifests land under
// s3://bucket/prefix/<zone>/<source>/...; each object matches its manifest's SHA-256 and reads back exactly (DuckDB
// and pyarrow); staged objects never stay visible. Retention removes whole partitions past retention_days, logged,
// and leaves a partition holding a staged file alone.
import t from 'tap';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateBucketCommand,
  GetObjectCommand,
  ListObjectVersionsCommand,
  ListObjectsV2Command,
  PutBucketVersioningCommand,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { startS3Server, S3_TEST_ENV } from '../sim/s3-server.js';
import { Decimal, stringifyExact } from '../kit/singer/decimal.js';
import { epochMicros, readWithDuckdb, readWithPython, runFilesTarget } from './files.js';
import type { Manifest } from '../targets/target-files-medi/loader.js';
import { startFaultProxy } from './fault-proxy.js';

const SCHEMA = {
  type: 'SCHEMA',
  stream: 'appointments',
  key_properties: ['id'],
  schema: {
    properties: {
      id: { type: 'integer' },
      booked_at: { type: 'string', format: 'date-time' },
      fee: { type: ['number', 'null'], multipleOf: 0.001, maximum: 1e15 },
      note: { type: ['string', 'null'] },
    },
  },
};
const COLS = [
  { name: 'id', type: 'BIGINT' },
  { name: 'booked_at', type: 'TIMESTAMPTZ' },
  { name: 'fee', type: 'DECIMAL(18,3)' },
  { name: 'note', type: 'VARCHAR' },
];

t.test('S3 root: objects, manifest and exact values', async (t) => {
  const s3 = await startS3Server();
  t.teardown(() => s3.stop());
  await s3.client.send(new CreateBucketCommand({ Bucket: 'moh-extracts' }));
  const lines = [JSON.stringify(SCHEMA)];
  for (let i = 1; i <= 900; i++) {
    const rec = {
      id: i === 900 ? new Decimal('9007199254740993') : i,
      booked_at: `2025-0${(i % 3) + 1}-1${i % 10}T0${i % 10}:15:00.${String(i).padStart(6, '0')}+04:00`,
      fee: i % 7 === 0 ? null : new Decimal(`${i * 1000}.${String(i % 1000).padStart(3, '0')}`),
      note: i % 5 === 0 ? null : `موعد ${i} — "follow-up"`,
    };
    lines.push(stringifyExact({ type: 'RECORD', stream: 'appointments', record: rec }));
    if (i % 300 === 0) lines.push(JSON.stringify({ type: 'STATE', value: { n: i } }));
  }
  const r = await runFilesTarget(
    {
      root: 's3://moh-extracts/deliveries',
      s3_endpoint_url: s3.url,
      source: 'opendental',
      partition_by: { appointments: 'booked_at' },
      batch_size_rows: 400,
    },
    lines.join('\n') + '\n',
    { env: S3_TEST_ENV },
  );
  t.equal(r.code, 0, 'exit status', { stderr: r.stderr.slice(-1500) });
  t.same(r.states.at(-1), { n: 900 });
  const listed = await s3.client.send(new ListObjectsV2Command({ Bucket: 'moh-extracts', Prefix: 'deliveries/' }));
  const keys = (listed.Contents ?? []).map((o) => o.Key!);
  t.same(
    keys.filter((k) => k.endsWith('.tmp')),
    [],
    'no staged object left',
  );
  const get = async (key: string) =>
    Buffer.from(await (await s3.client.send(new GetObjectCommand({ Bucket: 'moh-extracts', Key: key }))).Body!.transformToByteArray());
  const manifestKeys = keys.filter((k) => k.endsWith('/_manifest.json')).sort();
  t.ok(manifestKeys.length >= 2, `${manifestKeys.length} batches`);
  t.ok(manifestKeys.every((k) => k.startsWith('deliveries/raw/opendental/_batches/')));
  const files = (await Promise.all(manifestKeys.map(async (k) => JSON.parse((await get(k)).toString('utf8')) as Manifest))).flatMap(
    (m) => m.files,
  );
  t.same(
    keys.filter((k) => k.endsWith('.parquet')).sort(),
    files.map((f) => `deliveries/${f.path}`).sort(),
    'the objects are exactly the manifests files',
  );
  const local = mkdtempSync(join(tmpdir(), 'files-s3-'));
  const paths: string[] = [];
  let rows: Array<Record<string, string | null>> = [];
  for (const [i, f] of files.entries()) {
    const body = await get(`deliveries/${f.path}`);
    t.equal(createHash('sha256').update(body).digest('hex'), f.sha256, `${f.path}: SHA-256 as in its manifest`);
    const p = join(local, `${i}.parquet`);
    writeFileSync(p, body);
    paths.push(p);
    rows = rows.concat(await readWithDuckdb('parquet', p, COLS));
  }
  const py = readWithPython('parquet', paths, COLS);
  t.same(
    paths.flatMap((p) => py[p]!.rows),
    rows,
    'pyarrow reads what DuckDB reads',
  );
  t.equal(rows.length, 900);
  const last = rows.find((x) => x.id === '9007199254740993');
  t.same(
    last,
    { id: '9007199254740993', booked_at: epochMicros('2025-01-10T00:15:00.000900+04:00'), fee: '900000.9', note: null },
    'values exact',
  );
  const other = rows.find((x) => x.id === '899');
  t.same(other, {
    id: '899',
    booked_at: epochMicros('2025-03-19T09:15:00.000899+04:00'),
    fee: '899000.899',
    note: 'موعد 899 — "follow-up"',
  });
});

t.test('retention_days: old partitions removed whole and logged; one with a staged file kept', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'files-ret-'));
  const put = (rel: string) => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), 'x');
  };
  const today = new Date();
  const ago = (d: number) => new Date(today.getTime() - d * 86_400_000).toISOString().slice(0, 10);
  put(`raw/clinic/visits/_extracted_date=${ago(40)}/part-a-1.parquet`);
  put(`raw/clinic/visits/_extracted_date=${ago(40)}/part-a-2.parquet`);
  put(`raw/clinic/visits/_extracted_date=${ago(35)}/.part-b-1.parquet.tmp`);
  put(`raw/clinic/visits/_extracted_date=${ago(10)}/part-c-1.parquet`);
  put(`processed/clinic/visits/_extracted_date=${ago(40)}/part-d-1.parquet`);
  // an old date delivered recently (a backfill, a late record): its files' names say when they were written
  const stamp = (d: number) => new Date(today.getTime() - d * 86_400_000).toISOString().replace(/[-:]/g, '').replace('.', '');
  put(`raw/clinic/visits/visit_date_date=2019-05-01/part-${stamp(40)}-00001-1.parquet`);
  put(`raw/clinic/visits/visit_date_date=2019-05-01/part-${stamp(2)}-00001-1.parquet`);
  put(`raw/clinic/visits/visit_date_date=2019-06-01/part-${stamp(40)}-00001-1.parquet`);
  const input = [
    JSON.stringify({ type: 'SCHEMA', stream: 'visits', key_properties: [], schema: { properties: { id: { type: 'integer' } } } }),
    JSON.stringify({ type: 'RECORD', stream: 'visits', record: { id: 1 } }),
    JSON.stringify({ type: 'STATE', value: { done: true } }),
  ].join('\n');
  // the staged file belongs to another source's unfinished batch, not to this run (start() only cleans its own)
  const r = await runFilesTarget({ root, source: 'lab', retention_days: { raw: 30 } }, input + '\n');
  t.equal(r.code, 0, 'exit status', { stderr: r.stderr.slice(-1000) });
  t.notOk(existsSync(join(root, `raw/clinic/visits/_extracted_date=${ago(40)}`)), 'a partition older than 30 days is gone, whole');
  t.match(
    r.stderr,
    new RegExp(`retention: removed partition raw/clinic/visits/_extracted_date=${ago(40)} \\(2 files`),
    'its removal is logged',
  );
  t.ok(existsSync(join(root, `raw/clinic/visits/_extracted_date=${ago(35)}/.part-b-1.parquet.tmp`)), 'an unfinished batch is not touched');
  t.match(r.stderr, /holds a file of an unfinished batch; left in place/);
  t.ok(existsSync(join(root, `raw/clinic/visits/_extracted_date=${ago(10)}/part-c-1.parquet`)), 'a recent partition stays');
  t.ok(
    existsSync(join(root, `processed/clinic/visits/_extracted_date=${ago(40)}/part-d-1.parquet`)),
    'a zone without retention_days stays',
  );
  t.equal(readdirSync(join(root, 'raw/lab/visits')).length, 1, "this run's own partition written");
  t.ok(
    existsSync(join(root, `raw/clinic/visits/visit_date_date=2019-05-01/part-${stamp(2)}-00001-1.parquet`)),
    'an old date written 2 days ago stays',
  );
  t.match(r.stderr, /visit_date_date=2019-05-01 is dated more than 30 days ago but .* was written since; kept/);
  t.notOk(existsSync(join(root, 'raw/clinic/visits/visit_date_date=2019-06-01')), 'one written 40 days ago goes');
});

t.test('retention_days on S3: a versioned bucket loses old partitions for good, no noncurrent version left', async (t) => {
  const s3 = await startS3Server();
  t.teardown(() => s3.stop());
  const Bucket = 'moh-retention';
  await s3.client.send(new CreateBucketCommand({ Bucket }));
  await s3.client.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));
  const ago = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 10);
  const old = `x/raw/clinic/visits/_extracted_date=${ago(40)}`;
  const put = (Key: string, Body: string) => s3.client.send(new PutObjectCommand({ Bucket, Key, Body }));
  await put(`${old}/part-a-1.parquet`, 'v1');
  await put(`${old}/part-a-1.parquet`, 'v2'); // two versions of one file
  await put(`${old}/part-a-2.parquet`, 'x');
  await put(`x/raw/clinic/visits/_extracted_date=${ago(35)}/.part-b-1.parquet.tmp`, 'staged');
  await put(`x/raw/clinic/visits/_extracted_date=${ago(5)}/part-c-1.parquet`, 'recent');
  const input = [
    JSON.stringify({ type: 'SCHEMA', stream: 'visits', key_properties: [], schema: { properties: { id: { type: 'integer' } } } }),
    JSON.stringify({ type: 'RECORD', stream: 'visits', record: { id: 1 } }),
    JSON.stringify({ type: 'STATE', value: { done: true } }),
  ].join('\n');
  const r = await runFilesTarget(
    { root: `s3://${Bucket}/x`, s3_endpoint_url: s3.url, source: 'lab', retention_days: { raw: 30 } },
    input + '\n',
    { env: S3_TEST_ENV },
  );
  t.equal(r.code, 0, 'exit status', { stderr: r.stderr.slice(-1500) });
  t.match(r.stderr, new RegExp(`retention: removed partition raw/clinic/visits/_extracted_date=${ago(40)} \\(2 files`), 'logged');
  const versions = await s3.client.send(new ListObjectVersionsCommand({ Bucket, Prefix: 'x/raw/clinic/' }));
  const left = [...(versions.Versions ?? []), ...(versions.DeleteMarkers ?? [])].map((v) => v.Key!).sort();
  t.same(
    left,
    [
      `x/raw/clinic/visits/_extracted_date=${ago(35)}/.part-b-1.parquet.tmp`,
      `x/raw/clinic/visits/_extracted_date=${ago(5)}/part-c-1.parquet`,
    ],
    'every version and delete marker of the old partition is gone; the unfinished batch and the recent partition stay',
  );
  const mine = await s3.client.send(new ListObjectsV2Command({ Bucket, Prefix: 'x/raw/lab/visits/' }));
  t.equal(mine.Contents?.filter((o) => o.Key!.endsWith('.parquet')).length, 1, "this run's own file written");
  const ownVersions = await s3.client.send(new ListObjectVersionsCommand({ Bucket, Prefix: 'x/raw/lab/' }));
  t.same(
    (ownVersions.Versions ?? []).concat(ownVersions.DeleteMarkers ?? []).filter((v) => v.Key!.endsWith('.tmp')),
    [],
    'promoting a staged object leaves no noncurrent version of it behind either',
  );
});

t.test('a 503 SlowDown or a reset connection on the staging upload is retried with the file read afresh', async (t) => {
  const s3 = await startS3Server();
  const proxy = await startFaultProxy(Number(new URL(s3.url).port));
  t.teardown(async () => {
    await proxy.close();
    await s3.stop();
  });
  const input = [
    JSON.stringify({ type: 'SCHEMA', stream: 'appts', key_properties: ['id'], schema: { properties: { id: { type: 'integer' } } } }),
    ...Array.from({ length: 50 }, (_, i) => JSON.stringify({ type: 'RECORD', stream: 'appts', record: { id: i + 1 } })),
    JSON.stringify({ type: 'STATE', value: { n: 50 } }),
  ].join('\n');
  const slowDown = {
    kind: 'respond' as const,
    status: '503 Slow Down',
    method: 'PUT',
    match: '.part-',
    headers: { 'retry-after': '1' },
    body: '<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>',
  };
  for (const [what, fault] of [
    ['SlowDown', slowDown],
    ['reset', { kind: 'rst' as const, method: 'PUT', match: '.part-' }],
  ] as const) {
    const Bucket = `moh-retry-${what.toLowerCase()}`;
    await s3.client.send(new CreateBucketCommand({ Bucket }));
    const stagingPuts = () =>
      proxy.heads.map((h) => h.split('\r\n')[0]!).filter((l) => l.startsWith(`PUT /${Bucket}/`) && l.includes('.part-')).length;
    proxy.arm(fault);
    const r = await runFilesTarget({ root: `s3://${Bucket}/d`, s3_endpoint_url: proxy.url, source: 'src', format: 'csv' }, input + '\n', {
      env: S3_TEST_ENV,
    });
    t.equal(r.code, 0, `${what}: exit status`, { stderr: r.stderr.slice(-1500) });
    t.same(r.states.at(-1), { n: 50 }, `${what}: the state goes out`);
    t.equal(stagingPuts(), 2, `${what}: uploaded again`);
    t.match(r.stderr, /uploading s3:\/\/.*\.part-.*retry 1\/4 in \d+ ms/, `${what}: the retry is logged`);
    const keys = ((await s3.client.send(new ListObjectsV2Command({ Bucket }))).Contents ?? []).map((o) => o.Key!);
    const csv = keys.filter((k) => k.endsWith('.csv'));
    t.equal(csv.length, 1, `${what}: the file delivered`);
    t.same(
      keys.filter((k) => k.endsWith('.tmp')),
      [],
    );
    const body = await (await s3.client.send(new GetObjectCommand({ Bucket, Key: csv[0]! }))).Body!.transformToString();
    t.equal(body.trim().split('\n').length, 51, `${what}: whole (a header and 50 rows)`);
  }
});
