// kit/http/lean-handler.ts: responses framed by Content-Length, chunked coding or the connection's end come out
// byte for byte however the server cuts its writes; a connection that ends inside a body, a malformed head, an
// idle server and an abort are errors; TLS verifies certificates; and an S3 client on it reads, lists and gets
// S3's own error replies from a real S3-API server.
import t from 'tap';
import net from 'node:net';
import tls from 'node:tls';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import type { HttpRequest } from '@smithy/types';
import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { LeanHttpHandler, queryString } from '../kit/http/lean-handler.js';
import { S3_TEST_ENV, startS3Server } from '../sim/s3-server.js';

type Reply = (socket: net.Socket, head: string) => void | Promise<void>;

/** A TCP server that answers each request (its head read in full) with `reply`; the heads it saw are kept. */
async function server(reply: Reply, secure?: { key: string; cert: string }) {
  const heads: string[] = [];
  const onSocket = (socket: net.Socket) => {
    let got = '';
    const onData = (d: Buffer) => {
      got += d.toString('latin1');
      const end = got.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.off('data', onData);
      heads.push(got.slice(0, end));
      void reply(socket, got.slice(0, end));
    };
    socket.on('data', onData);
    socket.on('error', () => undefined);
  };
  const srv = secure ? tls.createServer(secure, onSocket) : net.createServer(onSocket);
  srv.listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const port = (srv.address() as net.AddressInfo).port;
  return { port, heads, close: () => new Promise((r) => srv.close(r)) };
}

function request(port: number, over: Partial<HttpRequest> = {}): HttpRequest {
  return { protocol: 'http:', hostname: '127.0.0.1', port, method: 'GET', path: '/bucket/key', query: {}, headers: {}, ...over };
}

async function readAll(body: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of body) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

/** Writes `bytes` in pieces of the given sizes (cycled), each a separate write after a pause, then ends. */
async function writeCut(socket: net.Socket, bytes: Buffer, sizes: number[], end = true): Promise<void> {
  for (let off = 0, i = 0; off < bytes.length; i++) {
    const n = Math.min(sizes[i % sizes.length]!, bytes.length - off);
    socket.write(bytes.subarray(off, off + n));
    off += n;
    await new Promise((r) => setImmediate(r));
  }
  if (end) socket.end();
}

function chunkedBody(data: Buffer, sizes: number[]): Buffer {
  const parts: Buffer[] = [];
  for (let off = 0, i = 0; off < data.length; i++) {
    const n = Math.min(sizes[i % sizes.length]!, data.length - off);
    parts.push(Buffer.from(`${n.toString(16)}${i % 3 === 1 ? ';ext=1' : ''}\r\n`), data.subarray(off, off + n), Buffer.from('\r\n'));
    off += n;
  }
  parts.push(Buffer.from('0\r\nx-trailer: yes\r\n\r\n'));
  return Buffer.concat(parts);
}

t.test('bodies by Content-Length, chunked coding and connection end, cut at every size', async (t) => {
  const data = randomBytes(300_000);
  const cuts = [[1], [2, 7, 13], [4096], [65537], [1 << 20]];
  for (const [name, wire] of [
    ['content-length', Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Length: ${data.length}\r\nETag: "x"\r\n\r\n`), data])],
    [
      'chunked',
      Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n'), chunkedBody(data, [1, 9000, 70_000, 3])]),
    ],
    ['until close', Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\n\r\n'), data])],
    [
      'after 100 Continue',
      Buffer.concat([Buffer.from(`HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: ${data.length}\r\n\r\n`), data]),
    ],
  ] as const) {
    for (const sizes of name === 'content-length' ? cuts : [[1, 3, 5000], [65536]]) {
      if (sizes[0] === 1 && sizes.length === 1) continue; // byte-at-a-time is for the head test below
      const srv = await server((s) => writeCut(s, wire, sizes));
      const { response } = await new LeanHttpHandler().handle(request(srv.port));
      t.equal(response.statusCode, 200, `${name} ${sizes.join('/')}: status`);
      t.ok((await readAll(response.body as Readable)).equals(data), `${name} ${sizes.join('/')}: body byte for byte`);
      await srv.close();
    }
  }
});

t.test('a head written a byte at a time; headers lower-cased, repeats joined; HEAD and 204 have no body', async (t) => {
  const srv = await server((s) =>
    writeCut(s, Buffer.from('HTTP/1.1 200 Fine Thanks\r\nX-Amz-Meta-A: 1\r\nx-amz-meta-a: 2\r\nContent-Length: 5\r\n\r\nhello'), [1]),
  );
  const { response } = await new LeanHttpHandler().handle(
    request(srv.port, { query: { versionId: 'a b+c/é', 'list-type': '2', flag: null as unknown as string } }),
  );
  t.equal(response.reason, 'Fine Thanks');
  t.equal(response.headers['x-amz-meta-a'], '1, 2');
  t.equal((await readAll(response.body as Readable)).toString(), 'hello');
  t.match(srv.heads[0]!, /^GET \/bucket\/key\?flag&list-type=2&versionId=a%20b%2Bc%2F%C3%A9 HTTP\/1\.1\r\n/);
  t.match(srv.heads[0]!, /\r\nhost: 127\.0\.0\.1:\d+/);
  t.match(srv.heads[0]!, /\r\nconnection: close/);
  await srv.close();

  // a HEAD answer carries the object's Content-Length but no body: the response must end without waiting for one
  const head = await server((s) => void s.write('HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n'));
  const h = await new LeanHttpHandler({ idleTimeoutMs: 2000 }).handle(request(head.port, { method: 'HEAD' }));
  t.equal((await readAll(h.response.body as Readable)).length, 0, 'HEAD: empty body, at once');
  await head.close();
  const none = await server((s) => void s.write('HTTP/1.1 204 No Content\r\n\r\n'));
  const n = await new LeanHttpHandler({ idleTimeoutMs: 2000 }).handle(request(none.port));
  t.equal((await readAll(n.response.body as Readable)).length, 0, '204: empty body');
  await none.close();
});

t.test('a connection that ends inside a body, a malformed head or a silent server is an error, never a short body', async (t) => {
  const cases: Array<[string, string, RegExp]> = [
    ['short content-length body', 'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n12345', /ended after 5 of 10 body bytes/],
    ['chunked body without its last chunk', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n', /inside a chunked body/],
    ['a bad chunk size', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n', /invalid chunk size line/],
    ['chunk data without CRLF', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX0\r\n\r\n', /not followed by CRLF/],
  ];
  for (const [name, wire, err] of cases) {
    const srv = await server((s) => void s.end(wire));
    const { response } = await new LeanHttpHandler().handle(request(srv.port));
    await t.rejects(readAll(response.body as Readable), err, name);
    await srv.close();
  }
  const heads: Array<[string, string, RegExp]> = [
    ['closed before a head', 'HTTP/1.1 200 OK\r\nContent-Len', /closed the connection before a complete response head/],
    ['not HTTP', 'SSH-2.0-OpenSSH_9.2\r\n\r\n', /not an HTTP\/1\.1 status line/],
    ['a header without a colon', 'HTTP/1.1 200 OK\r\nbroken\r\n\r\n', /malformed response header line/],
    ['a bad content-length', 'HTTP/1.1 200 OK\r\nContent-Length: 12abc\r\n\r\n', /invalid content-length/],
    ['gzip transfer coding', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n', /unsupported transfer-encoding/],
  ];
  for (const [name, wire, err] of heads) {
    const srv = await server((s) => void s.end(wire));
    await t.rejects(new LeanHttpHandler().handle(request(srv.port)), err, name);
    await srv.close();
  }
  // closed before any byte, and inside the head: ECONNRESET, as Node's http client says ("socket hang up"), which the
  // SDK retries (without a code it did not, where its default handler succeeded on the second attempt)
  for (const wire of ['', 'HTTP/1.1 200 OK\r\nContent-Len']) {
    const srv = await server((s) => void s.end(wire));
    await t.rejects(
      new LeanHttpHandler().handle(request(srv.port)),
      { code: 'ECONNRESET' },
      `closed after ${wire.length} bytes: ECONNRESET`,
    );
    await srv.close();
  }
  const endless = await server((s) => void s.write(`HTTP/1.1 200 OK\r\nX: ${'y'.repeat(70_000)}`));
  await t.rejects(new LeanHttpHandler().handle(request(endless.port)), /response head longer than 65536 bytes/, 'an endless head');
  await endless.close();

  const silent = await server(() => undefined);
  await t.rejects(
    new LeanHttpHandler({ idleTimeoutMs: 300 }).handle(request(silent.port)),
    { name: 'TimeoutError' },
    'no answer: TimeoutError',
  );
  await silent.close();
  const stalls = await server((s) => void s.write('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n123'));
  const { response } = await new LeanHttpHandler({ idleTimeoutMs: 300 }).handle(request(stalls.port));
  await t.rejects(readAll(response.body as Readable), { name: 'TimeoutError' }, 'a body that stalls: TimeoutError');
  await stalls.close();

  const ac = new AbortController();
  const slow = await server(() => undefined);
  const p = new LeanHttpHandler().handle(request(slow.port), { abortSignal: ac.signal });
  setTimeout(() => ac.abort(), 100);
  await t.rejects(p, { name: 'AbortError' }, 'aborted');
  await slow.close();
  await t.rejects(new LeanHttpHandler().handle(request(1)), { code: 'ECONNREFUSED' }, 'refused: the socket error, for the SDK to retry');
});

t.test('a slow consumer holds the server back: what is buffered stays bounded and the body arrives whole', async (t) => {
  const data = randomBytes(24 << 20);
  const srv = await server(async (s) => {
    s.write(`HTTP/1.1 200 OK\r\nContent-Length: ${data.length}\r\n\r\n`);
    for (let off = 0; off < data.length; off += 1 << 20) {
      if (!s.write(data.subarray(off, off + (1 << 20)))) await once(s, 'drain');
    }
    s.end();
  });
  const warnings: string[] = [];
  const onWarning = (w: Error) => warnings.push(w.message);
  process.on('warning', onWarning);
  t.teardown(() => process.off('warning', onWarning));
  const { response } = await new LeanHttpHandler().handle(request(srv.port));
  const body = response.body as Readable;
  const hash = createHash('sha256');
  let held = 0;
  for await (const c of body) {
    hash.update(c as Buffer);
    await new Promise((r) => setTimeout(r, 2));
    held = Math.max(held, body.readableLength);
  }
  t.equal(hash.digest('hex'), createHash('sha256').update(data).digest('hex'), 'every byte, in order');
  t.same(warnings, [], 'no warnings (a timeout listener added per pause would pass the listener limit)');
  // without backpressure the 24 MB pile up in the body as fast as loopback delivers them
  t.ok(held <= 2 << 20, `at most ${(held / 1048576).toFixed(1)} MB held for the consumer`);
  await srv.close();
});

t.test('TLS: a certificate from a CA the client was given is accepted, any other refused', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'lean-tls-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      join(dir, 'k.pem'),
      '-out',
      join(dir, 'c.pem'),
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost',
    ],
    { stdio: 'ignore' },
  );
  const secure = { key: readFileSync(join(dir, 'k.pem'), 'utf8'), cert: readFileSync(join(dir, 'c.pem'), 'utf8') };
  const data = randomBytes(3 << 20);
  const srv = await server(
    (s) => void s.end(Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Length: ${data.length}\r\n\r\n`), data])),
    secure,
  );
  const req = request(srv.port, { protocol: 'https:', hostname: 'localhost' });
  const { response } = await new LeanHttpHandler({ tls: { ca: secure.cert } }).handle(req);
  t.ok((await readAll(response.body as Readable)).equals(data), 'the body over TLS (16 KB records), byte for byte');
  await t.rejects(new LeanHttpHandler().handle(req), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, 'an unknown CA is refused');
  await t.rejects(
    new LeanHttpHandler({ tls: { ca: secure.cert } }).handle(request(srv.port, { protocol: 'https:', hostname: '127.0.0.1' })),
    { code: 'ERR_TLS_CERT_ALTNAME_INVALID' },
    'a certificate for another name is refused',
  );
  await srv.close();
});

t.test('the query string matches the SDK default handler’s encoding', async (t) => {
  t.equal(queryString({ b: 'x y', a: ["it's", '*(!)'], c: null as unknown as string }), 'a=it%27s&a=%2A%28%21%29&b=x%20y&c');
  t.equal(queryString(undefined), '');
});

t.test('an S3 client on it: put, list versions, head, get (a key with spaces and non-ASCII), and S3 errors', async (t) => {
  Object.assign(process.env, S3_TEST_ENV);
  const s3 = await startS3Server();
  t.teardown(() => s3.stop());
  const client = new S3Client({
    endpoint: s3.url,
    forcePathStyle: true,
    region: S3_TEST_ENV.AWS_REGION,
    requestHandler: new LeanHttpHandler(),
  });
  await s3.client.send(new CreateBucketCommand({ Bucket: 'lean' }));
  const key = 'some dir/Ngā Tāngata +(1).txt';
  const data = randomBytes(5 << 20);
  await client.send(new PutObjectCommand({ Bucket: 'lean', Key: key, Body: data }));
  const listed = await client.send(new ListObjectVersionsCommand({ Bucket: 'lean', Prefix: 'some dir/' }));
  t.same(
    listed.Versions?.map((v) => v.Key),
    [key],
    'listed (an XML reply)',
  );
  const head = await client.send(new HeadObjectCommand({ Bucket: 'lean', Key: key }));
  t.equal(head.ContentLength, data.length, 'HEAD');
  const got = await client.send(new GetObjectCommand({ Bucket: 'lean', Key: key }));
  t.ok((await readAll(got.Body as Readable)).equals(data), 'GET, byte for byte');
  await t.rejects(
    client.send(new GetObjectCommand({ Bucket: 'lean', Key: 'absent' })),
    { name: 'NoSuchKey' },
    "S3's error reply, parsed by the SDK",
  );
  await t.rejects(client.send(new GetObjectCommand({ Bucket: 'nobucket', Key: 'k' })), { name: 'NoSuchBucket' });
});
