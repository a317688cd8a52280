// The files sink: records are checked and spooled as NDJSON per stream and partition (fast-record.ts); a commit turns the spools that
// a STATE covers into finished files (DuckDB), stages them durably, writes the batch manifest (the commit point),
// promotes the files to their final names, and only then lets the kit release that STATE.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, truncateSync, writeSync } from 'node:fs';
import { createHash, type Hash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Logger } from '../../kit/singer/log.js';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Loader } from '../../kit/singer/target-kit.js';
import type { ActivateVersionMessage, RecordMessage, SchemaMessage } from '../../kit/singer/messages.js';
import { ConfigError, RecordBeforeSchemaError } from '../../kit/singer/errors.js';
import { parseJsonLossless, stringifyJson } from '../../kit/singer/json.js';
import { encoder, BadValueError, type Encoder } from './cells.js';
import { decimalSql, makePlan, RecordScanner, type Plan } from './fast-record.js';
import { columnType, duckType, widens, type Column } from './type-map.js';
import { fileDigest, finalName, isStaged, stagedName, type Store } from './store.js';
import type { FilesConfig } from './settings.js';
import { applyRetention } from './retention.js';
import { SheetTooLargeError, XLSX_MAX_ROWS, writeXlsx, xlsxSelect } from './xlsx.js';

export class SchemaChangeError extends Error {
  override name = 'SchemaChangeError';
  constructor(
    readonly stream: string,
    readonly column: string,
    from: string,
    to: string,
    line: number,
  ) {
    super(`line ${line}: stream "${stream}" column "${column}" changes type from ${from} to ${to}, which cannot widen`);
  }
}

export interface ManifestFile {
  path: string;
  stream: string;
  partition: string;
  rows: number;
  bytes: number;
  sha256: string;
  /** SHA-256 of the rows as received (the spool), to recognise a resend of this batch after a crash */
  input_sha256: string;
  columns: { name: string; type: string }[];
}

export interface Manifest {
  batch_id: string;
  created_at: string;
  zone: string;
  source: string;
  format: string;
  compression: string;
  /** the Singer STATE value this batch's files cover */
  state: unknown;
  /** the last batch of a run that read its input to the end */
  final: boolean;
  streams: Record<
    string,
    {
      rows: number;
      key_properties: string[];
      columns: { name: string; type: string }[];
      /** every column the stream's files have had, with its last type: a later type change is checked against these */
      known_columns?: { name: string; type: string }[];
    }
  >;
  files: ManifestFile[];
}

interface StreamInfo {
  name: string;
  schemaText: string;
  keyProperties: string[];
  columns: Column[];
  encoders: Encoder[];
  plan: Plan;
  /** the stream's name as UTF-8, for the fast path */
  nameBytes: Buffer;
  gen: number;
  partitionBy: string;
  partitionKind: 'extracted' | 'date' | 'timestamptz';
  partitionDir: string;
  rows: number;
  /** every column this stream's files have had (this run's SCHEMAs and the newest manifest), by name: its last type */
  known: Map<string, Column['type']>;
}

/** Rows of one stream, schema generation and partition, as NDJSON in a local file. */
class Spool {
  rows = 0;
  bytes = 0;
  sealedRows = 0;
  sealedBytes = 0;
  private pending = Buffer.allocUnsafe(1 << 20);
  private fd: number | undefined;
  private pendingBytes = 0;
  constructor(
    readonly path: string,
    readonly stream: StreamInfo,
    readonly columns: Column[],
    readonly partition: string,
    readonly key: string,
  ) {}
  /** the longest line, for DuckDB's maximum_object_size */
  longest = 0;
  /** SHA-256 of the bytes so far (fed as they leave the pending buffer), and a copy of it at the last seal */
  private readonly hash = createHash('sha256');
  private hashed = 0;
  private sealedHash: Hash | undefined;
  add(line: string): void {
    const n = Buffer.byteLength(line);
    this.room(n);
    this.pending.write(line, this.pendingBytes);
    this.counted(n);
  }
  addBytes(b: Buffer, from: number, to: number): void {
    const n = to - from;
    this.room(n);
    b.copy(this.pending, this.pendingBytes, from, to);
    this.counted(n);
  }
  /**
   * Room for a line of up to n bytes at the end of the pending buffer (what is pending is written out first when
   * it has not), to be written there in place (fast path); false when such a line could not fit at all.
   */
  reserve(n: number): boolean {
    if (n > this.pending.length) return false;
    if (this.pendingBytes + n > this.pending.length) this.write();
    return true;
  }
  get pendingBuffer(): Buffer {
    return this.pending;
  }
  get pendingEnd(): number {
    return this.pendingBytes;
  }
  /** A line of n bytes written in place at pendingEnd. */
  took(n: number): void {
    this.counted(n);
  }
  /** Rows cut from another spool: written to the file at once. */
  adopt(b: Buffer, rows: number): void {
    this.write();
    this.fd ??= openSync(this.path, 'a');
    writeAll(this.fd, b, b.length);
    this.hash.update(b);
    this.rows += rows;
    this.bytes += b.length;
    this.longest = Math.max(this.longest, b.length);
  }
  private room(n: number): void {
    if (this.pendingBytes + n <= this.pending.length) return;
    this.write();
    if (n > this.pending.length) this.pending = Buffer.allocUnsafe(n);
  }
  private counted(n: number): void {
    this.pendingBytes += n;
    this.rows++;
    this.bytes += n;
    if (n > this.longest) this.longest = n;
    if (this.pendingBytes >= this.pending.length - 1024) this.write();
  }
  private hashPending(): void {
    if (this.pendingBytes > this.hashed) this.hash.update(this.pending.subarray(this.hashed, this.pendingBytes));
    this.hashed = this.pendingBytes;
  }
  write(): void {
    if (!this.pendingBytes) return;
    this.hashPending();
    this.fd ??= openSync(this.path, 'a');
    writeAll(this.fd, this.pending, this.pendingBytes);
    this.pendingBytes = this.hashed = 0;
  }
  /** Close the file (it is read, cut or removed next). */
  close(): void {
    this.write();
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
  seal(): void {
    if (this.sealedRows === this.rows) return;
    this.hashPending();
    this.sealedHash = this.hash.copy();
    this.sealedRows = this.rows;
    this.sealedBytes = this.bytes;
  }
  /** SHA-256 of the sealed rows. */
  sealedDigest(): string {
    return (this.sealedHash ?? createHash('sha256')).copy().digest('hex');
  }
  /** The bytes after the sealed rows (written to the file first). */
  unsealed(): Buffer {
    this.close();
    const buf = Buffer.allocUnsafe(this.bytes - this.sealedBytes);
    const fd = openSync(this.path, 'r');
    try {
      for (let got = 0; got < buf.length;) {
        const n = readSync(fd, buf, got, buf.length - got, this.sealedBytes + got);
        if (n <= 0) throw new Error(`spool ${this.path} is shorter than the ${this.bytes} bytes written`);
        got += n;
      }
    } finally {
      closeSync(fd);
    }
    return buf;
  }
}

function writeAll(fd: number, b: Buffer, n: number): void {
  for (let at = 0; at < n;) at += writeSync(fd, b, at, n - at);
}

interface Job {
  spool: Spool;
  rows: number;
  rel: string;
  digest: string;
  /** the finished file in the work folder, and DuckDB writing it (started when the batch is cut, or by the commit) */
  out: string;
  written?: Promise<number>;
}

/** The spools a STATE covers, taken for one batch, with that STATE. */
interface Cut {
  batchId: string;
  jobs: Job[];
  state: unknown;
}

const EXT: Record<string, string> = { parquet: 'parquet', csv: 'csv', jsonl: 'jsonl', xlsx: 'xlsx' };
const NO_PARTITION = '__HIVE_DEFAULT_PARTITION__';

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

function utcStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('.', '');
}

export class FilesLoader implements Loader {
  private readonly streams = new Map<string, StreamInfo>();
  private spools = new Map<string, Spool>();
  private readonly work: string;
  private readonly runStamp: string;
  private readonly runDate: string;
  private readonly decimalDefault: { precision: number; scale: number };
  private readonly compression: string;
  private batchSeq = 0;
  private spoolSeq = 0;
  private sealedRows = 0;
  private totalRows = 0;
  private committed = false;
  /** the last batch of an earlier run: its STATE may not have reached Meltano before a crash */
  private replayCandidate: Manifest | undefined;
  private lastManifest: Manifest | undefined;
  private lastState: unknown;
  rowsWritten = 0;
  /** rows the fast path took (the rest went through the general path) */
  fastRows = 0;
  /** time spent in DuckDB writing files */
  duckdbMs = 0;
  filesWritten = 0;
  batches = 0;
  /** rejects when this run no longer holds its lock (lock.ts): checked before staging files and before the manifest */
  guard: () => Promise<void> = () => Promise.resolve();

  constructor(
    private readonly cfg: FilesConfig,
    private readonly source: string,
    private readonly store: Store,
    private readonly db: DuckDBConnection,
    private readonly logger: Logger,
    now = new Date(),
  ) {
    this.work = mkdtempSync(join(cfg.work_dir ?? tmpdir(), 'target-files-medi-'));
    this.runStamp = utcStamp(now);
    this.runDate = now.toISOString().slice(0, 10);
    const m = /^\s*(\d+)\s*,\s*(\d+)\s*$/.exec(cfg.decimal_default);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > 38 || Number(m[2]) > Number(m[1]))
      throw new ConfigError(`setting "decimal_default" must be "precision,scale" with 1 <= precision <= 38 and scale <= precision`);
    this.decimalDefault = { precision: Number(m[1]), scale: Number(m[2]) };
    const c = cfg.compression;
    if (cfg.format === 'parquet') {
      if (c && c !== 'zstd' && c !== 'snappy') throw new ConfigError(`Parquet compression is zstd or snappy, not ${c}`);
      this.compression = c ?? 'zstd';
    } else if (cfg.format === 'xlsx') {
      if (c && c !== 'none') throw new ConfigError(`XLSX takes no compression setting (the file is a zip already), not ${c}`);
      this.compression = 'none';
    } else {
      if (c && c !== 'gzip' && c !== 'none') throw new ConfigError(`${cfg.format} compression is gzip or none, not ${c}`);
      this.compression = c ?? 'none';
    }
  }

  private get base(): string {
    return `${this.cfg.zone}/${this.source}`;
  }

  /**
   * Finish what a killed run left: promote the files of the last manifest that are still staged (the manifest is
   * the commit point), and remove every other staged file (a batch that never reached its manifest). Called only
   * while holding the run lock (main.ts): another live run's staged files would look the same.
   */
  async start(): Promise<void> {
    await this.guard();
    const keys = await this.store.list(`${this.base}/`);
    const manifests = keys.filter((k) => k.startsWith(`${this.base}/_batches/`) && k.endsWith('/_manifest.json')).sort();
    const latest = manifests.at(-1);
    if (latest) {
      // read as written: its STATE keeps numbers a double would change (Decimals), to compare with a resent one
      const parsed = parseJsonLossless((await this.store.readText(latest))!);
      this.lastManifest = (parsed.lossless ?? parsed.value) as Manifest;
      this.replayCandidate = this.lastManifest;
    }
    const present = new Set(keys);
    const mine = new Set(this.lastManifest?.files.map((f) => f.path) ?? []);
    for (const k of keys) {
      if (!isStaged(k)) continue;
      const fin = finalName(k);
      if (mine.has(fin) && !present.has(fin)) {
        await this.store.promote(fin);
        this.logger.warn(`completed the commit of batch ${this.lastManifest!.batch_id}: ${fin} promoted after a crash`);
      } else {
        await this.store.remove(k);
        this.logger.warn(`removed ${k}: a file of a batch that never committed (crash before its manifest)`);
      }
    }
  }

  schemaChanges(msg: SchemaMessage): boolean {
    const s = this.streams.get(msg.stream);
    return !s || s.schemaText !== JSON.stringify([msg.schema, msg.key_properties]);
  }

  async schema(msg: SchemaMessage, line: number): Promise<void> {
    checkStreamName(msg.stream, line);
    const props = msg.schema.properties ?? {};
    checkColumnNames(msg.stream, Object.keys(props), line);
    const columns: Column[] = Object.entries(props).map(([name, s]) => ({ name, type: columnType(s, this.decimalDefault) }));
    const before = this.streams.get(msg.stream);
    // every column the stream's files have had, this run and before (the newest manifest): a SCHEMA that drops a
    // column and a later one that brings it back with another type must still widen, as the files share partitions
    const known = new Map(before?.known ?? this.manifestColumns(msg.stream));
    for (const c of columns) {
      const was = known.get(c.name);
      if (was?.kind === 'decimal' && c.type.kind === 'double') {
        // files written before binary floats were marked typed a float column DECIMAL: it stays so (a value that
        // does not fit fails, as then), so the stream's files keep one type; a new root or zone starts with DOUBLE
        this.logger.warn(
          `stream "${msg.stream}" column "${c.name}" is a binary float; its earlier files hold it as ${duckType(was)}, which it keeps`,
        );
        c.type = was;
      }
      known.set(c.name, c.type);
      if (was === undefined || duckType(was) === duckType(c.type)) continue;
      if (!widens(was, c.type)) throw new SchemaChangeError(msg.stream, c.name, duckType(was), duckType(c.type), line);
      this.logger.warn(
        `stream "${msg.stream}" column "${c.name}" widens from ${duckType(was)} to ${duckType(c.type)}: new files carry the wider type`,
      );
    }
    const partitionBy = this.cfg.partition_by[msg.stream] ?? this.cfg.partition_by['*'] ?? '_extracted';
    let partitionKind: StreamInfo['partitionKind'] = 'extracted';
    if (partitionBy !== '_extracted') {
      const col = columns.find((c) => c.name === partitionBy);
      if (!col || (col.type.kind !== 'date' && col.type.kind !== 'timestamptz'))
        throw new ConfigError(
          `partition_by for stream "${msg.stream}" names "${partitionBy}", which is not a date or date-time property of its SCHEMA (line ${line})`,
        );
      partitionKind = col.type.kind;
    }
    this.fastStream = undefined;
    this.streams.set(msg.stream, {
      name: msg.stream,
      schemaText: JSON.stringify([msg.schema, msg.key_properties]),
      keyProperties: msg.key_properties,
      columns,
      encoders: columns.map((c, i) => encoder(c.type, i)),
      plan: makePlan(columns, partitionBy === '_extracted' ? undefined : partitionBy),
      nameBytes: Buffer.from(msg.stream),
      gen: (before?.gen ?? 0) + 1,
      partitionBy,
      partitionKind,
      partitionDir: partitionBy === '_extracted' ? '_extracted_date' : `${partitionBy}_date`,
      rows: before?.rows ?? 0,
      known,
    });
  }

  /** The columns the newest manifest knows for a stream (every one its files have had; older manifests: the last SCHEMA's). */
  private manifestColumns(stream: string): Map<string, Column['type']> {
    const entry = this.lastManifest?.streams[stream];
    const m = new Map<string, Column['type']>();
    for (const c of entry?.known_columns ?? entry?.columns ?? []) {
      const t = parseDuckType(c.type);
      if (t) m.set(c.name, t);
    }
    return m;
  }

  private partitionOf(s: StreamInfo, msg: RecordMessage, rec: Record<string, unknown>, line: number): string {
    if (s.partitionKind === 'extracted') return this.extractedDate(msg.time_extracted);
    const v = rec[s.partitionBy];
    if (v === null || v === undefined) return NO_PARTITION;
    const d = typeof v === 'string' ? partitionDate(s.partitionKind, v) : undefined;
    if (d !== undefined) return d;
    throw new BadValueError(s.name, line, s.partitionBy, `cannot file the record under a date: ${JSON.stringify(v)}`);
  }

  /** The UTC date of a RECORD's time_extracted (no offset: UTC), else the run's; one the target cannot read is said once. */
  private extractedDate(time: string | null | undefined): string {
    const d = time ? utcDate(time) : undefined;
    if (d === undefined && time && !this.badExtracted) {
      this.badExtracted = true;
      this.logger.warn(`time_extracted ${JSON.stringify(time)} is not an ISO 8601 date-time: such records are filed under the run's date`);
    }
    return d ?? this.runDate;
  }
  private badExtracted = false;

  /**
   * The fast path (fast-record.ts): a RECORD line checked and spooled from its bytes; false leaves it to the
   * general path (parse, then record()), which spools the same values or fails naming line and column.
   */
  fastRecord(b: Buffer, start: number, end: number): boolean {
    if (!this.cfg.fast_path) return false;
    const sc = this.scanner;
    // the line most likely goes where the last one went: it is written straight into that spool's buffer (no copy)
    const last = this.lastSpool;
    const guess =
      last && this.spools.get(last.key) === last && last.reserve(2 * (end - start) + last.columns.length * 64 + 16) ? last : undefined;
    sc.into(guess?.pendingBuffer, guess?.pendingEnd ?? 0);
    const plan = sc.line(b, start, end, this.lookup);
    if (!plan) return false;
    const s = this.fastStream!;
    let partition: string | undefined;
    if (s.partitionKind === 'extracted') {
      partition = sc.timeStart < 0 ? this.runDate : this.cachedDate(b, sc.timeStart, sc.timeEnd, undefined);
    } else if (sc.partStart < 0) partition = NO_PARTITION;
    else partition = this.cachedDate(b, sc.partStart, sc.partEnd, s.partitionKind);
    if (partition === undefined) return false;
    const spool = this.spoolFor(s, partition);
    if (spool === guess && sc.out === spool.pendingBuffer && sc.base === spool.pendingEnd) spool.took(sc.o - sc.base);
    else spool.addBytes(sc.out, sc.base, sc.o);
    this.counted(s, spool);
    this.fastRows++;
    return true;
  }

  private readonly scanner = new RecordScanner();
  private fastStream: StreamInfo | undefined;
  /** the stream of a fast-path line from its name's bytes (the last one matched is tried first) */
  private readonly lookup = (b: Buffer, from: number, to: number): Plan | undefined => {
    const last = this.fastStream;
    if (last && to - from === last.nameBytes.length) {
      const k = last.nameBytes;
      let i = 0;
      while (i < k.length && b[from + i] === k[i]) i++;
      if (i === k.length) return last.plan;
    }
    const s = this.streams.get(b.toString('utf8', from, to));
    this.fastStream = s;
    return s?.plan;
  };
  private dateCache = { bytes: Buffer.alloc(0), kind: '', date: '' as string | undefined };

  /** The partition date of a date-time (or date) string's bytes, the last one remembered; undefined: not a date. */
  private cachedDate(b: Buffer, from: number, to: number, kind: StreamInfo['partitionKind'] | undefined): string | undefined {
    const c = this.dateCache;
    const k = kind ?? 'extracted';
    if (c.kind === k && to - from === c.bytes.length && b.compare(c.bytes, 0, c.bytes.length, from, to) === 0) return c.date;
    const text = b.toString('utf8', from, to);
    c.bytes = Buffer.from(text);
    c.kind = k;
    c.date = kind === undefined ? this.extractedDate(text) : partitionDate(kind, text);
    return c.date;
  }

  private spoolFor(s: StreamInfo, partition: string): Spool {
    const last = this.lastSpool;
    if (last && last.stream === s && last.partition === partition && this.spools.get(last.key) === last) return last;
    const key = `${s.name}\u0000${s.gen}\u0000${partition}`;
    let spool = this.spools.get(key);
    if (!spool) {
      spool = new Spool(join(this.work, `spool-${++this.spoolSeq}.ndjson`), s, s.columns, partition, key);
      this.spools.set(key, spool);
    }
    this.lastSpool = spool;
    return spool;
  }
  private lastSpool: Spool | undefined;

  private counted(s: StreamInfo, spool: Spool): void {
    // a sheet's limit: refuse as soon as a file would pass it, not after spooling the rest
    if (this.cfg.format === 'xlsx' && spool.rows >= XLSX_MAX_ROWS) throw new SheetTooLargeError(s.name, spool.rows);
    s.rows++;
    this.totalRows++;
  }

  record(msg: RecordMessage, line: number, lossless?: Record<string, unknown>): void {
    const s = this.streams.get(msg.stream);
    if (!s) throw new RecordBeforeSchemaError(msg.stream, line);
    const rec = lossless ?? msg.record;
    for (const k in rec) {
      if (!s.columns.some((c) => c.name === k))
        throw new BadValueError(
          s.name,
          line,
          k,
          "the property is not in the stream's SCHEMA (a file has no place for it; send a new SCHEMA)",
        );
    }
    let text = '{';
    for (let i = 0; i < s.columns.length; i++) {
      const c = s.columns[i]!;
      const v = rec[c.name];
      if (v === null || v === undefined) continue;
      if (text.length > 1) text += ',';
      text += s.encoders[i]!(v, s.name, line, c.name);
    }
    text += '}\n';
    const spool = this.spoolFor(s, this.partitionOf(s, msg, rec, line));
    spool.add(text);
    this.counted(s, spool);
  }

  /** Rows buffered so far are covered by this STATE; a resend of the last batch of a crashed run is dropped here. */
  state(value: unknown, line: number): void {
    for (const sp of this.spools.values()) {
      this.sealedRows += sp.rows - sp.sealedRows;
      sp.seal();
    }
    this.lastState = value;
    const cand = this.replayCandidate;
    if (!cand || this.committed) return;
    const candRows = cand.files.reduce((n, f) => n + f.rows, 0);
    if (this.totalRows > candRows) {
      this.replayCandidate = undefined;
      return;
    }
    if (!isDeepStrictEqual(value, cand.state)) return;
    this.replayCandidate = undefined;
    const mine = [...this.spools.values()]
      .map((sp) => `${sp.stream.name}\u0000${sp.stream.partitionDir}=${sp.partition}\u0000${sp.sealedRows}\u0000${sp.sealedDigest()}`)
      .sort();
    const theirs = cand.files.map((f) => `${f.stream}\u0000${f.partition}\u0000${f.rows}\u0000${f.input_sha256}`).sort();
    if (!isDeepStrictEqual(mine, theirs)) return;
    this.logger.warn(
      `line ${line}: the input resent the ${candRows} rows of batch ${cand.batch_id}, whose STATE a crash kept from being delivered; they are in its files already, so they are skipped`,
    );
    for (const sp of this.spools.values()) {
      sp.close();
      rmSync(sp.path, { force: true });
    }
    this.spools.clear();
    this.sealedRows = 0;
  }

  async activateVersion(msg: ActivateVersionMessage): Promise<void> {
    this.logger.info(`ACTIVATE_VERSION ${msg.version} for stream "${msg.stream}": files are append-only, nothing to delete`);
  }

  /**
   * A batch is due. The kit commits it as soon as the commit in flight is durable, and reads no input meanwhile:
   * the batch is cut here and DuckDB starts writing its files at once, beside that commit's staging and fsyncs
   * instead of after them (nothing is staged or made visible before the kit's flush commits it).
   */
  shouldFlush(): boolean {
    if (this.prepared) return true;
    if (this.sealedRows < this.cfg.batch_size_rows) return false;
    this.prepared = this.cut(false);
    for (const job of this.prepared.jobs) job.written = this.write(job);
    return true;
  }
  private prepared: Cut | undefined;
  /** DuckDB's files, one at a time in batch order (one connection) */
  private duckdb: Promise<unknown> = Promise.resolve();

  private write(job: Job): Promise<number> {
    const w = this.duckdb.then(async () => {
      const t0 = performance.now();
      try {
        return await this.writeFile(job.spool, job.out);
      } finally {
        this.duckdbMs += performance.now() - t0;
      }
    });
    this.duckdb = w.catch(() => undefined);
    // a failure is reported by the commit that awaits it; a run failing before that commit does not crash on it
    w.catch(() => undefined);
    return w;
  }
  shouldWrite(): boolean {
    return false;
  }
  bufferedRows(): number {
    let n = 0;
    for (const j of this.prepared?.jobs ?? []) n += j.rows;
    for (const sp of this.spools.values()) n += sp.rows;
    return n;
  }

  /**
   * Commit the rows a STATE covers (at the end of the input, every row). Takes the spools synchronously: rows after
   * the last STATE move to fresh spools and stay for the next batch.
   */
  flush(commit: boolean, final = false): Promise<void> {
    if (!commit) return Promise.resolve();
    // a run SIGTERM stopped ends with what its last STATE covers: the records after it are not sealed into a batch
    // under that older STATE (its rerun sends them again: they would be delivered twice)
    const complete = final && !this.stoppedEarly;
    const cuts: Cut[] = [];
    if (this.prepared) cuts.push(this.prepared);
    this.prepared = undefined;
    if (complete || this.sealedRows > 0 || !cuts.length) {
      const c = this.cut(complete);
      if (c.jobs.length) cuts.push(c);
    }
    if (!cuts.length && !complete) return Promise.resolve();
    return (async () => {
      for (let i = 0; i < cuts.length; i++) await this.commit(cuts[i]!, complete && i === cuts.length - 1);
      if (complete) {
        const days = this.cfg.retention_days;
        if (days && Object.keys(days).length) await applyRetention(this.store, days, new Date(), this.logger);
      }
    })();
  }

  /** SIGTERM cut the input short (the target kit says so before its final flush). */
  stopped(): void {
    this.stoppedEarly = true;
  }
  private stoppedEarly = false;

  /** The spools' sealed rows taken as a batch's jobs (every row when final); rows after the last STATE move to fresh spools. */
  private cut(final: boolean): Cut {
    const jobs: Job[] = [];
    const next = new Map<string, Spool>();
    let k = 0;
    const batchId = `${this.runStamp}-${String(++this.batchSeq).padStart(5, '0')}`;
    for (const [key, sp] of this.spools) {
      if (final) sp.seal();
      if (sp.sealedRows === 0) {
        next.set(key, sp);
        continue;
      }
      sp.close();
      if (sp.rows > sp.sealedRows) {
        // the rows after the STATE: into a fresh spool, cut from this one
        const tail = new Spool(join(this.work, `spool-${++this.spoolSeq}.ndjson`), sp.stream, sp.columns, sp.partition, key);
        tail.adopt(sp.unsealed(), sp.rows - sp.sealedRows);
        truncateSync(sp.path, sp.sealedBytes);
        next.set(key, tail);
      }
      const ext = EXT[this.cfg.format]! + (this.compression === 'gzip' ? '.gz' : '');
      const rel = `${this.base}/${sp.stream.name}/${sp.stream.partitionDir}=${sp.partition}/part-${batchId}-${++k}.${ext}`;
      jobs.push({ spool: sp, rows: sp.sealedRows, rel, digest: '', out: join(this.work, `out-${batchId}-${k}`) });
    }
    this.spools = next;
    this.sealedRows = 0;
    return { batchId, jobs, state: this.lastState };
  }

  private async commit(cut: Cut, final: boolean): Promise<void> {
    const staged: string[] = [];
    try {
      await this.commitStaging(cut, final, staged);
    } catch (e) {
      // a batch that failed before its manifest leaves nothing in the output tree (the next start would find it
      // too, but a failed run is often not rerun soon); once the manifest is written, start() finishes the commit
      // a manifest write that failed may still have landed (an S3 reply lost, a directory fsync that threw): then
      // the files are the batch's and start() promotes them; removed only when the manifest is surely absent
      const landed = this.manifestWritten || (await this.store.exists(this.manifestKey(cut.batchId)).catch(() => true));
      if (!landed) for (const rel of staged) await this.store.remove(stagedName(rel)).catch(() => undefined);
      throw e;
    }
  }
  private manifestWritten = false;

  private manifestKey(batchId: string): string {
    return `${this.base}/_batches/${batchId}/_manifest.json`;
  }

  private async commitStaging({ batchId, jobs, state }: Cut, final: boolean, staged: string[]): Promise<void> {
    const files: ManifestFile[] = [];
    this.manifestWritten = false;
    await this.guard();
    for (const job of jobs) {
      const sp = job.spool;
      job.digest = sp.sealedDigest();
      const out = job.out;
      const rows = await (job.written ??= this.write(job));
      if (rows !== job.rows) throw new Error(`DuckDB wrote ${rows} rows of stream "${sp.stream.name}" where ${job.rows} were received`);
      const { sha256, bytes } = await fileDigest(out);
      staged.push(job.rel);
      await this.store.stage(out, job.rel);
      crashPoint('staged', Number(batchId.slice(-5)));
      rmSync(sp.path, { force: true });
      files.push({
        path: job.rel,
        stream: sp.stream.name,
        partition: `${sp.stream.partitionDir}=${sp.partition}`,
        rows: job.rows,
        bytes,
        sha256,
        input_sha256: job.digest,
        columns: sp.columns.map((c) => ({ name: c.name, type: duckType(c.type) })),
      });
    }
    if (files.length) {
      const streams: Manifest['streams'] = {};
      for (const f of files) {
        const s = this.streams.get(f.stream)!;
        const known = [...s.known].map(([name, type]) => ({ name, type: duckType(type) }));
        const entry = (streams[f.stream] ??= { rows: 0, key_properties: s.keyProperties, columns: f.columns, known_columns: known });
        entry.rows += f.rows;
        entry.columns = f.columns;
      }
      // streams of earlier batches keep their last schema in the newest manifest, for the next run's type checks
      for (const [name, info] of Object.entries(this.lastManifest?.streams ?? {})) streams[name] ??= { ...info, rows: 0 };
      const manifest: Manifest = {
        batch_id: batchId,
        created_at: new Date().toISOString(),
        zone: this.cfg.zone,
        source: this.source,
        format: this.cfg.format,
        compression: this.compression,
        state,
        final,
        streams,
        files,
      };
      // the commit point: once this is durable the batch exists; a crash from here on is finished by start()
      await this.guard();
      await this.store.putText(this.manifestKey(batchId), stringifyJson(manifest) + '\n');
      this.manifestWritten = true;
      crashPoint('manifest', Number(batchId.slice(-5)));
      for (const f of files) await this.store.promote(f.path);
      crashPoint('promoted', Number(batchId.slice(-5)));
      this.lastManifest = manifest;
      this.committed = true;
      this.batches++;
      this.filesWritten += files.length;
      this.rowsWritten += files.reduce((n, f) => n + f.rows, 0);
      this.logger.info(`batch ${batchId} committed`, { files: files.length, rows: files.reduce((n, f) => n + f.rows, 0) });
    }
  }

  /** One spool → one finished file in the work folder, by DuckDB; returns the rows it wrote. */
  private async writeFile(sp: Spool, out: string): Promise<number> {
    const cols = sp.columns;
    // spool keys are f<i> (f<i>m/h: a decimal's upper pieces): any property name is safe in the SELECT only
    const fields: string[] = [];
    const select: string[] = [];
    cols.forEach((c, i) => {
      const as = ` AS ${ident(c.name)}`;
      if (c.type.kind === 'decimal') {
        fields.push(`'f${i}': 'BIGINT'`);
        if (c.type.precision! > 18) fields.push(`'f${i}m': 'BIGINT'`);
        if (c.type.precision! > 36) fields.push(`'f${i}h': 'BIGINT'`);
        const rebuilt = decimalSql(c.type, `f${i}`, `f${i}m`, `f${i}h`);
        select.push((this.cfg.format === 'jsonl' ? `(${rebuilt})::VARCHAR` : rebuilt) + as);
        return;
      }
      if (c.type.kind === 'double') {
        // spooled as the number's text: Parquet gets the double it names (DuckDB's casts round correctly; a real's
        // text names a float, widened exactly), CSV and JSONL (and XLSX, xlsx.ts) the text as the tap sent it, or
        // for a real whose text a double reader reads as another double (PostgreSQL's "19.99"), its float's double
        fields.push(`'f${i}': 'VARCHAR'`);
        const value = c.type.single ? `f${i}::FLOAT::DOUBLE` : `f${i}::DOUBLE`;
        const text = c.type.single ? `CASE WHEN f${i}::DOUBLE = ${value} THEN f${i} ELSE ${value}::VARCHAR END` : `f${i}`;
        select.push((this.cfg.format === 'parquet' ? value : text) + as);
        return;
      }
      // JSON text is read as a string and cast: DuckDB's JSON reader would rewrite its numbers through doubles
      const json = c.type.kind === 'json';
      fields.push(`'f${i}': ${sqlString(json ? 'VARCHAR' : duckType(c.type))}`);
      // OWASP's CSV injection guard, when asked: a cell a spreadsheet would run as a formula is shown as text
      const guard =
        this.cfg.format === 'csv' && this.cfg.csv_neutralise_formulas && c.type.kind === 'varchar'
          ? `CASE WHEN regexp_matches(f${i}, '^[-=+@\\t\\r]') THEN '''' || f${i} ELSE f${i} END`
          : undefined;
      select.push((guard ?? (json && this.cfg.format !== 'jsonl' ? `f${i}::JSON` : `f${i}`)) + as);
    });
    const spec = `{${fields.join(', ')}}`;
    const read = `read_json(${sqlString(sp.path)}, format = 'newline_delimited', records = true, columns = ${spec}, auto_detect = false, maximum_object_size = ${Math.max(2 << 20, 2 * sp.longest)})`;
    if (this.cfg.format === 'xlsx') {
      const inner = `SELECT ${select.join(', ')} FROM ${read}`;
      const sql = `SELECT ${xlsxSelect(cols, (k) => ident(cols[k]!.name))} FROM (${inner})`;
      try {
        return await writeXlsx(this.db, sql, cols, out, sp.stream.name);
      } catch (e) {
        throw new Error(`writing ${sp.stream.name} files failed: ${(e as Error).message}`, { cause: e });
      }
    }
    let options: string;
    switch (this.cfg.format) {
      case 'parquet':
        options = `FORMAT parquet, COMPRESSION ${this.compression}, ROW_GROUP_SIZE ${this.cfg.parquet_row_group_size}`;
        break;
      case 'csv':
        options = `FORMAT csv, HEADER true, NEW_LINE '\\r\\n'${this.compression === 'gzip' ? ', COMPRESSION gzip' : ''}`;
        break;
      default:
        options = `FORMAT json${this.compression === 'gzip' ? ', COMPRESSION gzip' : ''}`;
    }
    const sql = `COPY (SELECT ${select.join(', ')} FROM ${read}) TO ${sqlString(out)} (${options})`;
    try {
      const r = await this.db.runAndReadAll(sql);
      return Number(r.getRows()[0]?.[0] ?? 0);
    } catch (e) {
      throw new Error(`writing ${sp.stream.name} files failed: ${(e as Error).message}`, { cause: e });
    }
  }

  invalidUtf8(stream: string | undefined, line: number, count: number): void {
    this.logger.warn(`line ${line}: ${count} invalid UTF-8 sequence(s) written as U+FFFD${stream ? ` (stream "${stream}")` : ''}`);
  }

  async close(): Promise<void> {
    await this.duckdb; // a file being written for a batch the run no longer commits
    for (const sp of this.spools.values()) sp.close();
    rmSync(this.work, { recursive: true, force: true });
  }
}

/**
 * MEDI_TEST_CRASH_AT=<point>:<batch> is a test-only hook (test/target-files-kill.test.ts): the target SIGKILLs itself
 * at that point of that batch's commit (staged: a file staged, before the manifest; manifest: after the manifest,
 * before the promotion; promoted: after it, before STATE is released).
 */
function crashPoint(point: string, batch: number): void {
  if (process.env.MEDI_TEST_CRASH_AT === `${point}:${batch}`) process.kill(process.pid, 'SIGKILL');
  // and MEDI_TEST_FAIL_AT: an error thrown there instead (a failed write, a lost lock), for the cleanup after it
  if (process.env.MEDI_TEST_FAIL_AT === `${point}:${batch}`) throw new Error(`MEDI_TEST_FAIL_AT ${point}:${batch}`);
}

/** A manifest's type text back into a column type, for the checks against an earlier run's files. */
function parseDuckType(t: string): Column['type'] | undefined {
  const m = /^DECIMAL\((\d+),(\d+)\)$/.exec(t);
  if (m) return { kind: 'decimal', precision: Number(m[1]), scale: Number(m[2]) };
  const kinds = ['varchar', 'timestamptz', 'date', 'time', 'bigint', 'double', 'boolean', 'json'] as const;
  const k = kinds.find((x) => x.toUpperCase() === t);
  return k ? { kind: k } : undefined;
}

/** The date a record is filed under from its partition property's text; undefined when it names no date. */
function partitionDate(kind: StreamInfo['partitionKind'], v: string): string | undefined {
  if (kind === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
  return utcDate(v);
}

/**
 * The UTC date of an ISO 8601 date-time, in the spellings the columns take (t or T or a space, z, ±HH, ±HHMM,
 * ±HH:MM, no offset: UTC, as its column is); undefined when it is none. Date.parse alone reads a date-time without
 * offset in the machine's time zone and refuses ±HH.
 */
function utcDate(v: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:([Zz])|([+-]\d{2})(?::?(\d{2}))?)?$/.exec(v);
  if (!m) return undefined;
  const zone = m[3] || !m[4] ? 'Z' : `${m[4]}:${m[5] ?? '00'}`;
  const t = Date.parse(`${m[1]}T${m[2]}${zone}`);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/** A stream's name is a folder of the layout: one plain path segment, never one that leaves the source's folder. */
function checkStreamName(stream: string, line: number): void {
  if (stream === '' || stream === '_batches' || stream.startsWith('.') || /[/\\\u0000-\u001f\u007f]/.test(stream))
    throw new ConfigError(
      `line ${line}: stream ${JSON.stringify(stream)} cannot be a folder of the layout (a slash, backslash, control character, leading dot, "_batches"); rename it (a Meltano stream map)`,
    );
}

/** Column names DuckDB and Parquet can hold: none empty, none equal to another but for ASCII case (DuckDB's rule). */
function checkColumnNames(stream: string, names: string[], line: number): void {
  const seen = new Map<string, string>();
  for (const n of names) {
    if (n === '')
      throw new ConfigError(`line ${line}: stream "${stream}" has a property with an empty name, which no file column can have`);
    const folded = n.replace(/[A-Z]+/g, (x) => x.toLowerCase());
    const other = seen.get(folded);
    if (other !== undefined)
      throw new ConfigError(
        `line ${line}: stream "${stream}" has properties "${other}" and "${n}", which differ only in case: file columns cannot tell them apart`,
      );
    seen.set(folded, n);
  }
}
