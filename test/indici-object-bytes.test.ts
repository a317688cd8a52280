// taps/tap-indici-s3/object-bytes.ts, `download: twice`: the second read gives the bytes the first one hashed or
// fails: a read dropped before its first byte is opened again once, one dropped midway fails, a length or ETag
// that differs fails, and against a real S3-API server an unversioned object overwritten between the reads is
// refused by If-Match; a second read never taken is closed.
import t from 'tap';
import { Readable } from 'node:stream';
import { createHash, randomBytes } from 'node:crypto';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { hashedOnce, pinnedRead, secondRead } from '../taps/tap-indici-s3/object-bytes.js';
import type { OpenedVersion } from '../taps/tap-indici-s3/s3.js';
import { s3Client } from '../taps/tap-indici-s3/s3.js';
import { S3_TEST_ENV, startS3Server } from '../sim/s3-server.js';
import type { IndiciConfig } from '../taps/tap-indici-s3/settings.js';

const data = randomBytes(3 * 1024 * 1024 + 17);
const sha = createHash('sha256').update(data).digest('hex');
const first = { bytes: data.length, sha256: sha, etag: 'e1' };

/** A body of `bytes` in 64 KB pieces that fails after `failAfter` bytes, if given. */
function body(bytes: Buffer, failAfter?: number): Readable {
  return Readable.from(
    (async function* () {
      for (let off = 0; off < bytes.length; off += 65536) {
        if (failAfter !== undefined && off >= failAfter) throw new Error('ECONNRESET: connection reset');
        yield bytes.subarray(off, off + 65536);
      }
    })(),
  );
}

async function all(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(Buffer.from(c));
  return Buffer.concat(parts);
}

t.test('the second read gives the hashed bytes; one dropped before its first byte is opened again once', async (t) => {
  let opens = 0;
  const read = async (): Promise<OpenedVersion> => {
    opens++;
    return { body: body(data), etag: 'e1' };
  };
  t.ok((await all(secondRead('s3://b/k', first, read).chunks())).equals(data), 'opened when taken');
  t.equal(opens, 1);

  opens = 0;
  const dropped = Promise.resolve({ body: body(data, 0), etag: 'e1' });
  t.ok((await all(secondRead('s3://b/k', first, read, dropped).chunks())).equals(data), 'an early read that failed at once: opened again');
  t.equal(opens, 1, 'once');

  const refused = Promise.reject(new Error('socket hang up'));
  t.ok((await all(secondRead('s3://b/k', first, read, refused).chunks())).equals(data), 'an early read that never answered: opened again');

  const always = async (): Promise<OpenedVersion> => ({ body: body(data, 0), etag: 'e1' });
  await t.rejects(all(secondRead('s3://b/k', first, always).chunks()), /connection reset/, 'not a third time');
  const midway = async (): Promise<OpenedVersion> => ({ body: body(data, 1 << 20), etag: 'e1' });
  await t.rejects(all(secondRead('s3://b/k', first, midway).chunks()), /connection reset/, 'dropped midway: fails, not opened again');
});

t.test('a second read of another length or ETag fails, naming the object', async (t) => {
  const shorter = async (): Promise<OpenedVersion> => ({ body: body(data.subarray(1)), etag: 'e1' });
  await t.rejects(
    all(secondRead('s3://b/k', first, shorter).chunks()),
    /s3:\/\/b\/k: the second read gave 3145744 bytes where the first gave 3145745/,
  );
  const other = async (): Promise<OpenedVersion> => ({ body: body(data), etag: 'e2' });
  await t.rejects(all(secondRead('s3://b/k', first, other).chunks()), /s3:\/\/b\/k: the second read has ETag e2 where the first had e1/);
});

t.test('a second read opened early but never taken is closed by remove()', async (t) => {
  const b = body(data);
  const early = Promise.resolve({ body: b, etag: 'e1' });
  await secondRead('s3://b/k', first, async () => ({ body: body(data), etag: 'e1' }), early).remove();
  t.ok(b.destroyed, 'its body is destroyed');
});

t.test('against S3: both reads pinned; an unversioned object overwritten between them is refused (412)', async (t) => {
  Object.assign(process.env, S3_TEST_ENV);
  const s3 = await startS3Server();
  t.teardown(() => s3.stop());
  await s3.client.send(new CreateBucketCommand({ Bucket: 'unversioned' }));
  await s3.client.send(new PutObjectCommand({ Bucket: 'unversioned', Key: 'k', Body: data }));
  const client = s3Client({ region: S3_TEST_ENV.AWS_REGION, endpoint_url: s3.url } as IndiciConfig);
  const etag = createHash('md5').update(data).digest('hex');
  const v = { key: 'k', versionId: 'null', isLatest: true, size: data.length, etag, lastModified: '' };
  const read = pinnedRead(client, 'unversioned', v);
  const hashed = await hashedOnce(read);
  t.same(hashed, { bytes: data.length, sha256: sha, etag }, 'the first read: size, SHA-256, ETag');
  t.ok((await all(secondRead('s3://unversioned/k', hashed, read).chunks())).equals(data), 'the second read, unchanged object');
  await s3.client.send(new PutObjectCommand({ Bucket: 'unversioned', Key: 'k', Body: randomBytes(1000) }));
  await t.rejects(all(secondRead('s3://unversioned/k', hashed, read).chunks()), /PreconditionFailed|HTTP 412/, 'overwritten: refused');
});
