// One stream per HIMS contract. FHIR: `_lastUpdated=ge<bookmark − lookback_seconds>&_sort=_lastUpdated&_count=n`,
// following Bundle `next` links verbatim. The look-back re-reads the last minutes on purpose (a transaction that
// commits late can carry an instant before the bookmark); the versions an earlier run already sent are kept in
// the memo as id/versionId and skipped, so nothing is sent twice. A server that fixes a search's result list when
// it runs but loads each resource's current version per page (HAPI JPA) can show on page 5 a version newer than a
// resource created after the search ran and so absent from it; the next run therefore resumes from no later than
// the search's time (see searchTime), and the versions past it that this run sent are skipped by the memo.
// The self link must show the server applied
// `_lastUpdated`; otherwise the stream fails instead of loading everything as "changed". Deletions come from
// `_history` (spec and HAPI FHIR forms, see history.ts), deduplicated the same way.
// REST: the configured endpoint with its cursor parameter and page/cursor pagination (see restFetch).
// A 4xx on one resource type fails that stream alone; the others sync and the run exits 1.
import type { Logger } from '../../kit/singer/log.js';
import { defineStream, EncodedRecord, StreamFailure, Watermark, type FetchContext, type StreamDef } from '../../kit/singer/tap-kit.js';
import { Decimal } from '../../kit/singer/decimal.js';
import { HttpStatusError } from '../../kit/http/retry.js';
import type { GeneratedContract } from '../../kit/contracts/generated-contract.js';
import * as hims from '../../generated/contracts/hims.js';
import { HimsClient, outcomeText } from './client.js';
import { FHIR_COLUMNS, FHIR_MAPPERS, blobPruner } from './fhir-map.js';
import { decimalText, DecimalError } from './decimal.js';
import { readHistoryEntry, type HistoryEntry } from './history.js';
import { SeenWindow } from './seen-window.js';
import { compareInstants, earlier, keyInstant, nowInstant, readDate, readInstant, toInstant } from './time.js';
import type { HimsConfig, RestEndpoint } from './settings.js';

type Ctx = FetchContext<HimsConfig, HimsClient>;
type J = Record<string, any>;
type Rec = Record<string, unknown>;

const DELETED = hims.deletedResources.singer.stream;

const STREAM_TYPES: Array<[GeneratedContract, string]> = [
  [hims.patients, 'Patient'],
  [hims.practitioners, 'Practitioner'],
  [hims.medications, 'Medication'],
  [hims.appointments, 'Appointment'],
  [hims.encounters, 'Encounter'],
  [hims.invoices, 'Invoice'],
  [hims.chargeItems, 'ChargeItem'],
  [hims.medicationDispenses, 'MedicationDispense'],
];

/** At most this many values that are not a date or time are logged one by one per stream; the rest are counted. */
const INVALID_LOGGED = 20;

/**
 * Dates and times a stream could not store in their typed columns: a value that names no existing day or
 * time (30 February, 25:00, an offset past ±14:00) is a warning naming the record, the field and the value;
 * partial FHIR values (`2024`, `2024-05`, a dateTime without a time) are counted, one warning per stream.
 * Either way the typed column is NULL and the value as sent stays in its `<column>_text` column.
 */
class TimeNotes {
  private partial = new Map<string, number>();
  private invalid = 0;

  constructor(
    private readonly logger: Logger,
    private readonly stream: string,
    /** the source field a column is read from, for the messages */
    private readonly field: (column: string) => string,
  ) {}

  /** `pii`: the value (and the reason, which quotes its parts) stays out of the log. */
  noteInvalid(rec: Rec, column: string, value: unknown, reason: string, kept: boolean, pii: boolean): void {
    if (++this.invalid > INVALID_LOGGED) return;
    const text = kept ? `; the text is kept in ${column}_text` : '';
    const what = pii
      ? '(a PII value, not logged) is not a valid date/time'
      : `${JSON.stringify(value)} is not a valid date/time (${reason})`;
    this.logger.warn(`${this.stream}: record ${String(rec.id)} ${this.field(column)} ${what}: ${column} is NULL${text}`);
  }

  noteAdjusted(rec: Rec, column: string, value: unknown, value2: string, note: string): void {
    this.logger.warn(`${this.stream}: record ${String(rec.id)} ${this.field(column)} ${JSON.stringify(value)} is ${note}: ${value2}`);
  }

  notePartial(column: string): void {
    this.partial.set(column, (this.partial.get(column) ?? 0) + 1);
  }

  /** The stream's summary: partial values per column, invalid values past those logged. */
  done(): void {
    if (this.partial.size) {
      const n = [...this.partial.values()].reduce((a, b) => a + b, 0);
      const per = [...this.partial].map(([c, k]) => `${c} ${k}`).join(', ');
      this.logger.warn(
        `${this.stream}: ${n} partial date/time value(s) (${per}): no day or time to store, so the typed column is NULL; the value as sent is in <column>_text`,
      );
    }
    if (this.invalid > INVALID_LOGGED) {
      this.logger.warn(
        `${this.stream}: ${this.invalid} invalid date/time values in all (the first ${INVALID_LOGGED} logged), each stored as NULL`,
      );
    }
  }
}

/**
 * Typed per contract: timestamps normalised to UTC instants, dates kept only when complete and real, decimals
 * as exact text. A `<column>_text` column the record does not fill (REST) is the date/time column's value as
 * sent; it is left out when that column is deselected (a deselected birth date is not sent as text either).
 */
function conform(c: GeneratedContract, rec: Rec, zone: string, notes: TimeNotes, dropped: ReadonlySet<string>): Rec {
  const out: Rec = {};
  const types = new Map(c.contract.columns.map((col) => [col.name, col.type]));
  for (const col of c.contract.columns) {
    let v = rec[col.name];
    const base = col.name.endsWith('_text') ? col.name.slice(0, -5) : undefined;
    const baseType = base === undefined ? undefined : types.get(base);
    const timeCol = (name: string | undefined, type: string | undefined) =>
      name !== undefined && name !== 'last_updated' && dropped.has(name) && (type === 'timestamp' || type === 'date');
    // a deselected date/time is not read (nor logged), and its text is not sent
    if (timeCol(col.name, col.type) || timeCol(base, baseType)) {
      out[col.name] = undefined;
      continue;
    }
    if (v === undefined && (baseType === 'timestamp' || baseType === 'date')) {
      const sent = rec[base!];
      v = sent === undefined || sent === null ? null : typeof sent === 'string' ? sent : JSON.stringify(sent);
    }
    if (v === undefined) v = null;
    const kept = types.has(`${col.name}_text`);
    if ((col.type === 'timestamp' || col.type === 'date') && v !== null) {
      if (typeof v !== 'string') {
        notes.noteInvalid(rec, col.name, v, 'not text', kept, !!col.pii && col.pii !== 'none');
        v = null;
      } else {
        const r = col.type === 'timestamp' ? readInstant(v, zone) : readDate(v);
        if (r.kind === 'partial') notes.notePartial(col.name);
        else if (r.kind === 'invalid') notes.noteInvalid(rec, col.name, v, r.reason, kept, !!col.pii && col.pii !== 'none');
        else if (r.kind === 'instant' && r.note) notes.noteAdjusted(rec, col.name, v, r.value, r.note);
        v = r.kind === 'instant' || r.kind === 'date' ? r.value : null;
      }
    } else if (col.type === 'decimal') {
      const d = decimalText(v, `${c.singer.stream} ${String(rec.id)} ${col.name}`);
      v = d === null ? null : new Decimal(d);
    } else if (col.type === 'integer' && typeof v === 'string') {
      // a vendor's "30" or "30.0"; anything with a fraction stays as sent and fails validation by name
      const d = decimalText(v, `${c.singer.stream} ${String(rec.id)} ${col.name}`);
      v = d === null ? null : /^-?\d+(\.0+)?$/.test(d) ? new Decimal(d.replace(/\.0+$/, '')) : v;
    } else if (col.type === 'string' && v !== null && typeof v !== 'string') v = String(v);
    out[col.name] = v;
  }
  return out;
}

/** The record's JSON for the kit: decimals go out as their exact number tokens. */
function encoderFor(ctx: Ctx, c: GeneratedContract): (rec: Rec) => EncodedRecord {
  const keys = c.contract.columns.map((col) => col.name);
  const encode = ctx.encoder(keys);
  return (rec) => encode(keys.map((k) => rec[k]));
}

/** A 4xx answer (other than 401, which means the credentials every stream uses are wrong) fails this stream only. */
async function* failingAlone<T>(stream: string, fetch: AsyncGenerator<T>): AsyncGenerator<T> {
  try {
    yield* fetch;
  } catch (e) {
    const alone = e instanceof HttpStatusError && e.status >= 400 && e.status < 500 && e.status !== 401 && e.status !== 429;
    if (alone) throw new StreamFailure(`${stream}: ${e.message}`);
    if (e instanceof DecimalError) throw new StreamFailure(e.message);
    throw e;
  }
}

/**
 * A Bundle's `next` link. One that leads to a page already read in this walk (a server that links a page to itself
 * or back) fails the stream: followed, it would be read forever.
 */
function nextPage(b: J, current: string, seen: Set<string>, type: string, absolute: (u: string) => string): string | undefined {
  seen.add(absolute(current));
  const next = (b.link ?? []).find((l: J) => l.relation === 'next')?.url as string | undefined;
  if (next !== undefined && seen.has(absolute(next)))
    throw new StreamFailure(
      `${type}: the server's next link leads back to a page already read (${next}); stopped, as following it would never end`,
    );
  return next;
}

/** Where a run starts reading: the bookmark less the look-back (a late commit can carry an earlier instant), or start_date. */
function firstInstant(ctx: Ctx, bookmark: string | undefined): string | undefined {
  if (bookmark !== undefined) return earlier(bookmark, ctx.config.lookback_seconds);
  const start = ctx.config.start_date;
  return start ? (toInstant(start, ctx.config.source_time_zone) ?? start) : undefined;
}

/**
 * When a search ran, as the server's clock gives it: Bundle.meta.lastUpdated of its first page (HAPI stamps the
 * time the search ran, or an older one for a cached search), else the reply's Date header; never later than our
 * own clock when the request was sent. Earlier is always safe (a version read again is skipped by the memo).
 */
function searchTime(b: J, date: string | undefined, sentAt: string, zone: string): string {
  const stamped = toInstant(b.meta?.lastUpdated, zone);
  const served = date === undefined || Number.isNaN(Date.parse(date)) ? null : new Date(Date.parse(date)).toISOString();
  return [stamped, served].reduce<string>((a, t) => (t !== null && compareInstants(t, a) < 0 ? t : a), sentAt);
}

/**
 * Where this run resumes: the bookmark, or the position an earlier run kept in its memo when versions past its
 * search's time moved the kit's bookmark beyond what that search could have seen.
 */
function resumePoint(ctx: Ctx): string | undefined {
  const since = ctx.since as string | undefined;
  const resume = (ctx.memo as { resume?: unknown } | undefined)?.resume;
  if (since === undefined || typeof resume !== 'string') return since;
  return compareInstants(resume, since) < 0 ? resume : since;
}

/**
 * A deletion the server gave no time for (HAPI): the history page's time bounds it from above, and so does any
 * later version of the resource (a re-create), whichever is earlier. The star decides by versions where it can.
 */
function boundDeletion(h: Extract<HistoryEntry, { kind: 'delete' }>, versions: Map<string, string> | undefined): string {
  const deleted = /^\d{1,15}$/.test(h.versionId) ? Number(h.versionId) : undefined;
  let at = h.deletedAt;
  if (deleted === undefined) return at;
  for (const [vid, t] of versions ?? []) if (/^\d{1,15}$/.test(vid) && Number(vid) > deleted && compareInstants(t, at) < 0) at = t;
  return at;
}

const key = (rec: Rec) => `${rec.id}/${rec.version_id ?? keyInstant(rec.last_updated as string)}`;
const later = (a: string | undefined, b: string) => (a === undefined || compareInstants(b, a) > 0 ? b : a);

async function* fhirFetch(ctx: Ctx, c: GeneratedContract, type: string): AsyncGenerator<EncodedRecord | Watermark> {
  const stream = c.singer.stream;
  const zone = ctx.config.source_time_zone;
  const lookback = ctx.config.lookback_seconds;
  const cap = await ctx.client.supports(type);
  if (!cap.search) throw new StreamFailure(`the server's CapabilityStatement does not offer search on ${type}`);
  const bookmark = resumePoint(ctx);
  const from = firstInstant(ctx, bookmark);
  if (from && !cap.lastUpdated) {
    throw new StreamFailure(`the server does not support _lastUpdated on ${type}; refusing to reload everything as changed`);
  }
  const seen = new SeenWindow(ctx.memo);
  const encode = encoderFor(ctx, c);
  const paths = FHIR_COLUMNS[type]!;
  const notes = new TimeNotes(ctx.logger, stream, (col) => `${type}.${paths[col]?.from[0] ?? col}`);
  const prune = blobPruner(type, ctx.dropped);
  if (typeof prune !== 'function') {
    const cols = prune.unprunable.join(', ');
    ctx.logger.warn(`${stream}: deselected ${cols} cannot be removed from the resource blob exactly; resource not sent`);
  }
  // the newest instant read, capped at the search's time: where the next run resumes
  let newest = bookmark;
  // deletions since the last run, before the changed resources (a re-created id then wins by version)
  if (bookmark !== undefined && ctx.config.deletions && cap.history) {
    let next: string | undefined = `${type}/_history?_since=${encodeURIComponent(from!)}&_count=${ctx.config.page_size}`;
    const seenHistory = new Set<string>();
    const deletes: Array<Extract<HistoryEntry, { kind: 'delete' }>> = [];
    // id → the instants of the versions the history holds, by versionId
    const versions = new Map<string, Map<string, string>>();
    while (next) {
      const page: string = next;
      const b: J = await ctx.client.getJson(page, `${type}/_history`);
      const bundleTime = b.meta?.lastUpdated ?? new Date().toISOString();
      for (const e of b.entry ?? []) {
        const h = readHistoryEntry(e, type, bundleTime, zone);
        if (h.kind === 'version') {
          const at = toInstant(e.resource?.meta?.lastUpdated ?? e.response?.lastModified, zone);
          const vid = e.resource?.meta?.versionId;
          if (e.resource?.id !== undefined && vid !== undefined && at) {
            if (!versions.has(e.resource.id)) versions.set(e.resource.id, new Map());
            versions.get(e.resource.id)!.set(String(vid), at);
          }
          continue;
        }
        if (h.kind === 'unreadable') {
          const where = e?.fullUrl ?? e?.request?.url ?? '(no URL)';
          ctx.logger.warn(`${type}/_history: entry ${where} on page ${ctx.client.url(page)} not read: ${h.reason}`);
          continue;
        }
        deletes.push(h);
      }
      next = nextPage(b, page, seenHistory, type, (u) => ctx.client.url(u));
    }
    for (const h of deletes) {
      // a time the server only bounds (no lastModified) is not a position to resume from
      if (seen.seen(`d:${h.id}/${h.versionId}`, h.exactTime ? h.deletedAt : '')) continue;
      const deletedAt = h.exactTime ? h.deletedAt : boundDeletion(h, versions.get(h.id));
      await ctx.emit(DELETED, { resource_type: stream, id: h.id, version_id: h.versionId, deleted_at: deletedAt });
      if (h.exactTime) {
        newest = later(newest, h.deletedAt);
        yield new Watermark(h.deletedAt);
      }
    }
  }
  const params = new URLSearchParams();
  if (from) params.set('_lastUpdated', `ge${from}`);
  params.set('_sort', '_lastUpdated');
  params.set('_count', String(ctx.config.page_size));
  let next: string | undefined = `${type}?${params.toString().replace(/%3A/g, ':')}`;
  const seenSearch = new Set<string>();
  let page = 0;
  let ranAt: string | undefined;
  while (next) {
    const sentAt = nowInstant();
    const { body: b, exact, date } = await ctx.client.getExact(next, type);
    if (b.resourceType !== 'Bundle')
      throw new StreamFailure(`${type} search returned ${b.resourceType ?? 'something'} instead of a Bundle`);
    ranAt ??= searchTime(b, date, sentAt, zone);
    if (page++ === 0 && from) {
      const self = (b.link ?? []).find((l: J) => l.relation === 'self')?.url ?? '';
      if (!/_lastUpdated=/.test(decodeURIComponent(self)))
        throw new StreamFailure(
          `the server dropped _lastUpdated from the ${type} search (self link: ${self}); refusing to load everything as changed`,
        );
      if (!/_sort=/.test(self)) ctx.logger.warn(`${type}: the server ignored _sort; the bookmark advances only after the whole result set`);
    }
    for (const [i, e] of (b.entry ?? ([] as J[])).entries()) {
      const mode = e.search?.mode ?? 'match';
      if (mode === 'outcome') {
        ctx.logger.warn(`${type} search: ${outcomeText(e.resource)}`);
        continue;
      }
      if (mode !== 'match' || e.resource?.resourceType !== type) continue;
      // values from the exact parse (decimals as text); the resource as received, less deselected fields
      const resource = typeof prune === 'function' ? (prune(e.resource), e.resource) : null;
      const rec = conform(c, { ...FHIR_MAPPERS[type]!(exact.entry[i].resource), resource }, zone, notes, ctx.dropped);
      if (!rec.last_updated) {
        throw new StreamFailure(
          `${type}/${e.resource.id} has no readable meta.lastUpdated (${JSON.stringify(e.resource.meta?.lastUpdated ?? null)})`,
        );
      }
      if (seen.seen(key(rec), rec.last_updated as string)) continue;
      const at = rec.last_updated as string;
      newest = later(newest, compareInstants(at, ranAt) > 0 ? ranAt : at);
      yield encode(rec);
    }
    next = nextPage(b, next, seenSearch, type, (u) => ctx.client.url(u));
  }
  notes.done();
  // the kit's bookmark is the newest version sent; `resume` keeps the next run from starting past the search's time
  const memo = seen.memo(newest === undefined ? undefined : earlier(newest, lookback));
  ctx.setMemo(newest === undefined ? memo : { ...memo, resume: newest });
  ctx.logger.info(`${stream}: ${page} page(s) read`);
}

function dotted(o: J, path: string): unknown {
  return path === '' ? o : path.split('.').reduce<any>((x, k) => (x == null ? undefined : x[k]), o);
}

/** Remove a dotted field from a row (in place): a deselected column's value out of the row's blob. */
function undotted(o: J, path: string): void {
  const keys = path.split('.');
  const parent = dotted(o, keys.slice(0, -1).join('.'));
  if (parent !== null && typeof parent === 'object') delete (parent as J)[keys.at(-1)!];
}

/**
 * Plain REST. The run's upper bound is frozen at its start (sent when the API takes one; rows past it wait for
 * the next run). A cursor API is followed by its cursor. Page numbers over a list that changes while it is read
 * shift (a record updated after page 1 moves to the end and the first record of page 2 slides onto page 1,
 * unread), so each next page is asked for as page 1 of the rows since the last row read, less
 * `overlap_seconds`, and rows read twice are skipped by id and version.
 */
async function* restFetch(ctx: Ctx, c: GeneratedContract, endpointKey: string): AsyncGenerator<EncodedRecord | Watermark> {
  const ep: RestEndpoint | undefined = ctx.config.rest_endpoints[endpointKey];
  if (!ep) return;
  const stream = c.singer.stream;
  const zone = ctx.config.source_time_zone;
  const bookmark = ctx.since as string | undefined;
  const upper = nowInstant();
  const cursorField = ep.cursor_field ?? 'updated_at';
  const limit = ctx.config.page_size;
  const byCursor = (ep.pagination ?? 'page') === 'cursor';
  const seen = new SeenWindow(ctx.memo);
  const encode = encoderFor(ctx, c);
  const notes = new TimeNotes(ctx.logger, stream, (col) => `${ep.path} field ${ep.fields?.[col] ?? col}`);
  // a deselected column's field out of the row's blob: the field it is read from (the whole row: no blob)
  // (a deselected date/time takes its `_text` field with it, should the API send one)
  const timeCols = new Set(c.contract.columns.filter((col) => col.type === 'timestamp' || col.type === 'date').map((col) => col.name));
  const prunePaths = [...ctx.dropped]
    .filter((col) => col !== 'resource')
    .flatMap((col) => (timeCols.has(col) ? [col, `${col}_text`] : [col]))
    .map((col) => ep.fields?.[col] ?? col);
  const blobless = prunePaths.includes('');
  if (blobless) ctx.logger.warn(`${ep.path}: a deselected column is the whole row; resource not sent`);
  let newest = bookmark;
  let since = firstInstant(ctx, bookmark);
  let page = 1;
  let cursor: string | undefined;
  let ordered = true;
  for (;;) {
    const q = new URLSearchParams();
    if (since) q.set(ep.cursor_param ?? 'updated_since', since);
    if (ep.upper_bound_param) q.set(ep.upper_bound_param, upper);
    q.set('limit', String(limit));
    if (byCursor) {
      if (cursor) q.set('cursor', cursor);
    } else q.set('page', String(page));
    const { body, exact } = await ctx.client.getExact(`${ep.path}?${q}`, ep.path);
    const rows = dotted(body, ep.records_path ?? 'data');
    if (!Array.isArray(rows)) throw new StreamFailure(`${ep.path}: no record list at "${ep.records_path ?? 'data'}"`);
    const exactRows = dotted(exact, ep.records_path ?? 'data') as J[];
    let lastAt: string | undefined;
    for (const [i, row] of (rows as J[]).entries()) {
      const get = (col: string) => dotted(exactRows[i]!, ep.fields?.[col] ?? col);
      const lastUpdated = toInstant(dotted(row, cursorField), zone);
      if (!lastUpdated) throw new StreamFailure(`${ep.path}: record ${row.id} has no readable ${cursorField}`);
      if (lastAt !== undefined && compareInstants(lastUpdated, lastAt) < 0 && ordered) {
        ordered = false;
        ctx.logger.warn(`${ep.path}: rows not ordered by ${cursorField}; reading plain page numbers (a row changed mid-run can be missed)`);
      }
      lastAt = lastUpdated;
      if (compareInstants(lastUpdated, upper) > 0) continue; // changed during this run: the next run reads it
      const version = row[ep.version_field ?? 'version'];
      if (row[ep.deleted_field ?? 'deleted'] === true) {
        if (!ctx.config.deletions) continue;
        const versionId = String(version ?? keyInstant(lastUpdated));
        if (seen.seen(`d:${row.id}/${versionId}`, lastUpdated)) continue;
        await ctx.emit(DELETED, { resource_type: stream, id: String(row.id), version_id: versionId, deleted_at: lastUpdated });
        newest = later(newest, lastUpdated);
        yield new Watermark(lastUpdated);
        continue;
      }
      const raw: Rec = {};
      for (const col of c.contract.columns) if (col.name !== 'resource') raw[col.name] = get(col.name);
      for (const p of prunePaths) if (p !== '') undotted(row, p);
      raw.resource = blobless ? null : row;
      raw.last_updated = lastUpdated;
      raw.version_id = version ?? null;
      const rec = conform(c, raw, zone, notes, ctx.dropped);
      if (seen.seen(key(rec), lastUpdated)) continue;
      newest = later(newest, lastUpdated);
      yield encode(rec);
    }
    const meta = (body.meta ?? {}) as J;
    const signalled = body.has_more !== undefined || meta.total_pages !== undefined || (byCursor && 'next_cursor' in meta);
    if (rows.length === 0 || body.has_more === false || (!signalled && rows.length < limit)) break;
    if (byCursor) {
      cursor = meta.next_cursor ?? undefined;
      if (!cursor) break;
      continue;
    }
    if (meta.total_pages !== undefined && page >= Number(meta.total_pages)) break;
    const resume = earlier(lastAt!, ctx.config.overlap_seconds);
    // unordered rows give no position to resume from; more rows within the overlap than one page holds: only
    // the page number can move on
    if (!ordered || (since !== undefined && compareInstants(resume, since) <= 0)) page++;
    else {
      since = resume;
      page = 1;
    }
  }
  notes.done();
  ctx.setMemo(seen.memo(newest === undefined ? undefined : earlier(newest, ctx.config.lookback_seconds)));
}

export const STREAMS: StreamDef<HimsConfig, HimsClient>[] = STREAM_TYPES.map(([c, type]) =>
  defineStream<HimsConfig, HimsClient>({
    singer: c.singer,
    fetch: (ctx) =>
      failingAlone(c.singer.stream, ctx.config.flavour === 'fhir' ? fhirFetch(ctx, c, type) : restFetch(ctx, c, c.contract.stream)),
  }),
);

export const EXTRA_STREAMS = [hims.deletedResources.singer];

export function createClient(cfg: HimsConfig, logger: Logger): HimsClient {
  return new HimsClient(cfg, logger);
}
