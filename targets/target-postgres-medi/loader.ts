// The Postgres Loader: routes messages to sinks, validates, tracks source files, and commits every
// sink's batch plus the audit rows in one transaction, so a commit is all-or-nothing across streams.
import { randomUUID } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { createAjv, isDateTime, validateExact, type AjvInstance, type ValidateFunction } from '../../kit/singer/ajv.js';
import type { Logger } from '../../kit/singer/log.js';
import type { Loader } from '../../kit/singer/target-kit.js';
import {
  APPEND_ONLY,
  type ActivateVersionMessage,
  type JsonSchema,
  type RecordMessage,
  type SchemaMessage,
} from '../../kit/singer/messages.js';
import {
  InvalidRecordError,
  InvalidUtf8Error,
  MissingKeyPropertiesError,
  NullCharacterError,
  RecordBeforeSchemaError,
  RecordNestingError,
} from '../../kit/singer/errors.js';
import { RecordCounter, emitMetric } from '../../kit/singer/log.js';
import { eventsUrl, extractorName, publishEvents } from '../../kit/events.js';
import { RUN_LOCK_KEY } from '../../kit/warehouse/status.js';
import { stringifyJson } from '../../kit/singer/json.js';
import { Decimal, numericBeyondPg, unfitNumbersAsText } from '../../kit/singer/decimal.js';
import { fitsInt64, integerText } from '../../kit/singer/decimal-text.js';
import { Connector, METADATA_COLUMNS, SchemaDriftError, type Column } from './connector.js';
import { RowBuffer, StreamSink, own, type SinkBatch } from './sink.js';
import { NulInTextError, encodeValue } from './copy-text.js';
import { qualified, quoteIdent, tableNameFor } from '../../kit/warehouse/identifiers.js';
import {
  FastLines,
  RecordScanner,
  compileFastPlan,
  copyBytes,
  copyWords,
  isDateTimeAt,
  sameBytes,
  type AcceptedLine,
} from './fast-path.js';
import {
  PG_EPOCH_DAYS,
  daysFromCivil,
  int64Fits,
  putInt32,
  putInt64,
  putInt64Token,
  putTimestamp,
  timestampAt,
  tsMicros,
  tsSeconds,
  uuidBytes,
} from './copy-binary.js';
import type { TargetConfig } from './settings.js';
import { copyBinaryColumns, type BinaryColumn, type BinaryKind } from '../../kit/singer/batch.js';
import type { PgType } from './type-map.js';
import { decodeTuple } from '../../kit/singer/target-kit.js';

/** What written-ahead chunks accumulate until their commit: file watermarks, manifest entries, totals, and
 * the rows and streams the commit covers (for its metric). */
interface Carry {
  units: UnitState[];
  manifest: ManifestEntry[];
  pending: Totals;
  /** the same per stream */
  perStream: Map<string, Totals>;
  rows: number;
  /** streams whose raw tables the commit changes (rows written, a file's rows replaced) */
  streams: Set<string>;
  /** files (fileId) whose earlier rows the commit deletes (reprocess) */
  resets: string[];
}

function emptyCarry(): Carry {
  return {
    units: [],
    manifest: [],
    pending: { loaded: 0, rejected: 0, skipped: 0 },
    perStream: new Map(),
    rows: 0,
    streams: new Set(),
    resets: [],
  };
}

/**
 * The session advisory lock a load run holds on a source file while it admits the file's rows (SQL of the lock key;
 * `expr` is the file's identity, fileId). See PostgresLoader.holdFile.
 */
const fileLockKey = (expr: string) => `hashtextextended('medi-load-file:' || ${expr}, 0)`;

/** Source files a run holds at once before it commits and lets them go (advisory locks take the server's shared lock table). */
const MAX_HELD_FILES = 256;

/** Lineage columns the target fills and a record can never set (see withoutOwnedMetadata). */
const TARGET_OWNED = new Set(METADATA_COLUMNS.map((m) => m.name).filter((n) => n !== '_sdc_deleted_at'));

/** Encoded characters buffered before they are written ahead into the open transaction (~2 MB). */
const WRITE_AHEAD_CHARS = 2 * 1024 * 1024;

/**
 * How copyTuple takes a stream's pg-copy-binary tuples: the checks per field, where the lineage of a source file
 * is, and the field count the tuple gets once the metadata columns follow it.
 */
interface TuplePlan {
  cols: BinaryColumn[];
  /** field indexes of _source_uri, _source_version_id, _source_file_hash, _source_row_number (-1: not a file stream) */
  uri: number;
  version: number;
  hash: number;
  row: number;
  /** int16 field count of the written tuple */
  fields: number;
  /** for checkTupleFields: field i's kind (KIND_CODE); 1 where it may be NULL (a nullable property that is no key); an int8's bounds (±Infinity: none); a numeric's scale (-1: none) */
  kind: Uint8Array;
  nullable: Uint8Array;
  min: Float64Array;
  max: Float64Array;
  scale: Int16Array;
}

/** checkTupleFields' codes of the binary kinds, and the raw column type each lands in */
const KIND_CODE: Record<BinaryKind, number> = { text: 0, int8: 1, numeric: 2, date: 3, timestamptz: 4, bool: 5 };
const KIND_TYPE: Record<BinaryKind, PgType> = {
  text: 'text',
  int8: 'bigint',
  numeric: 'numeric',
  date: 'date',
  timestamptz: 'timestamptz',
  bool: 'boolean',
};
// the record lane's date and date-time formats take years 0001–9999 (year 0 is no PostgreSQL date): in days and
// in seconds from 2000-01-01
const MIN_DAYS = daysFromCivil(1, 1, 1) - PG_EPOCH_DAYS;
const MAX_DAYS = daysFromCivil(9999, 12, 31) - PG_EPOCH_DAYS;
const MIN_SECS = MIN_DAYS * 86400;
const MAX_SECS = (MAX_DAYS + 1) * 86400;

let asciiViewOf: Buffer | undefined;
let asciiView: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));

/**
 * Whether b[f, p) is ASCII without NUL (every byte 0x01–0x7f), four bytes a step: a byte with its high bit set,
 * or a zero byte ((w - 0x01010101) & ~w, the classic test), sets a bit of 0x80808080. Text fields are most of a
 * tuple's bytes (64 of them in an Indici appointment); a byte at a time, their check was ~1.8 s of the target's
 * CPU at 1M rows (bench:indici-cpu).
 */
function plainAscii(b: Buffer, f: number, p: number): boolean {
  if (asciiViewOf !== b) {
    asciiView = new DataView(b.buffer, b.byteOffset, b.length);
    asciiViewOf = b;
  }
  const v = asciiView;
  let q = f;
  for (; q + 4 <= p; q += 4) {
    const w = v.getUint32(q);
    if ((w | ((w - 0x01010101) & ~w)) & 0x80808080) return false;
  }
  for (; q < p; q++) {
    const c = b[q]!;
    if (c === 0 || c >= 0x80) return false;
  }
  return true;
}

/** What checkTupleFields found: [0] where the tuple's fields end, [1] the row number, [2]/[3] the file key's bytes. */
const tupleScan = new Float64Array(4);

/**
 * copyTuple's per-field checks, alone in a function that touches only buffers and typed arrays. Inside copyTuple,
 * V8 never optimised this loop (every attempt was aborted, "Maps became deprecated during optimization"), and the
 * interpreted byte loop cost ~35 µs a 64-field tuple, four times the record lane's whole fast path. False: a check
 * failed (the general path takes the tuple). Results in tupleScan.
 */
function checkTupleFields(b: Buffer, start: number, plan: TuplePlan): boolean {
  const { kind, nullable, min, max, scale } = plan;
  const n = kind.length;
  const rowAt = plan.row;
  const uriAt = plan.uri;
  const hashAt = plan.hash;
  let p = start + 2;
  let keyStart = -1;
  let keyEnd = -1;
  let rowNo = 0;
  for (let i = 0; i < n; i++) {
    const len = (b[p]! << 24) | (b[p + 1]! << 16) | (b[p + 2]! << 8) | b[p + 3]!;
    const f = p + 4;
    p = f + (len > 0 ? len : 0);
    if (len === -1) {
      if (nullable[i] === 0) return false;
      continue;
    }
    const k = kind[i]!;
    if (k === 1) {
      if (len !== 8) return false;
      const hi = (b[f]! << 24) | (b[f + 1]! << 16) | (b[f + 2]! << 8) | b[f + 3]!;
      // beyond ±2^53 the bounds are left to the general path
      if (hi > 0x1fffff || hi < -0x200000) return false;
      const v = hi * 4294967296 + ((b[f + 4]! << 24) >>> 0) + ((b[f + 5]! << 16) | (b[f + 6]! << 8) | b[f + 7]!);
      if (v < min[i]! || v > max[i]!) return false;
      if (i === rowAt) rowNo = v;
    } else if (k === 0) {
      // text: UTF-8 without NUL, as the record lane's values are (else the general path warns, rejects or fails)
      if (!plainAscii(b, f, p))
        for (let q = f; q < p; q++) {
          const c = b[q]!;
          if (c === 0) return false;
          if (c >= 0x80) {
            const nul = b.indexOf(0, q);
            if (!isUtf8(b.subarray(f, p)) || (nul >= 0 && nul < p)) return false;
            break;
          }
        }
      if (i === uriAt) keyStart = f - 4;
      else if (i === hashAt) keyEnd = p;
    } else if (k === 2) {
      if (!numericOk(b, f, len, scale[i]!)) return false;
    } else if (k === 3) {
      if (len !== 4) return false;
      const d = (b[f]! << 24) | (b[f + 1]! << 16) | (b[f + 2]! << 8) | b[f + 3]!;
      if (d < MIN_DAYS || d > MAX_DAYS) return false;
    } else if (k === 4) {
      if (len !== 8) return false;
      // the high word alone is within 4,295 s of the value: a day either side of the bounds is the general path's
      const hi = (b[f]! << 24) | (b[f + 1]! << 16) | (b[f + 2]! << 8) | b[f + 3]!;
      const secs = (hi * 4294967296) / 1e6;
      if (secs < MIN_SECS + 86400 || secs >= MAX_SECS - 86400) return false;
    } else {
      if (len !== 1 || b[f]! > 1) return false;
    }
  }
  tupleScan[0] = p;
  tupleScan[1] = rowNo;
  tupleScan[2] = keyStart;
  tupleScan[3] = keyEnd;
  return true;
}

/**
 * A numeric field as numeric_recv takes it and the record lane would: a finite number (no NaN or infinity: JSON
 * has none), base-10000 digits, and no digit past its display scale, nor past `scale` (the SCHEMA's multipleOf)
 * when that is set (≥ 0). Else the general path judges the value.
 */
function numericOk(b: Buffer, f: number, len: number, scale: number): boolean {
  if (len < 8) return false;
  const ndigits = (b[f]! << 8) | b[f + 1]!;
  if (len !== 8 + 2 * ndigits) return false;
  const weight = ((b[f + 2]! << 24) >> 16) | b[f + 3]!;
  const sign = (b[f + 4]! << 8) | b[f + 5]!;
  const dscale = (b[f + 6]! << 8) | b[f + 7]!;
  if ((sign !== 0 && sign !== 0x4000) || dscale > 0x3fff) return false;
  if (scale >= 0 && dscale > scale) return false;
  let last = 0;
  for (let q = 0; q < ndigits; q++) {
    last = (b[f + 8 + 2 * q]! << 8) | b[f + 9 + 2 * q]!;
    if (last > 9999) return false;
  }
  if (ndigits === 0) return true;
  // fraction digits the digits hold (4 a group after the point) against the display scale
  const fracGroups = ndigits - 1 - weight;
  const held = fracGroups * 4;
  if (held <= dscale) return true;
  if (held - dscale >= 4) return false;
  return last % 10 ** (held - dscale) === 0;
}

/** The stream a tap uses to report a source file's outcome (rows read/rejected, processed or failed). */
export const FILE_MANIFEST_STREAM = '_medi_files';

/** Record properties that identify a source file and a row in it; their presence enables process-once. */
export const LINEAGE = { uri: '_source_uri', version: '_source_version_id', hash: '_source_file_hash', row: '_source_row_number' } as const;

interface UnitState {
  id: string;
  stream: string;
  uri: string;
  version: string;
  hash: string;
  /** the source file (fileId): its lock covers every stream's unit of it */
  file: string;
  /** this run holds the file's lock: its rows may be admitted (else the general path takes the lock first) */
  held: boolean;
  /** rows at or below this source row number are already in the warehouse */
  committedThrough: number;
  processed: boolean;
  bufferedThrough: number;
  /** rows loaded (not rejected) since the last commit */
  pendingRows: number;
  /** anything (loaded or rejected) buffered since the last commit */
  dirty: boolean;
}

/** A source file whose earlier rows are deleted (and audit reset) before it is loaded again. */
interface Reset {
  stream: string;
  uri: string;
  version: string;
  hash: string;
}

interface ManifestEntry {
  stream: string;
  source_uri: string;
  source_version_id: string;
  file_hash: string;
  status: 'processed' | 'failed';
  rows_read: number;
  rows_rejected: number;
  error?: string;
}

interface Totals {
  loaded: number;
  rejected: number;
  skipped: number;
  /** invalid UTF-8 sequences loaded as U+FFFD (per stream only; absent when none) */
  invalid_utf8?: number;
}

/**
 * A stream's committed totals in etl.load_runs.streams. `commits`: the run's commits that changed the stream's raw
 * tables; summed over load runs it tells a build whether raw moved since (kit/warehouse/status.ts).
 */
interface StreamTotals extends Totals {
  commits: number;
}

function addTotals(to: Totals, from: Totals): void {
  to.loaded += from.loaded;
  to.rejected += from.rejected;
  to.skipped += from.skipped;
  if (from.invalid_utf8) to.invalid_utf8 = (to.invalid_utf8 ?? 0) + from.invalid_utf8;
}

export class PostgresLoader implements Loader {
  readonly runId = randomUUID();
  private readonly sinks = new Map<string, StreamSink>();
  private readonly schemas = new Map<string, string>();
  /** each stream's last SCHEMA message (a column widened by a value is set up again from it) */
  private readonly schemaMessages = new Map<string, SchemaMessage>();
  /** the write into the open transaction that may still be running (flush returns it to the kit) */
  private writing: Promise<void> = Promise.resolve();
  private readonly keys = new Map<string, string[]>();
  private readonly validators = new Map<string, ValidateFunction>();
  /** each stream's schema as validated, until its first record compiles it into `validators` */
  private readonly validationSchemas = new Map<string, Record<string, unknown>>();
  /** streams whose schema the byte-level fast path implements (see fast-path.ts) */
  private readonly fast: FastLines;
  private readonly tables = new Map<string, string>(); // table → stream, to refuse two streams in one table
  private readonly units = new Map<string, UnitState>();
  /** each source file's units (one per stream that carries its rows) */
  private readonly unitsByFile = new Map<string, UnitState[]>();
  /** source files (fileId) whose advisory lock this session holds (holdFile) */
  private readonly heldFiles = new Set<string>();
  /** files whose lock is being taken for a row or outcome not yet admitted: kept through a commit landing meanwhile */
  private readonly pinned = new Set<string>();
  /** commits the loader makes on its own (before waiting for another run's file) in flight: bufferedRows() counts them */
  private ownCommits = 0;
  private readonly unitStreams = new Set<string>();
  private manifest: ManifestEntry[] = [];
  private resets: Reset[] = [];
  /** files being reprocessed this run (uri, version, hash): their units start from row 1 */
  private readonly reprocessing = new Set<string>();
  private readonly ajv: AjvInstance;
  private readonly counter = new RecordCounter();
  /** committed totals per stream (etl.load_runs.streams) */
  private perStream = new Map<string, StreamTotals>();
  /** per stream, counted since the last flush took the buffers */
  private pendingPerStream = new Map<string, Totals>();
  /** every stream a record arrived for (a failed run marks them failed in etl.health) */
  private readonly seen = new Set<string>();
  private committed: Totals = { loaded: 0, rejected: 0, skipped: 0 };
  private pending: Totals = { loaded: 0, rejected: 0, skipped: 0 };
  /** the run's final commit, which also recorded its outcome, has landed */
  private finished = false;
  /** SIGTERM cut the input short: the final commit records the run as stopped, not succeeded */
  private stoppedEarly = false;
  private bufferedChars = 0;
  private buffered = 0;
  /** rows written ahead into the open transaction, not yet committed */
  private uncommitted = 0;
  private uncommittedChars = 0;
  private inTransaction = false;
  private carried = emptyCarry();
  private seq: number;
  private stageSeq = 0;
  private readonly runIdBytes = Buffer.from(this.runId, 'latin1');
  private readonly runIdBinary = uuidBytes(this.runId);
  /** the last time_extracted written in binary form: its bytes and value */
  private readonly lastTime = { bytes: Buffer.alloc(0), secs: 0, micros: 0 };
  private readonly started = Date.now();
  /** records the fast path took (logged at the end; the rest took the general path) */
  private fastRows = 0;
  /** of those, records written in binary COPY form */
  private binaryRows = 0;
  /** per stream: invalid UTF-8 sequences read as U+FFFD, and the first line that held one */
  private readonly invalidText = new Map<string, { count: number; first: number }>();
  /** streams already warned that their metadata-named properties are dropped */
  private readonly ownedWarned = new Set<string>();
  /** COMMITs so far (the test-only crash hook counts them) */
  private commits = 0;
  /** streams whose pg-copy-binary tuples copyTuple takes as they are */
  private readonly tuplePlans = new Map<string, TuplePlan>();
  /** the last file a tuple named (its lineage fields' bytes) and its unit */
  private lastTupleUnit: { stream: string; key: Buffer; unit: UnitState } | undefined;
  /** the BATCH time_extracted last parsed, in binary form */
  private readonly batchTime = { text: '', secs: 0, micros: 0, ok: false };

  constructor(
    private readonly connector: Connector,
    private readonly cfg: TargetConfig,
    private readonly logger: Logger,
  ) {
    // microseconds since epoch: strictly increasing within a run and larger than any earlier run's values
    this.seq = Date.now() * 1000;
    // a record's own properties only: `constructor` or `toString` in a SCHEMA is a column like any other, and a
    // record without it has none (Ajv's default looked it up on Object.prototype and refused the record)
    this.ajv = createAjv((m) => logger.warn(m), { ownProperties: true });
    this.fast = new FastLines(cfg.sanitize_null_text_characters);
  }

  /**
   * Open the run: take its liveness lock (held by this session until it ends, so a run whose lock is free has no
   * process left), record it as running, then close the runs a crash left running.
   */
  async start(): Promise<void> {
    const c = this.connector.client;
    await c.query(`SELECT pg_advisory_lock(${RUN_LOCK_KEY})`, [this.runId]);
    // the extractor (Meltano's EL block gives the loader its name): `medi-warehouse dq` names it in its events
    await c.query(
      `INSERT INTO etl.load_runs (load_run_id, plugin, meltano_run_id, extractor) VALUES ($1, 'target-postgres-medi', $2, $3)`,
      [this.runId, process.env.MELTANO_RUN_ID ?? null, extractorName() ?? null],
    );
    await this.closeInterrupted();
    this.logger.info('load run started', { load_run_id: this.runId });
  }

  /**
   * A run still `running` whose lock is free was killed or crashed between commits. It is closed as failed, as of
   * its last commit, with the totals it committed (each commit recorded them), and its streams are marked failed
   * in etl.health. Only open rows are updated, so a finished run is never rewritten.
   */
  private async closeInterrupted(): Promise<void> {
    const c = this.connector.client;
    const open = await c.query<{ load_run_id: string }>(
      `SELECT load_run_id::text FROM etl.load_runs
        WHERE status = 'running' AND plugin = 'target-postgres-medi' AND load_run_id <> $1 ORDER BY started_at`,
      [this.runId],
    );
    for (const { load_run_id: id } of open.rows) {
      await c.query('BEGIN');
      try {
        const free = (await c.query<{ free: boolean }>(`SELECT pg_try_advisory_xact_lock(${RUN_LOCK_KEY}) AS free`, [id])).rows[0]!.free;
        const closed = !free
          ? undefined
          : (
              await c.query<{ rows_loaded: string; at: Date; streams: Record<string, unknown> }>(
                // stamped now (the audit only takes the current time, migrations/0010); committed_at keeps its last commit
                `UPDATE etl.load_runs SET status = 'failed', finished_at = now(),
                  error = format('interrupted: the target stopped without finishing (killed or crashed); '
                                 || 'it committed %s rows and %s rejects up to %s; closed by load run %s',
                                 rows_loaded, rows_rejected, coalesce(committed_at, started_at), $2::text)
            WHERE load_run_id = $1 AND status = 'running'
            RETURNING rows_loaded, finished_at AS at, streams`,
                [id, this.runId],
              )
            ).rows[0];
        if (closed) {
          // in stream order, as every writer of etl.health does: two sessions never wait for each other's rows
          for (const stream of Object.keys(closed.streams).sort()) {
            await c.query(
              `INSERT INTO etl.health (plugin, stream, last_failure_at, last_load_run_id) VALUES ('target-postgres-medi', $1, now(), $2)
               ON CONFLICT (plugin, stream) DO UPDATE SET last_failure_at = now()`,
              [stream, id],
            );
          }
          this.logger.warn(
            `load run ${id} was interrupted (left running, its process gone): closed as failed with the ` +
              `${closed.rows_loaded} rows it committed`,
            { load_run_id: this.runId },
          );
        }
        await c.query('COMMIT');
      } catch (e) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw e;
      }
    }
  }

  /**
   * The target owns its lineage columns: a tap's properties of the same names (but `_sdc_deleted_at`, a tap's own
   * deletion mark, as in singer-sdk) are dropped, so no source can forge a row's load run, sequence or times. The
   * values are neither stored nor validated (any value is accepted and discarded); warned once per stream.
   */
  /**
   * Invalid UTF-8 in a line (the kit decoded it as U+FFFD): fail naming the line and stream (invalid_utf8: fail), or
   * count it per stream, in the run's audit (etl.load_runs.streams) and on stderr, as the taps count theirs.
   */
  invalidUtf8(stream: string | undefined, line: number, count: number): void {
    if (this.cfg.invalid_utf8 === 'fail') throw new InvalidUtf8Error(stream, line, count);
    if (stream === undefined) {
      this.logger.warn(`line ${line}: ${count} invalid UTF-8 sequence(s) in a message for no stream, read as U+FFFD`, {
        load_run_id: this.runId,
      });
      return;
    }
    const seen = this.invalidText.get(stream);
    if (seen) seen.count += count;
    else {
      this.invalidText.set(stream, { count, first: line });
      this.logger.warn(
        `stream "${stream}": line ${line} is not valid UTF-8; its invalid bytes are loaded as U+FFFD ` + '(counted; the total at the end)',
        { load_run_id: this.runId },
      );
    }
    const t = this.streamTotals(stream);
    t.invalid_utf8 = (t.invalid_utf8 ?? 0) + count;
  }

  private withoutOwnedMetadata(msg: SchemaMessage): { msg: SchemaMessage; validation: JsonSchema } {
    const props = msg.schema.properties ?? {};
    const owned = Object.keys(props).filter((p) => TARGET_OWNED.has(p));
    if (owned.length === 0) return { msg, validation: msg.schema };
    if (!this.ownedWarned.has(msg.stream)) {
      this.ownedWarned.add(msg.stream);
      const many = owned.length > 1;
      this.logger.warn(
        `stream "${msg.stream}": ${owned.join(', ')} ${many ? 'are' : 'is'} the target's own metadata ` +
          `column${many ? 's' : ''}: the values the tap sends for ${many ? 'them' : 'it'} are dropped`,
        { load_run_id: this.runId },
      );
    }
    const kept = Object.fromEntries(Object.entries(props).filter(([p]) => !TARGET_OWNED.has(p)));
    const schema: JsonSchema = { ...msg.schema, properties: kept };
    if (Array.isArray(msg.schema.required)) schema.required = msg.schema.required.filter((r) => !TARGET_OWNED.has(r));
    // validation admits the dropped names with any value (a closed schema too)
    const validation: JsonSchema = { ...schema, properties: { ...kept, ...Object.fromEntries(owned.map((p) => [p, {}])) } };
    return { msg: { ...msg, schema, key_properties: msg.key_properties.filter((k) => !TARGET_OWNED.has(k)) }, validation };
  }

  schemaChanges(msg: SchemaMessage): boolean {
    return this.schemas.get(msg.stream) !== JSON.stringify([msg.schema, msg.key_properties, msg[APPEND_ONLY]]);
  }

  async schema(sent: SchemaMessage): Promise<void> {
    this.schemas.set(sent.stream, JSON.stringify([sent.schema, sent.key_properties, sent[APPEND_ONLY]]));
    // as sent: a widening replays it (through the owned-metadata filter again)
    this.schemaMessages.set(sent.stream, sent);
    this.keys.set(sent.stream, sent.key_properties);
    if (sent.stream === FILE_MANIFEST_STREAM) return;
    const { msg, validation } = this.cfg.add_record_metadata ? this.withoutOwnedMetadata(sent) : { msg: sent, validation: sent.schema };
    const table = tableNameFor(msg.stream);
    const owner = this.tables.get(table);
    if (owner !== undefined && owner !== msg.stream)
      throw new Error(`streams "${owner}" and "${msg.stream}" would both land in table "${table}"`);
    // <table>__rejects is the rejects table of the stream that lands in <table>: no stream's own
    if (table.endsWith('__rejects'))
      throw new SchemaDriftError(
        `stream "${msg.stream}" would land in table "${table}", a name this target keeps for another stream's rejects; rename the stream (a Meltano stream map)`,
      );
    this.tables.set(table, msg.stream);
    // the default merges keyed streams, as MeltanoLabs' and PipelineWise's target-postgres do: a tap with an
    // inclusive bookmark re-sends the record at the bookmark every run. Keyless streams and streams that ask
    // to keep every version (our taps: raw is history) append.
    const upsert = this.cfg.load_method === 'upsert' && msg.key_properties.length > 0 && msg[APPEND_ONLY] !== true;
    if (this.cfg.load_method === 'upsert' && !upsert) {
      this.logger.info(
        `stream "${msg.stream}": ${msg.key_properties.length ? 'its tap asks to keep every version' : 'no key_properties'}: appending`,
      );
    }
    const shape = await this.connector.ensureTable(msg, this.cfg.default_target_schema, { metadata: this.cfg.add_record_metadata, upsert });
    const opts: ConstructorParameters<typeof StreamSink>[2] = {
      metadata: this.cfg.add_record_metadata,
      upsert,
      sanitizeNul: this.cfg.sanitize_null_text_characters,
      binary: this.cfg.copy_format !== 'text',
    };
    if (this.cfg.invalid_record_action === 'reject') opts.rejectsTable = await this.connector.ensureRejectsTable(shape.schema, shape.table);
    const sink = new StreamSink(msg.stream, shape, opts);
    this.sinks.set(msg.stream, sink);
    const props = msg.schema.properties ?? {};
    if (LINEAGE.hash in props && LINEAGE.row in props) this.unitStreams.add(msg.stream);
    else this.unitStreams.delete(msg.stream);

    this.fast.set(msg.stream, undefined);
    this.tuplePlans.delete(msg.stream);
    this.lastTupleUnit = undefined;
    const tuplePlan = this.tuplePlan(sent, msg, sink);
    if (tuplePlan) this.tuplePlans.set(msg.stream, tuplePlan);
    this.validators.delete(msg.stream);
    if (this.cfg.validate_records) {
      // Taps declare various dialects ($schema draft-07, 2020-12 from the Meltano SDK); Singer schemas use
      // the common subset, so validate against the schema itself without resolving its meta-schema. Compiled
      // when the stream's first record needs it: most of a tap's streams send a SCHEMA and no record on most
      // runs (Indici's 19; compiling them all was a third of a no-op run's 0.6 s)
      const { $schema: _dialect, ...schema } = validation;
      this.validationSchemas.set(msg.stream, schema);
    }
    if (this.cfg.fast_path && (sink.fastMeta || sink.metadataColumns.length === 0)) {
      const capture = this.unitStreams.has(msg.stream) ? [LINEAGE.uri, LINEAGE.version, LINEAGE.hash, LINEAGE.row] : [];
      const plan = compileFastPlan(
        msg.schema,
        shape,
        msg.key_properties,
        capture,
        this.ajv,
        this.cfg.validate_records,
        sink.binary ? { zonelessUtc: this.connector.zonelessUtc } : undefined,
      );
      if (plan) this.fast.set(msg.stream, new RecordScanner(plan));
      else
        this.logger.debug(
          `stream "${msg.stream}": schema uses keywords the fast path does not implement; every record takes the general path`,
        );
    }
  }

  /** The stream's record validator, compiled on first use; undefined when records are not validated. */
  private validatorFor(stream: string): ValidateFunction | undefined {
    const done = this.validators.get(stream);
    if (done) return done;
    const schema = this.validationSchemas.get(stream);
    if (!schema) return undefined;
    let validate: ValidateFunction;
    try {
      validate = this.ajv.compile(schema);
    } catch (e) {
      throw new Error(`stream "${stream}": its JSON Schema cannot be compiled for validation: ${(e as Error).message}`, { cause: e });
    }
    this.validationSchemas.delete(stream);
    this.validators.set(stream, validate);
    return validate;
  }

  /**
   * A stream's pg-copy-binary tuples can be copied as they are when its columns are its properties in order with
   * the binary types of the encoding, it has the standard metadata tail and the target dropped no property.
   */
  private tuplePlan(sent: SchemaMessage, msg: SchemaMessage, sink: StreamSink): TuplePlan | undefined {
    const cols = copyBinaryColumns(sent.schema);
    if (!cols || msg !== sent || !sink.binary || !(sink.fastMeta || sink.metadataColumns.length === 0)) return undefined;
    const shape = sink.shape.columns;
    if (shape.length !== cols.length) return undefined;
    for (let i = 0; i < cols.length; i++) {
      if (shape[i]!.property !== cols[i]!.name || shape[i]!.type !== KIND_TYPE[cols[i]!.kind]) return undefined;
    }
    const keys = new Set(msg.key_properties);
    const at = (name: string) => (this.unitStreams.has(msg.stream) ? cols.findIndex((c) => c.name === name) : -1);
    const nullOk = cols.map((c) => c.nullable && !keys.has(c.name));
    const plan: TuplePlan = {
      cols,
      uri: at(LINEAGE.uri),
      version: at(LINEAGE.version),
      hash: at(LINEAGE.hash),
      row: at(LINEAGE.row),
      fields: cols.length + sink.metadataColumns.length,
      kind: Uint8Array.from(cols, (c) => KIND_CODE[c.kind]),
      nullable: Uint8Array.from(nullOk, (ok) => (ok ? 1 : 0)),
      min: Float64Array.from(cols, (c) => c.minimum ?? -Infinity),
      max: Float64Array.from(cols, (c) => c.maximum ?? Infinity),
      scale: Int16Array.from(cols, (c) => c.scale ?? -1),
    };
    if (this.unitStreams.has(msg.stream) && (plan.uri < 0 || plan.version < 0 || plan.hash < 0 || cols[plan.row]?.kind !== 'int8'))
      return undefined;
    return plan;
  }

  /**
   * A pg-copy-binary tuple (see kit/singer/batch.ts), checked field by field as the record lane checks its
   * record (NULL only where the SCHEMA allows it and never in a key, integers within their bounds) and buffered
   * as it is with the metadata columns after it. False (the general path takes the decoded record) for anything
   * else: a failing check (it then fails or is rejected as on the record lane), a file's first row.
   */
  copyTuple(stream: string, b: Buffer, start: number, end: number, line: number, extractedAt: string | undefined): boolean {
    const plan = this.tuplePlans.get(stream);
    const sink = this.sinks.get(stream);
    if (!plan || !sink || !sink.rows.binaryAllowed) return false;
    const meta = sink.metadataColumns.length > 0;
    const t = this.batchTime;
    if (meta && extractedAt !== undefined && extractedAt !== t.text) {
      const bytes = Buffer.from(extractedAt, 'latin1');
      t.text = extractedAt;
      t.ok = isDateTimeAt(bytes, 0, bytes.length) && timestampAt(bytes, 0, bytes.length, this.connector.zonelessUtc);
      t.secs = tsSeconds;
      t.micros = tsMicros;
    }
    if (meta && extractedAt !== undefined && !t.ok) return false;
    const cols = plan.cols;
    if (!checkTupleFields(b, start, plan) || tupleScan[0] !== end) return false;
    const rowNo = tupleScan[1]!;
    const keyStart = tupleScan[2]!;
    const keyEnd = tupleScan[3]!;
    let unit: UnitState | undefined;
    if (plan.uri >= 0) {
      // the file is named by the bytes from _source_uri through _source_file_hash (the version lies between)
      const last = this.lastTupleUnit;
      if (keyStart < 0 || keyEnd < keyStart || plan.version < plan.uri || plan.version > plan.hash) {
        const rec = decodeTuple(cols, b, start, end).record;
        unit = this.units.get(this.unitFor(stream, rec).id);
      } else if (
        last &&
        last.stream === stream &&
        keyEnd - keyStart === last.key.length &&
        // native: the key is ~200 bytes (uri, version, hash), compared on every tuple (a JS byte loop: ~1 s at 1M)
        b.compare(last.key, 0, last.key.length, keyStart, keyEnd) === 0
      )
        unit = last.unit;
      else {
        const rec = decodeTuple(cols, b, start, end).record;
        unit = this.units.get(this.unitFor(stream, rec).id);
        if (unit) this.lastTupleUnit = { stream, key: Buffer.from(b.subarray(keyStart, keyEnd)), unit };
      }
      // first row of a file, or of a file whose lock this run let go: the general path looks the file up
      if (!unit || !unit.held) return false;
      if (!this.admitUnitRow(unit, rowNo, stream)) return true;
    }
    const rows = sink.rows;
    const max = end - start + 80;
    if (!rows.fits(max)) return false;
    const out = rows.reserve(max, true);
    const from = rows.offset;
    let pos = from + b.copy(out, from, start, end);
    out.writeInt16BE(plan.fields, from);
    if (meta) {
      pos = extractedAt !== undefined ? putTimestamp(out, pos, t.secs, t.micros) : putInt32(out, pos, -1);
      pos = putInt32(out, pos, -1); // _sdc_deleted_at
      pos = putInt64(out, putInt32(out, pos, 8), ++this.seq);
      pos = putInt32(out, pos, -1); // _sdc_table_version: a BATCH carries none
      pos = copyBytes(this.runIdBinary, 0, this.runIdBinary.length, out, putInt32(out, pos, 16));
    }
    rows.commitRow(pos, line);
    this.binaryRows++;
    this.counted(stream, pos - from, unit);
    return true;
  }

  /**
   * The fast path (fast-path.ts): accept, check and encode a RECORD line straight from its bytes. False when
   * the general path must take it (the kit then parses the line and calls record()); never throws for data.
   */
  fastRecord(b: Buffer, start: number, end: number, line: number): boolean {
    if (this.fast.size === 0) return false;
    const env = this.fast.accept(b, start, end);
    if (!env) return false;
    if (env.scanner.extra !== undefined && !this.driftWarned.has(env.stream))
      this.warnDrift(env.stream, this.sinks.get(env.stream)!, { [env.scanner.extra]: null }, line);
    return this.fastEmit(b, line, env, env.scanner.captured);
  }

  /**
   * Buffer one accepted line: its property part, then the lineage columns, in binary COPY form where the
   * stream allows it. Every reason to leave the line to the general path is settled before a file row is
   * admitted: admitting marks the row as buffered, so the general path would then have counted it as loaded
   * before and dropped it.
   */
  private fastEmit(b: Buffer, line: number, env: AcceptedLine, captured: readonly string[]): boolean {
    const scanner = env.scanner;
    const sink = this.sinks.get(env.stream)!;
    const rows = sink.rows;
    const meta = sink.metadataColumns.length > 0;
    const binary = scanner.plan.binary !== undefined && rows.binaryAllowed;
    const body = scanner.maxBytes(env.recordStart, env.recordEnd);
    const max = binary ? body + 80 : body + (env.timeStart >= 0 ? env.timeEnd - env.timeStart : 2) + 160;
    if (!rows.fits(max) || (binary && meta && !this.binaryLineage(b, env))) return false;
    if (!binary && meta && env.timeStart >= 0 && !this.textTimeOk(b, env)) return false; // the general path says why
    let unit: UnitState | undefined;
    if (this.unitStreams.has(env.stream)) {
      const [uri, version, hash, row] = captured as [string, string, string, string];
      unit = this.units.get(unitId(env.stream, uri, version, hash));
      // first row of a file, or of a file whose lock this run let go: the general path looks the file up
      if (!unit || !unit.held || row === '') return false;
      if (!this.admitUnitRow(unit, Number(row), env.stream)) return true;
    }
    const out = rows.reserve(max, binary);
    const from = rows.offset;
    let pos: number;
    if (binary) {
      pos = scanner.writeBinary(b, out, from, sink.copyColumns.length);
      if (meta) {
        const t = this.lastTime;
        pos = env.timeStart >= 0 ? putTimestamp(out, pos, t.secs, t.micros) : putInt32(out, pos, -1);
        pos = putInt32(out, pos, -1); // _sdc_deleted_at
        pos = putInt64(out, putInt32(out, pos, 8), ++this.seq);
        pos = env.versionStart >= 0 ? putInt64Token(b, env.versionStart, env.versionEnd, out, pos) : putInt32(out, pos, -1);
        pos = copyBytes(this.runIdBinary, 0, this.runIdBinary.length, out, putInt32(out, pos, 16));
      }
      this.binaryRows++;
    } else {
      pos = scanner.write(b, out, from);
      if (meta) {
        if (sink.shape.columns.length > 0) out[pos++] = 9;
        if (env.timeStart >= 0) pos = copyWords(b, env.timeStart, env.timeEnd, out, pos);
        else {
          out[pos++] = 0x5c;
          out[pos++] = 0x4e;
        }
        out[pos++] = 9;
        out[pos++] = 0x5c;
        out[pos++] = 0x4e;
        out[pos++] = 9;
        pos = writeDecimal(out, pos, ++this.seq);
        out[pos++] = 9;
        if (env.versionStart >= 0) pos = copyBytes(b, env.versionStart, env.versionEnd, out, pos);
        else {
          out[pos++] = 0x5c;
          out[pos++] = 0x4e;
        }
        out[pos++] = 9;
        pos = copyBytes(this.runIdBytes, 0, this.runIdBytes.length, out, pos);
      }
      out[pos++] = 10;
    }
    rows.commitRow(pos, line);
    this.fastRows++;
    this.counted(env.stream, pos - from, unit);
    return true;
  }

  /**
   * time_extracted and version in binary form: false when either has none that is certain (the line then goes
   * as text). time_extracted is not checked by the scan; taps repeat it across records (ours ticks every
   * 50 ms), so the last one parsed is kept with its bytes.
   */
  private binaryLineage(b: Buffer, env: AcceptedLine): boolean {
    const t = this.lastTime;
    if (env.timeStart >= 0 && !sameBytes(b, env.timeStart, env.timeEnd, t.bytes)) {
      if (!(isDateTimeAt(b, env.timeStart, env.timeEnd) && timestampAt(b, env.timeStart, env.timeEnd, this.connector.zonelessUtc)))
        return false;
      t.bytes = Buffer.from(b.subarray(env.timeStart, env.timeEnd));
      t.secs = tsSeconds;
      t.micros = tsMicros;
    }
    return env.versionStart < 0 || int64Fits(b, env.versionStart, env.versionEnd);
  }

  /**
   * A RECORD's time_extracted as _sdc_extracted_at: an ISO 8601 date-time, else NULL, said once a run (the envelope
   * is the tap's; a record whose values are valid is not refused for it, nor does COPY fail the load on it).
   */
  private extractedAt(t: unknown, stream: string, line: number): string | undefined {
    if (t === undefined || t === null || (typeof t === 'string' && isDateTime(t))) return t ?? undefined;
    if (!this.badExtracted) {
      this.badExtracted = true;
      this.logger.warn(
        `stream "${stream}": line ${line}: time_extracted ${JSON.stringify(t)} is not an ISO 8601 date-time: _sdc_extracted_at is NULL for such records`,
        { load_run_id: this.runId },
      );
    }
    return undefined;
  }
  private badExtracted = false;

  /** A text COPY line's time_extracted bytes are a date-time (the last one checked is remembered: taps repeat it). */
  private textTimeOk(b: Buffer, env: AcceptedLine): boolean {
    if (sameBytes(b, env.timeStart, env.timeEnd, this.lastTextTime)) return true;
    if (!isDateTimeAt(b, env.timeStart, env.timeEnd)) return false;
    this.lastTextTime = Buffer.from(b.subarray(env.timeStart, env.timeEnd));
    return true;
  }
  private lastTextTime = Buffer.alloc(0);

  /** The standard metadata tail, built directly (the common case: no property shadows a metadata column). */
  private metaTail(sink: StreamSink, extractedAt: string | undefined, version: number | undefined): string {
    return `${sink.shape.columns.length ? '\t' : ''}${extractedAt ?? '\\N'}\t\\N\t${++this.seq}\t${version ?? '\\N'}\t${this.runId}\n`;
  }

  private meta(extractedAt: string | null, version: number | undefined): Record<string, unknown> {
    return {
      _sdc_extracted_at: extractedAt,
      _sdc_deleted_at: null,
      _sdc_sequence: ++this.seq,
      _sdc_table_version: version ?? null,
      _sdc_load_run_id: this.runId,
    };
  }

  /** Process-once: false (and counted as skipped) when this source row is already in the warehouse. */
  private admitUnitRow(unit: UnitState, rowNo: number, stream: string): boolean {
    if (unit.processed || rowNo <= unit.bufferedThrough) {
      this.pending.skipped++;
      this.streamTotals(stream).skipped++;
      return false;
    }
    unit.bufferedThrough = rowNo;
    unit.dirty = true;
    return true;
  }

  private pushRow(sink: StreamSink, stream: string, row: string, line: number, unit: UnitState | undefined): void {
    sink.rows.push(row, line);
    this.counted(stream, row.length, unit);
  }

  private counted(stream: string, chars: number, unit: UnitState | undefined): void {
    if (unit) unit.pendingRows++;
    this.buffered++;
    this.bufferedChars += chars;
    this.pending.loaded++;
    this.streamTotals(stream).loaded++;
    this.counter.add(stream);
  }

  /** each sink's SCHEMA properties, for warnDrift (a new SCHEMA makes a new sink) */
  private readonly sinkProperties = new WeakMap<StreamSink, Set<string>>();
  /** streams whose records were seen carrying properties their SCHEMA does not have (said once a run) */
  private readonly driftWarned = new Set<string>();

  /** A record with properties its SCHEMA lacks: they have no column and are not loaded; said once per stream and run. */
  private warnDrift(stream: string, sink: StreamSink, rec: Record<string, unknown>, line: number): void {
    let known = this.sinkProperties.get(sink);
    if (!known) this.sinkProperties.set(sink, (known = new Set(sink.shape.columns.map((c) => c.property))));
    const extra = Object.keys(rec).filter((k) => !known.has(k) && !TARGET_OWNED.has(k));
    if (!extra.length) return;
    this.driftWarned.add(stream);
    this.logger.warn(
      `stream "${stream}": line ${line} has ${extra.map((k) => JSON.stringify(k)).join(', ')}, not in its SCHEMA: not loaded ` +
        '(the tap must send them in its SCHEMA to be kept; said once per run)',
      { load_run_id: this.runId },
    );
  }

  record(msg: RecordMessage, line: number, lossless?: Record<string, unknown>): void | Promise<void> {
    if (msg.stream === FILE_MANIFEST_STREAM) return this.manifestRecord(msg, line);
    const sink = this.sinks.get(msg.stream);
    if (!sink) throw new RecordBeforeSchemaError(msg.stream, line);
    const rec = msg.record;
    if (!this.driftWarned.has(msg.stream)) this.warnDrift(msg.stream, sink, rec, line);
    for (const k of this.keys.get(msg.stream)!) {
      if (rec[k] === undefined || rec[k] === null) {
        throw new MissingKeyPropertiesError(
          msg.stream,
          line,
          this.keys.get(msg.stream)!.filter((x) => rec[x] === undefined || rec[x] === null),
        );
      }
    }
    const past = pastInt64(sink, lossless ?? rec);
    if (past.length > 0) return this.widenToNumeric(sink, past, line).then(() => this.record(msg, line, lossless));
    if (this.unitStreams.has(msg.stream)) {
      const u = this.unitFor(msg.stream, rec);
      const unit = this.units.get(u.id);
      if (!unit?.held) {
        // the file's lock is taken (pinned: a commit landing meanwhile does not let it go) before the row is admitted
        const file = fileId(u.uri, u.version, u.hash);
        this.pinned.add(file);
        return (unit ? this.rehold(unit) : this.loadUnit(u))
          .then(() => this.admit(sink, msg, line, lossless))
          .finally(() => this.pinned.delete(file));
      }
    }
    this.admit(sink, msg, line, lossless);
  }

  /**
   * An integer column is bigint until a value outside int64 arrives (SDK taps declare no bounds): then, in the
   * load's transaction, the rows buffered so far are written as encoded and the column becomes numeric, the
   * same widening a changed SCHEMA gets. No value is lost and the load goes on.
   */
  private async widenToNumeric(sink: StreamSink, columns: Column[], line: number): Promise<void> {
    await this.writing;
    await this.flush(false);
    for (const c of columns) {
      await this.connector.alterColumnType(sink.shape.schema, sink.shape.table, c.name, 'numeric');
      this.logger.warn(
        `stream "${sink.stream}": column "${c.name}" widened from bigint to numeric: input line ${line} holds a value outside bigint`,
        { load_run_id: this.runId },
      );
    }
    await this.schema(this.schemaMessages.get(sink.stream)!);
  }

  private unitFor(
    stream: string,
    rec: Record<string, unknown>,
  ): { id: string; stream: string; uri: string; version: string; hash: string } {
    const uri = String(rec[LINEAGE.uri] ?? '');
    const version = String(rec[LINEAGE.version] ?? '');
    const hash = String(rec[LINEAGE.hash] ?? '');
    return { id: unitId(stream, uri, version, hash), stream, uri, version, hash };
  }

  private async loadUnit(u: { id: string; stream: string; uri: string; version: string; hash: string }): Promise<void> {
    const file = fileId(u.uri, u.version, u.hash);
    await this.holdFile(file, u.uri, u.version);
    const row = await this.committedRow(u, file);
    const committedThrough = row ? Number(row.rows_committed_through) : 0;
    this.addUnit({
      ...u,
      file,
      held: true,
      committedThrough,
      processed: row?.status === 'processed',
      bufferedThrough: committedThrough,
      pendingRows: 0,
      dirty: false,
    });
    if (row)
      this.logger.info(
        `source file already seen: ${u.uri} (version ${u.version || '-'}, ${row.status}, rows 1..${committedThrough} committed); those rows are skipped`,
        { load_run_id: this.runId },
      );
  }

  private addUnit(unit: UnitState): void {
    this.units.set(unit.id, unit);
    const same = this.unitsByFile.get(unit.file);
    if (same) same.push(unit);
    else this.unitsByFile.set(unit.file, [unit]);
  }

  /** What etl.load_run_files holds committed for a unit (none while its file's reprocess is not committed). */
  private async committedRow(
    u: { stream: string; uri: string; version: string; hash: string },
    file: string,
  ): Promise<{ rows_committed_through: string; status: string } | undefined> {
    const res = await this.connector.client.query<{ rows_committed_through: string; status: string }>(
      `SELECT rows_committed_through, status FROM etl.load_run_files WHERE stream = $1 AND source_uri = $2 AND source_version_id = $3 AND file_hash = $4`,
      [u.stream, u.uri, u.version, u.hash],
    );
    return this.reprocessing.has(file) ? undefined : res.rows[0];
  }

  /**
   * A unit whose file this run let go after a commit meets another row: the lock is taken again and what is
   * committed read again, since another run may have loaded more of the file in between (its rows are skipped).
   */
  private async rehold(unit: UnitState): Promise<void> {
    await this.holdFile(unit.file, unit.uri, unit.version);
    const row = await this.committedRow(unit, unit.file);
    if (!row) return;
    const through = Number(row.rows_committed_through);
    if (through > unit.bufferedThrough) {
      this.logger.info(
        `source file ${unit.uri} (version ${unit.version || '-'}): another load run committed rows ${unit.bufferedThrough + 1}..${through} ` +
          'meanwhile; those rows are skipped',
        { load_run_id: this.runId },
      );
      unit.bufferedThrough = through;
    }
    unit.committedThrough = Math.max(unit.committedThrough, through);
    if (row.status === 'processed') unit.processed = true;
  }

  /**
   * Process-once across concurrent runs. Before a run admits a source file's rows (or records its outcome, or
   * replaces its rows), it holds a session advisory lock keyed by the file (uri, version, hash), and only then reads
   * what etl.load_run_files has committed for it: another run loading the same file at the same moment waits until
   * this run has committed the rows it admitted, then reads them as committed and skips them. A run lets a file go
   * after a commit that leaves it nothing uncommitted of the file (see releaseIdleFiles), so the other run waits
   * for one commit, not for the whole run.
   *
   * No deadlock: a run never waits for a file while holding anything. It tries the lock; when another run has it,
   * it first commits everything it has buffered and lets every file it holds go, and only then waits (blocking) —
   * so two runs taking the same files in opposite orders cannot each hold what the other waits for. A run killed
   * while it holds a file (SIGKILL) loses its session, and with it the lock; its uncommitted rows are rolled back,
   * so the waiting run loads them. STATE is still released only after the commit that covers its rows.
   */
  private async holdFile(file: string, uri: string, version: string): Promise<void> {
    if (this.heldFiles.has(file)) return;
    if (this.heldFiles.size >= MAX_HELD_FILES) await this.releaseFiles();
    const c = this.connector.client;
    const got = (await c.query<{ got: boolean }>(`SELECT pg_try_advisory_lock(${fileLockKey('$1::text')}) AS got`, [file])).rows[0]!.got;
    if (!got) {
      await this.releaseFiles();
      this.logger.info(
        `source file ${uri} (version ${version || '-'}) is being loaded by another load run: waiting for it to commit ` +
          '(the rows it commits are skipped here)',
        { load_run_id: this.runId },
      );
      const t0 = Date.now();
      await c.query(`SELECT pg_advisory_lock(${fileLockKey('$1::text')})`, [file]);
      this.logger.info(`source file ${uri}: waited ${((Date.now() - t0) / 1000).toFixed(1)} s for the other load run`, {
        load_run_id: this.runId,
      });
    }
    this.heldFiles.add(file);
    for (const u of this.unitsByFile.get(file) ?? []) u.held = true;
  }

  /** Commit everything buffered and let every file go: this run then holds nothing another run could wait for. */
  private async releaseFiles(): Promise<void> {
    await this.writing;
    if (this.inTransaction || this.buffered > 0 || this.uncommitted > 0) {
      this.ownCommits++;
      try {
        await this.flush(true);
      } finally {
        this.ownCommits--;
      }
    }
    if (this.heldFiles.size > 0) await this.unlockFiles([...this.heldFiles]);
  }

  /** Release these files' locks (their units take the general path until their lock is taken again). */
  private unlockFiles(files: string[]): Promise<unknown> {
    for (const f of files) {
      this.heldFiles.delete(f);
      for (const u of this.unitsByFile.get(f) ?? []) u.held = false;
    }
    return this.connector.client.query(`SELECT pg_advisory_unlock(${fileLockKey('f')}) FROM unnest($1::text[]) f`, [files]);
  }

  /**
   * After a COMMIT: let go every held file with nothing uncommitted (no row admitted since the commit's buffers were
   * taken, no outcome or reprocess request waiting for the next commit). Called synchronously right after COMMIT,
   * so no row is admitted between the check and the release; the unlock is sent at once, before any later lock
   * request on the same connection.
   */
  private releaseIdleFiles(all: boolean): Promise<unknown> | undefined {
    if (this.heldFiles.size === 0) return undefined;
    const busy = new Set<string>();
    if (!all) {
      for (const f of this.pinned) busy.add(f);
      for (const f of this.heldFiles) if (this.unitsByFile.get(f)?.some((u) => u.dirty)) busy.add(f);
      for (const m of this.manifest) busy.add(fileId(m.source_uri, m.source_version_id, m.file_hash));
      for (const r of this.resets) busy.add(fileId(r.uri, r.version, r.hash));
    }
    const idle = [...this.heldFiles].filter((f) => !busy.has(f));
    return idle.length ? this.unlockFiles(idle) : undefined;
  }

  private admit(sink: StreamSink, msg: RecordMessage, line: number, lossless?: Record<string, unknown>): void {
    const rec = msg.record;
    const unit = this.unitStreams.has(msg.stream) ? this.units.get(this.unitFor(msg.stream, rec).id)! : undefined;
    if (unit && !this.admitUnitRow(unit, Number(rec[LINEAGE.row]), msg.stream)) return;
    const validate = this.validatorFor(msg.stream);
    if (validate && !nested(msg.stream, line, () => validateExact(validate, rec, lossless))) {
      const errors = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
      if (this.cfg.invalid_record_action !== 'reject') throw new InvalidRecordError(msg.stream, line, errors);
      this.reject(sink, msg.stream, line, lossless ?? rec, errors);
      return;
    }
    // a number numeric (and so jsonb) cannot hold would fail the whole COPY: it is this record's fault alone
    const unfit = lossless && numericBeyondPg(lossless);
    if (unfit) {
      const errors = [`${unfit} is a number PostgreSQL's numeric cannot hold (at most 131,072 digits before the point, 16,383 after)`];
      if (this.cfg.invalid_record_action !== 'reject') throw new InvalidRecordError(msg.stream, line, errors);
      this.reject(sink, msg.stream, line, lossless, errors);
      return;
    }
    let row: string;
    try {
      const extractedAt = this.extractedAt(msg.time_extracted, msg.stream, line);
      row = sink.fastMeta
        ? sink.encodeProperties(lossless ?? rec) + this.metaTail(sink, extractedAt, msg.version)
        : sink.encode(lossless ?? rec, this.meta(extractedAt ?? null, msg.version));
    } catch (e) {
      if (e instanceof NulInTextError) throw new NullCharacterError(msg.stream, line, findNul(rec));
      if (e instanceof RangeError) throw new RecordNestingError(msg.stream, line, e.message);
      throw e;
    }
    this.pushRow(sink, msg.stream, row, line, unit);
  }

  /** set by the target kit while a BATCH file's records are taken: the file and the record's line (tuple) in it */
  batchOrigin: { file: string; line: number } | undefined;

  private reject(sink: StreamSink, stream: string, line: number, rec: Record<string, unknown>, errors: string[]): void {
    const san = true; // a rejects row must always land, so NULs are replaced there
    // a record of a BATCH file: input_line is its BATCH message's; which record of which file is said with the errors
    const o = this.batchOrigin;
    const reasons = o ? [...errors, `BATCH file ${o.file} record ${o.line}`] : errors;
    const row =
      // a number jsonb cannot hold is kept as its text, or this row would fail the COPY it is in
      [
        stream,
        String(line),
        encodeValue(unfitNumbersAsText(rec), 'jsonb', san),
        '\\N',
        encodeValue(reasons, 'jsonb', san),
        this.runId,
      ].join('\t') + '\n';
    sink.rejects.push(row, line);
    this.buffered++;
    this.bufferedChars += row.length;
    this.pending.rejected++;
    this.streamTotals(stream).rejected++;
  }

  private manifestRecord(msg: RecordMessage, line: number): void | Promise<void> {
    const r = msg.record as Omit<Partial<ManifestEntry>, 'status'> & { status?: ManifestEntry['status'] | 'reprocess' };
    if (!r.stream || !r.file_hash || !r.status)
      throw new Error(`line ${line}: ${FILE_MANIFEST_STREAM} record needs stream, file_hash and status`);
    // the file's audit rows are written (and, on reprocess, its rows replaced) only by the run holding the file
    const held = fileId(r.source_uri ?? '', r.source_version_id ?? '', r.file_hash);
    if (!this.heldFiles.has(held)) {
      this.pinned.add(held);
      return this.holdFile(held, r.source_uri ?? '', r.source_version_id ?? '')
        .then(() => this.manifestRecord(msg, line))
        .finally(() => this.pinned.delete(held));
    }
    if (r.status === 'reprocess') {
      // Recovery: the file's earlier rows go and it loads again from row 1, in the transaction that carries
      // its first new rows (a crash rolls both back, and the tap asks again on the rerun).
      const reset = { stream: r.stream, uri: r.source_uri ?? '', version: r.source_version_id ?? '', hash: r.file_hash };
      const file = fileId(reset.uri, reset.version, reset.hash);
      this.reprocessing.add(file);
      // every stream's unit of this file starts again (the file's rows and its tap-rejected rows alike)
      for (const u of this.units.values())
        if (fileId(u.uri, u.version, u.hash) === file) Object.assign(u, { committedThrough: 0, processed: false, bufferedThrough: 0 });
      const id = unitId(reset.stream, reset.uri, reset.version, reset.hash);
      const known = this.units.get(id);
      if (known) Object.assign(known, { committedThrough: 0, processed: false, bufferedThrough: 0, dirty: true });
      else
        this.addUnit({
          id,
          ...reset,
          file,
          held: true,
          committedThrough: 0,
          processed: false,
          bufferedThrough: 0,
          pendingRows: 0,
          dirty: true,
        });
      this.resets.push(reset);
      this.buffered++;
      this.logger.warn(`reprocess requested: ${reset.uri} (version ${reset.version || '-'}): its earlier rows are replaced`, {
        load_run_id: this.runId,
      });
      return;
    }
    this.manifest.push({
      stream: r.stream,
      source_uri: r.source_uri ?? '',
      source_version_id: r.source_version_id ?? '',
      file_hash: r.file_hash,
      status: r.status,
      rows_read: Number(r.rows_read ?? 0),
      rows_rejected: Number(r.rows_rejected ?? 0),
      ...(r.error ? { error: r.error } : {}),
    });
    this.buffered++;
  }

  private streamTotals(stream: string): Totals {
    let t = this.pendingPerStream.get(stream);
    if (!t) {
      this.pendingPerStream.set(stream, (t = { loaded: 0, rejected: 0, skipped: 0 }));
      this.seen.add(stream);
    }
    return t;
  }

  shouldFlush(): boolean {
    return (
      this.uncommitted + this.buffered >= this.cfg.batch_size_rows ||
      this.uncommittedChars + this.bufferedChars >= this.cfg.batch_size_bytes
    );
  }

  shouldWrite(): boolean {
    return this.bufferedChars >= WRITE_AHEAD_CHARS;
  }

  bufferedRows(): number {
    // a commit of the loader's own (releaseFiles) counts as rows in flight: the kit must not release STATE before it lands
    return this.uncommitted + this.buffered + this.ownCommits;
  }

  flush(commit: boolean, final = false): Promise<void> {
    // Take everything now (synchronously); records that arrive while this commits go to fresh buffers.
    const batches: SinkBatch[] = [];
    for (const sink of this.sinks.values()) if (sink.rows.rows || sink.rejects.rows) batches.push(sink.take());
    const units = [...this.units.values()].filter((u) => u.dirty).map((u) => ({ ...u }));
    for (const u of this.units.values()) {
      u.pendingRows = 0;
      u.dirty = false;
    }
    const manifest = this.manifest;
    this.manifest = [];
    const resets = this.resets;
    this.resets = [];
    const pending = this.pending;
    this.pending = { loaded: 0, rejected: 0, skipped: 0 };
    const pendingPerStream = this.pendingPerStream;
    this.pendingPerStream = new Map();
    const rows = this.buffered;
    this.uncommitted += this.buffered;
    this.uncommittedChars += this.bufferedChars;
    this.buffered = 0;
    this.bufferedChars = 0;
    if (commit) {
      this.uncommitted = 0;
      this.uncommittedChars = 0;
    }
    // after the write before it: the kit sends one at a time, but a commit of the loader's own (releaseFiles) may
    // meet the kit's age-driven flush
    const written = this.writing.then(() => this.write(batches, units, manifest, resets, pending, pendingPerStream, rows, commit, final));
    this.writing = written.catch(() => undefined);
    return written;
  }

  /**
   * Write taken buffers into the open transaction (opening one if needed); on `commit`, also record source
   * files and run totals and commit. Units, manifest entries and totals accumulate until that commit.
   */
  private async write(
    batches: SinkBatch[],
    units: UnitState[],
    manifest: ManifestEntry[],
    resets: Reset[],
    pending: Totals,
    pendingPerStream: Map<string, Totals>,
    rows: number,
    commit: boolean,
    final: boolean,
  ): Promise<void> {
    const t0 = Date.now();
    const c = this.connector.client;
    if (!this.inTransaction) {
      await c.query('BEGIN');
      this.inTransaction = true;
    }
    try {
      for (const r of resets) await this.reset(r);
      for (const b of batches) await b.sink.write(c, b, ++this.stageSeq);
      this.carried.units.push(...units);
      this.carried.manifest.push(...manifest);
      addTotals(this.carried.pending, pending);
      for (const [stream, t] of pendingPerStream) {
        const c = this.carried.perStream.get(stream);
        if (c) addTotals(c, t);
        else this.carried.perStream.set(stream, { ...t });
      }
      this.carried.rows += rows;
      for (const b of batches) this.carried.streams.add(b.sink.stream);
      for (const r of resets) {
        this.carried.streams.add(r.stream);
        this.carried.resets.push(fileId(r.uri, r.version, r.hash));
      }
      if (!commit) return;
      await this.commit(t0, final);
    } catch (e) {
      this.inTransaction = false;
      this.carried = emptyCarry();
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }

  /** Delete a file's earlier rows from every table carrying file lineage and reset its audit row. */
  private async reset(r: Reset): Promise<void> {
    const c = this.connector.client;
    const tables = await c.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = $1 AND column_name IN ($2, $3, $4)
        GROUP BY table_name HAVING count(*) = 3 ORDER BY table_name`,
      [this.cfg.default_target_schema, LINEAGE.uri, LINEAGE.version, LINEAGE.hash],
    );
    let deleted = 0;
    for (const { table_name } of tables.rows) {
      const res = await c.query(
        `DELETE FROM ${qualified(this.cfg.default_target_schema, table_name)} WHERE "${LINEAGE.uri}" = $1 AND coalesce("${LINEAGE.version}", '') = $2 AND "${LINEAGE.hash}" = $3`,
        [r.uri, r.version, r.hash],
      );
      deleted += res.rowCount ?? 0;
    }
    // the file's audit rows in every stream (its rows, its tap-rejected rows) start again
    await c.query(
      `UPDATE etl.load_run_files SET status = 'pending', rows_read = 0, rows_ingested = 0, rows_rejected = 0, rows_committed_through = 0,
              finished_at = NULL, error = NULL, reprocessed_count = reprocessed_count + 1, last_reprocessed_at = now(),
              rows_replaced = CASE WHEN stream = $1 THEN $5 ELSE rows_ingested END
        WHERE source_uri = $2 AND source_version_id = $3 AND file_hash = $4`,
      [r.stream, r.uri, r.version, r.hash, deleted],
    );
    this.logger.info(`reprocess: ${deleted} earlier rows of ${r.uri} deleted`, { load_run_id: this.runId });
  }

  /**
   * Record source files and the run's committed totals, and COMMIT. The `final` commit also records the run as
   * succeeded and each stream's success, so a run's status commits with its last rows: a crash can no longer
   * leave committed rows under a run that says `running` while the rerun finds nothing new.
   */
  private async commit(t0: number, final: boolean): Promise<void> {
    const c = this.connector.client;
    const { manifest, pending, rows, streams } = this.carried;
    // the same file may appear in several written-ahead chunks: keep its last (highest) watermark
    const byId = new Map<string, UnitState>();
    for (const u of this.carried.units) {
      const prior = byId.get(u.id);
      byId.set(u.id, prior ? { ...u, pendingRows: prior.pendingRows + u.pendingRows } : u);
    }
    const units = [...byId.values()];
    for (const u of units) {
      await c.query(
        `INSERT INTO etl.load_run_files (stream, source_uri, source_version_id, file_hash, first_load_run_id, last_load_run_id, rows_ingested, rows_committed_through)
         VALUES ($1, $2, $3, $4, $5, $5, $6, $7)
         ON CONFLICT ON CONSTRAINT load_run_files_source_identity DO UPDATE
           SET last_load_run_id = EXCLUDED.last_load_run_id,
               rows_ingested = etl.load_run_files.rows_ingested + EXCLUDED.rows_ingested,
               rows_committed_through = GREATEST(etl.load_run_files.rows_committed_through, EXCLUDED.rows_committed_through)`,
        [u.stream, u.uri, u.version, u.hash, this.runId, u.pendingRows, u.bufferedThrough],
      );
    }
    for (const m of manifest) {
      await c.query(
        `INSERT INTO etl.load_run_files (stream, source_uri, source_version_id, file_hash, first_load_run_id, last_load_run_id, status, rows_read, rows_rejected, finished_at, error)
         VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8, now(), $9)
         ON CONFLICT ON CONSTRAINT load_run_files_source_identity DO UPDATE
           SET status = CASE WHEN etl.load_run_files.status = 'processed' THEN 'processed' ELSE EXCLUDED.status END,
               last_load_run_id = EXCLUDED.last_load_run_id,
               rows_read = CASE WHEN etl.load_run_files.status = 'processed' THEN etl.load_run_files.rows_read ELSE EXCLUDED.rows_read END,
               rows_rejected = CASE WHEN etl.load_run_files.status = 'processed' THEN etl.load_run_files.rows_rejected ELSE EXCLUDED.rows_rejected END,
               finished_at = COALESCE(etl.load_run_files.finished_at, now()),
               error = EXCLUDED.error`,
        [m.stream, m.source_uri, m.source_version_id, m.file_hash, this.runId, m.status, m.rows_read, m.rows_rejected, m.error ?? null],
      );
      const u = this.units.get(unitId(m.stream, m.source_uri, m.source_version_id, m.file_hash));
      if (u && m.status === 'processed') u.processed = true;
    }
    const total = {
      loaded: this.committed.loaded + pending.loaded,
      rejected: this.committed.rejected + pending.rejected,
      skipped: this.committed.skipped + pending.skipped,
    };
    const perStream = new Map([...this.perStream].map(([s, t]) => [s, { ...t }]));
    for (const [stream, t] of this.carried.perStream) {
      const p = perStream.get(stream) ?? { loaded: 0, rejected: 0, skipped: 0, commits: 0 };
      addTotals(p, t);
      perStream.set(stream, p);
    }
    for (const stream of streams) {
      const p = perStream.get(stream) ?? { loaded: 0, rejected: 0, skipped: 0, commits: 0 };
      p.commits++;
      perStream.set(stream, p);
    }
    // only this run's own open row is ever updated (status = 'running')
    await c.query(
      `UPDATE etl.load_runs SET rows_loaded = $2, rows_rejected = $3, rows_skipped = $4, streams = $5, committed_at = now()
         ${final ? `, status = '${this.outcomeStatus(true)}', finished_at = now()` : ''}
        WHERE load_run_id = $1 AND status = 'running'`,
      [this.runId, total.loaded, total.rejected, total.skipped, JSON.stringify(Object.fromEntries(perStream))],
    );
    // a stopped run's streams were not read to the end: their last success stays as it was
    if (final && !this.stoppedEarly) {
      // what a health check reads: each stream's last successful load
      // in stream order: two runs finishing at the same moment take these rows in the same order (no deadlock)
      for (const [stream, t] of [...perStream].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        await c.query(
          `INSERT INTO etl.health (plugin, stream, last_success_at, last_load_run_id, last_rows) VALUES ('target-postgres-medi', $1, now(), $2, $3)
           ON CONFLICT (plugin, stream) DO UPDATE SET last_success_at = now(), last_load_run_id = $2, last_rows = $3`,
          [stream, this.runId, t.loaded],
        );
      }
    }
    await c.query('COMMIT');
    crashPoint(`after-commit:${++this.commits}`);
    if (final) crashPoint('after-commit');
    this.inTransaction = false;
    // a reprocessed file's reset is committed: from now on what etl.load_run_files says of it holds
    for (const f of this.carried.resets) this.reprocessing.delete(f);
    this.carried = emptyCarry();
    // files with nothing left uncommitted go (all of them after the run's last commit), so a run waiting for one
    // goes on now; sent before anything else on this connection, awaited below
    const released = this.releaseIdleFiles(final);
    this.committed = total;
    this.perStream = perStream;
    this.finished = final;
    for (const u of units) {
      const live = this.units.get(u.id);
      if (live) live.committedThrough = Math.max(live.committedThrough, u.bufferedThrough);
    }
    emitMetric({ type: 'timer', metric: 'batch_processing_time', value: (Date.now() - t0) / 1000, tags: { rows, streams: [...streams] } });
    await released;
  }

  async activateVersion(msg: ActivateVersionMessage): Promise<void> {
    const sink = this.sinks.get(msg.stream);
    const schema = sink?.shape.schema ?? this.cfg.default_target_schema;
    const table = sink?.shape.table ?? tableNameFor(msg.stream);
    if (!(await this.connector.tableExists(schema, table))) {
      this.logger.info(`ACTIVATE_VERSION for "${msg.stream}": table does not exist yet, nothing to do`);
      return;
    }
    if (!this.cfg.add_record_metadata) {
      this.logger.warn(`ACTIVATE_VERSION for "${msg.stream}" ignored: add_record_metadata is off, so rows carry no version`);
      return;
    }
    const qt = qualified(schema, table);
    const sql = this.cfg.hard_delete
      ? `DELETE FROM ${qt} WHERE _sdc_table_version IS NULL OR _sdc_table_version < $1`
      : `UPDATE ${qt} SET _sdc_deleted_at = now() WHERE (_sdc_table_version IS NULL OR _sdc_table_version < $1) AND _sdc_deleted_at IS NULL`;
    // in a commit of its own that counts it as a change to the stream's raw table (nothing else is open: the kit
    // quiesces before ACTIVATE_VERSION), so a build after it knows raw moved
    const c = this.connector.client;
    await c.query('BEGIN');
    this.inTransaction = true;
    let res;
    try {
      res = await c.query(sql, [msg.version]);
      if (res.rowCount) this.carried.streams.add(msg.stream);
      await this.commit(Date.now(), false);
    } catch (e) {
      this.inTransaction = false;
      this.carried = emptyCarry();
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
    this.logger.info(
      `ACTIVATE_VERSION ${msg.version} for "${msg.stream}": ${res.rowCount ?? 0} older rows ${this.cfg.hard_delete ? 'deleted' : 'marked deleted'}`,
    );
  }

  /**
   * Statistics for each table this run grew a lot, before the transform that follows reads it: its row count
   * and the columns the target and the taps' lineage define (keys, `_sdc_*`, `_source_*`), which transforms
   * filter and join on. Without them PostgreSQL planned a filter that keeps every row of a fresh 200k-row raw
   * table as keeping 0.5%, and ran the Indici staging build on one core (15 s instead of 6–8 s). Data columns
   * are left to autovacuum: all 74 columns of that table took 3.4 s to analyze, these 0.25 s. The sample is
   * 9,000 rows (statistics target 30, unless a column sets its own) instead of 30,000: enough for the row
   * count, null fractions and the lineage columns' few common values that planning needs, and on a 1M-row
   * table it took 83 ms instead of 232 ms of a 5 s load. Autovacuum's own ANALYZE, which a load of that size
   * triggers, refines them.
   */
  private async analyzeGrownTables(): Promise<void> {
    // a running VACUUM/ANALYZE holds the lock ANALYZE needs: wait a little, then leave it to autovacuum
    await this.connector.client.query(`SET lock_timeout = '5s'`);
    await this.connector.client.query(`SET default_statistics_target = 30`);
    for (const [stream, t] of this.perStream) {
      const sink = this.sinks.get(stream);
      if (!sink || t.loaded === 0) continue;
      const qt = qualified(sink.shape.schema, sink.shape.table);
      const { rows } = await this.connector.client.query<{ reltuples: number }>(
        `SELECT reltuples::float8 AS reltuples FROM pg_class WHERE oid = $1::regclass`,
        [qt],
      );
      if (!rows[0] || !statsStale(rows[0].reltuples, t.loaded)) continue;
      const lineage = [...sink.copyColumns, ...sink.defaulted].filter((n) => n.startsWith('_source_') || n.startsWith('_sdc_'));
      const columns = new Set([...sink.shape.keyColumns, ...lineage]);
      await this.connector.client.query(`ANALYZE ${qt}${columns.size ? ` (${[...columns].map(quoteIdent).join(', ')})` : ''}`);
    }
  }

  stopped(): void {
    this.stoppedEarly = true;
  }

  /** how the run ends: failed, stopped (SIGTERM: what was read is committed, the rest was never read) or succeeded */
  private outcomeStatus(ok: boolean): 'succeeded' | 'stopped' | 'failed' {
    return !ok ? 'failed' : this.stoppedEarly ? 'stopped' : 'succeeded';
  }

  async close(outcome: { ok: boolean; error?: Error }): Promise<void> {
    this.counter.report();
    for (const [stream, { count, first }] of this.invalidText) {
      this.logger.warn(
        `stream "${stream}": ${count} invalid UTF-8 sequence(s) were loaded as U+FFFD (first at line ${first}); ` +
          'set invalid_utf8 to fail to stop on them instead',
        { load_run_id: this.runId },
      );
    }
    emitMetric({
      type: 'timer',
      metric: 'sync_duration',
      value: (Date.now() - this.started) / 1000,
      tags: { status: this.outcomeStatus(outcome.ok) },
    });
    const c = this.connector.client;
    try {
      if (outcome.ok) {
        // the kit's last flush(true, true) committed the run's outcome with its last rows; a caller that did not
        // gets the same final commit here
        if (!this.finished) await this.flush(true, true);
        // the load is committed and recorded by now: statistics are a courtesy, never a reason to fail it
        await this.analyzeGrownTables().catch((e: Error) =>
          this.logger.warn(`ANALYZE after the load failed (autovacuum will get there): ${e.message}`),
        );
      } else if (!this.finished) {
        if (this.inTransaction) {
          await c.query('ROLLBACK').catch(() => undefined); // uncommitted rows of a failed run are discarded
          this.inTransaction = false;
        }
        // only this run's own open row: a run is never updated once finished
        await c.query(
          `UPDATE etl.load_runs SET status = 'failed', finished_at = now(), error = $2 WHERE load_run_id = $1 AND status = 'running'`,
          [this.runId, outcome.error ? outcome.error.message.slice(0, 4000) : null],
        );
        // what a health check reads: these streams' last run failed (their last success stays as it was)
        for (const stream of this.seen) {
          await c
            .query(
              `INSERT INTO etl.health (plugin, stream, last_failure_at, last_load_run_id) VALUES ('target-postgres-medi', $1, now(), $2)
             ON CONFLICT (plugin, stream) DO UPDATE SET last_failure_at = now(), last_load_run_id = $2`,
              [stream, this.runId],
            )
            .catch(() => undefined);
        }
      }
    } finally {
      await this.connector.close().catch(() => undefined);
    }
    if (this.stoppedEarly && outcome.ok)
      this.logger.warn(
        'load run stopped by SIGTERM before the end of its input: what was read is committed and the next run resumes from the last state',
        {
          load_run_id: this.runId,
        },
      );
    this.logger.info('load run finished', {
      load_run_id: this.runId,
      status: this.outcomeStatus(outcome.ok),
      ...this.committed,
      fast_path_records: this.fastRows,
      binary_copy_records: this.binaryRows,
    });
    // A failed or stopped load ends the job before its transform step, so the loader says so itself (the event
    // never replaces or hides the load's own error). A completed load that read source files is announced by the
    // transform step's data-quality step (with its checks); any other completed load, by the loader.
    const events = eventsUrl();
    const status = this.outcomeStatus(outcome.ok);
    if (events && (status !== 'succeeded' || this.units.size === 0)) {
      const subject = status === 'succeeded' ? 'etl.sync.completed' : 'etl.sync.failed';
      const error =
        status === 'stopped'
          ? `stopped by SIGTERM before the end of its input (${this.committed.loaded} rows committed; the next run resumes from the last state)`
          : (outcome.error?.message.slice(0, 4000) ?? null);
      await publishEvents(events, [
        {
          subject,
          data: {
            load_run_id: this.runId,
            plugin: 'target-postgres-medi',
            extractor: extractorName(),
            status,
            error,
            streams: [...this.seen],
            rows_loaded: this.committed.loaded,
            rows_rejected: this.committed.rejected,
            rows_skipped: this.committed.skipped,
            // when this process began, on this host's clock as the tap's failure events (which carry the tap's
            // start): a completion whose loader began with a tap that then failed is the tail of that failed job,
            // not a success; the next run of the job, begun after the failure, is one (kit/notify/rules.ts)
            run_started_at: new Date(performance.timeOrigin).toISOString(),
          },
        },
      ]).catch((e: Error) => this.logger.warn(`could not publish ${subject}: ${e.message}`, { load_run_id: this.runId }));
    }
  }
}

/**
 * Test-only: MEDI_TEST_CRASH_AT=after-commit (the run's final COMMIT) or after-commit:<n> (its n-th COMMIT) kills the
 * target there with SIGKILL, as a crash would (test/indici-crash-commit.test.ts). Never set it in production.
 */
function crashPoint(point: string): void {
  if (process.env.MEDI_TEST_CRASH_AT === point) process.kill(process.pid, 'SIGKILL');
}

/** A table's statistics are stale after a load when it never had any or the load added over a tenth of it. */
export function statsStale(reltuples: number, loaded: number): boolean {
  return loaded > 0 && (reltuples < 0 || loaded > 0.1 * reltuples);
}

const INT64_BOUND = 2 ** 63;

/** The bigint columns of a record's stream whose value in this record lies outside int64. */
function pastInt64(sink: StreamSink, rec: Record<string, unknown>): Column[] {
  let past: Column[] | undefined;
  for (const c of sink.shape.columns) {
    if (c.type !== 'bigint') continue;
    const v = own(rec, c.property);
    let outside = false;
    if (typeof v === 'number') outside = Number.isFinite(v) && (v >= INT64_BOUND || v < -INT64_BOUND);
    else if (v instanceof Decimal) {
      const digits = integerText(v.text);
      outside = digits !== undefined && !fitsInt64(digits);
    }
    if (outside) (past ??= []).push(c);
  }
  return past ?? [];
}

/** The identity of one source file, whatever stream its rows go to. */
function fileId(uri: string, version: string, hash: string): string {
  return `${uri}\u0001${version}\u0001${hash}`;
}

/** The identity of one source file in a stream: the key of `units`, matching etl.load_run_files' unique key. */
function unitId(stream: string, uri: string, version: string, hash: string): string {
  return `${stream}\u0001${uri}\u0001${version}\u0001${hash}`;
}

/** A non-negative safe integer's decimal digits at `pos`, without a string. */
function writeDecimal(out: Buffer, pos: number, v: number): number {
  if (v <= 0x7fffffff) {
    // the usual sequence number: int32 arithmetic (the double % and floor below cost ~4x as much)
    let x = v | 0;
    let digits = 1;
    for (let p = 10; p <= x; p *= 10) digits++;
    for (let k = pos + digits - 1; k >= pos; k--) {
      const q = (x / 10) | 0;
      out[k] = 0x30 + x - q * 10;
      x = q;
    }
    return pos + digits;
  }
  let digits = 1;
  for (let p = 10; p <= v; p *= 10) digits++;
  for (let k = digits - 1; k >= 0; k--) {
    out[pos + k] = 0x30 + (v % 10);
    v = Math.floor(v / 10);
  }
  return pos + digits;
}

/** Run a check over a record; a stack overflow in it (a value nested past what it can walk) names the line. */
function nested<T>(stream: string, line: number, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RangeError) throw new RecordNestingError(stream, line, e.message);
    throw e;
  }
}

function findNul(rec: Record<string, unknown>): string {
  for (const [k, v] of Object.entries(rec)) if (v !== undefined && stringifyJson(v).includes('\\u0000')) return k;
  return '?';
}

export { RowBuffer };
