// The simulated Odoo's in-memory ORM. Records are generated from their id (deterministic, any size, nothing held
// for untouched records: a million crm.lead cost no memory); writes, creates, archives and unlinks live in an
// overlay. Base records carry write dates that rise with the id and are shared by runs of seven ids (ties within a
// second, as a batch import in one transaction leaves them: one now(), so id order). A write stamps the current
// time: RPC replies and domains see whole seconds (Odoo's datetime fields), but the column keeps microseconds, so
// `order: 'write_date, id'` sorts writes within a second by when they happened, not by id (the overlay keeps that
// order; base records of a second sort before its writes). Searches in (write_date, id) or id order start at the
// domain's lower write_date bound and stop at offset + limit, so a keyset page costs the page, not the table.
import { rng, pick } from '../faults.js';
import { MODELS, type FieldSpec, type ModelSpec } from './models.js';

export type Rec = Record<string, unknown>;
export type Domain = unknown[];

export class OdooError extends Error {
  constructor(
    /** the Python exception class, e.g. odoo.exceptions.AccessError */
    readonly exception: string,
    message: string,
  ) {
    super(message);
  }
}

const START = Date.UTC(2024, 0, 1) / 1000;
const GROUP = 7; // ids sharing one write_date second
const STEP = 37; // seconds between groups

export function odooDatetime(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().slice(0, 19).replace('T', ' ');
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

// ---- names, in English and (for translated fields) Arabic ----
const COMPANIES = [
  'Al Noor Trading',
  'Gulf Cloud Systems',
  'Desert Rose Clinics',
  'Riyadh Data Works',
  'Najd Logistics',
  'Red Sea Retail',
  'Falcon Analytics',
  'Oasis Health',
  'Tihama Telecom',
  'Jeddah Fintech',
  'Hijaz Energy',
  'Qassim Foods',
  'Dammam Steel',
  'Asir Tourism',
  'Tabuk Education',
  'Madinah Media',
];
const DOMAINS = COMPANIES.map((c) => c.toLowerCase().replace(/[^a-z]+/g, '') + '.sa');
const FIRST = ['Sara', 'Omar', 'Layla', 'Khalid', 'Noura', 'Faisal', 'Huda', 'Yousef', 'Reem', 'Tariq', 'Mona', 'Ali'];
const LAST = ['Al-Harbi', 'Al-Qahtani', 'Al-Otaibi', 'Al-Shehri', 'Al-Zahrani', 'Al-Ghamdi', 'Al-Dossary', 'Al-Mutairi'];
const FIRST_AR = ['سارة', 'عمر', 'ليلى', 'خالد', 'نورة', 'فيصل', 'هدى', 'يوسف', 'ريم', 'طارق', 'منى', 'علي'];
const TOPICS = ['Cloud migration', 'Data lake', 'SAP on AWS', 'Contact center', 'Backup and DR', 'ML platform', 'Windows modernisation'];

const FIXED: Record<string, Array<[string, string]>> = {
  'crm.stage': [
    ['New', 'جديد'],
    ['Qualified', 'مؤهل'],
    ['Proposition', 'عرض'],
    ['Negotiation', 'تفاوض'],
    ['Won', 'فوز'],
    ['Lost', 'خسارة'],
  ],
  'crm.team': [
    ['Sales', 'المبيعات'],
    ['Enterprise', 'الشركات الكبرى'],
    ['Public Sector', 'القطاع العام'],
    ['SMB', 'المنشآت الصغيرة'],
    ['Partners', 'الشركاء'],
    ['Marketplace', 'السوق'],
  ],
  'crm.tag': [
    ['Product', 'منتج'],
    ['Software', 'برمجيات'],
    ['Services', 'خدمات'],
    ['Information', 'معلومات'],
    ['Design', 'تصميم'],
    ['Training', 'تدريب'],
    ['Consulting', 'استشارات'],
    ['Migration', 'ترحيل'],
    ['Renewal', 'تجديد'],
    ['Urgent', 'عاجل'],
  ],
  'res.country': [
    ['Saudi Arabia', 'المملكة العربية السعودية'],
    ['United Arab Emirates', 'الإمارات العربية المتحدة'],
    ['Kuwait', 'الكويت'],
    ['Bahrain', 'البحرين'],
    ['Qatar', 'قطر'],
    ['Oman', 'عمان'],
    ['Egypt', 'مصر'],
    ['Jordan', 'الأردن'],
  ],
  'res.currency': [
    ['SAR', 'ريال'],
    ['USD', 'دولار'],
    ['AED', 'درهم'],
    ['EUR', 'يورو'],
    ['KWD', 'دينار'],
  ],
  'product.template': [
    ['AWS Usage', 'استخدام AWS'],
    ['Support Plan', 'خطة الدعم'],
    ['Managed Services', 'الخدمات المدارة'],
    ['Migration Workshop', 'ورشة الترحيل'],
    ['Well-Architected Review', 'مراجعة البنية'],
    ['Training Day', 'يوم تدريبي'],
  ],
  'project.project': [
    ['Migration', 'ترحيل'],
    ['Landing Zone', 'منطقة الهبوط'],
    ['Data Platform', 'منصة البيانات'],
    ['Managed Ops', 'العمليات المدارة'],
  ],
};
const STATES = [
  ['Riyadh', 'RI'],
  ['Makkah', 'MK'],
  ['Eastern Province', 'EP'],
  ['Madinah', 'MD'],
  ['Qassim', 'QS'],
  ['Asir', 'AS'],
  ['Tabuk', 'TB'],
  ['Dubai', 'DU'],
  ['Abu Dhabi', 'AZ'],
  ['Sharjah', 'SH'],
];

/** The size of a comodel the simulator does not model (res.company, uom.uom…): a few records named generically. */
const OTHER_SIZE = 3;

export interface Store {
  spec: ModelSpec;
  base: number;
  overlay: Map<number, Rec>;
  deleted: Set<number>;
  nextId: number;
  denied: Set<string>;
  /** overlay ids sorted by (write_date, the write's order within its second, id); rebuilt when dirty */
  sorted?: Array<[string, number]>;
  /** each overlay record's write order (the sub-second part of its stamp) */
  order: Map<number, number>;
}

export class Orm {
  readonly stores = new Map<string, Store>();
  /** writes so far: a later write in the same second has a later (hidden) microsecond stamp */
  private writes = 0;
  /** the current whole second, as the ORM stamps it; tests may move it */
  clock = () => Math.floor(Date.now() / 1000);

  constructor(sizes: Record<string, number> = {}) {
    for (const [name, spec] of Object.entries(MODELS)) {
      const copy: ModelSpec = { ...spec, fields: [...spec.fields] };
      const base = sizes[name] ?? spec.size;
      this.stores.set(name, {
        spec: copy,
        base,
        overlay: new Map(),
        deleted: new Set(),
        nextId: base + 1,
        denied: new Set(),
        order: new Map(),
      });
    }
  }

  store(model: string): Store {
    const s = this.stores.get(model);
    if (!s) throw new OdooError('builtins.KeyError', `Object ${model} doesn't exist`);
    return s;
  }

  size(model: string): number {
    return this.stores.get(model)?.base ?? OTHER_SIZE;
  }

  baseWriteSeconds(id: number): number {
    return START + Math.floor((id - 1) / GROUP) * STEP;
  }

  exists(model: string, id: number): boolean {
    const s = this.store(model);
    if (s.deleted.has(id)) return false;
    return (id >= 1 && id <= s.base) || s.overlay.has(id);
  }

  /** The record as stored: many2one as an id or false, x2many as id lists, translated fields as {lang: text}. */
  record(model: string, id: number): Rec {
    const s = this.store(model);
    return s.overlay.get(id) ?? this.generate(s, id);
  }

  displayName(model: string, id: number, lang = 'en_US'): string {
    const s = this.stores.get(model);
    if (!s)
      return `${model
        .split('.')
        .pop()!
        .replace(/^./, (c) => c.toUpperCase())} ${id}`;
    const over = s.overlay.get(id);
    const v = over ? over[s.spec.rec_name] : this.baseName(model, id);
    if (model === 'res.users') return this.displayName('res.partner', this.userPartner(id));
    if (v && typeof v === 'object') return (v as Record<string, string>)[lang] ?? (v as Record<string, string>).en_US ?? '';
    return typeof v === 'string' ? v : `${model} ${id}`;
  }

  private userPartner(id: number): number {
    const p = this.size('res.partner');
    return Math.max(1, p - 12 + ((id - 1) % 12) + 1);
  }

  private baseName(model: string, id: number): unknown {
    const fixed = FIXED[model];
    if (fixed) {
      const [en, ar] = fixed[(id - 1) % fixed.length]!;
      const n = Math.floor((id - 1) / fixed.length);
      return { en_US: n ? `${en} ${n + 1}` : en, ar_001: n ? `${ar} ${n + 1}` : ar };
    }
    switch (model) {
      case 'res.partner': {
        if (id > this.size('res.partner') - 12) {
          const i = (id - 1) % FIRST.length;
          return `${FIRST[i]} ${LAST[id % LAST.length]}`;
        }
        const c = COMPANIES[(id - 1) % COMPANIES.length]!;
        const n = Math.floor((id - 1) / COMPANIES.length);
        return n ? `${c} ${n + 1}` : c;
      }
      case 'crm.lead':
        return `${this.displayName('res.partner', this.leadPartner(id))} - ${TOPICS[id % TOPICS.length]}`;
      case 'sale.order':
        return `S${String(id).padStart(5, '0')}`;
      case 'account.move':
        return `INV/2025/${String(id).padStart(5, '0')}`;
      case 'c.aws.accounts':
        return `${this.displayName('res.partner', ((id - 1) % (this.size('res.partner') - 12)) + 1)} ${['prod', 'staging', 'dev', 'sandbox'][id % 4]}`;
      case 'res.country.state':
        return STATES[(id - 1) % STATES.length]![0];
      case 'c.billing.bill':
        return `BILL/${String(id).padStart(5, '0')}`;
      case 'c.billing.spp.bill':
        return `SPP/${String(id).padStart(5, '0')}`;
      case 'c.aws.funding.request':
        return `FR/${String(id).padStart(4, '0')}`;
      case 'res.company':
        return ['Medi Cloud KSA', 'Medi Cloud UAE'][(id - 1) % 2]! + (id > 2 ? ` ${id}` : '');
      case 'c.billing.internal.cur':
        return `2025-${String(((id - 1) % 12) + 1).padStart(2, '0')}`;
      default:
        return `${MODELS[model]?.description ?? model} ${id}`;
    }
  }

  private leadPartner(id: number): number {
    return ((id * 7919) % (this.size('res.partner') - 12)) + 1;
  }

  private generate(s: Store, id: number): Rec {
    const model = s.spec.model;
    const r = rng(hash(model) ^ Math.imul(id, 2654435761));
    const wd = this.baseWriteSeconds(id);
    const rec: Rec = { id };
    const partnerCount = this.size('res.partner') - 12;
    for (const f of s.spec.fields) {
      if (f.name === 'id' || !f.store) continue;
      rec[f.name] = this.value(s, f, id, r, wd, partnerCount);
    }
    rec.write_date = odooDatetime(wd);
    rec.create_date = odooDatetime(wd - Math.floor(r() * 86400 * 60));
    return rec;
  }

  private value(s: Store, f: FieldSpec, id: number, r: () => number, wd: number, partners: number): unknown {
    const model = s.spec.model;
    const name = f.name;
    const empty = !f.required && r() < 0.12;
    if (name === s.spec.rec_name && f.type !== 'many2one') return this.baseName(model, id);
    if (name === 'active') return r() > 0.05;
    if (model === 'crm.stage' && (name === 'is_won' || name === 'fold'))
      return (id - 1) % 6 === 4 || (name === 'fold' && (id - 1) % 6 === 5);
    switch (f.type) {
      case 'boolean':
        return r() < 0.5;
      case 'integer':
        return name === 'sequence' ? id * 10 : name.endsWith('_rank') ? Math.floor(r() * 5) : Math.floor(r() * 12);
      case 'float':
      case 'monetary': {
        if (empty) return 0;
        if (name === 'probability' || name === 'automated_probability') return Math.round(r() * 10000) / 100;
        if (name.includes('discount') && f.type === 'float') return Math.round(r() * 2000) / 100;
        if (name === 'rate') return Math.round((0.2 + r() * 4) * 1e6) / 1e6;
        return Math.round(r() * 50_000_000) / 100;
      }
      case 'char':
      case 'text':
      case 'html': {
        // identifiers every record is given (an AWS account id, the partner's opportunity reference) are never empty
        if (empty && name !== 'account_id' && name !== 'x_partner_opportunity_identifier') return false;
        const p = (id % partners) + 1;
        const dom = DOMAINS[(p - 1) % DOMAINS.length]!;
        if (name === 'account_id') return String(100000000000 + ((id * 7331) % 899999999999)).padStart(12, '0');
        if (name === 'login') return `${FIRST[id % FIRST.length]!.toLowerCase()}.${id}@medi.example`;
        if (name.includes('email')) return `${FIRST[id % FIRST.length]!.toLowerCase()}.${id}@${dom}`;
        if (name === 'website') return `https://www.${dom}`;
        if (name.includes('phone') || name === 'mobile') return `+9665${String(10000000 + ((id * 9973) % 89999999))}`;
        if (name === 'vat') return `3${String(id).padStart(14, '0')}`;
        if (name === 'x_name_ar' || name === 'contact_name') return `${FIRST_AR[id % FIRST_AR.length]} ${id}`;
        if (name === 'partner_name' || name === 'company_name') return this.displayName('res.partner', p);
        if (name === 'code')
          return model === 'res.country.state'
            ? STATES[(id - 1) % STATES.length]![1]
            : ['SA', 'AE', 'KW', 'BH', 'QA', 'OM', 'EG', 'JO'][(id - 1) % 8];
        if (name === 'x_partner_opportunity_identifier') return `ODOO-${String(id).padStart(7, '0')}`;
        if (name === 'x_ace_opportunity_id') return r() < 0.5 ? `O${String(1000000 + id)}` : false;
        if (name === 'region') return pick(r, ['me-south-1', 'me-central-1', 'eu-west-1', 'us-east-1']);
        const text = `${f.string} ${id}`;
        const v = f.type === 'html' ? `<p>${text}</p>` : text;
        return f.translate ? { en_US: v, ar_001: `${f.string} (عربي) ${id}` } : v;
      }
      case 'date':
        return empty ? false : odooDatetime(wd + Math.floor((r() - 0.3) * 86400 * 120)).slice(0, 10);
      case 'datetime':
        return empty ? false : odooDatetime(wd - Math.floor(r() * 86400 * 30));
      case 'binary':
        return empty ? false : Buffer.from(`PNG ${model} ${id}`).toString('base64');
      case 'selection':
      case 'reference':
        // a run-time selection the simulated database has no values for (e.g. QR code methods) stays empty
        return f.selection?.length && (f.required || !empty) ? pick(r, f.selection)[0] : false;
      case 'many2one': {
        const rel = f.relation!;
        if (name === 'partner_id' && model === 'res.users') return this.userPartner(id);
        if (name === 'partner_id' && model === 'crm.lead') return this.leadPartner(id);
        if (empty) return false;
        if (rel === 'res.partner') return Math.floor(r() * partners) + 1;
        if (rel === 'res.company') return r() < 0.8 ? 1 : 2;
        if (rel === model && name.startsWith('payer')) return ((id - 1) % 8) + 1;
        return Math.floor(r() * this.size(rel)) + 1;
      }
      case 'one2many':
      case 'many2many': {
        const n = Math.floor(r() * 4);
        const size = this.size(f.relation!);
        const ids = new Set<number>();
        for (let i = 0; i < n; i++) ids.add(Math.floor(r() * size) + 1);
        return [...ids].sort((a, b) => a - b);
      }
      case 'many2one_reference':
        return Math.floor(r() * 100) + 1;
      case 'json':
        return empty ? false : { [String(Math.floor(r() * 9) + 1)]: 100 };
      case 'properties':
      case 'properties_definition':
        return [];
    }
  }

  // ---- writes (the admin API) ----
  private stamp(s: Store, rec: Rec, at?: number): void {
    rec.write_date = odooDatetime(at ?? this.clock());
    rec.write_uid = 2;
    s.overlay.set(rec.id as number, rec);
    s.order.set(rec.id as number, ++this.writes);
    s.sorted = undefined;
  }

  write(model: string, id: number, values: Rec, at?: number): void {
    if (!this.exists(model, id))
      throw new OdooError('odoo.exceptions.MissingError', `Record does not exist or has been deleted. (Record: ${model}(${id},))`);
    const s = this.store(model);
    const rec = { ...this.record(model, id), ...values };
    this.stamp(s, rec, at);
  }

  create(model: string, values: Rec, at?: number): number {
    const s = this.store(model);
    const id = s.nextId++;
    const rec: Rec = { ...this.generate(s, id), ...values, id };
    rec.create_date = odooDatetime(at ?? this.clock());
    this.stamp(s, rec, at);
    return id;
  }

  unlink(model: string, ids: number[]): void {
    const s = this.store(model);
    for (const id of ids) {
      s.deleted.add(id);
      s.overlay.delete(id);
    }
    s.sorted = undefined;
  }

  addField(model: string, field: FieldSpec): void {
    const s = this.store(model);
    if (!s.spec.fields.some((f) => f.name === field.name)) s.spec.fields.push(field);
  }

  dropField(model: string, name: string): void {
    const s = this.store(model);
    s.spec.fields = s.spec.fields.filter((f) => f.name !== name);
  }

  // ---- search ----
  private overlaySorted(s: Store): Array<[string, number]> {
    if (!s.sorted) {
      s.sorted = [...s.overlay.values()]
        .map((r) => [r.write_date as string, r.id as number] as [string, number])
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : s.order.get(a[1])! - s.order.get(b[1])!));
    }
    return s.sorted;
  }

  /** Ids in (write_date, id) order from the first with write_date ≥ `from`. */
  private *byWriteDate(s: Store, from: string | undefined): Generator<number> {
    let next = 1;
    if (from) {
      const t = Date.parse(from.replace(' ', 'T') + 'Z') / 1000;
      if (Number.isFinite(t)) next = Math.max(1, Math.ceil((t - START) / STEP) * GROUP + 1 - GROUP);
    }
    const over = this.overlaySorted(s);
    let oi = 0;
    if (from) while (oi < over.length && over[oi]![0] < from) oi++;
    const baseAt = (id: number) => odooDatetime(this.baseWriteSeconds(id));
    const skip = () => {
      while (next <= s.base && (s.deleted.has(next) || s.overlay.has(next))) next++;
    };
    skip();
    for (;;) {
      const haveBase = next <= s.base;
      const haveOver = oi < over.length;
      if (!haveBase && !haveOver) return;
      const bw = haveBase ? baseAt(next) : '';
      if (haveBase && (!haveOver || bw <= over[oi]![0])) {
        yield next++;
        skip();
      } else yield over[oi++]![1];
    }
  }

  /** Ids ascending from `from` (the domain's lower bound on id, as an index scan would start). */
  private *byId(s: Store, from = 1): Generator<number> {
    for (let id = Math.max(1, from); id <= s.base; id++) if (!s.deleted.has(id)) yield id;
    const created = [...s.overlay.keys()].filter((id) => id > s.base && id >= from).sort((a, b) => a - b);
    yield* created;
  }

  search(model: string, domain: Domain, opts: { offset?: number; limit?: number; order?: string; context?: Rec } = {}): number[] {
    const s = this.store(model);
    const tree = parseDomain(domain);
    const ctx = opts.context ?? {};
    const hasActive = s.spec.fields.some((f) => f.name === 'active');
    const mentionsActive = JSON.stringify(domain).includes('"active"');
    const activeTest = hasActive && ctx.active_test !== false && !mentionsActive;
    const companies = Array.isArray(ctx.allowed_company_ids) ? (ctx.allowed_company_ids as number[]) : undefined;
    const hasCompany = s.spec.fields.some((f) => f.name === 'company_id');
    const order = (opts.order ?? 'id').toLowerCase().replace(/\s+/g, ' ').trim();
    const offset = opts.offset ?? 0;
    const limit = opts.limit ?? Infinity;
    const match = (id: number) => {
      const rec = this.record(model, id);
      if (activeTest && rec.active === false) return false;
      if (companies && hasCompany && rec.company_id !== false && !companies.includes(rec.company_id as number)) return false;
      return evaluate(tree, rec, id);
    };
    const out: number[] = [];
    let skipped = 0;
    const take = (ids: Iterable<number>) => {
      for (const id of ids) {
        if (!match(id)) continue;
        if (skipped < offset) {
          skipped++;
          continue;
        }
        if (out.length >= limit) return;
        out.push(id);
      }
    };
    if (order === 'write_date asc, id asc' || order === 'write_date, id') take(this.byWriteDate(s, lowerBound(tree, 'write_date')));
    else if (order === 'id' || order === 'id asc') {
      const low = lowerBound(tree, 'id');
      take(this.byId(s, low === undefined ? 1 : Number(low) + (strictId(tree) ? 1 : 0)));
    } else {
      const all: number[] = [];
      for (const id of this.byId(s)) if (match(id)) all.push(id);
      const keys = order.split(',').map((p) => p.trim().split(' ') as [string, string?]);
      all.sort((a, b) => {
        const ra = this.record(model, a);
        const rb = this.record(model, b);
        for (const [k, dir] of keys) {
          const x = ra[k] as string | number;
          const y = rb[k] as string | number;
          if (x === y) continue;
          const c = x < y ? -1 : 1;
          return dir === 'desc' ? -c : c;
        }
        return 0;
      });
      return all.slice(offset, offset + (Number.isFinite(limit) ? limit : all.length));
    }
    return out;
  }
}

// ---- domains: Polish notation, implicit AND ----
type Node = { op: '&' | '|'; a: Node; b: Node } | { op: '!'; a: Node } | { leaf: [string, string, unknown] } | { all: true };

export function parseDomain(domain: Domain): Node {
  if (!Array.isArray(domain)) throw new OdooError('builtins.ValueError', `Invalid domain: ${JSON.stringify(domain)}`);
  let i = 0;
  const one = (): Node => {
    if (i >= domain.length) throw new OdooError('builtins.ValueError', 'Domain is missing an operand');
    const t = domain[i++];
    if (t === '&' || t === '|') return { op: t, a: one(), b: one() };
    if (t === '!') return { op: '!', a: one() };
    if (!Array.isArray(t) || t.length !== 3 || typeof t[0] !== 'string' || typeof t[1] !== 'string')
      throw new OdooError('builtins.ValueError', `Invalid leaf ${JSON.stringify(t)}`);
    return { leaf: t as [string, string, unknown] };
  };
  const nodes: Node[] = [];
  while (i < domain.length) nodes.push(one());
  if (nodes.length === 0) return { all: true };
  return nodes.reduceRight((acc, n) => ({ op: '&', a: n, b: acc }));
}

const OPS = new Set([
  '=',
  '!=',
  '>',
  '>=',
  '<',
  '<=',
  'in',
  'not in',
  'like',
  'ilike',
  'not like',
  'not ilike',
  '=like',
  '=ilike',
  'child_of',
  'parent_of',
]);

function likeRe(pattern: string, exact: boolean, ci: boolean): RegExp {
  const body = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%/g, '.*')
    .replace(/_/g, '.');
  return new RegExp(exact ? `^${body}$` : body, ci ? 'i' : '');
}

function scalar(v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v)) return (v as Record<string, unknown>).en_US ?? false;
  return v;
}

function evaluate(n: Node, rec: Rec, id: number): boolean {
  if ('all' in n) return true;
  if ('leaf' in n) {
    const [field, op, value] = n.leaf;
    if (!OPS.has(op)) throw new OdooError('builtins.ValueError', `Invalid operator ${op}`);
    const v = field === 'id' ? id : scalar(rec[field]);
    if (v === undefined && field !== 'id')
      throw new OdooError('builtins.ValueError', `Invalid field ${field} in leaf ${JSON.stringify(n.leaf)}`);
    const list = Array.isArray(v) ? v : [v];
    switch (op) {
      case '=':
      case 'child_of':
      case 'parent_of':
        return Array.isArray(v) ? (value === false ? v.length === 0 : v.includes(value)) : v === value || (value === false && v === null);
      case '!=':
        return !(Array.isArray(v) ? v.includes(value) : v === value);
      case 'in':
        return list.some((x) => (value as unknown[]).includes(x));
      case 'not in':
        return !list.some((x) => (value as unknown[]).includes(x));
      case '>':
        return v !== false && (v as string) > (value as string);
      case '>=':
        return v !== false && (v as string) >= (value as string);
      case '<':
        return v !== false && (v as string) < (value as string);
      case '<=':
        return v !== false && (v as string) <= (value as string);
      default: {
        if (typeof v !== 'string') return op.startsWith('not');
        const re = likeRe(String(value), op.startsWith('='), op.includes('ilike'));
        return op.startsWith('not') ? !re.test(v) : re.test(v);
      }
    }
  }
  if (n.op === '!') return !evaluate(n.a, rec, id);
  if (n.op === '&') return evaluate(n.a, rec, id) && evaluate(n.b, rec, id);
  return evaluate(n.a, rec, id) || evaluate(n.b, rec, id);
}

/** A domain that is one `id > n` leaf (the tap's id-list paging): its bound excludes n itself. */
function strictId(n: Node): boolean {
  return 'leaf' in n && n.leaf[0] === 'id' && n.leaf[1] === '>';
}

/** The least value `field` can take in any matching record, when the domain bounds it from below. */
function lowerBound(n: Node, field: string): string | undefined {
  if ('all' in n) return undefined;
  if ('leaf' in n) {
    const [f, op, v] = n.leaf;
    return f === field && (op === '>=' || op === '>' || op === '=') && (typeof v === 'string' || typeof v === 'number')
      ? (v as string)
      : undefined;
  }
  if (n.op === '!') return undefined;
  const a = lowerBound(n.a, field);
  const b = lowerBound(n.b, field);
  if (n.op === '&') return a === undefined ? b : b === undefined ? a : a > b ? a : b;
  return a === undefined || b === undefined ? undefined : a < b ? a : b;
}
