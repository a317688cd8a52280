// tap-sql on the batch lane (the kit's `batch_config`, kit/singer/batch.ts): records go to batch files in the
// run's private folder (BatchFiles), bare JSON lines or pg-copy-binary tuples, and each file's BATCH message is
// sent and flushed at once when the file is closed. The rules are tap-kit.ts's: one file open at a time; it is
// closed before any other message (a STATE, a SCHEMA, another stream's records or a RECORD line), so nothing
// overtakes the records written before it; a file holds batch_size records at most.
//
// BatchLane is the engine's SingerWriter: every message written through it closes the open file first, so the
// engine, reconciliation and query streams keep their order without knowing about the lane. Tables read in
// parallel share it: its operations run one after another.
import type { Writable } from 'node:stream';
import { SingerWriter } from '../../kit/singer/writer.js';
import type { JsonSchema, SingerMessage } from '../../kit/singer/messages.js';
import {
  COPY_HEADER,
  COPY_TRAILER,
  JSONL,
  PG_COPY_BINARY,
  copyBinaryColumns,
  type BatchFile,
  type BatchFiles,
  type BatchFormat,
  type BinaryColumn,
} from '../../kit/singer/batch.js';
import { tuplesEnd } from './copy-binary.js';

export class BatchLane extends SingerWriter {
  private file: BatchFile | undefined;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    readonly files: BatchFiles,
    stdout: Writable,
  ) {
    super(stdout);
  }

  /**
   * A stream's pg-copy-binary columns when batch_config asks for that encoding and the SCHEMA allows it, with
   * `keys` (the record's properties, in order) its properties; else undefined (jsonl), as tap-kit decides.
   */
  binaryColumns(schema: JsonSchema, keys: readonly string[]): BinaryColumn[] | undefined {
    if (this.files.cfg.format !== PG_COPY_BINARY) return undefined;
    const cols = copyBinaryColumns(schema);
    return cols && cols.map((c) => c.name).join('\u0000') === keys.join('\u0000') ? cols : undefined;
  }

  /** One operation after the other (parallel tables): a close awaits the output between its steps. */
  private serial<T>(op: () => Promise<T>): Promise<T> {
    const p = this.tail.then(op);
    this.tail = p.catch(() => undefined);
    return p;
  }

  /** The open file's BATCH message out, flushed at once (left in the buffer, the target would wait for it). */
  private async closeFile(): Promise<void> {
    const f = this.file;
    if (!f) return;
    this.file = undefined;
    if (f.rows === 0) return f.discard();
    if (f.format === PG_COPY_BINARY) f.add(COPY_TRAILER, 0, new Date().toISOString());
    await super.write(f.close());
    await super.flush();
  }

  override write(message: SingerMessage): Promise<void> {
    return this.serial(async () => {
      await this.closeFile();
      await super.write(message);
      // a STATE out at once too: left in the buffer, it waited for the next page's BATCH line, so the target
      // saw each state one page late (it holds no records of its own to fill the buffer)
      if (message.type === 'STATE') await super.flush();
    });
  }

  override writeLine(json: string): Promise<void> {
    return this.serial(async () => {
      await this.closeFile();
      await super.writeLine(json);
    });
  }

  override writeBytes(bytes: Buffer): Promise<void> {
    return this.serial(async () => {
      await this.closeFile();
      await super.writeBytes(bytes);
    });
  }

  /** Close the open file (its BATCH message sent) and flush: at the end of the run. */
  finish(): Promise<void> {
    return this.serial(async () => {
      await this.closeFile();
      await super.flush();
    });
  }

  /**
   * `rows` records of `stream` back to back in `bytes` (bare JSON lines, or pg-copy-binary tuples), to batch
   * files of at most batch_size records. `bytes` is written (or copied) before this returns.
   */
  records(stream: string, format: BatchFormat, bytes: Buffer, rows: number): Promise<void> {
    return this.serial(async () => {
      if (this.file && (this.file.stream !== stream || this.file.format !== format)) await this.closeFile();
      const size = this.files.cfg.size;
      let from = 0;
      let left = rows;
      while (left > 0) {
        if (!this.file) {
          this.file = this.files.open(stream, format);
          if (format === PG_COPY_BINARY) this.file.add(COPY_HEADER, 0, new Date().toISOString());
        }
        const take = Math.min(size - this.file.rows, left);
        const to = take === left ? bytes.length : format === JSONL ? linesEnd(bytes, from, take) : tuplesEnd(bytes, from, take);
        this.file.add(bytes.subarray(from, to), take, new Date().toISOString());
        from = to;
        left -= take;
        if (this.file.rows >= size) await this.closeFile();
      }
    });
  }
}

/** The offset after `rows` newline-terminated lines of `b` from `from`. */
function linesEnd(b: Buffer, from: number, rows: number): number {
  let p = from;
  for (let r = 0; r < rows; r++) p = b.indexOf(10, p) + 1;
  return p;
}
