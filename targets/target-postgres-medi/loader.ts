// The Postgres Loader: routes messages to sinks, validates, tracks source files, and commits every
// sink's batch plus the audit rows in one transaction, so a commit is all-or-nothing across streams.
import { randomUUID } from 'node:crypto';
import { createAjv, validateExact, type AjvInstance, type ValidateFunction } from '../../kit/singer/ajv.js';
import type { Logger } from 'winston';
import type { Loader } from '../../kit/singer/target-kit.js';
import { APPEND_ONLY, type ActivateVersionMessage, type RecordMessage, type SchemaMessage } from '../../kit/singer/messages.js';
import { JsonNumber } from '../../kit/singer/json.js';
import { fitsInt64, integerText } from '../../kit/singer/decimal.js';
import { InvalidRecordError, MissingKeyPropertiesError, NullCharacterError, RecordBeforeSchemaError } from '../../kit/singer/errors.js';
import { RecordCounter, emitMetric } from '../../kit/singer/log.js';
import { eventsUrl, publishEvents } from '../../kit/events.js';
import { Connector, type Column } from './connector.js';
import { RowBuffer, StreamSink, type SinkBatch } from './sink.js';
import { NulInTextError, encodeValue } from './copy-text.js';
import { qualified, quoteIdent, tableNameFor } from './identifiers.js';
import { FastLines, RecordScanner, compileFastPlan, copyBytes, isDateTimeAt, sameBytes, type AcceptedLine } from './fast-path.js';
import { int64Fits, putInt32, putInt64, putInt64Token, putTimestamp, timestampAt, tsMicros, tsSeconds, uuidBytes } from './copy-binary.js';
import type { TargetConfig } from './settings.js';

/** What written-ahead chunks accumulate until their commit: file watermarks, manifest entries, totals, and
 * the rows and streams the commit covers (for its metric). */
interface Carry {
  units: UnitState[];
  manifest: ManifestEntry[];
  pending: Totals;
  rows: number;
  streams: Set<string>;
}

function emptyCarry(): Carry {
  return { units: [], manifest: [], pending: { loaded: 0, rejected: 0, skipped: 0 }, rows: 0, streams: new Set() };
}

/** Encoded characters buffered before they are written ahead into the open transaction (~2 MB). */
const WRITE_AHEAD_CHARS = 2 * 1024 * 1024;

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
  /** streams whose schema the byte-level fast path implements (see fast-path.ts) */
  private readonly fast: FastLines;
  private readonly tables = new Map<string, string>(); // table → stream, to refuse two streams in one table
  private readonly units = new Map<string, UnitState>();
  private readonly unitStreams = new Set<string>();
  private manifest: ManifestEntry[] = [];
  private resets: Reset[] = [];
  /** files being reprocessed this run (uri, version, hash): their units start from row 1 */
  private readonly reprocessing = new Set<string>();
  private readonly ajv: AjvInstance;
  private readonly counter = new RecordCounter();
  private readonly perStream = new Map<string, Totals>();
  private committed: Totals = { loaded: 0, rejected: 0, skipped: 0 };
  private pending: Totals = { loaded: 0, rejected: 0, skipped: 0 };
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

  constructor(private readonly connector: Connector, private readonly cfg: TargetConfig, private readonly logger: Logger) {
    // microseconds since epoch: strictly increasing within a run and larger than any earlier run's values
    this.seq = Date.now() * 1000;
    this.ajv = createAjv((m) => logger.warn(m));
    this.fast = new FastLines(cfg.sanitize_null_text_characters);
  }

  async start(): Promise<void> {
    await this.connector.client.query(
      `INSERT INTO etl.load_runs (load_run_id, plugin, meltano_run_id) VALUES ($1, 'target-postgres-medi', $2)`,
      [this.runId, process.env.MELTANO_RUN_ID ?? null],
    );
    this.logger.info('load run started', { load_run_id: this.runId });
  }

  schemaChanges(msg: SchemaMessage): boolean {
    return this.schemas.get(msg.stream) !== JSON.stringify([msg.schema, msg.key_properties, msg[APPEND_ONLY]]);
  }

  async schema(msg: SchemaMessage): Promise<void> {
    this.schemas.set(msg.stream, JSON.stringify([msg.schema, msg.key_properties, msg[APPEND_ONLY]]));
    this.schemaMessages.set(msg.stream, msg);
    this.keys.set(msg.stream, msg.key_properties);
    if (msg.stream === FILE_MANIFEST_STREAM) return;
    const table = tableNameFor(msg.stream);
    const owner = this.tables.get(table);
    if (owner !== undefined && owner !== msg.stream) throw new Error(`streams "${owner}" and "${msg.stream}" would both land in table "${table}"`);
    this.tables.set(table, msg.stream);
    // the default merges keyed streams, as MeltanoLabs' and PipelineWise's target-postgres do: a tap with an
    // inclusive bookmark re-sends the record at the bookmark every run. Keyless streams and streams that ask
    // to keep every version (our taps: raw is history) append.
    const upsert = this.cfg.load_method === 'upsert' && msg.key_properties.length > 0 && msg[APPEND_ONLY] !== true;
    if (this.cfg.load_method === 'upsert' && !upsert) {
      this.logger.info(`stream "${msg.stream}": ${msg.key_properties.length ? 'its tap asks to keep every version' : 'no key_properties'}: appending`);
    }
    const shape = await this.connector.ensureTable(msg, this.cfg.default_target_schema, { metadata: this.cfg.add_record_metadata, upsert });
    const opts: ConstructorParameters<typeof StreamSink>[2] = { metadata: this.cfg.add_record_metadata, upsert, sanitizeNul: this.cfg.sanitize_null_text_characters, binary: this.cfg.copy_format === 'binary' };
    if (this.cfg.invalid_record_action === 'reject') opts.rejectsTable = await this.connector.ensureRejectsTable(shape.schema, shape.table);
    const sink = new StreamSink(msg.stream, shape, opts);
    this.sinks.set(msg.stream, sink);
    const props = msg.schema.properties ?? {};
    if (LINEAGE.hash in props && LINEAGE.row in props) this.unitStreams.add(msg.stream);
    else this.unitStreams.delete(msg.stream);

    this.fast.set(msg.stream, undefined);
    if (this.cfg.validate_records) {
      try {
        // Taps declare various dialects ($schema draft-07, 2020-12 from the Meltano SDK); Singer schemas use
        // the common subset, so validate against the schema itself without resolving its meta-schema.
        const { $schema: _dialect, ...schema } = msg.schema;
        this.validators.set(msg.stream, this.ajv.compile(schema));
      } catch (e) {
        throw new Error(`stream "${msg.stream}": its JSON Schema cannot be compiled for validation: ${(e as Error).message}`);
      }
    }
    if (this.cfg.fast_path && (sink.fastMeta || sink.metadataColumns.length === 0)) {
      const capture = this.unitStreams.has(msg.stream) ? [LINEAGE.uri, LINEAGE.version, LINEAGE.hash, LINEAGE.row] : [];
      const plan = compileFastPlan(msg.schema, shape, msg.key_properties, capture, this.ajv, this.cfg.validate_records, sink.binary ? { zonelessUtc: this.connector.zonelessUtc } : undefined);
      if (plan) this.fast.set(msg.stream, new RecordScanner(plan));
      else this.logger.debug(`stream "${msg.stream}": schema uses keywords the fast path does not implement; every record takes the general path`);
    }
  }

  /**
   * The fast path (fast-path.ts): accept, check and encode a RECORD line straight from its bytes. False when
   * the general path must take it (the kit then parses the line and calls record()); never throws for data.
   */
  fastRecord(b: Buffer, start: number, end: number, line: number): boolean {
    if (this.fast.size === 0) return false;
    const env = this.fast.accept(b, start, end);
    return env ? this.fastEmit(b, line, env, env.scanner.captured) : false;
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
    let unit: UnitState | undefined;
    if (this.unitStreams.has(env.stream)) {
      const [uri, version, hash, row] = captured as [string, string, string, string];
      unit = this.units.get(unitId(env.stream, uri, version, hash));
      if (!unit || row === '') return false; // first row of a file: the general path looks the file up
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
        if (env.timeStart >= 0) pos = copyBytes(b, env.timeStart, env.timeEnd, out, pos);
        else { out[pos++] = 0x5c; out[pos++] = 0x4e; }
        out[pos++] = 9; out[pos++] = 0x5c; out[pos++] = 0x4e; out[pos++] = 9;
        pos = writeDecimal(out, pos, ++this.seq);
        out[pos++] = 9;
        if (env.versionStart >= 0) pos = copyBytes(b, env.versionStart, env.versionEnd, out, pos);
        else { out[pos++] = 0x5c; out[pos++] = 0x4e; }
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
      if (!(isDateTimeAt(b, env.timeStart, env.timeEnd) && timestampAt(b, env.timeStart, env.timeEnd, this.connector.zonelessUtc))) return false;
      t.bytes = Buffer.from(b.subarray(env.timeStart, env.timeEnd));
      t.secs = tsSeconds;
      t.micros = tsMicros;
    }
    return env.versionStart < 0 || int64Fits(b, env.versionStart, env.versionEnd);
  }

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

  record(msg: RecordMessage, line: number, lossless?: Record<string, unknown>): void | Promise<void> {
    if (msg.stream === FILE_MANIFEST_STREAM) return this.manifestRecord(msg, line);
    const sink = this.sinks.get(msg.stream);
    if (!sink) throw new RecordBeforeSchemaError(msg.stream, line);
    const rec = msg.record;
    for (const k of this.keys.get(msg.stream)!) {
      if (rec[k] === undefined || rec[k] === null) {
        throw new MissingKeyPropertiesError(msg.stream, line, this.keys.get(msg.stream)!.filter((x) => rec[x] === undefined || rec[x] === null));
      }
    }
    const past = pastInt64(sink, lossless ?? rec);
    if (past.length > 0) return this.widenToNumeric(sink, past, line).then(() => this.record(msg, line, lossless));
    if (this.unitStreams.has(msg.stream)) {
      const unit = this.unitFor(msg.stream, rec);
      if (!this.units.has(unit.id)) return this.loadUnit(unit).then(() => this.admit(sink, msg, line, lossless));
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
      this.logger.warn(`stream "${sink.stream}": column "${c.name}" widened from bigint to numeric: input line ${line} holds a value outside bigint`,
        { load_run_id: this.runId });
    }
    await this.schema(this.schemaMessages.get(sink.stream)!);
  }

  private unitFor(stream: string, rec: Record<string, unknown>): { id: string; stream: string; uri: string; version: string; hash: string } {
    const uri = String(rec[LINEAGE.uri] ?? '');
    const version = String(rec[LINEAGE.version] ?? '');
    const hash = String(rec[LINEAGE.hash] ?? '');
    return { id: unitId(stream, uri, version, hash), stream, uri, version, hash };
  }

  private async loadUnit(u: { id: string; stream: string; uri: string; version: string; hash: string }): Promise<void> {
    const res = await this.connector.client.query<{ rows_committed_through: string; status: string }>(
      `SELECT rows_committed_through, status FROM etl.load_run_files WHERE stream = $1 AND source_uri = $2 AND source_version_id = $3 AND file_hash = $4`,
      [u.stream, u.uri, u.version, u.hash],
    );
    const row = this.reprocessing.has(fileId(u.uri, u.version, u.hash)) ? undefined : res.rows[0];
    const committedThrough = row ? Number(row.rows_committed_through) : 0;
    this.units.set(u.id, { ...u, committedThrough, processed: row?.status === 'processed', bufferedThrough: committedThrough, pendingRows: 0, dirty: false });
    if (row) this.logger.info(`source file already seen: ${u.uri} (version ${u.version || '-'}, ${row.status}, rows 1..${committedThrough} committed); those rows are skipped`, { load_run_id: this.runId });
  }

  private admit(sink: StreamSink, msg: RecordMessage, line: number, lossless?: Record<string, unknown>): void {
    const rec = msg.record;
    const unit = this.unitStreams.has(msg.stream) ? this.units.get(this.unitFor(msg.stream, rec).id)! : undefined;
    if (unit && !this.admitUnitRow(unit, Number(rec[LINEAGE.row]), msg.stream)) return;
    const validate = this.validators.get(msg.stream);
    if (validate && !validateExact(validate, rec, lossless)) {
      const errors = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
      if (this.cfg.invalid_record_action !== 'reject') throw new InvalidRecordError(msg.stream, line, errors);
      this.reject(sink, msg.stream, line, lossless ?? rec, errors);
      return;
    }
    let row: string;
    try {
      row = sink.fastMeta
        ? sink.encodeProperties(lossless ?? rec) + this.metaTail(sink, msg.time_extracted, msg.version)
        : sink.encode(lossless ?? rec, this.meta(msg.time_extracted ?? null, msg.version));
    } catch (e) {
      if (e instanceof NulInTextError) throw new NullCharacterError(msg.stream, line, findNul(rec));
      throw e;
    }
    this.pushRow(sink, msg.stream, row, line, unit);
  }

  private reject(sink: StreamSink, stream: string, line: number, rec: Record<string, unknown>, errors: string[]): void {
    const san = true; // a rejects row must always land, so NULs are replaced there
    const row = [stream, String(line), encodeValue(rec, 'jsonb', san), '\\N', encodeValue(errors, 'jsonb', san), this.runId].join('\t') + '\n';
    sink.rejects.push(row, line);
    this.buffered++;
    this.bufferedChars += row.length;
    this.pending.rejected++;
    this.streamTotals(stream).rejected++;
  }

  private manifestRecord(msg: RecordMessage, line: number): void {
    const r = msg.record as Omit<Partial<ManifestEntry>, 'status'> & { status?: ManifestEntry['status'] | 'reprocess' };
    if (!r.stream || !r.file_hash || !r.status) throw new Error(`line ${line}: ${FILE_MANIFEST_STREAM} record needs stream, file_hash and status`);
    if (r.status === 'reprocess') {
      // Recovery: the file's earlier rows go and it loads again from row 1, in the transaction that carries
      // its first new rows (a crash rolls both back, and the tap asks again on the rerun).
      const reset = { stream: r.stream, uri: r.source_uri ?? '', version: r.source_version_id ?? '', hash: r.file_hash };
      const file = fileId(reset.uri, reset.version, reset.hash);
      this.reprocessing.add(file);
      // every stream's unit of this file starts again (the file's rows and its tap-rejected rows alike)
      for (const u of this.units.values()) if (fileId(u.uri, u.version, u.hash) === file) Object.assign(u, { committedThrough: 0, processed: false, bufferedThrough: 0 });
      const id = unitId(reset.stream, reset.uri, reset.version, reset.hash);
      this.units.set(id, { id, ...reset, committedThrough: 0, processed: false, bufferedThrough: 0, pendingRows: 0, dirty: true });
      this.resets.push(reset);
      this.buffered++;
      this.logger.warn(`reprocess requested: ${reset.uri} (version ${reset.version || '-'}): its earlier rows are replaced`, { load_run_id: this.runId });
      return;
    }
    this.manifest.push({
      stream: r.stream, source_uri: r.source_uri ?? '', source_version_id: r.source_version_id ?? '', file_hash: r.file_hash,
      status: r.status, rows_read: Number(r.rows_read ?? 0), rows_rejected: Number(r.rows_rejected ?? 0), ...(r.error ? { error: r.error } : {}),
    });
    this.buffered++;
  }

  private streamTotals(stream: string): Totals {
    let t = this.perStream.get(stream);
    if (!t) this.perStream.set(stream, (t = { loaded: 0, rejected: 0, skipped: 0 }));
    return t;
  }

  shouldFlush(): boolean {
    return this.uncommitted + this.buffered >= this.cfg.batch_size_rows || this.uncommittedChars + this.bufferedChars >= this.cfg.batch_size_bytes;
  }

  shouldWrite(): boolean {
    return this.bufferedChars >= WRITE_AHEAD_CHARS;
  }

  bufferedRows(): number {
    return this.uncommitted + this.buffered;
  }

  flush(commit: boolean): Promise<void> {
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
    const rows = this.buffered;
    this.uncommitted += this.buffered;
    this.uncommittedChars += this.bufferedChars;
    this.buffered = 0;
    this.bufferedChars = 0;
    if (commit) {
      this.uncommitted = 0;
      this.uncommittedChars = 0;
    }
    const written = this.write(batches, units, manifest, resets, pending, rows, commit);
    this.writing = written.catch(() => undefined);
    return written;
  }

  /**
   * Write taken buffers into the open transaction (opening one if needed); on `commit`, also record source
   * files and run totals and commit. Units, manifest entries and totals accumulate until that commit.
   */
  private async write(batches: SinkBatch[], units: UnitState[], manifest: ManifestEntry[], resets: Reset[], pending: Totals, rows: number, commit: boolean): Promise<void> {
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
      this.carried.pending.loaded += pending.loaded;
      this.carried.pending.rejected += pending.rejected;
      this.carried.pending.skipped += pending.skipped;
      this.carried.rows += rows;
      for (const b of batches) this.carried.streams.add(b.sink.stream);
      if (!commit) return;
      await this.commit(t0);
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

  private async commit(t0: number): Promise<void> {
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
    const total = { loaded: this.committed.loaded + pending.loaded, rejected: this.committed.rejected + pending.rejected, skipped: this.committed.skipped + pending.skipped };
    await c.query(`UPDATE etl.load_runs SET rows_loaded = $2, rows_rejected = $3, rows_skipped = $4, streams = $5 WHERE load_run_id = $1`, [
      this.runId, total.loaded, total.rejected, total.skipped, JSON.stringify(Object.fromEntries(this.perStream)),
    ]);
    await c.query('COMMIT');
    this.inTransaction = false;
    this.carried = emptyCarry();
    this.committed = total;
    for (const u of units) {
      const live = this.units.get(u.id);
      if (live) live.committedThrough = Math.max(live.committedThrough, u.bufferedThrough);
    }
    emitMetric({ type: 'timer', metric: 'batch_processing_time', value: (Date.now() - t0) / 1000, tags: { rows, streams: [...streams] } });
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
    const res = await this.connector.client.query(sql, [msg.version]);
    this.logger.info(`ACTIVATE_VERSION ${msg.version} for "${msg.stream}": ${res.rowCount ?? 0} older rows ${this.cfg.hard_delete ? 'deleted' : 'marked deleted'}`);
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
      const { rows } = await this.connector.client.query<{ reltuples: number }>(`SELECT reltuples::float8 AS reltuples FROM pg_class WHERE oid = $1::regclass`, [qt]);
      if (!rows[0] || !statsStale(rows[0].reltuples, t.loaded)) continue;
      const lineage = [...sink.copyColumns, ...sink.defaulted].filter((n) => n.startsWith('_source_') || n.startsWith('_sdc_'));
      const columns = new Set([...sink.shape.keyColumns, ...lineage]);
      await this.connector.client.query(`ANALYZE ${qt}${columns.size ? ` (${[...columns].map(quoteIdent).join(', ')})` : ''}`);
    }
  }

  async close(outcome: { ok: boolean; error?: Error }): Promise<void> {
    this.counter.report();
    emitMetric({ type: 'timer', metric: 'sync_duration', value: (Date.now() - this.started) / 1000, tags: { status: outcome.ok ? 'succeeded' : 'failed' } });
    const c = this.connector.client;
    try {
      if (this.inTransaction) {
        await c.query('ROLLBACK').catch(() => undefined); // uncommitted rows of a failed run are discarded
        this.inTransaction = false;
      }
      await c.query(`UPDATE etl.load_runs SET status = $2, finished_at = now(), error = $3 WHERE load_run_id = $1`, [
        this.runId, outcome.ok ? 'succeeded' : 'failed', outcome.error ? outcome.error.message.slice(0, 4000) : null,
      ]);
      if (!outcome.ok) {
        // what a health check reads: these streams' last run failed (their last success stays as it was)
        for (const stream of this.perStream.keys()) {
          await c.query(
            `INSERT INTO etl.health (plugin, stream, last_failure_at, last_load_run_id) VALUES ('target-postgres-medi', $1, now(), $2)
             ON CONFLICT (plugin, stream) DO UPDATE SET last_failure_at = now(), last_load_run_id = $2`,
            [stream, this.runId],
          ).catch(() => undefined);
        }
      } else {
        for (const [stream, t] of this.perStream) {
          await c.query(
            `INSERT INTO etl.health (plugin, stream, last_success_at, last_load_run_id, last_rows) VALUES ('target-postgres-medi', $1, now(), $2, $3)
             ON CONFLICT (plugin, stream) DO UPDATE SET last_success_at = now(), last_load_run_id = $2, last_rows = $3`,
            [stream, this.runId, t.loaded],
          );
        }
        // the load is committed and recorded by now: statistics are a courtesy, never a reason to fail it
        await this.analyzeGrownTables().catch((e: Error) => this.logger.warn(`ANALYZE after the load failed (autovacuum will get there): ${e.message}`));
      }
    } finally {
      await this.connector.close().catch(() => undefined);
    }
    this.logger.info('load run finished', { load_run_id: this.runId, status: outcome.ok ? 'succeeded' : 'failed', ...this.committed, fast_path_records: this.fastRows, binary_copy_records: this.binaryRows });
    // a failed load stops the job before its transform step (whose data-quality step sends the other events),
    // so the loader says so itself; the event never replaces or hides the load's own error
    const events = eventsUrl();
    if (!outcome.ok && events) {
      await publishEvents(events, [{ subject: 'etl.sync.failed', data: { load_run_id: this.runId, plugin: 'target-postgres-medi', status: 'failed', error: outcome.error?.message.slice(0, 4000) ?? null, streams: [...this.perStream.keys()], rows_loaded: this.committed.loaded, rows_rejected: this.committed.rejected, rows_skipped: this.committed.skipped } }])
        .catch((e: Error) => this.logger.warn(`could not publish etl.sync.failed: ${e.message}`, { load_run_id: this.runId }));
    }
  }
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
    const v = rec[c.property];
    let outside = false;
    if (typeof v === 'number') outside = Number.isFinite(v) && (v >= INT64_BOUND || v < -INT64_BOUND);
    else if (v instanceof JsonNumber) {
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
  let digits = 1;
  for (let p = 10; p <= v; p *= 10) digits++;
  for (let k = digits - 1; k >= 0; k--) {
    out[pos + k] = 0x30 + (v % 10);
    v = Math.floor(v / 10);
  }
  return pos + digits;
}

function findNul(rec: Record<string, unknown>): string {
  for (const [k, v] of Object.entries(rec)) if (JSON.stringify(v)?.includes('\\u0000')) return k;
  return '?';
}

export { RowBuffer };
