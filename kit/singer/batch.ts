// Singer BATCH between plugins: the `batch_config` setting (singer-sdk's name and shape), the encodings, and the
// tap side's writer of batch files in a private folder. A BATCH message names files of bare records; the target
// loads them and removes those the tap handed over once their commit has landed (target-kit.ts).
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { unflatten, type Settings } from './settings.js';
import type { About } from './about.js';
import type { BatchMessage, JsonSchema } from './messages.js';
import { ConfigError } from './errors.js';
import { EncodedBatch, JsonRows, greater, grown } from './json-rows.js';

/** singer-sdk's standard encoding (records as JSON lines, optionally gzipped) and ours (see PG_COPY_BINARY). */
export const JSONL = 'jsonl';
/**
 * Our encoding: a file PostgreSQL's `COPY … FROM … WITH (FORMAT binary)` reads as it is: header, one tuple per
 * record with the stream's SCHEMA properties in order (text as UTF-8, integer as int8, NULL as length -1),
 * trailer. Only for streams whose every property is a plain string or integer (see copyBinaryColumns); a tap
 * sends it only to a target whose --about lists it in `batch_encodings`.
 */
export const PG_COPY_BINARY = 'pg-copy-binary';
/** PostgreSQL binary COPY framing: the 19-byte header (signature, flags, extension length) and the trailer. */
export const COPY_HEADER = Buffer.from([0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]);
export const COPY_TRAILER = Buffer.from([0xff, 0xff]);
export const BATCH_ENCODINGS = [JSONL, PG_COPY_BINARY] as const;
export type BatchFormat = (typeof BATCH_ENCODINGS)[number];

/**
 * BATCH message keys of ours (other targets ignore unknown keys): `x-medi-handover` says the producer hands the
 * files over, so the target removes them (and their folder once empty) after the commit that loaded them;
 * `time_extracted` is when the file's first record was read (its records' _sdc_extracted_at).
 */
export const HANDOVER = 'x-medi-handover';

export interface BatchConfig {
  format: BatchFormat;
  compression: 'gzip' | 'none';
  /** folder the private batch folders are made in */
  root: string;
  prefix: string;
  /** records per file at most */
  size: number;
}

/** What every tap gets from the kit, besides its own settings. */
export const BATCH_SETTINGS: Settings = [
  {
    name: 'batch_config',
    kind: 'object',
    description:
      'Send records as Singer BATCH files instead of RECORD messages (singer-sdk shape): {"encoding": {"format": "jsonl" | ' +
      '"pg-copy-binary", "compression": "gzip" | "none"}, "storage": {"root": "file:///tmp", "prefix": "medi-batch-"}, ' +
      '"batch_size": 100000}. jsonl is read by any BATCH-capable target; pg-copy-binary only by a target listing it in ' +
      'its --about batch_encodings (target-postgres-medi). Files live in a private (0700) folder the target empties. ' +
      'Unset, or {"encoding": {"format": "records"}} (for an extractor that inherits batch_config and feeds a mapper or a ' +
      'target without BATCH): RECORD messages.',
  },
];

/** A tap's settings plus the kit's (a tap that declares batch_config itself keeps its own). */
export function withKitSettings(settings: Settings): Settings {
  return [...settings, ...BATCH_SETTINGS.filter((k) => !settings.some((s) => s.name === k.name))];
}

/** A tap's --about with what the kit adds: the batch_config setting and the `batch` capability. */
export function withKitAbout(a: About): About {
  return {
    ...a,
    capabilities: a.capabilities.includes('batch') ? a.capabilities : [...a.capabilities, 'batch'],
    settings: withKitSettings(a.settings),
  };
}

/** Parse `batch_config` as singer-sdk names it; undefined when unset. */
export function parseBatchConfig(given: unknown): BatchConfig | undefined {
  if (given === undefined || given === null || given === '') return undefined;
  if (typeof given !== 'object' || Array.isArray(given)) throw new ConfigError('setting "batch_config" must be an object');
  // Meltano's environment hands it over flattened ({"encoding.format": …}): read as it was, never as the defaults
  const raw = unflatten(given) as Record<string, unknown>;
  const unknown = Object.keys(raw).filter((k) => !['encoding', 'storage', 'batch_size'].includes(k));
  if (unknown.length) throw new ConfigError(`batch_config: unknown key(s) ${unknown.join(', ')} (encoding, storage, batch_size)`);
  const c = raw as {
    encoding?: { format?: unknown; compression?: unknown };
    storage?: { root?: unknown; prefix?: unknown };
    batch_size?: unknown;
  };
  const format = c.encoding?.format ?? JSONL;
  // RECORD messages after all: an extractor inheriting batch_config cannot unset it (Meltano merges config), and
  // a mapper or a third-party target downstream may not read BATCH
  if (format === 'records' || format === 'none') return undefined;
  if (!BATCH_ENCODINGS.includes(format as BatchFormat))
    throw new ConfigError(`batch_config.encoding.format must be one of ${BATCH_ENCODINGS.join(', ')}; got ${JSON.stringify(format)}`);
  const compression = c.encoding?.compression ?? 'none';
  if (compression !== 'gzip' && compression !== 'none' && compression !== null)
    throw new ConfigError(`batch_config.encoding.compression must be gzip or none; got ${JSON.stringify(compression)}`);
  if (format === PG_COPY_BINARY && compression === 'gzip')
    throw new ConfigError('batch_config: pg-copy-binary is read by COPY as it is; its compression must be none');
  const root = c.storage?.root ?? `file://${tmpdir()}`;
  if (typeof root !== 'string' || !root.startsWith('file://'))
    throw new ConfigError(`batch_config.storage.root must be a file:// URL (only local storage is supported); got ${JSON.stringify(root)}`);
  const prefix = c.storage?.prefix ?? 'medi-batch-';
  if (typeof prefix !== 'string' || /[/\\]/.test(prefix))
    throw new ConfigError('batch_config.storage.prefix must be a name without slashes');
  const size = c.batch_size ?? 100_000;
  if (!Number.isInteger(size) || (size as number) < 1) throw new ConfigError('batch_config.batch_size must be a positive integer');
  return {
    format: format as BatchFormat,
    compression: compression === 'gzip' ? 'gzip' : 'none',
    root: root === 'file://' ? tmpdir() : fileUrlPath(root),
    prefix,
    size: size as number,
  };
}

/**
 * The local path a file:// URL names, read as singer-sdk reads it: the text after `file://` as it is (it neither
 * writes nor reads percent-escapes), an optional `localhost` host, and `file://./x` or `file://x/y` (its docs' form)
 * relative to the working folder. With `exists` (a file to read, not a folder to make): a path that is not there
 * as written is tried percent-decoded (a URL of Node's pathToFileURL, or a hand-written `%20`).
 */
export function fileUrlPath(url: string, exists?: (path: string) => boolean): string {
  let rest = url.slice('file://'.length);
  if (rest.startsWith('localhost/')) rest = rest.slice('localhost'.length);
  if (!rest.startsWith('/')) return resolve(rest);
  if (!exists || exists(rest) || !rest.includes('%')) return rest;
  try {
    return fileURLToPath(`file://${rest}`);
  } catch {
    return rest;
  }
}

/** A pg-copy-binary field's binary form: the raw column type each lands in (target type-map.ts) sends it so. */
export type BinaryKind = 'text' | 'int8' | 'numeric' | 'date' | 'timestamptz' | 'bool';

/** One property of a pg-copy-binary file: its name, binary form and the checks its SCHEMA asks for. */
export interface BinaryColumn {
  name: string;
  kind: BinaryKind;
  nullable: boolean;
  minimum?: number;
  maximum?: number;
  /** numeric: the fraction digits its multipleOf (10^-scale) allows */
  scale?: number;
}

const INT64 = 2 ** 63;
/** keys that describe and check nothing, and the checks each type may carry here */
const DOC_KEYS = ['type', 'description', 'title', 'examples'];
const ALLOWED: Record<string, Set<string>> = {
  string: new Set([...DOC_KEYS, 'format']),
  integer: new Set([...DOC_KEYS, 'minimum', 'maximum']),
  // x-sql-datatype: singer-sdk's SQL type annotation (tap-sql marks binary floats with it); the value is the same number
  number: new Set([...DOC_KEYS, 'multipleOf', 'x-sql-datatype']),
  boolean: new Set(DOC_KEYS),
};

/** multipleOf 1, 0.1 … 1e-38 → its scale; anything else undefined (a check numeric binary cannot carry). */
function scaleOf(multipleOf: unknown): number | undefined {
  if (multipleOf === undefined) return undefined;
  for (let k = 0; k <= 38; k++) if (multipleOf === (k === 0 ? 1 : Number(`1e-${k}`))) return k;
  return -1;
}

/**
 * The stream's properties as pg-copy-binary columns, or undefined when any has a form or check this encoding
 * cannot carry (an enum, pattern, length, a format other than date and date-time, a multipleOf other than a power
 * of ten, number bounds, nested or several types…): such a stream is sent as jsonl. Tap and target decide with
 * this same function; a tap that writes fewer kinds (the kit's CopyRows: text and int8) checks for those too.
 */
export function copyBinaryColumns(schema: JsonSchema): BinaryColumn[] | undefined {
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false && schema.additionalProperties !== true)
    return undefined;
  if (schema.patternProperties !== undefined) return undefined;
  const cols: BinaryColumn[] = [];
  for (const [name, p] of Object.entries(schema.properties ?? {})) {
    const types = Array.isArray(p.type) ? p.type : [p.type];
    const nonNull = types.filter((t) => t !== 'null');
    if (nonNull.length !== 1) return undefined;
    const nullable = nonNull.length < types.length;
    const t = nonNull[0] as string;
    const allowed = ALLOWED[t];
    if (!allowed || Object.keys(p).some((k) => !allowed.has(k))) return undefined;
    if (t === 'string') {
      const kind = p.format === undefined ? 'text' : p.format === 'date' ? 'date' : p.format === 'date-time' ? 'timestamptz' : undefined;
      if (!kind) return undefined;
      cols.push({ name, kind, nullable });
    } else if (t === 'integer') {
      const { minimum, maximum } = p;
      if (minimum !== undefined && !(typeof minimum === 'number' && minimum >= -INT64)) return undefined;
      if (maximum !== undefined && !(typeof maximum === 'number' && maximum <= INT64)) return undefined;
      cols.push({
        name,
        kind: 'int8',
        nullable,
        ...(minimum !== undefined ? { minimum } : {}),
        ...(maximum !== undefined ? { maximum } : {}),
      });
    } else if (t === 'number') {
      const scale = scaleOf(p.multipleOf);
      if (scale === -1) return undefined;
      cols.push({ name, kind: 'numeric', nullable, ...(scale !== undefined ? { scale } : {}) });
    } else cols.push({ name, kind: 'bool', nullable });
  }
  return cols;
}

/** Columns only of text and int8 (what the kit's CopyRows writes), else undefined. */
export function plainBinaryColumns(cols: BinaryColumn[] | undefined): BinaryColumn[] | undefined {
  return cols?.every((c) => c.kind === 'text' || c.kind === 'int8') ? cols : undefined;
}

/** The names BatchFiles.open gives its files. */
const BATCH_FILE = /^[A-Za-z0-9_.-]+-\d+\.(?:jsonl|jsonl\.gz|pgcopy)$/;

/** The marker a tap keeps in its batch folder while it runs: the folder is not removed while it is there. */
const MARKER = '.tap-running';

/**
 * A tap's batch files: one private folder per run (mkdtemp: mode 0700), one open file per stream at a time.
 * Files are written whole before their BATCH message is sent; the target removes them after their commit, and
 * the tap removes its marker (and the folder, if the target already emptied it) when it finishes.
 */
export class BatchFiles {
  readonly dir: string;
  private seq = 0;

  constructor(readonly cfg: BatchConfig) {
    mkdirSync(cfg.root, { recursive: true });
    sweepStale(cfg.root, cfg.prefix);
    // root + '/' + prefix, not join(): join would resolve a prefix of '..' or '' out of the root
    this.dir = mkdtempSync(`${cfg.root.replace(/\/+$/, '')}/${cfg.prefix}`);
    writeFileSyncPrivate(join(this.dir, MARKER), String(process.pid));
  }

  /** A new file for `stream` (0600), named as BATCH_FILE says; the caller writes it whole, then sends its BATCH message. */
  open(stream: string, format: BatchFormat): BatchFile {
    const ext = format === PG_COPY_BINARY ? 'pgcopy' : this.cfg.compression === 'gzip' ? 'jsonl.gz' : 'jsonl';
    const path = join(this.dir, `${stream.replace(/[^A-Za-z0-9_.-]/g, '_')}-${++this.seq}.${ext}`);
    return new BatchFile(path, stream, format, format === JSONL && this.cfg.compression === 'gzip');
  }

  /** The tap is done: drop the marker; the folder goes now if the target has emptied it, else with its last file. */
  finish(): void {
    rmSync(join(this.dir, MARKER), { force: true });
    removeIfEmpty(this.dir);
  }
}

function writeFileSyncPrivate(path: string, text: string): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

/** rmdir that leaves a folder still holding files (ENOTEMPTY) or already gone. */
export function removeIfEmpty(dir: string): void {
  try {
    rmdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'ENOENT' && code !== 'EEXIST') throw e;
  }
}

/** A target reading a handed-over folder marks it `.target-<pid>` (claimFolder), so a sweep knows it is in use. */
const TARGET_MARKER = '.target-';
/** A finished tap's folder that no target of ours claimed (a third-party target, or ours killed before reading it). */
export const UNCLAIMED_SWEEP_MS = 24 * 3600 * 1000;

/**
 * Folders left behind, swept by the next tap run on the same root: one whose tap marker names a process that is
 * gone (a killed tap); one a target of ours claimed and no live process holds any more (a killed target, or one
 * that ended while the tap still ran); one with neither marker untouched for UNCLAIMED_SWEEP_MS (a target that
 * does not remove handed-over files — singer-sdk's ignore `x-medi-handover` — or ours killed before claiming it).
 * Their files were never committed or were committed and not yet removed; no target loads them again, since a
 * target loads only what a BATCH message names.
 */
export function sweepStale(root: string, prefix: string, now = Date.now()): void {
  let names: string[];
  // only what BatchFiles makes: the prefix and mkdtemp's six characters, a private folder of this user, holding
  // nothing but markers and batch files; anything else in the root is never touched (an empty prefix matches more)
  const made = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[A-Za-z0-9]{6}$`);
  try {
    names = readdirSync(root).filter((n) => made.test(n));
  } catch {
    return;
  }
  const uid = process.getuid?.();
  for (const n of names) {
    const dir = join(root, n);
    try {
      const st = statSync(dir);
      if (!st.isDirectory() || (st.mode & 0o777) !== 0o700 || (uid !== undefined && st.uid !== uid)) continue;
      const entries = readdirSync(dir);
      if (!entries.every((e) => e === MARKER || e.startsWith(TARGET_MARKER) || BATCH_FILE.test(e))) continue;
      const pidIn = (file: string) => Number(readFileSync(join(dir, file), 'utf8'));
      if (entries.includes(MARKER)) {
        const pid = pidIn(MARKER);
        if (!Number.isInteger(pid) || pid <= 0 || alive(pid)) continue;
      } else {
        const claims = entries.filter((e) => e.startsWith(TARGET_MARKER)).map((e) => Number(e.slice(TARGET_MARKER.length)));
        if (claims.some((pid) => !Number.isInteger(pid) || pid <= 0 || alive(pid))) continue;
        if (claims.length === 0) {
          const newest = Math.max(statSync(dir).mtimeMs, ...entries.map((e) => statSync(join(dir, e)).mtimeMs));
          if (now - newest < UNCLAIMED_SWEEP_MS) continue;
        }
      }
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // not ours to read, or gone meanwhile: left alone
    }
  }
}

/**
 * Whether a file a BATCH message hands over (x-medi-handover: the target removes it after its commit) is one a
 * tap kit made: named as BatchFiles names files, in a private (0700) folder of this user holding nothing but
 * markers and batch files. Anything else is read but never removed: a message from a third-party or hostile tap
 * must not make the target delete another job's files, or any file it can read.
 */
export function handedOverFile(path: string): boolean {
  try {
    if (!BATCH_FILE.test(basename(path))) return false;
    const dir = dirname(path);
    const st = statSync(dir);
    const uid = process.getuid?.();
    if (!st.isDirectory() || (st.mode & 0o777) !== 0o700 || (uid !== undefined && st.uid !== uid)) return false;
    return readdirSync(dir).every((e) => e === MARKER || e.startsWith(TARGET_MARKER) || BATCH_FILE.test(e));
  } catch {
    return false;
  }
}

/** The target marks a handed-over folder it reads from as in use by its process (once per folder). */
export function claimFolder(dir: string, claimed: Set<string>): void {
  if (claimed.has(dir)) return;
  claimed.add(dir);
  try {
    writeFileSyncPrivate(join(dir, `${TARGET_MARKER}${process.pid}`), String(process.pid));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
}

/** After removing its files: the target's marker goes, and the folder too, once nothing else is in it. */
export function releaseFolder(dir: string): void {
  const mine = `${TARGET_MARKER}${process.pid}`;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  if (entries.some((e) => e !== mine)) return; // files still to load, or the tap still running: its finish() removes it
  rmSync(join(dir, mine), { force: true });
  removeIfEmpty(dir);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** One batch file being written: bytes appended in order, gzipped as one member at close when asked. */
export class BatchFile {
  rows = 0;
  private readonly fd: number;
  private readonly pending: Buffer[] = [];
  private pendingBytes = 0;
  /** when the first record was added (the records' time_extracted) */
  extractedAt: string | undefined;

  constructor(
    readonly path: string,
    readonly stream: string,
    readonly format: BatchFormat,
    private readonly gzip: boolean,
  ) {
    this.fd = openSync(path, 'wx', 0o600);
  }

  /** Append bytes (copied when kept: the caller may reuse `bytes`). */
  add(bytes: Buffer, rows: number, now: string): void {
    this.extractedAt ??= now;
    this.rows += rows;
    if (this.gzip) {
      this.pending.push(Buffer.from(bytes));
      this.pendingBytes += bytes.length;
      if (this.pendingBytes >= 4 * 1024 * 1024) this.spill();
      return;
    }
    let off = 0;
    while (off < bytes.length) off += writeSync(this.fd, bytes, off);
  }

  /** gzip members concatenate into one valid gzip file: each spill is one member. */
  private spill(): void {
    if (this.pendingBytes === 0) return;
    const z = gzipSync(Buffer.concat(this.pending, this.pendingBytes));
    this.pending.length = 0;
    this.pendingBytes = 0;
    let off = 0;
    while (off < z.length) off += writeSync(this.fd, z, off);
  }

  /** Close the file and return its BATCH message. */
  close(): BatchMessage {
    if (this.gzip) this.spill();
    closeSync(this.fd);
    return {
      type: 'BATCH',
      stream: this.stream,
      encoding: { format: this.format, compression: this.gzip ? 'gzip' : 'none' },
      // the path as it is, as singer-sdk writes and reads it (it does not percent-decode; fileUrlPath reads both)
      manifest: [`file://${this.path}`],
      ...(this.extractedAt ? { time_extracted: this.extractedAt } : {}),
      [HANDOVER]: true,
    };
  }

  /** Give up the file (nothing was added). */
  discard(): void {
    closeSync(this.fd);
    unlinkSync(this.path);
  }
}

/** Rows of a pg-copy-binary batch file, as CopyRows builds them. */
export class CopyBatch extends EncodedBatch {}

/**
 * FetchContext.rows for a pg-copy-binary batch: the same calls as JsonRows, written as binary COPY tuples (text
 * fields are the source's UTF-8 bytes behind a length: no escaping at all). `columns` are the stream's SCHEMA
 * properties in order, which `keys` less the deselected ones must equal (the kit checks before choosing this).
 */
export class CopyRows extends JsonRows {
  private buf: Buffer = Buffer.allocUnsafe(256 * 1024);
  private at = 0;
  private marks: number[] = [];
  private readonly kinds: Array<'text' | 'int8' | undefined>;
  private readonly fields: number;
  private readonly rkAt: number;
  /** how many leading keys are kept text properties (what strings() copies whole) */
  private readonly leadingText: number;
  private top: string | number | undefined;
  private readonly converted = new WeakMap<Buffer, Buffer | null>();

  constructor(keys: readonly string[], dropped: ReadonlySet<string>, replicationKey: string | undefined, columns: readonly BinaryColumn[]) {
    super(keys, dropped, replicationKey, undefined, 0);
    if (!plainBinaryColumns([...columns])) throw new Error('CopyRows writes text and int8 fields only (plainBinaryColumns)');
    const kind = new Map(columns.map((c) => [c.name, c.kind as 'text' | 'int8']));
    this.kinds = keys.map((k) => (dropped.has(k) ? undefined : kind.get(k)));
    this.fields = columns.length;
    this.rkAt = replicationKey === undefined ? -1 : keys.indexOf(replicationKey);
    let n = 0;
    while (n < keys.length && this.kinds[n] === 'text') n++;
    this.leadingText = n;
  }

  private ensure(n: number): void {
    this.buf = grown(this.buf, this.at, n);
  }

  private rv(v: string | number): void {
    if (greater(this.top, v)) this.top = v;
  }

  override get size(): number {
    return this.at;
  }

  override begin(): void {
    this.ensure(2);
    this.buf[this.at++] = this.fields >> 8;
    this.buf[this.at++] = this.fields & 255;
  }

  override end(): void {
    this.marks.push(this.at);
  }

  private int8(k: number, v: bigint): void {
    this.ensure(12);
    this.at = this.buf.writeInt32BE(8, this.at);
    this.at = this.buf.writeBigInt64BE(v, this.at);
  }

  private textBytes(src: Buffer, s: number, e: number): void {
    const n = e - s;
    this.ensure(n + 4);
    const out = this.buf;
    let p = this.at;
    out[p] = n >>> 24;
    out[p + 1] = n >>> 16;
    out[p + 2] = n >>> 8;
    out[p + 3] = n;
    p += 4;
    if (n < 24) for (let i = s; i < e; i++) out[p++] = src[i]!;
    else p += src.copy(out, p, s, e);
    this.at = p;
  }

  override string(k: number, src: Buffer, s: number, e: number): void {
    if (k === this.rkAt) this.rv(src.toString('utf8', s, e));
    const kind = this.kinds[k];
    if (kind === undefined) return;
    if (kind === 'text') return this.textBytes(src, s, e);
    const text = src.toString('latin1', s, e);
    if (!/^-?\d+$/.test(text)) throw new Error(`pg-copy-binary: property ${k} is an integer in the SCHEMA; the tap gave "${text}"`);
    this.int8(k, BigInt(text));
  }

  /**
   * A row's leading text fields in one copy: when they lie in `src` one after another with 4 bytes between each
   * (a delimited file's 4-byte separators), the whole span is copied at once and each separator's place in the
   * copy takes the next field's length, which is exactly the tuple's layout. Otherwise, field by field.
   */
  override strings(src: Buffer, starts: Int32Array, ends: Int32Array, count: number): void {
    if (count === 0 || count > this.leadingText) return super.strings(src, starts, ends, count);
    const s0 = starts[0]!;
    const span = ends[count - 1]! - s0;
    this.ensure(span + 4);
    const out = this.buf;
    const at = this.at;
    src.copy(out, at + 4, s0, s0 + span);
    for (let j = 0; j < count; j++) {
      const s = starts[j]!;
      const n = ends[j]! - s;
      // the length goes where the separator before the field was copied (for the first field: before the span)
      const q = at + s - s0;
      if (n < 0 || (j > 0 && s - ends[j - 1]! !== 4)) return super.strings(src, starts, ends, count); // nothing kept: `at` unchanged
      out[q] = n >>> 24;
      out[q + 1] = n >>> 16;
      out[q + 2] = n >>> 8;
      out[q + 3] = n;
    }
    this.at = at + span + 4;
    const rk = this.rkAt;
    if (rk >= 0 && rk < count) this.rv(src.toString('utf8', starts[rk]!, ends[rk]!));
  }

  override json(k: number, encoded: Buffer): void {
    const kind = this.kinds[k];
    if (kind === undefined) return;
    let bin = this.converted.get(encoded);
    if (bin === undefined) {
      const v: unknown = JSON.parse(encoded.toString('utf8'));
      if (v === null) bin = null;
      else if (kind === 'text' && typeof v === 'string') bin = Buffer.from(v);
      else if (kind === 'int8' && Number.isSafeInteger(v)) {
        bin = Buffer.allocUnsafe(8);
        bin.writeBigInt64BE(BigInt(v as number));
      } else throw new Error(`pg-copy-binary: property ${k} is ${kind} in the SCHEMA; the tap gave ${encoded.toString('utf8')}`);
      this.converted.set(encoded, bin);
    }
    if (bin === null) return this.null(k);
    this.textBytes(bin, 0, bin.length);
  }

  override integer(k: number, n: number): void {
    if (k === this.rkAt) this.rv(n);
    const kind = this.kinds[k];
    if (kind === undefined) return;
    if (kind === 'int8') return this.int8(k, BigInt(n));
    const b = Buffer.from(String(n), 'latin1');
    this.textBytes(b, 0, b.length);
  }

  override null(k: number): void {
    if (this.kinds[k] === undefined) return;
    this.ensure(4);
    this.at = this.buf.writeInt32BE(-1, this.at);
  }

  override take(): CopyBatch {
    const batch = new CopyBatch(this.buf.subarray(0, this.at), this.marks, this.top, true);
    this.at = 0;
    this.marks = [];
    this.top = undefined;
    return batch;
  }
}
