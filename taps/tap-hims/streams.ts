// One stream per HIMS contract. FHIR: `_lastUpdated=ge<bookmark>&_sort=_lastUpdated&_count=n`, following
// Bundle `next` links verbatim; the records at the bookmark instant that were already sent (kept in the memo as
// id/versionId) are skipped, so the `ge` overlap never re-sends a row, while a resource committed late with
// the same instant is still caught. The self link must show the server applied `_lastUpdated`; otherwise
// the stream fails instead of loading everything as "changed". Deletions come from `_history`.
// REST: the configured endpoint with its cursor parameter and page/cursor pagination.
import type { Logger } from 'winston';
import { defineStream, StreamFailure, type FetchContext, type StreamDef } from '../../kit/singer/tap-kit.js';
import type { GeneratedContract } from '../../kit/contracts/generated-contract.js';
import * as hims from '../../generated/contracts/hims.js';
import { HimsClient, outcomeText } from './client.js';
import { FHIR_MAPPERS } from './fhir-map.js';
import type { HimsConfig, RestEndpoint } from './settings.js';

type Ctx = FetchContext<HimsConfig, HimsClient>;
type J = Record<string, any>;
type Rec = Record<string, unknown>;

const DELETED = hims.deletedResources.singer.stream;

const STREAM_TYPES: Array<[GeneratedContract, string]> = [
  [hims.patients, 'Patient'], [hims.practitioners, 'Practitioner'], [hims.medications, 'Medication'],
  [hims.appointments, 'Appointment'], [hims.encounters, 'Encounter'], [hims.invoices, 'Invoice'],
  [hims.chargeItems, 'ChargeItem'], [hims.medicationDispenses, 'MedicationDispense'],
];

/** Offset of an IANA zone at a UTC instant, in minutes (Intl knows the zone rules). */
function zoneOffsetMinutes(zone: string, utcMs: number): number {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]));
  const local = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return Math.round((local - utcMs) / 60_000);
}

/** A timestamp as UTC ISO; a value without an offset is read in `zone`; partial or unreadable → null. */
export function toInstant(v: unknown, zone: string): string | null {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) return null;
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(v)) {
    const t = Date.parse(v);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  const naive = Date.parse(v + 'Z');
  if (Number.isNaN(naive)) return null;
  return new Date(naive - zoneOffsetMinutes(zone, naive) * 60_000).toISOString();
}

/** Typed per contract: timestamps normalised to UTC ISO, dates kept only when complete (the resource keeps the original). */
function conform(c: GeneratedContract, rec: Rec, zone: string): Rec {
  const out: Rec = {};
  for (const col of c.contract.columns) {
    let v = rec[col.name];
    if (v === undefined) v = null;
    if (col.type === 'timestamp') v = toInstant(v, zone);
    else if (col.type === 'date') v = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
    else if ((col.type === 'decimal' || col.type === 'integer') && typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) v = Number(v);
    else if (col.type === 'string' && v !== null && typeof v !== 'string') v = String(v);
    out[col.name] = v;
  }
  return out;
}

interface Boundary {
  at?: string;
  keys?: string[];
}

/** Tracks the records at the newest instant so the next run's `ge` query can skip exactly those. */
class BoundaryTracker {
  at?: string;
  keys = new Set<string>();
  constructor(private readonly previous: Boundary) {}

  seen(rec: Rec): boolean {
    const key = `${rec.id}/${rec.version_id ?? ''}`;
    if (this.previous.at && rec.last_updated === this.previous.at && this.previous.keys?.includes(key)) return true;
    const at = rec.last_updated as string;
    if (!this.at || at > this.at) {
      this.at = at;
      this.keys = new Set([key]);
    } else if (at === this.at) this.keys.add(key);
    return false;
  }

  memo(): Boundary {
    if (!this.at) return this.previous;
    // the previous boundary still applies when nothing newer arrived
    const keys = this.at === this.previous.at ? new Set([...(this.previous.keys ?? []), ...this.keys]) : this.keys;
    return { at: this.at, keys: [...keys] };
  }
}

async function* fhirFetch(ctx: Ctx, c: GeneratedContract, type: string): AsyncGenerator<Rec> {
  const stream = c.singer.stream;
  const cap = await ctx.client.supports(type);
  if (!cap.search) throw new StreamFailure(`the server's CapabilityStatement does not offer search on ${type}`);
  const since = (ctx.since as string | undefined) ?? ctx.config.start_date;
  if (since && !cap.lastUpdated) throw new StreamFailure(`the server does not support _lastUpdated on ${type}; refusing to reload everything as changed`);
  // deletions since the last run, before the changed resources (a re-created id then wins by version)
  if (ctx.since !== undefined && ctx.config.deletions && cap.history) {
    let next: string | undefined = `${type}/_history?_since=${encodeURIComponent(String(ctx.since))}&_count=${ctx.config.page_size}`;
    while (next) {
      const b: J = await ctx.client.getJson(next, `${type}/_history`);
      for (const e of b.entry ?? []) {
        if (e.request?.method !== 'DELETE') continue;
        const [, id, , version] = String(e.request.url ?? e.fullUrl ?? '').split('?')[0]!.replace(/^.*?\b(?=[A-Z][A-Za-z]+\/)/, '').split('/');
        const deletedAt = toInstant(e.response?.lastModified, 'UTC');
        if (!id || !deletedAt) continue;
        await ctx.emit(DELETED, { resource_type: stream, id, version_id: version ?? deletedAt, deleted_at: deletedAt });
      }
      next = (b.link ?? []).find((l: J) => l.relation === 'next')?.url;
    }
  }
  const params = new URLSearchParams();
  if (since) params.set('_lastUpdated', `ge${toInstant(since, 'UTC') ?? since}`);
  params.set('_sort', '_lastUpdated');
  params.set('_count', String(ctx.config.page_size));
  const boundary = new BoundaryTracker((ctx.memo as Boundary | undefined) ?? {});
  let next: string | undefined = `${type}?${params.toString().replace(/%3A/g, ':')}`;
  let page = 0;
  while (next) {
    const b: J = await ctx.client.getJson(next, type);
    if (b.resourceType !== 'Bundle') throw new StreamFailure(`${type} search returned ${b.resourceType ?? 'something'} instead of a Bundle`);
    if (page++ === 0 && since) {
      const self = (b.link ?? []).find((l: J) => l.relation === 'self')?.url ?? '';
      if (!/_lastUpdated=/.test(decodeURIComponent(self))) throw new StreamFailure(`the server dropped _lastUpdated from the ${type} search (self link: ${self}); refusing to load everything as changed`);
      if (!/_sort=/.test(self)) ctx.logger.warn(`${type}: the server ignored _sort; the bookmark advances only after the whole result set`);
    }
    for (const e of b.entry ?? []) {
      const mode = e.search?.mode ?? 'match';
      if (mode === 'outcome') {
        ctx.logger.warn(`${type} search: ${outcomeText(e.resource)}`);
        continue;
      }
      if (mode !== 'match' || e.resource?.resourceType !== type) continue;
      const rec = conform(c, FHIR_MAPPERS[type]!(e.resource), 'UTC');
      if (!rec.last_updated) throw new StreamFailure(`${type}/${e.resource.id} has no meta.lastUpdated`);
      if (boundary.seen(rec)) continue;
      yield rec;
    }
    next = (b.link ?? []).find((l: J) => l.relation === 'next')?.url;
  }
  ctx.setMemo(boundary.memo());
  ctx.logger.info(`${stream}: ${page} page(s) read`);
}

function dotted(o: J, path: string): unknown {
  return path === '' ? o : path.split('.').reduce<any>((x, k) => (x == null ? undefined : x[k]), o);
}

async function* restFetch(ctx: Ctx, c: GeneratedContract, key: string): AsyncGenerator<Rec> {
  const ep: RestEndpoint | undefined = ctx.config.rest_endpoints[key];
  if (!ep) return;
  const stream = c.singer.stream;
  const since = (ctx.since as string | undefined) ?? ctx.config.start_date;
  const cursorField = ep.cursor_field ?? 'updated_at';
  const limit = ctx.config.page_size;
  const boundary = new BoundaryTracker((ctx.memo as Boundary | undefined) ?? {});
  let page = 1;
  let cursor: string | undefined;
  for (;;) {
    const q = new URLSearchParams();
    if (since) q.set(ep.cursor_param ?? 'updated_since', since);
    q.set('limit', String(limit));
    if ((ep.pagination ?? 'page') === 'cursor') {
      if (cursor) q.set('cursor', cursor);
    } else q.set('page', String(page));
    const body: J = await ctx.client.getJson(`${ep.path}?${q}`, ep.path);
    const rows = dotted(body, ep.records_path ?? 'data');
    if (!Array.isArray(rows)) throw new StreamFailure(`${ep.path}: no record list at "${ep.records_path ?? 'data'}"`);
    for (const row of rows as J[]) {
      const get = (col: string) => dotted(row, ep.fields?.[col] ?? col);
      const lastUpdated = toInstant(dotted(row, cursorField), ctx.config.source_time_zone);
      if (!lastUpdated) throw new StreamFailure(`${ep.path}: record ${row.id} has no readable ${cursorField}`);
      if (row[ep.deleted_field ?? 'deleted'] === true) {
        if (ctx.config.deletions) await ctx.emit(DELETED, { resource_type: stream, id: String(row.id), version_id: String(row[ep.version_field ?? 'version'] ?? lastUpdated), deleted_at: lastUpdated });
        continue;
      }
      const raw: Rec = { resource: row };
      for (const col of c.contract.columns) if (col.name !== 'resource') raw[col.name] = get(col.name);
      raw.last_updated = lastUpdated;
      raw.version_id = row[ep.version_field ?? 'version'] ?? null;
      const rec = conform(c, raw, ctx.config.source_time_zone);
      if (boundary.seen(rec)) continue;
      yield rec;
    }
    const meta = (body.meta ?? {}) as J;
    if (rows.length === 0 || body.has_more === false) break;
    if ((ep.pagination ?? 'page') === 'cursor') {
      cursor = meta.next_cursor ?? undefined;
      if (!cursor) break;
    } else {
      if (meta.total_pages !== undefined && page >= Number(meta.total_pages)) break;
      page++;
    }
  }
  ctx.setMemo(boundary.memo());
}

export const STREAMS: StreamDef<HimsConfig, HimsClient>[] = STREAM_TYPES.map(([c, type]) => defineStream<HimsConfig, HimsClient>({
  singer: c.singer,
  fetch: (ctx) => (ctx.config.flavour === 'fhir' ? fhirFetch(ctx, c, type) : restFetch(ctx, c, c.contract.stream)),
}));

export const EXTRA_STREAMS = [hims.deletedResources.singer];

export function createClient(cfg: HimsConfig, logger: Logger): HimsClient {
  return new HimsClient(cfg, logger);
}
