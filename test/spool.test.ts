// kit/spool.ts: the body hashed and written on the spool thread (offThread) gives the same file, size and
// SHA-256 as the inline path, for bodies cut into chunks of every shape; a body that fails midway fails that
// spool alone and leaves no file behind.
import t from 'tap';
import { readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash, randomBytes } from 'node:crypto';
import { digest, spool } from '../kit/spool.js';

/** `data` in chunks of the given sizes, cycled (0 included: an empty chunk). */
async function* chunked(data: Buffer, sizes: number[], failAt?: number): AsyncGenerator<Buffer> {
  let i = 0;
  for (let off = 0; off < data.length; i++) {
    if (failAt !== undefined && off >= failAt) throw new Error('connection reset midway');
    const n = Math.min(sizes[i % sizes.length]!, data.length - off);
    yield data.subarray(off, off + n);
    off += n;
  }
}

const left = (prefix: string) => readdirSync(tmpdir()).filter((n) => n.startsWith(`${prefix}-`));

t.test('off the thread: the same file, size and hash as inline, for any chunking', async (t) => {
  const data = randomBytes(3 * 1024 * 1024 + 12345);
  const want = createHash('sha256').update(data).digest('hex');
  const shapes = [[65536], [1], [262144], [262145, 0, 7], [1_000_000], [data.length]];
  for (const sizes of shapes) {
    const body = sizes[0] === 1 ? data.subarray(0, 70_000) : data; // one-byte chunks: a shorter body
    const expected = sizes[0] === 1 ? createHash('sha256').update(body).digest('hex') : want;
    const [a, b] = await Promise.all([
      spool(chunked(body, sizes), 'spooltest'),
      spool(chunked(body, sizes), 'spooltest', { offThread: true }),
    ]);
    t.equal(b.sha256, expected, `hash, chunks ${sizes.join('/')}`);
    t.equal(a.sha256, b.sha256);
    t.equal(b.bytes, body.length);
    t.ok(readFileSync(b.path).equals(body), 'file content');
    await a.remove();
    await b.remove();
  }
  const empty = await spool(chunked(Buffer.alloc(0), [1]), 'spooltest', { offThread: true });
  t.equal(empty.sha256, createHash('sha256').digest('hex'), 'an empty body');
  t.equal(empty.bytes, 0);
  await empty.remove();
  t.same(left('spooltest'), []);
});

t.test('a body that fails midway fails its spool alone, leaving no file; the others complete', async (t) => {
  const data = randomBytes(2 * 1024 * 1024);
  const results = await Promise.allSettled([
    spool(chunked(data, [65536]), 'spoolfail', { offThread: true }),
    spool(chunked(data, [65536], 1024 * 1024), 'spoolfail', { offThread: true }),
    spool(chunked(data, [100_000]), 'spoolfail', { offThread: true }),
  ]);
  t.equal(results[1]!.status, 'rejected');
  t.match((results[1] as PromiseRejectedResult).reason, { message: 'connection reset midway' });
  for (const i of [0, 2]) {
    const r = results[i] as PromiseFulfilledResult<Awaited<ReturnType<typeof spool>>>;
    t.equal(r.value.sha256, createHash('sha256').update(data).digest('hex'));
    await r.value.remove();
  }
  t.same(left('spoolfail'), [], 'no spool left behind');
  // the thread still serves after a failure
  const again = await spool(chunked(data, [65536]), 'spoolfail', { offThread: true });
  t.equal(again.bytes, data.length);
  await again.remove();
});

t.test('digest: size and hash only, on the thread or inline, beside spools of other bodies; a failing body fails alone', async (t) => {
  const data = randomBytes(3 * 1024 * 1024 + 5);
  const want = createHash('sha256').update(data).digest('hex');
  const [a, b, c, d] = await Promise.allSettled([
    digest(chunked(data, [65536, 1, 300_000]), { offThread: true }),
    digest(chunked(data, [100_000])),
    spool(chunked(data, [262144]), 'spooldigest', { offThread: true }),
    digest(chunked(data, [65536], 1024 * 1024), { offThread: true }),
  ]);
  t.same((a as PromiseFulfilledResult<unknown>).value, { bytes: data.length, sha256: want }, 'on the thread');
  t.same((b as PromiseFulfilledResult<unknown>).value, { bytes: data.length, sha256: want }, 'inline');
  const s = (c as PromiseFulfilledResult<Awaited<ReturnType<typeof spool>>>).value;
  t.equal(s.sha256, want, 'a spool beside it');
  t.ok(readFileSync(s.path).equals(data));
  await s.remove();
  t.match((d as PromiseRejectedResult).reason, { message: 'connection reset midway' });
  t.same(left('spooldigest'), []);
});
