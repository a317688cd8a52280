// HTTP for tap-hims: JSON GETs with auth headers, a timeout, and retries (429 honours Retry-After; 5xx,
// timeouts, dropped connections and garbled bodies back off). Error replies that are OperationOutcomes are
// reported by their issues.
import { requireCjs } from '../../kit/cjs.js';
import type * as Undici from 'undici';
import type { Logger } from '../../kit/singer/log.js';
import { HttpStatusError, TransientError, transportError, withRetry, parseRetryAfter, type RetryPolicy } from '../../kit/http/retry.js';
import { emitMetric } from '../../kit/singer/log.js';
import { ConfigError } from '../../kit/singer/errors.js';
import { parseJsonLossless, quoteDecimals } from '../../kit/singer/json.js';
import type { HimsConfig } from './settings.js';

// CommonJS by require, not import (kit/cjs.ts: start-up time)
const { request } = requireCjs('undici') as typeof Undici;

type J = Record<string, any>;

/** OperationOutcome issues as one line: "error invalid: _lastUpdated is not an instant". */
export function outcomeText(body: J | undefined): string {
  if (body?.resourceType !== 'OperationOutcome') return '';
  return (body.issue ?? [])
    .map((i: J) => `${i.severity ?? ''} ${i.code ?? ''}: ${i.details?.text ?? i.diagnostics ?? ''}`.trim())
    .join('; ');
}

export class HimsClient {
  private readonly policy: RetryPolicy;
  private capability?: Promise<J>;

  constructor(
    readonly config: HimsConfig,
    private readonly logger: Logger,
  ) {
    this.policy = { retries: config.retries, baseMs: config.retry_base_ms, maxMs: config.max_retry_after_seconds * 1000 };
    if (config.auth_type === 'api_key' && !config.api_key) throw new ConfigError('auth_type api_key needs api_key');
    if (config.auth_type === 'bearer' && !config.bearer_token) throw new ConfigError('auth_type bearer needs bearer_token');
    if (config.auth_type === 'oauth2' && !(config.token_url && config.client_id && config.client_secret))
      throw new ConfigError('auth_type oauth2 needs token_url, client_id and client_secret');
  }

  private async headers(): Promise<Record<string, string>> {
    const h: Record<string, string> = {
      accept: this.config.flavour === 'fhir' ? 'application/fhir+json' : 'application/json',
      ...this.config.extra_headers,
    };
    if (this.config.auth_type === 'api_key')
      h[this.config.api_key_header.toLowerCase()] = `${this.config.api_key_prefix}${this.config.api_key}`;
    if (this.config.auth_type === 'bearer') h.authorization = `Bearer ${this.config.bearer_token}`;
    if (this.config.auth_type === 'oauth2') h.authorization = `Bearer ${await this.accessToken()}`;
    return h;
  }

  /** the OAuth 2.0 access token and when to fetch the next one (ms) */
  private token?: { value: string; renewAt: number };
  private tokenRequest?: Promise<string>;

  /**
   * An access token by the client-credentials grant (RFC 6749 §4.4), fetched again before it expires: at 90% of
   * its expires_in, and at most a minute before the end, so a long run never sends a dead one.
   */
  private accessToken(): Promise<string> {
    if (this.token && Date.now() < this.token.renewAt) return Promise.resolve(this.token.value);
    return (this.tokenRequest ??= this.fetchToken()
      // its own retries are spent: an error the GET's retries do not take up again (no retries squared)
      .catch((e: Error) => {
        throw e instanceof ConfigError ? e : new Error(`no access token from ${this.config.token_url}: ${e.message}`, { cause: e });
      })
      .finally(() => (this.tokenRequest = undefined)));
  }

  private async fetchToken(): Promise<string> {
    const c = this.config;
    const form = new URLSearchParams({ grant_type: 'client_credentials', ...(c.scope ? { scope: c.scope } : {}) });
    // client authentication by HTTP Basic, each part form-encoded first (RFC 6749 §2.3.1)
    const basic = Buffer.from(`${encodeURIComponent(c.client_id!)}:${encodeURIComponent(c.client_secret!)}`).toString('base64');
    const timeout = c.request_timeout_seconds * 1000;
    return withRetry(this.policy, 'POST token', this.logger, async () => {
      try {
        const res = await request(c.token_url!, {
          method: 'POST',
          headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
          body: form.toString(),
          headersTimeout: timeout,
          bodyTimeout: timeout,
        });
        const text = await res.body.text();
        let body: J = {};
        try {
          body = JSON.parse(text) as J;
        } catch {
          // an error page: the status below says what happened
        }
        if (res.statusCode !== 200 || typeof body.access_token !== 'string') {
          // 400/401: the client or grant is refused (RFC 6749 §5.2), which retrying cannot mend
          const why = body.error ? `${body.error}${body.error_description ? `: ${body.error_description}` : ''}` : text.slice(0, 200);
          if (res.statusCode >= 400 && res.statusCode < 500 && res.statusCode !== 429)
            throw new ConfigError(`the token endpoint ${c.token_url} refused the client credentials (HTTP ${res.statusCode} ${why})`);
          throw new HttpStatusError(res.statusCode, c.token_url!, why, res.headers['retry-after'] as string | undefined);
        }
        const life = Number(body.expires_in);
        const ms = Number.isFinite(life) && life > 0 ? life * 1000 : 3600_000;
        this.token = { value: body.access_token, renewAt: Date.now() + Math.max(ms * 0.9, ms - 60_000) };
        return body.access_token;
      } catch (e) {
        throw transportError(e, 'POST token', c.request_timeout_seconds);
      }
    });
  }

  /**
   * Absolute URL for a path under base_url. A `next` link is used verbatim when it points to base_url's own
   * origin (scheme, host and port) or one in trusted_link_origins: every request carries the credentials, so a
   * link elsewhere (a misconfigured or hostile server, a downgrade to http) is refused, not followed.
   */
  url(path: string): string {
    if (!/^[a-z][a-z0-9+.-]*:/i.test(path)) return this.config.base_url.replace(/\/+$/, '') + '/' + path.replace(/^\/+/, '');
    const origin = (u: string): string | null => {
      try {
        const o = new URL(u).origin;
        return o === 'null' ? null : o;
      } catch {
        return null;
      }
    };
    const own = origin(this.config.base_url);
    const to = origin(path);
    const trusted = [own, ...(this.config.trusted_link_origins ?? []).map(origin)];
    if (to === null || !trusted.includes(to))
      throw new ConfigError(
        `a Bundle "next" link points to ${to ?? JSON.stringify(path.slice(0, 100))}, not to the server's own ${own}: not followed ` +
          '(the request would carry the credentials). A server that names itself by another address (behind a proxy): ' +
          'set base_url to that address, or list its origin in trusted_link_origins',
      );
    return path;
  }

  /** A JSON reply, parsed without rounding (numbers past a double's 15 digits are digit strings). */
  getJson(pathOrUrl: string, endpoint: string): Promise<J> {
    return this.get(pathOrUrl, endpoint, (body) => body);
  }

  /**
   * A JSON reply twice: `body` as getJson reads it (what the warehouse keeps as the resource), and `exact` with
   * every decimal as its text ("1.10"), for the values the tap maps: money never becomes a double.
   */
  getExact(pathOrUrl: string, endpoint: string): Promise<{ body: J; exact: J; date?: string }> {
    return this.get(pathOrUrl, endpoint, (body, text, date) => ({ body, exact: JSON.parse(quoteDecimals(text)) as J, date }));
  }

  /** `read` also gets the reply's Date header: the server's clock, to the second. */
  private async get<T>(pathOrUrl: string, endpoint: string, read: (body: J, text: string, date?: string) => T): Promise<T> {
    const url = this.url(pathOrUrl);
    const timeout = this.config.request_timeout_seconds * 1000;
    let reauthorised = false;
    return withRetry(this.policy, `GET ${endpoint}`, this.logger, async () => {
      const t0 = Date.now();
      let status = 0;
      try {
        let headers = await this.headers();
        let res = await request(url, { method: 'GET', headers, headersTimeout: timeout, bodyTimeout: timeout });
        if (res.statusCode === 401 && this.config.auth_type === 'oauth2' && !reauthorised) {
          // revoked or expired early (a server clock ahead of ours): a fresh token and the request again, in this
          // attempt (no retry spent, no back-off); the token is dropped only if no other request renewed it since
          reauthorised = true;
          await res.body.dump();
          if (this.token && headers.authorization === `Bearer ${this.token.value}`) this.token = undefined;
          headers = await this.headers();
          res = await request(url, { method: 'GET', headers, headersTimeout: timeout, bodyTimeout: timeout });
        }
        status = res.statusCode;
        const text = await res.body.text();
        let body: J | undefined;
        try {
          // lossless: a decimal longer than a double holds (Money, Quantity) stays its digit string
          body = text ? ((p) => (p.lossless ?? p.value) as J)(parseJsonLossless(text)) : undefined;
        } catch {
          if (status >= 200 && status < 300)
            throw new TransientError(`GET ${endpoint}: the ${text.length}-character reply is not valid JSON (garbled or cut short)`);
        }
        if (status < 200 || status >= 300) {
          const retryAfter = res.headers['retry-after'] as string | undefined;
          if (status === 429 && retryAfter !== undefined && (parseRetryAfter(retryAfter) ?? 0) > this.policy.maxMs) {
            // not retried: waiting that long is not what the schedule allows
            throw new Error(
              `HTTP 429 from ${url}: Retry-After ${retryAfter} is longer than max_retry_after_seconds (${this.config.max_retry_after_seconds})`,
            );
          }
          throw new HttpStatusError(status, url, outcomeText(body) || text.slice(0, 200), retryAfter);
        }
        const date = res.headers.date;
        return read(body ?? {}, text || '{}', typeof date === 'string' ? date : undefined);
      } catch (e) {
        throw transportError(e, `GET ${endpoint}`, this.config.request_timeout_seconds);
      } finally {
        emitMetric({
          type: 'timer',
          metric: 'http_request_duration',
          value: (Date.now() - t0) / 1000,
          tags: { endpoint, http_status_code: status, status: status >= 200 && status < 300 ? 'succeeded' : 'failed' },
        });
      }
    });
  }

  /** The server's CapabilityStatement, read once per run (FHIR). */
  metadata(): Promise<J> {
    return (this.capability ??= this.getJson('metadata', 'metadata').then((cs) => {
      if (cs.resourceType !== 'CapabilityStatement') throw new ConfigError(`${this.url('metadata')} did not return a CapabilityStatement`);
      if (!String(cs.fhirVersion ?? '').startsWith('4.0'))
        this.logger.warn(`server reports FHIR ${cs.fhirVersion}; this tap reads R4 (4.0.x)`);
      return cs;
    }));
  }

  /** What the CapabilityStatement says about one resource type. */
  async supports(type: string): Promise<{ search: boolean; lastUpdated: boolean; sort: boolean; history: boolean }> {
    const cs = await this.metadata();
    const rest = (cs.rest ?? []).find((x: J) => x.mode === 'server') ?? cs.rest?.[0];
    const r = (rest?.resource ?? []).find((x: J) => x.type === type);
    const codes = new Set((r?.interaction ?? []).map((i: J) => i.code));
    // R4 lets a server list the parameters every resource takes (_lastUpdated, _sort…) once, at rest.searchParam
    const params = new Set([...(rest?.searchParam ?? []), ...(r?.searchParam ?? [])].map((p: J) => p.name));
    return {
      search: codes.has('search-type'),
      lastUpdated: params.has('_lastUpdated'),
      sort: params.has('_sort'),
      history: codes.has('history-type'),
    };
  }
}
