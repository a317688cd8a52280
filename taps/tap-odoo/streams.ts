// One stream per Odoo contract (contracts/odoo/<model>.yaml, written by discovery). Before any SCHEMA is sent each
// model is planned and probed: its field list (fields_get, cached in the state with its hash) is matched against
// the contract by the drift policy — a field the contract lacks (a new custom x_ field) becomes a new raw column,
// with a warning; a contract field the server no longer has is sent as NULL, with a warning — and the first
// keyset page is read (the probe). A run with nothing new thus costs one search_read per model: fields_get is read
// again only on the first run, when the cached list is older than `fields_max_age_minutes`, when the probe found
// changed records (they may carry a new field), or when the server rejects a requested field ("Invalid field").
// Records are read by search_read in (write_date, id) order with the whole-second keyset of the fact sheet,
// active_test false (archiving arrives as an update), the configured companies in the context, and translated
// fields read once more per extra language. A field the user may not read (AccessError) is left out of the request,
// with a warning, and remembered until the field list is next refreshed by age. Every `deletion_check` minutes the
// model's ids are listed (search, ids only); an id the warehouse holds (listed last time, or sent since) that the
// list lacks is sent on the model's own stream as a tombstone — the id and `_sdc_deleted_at`, as tap-sql sends
// them — so raw.odoo_<model> holds the deletion and typed staging carries it as `_deleted_at`.
import { createHash } from 'node:crypto';
import type { Logger } from '../../kit/singer/log.js';
import { defineStream, EncodedRecord, StreamFailure, type FetchContext, type StreamDef, type TapState } from '../../kit/singer/tap-kit.js';
import { ConfigError } from '../../kit/singer/errors.js';
import type { JsonSchema } from '../../kit/singer/messages.js';
import type { GeneratedContract } from '../../kit/contracts/generated-contract.js';
import * as odoo from '../../generated/contracts/odoo.js';
import { OdooClient, OdooFault } from './client.js';
import { columnsFor, type OdooField, type OutColumn } from './fields.js';
import { FIELD_ATTRIBUTES } from './discover-contracts.js';
import { missing, withIds, withoutIds, type Ranges } from './ids.js';
import { SeenWindow } from './seen.js';
import type { OdooConfig } from './settings.js';

type Rec = Record<string, unknown>;

const CONTRACTS: GeneratedContract[] = Object.values(odoo as Record<string, GeneratedContract>);

export function modelOf(c: GeneratedContract): string {
  return String((c.contract.discovered as { model?: string } | undefined)?.model ?? c.contract.stream.replace(/_/g, '.'));
}

/** The deletion mark a tombstone carries beside the id (tap-sql's and singer-sdk's name; the target keeps it). */
export const DELETED_AT = '_sdc_deleted_at';

/** A model's stored fields as the state caches them: [name, type, translated, label]. */
type CachedField = [string, string, 0 | 1, string?];
export interface FieldCache {
  /** when fields_get was read */
  at: string;
  /** sha256 of `list` (16 hex): whether a fresh fields_get changed anything */
  hash: string;
  list: CachedField[];
}

/** What a run reads for one model: the fields to request and how each column is made. */
export interface Plan {
  model: string;
  columns: OutColumn[];
  /** every record property of the stream, in order: contract columns then new server columns */
  keys: string[];
  fields: string[];
  translations: Map<string, OutColumn[]>;
  /** fields the user may not read (AccessError), left out of every request until the list is refreshed by age */
  denied: string[];
  cache: FieldCache;
  /** the probe failed for this model alone (the kit reports it as the stream's failure and syncs the others) */
  failure?: StreamFailure;
  /** the drift warnings of this plan, logged once the model's plan is final */
  warnings: string[];
  /** the first keyset page, read before the SCHEMA was sent, and the bookmark it was read from */
  probe?: { since: string | number | undefined; page: Rec[] };
}

export class OdooTap {
  readonly plans = new Map<string, Plan>();
  constructor(
    readonly client: OdooClient,
    readonly config: OdooConfig,
  ) {}
}

const odooToIso = (v: string) => `${v.replace(' ', 'T')}Z`;
const isoToOdoo = (v: string) => new Date(v).toISOString().slice(0, 19).replace('T', ' ');
const plusSecond = (odooTime: string) => isoToOdoo(new Date(Date.parse(odooToIso(odooTime)) + 1000).toISOString());

const SCHEMA_OF: Record<string, JsonSchema> = {
  string: { type: ['string', 'null'] },
  integer: { type: ['integer', 'null'] },
  decimal: { type: ['number', 'null'] },
  boolean: { type: ['boolean', 'null'] },
  date: { type: ['string', 'null'], format: 'date' },
  timestamp: { type: ['string', 'null'], format: 'date-time' },
  json: {},
};

interface Memo {
  seen?: Array<[number, string]>;
  /** ids the warehouse holds: listed at the last reconciliation, or sent since */
  known?: Ranges;
  reconciled_at?: string;
  /** the companies setting `known` was listed under */
  scope?: string;
  fields?: FieldCache;
  denied?: string[];
}

function context(config: OdooConfig, lang: string): Rec {
  return { active_test: false, lang, ...(config.companies.length ? { allowed_company_ids: config.companies } : {}) };
}

const FIRST_PAGE = (config: OdooConfig) => ({
  order: 'write_date asc, id asc',
  limit: config.page_size,
  context: context(config, config.languages[0] ?? 'en_US'),
});

/** The domain of the page after `cursor` (the whole-second keyset), or of the first page. */
/**
 * Where the next page starts. Replies and domains give write_date in whole seconds, but the column keeps
 * microseconds and `order` sorts by them: within one second records come in the order they were written, not by
 * id, so no (write_date, id) keyset can resume inside a second. When a page ends inside second `t`, the rest of
 * that second is read in id order instead (`ids`: its records the page already had, at most a page; `after`: the
 * last id read so), then the read goes on from t+1s (`done`). Bounded whatever a mass write put in one second.
 */
interface Cursor {
  t: string;
  ids: number[];
  after?: number;
  done?: boolean;
}

function keysetDomain(cursor: Cursor | undefined, from: string | undefined): unknown[] {
  if (cursor?.done) return [['write_date', '>=', plusSecond(cursor.t)]];
  if (cursor)
    return [
      ['write_date', '>=', cursor.t],
      ['write_date', '<', plusSecond(cursor.t)],
      ['id', 'not in', cursor.ids],
      ...(cursor.after !== undefined ? [['id', '>', cursor.after]] : []),
    ];
  return from ? [['write_date', '>=', from]] : [];
}

/** Where a run starts: `lookback_minutes` before the bookmark, else start_date, else the beginning. */
function startOf(config: OdooConfig, bookmark: string | number | undefined): string | undefined {
  if (bookmark !== undefined) return isoToOdoo(new Date(Date.parse(String(bookmark)) - config.lookback_minutes * 60_000).toISOString());
  return config.start_date ? isoToOdoo(config.start_date) : undefined;
}

async function readFields(client: OdooClient, model: string): Promise<FieldCache> {
  const fields = (await client.call(model, 'fields_get', { attributes: FIELD_ATTRIBUTES })) as Record<string, OdooField>;
  const list: CachedField[] = Object.entries(fields)
    .filter(([name, f]) => f.store !== false || name === 'id')
    .map(([name, f]) => [name, f.type, f.translate ? 1 : 0, ...(f.string ? [f.string] : [])] as CachedField);
  return { at: new Date().toISOString(), hash: createHash('sha256').update(JSON.stringify(list)).digest('hex').slice(0, 16), list };
}

function isCache(v: unknown): v is FieldCache {
  const c = v as FieldCache | undefined;
  return !!c && typeof c.at === 'string' && typeof c.hash === 'string' && Array.isArray(c.list) && c.list.every(Array.isArray);
}

function fieldsOf(cache: FieldCache): Record<string, OdooField> {
  return Object.fromEntries(
    cache.list.map(([name, type, translate, label]) => [
      name,
      { type, store: true, ...(translate ? { translate: true } : {}), ...(label ? { string: label } : {}) },
    ]),
  );
}

/** Every stream's schema as the contract made it, before drift and tombstones changed it (a plan may be made twice). */
const PRISTINE = new Map(CONTRACTS.map((c) => [c, JSON.stringify(c.singer.schema)]));

/** fields_get (or the state's cached list) for each model, the drift policy applied to its stream's schema, and the
 * first keyset page read; streams of models not configured are dropped. */
export async function createTap(
  config: OdooConfig,
  logger: Logger,
  streams: StreamDef<OdooConfig, OdooTap>[],
  state: TapState = { bookmarks: {} },
): Promise<OdooTap> {
  const client = new OdooClient(config, logger);
  // the session a previous run found (client.ts connect): a rerun with nothing new then costs the probes alone
  client.onSession = (s) => (state.odoo_session = s);
  await client.connect(state.odoo_session);
  logger.info(`Odoo ${client.serverVersion || '(version not probed)'} over ${client.protocol}`);
  const tap = new OdooTap(client, config);
  const byModel = new Map(CONTRACTS.map((c) => [modelOf(c), c]));
  const unknown = config.models.filter((m) => !byModel.has(m));
  if (unknown.length)
    throw new ConfigError(`no contract for model(s) ${unknown.join(', ')}: run npm run contracts:discover -- odoo, then npm run codegen`);
  const wanted = new Set(config.models);
  // the kit syncs the streams in this list: models left out of `models` are not read (nor declared)
  for (let i = streams.length - 1; i >= 0; i--) if (!wanted.has(modelOfStream(streams[i]!))) streams.splice(i, 1);
  for (const model of config.models) {
    const c = byModel.get(model)!;
    const slot = state.bookmarks[c.singer.stream];
    tap.plans.set(model, await prepare(client, config, logger, c, slot?.replication_key_value, slot?.memo as Memo | undefined));
  }
  return tap;
}

function modelOfStream(def: StreamDef<OdooConfig, OdooTap>): string {
  const c = CONTRACTS.find((x) => x.singer === def.singer);
  return c ? modelOf(c) : '';
}

const isInvalidField = (e: unknown) => e instanceof OdooFault && /Invalid field/i.test(e.detail);

/**
 * The model's plan and its probe (the first keyset page). fields_get only when the cached list is missing or older
 * than fields_max_age_minutes, when the probe found records not sent yet, or when the server rejected a field.
 */
async function prepare(
  client: OdooClient,
  config: OdooConfig,
  logger: Logger,
  c: GeneratedContract,
  since: string | number | undefined,
  memo: Memo | undefined,
): Promise<Plan> {
  const model = modelOf(c);
  const maxAge = config.fields_max_age_minutes * 60_000;
  let cache = isCache(memo?.fields) ? memo.fields : undefined;
  let fresh = !cache || maxAge <= 0 || Date.now() - Date.parse(cache.at) >= maxAge;
  if (fresh) cache = await readFields(client, model);
  // a refresh by age tries the fields refused before once more
  let p = plan(c, cache!, fresh ? [] : (memo?.denied ?? []), config);
  const args = { domain: keysetDomain(undefined, startOf(config, since)), ...FIRST_PAGE(config) };
  let page: Rec[];
  for (;;) {
    try {
      page = await searchRead(client, logger, p, args);
      break;
    } catch (e) {
      if (e instanceof StreamFailure) {
        p.failure = e;
        return p;
      }
      if (fresh || !isInvalidField(e)) throw e;
      logger.info(`${model}: the server rejected a field of the cached list (${(e as OdooFault).detail}); reading fields_get again`);
      cache = await readFields(client, model);
      fresh = true;
      p = plan(c, cache, p.denied, config);
    }
  }
  const seen = new SeenWindow(memo);
  if (!fresh && page.some((r) => !seen.has(r.id as number, String(r.write_date)))) {
    // changed records may carry a field added since the list was cached: read it before sending any of them
    const now = await readFields(client, model);
    if (now.hash !== cache!.hash) {
      p = plan(c, now, p.denied, config);
      page = await searchRead(client, logger, p, args);
    } else p.cache = now;
  }
  for (const w of p.warnings) logger.warn(w);
  p.probe = { since, page };
  return p;
}

function plan(c: GeneratedContract, cache: FieldCache, denied: string[], config: OdooConfig): Plan {
  const warnings: string[] = [];
  const model = modelOf(c);
  const server = columnsFor(fieldsOf(cache), config.languages, config.include_binary);
  const contractCols = new Set(c.contract.columns.map((x) => x.name));
  const serverCols = new Set(server.map((x) => x.column));
  const added = server.filter((x) => !contractCols.has(x.column));
  const gone = c.contract.columns.filter((x) => !serverCols.has(x.name)).map((x) => x.name);
  const schema = JSON.parse(PRISTINE.get(c)!) as JsonSchema;
  const props = schema.properties!;
  const nullable = (name: string) => {
    const p = props[name]!;
    if (typeof p.type === 'string') p.type = [p.type, 'null'];
    if (Array.isArray(p.enum) && !p.enum.includes(null)) p.enum = [...p.enum, null];
  };
  if (added.length) {
    warnings.push(
      `${model}: ${added.length} field column(s) the contract lacks, added to raw: ${added.map((x) => `${x.column} (${x.source_type})`).join(', ')}; rerun contracts:discover to adopt them`,
    );
    for (const a of added)
      props[a.column] = { ...SCHEMA_OF[a.type]!, description: `${a.label ?? a.field} (not in the contract: found on the server)` };
  }
  if (gone.length) {
    warnings.push(`${model}: ${gone.length} contract column(s) the server no longer has, sent as NULL: ${gone.join(', ')}`);
    schema.required = (schema.required ?? []).filter((r) => !gone.includes(r));
    for (const g of gone) nullable(g);
  }
  const keys = Object.keys(props);
  if (config.deletion_check >= 0) {
    // a tombstone carries the id alone (as tap-sql's do): every other property may be absent or NULL
    const key = new Set(c.singer.key_properties);
    schema.required = (schema.required ?? []).filter((r) => key.has(r));
    for (const k of keys) if (!key.has(k)) nullable(k);
    props[DELETED_AT] = { type: ['string', 'null'], format: 'date-time' };
  }
  c.singer.schema = schema;
  const translations = new Map<string, OutColumn[]>();
  const readable = server.filter((col) => !denied.includes(col.field));
  for (const col of readable) if (col.kind === 'translation') translations.set(col.lang!, [...(translations.get(col.lang!) ?? []), col]);
  return {
    model,
    columns: server,
    keys,
    fields: [...new Set(readable.filter((x) => x.kind !== 'translation').map((x) => x.field))],
    translations,
    denied: denied.filter((f) => server.some((x) => x.field === f)),
    cache,
    warnings,
  };
}

/** One column's value from the field's wire value: false → NULL (but for booleans), many2one split, datetimes to UTC ISO. */
export function columnValue(col: OutColumn, v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (col.kind === 'm2o_id') return Array.isArray(v) ? v[0] : typeof v === 'number' ? v : null;
  // display_name is False when the related record's name is empty
  if (col.kind === 'm2o_name') return Array.isArray(v) && typeof v[1] === 'string' ? v[1] : null;
  if (col.source_type === 'boolean') return v;
  if (v === false) return null;
  if (col.type === 'timestamp') return typeof v === 'string' ? odooToIso(v) : null;
  if (col.type === 'string' && typeof v !== 'string') return JSON.stringify(v);
  return v;
}

type Ctx = FetchContext<OdooConfig, OdooTap>;

/** search_read, leaving out fields the user may not read (AccessError names them) with a warning. */
async function searchRead(client: OdooClient, logger: Logger, p: Plan, args: Rec): Promise<Rec[]> {
  for (;;) {
    try {
      return (await client.call(p.model, 'search_read', { ...args, fields: p.fields })) as Rec[];
    } catch (e) {
      if (!(e instanceof OdooFault) || !e.isAccessError) throw e;
      // 17.0 names them all (`the fields "a, b"`), 19.0 the first one it meets (`the field "a"`)
      const named = /fields? "([^"]+)"/
        .exec(e.detail)?.[1]
        ?.split(',')
        .map((s) => s.trim())
        .filter((f) => p.fields.includes(f) && f !== 'id' && f !== 'write_date');
      if (!named?.length) throw new StreamFailure(`${p.model}: access refused and no field named to leave out: ${e.detail}`);
      logger.warn(`${p.model}: the user may not read ${named.join(', ')} (AccessError); left out of the request, sent as NULL`);
      p.fields = p.fields.filter((f) => !named.includes(f));
      p.denied = [...new Set([...p.denied, ...named])];
      for (const [lang, cols] of p.translations)
        p.translations.set(
          lang,
          cols.filter((c) => !named.includes(c.field)),
        );
    }
  }
}

async function* fetchModel(ctx: Ctx, c: GeneratedContract): AsyncGenerator<EncodedRecord | Rec> {
  const { config } = ctx;
  const model = modelOf(c);
  const p = ctx.client.plans.get(model)!;
  if (p.failure) throw p.failure;
  const client = ctx.client.client;
  const memo = (ctx.memo ?? {}) as Memo;
  const seen = new SeenWindow(memo);
  const lookback = config.lookback_minutes * 60_000;
  const from = startOf(config, ctx.since);
  let known: Ranges | undefined = memo.known;
  const remember = () => ({
    ...memo,
    seen: seen.toJSON(),
    fields: p.cache,
    denied: p.denied,
    ...(known ? { known } : {}),
  });
  // the probe's page, unless the kit starts elsewhere (a full-table sync ignores the bookmark)
  let probe = p.probe && p.probe.since === ctx.since ? p.probe.page : undefined;
  p.probe = undefined;
  const encode = ctx.encoder(p.keys);
  const index = new Map(p.keys.map((k, i) => [k, i]));
  let cursor: Cursor | undefined;
  let sent = 0;
  let skipped = 0;
  for (;;) {
    const inSecond = cursor !== undefined && !cursor.done;
    const page = probe ?? (await nextPage(ctx, p, keysetDomain(cursor, from), inSecond ? 'id' : undefined));
    probe = undefined;
    if (page.length === 0) {
      if (!inSecond) break;
      cursor = { t: cursor!.t, ids: [], done: true }; // that second is read: on from the next one
      continue;
    }
    const fresh = page.filter((r) => !seen.has(r.id as number, String(r.write_date)));
    skipped += page.length - fresh.length;
    const extra = new Map<number, Rec>();
    for (const [l, cols] of p.translations) {
      if (!fresh.length || !cols.length) continue;
      const rows = (await client.call(model, 'read', {
        ids: fresh.map((r) => r.id),
        fields: [...new Set(cols.map((x) => x.field))],
        context: context(config, l),
      })) as Rec[];
      for (const r of rows)
        for (const col of cols)
          (extra.get(r.id as number) ?? extra.set(r.id as number, {}).get(r.id as number)!)[col.column] = r[col.field];
    }
    // the page's ids join the warehouse's before they are sent: a crash after sending them cannot lose their deletion
    // (kept with deletion_check -1 too, so turning the check on later misses nothing)
    if (fresh.length) {
      known = withIds(
        known ?? [],
        fresh.map((r) => r.id as number),
      );
      ctx.setMemo(remember());
    }
    for (const r of fresh) {
      const values: unknown[] = new Array(p.keys.length).fill(null);
      const id = r.id as number;
      for (const col of p.columns) {
        const at = index.get(col.column);
        if (at === undefined) continue;
        values[at] = columnValue(col, col.kind === 'translation' ? extra.get(id)?.[col.column] : r[col.field]);
      }
      if (typeof r.write_date !== 'string')
        throw new StreamFailure(`${model} ${id}: no write_date in the reply; cannot sync incrementally`);
      seen.add(id, r.write_date);
      sent++;
      yield encode(values);
    }
    const last = page[page.length - 1]!;
    const full = page.length >= config.page_size;
    if (inSecond) cursor = full ? { ...cursor!, after: last.id as number } : { t: cursor!.t, ids: [], done: true };
    else if (full) {
      // ended inside this second: the rest of it by id, past the records of it this page had
      const t = String(last.write_date);
      cursor = { t, ids: page.filter((r) => String(r.write_date) === t).map((r) => r.id as number) };
    }
    seen.prune(isoToOdoo(new Date(Date.parse(odooToIso(String(last.write_date))) - lookback).toISOString()));
    ctx.setMemo(remember());
    if (!inSecond && !full) break;
  }
  ctx.setMemo(remember());
  if (config.deletion_check >= 0) {
    const due = !memo.reconciled_at || Date.now() - Date.parse(memo.reconciled_at) >= config.deletion_check * 60_000;
    if (due) {
      const scope = JSON.stringify(config.companies);
      const ids = await listIds(ctx, model);
      const now = new Date().toISOString();
      if (memo.scope !== undefined && memo.scope !== scope && known) {
        // another company set shows other records: their absence is no deletion
        ctx.logger.warn(
          `${model}: the companies setting changed since the last id list; no tombstones this time, the ids are listed afresh`,
        );
        known = withoutIds(known, missing(known, ids));
      } else if (known) {
        const gone = missing(known, ids);
        // the id and the deletion mark, nothing else (typed staging ranks it newest and keeps the last values it names)
        for (const id of gone) yield { id, [DELETED_AT]: now };
        if (gone.length) ctx.logger.info(`${model}: ${gone.length} record(s) no longer in Odoo, sent as tombstones`);
        known = withoutIds(known, gone);
      }
      ctx.setMemo({ ...remember(), reconciled_at: now, scope });
    }
  }
  ctx.logger.info(
    `${model}: ${sent} records sent, ${skipped} already sent skipped (look-back), ${client.totalCalls} calls so far this run`,
  );
}

/** A keyset page after the probe; a field gone from the server since the probe fails this model's stream only. */
async function nextPage(ctx: Ctx, p: Plan, domain: unknown[], order?: string): Promise<Rec[]> {
  try {
    return await searchRead(ctx.client.client, ctx.logger, p, { domain, ...FIRST_PAGE(ctx.config), ...(order ? { order } : {}) });
  } catch (e) {
    if (!isInvalidField(e)) throw e;
    throw new StreamFailure(
      `${p.model}: a field went away during the run (${(e as OdooFault).detail}); the next run reads fields_get again`,
    );
  }
}

/** Every id of the model (search: ids only, active_test false, so archived records are not taken for deleted). */
async function listIds(ctx: Ctx, model: string): Promise<number[]> {
  const ids: number[] = [];
  const limit = 100_000;
  for (;;) {
    const domain = ids.length ? [['id', '>', ids[ids.length - 1]]] : [];
    const page = (await ctx.client.client.call(model, 'search', {
      domain,
      order: 'id',
      limit,
      context: context(ctx.config, ctx.config.languages[0] ?? 'en_US'),
    })) as number[];
    for (const id of page) ids.push(id);
    if (page.length < limit) break;
  }
  return ids;
}

export const STREAMS: StreamDef<OdooConfig, OdooTap>[] = CONTRACTS.map((c) =>
  defineStream<OdooConfig, OdooTap>({
    singer: c.singer,
    sorted: true,
    fetch: (ctx) => fetchModel(ctx, c),
  }),
);
