// taps/tap-indici-s3/object-bytes.ts, `download: twice`: the second read gives the bytes the first one hashed or
// fails: a read whose connection drops is resumed from where it stopped (a few times, not forever), S3's refusal
// is not retried, a length or ETag that differs fails, and against a real S3-API server a resumed read is byte
// for byte and an unversioned object overwritten between the reads is refused by If-Match; a second read never
// taken is closed.
import t from 'tap';
import { Readable } from 'node:stream';
import { createHash, randomBytes } from 'node:crypto';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { hashedOnce, pinnedRead, secondRead } from '../taps/tap-indici-s3/object-bytes.js';
import { s3Client, S3AccessError, type OpenedVersion } from '../taps/tap-indici-s3/s3.js';
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

/** The first `n` bytes of a body (at chunk granularity), then a connection error. */
async function* cut(b: Readable, n: number): AsyncGenerator<Buffer> {
  let got = 0;
  for await (const c of b) {
    if (got >= n) {
      b.destroy();
      throw new Error('ECONNRESET: connection reset');
    }
    got += (c as Buffer).length;
    yield c as Buffer;
  }
}

async function all(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(Buffer.from(c));
  return Buffer.concat(parts);
}

t.test('the second read gives the hashed bytes; a dropped connection is resumed where it stopped', async (t) => {
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

  let always = 0;
  const failing = async (): Promise<OpenedVersion> => {
    always++;
    return { body: body(data, 0), etag: 'e1' };
  };
  await t.rejects(
    all(secondRead('s3://b/k', first, failing).chunks()),
    /connection reset/,
    'a connection that keeps failing fails the file',
  );
  t.equal(always, 4, 'after three resumptions');

  // dropped midway: opened again from the byte where it stopped (a Range request), the rest follows
  const froms: number[] = [];
  const midway = async (from = 0): Promise<OpenedVersion> => {
    froms.push(from);
    return { body: froms.length === 1 ? body(data, 1 << 20) : body(data.subarray(from)), etag: 'e1' };
  };
  t.ok((await all(secondRead('s3://b/k', first, midway).chunks())).equals(data), 'dropped midway: resumed, byte for byte');
  t.same(froms, [0, 1 << 20], 'from where it stopped');
  const refusing = async (): Promise<OpenedVersion> => {
    throw new S3AccessError('reading s3://b/k: PreconditionFailed (HTTP 412)');
  };
  await t.rejects(all(secondRead('s3://b/k', first, refusing).chunks()), /HTTP 412/, "S3's refusal is not retried");
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

t.test(
  'against S3: a dropped second read resumes by Range; an unversioned object overwritten between the reads is refused (412)',
  async (t) => {
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
    // a connection dropped after 1 MB: the rest comes by a Range request
    const drops = async (from = 0): Promise<OpenedVersion> => {
      const o = await read(from);
      if (from > 0) return o;
      return { ...o, body: Readable.from(cut(o.body as Readable, 1 << 20)) };
    };
    t.ok((await all(secondRead('s3://unversioned/k', hashed, drops).chunks())).equals(data), 'resumed by a Range request, byte for byte');
    // an object stored with a checksum, as S3 stores every new one: the SDK checks the whole read against it (its own
    // stream around the body), and a read from byte 1 MB on (no checksum sent for a range) is not checked
    const crc = { ...v, key: 'crc' };
    await s3.client.send(new PutObjectCommand({ Bucket: 'unversioned', Key: 'crc', Body: data, ChecksumAlgorithm: 'CRC32' }));
    const crcRead = pinnedRead(client, 'unversioned', crc);
    const crcDrops = async (from = 0): Promise<OpenedVersion> => {
      const o = await crcRead(from);
      if (from > 0) return o;
      return { ...o, body: Readable.from(cut(o.body as Readable, 1 << 20)) };
    };
    t.ok(
      (await all(secondRead('s3://unversioned/crc', hashed, crcDrops).chunks())).equals(data),
      'a checksummed object: resumed by a Range request, byte for byte',
    );
    await s3.client.send(new PutObjectCommand({ Bucket: 'unversioned', Key: 'k', Body: randomBytes(1000) }));
    await t.rejects(all(secondRead('s3://unversioned/k', hashed, read).chunks()), /PreconditionFailed|HTTP 412/, 'overwritten: refused');
  },
);
