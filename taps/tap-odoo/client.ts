// The Odoo external API over its three channels: JSON-2 (19.0+: POST /json/2/<model>/<method>, bearer key, named
// arguments), JSON-RPC (/jsonrpc execute_kw) and XML-RPC (/xmlrpc/2/object execute_kw). `auto` asks /web/version
// (19.0+), or the JSON-RPC common.version where that route is missing (14.0–18.0).
// Replies are read without rounding (JSON through the lossless parser, XML-RPC doubles as their text). Errors are
// mapped per channel to OdooFault (exception name + first line of the message; never the request, the reply body
// or the key); 429, 5xx without an Odoo error body, timeouts and cut connections are retried with exponential
// backoff; a rejected key and an exception Odoo raised (JSON-2 answers those 500 too) are not.
import { requireCjs } from '../../kit/cjs.js';
import type * as Undici from 'undici';
import type { Logger } from '../../kit/singer/log.js';
import { HttpStatusError, TransientError, transportError, withRetry, type RetryPolicy } from '../../kit/http/retry.js';
import { ConfigError } from '../../kit/singer/errors.js';
import { parseJsonLossless } from '../../kit/singer/json.js';
import { emitMetric } from '../../kit/singer/log.js';
import { decodeResponse, encodeCall, XmlRpcFault, XmlRpcParseError } from './xmlrpc.js';
import type { OdooConfig } from './settings.js';

// CommonJS by require, not import (kit/cjs.ts: start-up time)
const { request } = requireCjs('undici') as typeof Undici;

export type Protocol = 'json2' | 'jsonrpc' | 'xmlrpc';
type J = Record<string, unknown>;

/** An error Odoo raised (AccessError, ValueError, MissingError…), as the channel reported it. */
export class OdooFault extends Error {
  override name = 'OdooFault';
  constructor(
    readonly channel: Protocol,
    /** Python exception class, e.g. odoo.exceptions.AccessError ('' when the channel gives only a code) */
    readonly exception: string,
    /** XML-RPC faultCode, JSON-RPC error.code or the JSON-2 HTTP status */
    readonly code: number | string,
    readonly detail: string,
    readonly what: string,
  ) {
    super(`${what}: ${exception || `fault ${code}`} (${channel}): ${detail}`);
  }
  get isAccessError(): boolean {
    return (
      /AccessError/.test(this.exception) ||
      (this.channel === 'xmlrpc' && this.code === 4) ||
      (this.channel === 'json2' && this.code === 403)
    );
  }
}

/** The credentials were refused: every call would fail the same way, so nothing is retried. */
export class OdooAuthError extends ConfigError {
  override name = 'OdooAuthError';
}

/**
 * The message's useful line. XML-RPC's fault 1 is Python's whole formatted traceback: frames (indented
 * `File "…", line N, in f` and source lines), then the exception, and chained tracebacks before it ("During handling
 * of the above exception…"); the exception raised last is the first unindented line after the last block's frames.
 */
export function faultLine(text: string): string {
  let body = text;
  const tb = text.lastIndexOf('Traceback (most recent call last):');
  if (tb >= 0) {
    const lines = text.slice(tb).split('\n').slice(1);
    const at = lines.findIndex((l) => l.trim() !== '' && !/^\s/.test(l));
    body = at >= 0 ? lines.slice(at).join('\n') : '';
  }
  const line = body
    .split('\n')
    .map((l) => l.trim())
    .find(Boolean);
  return (line ?? '').replace(/^[\w.]+(Error|Exception|Denied|Warning): /, '').slice(0, 300);
}

/**
 * The major version in a version_info (or, without one, a version string): 17 for [17, 0, …] and for Odoo Online's
 * ['saas~17', 4, …] or 'saas~17.4+e'; NaN when neither says.
 */
export function majorVersion(info: unknown, version: string): number {
  const first = Array.isArray(info) ? info[0] : undefined;
  const text = typeof first === 'number' || typeof first === 'string' ? String(first) : version;
  const m = /^\s*(?:saas~)?(\d+)/.exec(text);
  return m ? Number(m[1]) : NaN;
}

/** A JSON body of Odoo's serialize_exception ({name, message, arguments, context, debug}). */
function isOdooErrorBody(text: string): boolean {
  try {
    const j = JSON.parse(text) as J;
    return typeof j?.name === 'string' && 'message' in j;
  } catch {
    return false;
  }
}

const POSITIONAL: Record<string, string> = { search_read: 'domain', search: 'domain', search_count: 'domain', read: 'ids' };

/** What connect() found, as the state keeps it (never the key). */
export interface OdooSession {
  url: string;
  database: string;
  username: string;
  /** the protocol setting it was found under (auto or forced) */
  setting: string;
  protocol: Protocol;
  version: string;
  uid: number | false;
  at: string;
}

export class OdooClient {
  private readonly policy: RetryPolicy;
  protocol: Protocol = 'jsonrpc';
  serverVersion = '';
  uid: number | false = false;
  /** calls made this run, by method */
  readonly calls = new Map<string, number>();

  constructor(
    readonly config: OdooConfig,
    private readonly logger: Logger,
  ) {
    this.policy = { retries: config.retries, baseMs: config.retry_base_ms, maxMs: 60_000 };
  }

  private url(path: string): string {
    return this.config.url.replace(/\/+$/, '') + path;
  }

  private count(method: string): void {
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
  }

  get totalCalls(): number {
    let n = 0;
    for (const v of this.calls.values()) n += v;
    return n;
  }

  /**
   * The session a previous run found (kept in the state, no secret in it): reused while it is younger than
   * fields_max_age_minutes and names the same server, database, login and protocol setting, so a rerun with
   * nothing new spends no call on it. A reused uid the server refuses (OdooAuthError) is looked up again once.
   */
  private reused = false;
  /** hears of each session found anew, to keep it in the state */
  onSession: (s: OdooSession) => void = () => undefined;

  /** Pick the channel and check the credentials (one or two calls), unless `cached` still describes them. */
  async connect(cached?: unknown): Promise<void> {
    const c = cached as Partial<OdooSession> | undefined;
    const maxAge = this.config.fields_max_age_minutes * 60_000;
    if (
      c &&
      maxAge > 0 &&
      c.url === this.config.url &&
      c.database === this.config.database &&
      c.username === this.config.username &&
      c.setting === this.config.protocol &&
      (c.protocol === 'json2' || c.protocol === 'jsonrpc' || c.protocol === 'xmlrpc') &&
      (c.protocol === 'json2' || (typeof c.uid === 'number' && c.uid > 0)) &&
      typeof c.at === 'string' &&
      Date.now() - Date.parse(c.at) < maxAge
    ) {
      this.protocol = c.protocol;
      this.serverVersion = typeof c.version === 'string' ? c.version : '';
      this.uid = c.protocol === 'json2' ? false : c.uid!;
      this.reused = true;
      return;
    }
    this.reused = false;
    const p = this.config.protocol;
    if (p === 'auto' || p === 'json2') {
      const v = await this.version();
      this.serverVersion = v.version;
      const major = majorVersion(v.info, v.version);
      if (!Number.isFinite(major)) throw new ConfigError(`${this.config.url} did not say which Odoo version it runs`);
      if (p === 'json2' && major < 19)
        throw new ConfigError(`protocol json2 needs Odoo 19.0 or later; the server runs ${this.serverVersion}`);
      this.protocol = major >= 19 ? 'json2' : 'jsonrpc';
    } else this.protocol = p;
    if (this.protocol === 'json2') {
      await this.call('res.users', 'context_get', {});
      this.found();
      return;
    }
    const args = [this.config.database, this.config.username, this.config.api_key, {}];
    const uid = await this.rpc('common', 'authenticate', args, 'common.authenticate');
    if (typeof uid !== 'number' || uid <= 0)
      throw new OdooAuthError(
        `Odoo refused the login "${this.config.username}" on database "${this.config.database}" (wrong api_key or login)`,
      );
    this.uid = uid;
    this.found();
  }

  /**
   * The server's version. /web/version comes with the rpc addon of 19.0; before it the route is a 404 and the
   * common service's version method (JSON-RPC, no login; every version since 8.0) says the same.
   */
  private async version(): Promise<{ version: string; info: unknown }> {
    try {
      const v = (await this.http('GET', '/web/version', undefined, {}, 'web/version')) as J;
      return { version: String(v.version ?? ''), info: v.version_info };
    } catch (e) {
      if (!(e instanceof HttpStatusError) || e.status !== 404) throw e;
    }
    this.protocol = 'jsonrpc'; // until connect() picks one: the fallback's reply is read as JSON-RPC's
    const body = JSON.stringify({ jsonrpc: '2.0', method: 'call', id: 1, params: { service: 'common', method: 'version', args: [] } });
    const v = (await this.http('POST', '/jsonrpc', body, { 'content-type': 'application/json' }, 'common.version')) as J | undefined;
    return { version: String(v?.server_version ?? ''), info: v?.server_version_info };
  }

  private found(): void {
    this.onSession({
      url: this.config.url,
      database: this.config.database,
      username: this.config.username,
      setting: this.config.protocol,
      protocol: this.protocol,
      version: this.serverVersion,
      uid: this.uid,
      at: new Date().toISOString(),
    });
  }

  /** One model method with named arguments, over the chosen channel. */
  async call(model: string, method: string, args: J): Promise<unknown> {
    try {
      return await this.callOnce(model, method, args);
    } catch (e) {
      // a reused session the server no longer takes (another uid, a new key): log in again, then once more
      if (!(e instanceof OdooAuthError) || !this.reused) throw e;
      this.logger.info(`${model}.${method}: the session kept from the last run was refused; logging in again`);
      await this.connect();
      return this.callOnce(model, method, args);
    }
  }

  private async callOnce(model: string, method: string, args: J): Promise<unknown> {
    const what = `${model}.${method}`;
    this.count(method);
    if (this.protocol === 'json2') {
      const headers = {
        authorization: `bearer ${this.config.api_key}`,
        'x-odoo-database': this.config.database,
        'content-type': 'application/json; charset=utf-8',
      };
      return this.http('POST', `/json/2/${model}/${method}`, JSON.stringify(args), headers, what);
    }
    const posName = POSITIONAL[method];
    const positional = posName ? [args[posName]] : [];
    const kwargs = Object.fromEntries(Object.entries(args).filter(([k]) => k !== posName));
    const params = [this.config.database, this.uid, this.config.api_key, model, method, positional, kwargs];
    return this.rpc('object', 'execute_kw', params, what);
  }

  private rpc(service: 'common' | 'object', method: string, args: unknown[], what: string): Promise<unknown> {
    if (this.protocol === 'xmlrpc') {
      return this.http('POST', `/xmlrpc/2/${service}`, encodeCall(method, args), { 'content-type': 'text/xml' }, what, 'xml');
    }
    const body = JSON.stringify({ jsonrpc: '2.0', method: 'call', id: 1, params: { service, method, args } });
    return this.http('POST', '/jsonrpc', body, { 'content-type': 'application/json' }, what);
  }

  private async http(
    method: 'GET' | 'POST',
    path: string,
    body: string | undefined,
    headers: Record<string, string>,
    what: string,
    kind: 'json' | 'xml' = 'json',
  ): Promise<unknown> {
    const url = this.url(path);
    const timeout = this.config.request_timeout_seconds * 1000;
    return withRetry(this.policy, what, this.logger, async () => {
      const t0 = Date.now();
      let status = 0;
      try {
        const res = await request(url, {
          method,
          headers,
          ...(body !== undefined ? { body } : {}),
          headersTimeout: timeout,
          bodyTimeout: timeout,
        });
        status = res.statusCode;
        const text = await res.body.text();
        // JSON-2 answers an exception Odoo raised (ValueError, KeyError…) with 500 and its name in the body: the
        // same call would fail the same way, so only a 5xx without that body (a proxy, a restart) is retried
        if ((status === 429 || status >= 500) && !(kind === 'json' && status === 500 && isOdooErrorBody(text)))
          throw new HttpStatusError(status, url, '', res.headers['retry-after'] as string | undefined);
        if (kind === 'xml') return this.readXml(status, text, what, url);
        return this.readJson(status, text, what, url);
      } catch (e) {
        throw transportError(e, what, this.config.request_timeout_seconds, ` (is Odoo listening at ${this.config.url}?)`);
      } finally {
        emitMetric({
          type: 'timer',
          metric: 'http_request_duration',
          value: (Date.now() - t0) / 1000,
          tags: { endpoint: what, http_status_code: status, protocol: this.protocol },
        });
      }
    });
  }

  private readXml(status: number, text: string, what: string, url: string): unknown {
    if (status !== 200) throw new HttpStatusError(status, url, '');
    try {
      return decodeResponse(text);
    } catch (e) {
      if (e instanceof XmlRpcFault) {
        const code = Number(e.faultCode);
        if (code === 3) throw new OdooAuthError(`${what}: Odoo denied access (XML-RPC fault 3): wrong api_key or login`);
        throw new OdooFault('xmlrpc', '', code, faultLine(e.faultString), what);
      }
      if (e instanceof XmlRpcParseError)
        throw new TransientError(`${what}: the ${text.length}-character XML-RPC reply could not be read (${e.message})`);
      throw e;
    }
  }

  private readJson(status: number, text: string, what: string, url: string): unknown {
    let parsed: J | undefined;
    try {
      const p = parseJsonLossless(text);
      parsed = (p.lossless ?? p.value) as J;
    } catch {
      if (status === 200) throw new TransientError(`${what}: the ${text.length}-character reply is not valid JSON (garbled or cut short)`);
    }
    if (this.protocol === 'json2' || what === 'web/version' || status === 500) {
      if (status === 401)
        throw new OdooAuthError(
          `${what}: Odoo answered 401 (${String(parsed?.message ?? 'Unauthorized')}); the api_key setting is wrong or expired`,
        );
      if (status !== 200) {
        if (parsed && typeof parsed.name === 'string')
          throw new OdooFault(
            this.protocol === 'json2' ? 'json2' : 'jsonrpc',
            parsed.name,
            status,
            faultLine(String(parsed.message ?? '')),
            what,
          );
        throw new HttpStatusError(status, url, '');
      }
      return parsed;
    }
    if (status !== 200) throw new HttpStatusError(status, url, '');
    if (parsed?.error) {
      const err = parsed.error as { code?: number; message?: string; data?: { name?: string; message?: string } };
      const name = err.data?.name ?? '';
      if (/AccessDenied/.test(name)) throw new OdooAuthError(`${what}: Odoo denied access (${name}): wrong api_key or login`);
      throw new OdooFault('jsonrpc', name, err.code ?? 0, faultLine(err.data?.message ?? err.message ?? ''), what);
    }
    return parsed?.result;
  }
}
