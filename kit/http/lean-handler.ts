// An HTTP/1.1 request handler for the AWS SDK that reads a response straight off the socket into one reused
// buffer (net/tls `onread`), for taps that download large objects: the SDK still builds, signs, retries and
// parses every request; only the transport is ours. Node's http client spends a fresh buffer, a parser callback
// and stream events on every 64 KB: receiving and spooling a 1.9 GB object here took 7.0–9.0 CPU s with it and
// 5.2–6.7 s with this (README, tap-indici-s3 benchmarks).
import net from 'node:net';
import tls from 'node:tls';
import { Readable } from 'node:stream';
import type { HeaderBag, HttpHandlerOptions, HttpRequest, HttpResponse, QueryParameterBag, RequestHandler } from '@smithy/types';

export interface LeanHttpHandlerOptions {
  /** a socket with nothing to read for this long fails (TimeoutError, which the SDK retries before the response) */
  idleTimeoutMs?: number;
  /** the reused read buffer (bytes) */
  readBytes?: number;
  /** more TLS options (a private CA, say); certificates are verified as by Node's https */
  tls?: tls.ConnectionOptions;
}

/** The response did not follow HTTP/1.1 framing (or the connection ended inside it). */
export class HttpFramingError extends Error {
  override name = 'HttpFramingError';
}

const HEAD_LIMIT = 64 * 1024;
/**
 * bytes per chunk handed to the consumer: 64 KB, as Node's http hands on. Larger chunks (fresh memory each) made V8
 * run a full mark-compact every few MB of a download (93 against 3 for a 1.9 GB object, `--trace-gc`).
 */
const STAGE = 64 * 1024;
const CRLFCRLF = Buffer.from('\r\n\r\n');

/**
 * One connection per request, closed after it (`Connection: close`): the objects it is meant for are large, so a
 * handshake per request costs little beside them. Request bodies are strings or bytes only (a tap reads).
 */
export class LeanHttpHandler implements RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions> {
  readonly metadata = { handlerProtocol: 'http/1.1' };
  private readonly idleTimeoutMs: number;
  private readonly readBytes: number;
  private readonly tls: tls.ConnectionOptions;

  constructor(options: LeanHttpHandlerOptions = {}) {
    this.idleTimeoutMs = options.idleTimeoutMs ?? 120_000;
    this.readBytes = options.readBytes ?? 64 * 1024;
    this.tls = options.tls ?? {};
  }

  updateHttpClientConfig(): void {}
  httpHandlerConfigs(): Record<string, never> {
    return {};
  }
  destroy(): void {}

  handle(request: HttpRequest, { abortSignal }: HttpHandlerOptions = {}): Promise<{ response: HttpResponse }> {
    return new Promise((resolve, reject) => {
      if (abortSignal?.aborted) return reject(abortError());
      let head: string;
      let payload: Buffer | undefined;
      try {
        ({ head, payload } = requestBytes(request));
      } catch (e) {
        return reject(e as Error);
      }
      const hostname = (request.hostname ?? '').replace(/^\[(.*)\]$/, '$1');
      const https = request.protocol === 'https:';
      const port = request.port ?? (https ? 443 : 80);
      const reader = new ResponseReader(request.method === 'HEAD');
      const buffer = Buffer.allocUnsafe(this.readBytes);
      let answered = false;
      const onread = {
        buffer,
        callback: (n: number, b: Uint8Array) => {
          let failed: Error | undefined;
          try {
            reader.feed(b.subarray(0, n));
          } catch (e) {
            failed = e as Error;
          }
          // a complete head is the answer, even when the bytes after it are wrong (the body then fails)
          if (!answered && reader.response) {
            answered = true;
            resolve({ response: reader.response });
          }
          if (failed) socket.destroy(failed);
          else if (reader.done) socket.destroy();
          else if (reader.full) {
            // waiting on the consumer is not silence from the server
            socket.setTimeout(0);
            socket.pause();
          }
          return true;
        },
      };
      const socket = https
        ? tls.connect({
            ...this.tls,
            host: hostname,
            port,
            servername: net.isIP(hostname) ? undefined : hostname,
            ALPNProtocols: ['http/1.1'],
            onread,
          } as tls.ConnectionOptions)
        : net.connect({ host: hostname, port, onread });
      const idle = () => {
        const e = Object.assign(new Error(`no data from ${hostname}:${port} for ${this.idleTimeoutMs} ms`), {
          name: 'TimeoutError',
          code: 'ETIMEDOUT',
        });
        socket.destroy(e);
      };
      reader.onDrain = () => {
        socket.setTimeout(this.idleTimeoutMs);
        socket.resume();
      };
      reader.onCancel = () => socket.destroy();
      // one listener; setTimeout(ms, fn) would add another each time the timer is armed again
      socket.on('timeout', idle);
      socket.setTimeout(this.idleTimeoutMs);
      const onAbort = () => socket.destroy(abortError());
      // the SDK passes a standard AbortSignal (or its own older shape, which only has onabort)
      const signal = abortSignal && 'addEventListener' in abortSignal ? (abortSignal as AbortSignal) : undefined;
      if (signal) signal.addEventListener('abort', onAbort, { once: true });
      else if (abortSignal) abortSignal.onabort = onAbort;
      // written once connected (a socket holds what is written before that)
      socket.write(head);
      if (payload) socket.write(payload);
      socket.on('error', (e) => {
        if (!answered) reject(e);
        else reader.fail(e);
      });
      socket.on('close', () => {
        signal?.removeEventListener('abort', onAbort);
        // ECONNRESET, as Node's http client says ("socket hang up"): the SDK retries a request on that code, and a
        // server or proxy closing an idle or overloaded connection before answering is worth a retry
        if (!answered)
          reject(
            Object.assign(new HttpFramingError(`${hostname}:${port} closed the connection before a complete response head`), {
              code: 'ECONNRESET',
            }),
          );
        else reader.end();
      });
    });
  }
}

function abortError(): Error {
  return Object.assign(new Error('Request aborted'), { name: 'AbortError' });
}

/** The request line and headers (plus a body of bytes), with the headers checked for line breaks. */
function requestBytes(request: HttpRequest): { head: string; payload?: Buffer } {
  const query = queryString(request.query);
  const target = `${request.path || '/'}${query ? `?${query}` : ''}`;
  const headers: HeaderBag = { ...request.headers };
  const names = new Set(Object.keys(headers).map((k) => k.toLowerCase()));
  let payload: Buffer | undefined;
  const body: unknown = request.body;
  if (body !== undefined && body !== null) {
    if (typeof body === 'string') payload = Buffer.from(body);
    else if (body instanceof Uint8Array) payload = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    else throw new Error('LeanHttpHandler sends a request body of a string or bytes only');
    if (!names.has('content-length')) headers['content-length'] = String(payload.length);
  }
  if (!names.has('host')) {
    const dflt = request.protocol === 'https:' ? 443 : 80;
    headers.host = `${request.hostname}${request.port && request.port !== dflt ? `:${request.port}` : ''}`;
  }
  for (const k of Object.keys(headers)) if (k.toLowerCase() === 'connection') delete headers[k];
  headers.connection = 'close';
  let head = `${request.method} ${target} HTTP/1.1\r\n`;
  for (const [k, v] of Object.entries(headers)) {
    if (/[\r\n]/.test(k) || /[\r\n]/.test(v)) throw new Error(`header ${JSON.stringify(k)} holds a line break`);
    head += `${k}: ${v}\r\n`;
  }
  return { head: head + '\r\n', payload };
}

/** The SDK's query bag as a query string (each key and value percent-encoded, repeated keys for arrays, a bare key for null). */
export function queryString(query: QueryParameterBag | undefined): string {
  if (!query) return '';
  const enc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const parts: string[] = [];
  for (const key of Object.keys(query).sort()) {
    const v = query[key];
    if (v === null || v === undefined) parts.push(enc(key));
    else for (const one of Array.isArray(v) ? v : [v]) parts.push(`${enc(key)}=${enc(one)}`);
  }
  return parts.join('&');
}

/**
 * Reads one HTTP/1.1 response from the bytes it is fed: the head (skipping 1xx answers), then the body by
 * Content-Length, chunked transfer coding or the end of the connection, handed on as copies to a Readable.
 */
export class ResponseReader {
  response?: HttpResponse;
  /** the body is complete (the connection can go) */
  done = false;
  onDrain?: () => void;
  onCancel?: () => void;
  private headBytes: Buffer[] = [];
  private headLength = 0;
  private body?: Readable;
  private waiting = false;
  private mode: 'none' | 'length' | 'chunked' | 'close' = 'none';
  private left = 0;
  private received = 0;
  private expected = 0;
  /** chunked: reading a size line, a chunk's data, the CRLF after it, or the trailer lines */
  private chunk: 'size' | 'data' | 'crlf' | 'trailer' = 'size';
  private line = '';
  private stage?: Buffer;
  private staged = 0;

  constructor(private readonly noBody = false) {}

  /** the consumer has not taken what was pushed: stop reading until it asks */
  get full(): boolean {
    return this.waiting;
  }

  feed(bytes: Uint8Array): void {
    let b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    while (!this.response && b.length > 0) {
      const rest = this.readHead(b);
      if (rest === undefined) return;
      b = rest;
    }
    if (b.length > 0 && !this.done) this.readBody(b);
  }

  /** The connection ended: fine for a body read to its end, a framing error otherwise. */
  end(): void {
    if (!this.body || this.done) return;
    if (this.mode === 'close') return this.finish();
    const what =
      this.mode === 'length'
        ? `after ${this.received} of ${this.expected} body bytes`
        : `inside a chunked body (${this.received} bytes read)`;
    this.fail(new HttpFramingError(`the connection ended ${what}`));
  }

  fail(e: Error): void {
    if (this.done) return;
    this.done = true;
    this.body?.destroy(e);
  }

  /** Adds bytes to the head; returns what follows it once complete (undefined while incomplete). */
  private readHead(b: Buffer): Buffer | undefined {
    const prior = this.headLength;
    this.headBytes.push(Buffer.from(b));
    this.headLength += b.length;
    const all = this.headBytes.length === 1 ? this.headBytes[0]! : Buffer.concat(this.headBytes);
    const at = all.indexOf(CRLFCRLF, Math.max(0, prior - 3));
    if (at < 0) {
      if (this.headLength > HEAD_LIMIT) throw new HttpFramingError(`response head longer than ${HEAD_LIMIT} bytes`);
      this.headBytes = [all];
      return undefined;
    }
    this.headBytes = [];
    this.headLength = 0;
    const lines = all.toString('latin1', 0, at).split('\r\n');
    const status = /^HTTP\/1\.[01] (\d{3})(?: (.*))?$/.exec(lines[0]!);
    if (!status) throw new HttpFramingError(`not an HTTP/1.1 status line: ${JSON.stringify(lines[0]!.slice(0, 80))}`);
    const code = Number(status[1]);
    const rest = all.subarray(at + 4);
    if (code >= 100 && code < 200) return rest; // 100 Continue and the like: the real answer follows
    const headers: HeaderBag = {};
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':');
      if (colon <= 0) throw new HttpFramingError(`malformed response header line: ${JSON.stringify(line.slice(0, 80))}`);
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
    }
    const te = headers['transfer-encoding'];
    const cl = headers['content-length'];
    if (this.noBody || code === 204 || code === 304) this.mode = 'none';
    else if (te !== undefined) {
      if (!/(^|,)\s*chunked\s*$/i.test(te)) throw new HttpFramingError(`unsupported transfer-encoding: ${te}`);
      this.mode = 'chunked';
    } else if (cl !== undefined) {
      if (!/^\d+$/.test(cl)) throw new HttpFramingError(`invalid content-length: ${JSON.stringify(cl)}`);
      this.mode = 'length';
      this.expected = this.left = Number(cl);
    } else this.mode = 'close';
    this.body = new Readable({
      highWaterMark: 1 << 20,
      read: () => {
        if (!this.waiting) return;
        this.waiting = false;
        this.onDrain?.();
      },
      destroy: (err, cb) => {
        if (!this.done) {
          this.done = true;
          this.onCancel?.();
        }
        cb(err);
      },
    });
    // an error before the consumer starts reading must not crash the process as an unheard 'error' event: the
    // consumer still sees it (a read of an errored stream rejects with it)
    this.body.on('error', () => undefined);
    this.response = { statusCode: code, reason: status[2], headers, body: this.body };
    if (this.mode === 'none' || (this.mode === 'length' && this.left === 0)) this.finish();
    return rest;
  }

  private readBody(b: Buffer): void {
    if (this.mode === 'none') return;
    if (this.mode === 'close') return this.push(b);
    if (this.mode === 'length') {
      const n = Math.min(this.left, b.length);
      this.push(b.subarray(0, n));
      this.left -= n;
      if (this.left === 0) this.finish();
      return;
    }
    let i = 0;
    while (i < b.length && !this.done) {
      if (this.chunk === 'data') {
        const n = Math.min(this.left, b.length - i);
        this.push(b.subarray(i, i + n));
        this.left -= n;
        i += n;
        if (this.left === 0) this.chunk = 'crlf';
        continue;
      }
      const nl = b.indexOf(0x0a, i);
      const piece = b.toString('latin1', i, nl < 0 ? b.length : nl + 1);
      i = nl < 0 ? b.length : nl + 1;
      this.line += piece;
      if (this.line.length > 4096) throw new HttpFramingError('a chunked body line longer than 4096 bytes');
      if (nl < 0) continue;
      const line = this.line.replace(/\r?\n$/, '');
      this.line = '';
      if (this.chunk === 'crlf') {
        if (line !== '') throw new HttpFramingError('chunk data not followed by CRLF');
        this.chunk = 'size';
      } else if (this.chunk === 'size') {
        const m = /^([0-9a-fA-F]+)\s*(;.*)?$/.exec(line);
        if (!m || m[1]!.length > 12) throw new HttpFramingError(`invalid chunk size line: ${JSON.stringify(line.slice(0, 40))}`);
        this.left = parseInt(m[1]!, 16);
        this.chunk = this.left === 0 ? 'trailer' : 'data';
      } else if (line === '') this.finish(); // the empty line after the (ignored) trailers
    }
  }

  /**
   * Copies bytes (they lie in the socket's reused buffer) into the chunk being filled, handed on when full: a TLS
   * socket reads a 16 KB record at a time, and a consumer's cost is per chunk.
   */
  private push(b: Buffer): void {
    this.received += b.length;
    for (let i = 0; i < b.length;) {
      this.stage ??= Buffer.allocUnsafeSlow(STAGE);
      const n = b.copy(this.stage, this.staged, i);
      this.staged += n;
      i += n;
      if (this.staged === STAGE) this.handOn();
    }
  }

  private handOn(): void {
    const chunk = this.staged === STAGE ? this.stage! : this.stage!.subarray(0, this.staged);
    this.stage = undefined;
    this.staged = 0;
    if (!this.body!.push(chunk)) this.waiting = true;
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    if (this.staged > 0) this.handOn();
    this.body!.push(null);
  }
}
