// A protocol-faithful Tally XML server (shared/sources/tally.md): one POST endpoint on an empty path, XML
// envelopes in UTF-8 or UTF-16LE (replying in the request's encoding), inline TDL collections with FETCH lists,
// FILTER formulae ($AlterID, $Date ranges, cancelled/optional), BY/AGGRCOMPUTE day counts, the company list
// with AltMstId/AltVchId, LINEERROR for what it cannot evaluate, the empty body when no company is open and
// the zero-object stub for a wrong SVCURRENTCOMPANY. Replies are streamed with backpressure, so a 500 MB
// export costs the simulator no memory. Faults are armed over POST /__sim/faults.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { XMLParser } from 'fast-xml-parser';
import { FaultQueue, type Fault } from '../faults.js';
import { Company, defaultCompanies, type Leaf, type Nested, type TallyObject, type VoucherShape } from './data.js';

export interface TallySimOptions {
  companies?: Company[];
  /** false: behave as Tally with no company open (empty replies) */
  companyOpen?: boolean;
  port?: number;
  host?: string;
  /**
   * How an aggregate's grouped day is written: `yyyymmdd` (20240401, default) or `d-MMM-yy` (1-Apr-24), the
   * display form the reference loader parses (which one a live Tally writes is unverified)
   */
  dayFormat?: 'yyyymmdd' | 'd-MMM-yy';
}

export interface TallyRequestLog {
  id: string;
  type: string;
  company?: string;
  filters: string[];
  encoding: 'utf16le' | 'utf8';
  objects: number;
}

const requestParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => name === 'SYSTEM' || name === 'COLLECTION',
});

export function xmlEscape(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i]!;
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    // Tally writes control characters (its reserved-name marker is char 4) as character references
    else if (c < 32 && c !== 9 && c !== 10 && c !== 13) out += `&#${c};`;
    else out += ch;
  }
  return out;
}

/** `&#13;&#10;` in generated narrations is already a reference: keep it, escape the rest. */
function textValue(v: string): string {
  return v.split('&#13;&#10;').map(xmlEscape).join('&#13;&#10;');
}

function leafXml([tag, type, value]: Leaf): string {
  if (Array.isArray(value)) {
    const inner = tag.replace(/\.LIST$/, '');
    return `<${tag} TYPE="${type}">${value.map((v) => `<${inner}>${textValue(v)}</${inner}>`).join('')}</${tag}>`;
  }
  return `<${tag} TYPE="${type}">${textValue(value)}</${tag}>`;
}

/** A sub-collection's items, each with the methods FETCH asked for: `path` is the dotted path of this list. */
function nestedXml(n: Nested, fetch: Set<string> | undefined, path: string): string {
  const field = (f: Leaf | Nested) => {
    if (Array.isArray(f)) return wanted(fetch, `${path}.${f[0]}`) ? leafXml(f) : '';
    const sub = `${path}.${f.list}`;
    return wanted(fetch, sub) ? nestedXml(f, fetch, sub) : '';
  };
  return n.items.map((item) => `<${n.list}.LIST>${item.map(field).join('')}</${n.list}.LIST>`).join('');
}

/**
 * Whether FETCH asks for a method (dotted path into sub-collections, e.g. ALLINVENTORYENTRIES.RATE): named
 * itself, under a whole sub-collection that is named (ALLLEDGERENTRIES.CATEGORYALLOCATIONS), or a sub-collection
 * some of whose methods are named. A sub-collection method not asked for is not exported, as in Tally.
 */
function wanted(fetch: Set<string> | undefined, tag: string): boolean {
  if (!fetch || fetch.has('*')) return true;
  const path = tag.replace(/\.LIST$/, '');
  const parts = path.split('.');
  for (let k = 1; k <= parts.length; k++) if (fetch.has(parts.slice(0, k).join('.'))) return true;
  for (const f of fetch) if (f.startsWith(path + '.')) return true;
  return false;
}

export function objectXml(o: TallyObject, fetch: Set<string> | undefined): string {
  const attrs = { ...(o.element === 'VOUCHER' ? {} : { NAME: o.name, RESERVEDNAME: '' }), ...o.attrs };
  let s = `<${o.element}${Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${xmlEscape(v)}"`)
    .join('')}>`;
  const omit = new Set(o.omit ?? []);
  if (wanted(fetch, 'GUID') && !omit.has('GUID')) s += `<GUID TYPE="String">${o.guid}</GUID>`;
  if (wanted(fetch, 'MASTERID') && !omit.has('MASTERID')) s += `<MASTERID TYPE="Number"> ${o.masterId}</MASTERID>`;
  if (wanted(fetch, 'ALTERID') && !omit.has('ALTERID')) s += `<ALTERID TYPE="Number"> ${o.alterId}</ALTERID>`;
  for (const f of o.fields) {
    if (Array.isArray(f)) {
      if (wanted(fetch, f[0]) && !omit.has(f[0])) s += leafXml(f);
    } else if (wanted(fetch, f.list)) s += nestedXml(f, fetch, f.list);
  }
  return s + `</${o.element}>`;
}

interface Filter {
  alterGt?: number;
  from?: string;
  to?: string;
  live?: boolean;
  companyIsCurrent?: boolean;
}

class LineError extends Error {}

/** The subset of TDL formulae a loader sends; anything else is a LINEERROR, as Tally reports it. */
export function parseFormula(text: string, into: Filter): void {
  for (const part of text.split(/\s+AND\s+/i)) {
    const p = part.trim();
    let m: RegExpMatchArray | null;
    if ((m = p.match(/^\$AlterID\s*>\s*(\d+)$/i))) into.alterGt = Math.max(into.alterGt ?? 0, Number(m[1]));
    else if ((m = p.match(/^\$Date\s*>=\s*\$\$Date:"(\d{8})"$/i))) into.from = m[1];
    else if ((m = p.match(/^\$Date\s*<=\s*\$\$Date:"(\d{8})"$/i))) into.to = m[1];
    else if (/^NOT\s+\$IsCancelled$/i.test(p) || /^NOT\s+\$IsOptional$/i.test(p)) into.live = true;
    else if (/^\$\$IsEqual:##SVCurrentCompany:\$Name$/i.test(p)) into.companyIsCurrent = true;
    else throw new LineError(`Could not evaluate formula: ${p}`);
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** SVFROMDATE/SVTODATE as the loader sends them (`1-Apr-2024`) → YYYYMMDD; absent → undefined. */
function svDate(v: unknown): string | undefined {
  if (v === undefined || v === null || String(v).trim() === '') return undefined;
  const m = String(v)
    .trim()
    .match(/^(\d{1,2})-([A-Za-z]{3})-(\d{4})$/);
  const month = m ? MONTHS.findIndex((x) => x.toLowerCase() === m[2]!.toLowerCase()) : -1;
  if (!m || month < 0) throw new LineError(`Invalid date: ${String(v)}`);
  return `${m[3]}${String(month + 1).padStart(2, '0')}${m[1]!.padStart(2, '0')}`;
}

const ELEMENTS: Record<string, string> = {
  group: 'GROUP',
  ledger: 'LEDGER',
  vouchertype: 'VOUCHERTYPE',
  costcategory: 'COSTCATEGORY',
  costcentre: 'COSTCENTRE',
  godown: 'GODOWN',
  unit: 'UNIT',
  stockgroup: 'STOCKGROUP',
  stockcategory: 'STOCKCATEGORY',
  stockitem: 'STOCKITEM',
  voucher: 'VOUCHER',
};

export class TallySim {
  readonly companies: Company[];
  companyOpen: boolean;
  dayFormat: 'yyyymmdd' | 'd-MMM-yy';
  readonly faults = new FaultQueue();
  readonly requests: TallyRequestLog[] = [];
  /**
   * Companies closed in Tally: left out of the company list, and a data request naming one gets the zero-object
   * stub (STATUS 1, empty COLLECTION), as for any SVCURRENTCOMPANY that is not loaded.
   */
  readonly closed = new Set<string>();
  /** Called after each company-list reply: a test closes a company here to have it close mid-run. */
  afterCompanyList?: () => void;
  private server?: Server;
  private sockets = new Set<Socket>();

  constructor(opts: TallySimOptions = {}) {
    this.companies = opts.companies ?? defaultCompanies();
    this.companyOpen = opts.companyOpen ?? true;
    this.dayFormat = opts.dayFormat ?? 'yyyymmdd';
  }

  company(name: string): Company | undefined {
    return this.companies.find((c) => c.name === name && !this.closed.has(c.name));
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    this.server = createServer(
      (req, res) =>
        void this.handle(req, res).catch((e) => {
          if (!res.headersSent) res.writeHead(500).end(String(e));
          else res.destroy();
        }),
    );
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
    return `http://${host}:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    if (req.url?.startsWith('/__sim/')) return this.admin(req.url, body, res);
    if (req.method !== 'POST') return void res.writeHead(405).end();
    // the request's declared charset (or a UTF-16 BOM) decides both how we read it and how we answer
    const ctype = String(req.headers['content-type'] ?? '');
    const utf16 = /charset\s*=\s*"?utf-?16/i.test(ctype) || (body[0] === 0xff && body[1] === 0xfe);
    const text = utf16 ? body.toString('utf16le').replace(/^\uFEFF/, '') : body.toString('utf8');
    const doc = requestParser.parse(text);
    const header = doc?.ENVELOPE?.HEADER ?? {};
    const desc = doc?.ENVELOPE?.BODY?.DESC ?? {};
    const id = String(header.ID ?? '');
    const sv = desc.STATICVARIABLES ?? {};
    const current = sv.SVCURRENTCOMPANY !== undefined ? String(sv.SVCURRENTCOMPANY) : undefined;
    const log: TallyRequestLog = { id, type: '', company: current, filters: [], encoding: utf16 ? 'utf16le' : 'utf8', objects: 0 };
    this.requests.push(log);

    const fault = this.faults.take(`${id} ${current ?? ''}`);
    if (fault?.kind === 'latency') await new Promise((r) => setTimeout(r, fault.ms ?? 1000));
    if (fault?.kind === 'timeout') return; // never answer; the socket is destroyed on close()
    if (fault?.kind === 'status') {
      // an error page, like every reply, in the request's encoding
      res.writeHead(fault.status ?? 503, {
        'content-type': `text/plain; charset=${utf16 ? 'utf-16' : 'utf-8'}`,
        ...(fault.retry_after !== undefined ? { 'retry-after': String(fault.retry_after) } : {}),
      });
      return void res.end(Buffer.from('\uFEFFService Unavailable', utf16 ? 'utf16le' : 'utf8'));
    }

    const out = new Out(res, utf16);
    if (!this.companyOpen) return out.end(); // Tally with no company open answers with an empty body

    if (String(header.TALLYREQUEST ?? '').toLowerCase() !== 'export' || String(header.TYPE ?? '').toLowerCase() !== 'collection') {
      return out.lineError(`Unknown Request, cannot be processed (${header.TALLYREQUEST}/${header.TYPE})`);
    }
    const tdl = desc.TDL?.TDLMESSAGE ?? {};
    const collections = (tdl.COLLECTION ?? []) as Array<Record<string, unknown>>;
    const top = collections.find((c) => c['@_NAME'] === id);
    if (!top) return out.lineError(`Could not find Collection '${id}'`);
    // an aggregate, as Tally documents it: BY/AGGRCOMPUTE on a collection over a SOURCECOLLECTION, which has the
    // type, fetch and filters. BY/AGGRCOMPUTE on a TYPE collection itself are not honoured: the objects come as they are
    const sourceName = top.SOURCECOLLECTION !== undefined ? String(top.SOURCECOLLECTION) : undefined;
    const coll = sourceName !== undefined ? collections.find((c) => c['@_NAME'] === sourceName) : top;
    if (!coll) return out.lineError(`Could not find Collection '${sourceName}'`);
    const aggregate = sourceName !== undefined && top.BY !== undefined && top.AGGRCOMPUTE !== undefined;
    const type = String(coll.TYPE ?? '').toLowerCase();
    log.type = type;
    const fetchList = String(coll.FETCH ?? coll.NATIVEMETHOD ?? '')
      .split(',')
      .map((s) => s.trim().toUpperCase())
      .filter(Boolean);
    const fetch = fetchList.length ? new Set(fetchList) : undefined;
    const filter: Filter = {};
    const formulae = new Map<string, string>(
      (tdl.SYSTEM ?? []).map((s: Record<string, unknown>) => [String(s['@_NAME']), String(s['#text'] ?? '')]),
    );
    try {
      for (const name of String(coll.FILTER ?? coll.FILTERS ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        if (name === 'IsNonOptionalCancelledVchs') filter.live = true;
        else if (formulae.has(name)) {
          log.filters.push(formulae.get(name)!);
          parseFormula(formulae.get(name)!, filter);
        } else throw new LineError(`Could not find Formula '${name}'`);
      }
    } catch (e) {
      if (e instanceof LineError) return out.lineError(e.message);
      throw e;
    }
    // COMPUTE <name> : <expression>: only the order-voucher flag the tap asks for
    const computes: string[] = [];
    for (const c of [coll.COMPUTE ?? []].flat()) {
      const [name, ...expr] = String(c).split(':');
      if (expr.join(':').trim().toLowerCase() !== '$$isordervch:$vouchertypename')
        return out.lineError(`Could not evaluate formula: ${expr.join(':').trim()}`);
      computes.push(name!.trim().toUpperCase());
    }
    // the report period: SVFROMDATE/SVTODATE (d-MMM-yyyy), else the period selected in Tally's UI
    let period: { from?: string; to?: string } | undefined;
    try {
      period =
        sv.SVFROMDATE !== undefined || sv.SVTODATE !== undefined ? { from: svDate(sv.SVFROMDATE), to: svDate(sv.SVTODATE) } : undefined;
    } catch (e) {
      if (e instanceof LineError) return out.lineError(e.message);
      throw e;
    }

    if (type === 'company') {
      const open = this.companies.filter((c) => !this.closed.has(c.name));
      const list = filter.companyIsCurrent && current !== undefined ? open.filter((c) => c.name === current) : open;
      await out.begin();
      for (const c of list) {
        await out.write(
          `<COMPANY NAME="${xmlEscape(c.name)}"><GUID TYPE="String">${c.guid}</GUID><ALTMSTID TYPE="Number"> ${c.altMstId}</ALTMSTID><ALTVCHID TYPE="Number"> ${c.altVchId}</ALTVCHID><BOOKSFROM TYPE="Date">${c.booksFrom}</BOOKSFROM><LASTVOUCHERDATE TYPE="Date">${c.lastVoucherDate}</LASTVOUCHERDATE></COMPANY>`,
        );
        log.objects++;
      }
      await out.finish(fault);
      this.afterCompanyList?.();
      return;
    }
    const element = ELEMENTS[type];
    if (!element) return out.lineError(`Could not find Collection type '${coll.TYPE}'`);
    // a wrong SVCURRENTCOMPANY gets the documented stub: STATUS 1 and no objects
    const company = current !== undefined ? this.company(current) : this.companies[0];
    await out.begin();
    if (!company) return out.finish(fault);
    if (element !== 'VOUCHER') {
      for (const o of company.mastersOf(element)) {
        if (filter.alterGt !== undefined && o.alterId <= filter.alterGt) continue;
        await out.write(objectXml(o, fetch));
        log.objects++;
        if (fault?.kind && log.objects === 3 && (fault.kind === 'malformed' || fault.kind === 'truncate')) return out.finish(fault);
      }
      return out.finish(fault);
    }
    const { from: pFrom, to: pTo } = period ?? company.uiPeriod;
    // an undated voucher (a simulator fault) is kept: it is in no date range of a filter, but counted
    const inPeriod = (i: number) =>
      company.undated.has(i) || ((!pFrom || company.dateOf(i) >= pFrom) && (!pTo || company.dateOf(i) <= pTo));
    if (aggregate) {
      // per-day voucher counts: BY: <name> : $Date, AGGRCOMPUTE: <name> : SUM : $$Number:1
      const byName = String(top.BY).split(':')[0]!.trim().toUpperCase();
      const countName = String(top.AGGRCOMPUTE).split(':')[0]!.trim().toUpperCase();
      const days = new Map<string, number>();
      for (const i of company.voucherIndexes(filter.from, filter.to, filter.alterGt ?? 0)) {
        if (!inPeriod(i)) continue;
        if (filter.live && company.voucher(i).cancelled) continue;
        const d = company.undated.has(i) ? '' : company.dateOf(i);
        days.set(d, (days.get(d) ?? 0) + 1);
      }
      for (const [d, n] of [...days].sort()) {
        const day = d && this.dayFormat === 'd-MMM-yy' ? `${Number(d.slice(6))}-${MONTHS[Number(d.slice(4, 6)) - 1]}-${d.slice(2, 4)}` : d;
        await out.write(`<VOUCHER><${byName} TYPE="Date">${day}</${byName}><${countName} TYPE="Number"> ${n}</${countName}></VOUCHER>`);
        log.objects++;
      }
      return out.finish(fault);
    }
    let n = 0;
    for (const i of company.voucherIndexes(filter.from, filter.to, filter.alterGt ?? 0)) {
      if (!inPeriod(i)) continue;
      const v = company.voucher(i);
      if (filter.live && (v.cancelled || v.optional)) continue;
      const computed = computes.map((name) => `<${name} TYPE="Logical">${v.order ? 'Yes' : 'No'}</${name}>`).join('');
      await out.write(objectXml(v, fetch).replace(/<\/VOUCHER>$/, `${computed}</VOUCHER>`));
      log.objects++;
      if (fault && ++n === 3 && (fault.kind === 'malformed' || fault.kind === 'truncate')) return out.finish(fault);
    }
    return out.finish(fault);
  }

  private admin(url: string, body: Buffer, res: ServerResponse): void {
    const json = body.length ? JSON.parse(body.toString('utf8')) : {};
    if (url === '/__sim/faults') {
      this.faults.arm(...((Array.isArray(json) ? json : [json]) as Fault[]));
    } else if (url === '/__sim/mutate') {
      const c = (json.company ? this.company(json.company) : this.companies[0])!;
      applyMutation(c, json);
    } else if (url === '/__sim/company-open') {
      if (json.company !== undefined) {
        if (json.open === false) this.closed.add(String(json.company));
        else this.closed.delete(String(json.company));
      } else this.companyOpen = json.open !== false;
    } else if (url !== '/__sim/stats') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        requests: this.requests,
        faults: this.faults.applied,
        companies: this.companies.map((c) => ({ name: c.name, altMstId: c.altMstId, altVchId: c.altVchId, vouchers: c.voucherCount })),
      }),
    );
  }
}

export interface Mutation {
  alter_vouchers?: number;
  /** how the altered vouchers are re-saved (data.ts VoucherShape); default: same shape */
  alter_vouchers_shape?: VoucherShape;
  delete_vouchers?: number;
  add_vouchers?: number;
  alter_ledgers?: number;
  delete_ledgers?: number;
}

/** Deterministic edits: every k-th voucher/ledger, so tests know exactly which records moved. */
export function applyMutation(c: Company, m: Mutation): { altered: number[]; deleted: number[]; added: number[] } {
  const total = c.voucherCount;
  const pickEvery = (n: number, offset: number) =>
    Array.from({ length: n }, (_, k) => Math.floor(((k + 0.5) * total) / n) + offset).filter((i) => i < total);
  const altered = pickEvery(m.alter_vouchers ?? 0, 0);
  const deleted = pickEvery(m.delete_vouchers ?? 0, 1);
  c.alterVouchers(altered, m.alter_vouchers_shape);
  if (deleted.length) c.deleteVouchers(deleted);
  const added = c.addVouchers(m.add_vouchers ?? 0);
  // ledgers after the fixed ones (cash, bank, sales…) are parties: alter from the front, delete from the back
  for (let k = 0; k < (m.alter_ledgers ?? 0); k++) c.alterMaster('LEDGER', 8 + k);
  for (let k = 0; k < (m.delete_ledgers ?? 0); k++) c.deleteMaster('LEDGER', c.mastersOf('LEDGER').length - 1);
  return { altered, deleted, added };
}

/** Buffers small strings into ~64 KB writes, encodes per the request, and honours backpressure. */
class Out {
  private buf = '';
  private started = false;
  constructor(
    private res: ServerResponse,
    private utf16: boolean,
  ) {}

  private headers(): void {
    if (this.started) return;
    this.started = true;
    this.res.writeHead(200, { 'content-type': `text/xml; charset=${this.utf16 ? 'utf-16' : 'utf-8'}` });
  }

  private async flush(): Promise<void> {
    if (!this.buf) return;
    const b = Buffer.from(this.buf, this.utf16 ? 'utf16le' : 'utf8');
    this.buf = '';
    if (!this.res.write(b)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.res.off('drain', done);
          this.res.off('close', done);
          resolve();
        };
        this.res.on('drain', done);
        this.res.on('close', done);
      });
    }
  }

  async begin(): Promise<void> {
    this.headers();
    this.buf +=
      '<ENVELOPE><HEADER><VERSION>1</VERSION><STATUS>1</STATUS></HEADER><BODY><DESC><CMPINFO><COMPANY>0</COMPANY><GROUP>0</GROUP><LEDGER>0</LEDGER></CMPINFO></DESC><DATA><COLLECTION ISMSTDEPTYPE="Yes" MSTDEPTYPE="8">';
  }

  async write(s: string): Promise<void> {
    this.buf += s;
    if (this.buf.length >= 65_536) await this.flush();
  }

  async finish(fault?: Fault): Promise<void> {
    if (fault?.kind === 'truncate') {
      await this.flush();
      this.res.destroy(); // connection dropped mid-body
      return;
    }
    if (fault?.kind === 'malformed') {
      this.buf += '<VOUCHER REMOTEID="x"><DATE TYPE="Date">2024</VOUCHER><LEDGER NAME="broken'; // mismatched, then cut
      await this.flush();
      this.res.end();
      return;
    }
    this.buf += '</COLLECTION></DATA></BODY></ENVELOPE>';
    await this.flush();
    this.res.end();
  }

  async lineError(message: string): Promise<void> {
    this.headers();
    this.buf += `<ENVELOPE><HEADER><VERSION>1</VERSION><STATUS>0</STATUS></HEADER><BODY><DATA><LINEERROR>${xmlEscape(message)}</LINEERROR></DATA></BODY></ENVELOPE>`;
    await this.flush();
    this.res.end();
  }

  async end(): Promise<void> {
    this.headers();
    this.res.end();
  }
}
