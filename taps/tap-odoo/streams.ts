// One stream per Odoo contract (contracts/odoo/<model>.yaml, written by discovery). Before any SCHEMA is sent the
// client reads fields_get for each configured model and applies the drift policy to the stream's schema: a field
// the contract lacks (a new custom x_ field) becomes a new raw column, with a warning; a contract field the server
// no longer has is sent as NULL, with a warning. Records are read by search_read in (write_date, id) order with
// the whole-second keyset of the fact sheet, active_test false (archiving arrives as an update), the configured
// companies in the context, and translated fields read once more per extra language. A field the user may not
// read (AccessError) is left out of the request, with a warning. Every `deletion_check` minutes the model's ids
// are listed (search, ids only) and those gone since the last list are sent as tombstones on odoo_deleted_records.
import type { Logger } from 'winston';
import { defineStream, EncodedRecord, StreamFailure, type FetchContext, type StreamDef } from '../../kit/singer/tap-kit.js';
import { ConfigError } from '../../kit/singer/errors.js';
import type { JsonSchema } from '../../kit/singer/messages.js';
import type { GeneratedContract } from '../../kit/contracts/generated-contract.js';
import * as odoo from '../../generated/contracts/odoo.js';
import { OdooClient, OdooFault } from './client.js';
import { columnsFor, type OdooField, type OutColumn } from './fields.js';
import { FIELD_ATTRIBUTES } from './discover-contracts.js';
import { missing, toRanges, type Ranges } from './ids.js';
import { SeenWindow } from './seen.js';
import type { OdooConfig } from './settings.js';

type Rec = Record<string, unknown>;

export const DELETED = odoo.deletedRecords.singer;

const CONTRACTS: GeneratedContract[] = Object.values(odoo as Record<string, GeneratedContract>).filter((c) => c.singer !== DELETED);

export function modelOf(c: GeneratedContract): string {
  return String((c.contract.discovered as { model?: string } | undefined)?.model ?? c.contract.stream.replace(/_/g, '.'));
}

/** What a run reads for one model: the fields to request and how each column is made. */
export interface Plan {
  model: string;
  columns: OutColumn[];
  /** every property of the stream, in order: contract columns then new server columns */
  keys: string[];
  fields: string[];
  translations: Map<string, OutColumn[]>;
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

/** fields_get for each model, the drift policy applied to its stream's schema; streams of models not configured are dropped. */
export async function createTap(config: OdooConfig, logger: Logger, streams: StreamDef<OdooConfig, OdooTap>[]): Promise<OdooTap> {
  const client = new OdooClient(config, logger);
  await client.connect();
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
    const fields = (await client.call(model, 'fields_get', { attributes: FIELD_ATTRIBUTES })) as Record<string, OdooField>;
    tap.plans.set(model, plan(model, c, fields, config, logger));
  }
  return tap;
}

function modelOfStream(def: StreamDef<OdooConfig, OdooTap>): string {
  const c = CONTRACTS.find((x) => x.singer === def.singer);
  return c ? modelOf(c) : '';
}

function plan(model: string, c: GeneratedContract, fields: Record<string, OdooField>, config: OdooConfig, logger: Logger): Plan {
  const server = columnsFor(fields, config.languages, config.include_binary);
  const contractCols = new Set(c.contract.columns.map((x) => x.name));
  const serverCols = new Set(server.map((x) => x.column));
  const added = server.filter((x) => !contractCols.has(x.column));
  const gone = c.contract.columns.filter((x) => !serverCols.has(x.name)).map((x) => x.name);
  const props = c.singer.schema.properties!;
  if (added.length) {
    logger.warn(
      `${model}: ${added.length} field column(s) the contract lacks, added to raw: ${added.map((x) => `${x.column} (${x.source_type})`).join(', ')}; rerun contracts:discover to adopt them`,
    );
    for (const a of added)
      props[a.column] = { ...SCHEMA_OF[a.type]!, description: `${a.label ?? a.field} (not in the contract: found on the server)` };
  }
  if (gone.length) {
    logger.warn(`${model}: ${gone.length} contract column(s) the server no longer has, sent as NULL: ${gone.join(', ')}`);
    const schema = c.singer.schema;
    schema.required = (schema.required ?? []).filter((r) => !gone.includes(r));
    for (const g of gone) {
      const p = props[g]!;
      if (typeof p.type === 'string') p.type = [p.type, 'null'];
      if (Array.isArray(p.enum) && !p.enum.includes(null)) p.enum = [...p.enum, null];
    }
  }
  const columns = server;
  const translations = new Map<string, OutColumn[]>();
  for (const col of columns) if (col.kind === 'translation') translations.set(col.lang!, [...(translations.get(col.lang!) ?? []), col]);
  return {
    model,
    columns,
    keys: Object.keys(props),
    fields: [...new Set(columns.filter((x) => x.kind !== 'translation').map((x) => x.field))],
    translations,
  };
}

/** One column's value from the field's wire value: false → NULL (but for booleans), many2one split, datetimes to UTC ISO. */
export function columnValue(col: OutColumn, v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (col.kind === 'm2o_id') return Array.isArray(v) ? v[0] : typeof v === 'number' ? v : null;
  if (col.kind === 'm2o_name') return Array.isArray(v) ? (v[1] ?? null) : null;
  if (col.source_type === 'boolean') return v;
  if (v === false) return null;
  if (col.type === 'timestamp') return typeof v === 'string' ? odooToIso(v) : null;
  if (col.type === 'string' && typeof v !== 'string') return JSON.stringify(v);
  return v;
}

type Ctx = FetchContext<OdooConfig, OdooTap>;

interface Memo {
  seen?: Array<[number, string]>;
  known?: Ranges;
  reconciled_at?: string;
}

function context(config: OdooConfig, lang: string): Rec {
  return { active_test: false, lang, ...(config.companies.length ? { allowed_company_ids: config.companies } : {}) };
}

/** search_read, leaving out fields the user may not read (AccessError names them) with a warning. */
async function searchRead(ctx: Ctx, p: Plan, args: Rec): Promise<Rec[]> {
  for (;;) {
    try {
      return (await ctx.client.client.call(p.model, 'search_read', { ...args, fields: p.fields })) as Rec[];
    } catch (e) {
      if (!(e instanceof OdooFault) || !e.isAccessError) throw e;
      const named = /fields "([^"]+)"/
        .exec(e.detail)?.[1]
        ?.split(',')
        .map((s) => s.trim())
        .filter((f) => p.fields.includes(f) && f !== 'id' && f !== 'write_date');
      if (!named?.length) throw new StreamFailure(`${p.model}: access refused and no field named to leave out: ${e.detail}`);
      ctx.logger.warn(`${p.model}: the user may not read ${named.join(', ')} (AccessError); left out of the request, sent as NULL`);
      p.fields = p.fields.filter((f) => !named.includes(f));
      for (const [lang, cols] of p.translations)
        p.translations.set(
          lang,
          cols.filter((c) => !named.includes(c.field)),
        );
    }
  }
}

async function* fetchModel(ctx: Ctx, c: GeneratedContract): AsyncGenerator<EncodedRecord> {
  const { config } = ctx;
  const model = modelOf(c);
  const p = ctx.client.plans.get(model)!;
  const client = ctx.client.client;
  const memo = (ctx.memo ?? {}) as Memo;
  const seen = new SeenWindow(memo);
  const lookback = config.lookback_minutes * 60_000;
  const bookmark = ctx.since as string | undefined;
  const from =
    bookmark !== undefined
      ? isoToOdoo(new Date(Date.parse(bookmark) - lookback).toISOString())
      : config.start_date
        ? isoToOdoo(config.start_date)
        : undefined;
  const encode = ctx.encoder(p.keys);
  const index = new Map(p.keys.map((k, i) => [k, i]));
  const lang = config.languages[0] ?? 'en_US';
  let cursor: { t: string; id: number } | undefined;
  let sent = 0;
  let skipped = 0;
  for (;;) {
    const domain = cursor
      ? [
          '|',
          ['write_date', '>=', plusSecond(cursor.t)],
          '&',
          '&',
          ['write_date', '>=', cursor.t],
          ['write_date', '<', plusSecond(cursor.t)],
          ['id', '>', cursor.id],
        ]
      : from
        ? [['write_date', '>=', from]]
        : [];
    const page = await searchRead(ctx, p, {
      domain,
      order: 'write_date asc, id asc',
      limit: config.page_size,
      context: context(config, lang),
    });
    if (page.length === 0) break;
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
    cursor = { t: String(last.write_date), id: last.id as number };
    seen.prune(isoToOdoo(new Date(Date.parse(odooToIso(cursor.t)) - lookback).toISOString()));
    ctx.setMemo({ ...memo, seen: seen.toJSON() });
    if (page.length < config.page_size) break;
  }
  const next: Memo = { ...memo, seen: seen.toJSON() };
  if (config.deletion_check >= 0) {
    const due = !memo.reconciled_at || Date.now() - Date.parse(memo.reconciled_at) >= config.deletion_check * 60_000;
    if (due) Object.assign(next, await reconcile(ctx, model, c, memo.known));
  }
  ctx.setMemo(next);
  ctx.logger.info(
    `${model}: ${sent} records sent, ${skipped} already sent skipped (look-back), ${client.totalCalls} calls so far this run`,
  );
}

/** All ids (active_test false), in pages; those the last list had and this one lacks are sent as tombstones. */
async function reconcile(ctx: Ctx, model: string, c: GeneratedContract, known: Ranges | undefined): Promise<Memo> {
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
  const now = new Date().toISOString();
  const gone = known ? missing(known, ids) : [];
  for (const id of gone) await ctx.emit(DELETED.stream, { model, stream: c.singer.stream, id, deleted_at: now });
  if (gone.length) ctx.logger.info(`${model}: ${gone.length} record(s) no longer in Odoo, sent as tombstones`);
  return { known: toRanges(ids), reconciled_at: now };
}

export const STREAMS: StreamDef<OdooConfig, OdooTap>[] = CONTRACTS.map((c) =>
  defineStream<OdooConfig, OdooTap>({
    singer: c.singer,
    sorted: true,
    fetch: (ctx) => fetchModel(ctx, c),
  }),
);

export const EXTRA_STREAMS = [DELETED];
