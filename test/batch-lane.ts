// The batch lane for the record-lane tests: with MEDI_TEST_LANE=batch (set by the *.batch.test.ts twins), the
// Singer input a test gives the target is rewritten so that its RECORD messages travel as BATCH files, as our
// tap kit sends them: pg-copy-binary where the stream's SCHEMA and the record allow it, else jsonl (gzipped
// every other file). Everything else (SCHEMA, STATE, ACTIVATE_VERSION, records with a version) stays in place
// and in order, so every assertion of the record lane must hold unchanged.
import {
  BatchFiles,
  COPY_HEADER,
  COPY_TRAILER,
  PG_COPY_BINARY,
  JSONL,
  copyBinaryColumns,
  type BatchFile,
  type BinaryColumn,
} from '../kit/singer/batch.js';
import { tmpdir } from 'node:os';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { isUtf8 } from 'node:buffer';
import type { BatchMessage } from '../kit/singer/messages.js';

export const batchLane = (): boolean => process.env.MEDI_TEST_LANE === 'batch';

/** For the last input toBatchLane rewrote: each original line's number → the line that carries it now. */
let lineMap = new Map<number, number>();

/**
 * An input line number as the target sees it on this lane: a batched record is reported at its BATCH message's
 * line (the files hold bare records; see README "Batch lane"). Unchanged on the record lane.
 */
export function laneLine(line: number): number {
  return batchLane() ? (lineMap.get(line) ?? line) : line;
}

/** A pattern of an expected error with every `line N` / `input line N` moved as laneLine moves it. */
export function laneLines(pattern: string): string {
  return batchLane() ? pattern.replace(/line (\d+)/g, (_, n: string) => `line ${laneLine(Number(n))}`) : pattern;
}

/** The env a tap needs to send the batch lane (its batch_config setting), for tests that run a tap of ours. */
export function tapBatchEnv(plugin: string): Record<string, string> {
  if (!batchLane()) return {};
  const name = `${plugin}_batch_config`.toUpperCase().replace(/[^A-Z0-9]/g, '_');
  return { [name]: JSON.stringify({ encoding: { format: PG_COPY_BINARY }, batch_size: 700 }) };
}

/** One record as a pg-copy-binary tuple, or undefined when it cannot be carried exactly (it then stays a RECORD). */
function tuple(cols: readonly BinaryColumn[], record: Record<string, unknown>): Buffer | undefined {
  if (Object.keys(record).some((k) => !cols.some((c) => c.name === k))) return undefined;
  const parts: Buffer[] = [Buffer.from([cols.length >> 8, cols.length & 255])];
  for (const c of cols) {
    const v = record[c.name];
    const len = Buffer.allocUnsafe(4);
    if (v === undefined) return undefined; // absent is not NULL for a required property
    if (v === null) {
      len.writeInt32BE(-1);
      parts.push(len);
    } else if (c.kind === 'text' && typeof v === 'string') {
      const b = Buffer.from(v);
      len.writeInt32BE(b.length);
      parts.push(len, b);
    } else if (c.kind === 'int8' && Number.isSafeInteger(v)) {
      const b = Buffer.allocUnsafe(8);
      b.writeBigInt64BE(BigInt(v as number));
      len.writeInt32BE(8);
      parts.push(len, b);
    } else return undefined;
  }
  return Buffer.concat(parts);
}

let root: string | undefined;

/** One folder per test process for the batch files it makes; removed (with what killed targets left) at exit. */
function laneRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'medi-lane-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Rewrite Singer input for the batch lane (the input unchanged on the record lane). */
export function toBatchLane(input: string | Buffer): string | Buffer {
  if (!batchLane()) return input;
  root ??= laneRoot();
  const files = new BatchFiles({ format: PG_COPY_BINARY, compression: 'none', root, prefix: 'medi-batch-', size: 1000 });
  const gz = new BatchFiles({ format: JSONL, compression: 'gzip', root, prefix: 'medi-batch-', size: 1000 });
  const schemas = new Map<string, BinaryColumn[] | undefined>();
  const out: Buffer[] = [];
  lineMap = new Map();
  const at = (original: number) => lineMap.set(original, out.length + 1);
  let open: { file: BatchFile; time: string | undefined; lines: number[] } | undefined;
  let jsonlFiles = 0;
  const close = () => {
    if (!open) return;
    if (open.file.format === PG_COPY_BINARY) open.file.add(COPY_TRAILER, 0, '');
    const msg = open.file.close();
    // the time the records carried (the file's first add() stamped a placeholder)
    if (open.time) msg.time_extracted = open.time;
    else delete msg.time_extracted;
    out.push(Buffer.from(JSON.stringify(msg)));
    for (const n of open.lines) lineMap.set(n, out.length);
    open = undefined;
  };
  const raw = Buffer.isBuffer(input) ? input : Buffer.from(input);
  const lines: Buffer[] = [];
  for (let from = 0; from <= raw.length;) {
    const nl = raw.indexOf(10, from);
    lines.push(raw.subarray(from, nl < 0 ? raw.length : nl));
    from = nl < 0 ? raw.length + 1 : nl + 1;
  }
  let number = 0;
  for (const bytes of lines) {
    number++;
    const text = bytes.toString('utf8');
    let m: {
      type?: string;
      stream?: string;
      record?: Record<string, unknown>;
      version?: unknown;
      time_extracted?: string;
      schema?: unknown;
    };
    try {
      m = JSON.parse(text);
    } catch {
      close();
      at(number);
      out.push(bytes); // not JSON: left for the target to reject, in place
      continue;
    }
    if (m?.type === 'SCHEMA' && typeof m.stream === 'string' && m.schema && typeof m.schema === 'object') {
      close();
      schemas.set(m.stream, copyBinaryColumns(m.schema as never));
      at(number);
      out.push(bytes);
      continue;
    }
    // only records a BATCH can carry exactly: no version, a stream with a SCHEMA, a record object
    if (m?.type !== 'RECORD' || m.version !== undefined || typeof m.stream !== 'string' || !schemas.has(m.stream) || !m.record) {
      close();
      at(number);
      out.push(bytes);
      continue;
    }
    // big integers must keep their digits: such a line goes as jsonl, its record text as it was
    const cols = schemas.get(m.stream);
    // bytes that are not UTF-8 go as they are, in jsonl, so the target meets them as on the record lane
    const bin = cols && !/\d{16,}/.test(text) && isUtf8(bytes) ? tuple(cols, m.record) : undefined;
    const format = bin ? PG_COPY_BINARY : JSONL;
    if (open && (open.file.stream !== m.stream || open.file.format !== format || open.time !== m.time_extracted || open.file.rows >= 700))
      close();
    if (!open) {
      const file = format === PG_COPY_BINARY ? files.open(m.stream, format) : (jsonlFiles++ % 2 ? gz : files).open(m.stream, JSONL);
      open = { file, time: m.time_extracted, lines: [] };
      if (format === PG_COPY_BINARY) file.add(COPY_HEADER, 0, '');
    }
    open.lines.push(number);
    if (bin) open.file.add(bin, 1, '');
    else {
      const [s, e] = recordRange(bytes);
      open.file.add(Buffer.concat([bytes.subarray(s, e), Buffer.from('\n')]), 1, '');
    }
  }
  close();
  files.finish();
  gz.finish();
  return Buffer.concat(out.flatMap((b, i) => (i ? [Buffer.from('\n'), b] : [b])));
}

/** Where the record object's bytes are in the line (exact digits and bytes kept): braces matched outside strings. */
function recordRange(line: Buffer): [number, number] {
  const key = /"record"\s*:\s*/.exec(line.toString('latin1'));
  if (!key) throw new Error(`no record in ${line.toString('utf8', 0, 200)}`);
  const from = key.index + key[0].length;
  let depth = 0;
  let inString = false;
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b) depth++;
    else if (c === 0x7d && --depth === 0) return [from, i + 1];
  }
  throw new Error(`no record object in ${line.toString('utf8', 0, 200)}`);
}

/** How many records a BATCH message's files hold (read synchronously, before the target can remove them). */
export function batchRecords(m: BatchMessage): number {
  let n = 0;
  for (const uri of m.manifest) {
    const raw = readFileSync(fileURLToPath(uri));
    if (m.encoding.format === PG_COPY_BINARY) {
      let p = COPY_HEADER.length + raw.readUInt32BE(15);
      for (let fields = raw.readInt16BE(p); fields !== -1; fields = raw.readInt16BE(p)) {
        p += 2;
        for (let f = 0; f < fields; f++) p += 4 + Math.max(raw.readInt32BE(p), 0);
        n++;
      }
    } else {
      const text = (m.encoding.compression === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
      n += text.split('\n').filter(Boolean).length;
    }
  }
  return n;
}
