// A sink owns one stream's batch lifecycle: encode rows into COPY text as they arrive, hand the batch over
// at flush, and write it (COPY, or COPY + merge for upsert) inside the loader's transaction.
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { once } from 'node:events';
import type { TableShape } from './connector.js';
import { METADATA_COLUMNS } from './connector.js';
import { qualified, quoteIdent } from '../../kit/warehouse/identifiers.js';
import { encodeValue, escapeCopy } from './copy-text.js';
import { BINARY_HEADER, BINARY_TRAILER } from './copy-binary.js';
import { utcTimeOfDay } from '../../kit/singer/ajv.js';

/** Metadata columns filled by their column defaults, never sent in COPY (see METADATA_COLUMNS). */
const DEFAULTED = new Set(['_sdc_batched_at', '_sdc_received_at']);

// Encoded rows are written straight into 256 KB Buffers as UTF-8: a batch held as strings would keep
// millions of small field strings alive (GC cost exceeded the COPY itself), and flattening large
// concatenated strings before encoding cost more than encoding each short row in place.
const CHUNK_BYTES = 256 * 1024;

/**
 * Chunks whose COPY finished, for reuse: a fresh 256 KB buffer per chunk is external memory, and V8 answered
 * that allocation rate with a full mark-compact every few MB (~8% of the target's CPU on the 1M-row bench).
 * Bounded, so an idle target holds at most POOL_MAX chunks.
 */
const pool: Buffer[] = [];
const POOL_MAX = 32;

function newChunk(): Buffer {
  return pool.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES);
}

/**
 * A buffer switches between binary and text at most this often; past that, the rest of its rows go as text
 * (each switch is one more COPY statement, so rows that alternate cannot turn a batch into thousands).
 */
const MAX_SEGMENTS = 8;

/** Consecutive rows of one COPY format: one COPY statement each. */
export interface Segment {
  binary: boolean;
  chunks: Buffer[];
  /** index in RowBuffer.lines of the segment's first row */
  firstRow: number;
}

/** Rows of one stream waiting for a commit, already in COPY form (binary or text: see copy-binary.ts). */
export class RowBuffer {
  private chunks: Buffer[] = [];
  private readonly done: Segment[] = [];
  private binary = false;
  private firstRow = 0;
  /** false once the buffer has switched formats MAX_SEGMENTS times: its remaining rows go as text */
  binaryAllowed = true;
  private current = newChunk();
  private pos = 0;
  /** the whole chunks behind `chunks` (sealed ones are subarrays), returned to the pool by release() */
  private readonly owned: Buffer[] = [];
  rows = 0;
  chars = 0;
  /** Input line of each buffered row, so a COPY error can name the Singer line. */
  lines: number[] = [];

  /** Start a segment of the other format when the current one differs. */
  private format(binary: boolean): void {
    if (binary === this.binary) return;
    this.sealChunk();
    if (this.chunks.length > 0) {
      this.done.push({ binary: this.binary, chunks: this.chunks, firstRow: this.firstRow });
      this.chunks = [];
      if (this.done.length >= MAX_SEGMENTS) this.binaryAllowed = false;
    }
    this.binary = binary;
    this.firstRow = this.rows;
  }

  /** Append one row of COPY text. */
  push(row: string, line: number): void {
    this.format(false);
    // a UTF-16 code unit is at most 3 UTF-8 bytes
    if (this.pos + row.length * 3 > this.current.length) {
      this.sealChunk();
      if (row.length * 3 > CHUNK_BYTES) {
        this.chunks.push(Buffer.from(row));
        this.count(row, line);
        return;
      }
    }
    this.pos += this.current.write(row, this.pos);
    this.count(row, line);
  }

  private count(row: string, line: number): void {
    this.rows++;
    this.chars += row.length;
    this.lines.push(line);
  }

  /** Whether a row of at most `max` bytes can be written in place (else the caller encodes it as a string). */
  fits(max: number): boolean {
    return max <= CHUNK_BYTES;
  }

  /**
   * Room for one row of at most `max` bytes (it `fits`) written in place (the fast path), in binary or text
   * form: returns the buffer to write into at `offset`.
   */
  reserve(max: number, binary: boolean): Buffer {
    if (!this.fits(max)) throw new Error(`internal: a ${max}-byte row was reserved in place; fits() says it cannot be`);
    this.format(binary);
    if (this.pos + max > this.current.length) this.sealChunk();
    return this.current;
  }

  get offset(): number {
    return this.pos;
  }

  /** Close a row written in place by the caller up to `end`. */
  commitRow(end: number, line: number): void {
    this.chars += end - this.pos;
    this.pos = end;
    this.rows++;
    this.lines.push(line);
  }

  private sealChunk(): void {
    if (this.current.length === 0) throw new Error('internal: a row buffer was used after its chunks were released');
    if (this.pos > 0) {
      this.chunks.push(this.current.subarray(0, this.pos));
      this.owned.push(this.current);
      this.current = newChunk();
      this.pos = 0;
    }
  }

  /** The buffered rows as segments, in order (the buffer takes no more rows after this). */
  seal(): Segment[] {
    this.sealChunk();
    return this.chunks.length ? [...this.done, { binary: this.binary, chunks: this.chunks, firstRow: this.firstRow }] : this.done;
  }

  /**
   * Give the chunks back for reuse once their COPY has completed (the server acknowledged every byte, so no
   * socket write still reads them). The buffer is empty and unusable afterwards.
   */
  release(): void {
    for (const c of [...this.owned, this.current]) if (pool.length < POOL_MAX) pool.push(c);
    this.owned.length = 0;
    this.chunks = [];
    this.done.length = 0;
    this.current = Buffer.alloc(0);
    this.pos = 0;
  }
}

export interface SinkBatch {
  sink: StreamSink;
  rows: RowBuffer;
  rejects: RowBuffer;
}

export class CopyRowError extends Error {
  override name = 'CopyRowError';
}

export class StreamSink {
  /** Columns written by COPY, in order: record properties then target-filled metadata. */
  readonly copyColumns: string[];
  readonly metadataColumns: string[];
  /** metadata columns COPY leaves to their defaults (an upsert carries them from the stage table) */
  readonly defaulted: string[];
  rows = new RowBuffer();
  rejects = new RowBuffer();
  /** metadata columns are exactly the standard set, in order (the loader can write the tail directly) */
  readonly fastMeta: boolean;
  /** the fast path may write this stream's rows in binary COPY form (every column has one) */
  readonly binary: boolean;
  private readonly encoders: Array<(v: unknown) => string>;

  constructor(
    readonly stream: string,
    readonly shape: TableShape,
    readonly opts: { metadata: boolean; upsert: boolean; sanitizeNul: boolean; rejectsTable?: string; binary?: boolean },
  ) {
    const props = new Set(shape.columns.map((c) => c.name));
    // _sdc_batched_at and _sdc_received_at are filled by their column defaults (see METADATA_COLUMNS)
    this.metadataColumns = opts.metadata ? METADATA_COLUMNS.map((m) => m.name).filter((n) => !DEFAULTED.has(n) && !props.has(n)) : [];
    this.defaulted = opts.metadata ? [...DEFAULTED].filter((n) => !props.has(n)) : [];
    this.copyColumns = [...shape.columns.map((c) => c.name), ...this.metadataColumns];
    const san = opts.sanitizeNul;
    this.encoders = shape.columns.map((c): ((v: unknown) => string) => {
      if (c.type === 'time') return (v) => (typeof v === 'string' ? escapeCopy(utcTimeOfDay(v), san) : encodeValue(v, c.type, san));
      if (c.type === 'text' || c.type === 'timestamptz' || c.type === 'date') {
        return (v) => (typeof v === 'string' ? escapeCopy(v, san) : encodeValue(v, c.type, san));
      }
      if (c.type === 'bigint' || c.type === 'numeric')
        return (v) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : encodeValue(v, c.type, san));
      if (c.type === 'boolean') return (v) => (v === true ? 't' : v === false ? 'f' : encodeValue(v, c.type, san));
      return (v) => encodeValue(v, c.type, san);
    });
    this.fastMeta = this.metadataColumns.join() === '_sdc_extracted_at,_sdc_deleted_at,_sdc_sequence,_sdc_table_version,_sdc_load_run_id';
    this.binary = !!opts.binary && shape.binary === true && (this.fastMeta || this.metadataColumns.length === 0);
  }

  /** The property part of a COPY line (no metadata, no newline), one compiled encoder per column. */
  encodeProperties(record: Record<string, unknown>): string {
    const cols = this.shape.columns;
    const enc = this.encoders;
    if (cols.length === 0) return '';
    let line = enc[0]!(own(record, cols[0]!.property));
    for (let i = 1; i < cols.length; i++) line += '\t' + enc[i]!(own(record, cols[i]!.property));
    return line;
  }

  /** Encode one record (values already validated) plus its metadata values into a COPY line. */
  encode(record: Record<string, unknown>, meta: Record<string, unknown>): string {
    const cols = this.shape.columns;
    const san = this.opts.sanitizeNul;
    let line = '';
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i]!;
      const v = own(record, c.property);
      line += (i === 0 ? '' : '\t') + encodeValue(v === undefined && c.property in meta ? meta[c.property] : v, c.type, san);
    }
    return line + this.encodeMeta(meta, cols.length > 0);
  }

  /** The metadata tail of a COPY line (leading tab when properties precede it) and the newline. */
  encodeMeta(meta: Record<string, unknown>, afterProperties: boolean): string {
    let tail = '';
    let first = !afterProperties;
    for (const m of this.metadataColumns) {
      tail +=
        (first ? '' : '\t') +
        encodeValue(meta[m], m === '_sdc_sequence' || m === '_sdc_table_version' ? 'bigint' : 'text', this.opts.sanitizeNul);
      first = false;
    }
    return tail + '\n';
  }

  take(): SinkBatch {
    const batch = { sink: this, rows: this.rows, rejects: this.rejects };
    this.rows = new RowBuffer();
    this.rejects = new RowBuffer();
    return batch;
  }

  /** Write a taken batch inside the caller's open transaction. */
  async write(client: pg.Client, batch: SinkBatch, stageSeq: number): Promise<void> {
    const { schema, table, keyColumns } = this.shape;
    const target = qualified(schema, table);
    const colList = this.copyColumns.map(quoteIdent).join(', ');
    if (batch.rows.rows > 0) {
      if (this.opts.upsert && keyColumns.length > 0) {
        const stage = quoteIdent(`medi_stage_${stageSeq}`);
        await client.query(`CREATE TEMP TABLE ${stage} (LIKE ${target} INCLUDING DEFAULTS) ON COMMIT DROP`);
        await client.query(`ALTER TABLE ${stage} ADD COLUMN _medi_ord bigserial`);
        await copyInto(client, `COPY ${stage} (${colList}) FROM STDIN`, batch.rows, this.stream);
        const all = this.copyColumns.map(quoteIdent);
        const keys = keyColumns.map(quoteIdent).join(', ');
        const defaulted = this.defaulted.map(quoteIdent);
        const updates = [...all.filter((c) => !keyColumns.map(quoteIdent).includes(c)), ...defaulted];
        const insertCols = [...all, ...defaulted];
        // the stage's defaults were evaluated as its rows arrived; _sdc_batched_at is this transaction's time
        const selectCols = [...all, ...defaulted.map((c) => (c === '"_sdc_batched_at"' ? 'now()' : c))];
        // last record for a key wins, both within this batch (DISTINCT ON … ORDER BY arrival) and against the table
        await client.query(
          `INSERT INTO ${target} (${insertCols.join(', ')})
           SELECT DISTINCT ON (${keys}) ${selectCols.join(', ')} FROM ${stage} ORDER BY ${keys}, _medi_ord DESC
           ON CONFLICT (${keys}) DO ${updates.length ? `UPDATE SET ${updates.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}` : 'NOTHING'}`,
        );
      } else {
        await copyInto(client, `COPY ${target} (${colList}) FROM STDIN`, batch.rows, this.stream);
      }
    }
    if (batch.rejects.rows > 0 && this.opts.rejectsTable) {
      await copyInto(
        client,
        `COPY ${qualified(schema, this.opts.rejectsTable)} (_sdc_stream, input_line, record, record_text, errors, _sdc_load_run_id) FROM STDIN`,
        batch.rejects,
        this.stream,
      );
    }
    batch.rows.release();
    batch.rejects.release();
  }
}

/**
 * Stream the buffer into COPY, one statement per segment (binary ones framed by header and trailer), with
 * backpressure; map a failing COPY line back to the Singer input line.
 */
async function copyInto(client: pg.Client, sql: string, buf: RowBuffer, stream: string): Promise<void> {
  for (const seg of buf.seal()) {
    const copy = client.query(copyFrom(seg.binary ? `${sql} WITH (FORMAT binary)` : sql));
    const done = new Promise<void>((resolve, reject) => {
      copy.on('finish', resolve);
      copy.on('error', reject);
    });
    try {
      for (const chunk of seg.binary ? [BINARY_HEADER, ...seg.chunks, BINARY_TRAILER] : seg.chunks) {
        if (!copy.write(chunk)) await Promise.race([once(copy, 'drain'), done]);
      }
      copy.end();
      await done;
    } catch (e) {
      const err = e as Error & { where?: string };
      const m = /line (\d+)/.exec(err.where ?? '');
      const inputLine = m ? buf.lines[seg.firstRow + Number(m[1]) - 1] : undefined;
      throw new CopyRowError(`stream "${stream}"${inputLine ? `: input line ${inputLine}` : ''}: ${err.message}`);
    }
  }
}

/**
 * A record's value of a property; undefined when the record does not have it. A property named like a member of
 * Object.prototype (`__proto__`, `constructor`, `toString`) would otherwise read the prototype's member (`{}`).
 */
export function own(record: Record<string, unknown>, property: string): unknown {
  return property in Object.prototype && !Object.hasOwn(record, property) ? undefined : record[property];
}
