// tap-indici-s3 against a real S3-API server (moto) behind a fault-injecting TCP proxy: what a dropped connection, an
// S3 refusal or an overwrite between the listing and the read does to a run. The faults are those an audit found:
// a cut second read of a checksummed object (the process died), a failed download recorded nowhere, a connection
// closed before any answer not retried, and a "null" version read unpinned.
import t from 'tap';
import { join } from 'node:path';
import { CreateBucketCommand, HeadObjectCommand, PutBucketVersioningCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startS3Server, S3_TEST_ENV, type S3Server } from '../sim/s3-server.js';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';
import { runTapAlone } from './pipeline.js';
import { ROOT } from './helpers.js';
import { s3Client, listVersions } from '../taps/tap-indici-s3/s3.js';
import type { IndiciConfig } from '../taps/tap-indici-s3/settings.js';

const TAP = join(ROOT, 'dist/taps/tap-indici-s3/main.js');
Object.assign(process.env, S3_TEST_ENV);

/** An Indici Vaccine extract of `n` rows (13 fields, the production separators), VaccineName `<tag><row>`. */
function vaccineBody(n: number, tag = 'v'): Buffer {
  let s = '';
  for (let i = 1; i <= n; i++)
    s +=
      [i, `C${i}`, `${tag}${i}`, 'desc', '1', '0', 'sys', '1', 'M', '1', '685146', '535', '2025-08-19 05:42:59.350'].join('|^^|') + '|~~|';
  return Buffer.from(s, 'utf8');
}
const name = (ext = '2508181044') => `in/685146_535_Vaccine_202508110543_202508181043_${ext}`;

let s3: S3Server;
let proxy: FaultProxy;
t.before(async () => {
  s3 = await startS3Server();
  proxy = await startFaultProxy(Number(new URL(s3.url).port));
});
t.teardown(async () => {
  await proxy.close();
  await s3.stop();
});

async function bucket(b: string, versioned: boolean): Promise<void> {
  await s3.client.send(new CreateBucketCommand({ Bucket: b }));
  if (versioned) await s3.client.send(new PutBucketVersioningCommand({ Bucket: b, VersioningConfiguration: { Status: 'Enabled' } }));
}

type Run = Awaited<ReturnType<typeof runTapAlone>>;
const of = (r: Run, stream: string) => r.records.filter((x) => x.stream === stream).map((x) => x.record);

t.test('download twice: a second read of a checksummed object cut while it waits is read again, the process lives', async (t) => {
  await bucket('twice-crc', true);
  // as S3 stores every object since 2025: with a checksum, which it returns on GetObject (the SDK then wraps the body)
  const writer = new S3Client({ region: S3_TEST_ENV.AWS_REGION, endpoint: s3.url, forcePathStyle: true });
  t.teardown(() => writer.destroy());
  await writer.send(new PutObjectCommand({ Bucket: 'twice-crc', Key: name(), Body: vaccineBody(5000), ChecksumAlgorithm: 'CRC32' }));
  const head = await s3.client.send(new HeadObjectCommand({ Bucket: 'twice-crc', Key: name(), ChecksumMode: 'ENABLED' }));
  t.ok(head.ChecksumCRC32, 'the object has a stored checksum');
  const before = proxy.heads.length;
  // the first GetObject (hashed) passes; the second (opened early, waiting while the first is hashed) is cut
  proxy.arm({ kind: 'pass', match: 'x-id=GetObject' });
  proxy.arm({ kind: 'cut', bytes: 70_000, match: 'x-id=GetObject' });
  const r = await runTapAlone(TAP, { bucket: 'twice-crc', prefix: 'in/', endpoint_url: proxy.url, download: 'twice', concurrency: 1 });
  t.equal(r.code, 0, 'exit status', { stderr: r.stderr.slice(-2000) });
  t.notMatch(r.stderr, /Unhandled 'error' event/);
  t.equal(of(r, 'indici_vaccine').length, 5000, 'every row');
  t.same(
    of(r, '_medi_files').map((f) => f.status),
    ['processed'],
  );
  const gets = proxy.heads.slice(before).filter((h) => h.includes('x-id=GetObject'));
  // (the cut read held its 70 000 bytes unread, and a failed stream drops what it holds: it is read again from byte 0)
  t.equal(gets.length, 3, 'hashed, cut, read again');
});

t.test('file_failures continue: a download that fails is recorded as failed on _medi_files, with its reason', async (t) => {
  await bucket('cont', true);
  const [good, cut, denied] = [name('2508181044'), name('2508181045'), name('2508181046')];
  await s3.client.send(new PutObjectCommand({ Bucket: 'cont', Key: good, Body: vaccineBody(10) }));
  await s3.client.send(new PutObjectCommand({ Bucket: 'cont', Key: cut, Body: vaccineBody(5000) }));
  await s3.client.send(new PutObjectCommand({ Bucket: 'cont', Key: denied, Body: vaccineBody(10) }));
  // a folder made in the S3 console: a 0-byte object whose key ends in '/', not worth a warning every run
  await s3.client.send(new PutObjectCommand({ Bucket: 'cont', Key: 'in/archive/', Body: '' }));
  proxy.arm({ kind: 'cut', bytes: 1000, match: '2508181045?' });
  // an archived object: S3 refuses the GET (403 InvalidObjectState), not worth a retry
  proxy.arm({
    kind: 'respond',
    status: '403 Forbidden',
    match: '2508181046?',
    body: '<?xml version="1.0" encoding="UTF-8"?><Error><Code>InvalidObjectState</Code><Message>The operation is not valid for the object\'s storage class</Message></Error>',
  });
  const r = await runTapAlone(TAP, { bucket: 'cont', prefix: 'in/', endpoint_url: proxy.url, file_failures: 'continue' });
  t.equal(r.code, 0, 'continue: exit 0', { stderr: r.stderr.slice(-2000) });
  const files = Object.fromEntries(of(r, '_medi_files').map((f) => [String(f.source_uri).slice(-10), f]));
  t.match(files['2508181044'], { status: 'processed', rows_read: 10 });
  t.match(files['2508181045'], { status: 'failed', rows_read: 0, error: /2508181045 \(version [^)]+\): .*(ended|closed|Connection)/ });
  t.match(files['2508181046'], { status: 'failed', rows_read: 0, error: /InvalidObjectState \(HTTP 403\)/ });
  t.ok(files['2508181045']!.file_hash, 'a file hash for the target (the bytes were never read)');
  t.notMatch(r.stderr, /in\/archive\//, 'a folder placeholder is not warned about');
  // the failed files are read again next run
  const again = await runTapAlone(TAP, { bucket: 'cont', prefix: 'in/', endpoint_url: proxy.url, file_failures: 'continue' }, r.state);
  t.same(
    of(again, '_medi_files')
      .map((f) => `${String(f.source_uri).slice(-10)} ${f.status}`)
      .sort(),
    ['2508181045 processed', '2508181046 processed'],
  );
});

t.test('a connection closed before any answer is retried by the SDK, as with its own handler', async (t) => {
  await bucket('closed', true);
  const client = s3Client({ region: S3_TEST_ENV.AWS_REGION, endpoint_url: proxy.url } as IndiciConfig);
  t.teardown(() => client.destroy());
  const listings = () => proxy.heads.filter((h) => h.startsWith('GET /closed/?')).length;
  proxy.arm({ kind: 'close', match: 'GET /closed/?' });
  proxy.arm({ kind: 'rst', match: 'GET /closed/?' });
  t.same(await listVersions(client, 'closed', ''), [], 'listed');
  t.equal(listings(), 3, 'closed, reset, then answered: two retries');
});

t.test('spool: an object stored before versioning and overwritten between the listing and the read', async (t) => {
  // versioning enabled later: the listed "null" version is still there, read by versionId=null, never the new one
  await bucket('race-null', false);
  const key = name();
  await s3.client.send(new PutObjectCommand({ Bucket: 'race-null', Key: key, Body: vaccineBody(3, 'old') }));
  await s3.client.send(new PutBucketVersioningCommand({ Bucket: 'race-null', VersioningConfiguration: { Status: 'Enabled' } }));
  const overwrite = (b: string) => async () => {
    await s3.client.send(new PutObjectCommand({ Bucket: b, Key: key, Body: vaccineBody(4, 'new') }));
  };
  proxy.arm({ kind: 'pass', match: 'x-id=GetObject', hook: overwrite('race-null') });
  const first = await runTapAlone(TAP, { bucket: 'race-null', prefix: 'in/', endpoint_url: proxy.url });
  t.equal(first.code, 0, 'exit status', { stderr: first.stderr.slice(-2000) });
  const names = (r: Run) => of(r, 'indici_vaccine').map((x) => `${String(x._source_version_id).slice(0, 4)} ${String(x.VaccineName)}`);
  t.same(names(first), ['null old1', 'null old2', 'null old3'], 'the listed content under its identity');
  const second = await runTapAlone(TAP, { bucket: 'race-null', prefix: 'in/', endpoint_url: proxy.url }, first.state);
  t.same(
    names(second).map((n) => n.replace(/^\S+ /, '')),
    ['new1', 'new2', 'new3', 'new4'],
    'next run: the new version, once',
  );

  // no versioning: the overwrite replaces the listed content, so the read is refused (If-Match) and tried next run
  await bucket('race-plain', false);
  await s3.client.send(new PutObjectCommand({ Bucket: 'race-plain', Key: key, Body: vaccineBody(3, 'old') }));
  proxy.arm({ kind: 'pass', match: 'x-id=GetObject', hook: overwrite('race-plain') });
  const refused = await runTapAlone(TAP, { bucket: 'race-plain', prefix: 'in/', endpoint_url: proxy.url, file_failures: 'continue' });
  t.same(of(refused, 'indici_vaccine'), [], 'no row of content that was not listed');
  t.match(of(refused, '_medi_files'), [{ status: 'failed', error: /overwritten since it was listed .*HTTP 412.*next run/ }]);
  const after = await runTapAlone(TAP, { bucket: 'race-plain', prefix: 'in/', endpoint_url: proxy.url }, refused.state);
  t.same(
    of(after, 'indici_vaccine').map((x) => x.VaccineName),
    ['new1', 'new2', 'new3', 'new4'],
    'the next run reads the new content',
  );
});
