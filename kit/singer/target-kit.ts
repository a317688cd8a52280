// The target kit: reads Singer input, hands messages to a Loader, relays STATE only after the records
// before it are committed. Any target (Postgres today) supplies a Loader; this loop is shared.
import { existsSync } from 'node:fs';
import { open, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createGunzip } from 'node:zlib';
import { PassThrough, type Readable } from 'node:stream';
import { LineSplitter, type LineRange } from './line-reader.js';
import { parseMessage, type ActivateVersionMessage, type BatchMessage, type RecordMessage, type SchemaMessage } from './messages.js';
import { SingerWriter } from './writer.js';
import { FdChunks, SocketChunks, fdKind, type ChunkSource } from './fd-input.js';
import { MalformedMessageError, RecordBeforeSchemaError } from './errors.js';
import {
  COPY_HEADER,
  HANDOVER,
  JSONL,
  PG_COPY_BINARY,
  claimFolder,
  handedOverFile,
  copyBinaryColumns,
  fileUrlPath,
  releaseFolder,
  type BinaryColumn,
} from './batch.js';
import { invalidUtf8Count } from './utf8.js';
import { Decimal } from './decimal.js';
import { singleJsonObject } from './json.js';
import { pgDateText, pgNumericText, pgTimestampText } from './pg-binary.js';
import type { Logger } from './log.js';

export interface Loader {
  /** True when this SCHEMA differs from the one in force (an identical repeat is a no-op). */
  schemaChanges(msg: SchemaMessage): boolean;
  /** Apply a SCHEMA; the kit guarantees nothing is buffered or in flight when it is called. */
  schema(msg: SchemaMessage, line: number): Promise<void>;
  /**
   * Optional fast path: take a RECORD line from its raw bytes (checked and buffered, or skipped as already
   * loaded) and return true; false hands the line to the general path (parse, then record()).
   */
  fastRecord?(b: Buffer, start: number, end: number, line: number): boolean;
  /**
   * Optional, for pg-copy-binary BATCH files (kit/singer/batch.ts): take one tuple b[start, end) of `stream`
   * (checked and buffered, or skipped as already loaded) and return true; false hands it to the general path
   * (the kit decodes it into a record and calls record()). `extractedAt` is the BATCH's time_extracted.
   */
  copyTuple?(stream: string, b: Buffer, start: number, end: number, line: number, extractedAt: string | undefined): boolean;
  /** Buffer one record; may return a promise when it must look something up first. */
  record(msg: RecordMessage, line: number, lossless?: Record<string, unknown>): void | Promise<void>;
  /**
   * Optional: while a BATCH file's records are taken, where the current one is in it (the kit updates it in place;
   * undefined on the record lane), for a loader to name beside the BATCH message's line (a reject's lineage).
   */
  batchOrigin?: { file: string; line: number } | undefined;
  activateVersion(msg: ActivateVersionMessage, line: number): Promise<void>;
  /**
   * Optional: a STATE message arrived (before the kit decides whether to release it). A loader that commits
   * only whole state intervals marks here that the rows buffered so far are covered by `value`.
   */
  state?(value: unknown, line: number): void;
  /**
   * A line held invalid UTF-8, decoded as `count` U+FFFD (its message is for `stream`, if it names one): count and
   * warn, or throw to fail the run. Without this method the kit warns.
   */
  invalidUtf8?(stream: string | undefined, line: number, count: number): void;
  /** True when the uncommitted rows reached the commit bound (rows or bytes). */
  shouldFlush(): boolean;
  /** True when enough rows are buffered to write them ahead of the commit (keeps the database busy). */
  shouldWrite(): boolean;
  /** Rows received and not yet committed (buffered or written ahead). */
  bufferedRows(): number;
  /**
   * Take the current buffers (synchronously) and write them; with `commit`, also commit everything written
   * so far. Resolves once done. The kit never runs two of these at once. `final` (once, at the end of the input,
   * even with nothing buffered): the commit also records the run as finished, so its outcome commits with its
   * last rows and a crash cannot separate them.
   */
  flush(commit: boolean, final?: boolean): Promise<void>;
  /**
   * Optional: SIGTERM cut the input short. Called once, before the final flush: what was read is committed and
   * its state released as usual, but the run did not read its input to the end, so it must not be recorded as
   * a run that did (a loader records it as stopped).
   */
  stopped?(): void;
  close(outcome: { ok: boolean; error?: Error }): Promise<void>;
}

export interface TargetRunOptions {
  loader: Loader;
  logger: Logger;
  input?: Readable;
  output?: SingerWriter;
  /** Flush buffered rows that are older than this, so state keeps moving on a slow stream. */
  maxBatchAgeMs?: number;
}

/** The BATCH encodings runTarget reads: jsonl always, pg-copy-binary when the loader takes tuples (copyTuple). */
export function batchEncodings(loader: Pick<Loader, 'copyTuple'>): string[] {
  return loader.copyTuple ? [JSONL, PG_COPY_BINARY] : [JSONL];
}

export interface TargetRunResult {
  lines: number;
  records: number;
  statesEmitted: number;
}

/**
 * Run the message loop. Parsing of the next batch overlaps the commit of the previous one (at most one
 * flush in flight), which keeps both the CPU and PostgreSQL busy without unbounded memory.
 */
export async function runTarget(opts: TargetRunOptions): Promise<TargetRunResult> {
  const { loader, logger } = opts;
  const out = opts.output ?? new SingerWriter();
  const maxAge = opts.maxBatchAgeMs ?? 60_000;

  let inflight: Promise<void> = Promise.resolve();
  let flushError: Error | undefined;
  let latestState: { value: unknown; seq: number } | undefined;
  let emittedSeq = 0;
  let stateSeq = 0;
  let statesEmitted = 0;
  let records = 0;
  let lines = 0;
  let batchOpenedAt = 0;
  let terminating = false;
  /** SIGTERM came before the input's end: the run did not read it all (set when the read loop ends) */
  let cut: boolean;
  /** batch files handed over (BATCH x-medi-handover) and read: removed once a commit covers them */
  let readFiles: string[] = [];
  /** folders of handed-over files this process marked as in use (batch.ts claimFolder) */
  const claimedFolders = new Set<string>();
  /** each stream's SCHEMA as pg-copy-binary columns (undefined: it cannot be carried so) */
  const binaryColumns = new Map<string, BinaryColumn[] | undefined>();
  const removeAfter = (committing: Promise<void>) => {
    const files = readFiles;
    readFiles = [];
    return async () => {
      await committing;
      // off the main thread (libuv's pool): unlinking a run's batch files cost the message loop ~0.3 s per 1M rows
      await Promise.all(files.map((f) => rm(f, { force: true })));
      for (const d of new Set(files.map((f) => dirname(f)))) releaseFolder(d);
    };
  };

  const emitUpTo = async (state: { value: unknown; seq: number } | undefined) => {
    if (!state || state.seq <= emittedSeq) return;
    emittedSeq = state.seq;
    statesEmitted++;
    await out.writeStateValue(state.value);
  };

  const chain = (step: () => Promise<void>) => {
    inflight = inflight.then(step).catch((e: Error) => {
      flushError ??= e;
    });
  };

  const check = () => {
    if (flushError) throw flushError;
  };

  /** Start committing what is buffered; the state seen so far is released when that commit lands. */
  const flush = async () => {
    await inflight; // one commit at a time: order of commits = order of input
    check();
    if (loader.bufferedRows() === 0) {
      await removeAfter(Promise.resolve())();
      await emitUpTo(latestState);
      return;
    }
    const covers = latestState;
    const committing = loader.flush(true);
    const remove = removeAfter(committing);
    batchOpenedAt = 0;
    chain(async () => {
      await committing;
      await remove();
      await emitUpTo(covers);
    });
  };

  const quiesce = async () => {
    await flush();
    await inflight;
    check();
  };

  /** End of input: commit what is left together with the run's outcome, then release the last state. */
  const finish = async () => {
    batchOpenedAt = 0; // no age flush from here on
    for (let settled = inflight; ; settled = inflight) {
      await settled;
      if (settled === inflight) break; // a flush started meanwhile: wait for it too
    }
    check();
    const covers = latestState;
    const committing = loader.flush(true, true);
    const remove = removeAfter(committing);
    chain(async () => {
      await committing;
      await remove();
      await emitUpTo(covers);
    });
    await inflight;
    check();
  };

  const source = inputSource(opts.input);
  const onTerm = () => {
    terminating = true;
    logger.warn('SIGTERM received: committing buffered records and emitting the last state');
    source.stop();
  };
  process.once('SIGTERM', onTerm);
  const ageTimer = setInterval(
    () => {
      if (batchOpenedAt && Date.now() - batchOpenedAt >= maxAge) void flush().catch((e: Error) => (flushError ??= e));
    },
    Math.min(maxAge, 1000),
  );
  ageTimer.unref();

  /** Count a buffered record; a promise only when a flush or write-ahead is due (none per line otherwise). */
  const afterRecord = (): Promise<void> | undefined => {
    records++;
    if (!batchOpenedAt) batchOpenedAt = Date.now();
    if (loader.shouldFlush()) return flush();
    if (loader.shouldWrite()) return writeAhead();
    return undefined;
  };

  const onRecord = async (msg: RecordMessage, line: number, lossless?: Record<string, unknown>) => {
    const pending = loader.record(msg, line, lossless);
    if (pending) await pending;
    await afterRecord();
  };

  /** Send buffered rows into the open transaction without committing; state is not released. */
  const writeAhead = async () => {
    await inflight;
    check();
    const writing = loader.flush(false);
    chain(() => writing);
  };

  const onLine = async (text: string, number: number, invalidUtf8: number) => {
    const { message, losslessRecord } = parseMessage(text, number);
    if (invalidUtf8 > 0) {
      const stream = 'stream' in message ? message.stream : undefined;
      if (loader.invalidUtf8) loader.invalidUtf8(stream, number, invalidUtf8);
      else logger.warn(`line ${number}: ${invalidUtf8} invalid UTF-8 sequence(s) read as U+FFFD${stream ? ` (stream "${stream}")` : ''}`);
    }
    switch (message.type) {
      case 'RECORD':
        await onRecord(message, number, losslessRecord);
        break;
      case 'SCHEMA':
        binaryColumns.set(message.stream, copyBinaryColumns(message.schema));
        if (loader.schemaChanges(message)) {
          await quiesce();
          await loader.schema(message, number);
        }
        break;
      case 'STATE':
        latestState = { value: message.value, seq: ++stateSeq };
        loader.state?.(message.value, number);
        if (loader.bufferedRows() === 0) {
          const s = latestState;
          chain(() => emitUpTo(s));
        }
        break;
      case 'ACTIVATE_VERSION':
        await quiesce();
        await loader.activateVersion(message, number);
        break;
      case 'BATCH':
        await onBatch(message, number);
        break;
    }
  };

  const fast = loader.fastRecord?.bind(loader);

  /**
   * A BATCH message: each file of its manifest read in order, its records taken as RECORD lines would be (the
   * fast path first), so checks, lineage, rejects and process-once are the record lane's. A file handed over
   * is removed after the commit that covers its last record; a crash before it leaves the file, which nothing
   * loads again (a target loads only files a BATCH message names, and the rerun's tap writes new ones).
   */
  const onBatch = async (msg: BatchMessage, line: number) => {
    const format = msg.encoding.format;
    if (!batchEncodings(loader).includes(format))
      throw new MalformedMessageError(
        line,
        `BATCH encoding "${format}" is not one this target reads (${batchEncodings(loader).join(', ')})`,
      );
    const compression = msg.encoding.compression ?? 'none';
    if (compression !== 'gzip' && compression !== 'none')
      throw new MalformedMessageError(line, `BATCH compression ${JSON.stringify(compression)} is not one this target reads (gzip, none)`);
    for (const uri of msg.manifest) {
      if (!uri.startsWith('file://')) throw new MalformedMessageError(line, `BATCH manifest entry ${uri} is not a file:// URI`);
      const path = fileUrlPath(uri, existsSync);
      // removed after its commit only when a tap kit's private folder holds it (batch.ts handedOverFile)
      const handover = msg[HANDOVER] === true && handedOverFile(path);
      if (msg[HANDOVER] === true && !handover)
        logger.warn(`BATCH file ${path} is handed over but is not in a tap's private batch folder: read, not removed`);
      if (handover) claimFolder(dirname(path), claimedFolders);
      try {
        if (format === PG_COPY_BINARY) await copyFile(msg, path, line);
        else await jsonlFile(msg, path, line);
      } catch (e) {
        if (handover) readFiles.push(path);
        const err = e as Error;
        if (!err.message.includes(path)) err.message = `BATCH file ${path}: ${err.message}`;
        throw err;
      }
      if (handover) readFiles.push(path);
      testCrashPoint('after-batch');
      if (terminating) return;
    }
  };

  /**
   * jsonl: each line is a record; it goes through the fast path inside a RECORD envelope, else is parsed. A gzip
   * file is known by its first bytes, whatever the message says (singer-sdk's taps gzip every jsonl file, and
   * announce "none" or nothing).
   */
  const jsonlFile = async (msg: BatchMessage, path: string, line: number) => {
    const head = Buffer.from(`{"type":"RECORD","stream":${JSON.stringify(msg.stream)},"record":`);
    const tail = Buffer.from(`${msg.time_extracted ? `,"time_extracted":${JSON.stringify(msg.time_extracted)}` : ''}}`);
    let env = Buffer.allocUnsafe(64 * 1024);
    const file = await open(path, 'r');
    let raw: Readable | undefined;
    let stream: Readable;
    try {
      const magic = Buffer.alloc(2);
      await file.read(magic, 0, 2, 0);
      stream = raw = file.createReadStream({ highWaterMark: 1024 * 1024, start: 0, autoClose: false });
      if (magic[0] === 0x1f && magic[1] === 0x8b) {
        const gunzip = createGunzip();
        raw.on('error', (e) => gunzip.destroy(e)); // pipe() forwards no error: a read failure would go unhandled
        stream = raw.pipe(gunzip);
      }
    } catch (e) {
      await file.close().catch(() => undefined);
      throw e;
    }
    const splitter = new LineSplitter();
    const origin = { file: path, line: 0 };
    loader.batchOrigin = origin;
    const each = async (ranges: Iterable<LineRange>) => {
      for (const { buf, start, end, number: fileLine } of ranges) {
        if (end === start) continue;
        origin.line = fileLine;
        // one JSON value and nothing after it: else text after it would land in the envelope (another stream)
        if (!singleJsonObject(buf, start, end))
          throw new MalformedMessageError(line, `BATCH file ${path} line ${fileLine}: not one JSON object`);
        const n = head.length + (end - start) + tail.length;
        if (n > env.length) env = Buffer.allocUnsafe(n * 2);
        head.copy(env, 0);
        buf.copy(env, head.length, start, end);
        tail.copy(env, head.length + end - start);
        if (fast && fast(env, 0, n, line)) {
          const due = afterRecord();
          if (due) await due;
        } else {
          const text = env.toString('utf8', 0, n);
          await onLine(text, line, invalidUtf8Count(env, 0, n, text));
        }
        check();
      }
    };
    try {
      for await (const piece of stream) await each(splitter.push(piece as Buffer));
      await each(splitter.end());
    } finally {
      loader.batchOrigin = undefined;
      // leaving the loop early (a bad line) destroys only the last stream of a pipe: the file goes here, always
      raw.destroy();
      await file.close().catch(() => undefined);
    }
  };

  /** pg-copy-binary: tuples to the loader as they are (copyTuple), else decoded into records. */
  const copyFile = async (msg: BatchMessage, path: string, line: number) => {
    const cols = binaryColumns.get(msg.stream);
    if (!binaryColumns.has(msg.stream)) throw new RecordBeforeSchemaError(msg.stream, line);
    if (!cols) throw new MalformedMessageError(line, `stream "${msg.stream}": its SCHEMA has properties pg-copy-binary cannot carry`);
    const take = loader.copyTuple!.bind(loader);
    const t = await CopyTuples.open(path);
    const origin = { file: path, line: 0 };
    loader.batchOrigin = origin;
    try {
      let tuple = 0;
      for (;;) {
        const got = t.next();
        if (got === DONE) break;
        if (got === MORE) {
          await t.fill();
          continue;
        }
        origin.line = ++tuple;
        if (t.fields !== cols.length)
          throw new MalformedMessageError(line, `BATCH file ${path} tuple ${tuple}: ${t.fields} fields, the SCHEMA has ${cols.length}`);
        if (!take(msg.stream, t.buf, t.start, t.end, line, msg.time_extracted)) {
          const { record, lossless, invalidUtf8 } = decodeTuple(cols, t.buf, t.start, t.end);
          if (invalidUtf8 > 0) {
            if (loader.invalidUtf8) loader.invalidUtf8(msg.stream, line, invalidUtf8);
            else logger.warn(`line ${line}: ${invalidUtf8} invalid UTF-8 sequence(s) read as U+FFFD (stream "${msg.stream}")`);
          }
          const time = msg.time_extracted ? { time_extracted: msg.time_extracted } : {};
          await onRecord({ type: 'RECORD', stream: msg.stream, record, ...time }, line, lossless);
        } else {
          const due = afterRecord();
          if (due) await due;
        }
        check();
        if (terminating) return;
      }
    } finally {
      loader.batchOrigin = undefined;
      await t.close();
    }
  };
  try {
    try {
      // Lines arrive as byte ranges, so the fast path reads each line where it lies in the input chunk.
      const splitter = new LineSplitter();
      const each = async (batch: Iterable<LineRange>): Promise<boolean> => {
        for (const { buf, start, end, number } of batch) {
          lines = number;
          // the fast path first (taken from the bytes, no promise unless a flush is due), else parse the line
          if (fast && fast(buf, start, end, number)) {
            const due = afterRecord();
            if (due) await due;
          } else {
            const text = buf.toString('utf8', start, end);
            await onLine(text, number, invalidUtf8Count(buf, start, end, text));
          }
          check();
          if (terminating) return false;
        }
        return true;
      };
      let going = true;
      for (let piece = await source.next(); piece !== undefined; piece = await source.next()) {
        going = await each(splitter.push(piece));
        if (!going) break;
      }
      // the input's end seen with no SIGTERM before it: read to the end (a SIGTERM from here on cuts nothing short)
      cut = terminating;
      if (going) await each(splitter.end());
    } finally {
      if (terminating) source.close();
    }
    if (cut) loader.stopped?.();
    await finish();
    await out.flush();
    await loader.close({ ok: true });
    return { lines, records, statesEmitted };
  } catch (e) {
    await inflight.catch(() => undefined);
    // a failed load commits nothing more: the handed-over files it read are of no further use (the rerun's tap
    // sends its records again, in new files), so they do not pile up in a folder no tap sweeps
    await removeAfter(Promise.resolve())().catch(() => undefined);
    await loader
      .close({ ok: false, error: e as Error })
      .catch((closeErr: Error) => logger.error(`while closing after a failure: ${closeErr.message}`));
    throw e;
  } finally {
    clearInterval(ageTimer);
    process.removeListener('SIGTERM', onTerm);
    // the folders this run claimed: emptied ones go now (a tap that finished first left them to us)
    for (const d of claimedFolders) releaseFolder(d);
  }
}

interface Input extends ChunkSource {
  /** Release the input after a stop. */
  close(): void;
}

/**
 * A stream flows through a PassThrough that stop() can end: the loop then drains what was already read.
 * (Racing each read against a stop promise leaked every line: each race leaves a reaction that holds its
 * result on the never-settling promise.)
 */
function streamInput(input: Readable): Input {
  const feed = new PassThrough();
  input.pipe(feed);
  const it = (feed as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  return {
    next: async () => {
      const r = await it.next();
      return r.done ? undefined : r.value;
    },
    stop: () => {
      input.unpipe(feed);
      feed.end();
    },
    close: () => input.destroy(),
  };
}

/**
 * The given stream, or stdin read into reused buffers (fd-input.ts): a file by readSync, a pipe or socket by
 * a polled socket. A TTY (or anything else) is read as process.stdin.
 */
function inputSource(given: Readable | undefined): Input {
  const kind = given ? undefined : fdKind(0);
  if (!kind) return streamInput(given ?? process.stdin);
  const source = kind === 'file' ? new FdChunks(0) : new SocketChunks(0);
  return { next: () => source.next(), stop: () => source.stop(), close: () => undefined };
}

/**
 * Test-only: MEDI_TEST_CRASH_AT=after-batch kills the target with SIGKILL once it has read a pg-copy-binary batch
 * file, before the commit that would cover it (test/target-batch.test.ts). Never set it in production.
 */
function testCrashPoint(point: string): void {
  if (process.env.MEDI_TEST_CRASH_AT === point) process.kill(process.pid, 'SIGKILL');
}

/** What CopyTuples.next() says when the buffer holds no whole tuple: read more (fill), or the file is done. */
const MORE = 0;
const DONE = 1;

/**
 * The tuples of a pg-copy-binary file, read in 1 MB pieces. next() is synchronous (a promise per tuple cost more
 * than the tuple's own work): it returns the next whole tuple in the buffer, MORE when fill() must read first,
 * or DONE after the trailer. A tuple's bytes are valid until the next fill().
 */
class CopyTuples {
  buf = Buffer.allocUnsafe(1024 * 1024);
  start = 0;
  end = 0;
  fields = 0;
  private have = 0;
  private pos = 0;
  private eof = false;
  private started = false;
  private need = 0;
  /** fill() reads to see whether the file ends after the trailer: the end is no error then */
  private probe = false;

  private constructor(private readonly fd: FileHandle) {}

  static async open(path: string): Promise<CopyTuples> {
    return new CopyTuples(await open(path, 'r'));
  }

  private bad(what: string): Error {
    return new Error(`not a pg-copy-binary file: ${what}`);
  }

  /** Read until `need` bytes past the current position are in the buffer (or the file ends). */
  async fill(): Promise<void> {
    const need = Math.max(this.need, 1);
    if (this.pos > 0) {
      this.buf.copy(this.buf, 0, this.pos, this.have);
      this.have -= this.pos;
      this.pos = 0;
    }
    if (need > this.buf.length) {
      const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, need));
      this.buf.copy(next, 0, 0, this.have);
      this.buf = next;
    }
    while (this.have < need && !this.eof) {
      const { bytesRead } = await this.fd.read(this.buf, this.have, this.buf.length - this.have, null);
      if (bytesRead === 0) this.eof = true;
      this.have += bytesRead;
    }
    if (this.have < need && !this.probe) throw this.bad(this.started ? 'a tuple or the trailer is cut short' : 'no COPY binary header');
  }

  next(): typeof MORE | typeof DONE | true {
    const b = this.buf;
    let p = this.pos;
    const have = this.have;
    if (!this.started) {
      if (have - p < COPY_HEADER.length) return this.more(COPY_HEADER.length);
      if (!b.subarray(p, p + 11).equals(COPY_HEADER.subarray(0, 11))) throw this.bad('no COPY binary signature');
      const ext = b.readUInt32BE(p + 15);
      if (have - p < COPY_HEADER.length + ext) return this.more(COPY_HEADER.length + ext);
      this.pos = p += COPY_HEADER.length + ext;
      this.started = true;
    }
    if (have - p < 2) return this.more(2);
    const fields = ((b[p]! << 24) >> 16) | b[p + 1]!;
    if (fields === -1) {
      if (have - p > 2 || !this.eof) {
        if (have - p > 2) throw this.bad('bytes after the trailer');
        return this.more(3, true);
      }
      return DONE;
    }
    if (fields < 0) throw this.bad(`a tuple of ${fields} fields`);
    let e = p + 2;
    for (let f = 0; f < fields; f++) {
      if (have - e < 4) return this.more(e - p + 4);
      const len = (b[e]! << 24) | (b[e + 1]! << 16) | (b[e + 2]! << 8) | b[e + 3]!;
      if (len < -1) throw this.bad(`a field length of ${len}`);
      e += 4 + (len > 0 ? len : 0);
      if (e > have) return this.more(e - p);
    }
    this.start = p;
    this.end = e;
    this.fields = fields;
    this.pos = e;
    return true;
  }

  /** Ask fill() for `n` bytes from the current position; at the end of the file, the trailer must be all. */
  private more(n: number, afterTrailer = false): typeof MORE | typeof DONE {
    if (this.eof) {
      if (afterTrailer) return DONE;
      throw this.bad(this.started ? 'a tuple or the trailer is cut short' : 'no COPY binary header');
    }
    this.need = afterTrailer ? this.have - this.pos + 1 : n;
    this.probe = afterTrailer;
    return MORE;
  }

  async close(): Promise<void> {
    await this.fd.close();
  }
}

/** A pg-copy-binary tuple as a record (and, when an integer is past 2^53, a lossless copy with its digits). */
export function decodeTuple(
  cols: readonly BinaryColumn[],
  b: Buffer,
  start: number,
  end: number,
): { record: Record<string, unknown>; lossless?: Record<string, unknown>; invalidUtf8: number } {
  const record: Record<string, unknown> = {};
  let invalidUtf8 = 0;
  let lossless: Record<string, unknown> | undefined;
  let p = start + 2;
  for (const c of cols) {
    const len = b.readInt32BE(p);
    p += 4;
    if (len === -1) {
      record[c.name] = null;
      continue;
    }
    const size = (n: number) => {
      if (len !== n) throw new Error(`property ${c.name}: a ${c.kind} field of ${len} bytes`);
    };
    if (c.kind === 'text') {
      const text = b.toString('utf8', p, p + len);
      invalidUtf8 += invalidUtf8Count(b, p, p + len, text);
      record[c.name] = text;
    } else if (c.kind === 'int8') {
      size(8);
      const v = b.readBigInt64BE(p);
      const n = Number(v);
      record[c.name] = n;
      if (!Number.isSafeInteger(n)) (lossless ??= { ...record })[c.name] = v.toString();
    } else if (c.kind === 'numeric') {
      // checked as the JSON number, loaded as its exact digits and scale; NaN and the infinities (no JSON number)
      // as their names, which the SCHEMA's number check refuses
      const text = pgNumericText(b, p, len);
      const finite = /^-?\d/.test(text);
      record[c.name] = finite ? Number(text) : text;
      if (finite) (lossless ??= { ...record })[c.name] = new Decimal(text);
    } else if (c.kind === 'date') {
      size(4);
      record[c.name] = pgDateText(b.readInt32BE(p));
    } else if (c.kind === 'timestamptz') {
      size(8);
      record[c.name] = pgTimestampText(b, p);
    } else {
      size(1);
      record[c.name] = b[p] === 1 ? true : b[p] === 0 ? false : b[p];
    }
    if (lossless && !(c.name in lossless)) lossless[c.name] = record[c.name];
    p += len;
  }
  if (p !== end) throw new Error('a tuple longer than its fields');
  return lossless ? { record, lossless, invalidUtf8 } : { record, invalidUtf8 };
}
