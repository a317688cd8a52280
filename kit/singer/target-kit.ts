// The target kit: reads Singer input, hands messages to a Loader, relays STATE only after the records
// before it are committed. Any target (Postgres today) supplies a Loader; this loop is shared.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { PassThrough, type Readable } from 'node:stream';
import { LineSplitter, readLines, type LineRange } from './line-reader.js';
import { parseMessage, type ActivateVersionMessage, type BatchMessage, type RecordMessage, type SchemaMessage } from './messages.js';
import { SingerWriter } from './writer.js';
import { FdChunks, SocketChunks, fdKind, type ChunkSource } from './fd-input.js';
import { MalformedMessageError } from './errors.js';
import { invalidUtf8Count } from './utf8.js';
import type { Logger } from 'winston';

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
  /** Buffer one record; may return a promise when it must look something up first. */
  record(msg: RecordMessage, line: number, lossless?: Record<string, unknown>): void | Promise<void>;
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
      await emitUpTo(latestState);
      return;
    }
    const covers = latestState;
    const committing = loader.flush(true);
    batchOpenedAt = 0;
    chain(async () => {
      await committing;
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
    chain(async () => {
      await committing;
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
        for await (const rec of readBatch(message, number)) {
          if (rec.invalidUtf8 > 0) {
            if (loader.invalidUtf8) loader.invalidUtf8(message.stream, number, rec.invalidUtf8);
            else logger.warn(`line ${number}: a BATCH file's line: ${rec.invalidUtf8} invalid UTF-8 sequence(s) read as U+FFFD`);
          }
          await onRecord(rec.msg, number, rec.lossless);
        }
        break;
    }
  };

  const fast = loader.fastRecord?.bind(loader);
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
      if (going) await each(splitter.end());
    } finally {
      if (terminating) source.close();
    }
    await finish();
    await out.flush();
    await loader.close({ ok: true });
    return { lines, records, statesEmitted };
  } catch (e) {
    await inflight.catch(() => undefined);
    await loader
      .close({ ok: false, error: e as Error })
      .catch((closeErr: Error) => logger.error(`while closing after a failure: ${closeErr.message}`));
    throw e;
  } finally {
    clearInterval(ageTimer);
    process.removeListener('SIGTERM', onTerm);
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

/** BATCH messages point at local JSONL files (optionally gzipped); each line is one record. */
interface BatchRecord {
  msg: RecordMessage;
  lossless?: Record<string, unknown>;
  /** invalid UTF-8 sequences its line held (read as U+FFFD) */
  invalidUtf8: number;
}

async function* readBatch(msg: BatchMessage, line: number): AsyncGenerator<BatchRecord> {
  for (const uri of msg.manifest) {
    if (!uri.startsWith('file://')) throw new MalformedMessageError(line, `BATCH manifest entry ${uri} is not a file:// URI`);
    const path = fileURLToPath(uri);
    let stream: Readable = createReadStream(path);
    if (msg.encoding.compression === 'gzip') stream = stream.pipe(createGunzip());
    for await (const { text, number, invalidUtf8 } of readLines(stream)) {
      let parsed;
      try {
        // Splice the line in as text so big numbers stay exact (parseMessage keeps them lossless).
        parsed = parseMessage(`{"type":"RECORD","stream":${JSON.stringify(msg.stream)},"record":${text}}`, line);
      } catch (e) {
        throw new MalformedMessageError(line, `BATCH file ${path} line ${number}: ${(e as Error).message}`);
      }
      yield { msg: parsed.message as RecordMessage, invalidUtf8, ...(parsed.losslessRecord ? { lossless: parsed.losslessRecord } : {}) };
    }
  }
}
