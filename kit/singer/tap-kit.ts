// The tap kit: CLI, discovery, catalog selection, bookmarks and periodic STATE. A stream is a contract plus
// an async-generator `fetch`; the kit keeps the max replication key per partition (streams never do).
import { readFileSync } from 'node:fs';
import type { Logger } from './log.js';
import type { Writable } from 'node:stream';
import { parseCli, type CliArgs } from './cli.js';
import { loadConfig, type Settings } from './settings.js';
import { aboutJson, aboutMarkdown, type About } from './about.js';
import { createLogger, emitMetric, peakRssMb, RecordCounter } from './log.js';
import { SingerWriter } from './writer.js';
import { Decimal, stringifyExact } from './decimal.js';
import { EncodedBatch, JsonRows, greater } from './json-rows.js';
import { ConfigError, redact } from './errors.js';
import { parseJsonExact } from './json.js';
import { publishTapFailure } from '../events.js';
import { APPEND_ONLY, type JsonSchema } from './messages.js';
import type { StreamSchema } from '../contracts/json-schema.js';
import {
  BatchFiles,
  COPY_HEADER,
  COPY_TRAILER,
  CopyBatch,
  CopyRows,
  JSONL,
  PG_COPY_BINARY,
  copyBinaryColumns,
  plainBinaryColumns,
  parseBatchConfig,
  withKitAbout,
  withKitSettings,
  type BatchFile,
} from './batch.js';

export type Partition = Record<string, string | number>;

export interface FetchContext<Cfg, Client> {
  config: Cfg;
  client: Client;
  partition: Partition;
  /** The bookmark for this partition: the highest replication key value committed, if any. */
  since: string | number | undefined;
  /** Source units (files) this stream has completed in earlier runs, from the kit-kept bookmark. */
  processed: ReadonlySet<string>;
  /**
   * Drop units from `processed` (e.g. files that no longer exist at the source), so state does not grow with
   * every file ever read. A forgotten unit that shows up again is read again: the target's own process-once
   * keeps that from doubling rows.
   */
  forget(drop: (id: string) => boolean): void;
  logger: Logger;
  /** Emit a record on another stream: a child stream of this one, or one declared in the tap's `extraStreams`. */
  emit(stream: string, record: Record<string, unknown>): Promise<void>;
  /** False when the catalog deselected this child or control stream: `emit` on it writes nothing. */
  selected(stream: string): boolean;
  /**
   * What this partition needs to remember between runs besides its bookmark (e.g. the live-id set of a
   * deletion sweep). The kit persists it with the bookmark; set it only after emitting what it accounts for.
   */
  memo: unknown;
  setMemo(value: unknown): void;
  /**
   * Properties deselected in the catalog. The kit leaves them out of records; a stream that also sends a raw
   * blob (e.g. the source's JSON) must take their values out of it too.
   */
  dropped: ReadonlySet<string>;
  /**
   * For row-shaped sources: an encoder for records whose properties are always `keys`, in that order. It
   * writes the record's JSON text directly from an array of values (no object per row, no generic
   * stringify), leaving out properties deselected in the catalog and `undefined` values. Yield what it
   * returns as you would yield a record.
   */
  encoder(keys: readonly string[]): (values: ArrayLike<unknown>) => EncodedRecord;
  /**
   * For row-shaped sources read as bytes: a builder of records whose properties are always `keys`, written as
   * JSON straight from the source's UTF-8 bytes (see json-rows.ts), leaving out deselected properties. Yield
   * the EncodedBatch its take() returns; it carries the batch's greatest replication key value.
   */
  rows(keys: readonly string[]): JsonRows;
}

/** Yielded by `fetch` after the records of one source unit (a file): the kit records it and checkpoints. */
/**
 * Thrown by `fetch` when this stream (partition) cannot go on but the others can, e.g. a source reply that
 * could not be parsed. The kit logs it, keeps the partition's bookmark where it was, syncs the remaining
 * streams and makes the run exit 1.
 */
export class StreamFailure extends Error {
  override name = 'StreamFailure';
}

/** A record as JSON text, made by `FetchContext.encoder`; carries its replication key value when there is one. */
export class EncodedRecord {
  constructor(
    readonly json: string,
    readonly replicationValue?: string | number,
  ) {}
}

// a string can be copied between quotes as it is unless it holds a quote, a backslash, a control character
// or a surrogate (a lone one must be escaped; JSON.stringify does that, and keeps proper pairs as they are)
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** The record encoder behind `FetchContext.encoder` (exported for tests). */
export function recordEncoder(
  keys: readonly string[],
  dropped: ReadonlySet<string> = new Set(),
  replicationKey?: string,
): (values: ArrayLike<unknown>) => EncodedRecord {
  const index: number[] = [];
  const names: string[] = [];
  keys.forEach((k, i) => {
    if (!dropped.has(k)) {
      index.push(i);
      names.push(JSON.stringify(k) + ':');
    }
  });
  const rk = replicationKey === undefined ? -1 : keys.indexOf(replicationKey);
  return (values) => {
    let json = '{';
    let first = true;
    for (let j = 0; j < index.length; j++) {
      const v = values[index[j]!];
      if (v === undefined) continue;
      const text =
        typeof v === 'string'
          ? NEEDS_ESCAPE.test(v)
            ? JSON.stringify(v)
            : '"' + v + '"'
          : v instanceof Decimal
            ? v.text
            : stringifyExact(v);
      json += (first ? names[j]! : ',' + names[j]!) + text;
      first = false;
    }
    json += '}';
    const r = rk < 0 ? undefined : (values[rk] as string | number | undefined);
    return new EncodedRecord(json, r === null ? undefined : r);
  };
}

export class UnitDone {
  constructor(readonly id: string) {}
}

/**
 * Yielded by `fetch` when the source says how far it has been read even where no record carries that value
 * (e.g. Tally's company AlterID counter after a deletion): the bookmark becomes at least this.
 */
export class Watermark {
  constructor(readonly value: string | number) {}
}

export interface StreamDef<Cfg = Record<string, unknown>, Client = unknown> {
  /** Generated from the contract: stream name, schema, key and bookmark properties. */
  singer: StreamSchema;
  /** Streams whose records this stream's `fetch` emits from the same source read (e.g. voucher lines). */
  children?: StreamSchema[];
  partitions?: (ctx: { config: Cfg; client: Client }) => Partition[] | Promise<Partition[]>;
  fetch(ctx: FetchContext<Cfg, Client>): AsyncIterable<Record<string, unknown> | EncodedRecord | EncodedBatch | UnitDone | Watermark>;
  /** The source returns records in replication-key order, so the bookmark may advance mid-partition. */
  sorted?: boolean;
}

export function defineStream<Cfg, Client>(def: StreamDef<Cfg, Client>): StreamDef<Cfg, Client> {
  return def;
}

export interface TapDef<Cfg, Client> {
  about: About;
  settings: Settings;
  streams: StreamDef<Cfg, Client>[];
  /**
   * Connect. `state` is the run's input state (empty on --test), for a source that decides before any SCHEMA what
   * it must read (tap-odoo plans each model's fields from a field list cached in the state).
   */
  client: (config: Cfg, logger: Logger, state: TapState) => Client | Promise<Client>;
  /** `--test`: check connectivity/credentials; throw with a clear message on failure. */
  test?: (client: Client, config: Cfg) => Promise<string>;
  /** Emit STATE at least every this many records (and at each partition end). */
  stateEveryRecords?: number;
  /** Streams every sync declares (SCHEMA first) that stream code writes to with `emit`. */
  extraStreams?: StreamSchema[];
}

export type Bookmarks = Record<
  string,
  {
    replication_key?: string;
    replication_key_value?: string | number;
    partitions?: Array<{ context: Partition; replication_key_value?: string | number }>;
  } & Record<string, unknown>
>;
export interface TapState {
  bookmarks: Bookmarks;
  [k: string]: unknown;
}

interface CatalogEntry {
  tap_stream_id: string;
  stream: string;
  schema: JsonSchema;
  key_properties: string[];
  metadata: Array<{ breadcrumb: string[]; metadata: Record<string, unknown> }>;
}

/** Breadcrumb metadata of one catalog entry; `top` adds to (or overrides) the stream-level entry. */
function catalogEntry(s: StreamSchema, top: Record<string, unknown>): CatalogEntry {
  const { stream, key_properties, bookmark_properties, schema } = s;
  const automatic = new Set([...key_properties, ...bookmark_properties]);
  return {
    tap_stream_id: stream,
    stream,
    schema,
    key_properties,
    metadata: [
      {
        breadcrumb: [],
        metadata: {
          inclusion: 'available',
          'selected-by-default': true,
          'table-key-properties': key_properties,
          'valid-replication-keys': bookmark_properties,
          'forced-replication-method': bookmark_properties.length ? 'INCREMENTAL' : 'FULL_TABLE',
          ...top,
        },
      },
      ...Object.keys(schema.properties ?? {}).map((p) => ({
        breadcrumb: ['properties', p],
        metadata: { inclusion: automatic.has(p) ? 'automatic' : 'available', 'selected-by-default': true },
      })),
    ],
  };
}

/**
 * The catalog: every stream a sync can write. A child stream (records its parent's `fetch` emits from the same
 * read) names its parent in `parent-tap-stream-id`, as singer-sdk does, and is replicated as its parent is;
 * a control stream (`extraStreams`: file outcomes, quarantine, deletions, rejected rows) says so in
 * `medi-control-stream`. Both are selected by default and can be deselected.
 */
export function discover(streams: StreamDef<any, any>[], extraStreams: StreamSchema[] = []): { streams: CatalogEntry[] } {
  return {
    streams: [
      ...streams.flatMap((s) => {
        const parent = catalogEntry(s.singer, {});
        const method = parent.metadata[0]!.metadata['forced-replication-method'];
        const children = (s.children ?? []).map((c) =>
          catalogEntry(c, {
            'parent-tap-stream-id': s.singer.stream,
            'valid-replication-keys': [],
            'forced-replication-method': method,
          }),
        );
        return [parent, ...children];
      }),
      ...extraStreams.map((x) => catalogEntry(x, { 'medi-control-stream': true })),
    ],
  };
}

interface Selection {
  selected: boolean;
  /** properties deselected in the catalog (automatic ones can never be deselected) */
  dropped: Set<string>;
  replicationKey?: string;
  fullTable: boolean;
  /**
   * The run picks up the stream's state (bookmark, memo, processed units). False when FULL_TABLE was chosen
   * for a stream that could resume: a full-table sync reads everything and leaves the stream's state as it was.
   */
  resume: boolean;
}

function findEntry(catalog: { streams: CatalogEntry[] }, stream: string): CatalogEntry | undefined {
  return catalog.streams.find((e) => e.tap_stream_id === stream || e.stream === stream);
}

function entrySelection(entry: CatalogEntry): { top: Record<string, unknown>; selected: boolean; dropped: Set<string> } {
  const top = entry.metadata?.find((m) => m.breadcrumb.length === 0)?.metadata ?? {};
  const selected = top.selected === undefined ? top['selected-by-default'] !== false : top.selected === true;
  const dropped = new Set<string>();
  for (const m of entry.metadata ?? []) {
    const [kind, property] = m.breadcrumb;
    const deselected = m.metadata.selected === false && m.metadata.inclusion !== 'automatic';
    if (m.breadcrumb.length === 2 && kind === 'properties' && deselected) dropped.add(property!);
  }
  return { top, selected, dropped };
}

/**
 * Selection of a child or control stream. One the catalog leaves out (a catalog written before such streams
 * were listed) takes `absent`: its parent's selection for a child, selected for a control stream.
 */
export function subSelection(
  catalog: { streams: CatalogEntry[] } | undefined,
  s: StreamSchema,
  absent: boolean,
): { selected: boolean; dropped: Set<string> } {
  const entry = catalog && findEntry(catalog, s.stream);
  if (!entry) return { selected: catalog ? absent : true, dropped: new Set() };
  const { selected, dropped } = entrySelection(entry);
  return { selected, dropped };
}

/** Apply a catalog's breadcrumb metadata: stream selection, property selection, replication method/key. */
export function selection(catalog: { streams: CatalogEntry[] } | undefined, def: StreamDef<any, any>): Selection {
  const bookmarkKey = def.singer.bookmark_properties[0];
  const base: Selection = {
    selected: true,
    dropped: new Set(),
    fullTable: !bookmarkKey,
    resume: true,
    ...(bookmarkKey ? { replicationKey: bookmarkKey } : {}),
  };
  if (!catalog) return base;
  const entry = findEntry(catalog, def.singer.stream);
  if (!entry) return { ...base, selected: false };
  const { top, selected, dropped } = entrySelection(entry);
  const method = top['replication-method'] ?? top['forced-replication-method'];
  const rk = (top['replication-key'] as string | undefined) ?? bookmarkKey;
  // FULL_TABLE is a choice when the catalog makes it or the stream could be incremental; a stream without a
  // replication key (files read once each) keeps its processed units under its only method
  const chosenFullTable = method === 'FULL_TABLE' && (top['replication-method'] === 'FULL_TABLE' || bookmarkKey !== undefined);
  return { selected, dropped, fullTable: method === 'FULL_TABLE' || !rk, resume: !chosenFullTable, ...(rk ? { replicationKey: rk } : {}) };
}

/**
 * time_extracted for each record without reading the clock per record (an ISO string per row cost ~0.3 µs):
 * a 50 ms timer marks the text stale and the next record renews it. It lags by at most 50 ms plus the time
 * the event loop was busy without a break (one source chunk's worth of rows).
 */
class ExtractionClock {
  private text = new Date().toISOString();
  private stale = false;
  constructor() {
    setInterval(() => (this.stale = true), 50).unref();
  }
  now(): string {
    if (this.stale) {
      this.text = new Date().toISOString();
      this.stale = false;
    }
    return this.text;
  }
}

const NOTHING = Buffer.alloc(0);

/** Run a tap: handles every CLI mode and writes Singer messages to stdout. Returns the exit code. */
export async function runTap<Cfg, Client>(
  tap: TapDef<Cfg, Client>,
  argv: string[] = process.argv.slice(2),
  stdout: Writable = process.stdout,
): Promise<number> {
  const out = new SingerWriter(stdout);
  let args: CliArgs;
  try {
    args = parseCli(argv);
  } catch (e) {
    process.stderr.write(`${tap.about.name}: ${(e as Error).message}\n`);
    return 2;
  }
  if (args.version) {
    stdout.write(`${tap.about.name} ${tap.about.version}\n`);
    return 0;
  }
  if (args.about) {
    const about = withKitAbout(tap.about);
    stdout.write(args.format === 'markdown' ? aboutMarkdown(about) : JSON.stringify(aboutJson(about), null, 2) + '\n');
    return 0;
  }
  if (args.discover) {
    stdout.write(JSON.stringify(discover(tap.streams, tap.extraStreams), null, 2) + '\n');
    return 0;
  }
  const logger = createLogger(tap.about.name, process.env.MELTANO_RUN_ID ? { run_id: process.env.MELTANO_RUN_ID } : {});
  try {
    const config = loadConfig(tap.about.name, withKitSettings(tap.settings), args.config) as Cfg;
    if (args.test === 'schema') {
      // as singer-sdk's --test=schema: every stream's SCHEMA, nothing read from the source
      for (const s of [...(tap.extraStreams ?? []), ...tap.streams.flatMap((d) => [d.singer, ...(d.children ?? [])])]) {
        const bookmarks = s.bookmark_properties.length ? { bookmark_properties: s.bookmark_properties } : {};
        await out.write({ type: 'SCHEMA', stream: s.stream, schema: s.schema, key_properties: s.key_properties, ...bookmarks });
      }
      await out.flush();
      return 0;
    }
    // a state's numbers exactly as written: a bookmark past 2^53 read as a double resumes from a neighbouring value
    const readJson = (file: string, what: string): any => {
      try {
        const text = readFileSync(file, 'utf8');
        return what === 'state' ? parseJsonExact(text) : JSON.parse(text);
      } catch (e) {
        throw new ConfigError(`cannot read ${what} ${file}: ${(e as Error).message}`);
      }
    };
    const input = (args.state && !args.test ? readJson(args.state, 'state') : {}) as Partial<TapState>;
    const state: TapState = { ...input, bookmarks: { ...(input.bookmarks ?? {}) } };
    const client = await tap.client(config, logger, state);
    if (args.test) {
      const msg = tap.test ? await tap.test(client, config) : 'configuration is valid';
      logger.info(`connection test passed: ${msg}`);
      return 0;
    }
    const catalog = args.catalog ? readJson(args.catalog, 'catalog') : undefined;
    const batchCfg = parseBatchConfig((config as Record<string, unknown>).batch_config);
    const files = batchCfg ? new BatchFiles(batchCfg) : undefined;
    let failures: string[];
    try {
      failures = await sync(tap, config, client, catalog, state, out, logger, files);
    } finally {
      files?.finish();
    }
    await out.flush();
    if (failures.length) {
      const message = `${failures.length} stream(s) failed; the others completed:\n  ${failures.map(redact).join('\n  ')}`;
      logger.error(message);
      await publishTapFailure(tap.about.name, message, (m) => logger.warn(m));
      return 1;
    }
    logger.info('sync finished', { peak_rss_mb: peakRssMb() });
    return 0;
  } catch (e) {
    await out.flush().catch(() => undefined);
    const message = redact((e as Error).message);
    logger.error(message);
    // a scheduled run that cannot start (a missing secret) failed too; --test reports to whoever ran it
    if (!args.test) await publishTapFailure(tap.about.name, message, (m) => logger.warn(m));
    return 1;
  }
}

async function sync<Cfg, Client>(
  tap: TapDef<Cfg, Client>,
  config: Cfg,
  client: Client,
  catalog: { streams: CatalogEntry[] } | undefined,
  state: TapState,
  out: SingerWriter,
  logger: Logger,
  files?: BatchFiles,
): Promise<string[]> {
  const failures: string[] = [];
  const every = tap.stateEveryRecords ?? 10_000;
  const counter = new RecordCounter();
  // child and control streams the catalog deselected (stream or properties): `emit` writes them without those
  const subs = new Map<string, { selected: boolean; dropped: Set<string> }>();
  for (const x of tap.extraStreams ?? []) subs.set(x.stream, subSelection(catalog, x, true));
  for (const def of tap.streams) {
    const parent = selection(catalog, def).selected;
    for (const c of def.children ?? []) {
      const sub = subSelection(catalog, c, parent);
      // a child's records come from its parent's read, which would move the parent's bookmark without loading it
      if (sub.selected && !parent) {
        const p = def.singer.stream;
        throw new ConfigError(
          `stream ${c.stream} is selected but its parent ${p} is not: ${c.stream} is read with ${p}; select both, or deselect ${c.stream}`,
        );
      }
      subs.set(c.stream, sub);
    }
  }
  const subSchema = async (x: StreamSchema) => {
    const sub = subs.get(x.stream)!;
    if (!sub.selected) return;
    const properties = Object.fromEntries(Object.entries(x.schema.properties ?? {}).filter(([k]) => !sub.dropped.has(k)));
    const schema = { ...x.schema, properties };
    await out.write({ type: 'SCHEMA', stream: x.stream, schema, key_properties: x.key_properties, [APPEND_ONLY]: true });
  };
  for (const x of tap.extraStreams ?? []) await subSchema(x);
  const clock = new ExtractionClock();
  // the batch lane: the open batch file of the stream being synced is closed (and its BATCH message sent) before
  // any other message, so a STATE or another stream's record never overtakes the records before it
  let closeBatch = async (): Promise<void> => undefined;
  const emit = async (stream: string, record: Record<string, unknown>) => {
    await closeBatch();
    await out.write({ type: 'RECORD', stream, record, time_extracted: clock.now() });
  };
  const writeState = async () => {
    await closeBatch();
    await out.write({ type: 'STATE', value: state });
  };
  const emitSub = async (stream: string, record: Record<string, unknown>) => {
    const sub = subs.get(stream);
    if (sub && !sub.selected) return;
    await emit(stream, sub?.dropped.size ? Object.fromEntries(Object.entries(record).filter(([k]) => !sub.dropped.has(k))) : record);
  };
  const isSelected = (stream: string) => subs.get(stream)?.selected ?? true;
  for (const def of tap.streams) {
    const sel = selection(catalog, def);
    if (!sel.selected) continue;
    const name = def.singer.stream;
    const t0 = Date.now();
    const schema: JsonSchema = {
      ...def.singer.schema,
      properties: Object.fromEntries(Object.entries(def.singer.schema.properties ?? {}).filter(([k]) => !sel.dropped.has(k))),
    };
    await out.write({
      type: 'SCHEMA',
      stream: name,
      schema,
      key_properties: def.singer.key_properties,
      ...(sel.replicationKey && !sel.fullTable ? { bookmark_properties: [sel.replicationKey] } : {}),
      [APPEND_ONLY]: true,
    });
    for (const child of def.children ?? []) await subSchema(child);
    const recordPrefix = `{"type":"RECORD","stream":${JSON.stringify(name)},"record":`;
    const prefixBytes = Buffer.from(recordPrefix);
    // what follows a record in its line: time_extracted and the closing brace, re-made when the clock moves
    let suffixAt = '';
    let suffixText = '';
    let suffix = Buffer.alloc(0);
    const timeSuffixText = () => {
      const now = clock.now();
      if (now !== suffixAt) {
        suffixAt = now;
        suffixText = `,"time_extracted":"${now}"}`;
        suffix = Buffer.from(suffixText);
      }
      return suffixText;
    };
    const timeSuffix = () => {
      timeSuffixText();
      return suffix;
    };
    // batch lane: pg-copy-binary when asked for and the stream's SCHEMA allows it (else jsonl); one file open at a time
    const binaryColumns = files?.cfg.format === PG_COPY_BINARY ? plainBinaryColumns(copyBinaryColumns(schema)) : undefined;
    let batch: BatchFile | undefined;
    closeBatch = async () => {
      if (!batch) return;
      const b = batch;
      batch = undefined;
      if (b.rows === 0) return b.discard();
      if (b.format === PG_COPY_BINARY) b.add(COPY_TRAILER, 0, clock.now());
      await out.write(b.close());
      // out at once: a BATCH line is short, and left in the writer's 64 KB buffer it waited for the tap's end,
      // so the target read no file before the tap had written them all (1M Indici rows: first BATCH at 51.6 s of 51.6 s)
      await out.flush();
    };
    // records back to back in `bytes`, record i ending at ends[i]: files hold batch_size records (the last fewer)
    const toBatch = async (format: typeof JSONL | typeof PG_COPY_BINARY, bytes: Buffer, ends: readonly number[]) => {
      if (batch && batch.format !== format) await closeBatch();
      const size = files!.cfg.size;
      for (let i = 0, from = 0; i < ends.length;) {
        if (!batch) {
          batch = files!.open(name, format);
          if (format === PG_COPY_BINARY) batch.add(COPY_HEADER, 0, clock.now());
        }
        const take = Math.min(size - batch.rows, ends.length - i);
        const to = ends[i + take - 1]!;
        batch.add(bytes.subarray(from, to), take, clock.now());
        from = to;
        i += take;
        if (batch.rows >= size) await closeBatch();
      }
    };
    const rowsFor = (keys: readonly string[]): JsonRows => {
      if (!files) return new JsonRows(keys, sel.dropped, sel.replicationKey, { prefix: prefixBytes, suffix: timeSuffix });
      const kept = keys.filter((k) => !sel.dropped.has(k));
      if (binaryColumns && kept.join('\u0000') === binaryColumns.map((c) => c.name).join('\u0000'))
        return new CopyRows(keys, sel.dropped, sel.replicationKey, binaryColumns);
      // bare records, one a line (jsonl)
      return new JsonRows(keys, sel.dropped, sel.replicationKey, { prefix: NOTHING, suffix: () => NOTHING });
    };
    const children = new Set((def.children ?? []).map((c) => c.stream));
    const emitChild = async (stream: string, record: Record<string, unknown>) => {
      await emitSub(stream, record);
      if (children.has(stream) && isSelected(stream)) counter.add(stream);
    };
    // a full-table sync works on a detached bookmark: it sees no old bookmark, memo or processed units, and
    // the stream's state stays as it was (as singer-sdk leaves it) for a later incremental run
    const bm: Bookmarks[string] = sel.resume ? (state.bookmarks[name] ??= {}) : {};
    const partitions = def.partitions ? await def.partitions({ config, client }) : [{}];
    for (const partition of partitions) {
      const isRoot = Object.keys(partition).length === 0;
      const slot = isRoot
        ? bm
        : (() => {
            bm.partitions ??= [];
            let p = bm.partitions.find((x) => JSON.stringify(x.context) === JSON.stringify(partition));
            if (!p) bm.partitions.push((p = { context: partition }));
            return p;
          })();
      const since = sel.fullTable ? undefined : slot.replication_key_value;
      const processed = new Set<string>(Array.isArray(bm.processed) ? (bm.processed as string[]) : []);
      let max = since;
      let n = 0;
      const memoSlot = slot as { memo?: unknown };
      const ctx: FetchContext<Cfg, Client> = {
        config,
        client,
        partition,
        since,
        processed,
        logger,
        emit: emitChild,
        selected: isSelected,
        forget: (drop) => {
          let n = 0;
          for (const id of processed) {
            if (!drop(id)) continue;
            processed.delete(id);
            n++;
          }
          if (n === 0) return;
          bm.processed = [...processed];
          logger.info(`stream ${name}: ${n} processed source units no longer at the source, dropped from state`);
        },
        encoder: (keys) => recordEncoder(keys, sel.dropped, sel.replicationKey),
        rows: rowsFor,
        memo: memoSlot.memo,
        setMemo: (v) => {
          memoSlot.memo = v;
        },
        dropped: sel.dropped,
      };
      let failed = false;
      try {
        for await (const raw of def.fetch(ctx)) {
          if (raw instanceof Watermark) {
            if (!sel.fullTable && greater(max, raw.value)) max = raw.value;
            continue;
          }
          if (raw instanceof UnitDone) {
            processed.add(raw.id);
            bm.processed = [...processed];
            await writeState();
            continue;
          }
          let v: string | number | undefined;
          let count = 1;
          if (raw instanceof EncodedBatch) {
            if (!raw.lines) throw new Error(`stream ${name}: a batch of bare records; build batches with the fetch context's rows()`);
            if (files) await toBatch(raw instanceof CopyBatch ? PG_COPY_BINARY : JSONL, raw.bytes, raw.ends);
            else await out.writeBytes(raw.bytes);
            v = raw.replicationValue;
            count = raw.count;
          } else if (raw instanceof EncodedRecord) {
            if (files) {
              const line = Buffer.from(raw.json + '\n');
              await toBatch(JSONL, line, [line.length]);
            } else {
              const pending = out.writeLine(recordPrefix + raw.json + timeSuffixText());
              if (pending) await pending;
            }
            v = raw.replicationValue;
          } else {
            const record = sel.dropped.size ? Object.fromEntries(Object.entries(raw).filter(([k]) => !sel.dropped.has(k))) : raw;
            if (files) {
              const line = Buffer.from(stringifyExact(record) + '\n');
              await toBatch(JSONL, line, [line.length]);
            } else await emit(name, record);
            if (sel.replicationKey) v = raw[sel.replicationKey] as string | number | undefined;
          }
          counter.add(name, count);
          const before = n;
          n += count;
          if (sel.replicationKey && !sel.fullTable) {
            if (greater(max, v)) max = v;
            // a state every `every` records (a batch may cross the mark)
            if (def.sorted && Math.floor(n / every) > Math.floor(before / every) && max !== undefined) {
              slot.replication_key_value = max;
              if (isRoot) bm.replication_key = sel.replicationKey;
              await writeState();
            }
          }
        }
      } catch (e) {
        if (!(e instanceof StreamFailure)) throw e;
        failed = true;
        const where = isRoot ? name : `${name} ${JSON.stringify(partition)}`;
        failures.push(`${where}: ${e.message}`);
        logger.error(`stream ${where} failed (bookmark kept where it was): ${redact(e.message)}`);
      }
      // unsorted sources only advance the bookmark once the whole partition has been read
      if (!failed && sel.replicationKey && !sel.fullTable && max !== undefined) {
        slot.replication_key_value = max;
        if (isRoot) bm.replication_key = sel.replicationKey;
      }
      await writeState();
    }
    await closeBatch();
    closeBatch = async () => undefined;
    counter.report();
    for (const c of children) if (counter.total(c)) logger.info(`stream ${c}: ${counter.total(c)} records`);
    emitMetric({ type: 'timer', metric: 'sync_duration', value: (Date.now() - t0) / 1000, tags: { stream: name, status: 'succeeded' } });
    logger.info(`stream ${name}: ${counter.total(name)} records`);
  }
  return failures;
}
