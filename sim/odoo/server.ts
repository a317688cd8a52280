// A simulated Odoo server (shared/sources/odoo.md) on one port, over the in-memory ORM (orm.ts):
// - XML-RPC: POST /xmlrpc/2/common (version, login, authenticate) and /xmlrpc/2/object (execute, execute_kw),
//   faults with Odoo's codes (1 application error, 2 user error, 3 access denied, 4 access error);
// - JSON-RPC: POST /jsonrpc, params.service common/object, errors as HTTP 200 with `error` {code 200, data.name…};
// - JSON-2 (19.0+): POST /json/2/<model>/<method> with `Authorization: bearer <key>`, named arguments, errors as
//   Json2Dispatcher's HTTP statuses (a UserError's http_status, 500 for anything else) with {name, message,
//   arguments, context, debug};
// - GET /web/version: {version_info, version} from 19.0 (the rpc addon's route), 404 before;
// - XML-RPC fault 1 and the debug texts carry a Python traceback shaped as traceback.format_exception writes it.
// Methods: fields_get, search_read, search, search_count, read, context_get. Faults (429, 5xx, timeouts, cut
// bodies) from the shared fault queue, matched against "<channel> <model>.<method>". Admin: POST /__sim/*.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { FaultQueue, type Fault } from '../faults.js';
import { decodeCall, encodeFault, encodeResponse, XmlRpcParseError } from '../../taps/tap-odoo/xmlrpc.js';
import { Decimal, stringifyExact } from '../../kit/singer/decimal.js';
import { Orm, OdooError, type Rec } from './orm.js';
import type { FieldSpec } from './models.js';

export type Channel = 'xmlrpc' | 'jsonrpc' | 'json2';

export interface OdooSimOptions {
  orm?: Orm;
  version?: string;
  database?: string;
  login?: string;
  apiKey?: string;
}

const UID = 2;

export class OdooSim {
  readonly orm: Orm;
  readonly faults = new FaultQueue();
  version: string;
  readonly database: string;
  readonly login: string;
  readonly apiKey: string;
  /** every RPC served: channel, model and method (tests and the benchmark count them) */
  readonly calls: Array<{ channel: Channel | 'web'; model: string; method: string }> = [];
  /** run before a call is answered (tests write records "during the run" with it) */
  beforeCall?: (channel: Channel, model: string, method: string) => void;
  private server?: Server;
  private sockets = new Set<Socket>();
  url = '';

  constructor(opts: OdooSimOptions = {}) {
    this.orm = opts.orm ?? new Orm();
    this.version = opts.version ?? '17.0';
    this.database = opts.database ?? 'medi';
    this.login = opts.login ?? 'admin@example.com';
    this.apiKey = opts.apiKey ?? 'sim-api-key-0123456789abcdef';
  }

  /** 17 for '17.0' and for an Odoo Online build 'saas~17.4' */
  get major(): number {
    return parseInt(this.version.replace(/^saas~/, ''), 10);
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch((e) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(e));
      });
    });
    this.server.keepAliveTimeout = 5000;
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((ok) => this.server!.listen(port, host, ok));
    const a = this.server.address() as AddressInfo;
    this.url = `http://${host}:${a.port}`;
    return this.url;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((ok) => (this.server ? this.server.close(() => ok()) : ok()));
  }

  count(filter: { channel?: string; method?: string; model?: string } = {}): number {
    return this.calls.filter(
      (c) =>
        (!filter.channel || c.channel === filter.channel) &&
        (!filter.method || c.method === filter.method) &&
        (!filter.model || c.model === filter.model),
    ).length;
  }

  /** odoo/release.py version_info: (17, 0, 0, 'final', 0, '') on premises, ('saas~17', 4, 0, 'final', 0, 'e') online */
  private versionInfo() {
    const [maj, min] = this.version
      .replace(/^saas~/, '')
      .split('.')
      .map(Number);
    return this.version.startsWith('saas~') ? [`saas~${maj}`, min ?? 0, 0, 'final', 0, 'e'] : [maj, min ?? 0, 0, 'final', 0, ''];
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    if (url.pathname.startsWith('/__sim/')) return this.admin(url.pathname, body, res);
    if (req.method === 'GET' && url.pathname === '/web/version') {
      this.calls.push({ channel: 'web', model: '', method: 'version' });
      if (this.major < 19) return this.send(res, 404, 'text/html', '<!doctype html>\n<title>404 Not Found</title>');
      return this.send(res, 200, 'application/json', JSON.stringify({ version_info: this.versionInfo(), version: this.version }));
    }
    if (req.method !== 'POST') return this.send(res, 405, 'text/plain', 'Method Not Allowed');
    if (url.pathname === '/xmlrpc/2/common' || url.pathname === '/xmlrpc/2/object') return this.xmlrpc(url.pathname.slice(10), body, res);
    if (url.pathname === '/jsonrpc') return this.jsonrpc(body, res);
    const m = /^\/json\/2\/([a-z0-9_.]+)\/([a-z_]+)$/.exec(url.pathname);
    if (m && this.major >= 19) return this.json2(m[1]!, m[2]!, req, body, res);
    return this.send(res, 404, 'text/html', '<h1>Not Found</h1>');
  }

  /** A fault armed for this call, applied; true when the response was taken over by it. */
  private async fault(what: string, res: ServerResponse): Promise<boolean> {
    const f = this.faults.take(what);
    if (!f) return false;
    switch (f.kind) {
      case 'latency':
        await new Promise((r) => setTimeout(r, f.ms ?? 100));
        return false;
      case 'timeout':
        return true; // never answered
      case 'status': {
        const headers: Record<string, string> = { 'content-type': 'text/html' };
        if (f.retry_after !== undefined) headers['retry-after'] = String(f.retry_after);
        res.writeHead(f.status ?? 503, headers).end(`<h1>${f.status === 429 ? 'Too Many Requests' : 'Service Unavailable'}</h1>`);
        return true;
      }
      case 'truncate':
        res.writeHead(200, { 'content-type': 'text/xml', 'content-length': '1000' });
        res.write('<?xml version="1.0"?><methodResponse><par');
        res.destroy();
        return true;
      case 'malformed':
        this.send(res, 200, 'application/json', '{"jsonrpc": "2.0", "id": 1, "result": [{"id": 1, ');
        return true;
    }
  }

  private send(res: ServerResponse, status: number, type: string, text: string): void {
    res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }

  // ---- the three channels ----
  private async xmlrpc(service: string, body: string, res: ServerResponse): Promise<void> {
    let call: { method: string; params: unknown[] };
    try {
      call = decodeCall(body);
    } catch (e) {
      const msg = e instanceof XmlRpcParseError ? e.message : String(e);
      return this.send(res, 200, 'text/xml', encodeFault(1, `Traceback (most recent call last):\nxml.parsers.expat.ExpatError: ${msg}`));
    }
    const p = call.params.map(plain);
    const what = service === 'object' ? `xmlrpc ${String(p[3])}.${String(p[4])}` : `xmlrpc common.${call.method}`;
    if (await this.fault(what, res)) return;
    try {
      const result = service === 'common' ? this.common(call.method, p, 'xmlrpc') : this.object(call.method, p, 'xmlrpc');
      this.send(res, 200, 'text/xml', encodeResponse(result));
    } catch (e) {
      const err = asOdoo(e);
      const code = err.exception.endsWith('AccessDenied')
        ? 3
        : err.exception.endsWith('AccessError')
          ? 4
          : err.exception.endsWith('UserError')
            ? 2
            : 1;
      this.send(res, 200, 'text/xml', encodeFault(code, code === 1 ? traceback(err) : err.message));
    }
  }

  private async jsonrpc(body: string, res: ServerResponse): Promise<void> {
    let req: { id?: unknown; params?: { service?: string; method?: string; args?: unknown[] } };
    try {
      req = JSON.parse(body);
    } catch {
      return this.send(res, 400, 'text/plain', 'Invalid JSON data');
    }
    const { service, method = '', args = [] } = req.params ?? {};
    const what = service === 'object' ? `jsonrpc ${String(args[3])}.${String(args[4])}` : `jsonrpc ${service}.${method}`;
    if (await this.fault(what, res)) return;
    try {
      if (service !== 'common' && service !== 'object') throw new OdooError('builtins.Exception', `No such service ${String(service)}`);
      const result = service === 'common' ? this.common(method, args, 'jsonrpc') : this.object(method, args, 'jsonrpc');
      this.send(res, 200, 'application/json', jsonText({ jsonrpc: '2.0', id: req.id ?? null, result }));
    } catch (e) {
      const err = asOdoo(e);
      const error = {
        code: 200,
        message: 'Odoo Server Error',
        data: {
          name: err.exception,
          debug: traceback(err),
          message: err.message,
          arguments: [err.message],
          context: {},
        },
      };
      this.send(res, 200, 'application/json', JSON.stringify({ jsonrpc: '2.0', id: req.id ?? null, error }));
    }
  }

  private async json2(model: string, method: string, req: IncomingMessage, body: string, res: ServerResponse): Promise<void> {
    if (await this.fault(`json2 ${model}.${method}`, res)) return;
    const fail = (status: number, err: OdooError) =>
      this.send(
        res,
        status,
        'application/json',
        JSON.stringify({
          name: err.exception,
          message: err.message,
          arguments: [err.message],
          context: {},
          debug: traceback(err),
        }),
      );
    this.calls.push({ channel: 'json2', model, method });
    const auth = req.headers.authorization ?? '';
    const key = /^bearer\s+(.+)$/i.exec(auth)?.[1];
    if (key !== this.apiKey) return fail(401, new OdooError('werkzeug.exceptions.Unauthorized', 'Invalid apikey'));
    const db = req.headers['x-odoo-database'];
    if (db !== undefined && db !== this.database) return fail(404, new OdooError('werkzeug.exceptions.NotFound', 'database not found'));
    let args: Rec;
    try {
      args = body ? JSON.parse(body) : {};
    } catch {
      return fail(400, new OdooError('werkzeug.exceptions.BadRequest', 'Invalid JSON data'));
    }
    try {
      this.beforeCall?.('json2', model, method);
      const result = this.method(model, method, args);
      this.send(res, 200, 'application/json', jsonText(result));
    } catch (e) {
      const err = asOdoo(e);
      // odoo/http.py Json2Dispatcher.handle_error: a UserError's http_status, 500 for any other exception
      const status = /AccessError|AccessDenied/.test(err.exception)
        ? 403
        : /MissingError/.test(err.exception)
          ? 404
          : /UserError|ValidationError/.test(err.exception)
            ? 422
            : 500;
      fail(status, err);
    }
  }

  // ---- services ----
  private common(method: string, args: unknown[], channel: Channel): unknown {
    this.calls.push({ channel, model: 'common', method });
    if (method === 'version')
      return { server_version: this.version, server_version_info: this.versionInfo(), server_serie: this.version, protocol_version: 1 };
    if (method === 'login' || method === 'authenticate') {
      const [db, login, key] = args;
      if (db !== this.database) throw new OdooError('psycopg2.OperationalError', `FATAL:  database "${String(db)}" does not exist`);
      return login === this.login && key === this.apiKey ? UID : false;
    }
    throw new OdooError('builtins.NameError', `Method not available ${method}`);
  }

  private object(method: string, args: unknown[], channel: Channel): unknown {
    if (method !== 'execute_kw' && method !== 'execute') throw new OdooError('builtins.NameError', `Method not available ${method}`);
    const [db, uid, key, model, name, pos = [], kw = {}] = args as [string, number, string, string, string, unknown[], Rec];
    if (db !== this.database) throw new OdooError('psycopg2.OperationalError', `FATAL:  database "${db}" does not exist`);
    this.calls.push({ channel, model, method: name }); // a refused call was still made
    if (uid !== UID || key !== this.apiKey) throw new OdooError('odoo.exceptions.AccessDenied', 'Access Denied');
    this.beforeCall?.(channel, model, name);
    const positional = method === 'execute' ? args.slice(5) : (pos as unknown[]);
    return this.method(model, name, { ...namedFrom(name, positional), ...(method === 'execute' ? {} : kw) });
  }

  /** One ORM method with named arguments (JSON-2's shape; the RPC channels map positional ones onto it). */
  private method(model: string, name: string, a: Rec): unknown {
    const orm = this.orm;
    const ctx = (a.context ?? {}) as Rec;
    const lang = typeof ctx.lang === 'string' ? ctx.lang : 'en_US';
    if (name === 'context_get') return { lang, tz: 'Asia/Riyadh', uid: UID };
    const s = orm.store(model);
    switch (name) {
      case 'fields_get': {
        const attrs = Array.isArray(a.attributes) ? (a.attributes as string[]) : undefined;
        const wanted = Array.isArray(a.allfields) && (a.allfields as string[]).length ? new Set(a.allfields as string[]) : undefined;
        const out: Rec = {};
        for (const f of s.spec.fields) {
          if (wanted && !wanted.has(f.name)) continue;
          // fields_get leaves out the fields the user may not read (orm/models.py: `if not
          // self._has_field_access(field, 'read'): continue`; 17.0 the same by user_has_groups)
          if (s.denied.has(f.name)) continue;
          const full: Rec = {
            type: f.type,
            string: f.string,
            required: f.required,
            readonly: f.name === 'id' || f.name.endsWith('_uid') || (f.name.endsWith('_date') && f.name.startsWith('write')) || !f.store,
            store: f.store,
            sortable: f.store,
            searchable: true,
            translate: f.translate,
            company_dependent: false,
            manual: f.name.startsWith('x_'),
            ...(f.relation ? { relation: f.relation } : {}),
            ...(f.relation_field ? { relation_field: f.relation_field } : {}),
            ...(f.selection ? { selection: f.selection } : {}),
          };
          out[f.name] = attrs ? Object.fromEntries(Object.entries(full).filter(([k]) => attrs.includes(k))) : full;
        }
        return out;
      }
      case 'search_count':
        return orm.search(model, (a.domain ?? []) as unknown[], { context: ctx }).length;
      case 'search':
        return orm.search(model, (a.domain ?? []) as unknown[], opts(a, ctx));
      case 'search_read': {
        const fields = this.fieldsFor(model, a.fields);
        const ids = orm.search(model, (a.domain ?? []) as unknown[], opts(a, ctx));
        return ids.map((id) => this.readOne(model, id, fields, lang));
      }
      case 'read': {
        const fields = this.fieldsFor(model, a.fields);
        const ids = (Array.isArray(a.ids) ? a.ids : [a.ids]) as number[];
        return ids.filter((id) => orm.exists(model, id)).map((id) => this.readOne(model, id, fields, lang));
      }
      default:
        throw new OdooError('builtins.AttributeError', `The method '${name}' does not exist on the model '${model}'`);
    }
  }

  private fieldsFor(model: string, requested: unknown): FieldSpec[] {
    const s = this.orm.store(model);
    const byName = new Map(s.spec.fields.map((f) => [f.name, f]));
    const names = Array.isArray(requested) && requested.length ? (requested as string[]) : s.spec.fields.map((f) => f.name);
    const out: FieldSpec[] = [];
    for (const n of names) {
      const f = byName.get(n);
      if (!f) throw new OdooError('builtins.ValueError', `Invalid field '${n}' on ${this.major >= 19 ? '' : 'model '}'${model}'`);
      out.push(f);
    }
    const denied = out.filter((f) => s.denied.has(f.name)).map((f) => f.name);
    // 17.0 names every refused field; 19.0 (_check_field_access) stops at the first
    const named = this.major >= 19 ? `field "${denied[0]}"` : `fields "${denied.join(', ')}"`;
    if (denied.length)
      throw new OdooError(
        'odoo.exceptions.AccessError',
        `You do not have enough rights to access the ${named} on ${s.spec.description} (${model}). Please contact your system administrator.\n\nOperation: read`,
      );
    return out;
  }

  private readOne(model: string, id: number, fields: FieldSpec[], lang: string): Rec {
    const rec = this.orm.record(model, id);
    const out: Rec = { id };
    for (const f of fields) {
      if (f.name === 'id') continue;
      if (f.name === 'display_name') {
        out[f.name] = this.orm.displayName(model, id, lang);
        continue;
      }
      let v = f.store ? rec[f.name] : computed(f);
      if (v === undefined) v = f.type === 'boolean' ? false : f.type === 'one2many' || f.type === 'many2many' ? [] : false;
      if (f.type === 'many2one' && typeof v === 'number') v = [v, this.orm.displayName(f.relation!, v, lang)];
      else if (f.translate && v && typeof v === 'object') v = (v as Rec)[lang] ?? (v as Rec).en_US ?? false;
      if ((f.type === 'float' || f.type === 'monetary') && typeof v === 'number') v = new Decimal(floatRepr(v));
      out[f.name] = v;
    }
    return out;
  }

  // ---- admin ----
  private admin(path: string, body: string, res: ServerResponse): void {
    const j = (body ? JSON.parse(body) : {}) as Rec;
    let result: unknown = { ok: true };
    if (path === '/__sim/faults') this.faults.arm(...((Array.isArray(j) ? j : [j]) as Fault[]));
    else if (path === '/__sim/version') this.version = String(j.version);
    else if (path === '/__sim/write') this.orm.write(String(j.model), Number(j.id), j.values as Rec);
    else if (path === '/__sim/create') result = { id: this.orm.create(String(j.model), (j.values ?? {}) as Rec) };
    else if (path === '/__sim/unlink') this.orm.unlink(String(j.model), j.ids as number[]);
    else if (path === '/__sim/deny') this.orm.store(String(j.model)).denied.add(String(j.field));
    else if (path === '/__sim/stats') result = { calls: this.calls.length, cpu: process.cpuUsage(), rss: process.memoryUsage().rss };
    else return void res.writeHead(404).end();
    this.send(res, 200, 'application/json', JSON.stringify(result));
  }
}

/**
 * The error as traceback.format_exception writes it: frames, then the exception; the ORM's "Invalid field" ValueError
 * is raised `from` the KeyError of its field lookup (orm/models.py _determine_fields_to_fetch), which comes first.
 */
function traceback(err: OdooError): string {
  const frames = [
    '  File "/usr/lib/python3/dist-packages/odoo/http.py", line 2138, in _serve_db',
    '    return service_model.retrying(self._serve_ir_http, self.env)',
    '           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
    '  File "/usr/lib/python3/dist-packages/odoo/service/model.py", line 156, in execute_kw',
    '    res = execute(db, uid, obj, method, *args, **kw or {})',
  ];
  const name = err.exception.replace(/^builtins\./, '');
  const last = `Traceback (most recent call last):\n${frames.join('\n')}\n${name}: ${err.message}\n`;
  const field = /^Invalid field '([^']+)'/.exec(err.message)?.[1];
  if (name !== 'ValueError' || !field) return last;
  const cause = [
    'Traceback (most recent call last):',
    '  File "/usr/lib/python3/dist-packages/odoo/orm/models.py", line 3851, in _determine_fields_to_fetch',
    '    field = self._fields[field_name]',
    '            ~~~~~~~~~~~~^^^^^^^^^^^^',
    `KeyError: '${field}'`,
    '',
    'The above exception was the direct cause of the following exception:',
    '',
  ];
  return `${cause.join('\n')}\n${last}`;
}

/**
 * Python's repr of a float, which Odoo's JSON and XML-RPC write: the shortest round-trip digits (as JS's), in exponent
 * form when the exponent is below -4 or from 16 up (1e+16, 1.5e-05; JS switches only at 1e21 and 1e-7), with ".0" on
 * whole numbers otherwise.
 */
export function floatRepr(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const [digits, exp] = v.toExponential().split('e') as [string, string];
  const e = Number(exp);
  if (v !== 0 && (e < -4 || e >= 16)) return `${digits}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  const s = String(v);
  return /^-?\d+$/.test(s) ? `${s}.0` : s;
}

function computed(f: FieldSpec): unknown {
  if (f.type === 'boolean') return false;
  if (f.type === 'integer' || f.type === 'float' || f.type === 'monetary') return 0;
  if (f.type === 'one2many' || f.type === 'many2many') return [];
  return false;
}

function opts(a: Rec, context: Rec) {
  return {
    offset: typeof a.offset === 'number' ? a.offset : 0,
    ...(typeof a.limit === 'number' && a.limit > 0 ? { limit: a.limit } : {}),
    ...(typeof a.order === 'string' && a.order ? { order: a.order } : {}),
    context,
  };
}

/** Positional arguments of execute_kw onto names, as Odoo's method signatures take them. */
function namedFrom(method: string, p: unknown[]): Rec {
  const names: Record<string, string[]> = {
    search_read: ['domain', 'fields', 'offset', 'limit', 'order'],
    search: ['domain', 'offset', 'limit', 'order'],
    search_count: ['domain'],
    read: ['ids', 'fields'],
    fields_get: ['allfields', 'attributes'],
  };
  const list = names[method] ?? [];
  return Object.fromEntries(p.map((v, i) => [list[i] ?? `arg${i}`, v]).filter(([k]) => !String(k).startsWith('arg')));
}

/** XML-RPC params come back with Decimal doubles; the ORM works on plain numbers and strings. */
function plain(v: unknown): unknown {
  if (v instanceof Decimal) return Number(v.text);
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v as Rec).map(([k, x]) => [k, plain(x)]));
  return v;
}

/** JSON with every float as a bare number token in Python's repr, as Odoo's JSON encoder writes it. */
function jsonText(v: unknown): string {
  return stringifyExact(v);
}

function asOdoo(e: unknown): OdooError {
  return e instanceof OdooError ? e : new OdooError('builtins.Exception', (e as Error)?.message ?? String(e));
}
