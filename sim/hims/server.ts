// A HIMS simulator speaking FHIR R4 (shared/sources/hims-fhir.md) and a vendor JSON REST API:
// - FHIR: /fhir/metadata, /fhir/{Type}?_lastUpdated=gt|ge…&_sort=_lastUpdated&_count=n (page size capped; a
//   list of resources fixed per search, each loaded as it is when its page is read, as HAPI JPA does; Bundle
//   meta.lastUpdated = when the search ran), paged through opaque `next` links, /fhir/{Type}/_history?_since=… with DELETE entries
//   in the spec's form or HAPI FHIR's, OperationOutcome bodies on errors, API-key or bearer auth, 403 for
//   types the client may not read.
// - REST: /api/v1/{endpoint}?updated_since=…[&updated_before=…]&page=&limit= (or &cursor=, a keyset cursor)
//   → {data, meta}, ordered by (updated_at, id), deletions included.
// Faults (POST /__sim/faults): latency, timeout, 429 + Retry-After, 5xx, truncated or malformed bodies.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import { FaultQueue, type Fault } from '../faults.js';
import { Hospital, TYPES, type Resource, type ResourceType } from './data.js';
import { FHIR_MAPPERS } from '../../taps/tap-hims/fhir-map.js';

export interface HimsSimOptions {
  hospital?: Hospital;
  /** required `x-api-key` value (401 without it) */
  apiKey?: string;
  /** required bearer token */
  bearer?: string;
  /**
   * OAuth 2.0 client credentials (RFC 6749 §4.4): POST /oauth/token with HTTP Basic client authentication (or
   * client_id/client_secret in the form) issues bearer tokens that expire after `ttlSeconds`; the API then takes
   * only a live one (401 with an expired or unknown token, as an authorization server's resource server does).
   */
  oauth?: { clientId: string; clientSecret: string; ttlSeconds: number };
  /** page size cap, whatever _count asks */
  maxPage?: number;
  /** behave as a server that ignores _lastUpdated (its self link then omits it) */
  ignoreLastUpdated?: boolean;
  /**
   * How _history writes a DELETE: `spec` (request.url Patient/1, response.lastModified) or `hapi` as HAPI FHIR
   * does (versioned fullUrl, no request.url, response.status "204 No Content" and etag W/"v", no lastModified).
   */
  deleteEntries?: 'spec' | 'hapi';
  /** where the CapabilityStatement lists _lastUpdated and _sort: per resource, or once for all at rest.searchParam (R4 allows both) */
  commonParams?: 'resource' | 'rest';
  /** types whose searches and history answer 403 (e.g. a SMART scope the client lacks) */
  forbidden?: ResourceType[];
  /** the REST API lists rows by id, not by updated_at (as some vendor APIs do) */
  restById?: boolean;
}

/** JSON with FhirDecimal values written as their exact number tokens. */
export function fhirJson(body: unknown): string {
  return JSON.stringify(body).replace(/"\\u0000decimal:(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)"/g, '$1');
}

const REST_ENDPOINTS: Record<string, ResourceType> = {
  patients: 'Patient',
  practitioners: 'Practitioner',
  medications: 'Medication',
  appointments: 'Appointment',
  encounters: 'Encounter',
  invoices: 'Invoice',
  'charge-items': 'ChargeItem',
  dispenses: 'MedicationDispense',
};

/** A search as the server keeps it between pages: the ids found, not their versions. */
interface Search {
  type: ResourceType;
  ids: string[];
  self: string;
  /** the hospital's clock when the search ran */
  at: string;
}

function outcome(code: string, diagnostics: string, severity = 'error') {
  return { resourceType: 'OperationOutcome', issue: [{ severity, code, diagnostics }] };
}

function parseInstant(v: string): number | undefined {
  const t = Date.parse(v);
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(t) ? t : undefined;
}

export class HimsSim {
  readonly hospital: Hospital;
  readonly faults = new FaultQueue();
  readonly requests: Array<{ path: string; status: number; entries: number }> = [];
  private searches = new Map<string, Search>();
  private server?: Server;
  private hooks: Array<{ match: string; fn: () => void }> = [];
  private sockets = new Set<Socket>();
  url = '';

  constructor(readonly opts: HimsSimOptions = {}) {
    this.hospital = opts.hospital ?? new Hospital();
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    this.server = createServer(
      (req, res) =>
        void this.handle(req, res).catch((e) => {
          if (!res.headersSent) this.json(res, 500, outcome('exception', String(e)));
          else res.destroy();
        }),
    );
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
    this.url = `http://${host}:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Run `fn` once, right after the next request whose path contains `match` was answered (data changing mid-run). */
  after(match: string, fn: () => void): void {
    this.hooks.push({ match, fn });
  }

  private json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}, fault?: Fault): void {
    const text = fhirJson(body);
    // FHIR resources (Bundles, OperationOutcomes…) are application/fhir+json; the vendor REST API is plain JSON
    const ctype = (body as { resourceType?: string } | undefined)?.resourceType ? 'application/fhir+json' : 'application/json';
    if (fault?.kind === 'truncate') {
      res.writeHead(status, { 'content-type': ctype, 'content-length': String(Buffer.byteLength(text)), ...headers });
      res.write(text.slice(0, Math.floor(text.length / 2)));
      res.destroy();
      return;
    }
    if (fault?.kind === 'malformed') {
      const broken = text.slice(0, Math.floor(text.length / 2)) + '<html>Gateway error';
      res.writeHead(status, { 'content-type': ctype, ...headers }).end(broken);
      return;
    }
    res.writeHead(status, { 'content-type': ctype, ...headers }).end(text);
  }

  /** live access tokens and when each expires (ms) */
  private readonly tokens = new Map<string, number>();
  /** access tokens issued so far */
  tokensIssued = 0;

  /** Revoke every access token (an authorization server's key rotation): the next API call gets 401. */
  revokeTokens(): void {
    this.tokens.clear();
  }

  /** The token endpoint: grant_type=client_credentials, the client by HTTP Basic or in the form; RFC 6749 §5.1/§5.2 replies. */
  private token(req: IncomingMessage, body: Buffer, res: ServerResponse, log: { status: number }): void {
    const o = this.opts.oauth!;
    const form = new URLSearchParams(body.toString('utf8'));
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const [id, secret] = basic
      ? Buffer.from(basic, 'base64').toString('utf8').split(':').map(decodeURIComponent)
      : [form.get('client_id') ?? '', form.get('client_secret') ?? ''];
    const reply = (status: number, json: unknown) => {
      log.status = status;
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(json));
    };
    if (req.method !== 'POST') return reply(405, { error: 'invalid_request' });
    if (form.get('grant_type') !== 'client_credentials') return reply(400, { error: 'unsupported_grant_type' });
    if (id !== o.clientId || secret !== o.clientSecret) return reply(401, { error: 'invalid_client' });
    const token = `tok-${++this.tokensIssued}-${Math.random().toString(36).slice(2)}`;
    this.tokens.set(token, Date.now() + o.ttlSeconds * 1000);
    reply(200, { access_token: token, token_type: 'Bearer', expires_in: o.ttlSeconds, scope: form.get('scope') ?? undefined });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrived = Date.now(); // a token is judged as the request arrives, whatever latency follows
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', this.url);
    if (url.pathname.startsWith('/__sim/')) return this.admin(url.pathname, Buffer.concat(chunks), res);
    const log = { path: url.pathname + url.search, status: 200, entries: 0 };
    this.requests.push(log);
    const fault = this.faults.take(log.path);
    res.on('finish', () => {
      const i = this.hooks.findIndex((h) => log.path.includes(h.match));
      if (i >= 0) this.hooks.splice(i, 1)[0]!.fn();
    });
    if (fault?.kind === 'latency') await new Promise((r) => setTimeout(r, fault.ms ?? 1000));
    if (fault?.kind === 'timeout') return;
    if (fault?.kind === 'status') {
      log.status = fault.status ?? 503;
      const s = log.status;
      const code = s === 429 ? 'throttled' : s >= 500 ? 'transient' : s === 403 ? 'forbidden' : s === 404 ? 'not-found' : 'invalid';
      const headers: Record<string, string> = fault.retry_after !== undefined ? { 'retry-after': String(fault.retry_after) } : {};
      return this.json(res, s, outcome(code, `simulated ${s}`), headers);
    }
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      log.status = status;
      this.json(res, status, body, headers, fault);
    };
    if (this.opts.oauth && url.pathname === '/oauth/token') return this.token(req, Buffer.concat(chunks), res, log);
    if (this.opts.oauth) {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const expires = token === undefined ? undefined : this.tokens.get(token);
      if (expires === undefined || expires <= arrived)
        return send(401, outcome('login', expires ? 'the access token has expired' : 'missing or invalid bearer token'));
    }
    if (this.opts.apiKey && req.headers['x-api-key'] !== this.opts.apiKey) return send(401, outcome('login', 'missing or invalid API key'));
    if (this.opts.bearer && req.headers.authorization !== `Bearer ${this.opts.bearer}`)
      return send(401, outcome('login', 'missing or invalid bearer token'));

    if (url.pathname.startsWith('/api/v1/')) return this.rest(url, send, log);
    const parts = url.pathname
      .replace(/^\/fhir\/?/, '')
      .split('/')
      .filter(Boolean);
    if (parts[0] === 'metadata') return send(200, this.capability());
    if (parts.length === 0 && url.searchParams.has('_getpages')) {
      const s = this.searches.get(url.searchParams.get('_getpages')!);
      if (!s) return send(410, outcome('not-found', 'search expired'));
      return send(
        200,
        this.page(
          s,
          Number(url.searchParams.get('_getpagesoffset') ?? 0),
          Number(url.searchParams.get('_count') ?? 50),
          url.searchParams.get('_getpages')!,
          log,
        ),
      );
    }
    const type = parts[0] as ResourceType;
    if (!TYPES.includes(type)) return send(404, outcome('not-supported', `Unknown resource type "${parts[0]}"`));
    if (this.opts.forbidden?.includes(type)) return send(403, outcome('forbidden', `${type}: not within the scopes granted`));
    if (parts[1] === '_history') return send(200, this.history(type, url));
    if (parts[1]) {
      const r = this.hospital.list(type).find((x) => x.id === parts[1]);
      if (r) return send(200, r);
      return this.hospital.deletions.get(type)?.some((d) => d.id === parts[1])
        ? send(410, outcome('deleted', 'resource deleted'))
        : send(404, outcome('not-found', 'no such resource'));
    }
    // search
    let list = [...this.hospital.list(type)];
    const applied: string[] = [];
    const lu = url.searchParams.get('_lastUpdated');
    if (lu && !this.opts.ignoreLastUpdated) {
      const m = lu.match(/^(gt|ge|lt|le|eq)?(.+)$/)!;
      const at = parseInstant(m[2]!);
      if (at === undefined) return send(400, outcome('invalid', `_lastUpdated: "${m[2]}" is not an instant with a zone`));
      const p = m[1] ?? 'eq';
      list = list.filter((r) => {
        const t = Date.parse(r.meta.lastUpdated);
        return p === 'gt' ? t > at : p === 'ge' ? t >= at : p === 'lt' ? t < at : p === 'le' ? t <= at : t === at;
      });
      applied.push(`_lastUpdated=${lu}`);
    }
    if (url.searchParams.get('_sort') === '_lastUpdated') {
      list.sort((a, b) =>
        a.meta.lastUpdated < b.meta.lastUpdated ? -1 : a.meta.lastUpdated > b.meta.lastUpdated ? 1 : a.id < b.id ? -1 : 1,
      );
      applied.push('_sort=_lastUpdated');
    }
    const count = Math.min(Number(url.searchParams.get('_count') ?? 50), this.opts.maxPage ?? 50);
    applied.push(`_count=${count}`);
    const id = randomUUID();
    // the server's clock is never behind an instant it stamped (a test may stamp one past the hospital's clock)
    const at = this.hospital
      .list(type)
      .map((r) => r.meta.lastUpdated)
      .reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a), this.hospital.latest());
    const s = { type, ids: list.map((r) => r.id), self: `${this.url}/fhir/${type}?${applied.join('&')}`, at };
    this.searches.set(id, s);
    return send(200, this.page(s, 0, count, id, log));
  }

  private page(s: Search, offset: number, count: number, id: string, log: { entries: number }) {
    // the ids the search found, each as it is now (a resource deleted since is left out)
    const slice = s.ids
      .slice(offset, offset + count)
      .map((rid) => this.hospital.list(s.type).find((r) => r.id === rid))
      .filter((r) => r !== undefined);
    log.entries = slice.length;
    const link = [
      {
        relation: 'self',
        url: offset === 0 ? s.self : `${this.url}/fhir?_getpages=${id}&_getpagesoffset=${offset}&_count=${count}&_bundletype=searchset`,
      },
    ];
    if (offset + count < s.ids.length)
      link.push({
        relation: 'next',
        url: `${this.url}/fhir?_getpages=${id}&_getpagesoffset=${offset + count}&_count=${count}&_bundletype=searchset`,
      });
    return {
      resourceType: 'Bundle',
      id,
      meta: { lastUpdated: s.at },
      type: 'searchset',
      total: s.ids.length,
      link,
      entry: slice.map((r) => ({ fullUrl: `${this.url}/fhir/${s.type}/${r.id}`, resource: r, search: { mode: 'match' } })),
    };
  }

  private history(type: ResourceType, url: URL) {
    const since = parseInstant(url.searchParams.get('_since') ?? '') ?? 0;
    const hapi = this.opts.deleteEntries === 'hapi';
    const entry = [
      ...(this.hospital.deletions.get(type) ?? [])
        .filter((d) => Date.parse(d.at) > since)
        .map((d) =>
          hapi
            ? {
                fullUrl: `${this.url}/fhir/${type}/${d.id}/_history/${d.versionId}`,
                request: { method: 'DELETE' },
                response: { status: '204 No Content', etag: `W/"${d.versionId}"` },
              }
            : {
                fullUrl: `${this.url}/fhir/${type}/${d.id}`,
                request: { method: 'DELETE', url: `${type}/${d.id}` },
                response: { status: '204 No Content', lastModified: d.at },
              },
        ),
      ...this.hospital
        .list(type)
        .filter((r) => Date.parse(r.meta.lastUpdated) > since)
        .map((r) => ({
          fullUrl: `${this.url}/fhir/${type}/${r.id}`,
          resource: r,
          request: { method: 'PUT', url: `${type}/${r.id}` },
          response: { status: '200', lastModified: r.meta.lastUpdated },
        })),
    ];
    // HAPI stamps the Bundle with the time it was built
    const meta = hapi ? { meta: { lastUpdated: new Date().toISOString() } } : {};
    return { resourceType: 'Bundle', ...meta, type: 'history', total: entry.length, link: [{ relation: 'self', url: url.href }], entry };
  }

  private capability() {
    const common = this.opts.ignoreLastUpdated
      ? [{ name: '_count', type: 'number' }]
      : [
          { name: '_lastUpdated', type: 'date' },
          { name: '_sort', type: 'string' },
          { name: '_count', type: 'number' },
        ];
    const atRest = this.opts.commonParams === 'rest';
    return {
      resourceType: 'CapabilityStatement',
      status: 'active',
      kind: 'instance',
      fhirVersion: '4.0.1',
      format: ['json'],
      rest: [
        {
          mode: 'server',
          security: { service: [{ text: this.opts.bearer || this.opts.oauth ? 'OAuth' : 'API key' }] },
          ...(atRest ? { searchParam: common } : {}),
          resource: TYPES.map((type) => ({
            type,
            interaction: [{ code: 'read' }, { code: 'search-type' }, { code: 'history-type' }],
            searchParam: atRest ? [{ name: 'status', type: 'token' }] : common,
          })),
        },
      ],
    };
  }

  /**
   * Vendor REST: flat records (its own field names) and deletions, ordered by (updated_at, id), evaluated at
   * each request (pages are not a snapshot: a record updated between two page requests moves to the end).
   * updated_since (exclusive) and updated_before (inclusive); page + limit, or `cursor`: a keyset cursor
   * naming the last (updated_at, id) sent, so changes elsewhere in the list do not move it.
   */
  private rest(url: URL, send: (s: number, b: unknown) => void, log: { entries: number }) {
    const endpoint = url.pathname.replace('/api/v1/', '');
    const type = REST_ENDPOINTS[endpoint];
    if (!type) return send(404, { error: `unknown endpoint ${endpoint}` });
    if (this.opts.forbidden?.includes(type)) return send(403, { error: `not permitted: ${endpoint}` });
    const since = url.searchParams.get('updated_since');
    const before = url.searchParams.get('updated_before');
    const at = since ? Date.parse(since) : -Infinity;
    const until = before ? Date.parse(before) : Infinity;
    const live = this.hospital.list(type).map((r) => vendorRecord(type, r));
    const deletions = this.hospital.deletions.get(type) ?? [];
    const deleted = deletions.map((d) => ({ id: d.id, deleted: true, updated_at: d.at, version: d.versionId }));
    const key = (r: { updated_at?: unknown; id?: unknown }) => [String(r.updated_at), String(r.id)] as const;
    const rows = [...live, ...deleted]
      .filter((r) => Date.parse(String(r.updated_at)) > at && Date.parse(String(r.updated_at)) <= until)
      .sort((a, b) => {
        const [ta, ia] = key(a);
        const [tb, ib] = key(b);
        if (this.opts.restById) return ia < ib ? -1 : ia > ib ? 1 : 0;
        return ta < tb ? -1 : ta > tb ? 1 : ia < ib ? -1 : ia > ib ? 1 : 0;
      });
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 100), this.opts.maxPage ?? 50);
    const cursor = url.searchParams.get('cursor');
    if (cursor !== null) {
      const [ct, ci] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, string];
      const rest = rows.filter((r) => {
        const [t, i] = key(r);
        return t > ct || (t === ct && i > ci);
      });
      const data = rest.slice(0, limit);
      log.entries = data.length;
      const last = data.at(-1);
      const next = rest.length > limit && last ? Buffer.from(JSON.stringify(key(last))).toString('base64url') : null;
      return send(200, { data, meta: { limit, next_cursor: next } });
    }
    const page = Number(url.searchParams.get('page') ?? 1);
    const data = rows.slice((page - 1) * limit, page * limit);
    log.entries = data.length;
    const totalPages = Math.max(1, Math.ceil(rows.length / limit));
    const first = rows.slice(0, limit).at(-1);
    // a request without a cursor is the first page, and names the cursor to go on from there
    const next = page === 1 && totalPages > 1 && first ? Buffer.from(JSON.stringify(key(first))).toString('base64url') : null;
    send(200, { data, meta: { page, limit, total: rows.length, total_pages: totalPages, next_cursor: next } });
  }

  private admin(path: string, body: Buffer, res: ServerResponse): void {
    const json = body.length ? JSON.parse(body.toString('utf8')) : {};
    if (path === '/__sim/faults') this.faults.arm(...((Array.isArray(json) ? json : [json]) as Fault[]));
    else if (path === '/__sim/update') this.hospital.update(json.type, json.ids);
    else if (path === '/__sim/delete') this.hospital.delete(json.type, json.ids);
    else if (path !== '/__sim/stats') return void res.writeHead(404).end();
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ requests: this.requests.length, faults: this.faults.applied }));
  }
}

/** The vendor API's own shape: the FHIR fields flattened, with its names for the cursor and a few columns. */
function vendorRecord(type: ResourceType, r: Resource): Record<string, unknown> {
  // its money fields are strings with the stored decimal's digits, as many vendor APIs send them
  const flat = FHIR_MAPPERS[type]!(JSON.parse(JSON.stringify(r).replace(/"\\u0000decimal:([^"]*)"/g, '"$1"')));
  const { last_updated, version_id, resource: _resource, birth_date, ...rest } = flat as Record<string, unknown>;
  return { ...rest, ...(birth_date !== undefined ? { dob: birth_date } : {}), updated_at: last_updated, version: version_id };
}
