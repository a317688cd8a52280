// Records of a row-shaped source (delimited text files) written as JSON bytes straight from the source's
// UTF-8 bytes: no string per value, no object per row, no UTF-8 encoding of the finished line. For the Indici
// tap this replaced decode → split → JSON.stringify → write, which cost ~25 µs a 64-field row.
import { Buffer } from 'node:buffer';
import { canonicalDecimal, compareDecimalText } from './decimal.js';

/**
 * Bookmark order: true when `b` is past `a` (numbers compared as numbers, and so are numbers written as text:
 * a bigint cursor arrives as digits, and "10" is past "9"; anything else as strings; an absent `a` is passed by
 * any value, an absent `b` by none).
 */
export function greater(a: string | number | undefined, b: string | number | undefined): boolean {
  if (b === undefined || b === null) return false;
  if (a === undefined || a === null) return true;
  if (typeof a === 'number' && typeof b === 'number') return b > a;
  const x = String(a);
  const y = String(b);
  if (typeof a === 'string' && typeof b === 'string' && x.length === y.length && !PLAIN_PREFIX.test(x) && !PLAIN_PREFIX.test(y))
    return y > x; // dates, text
  const cx = canonicalDecimal(x);
  const cy = cx === undefined ? undefined : canonicalDecimal(y);
  return cy !== undefined ? compareDecimalText(cy, cx!) > 0 : y > x;
}

/** Text that could be a number whose order is not its text order (a sign, or digits then a point). */
const PLAIN_PREFIX = /^(?:-|\d+\.)/;

/** `buf` when `need` more bytes fit after `used`; else a buffer twice as big (or big enough) holding its used bytes. */
export function grown(buf: Buffer, used: number, need: number): Buffer {
  if (used + need <= buf.length) return buf;
  const next = Buffer.allocUnsafe(Math.max(buf.length * 2, used + need));
  buf.copy(next, 0, 0, used);
  return next;
}

/** Records already encoded as JSON objects, back to back: record i is bytes[ends[i - 1] (or 0), ends[i]). */
export class EncodedBatch {
  /**
   * `lines`: each record is a whole Singer RECORD line (envelope and newline included), as the kit's
   * FetchContext.rows builds them; otherwise bare JSON objects.
   */
  constructor(
    readonly bytes: Buffer,
    readonly ends: readonly number[],
    readonly replicationValue?: string | number,
    readonly lines = false,
  ) {}

  get count(): number {
    return this.ends.length;
  }
}

// bytes a JSON string needs escaped: the quote, the backslash and control characters
const ESCAPE = new Uint8Array(256);
for (let c = 0; c < 0x20; c++) ESCAPE[c] = 1;
ESCAPE[0x22] = 1;
ESCAPE[0x5c] = 1;
const SHORT: Record<number, number> = { 0x22: 0x22, 0x5c: 0x5c, 0x08: 0x62, 0x0c: 0x66, 0x0a: 0x6e, 0x0d: 0x72, 0x09: 0x74 };
const HEX = Buffer.from('0123456789abcdef');

/**
 * Builds records whose properties are always `keys`, in that order; properties in `dropped` (deselected in
 * the catalog) are left out. Call begin(), one value call per key (any order of calls is the order written,
 * so call them in key order), end(); take() hands over the records built so far.
 */
export class JsonRows {
  private readonly names: Buffer[];
  private readonly skip: boolean[];
  private out: Buffer;
  private pos = 0;
  private first = true;
  private ends: number[] = [];

  /** index of the replication key in `keys` (-1: none); its greatest value in the batch so far */
  private readonly rk: number;
  private max: string | number | undefined;

  /**
   * `line`: write each record as a whole RECORD line, `prefix` (the envelope up to the record), the record,
   * `suffix()` (what follows it, e.g. time_extracted, and the closing brace) and a newline.
   */
  constructor(
    keys: readonly string[],
    dropped: ReadonlySet<string> = new Set(),
    replicationKey?: string,
    private readonly line?: { prefix: Buffer; suffix: () => Buffer },
    capacity = 256 * 1024,
  ) {
    this.names = keys.map((k) => Buffer.from(`${JSON.stringify(k)}:`));
    this.skip = keys.map((k) => dropped.has(k));
    this.rk = replicationKey === undefined ? -1 : keys.indexOf(replicationKey);
    this.out = Buffer.allocUnsafe(capacity);
  }

  /** Keep the greatest replication key value (in bookmark order). */
  private replication(v: string | number): void {
    if (greater(this.max, v)) this.max = v;
  }

  /** Bytes held by records not yet taken. */
  get size(): number {
    return this.pos;
  }

  private room(n: number): void {
    this.out = grown(this.out, this.pos, n);
  }

  private key(k: number, valueMax: number): void {
    const name = this.names[k]!;
    this.room(name.length + valueMax + 2);
    const out = this.out;
    let p = this.pos;
    if (!this.first) out[p++] = 0x2c;
    this.first = false;
    // names are short: a loop beats a native copy call per value
    for (let i = 0; i < name.length; i++) out[p++] = name[i]!;
    this.pos = p;
  }

  begin(): void {
    const prefix = this.line?.prefix;
    this.room((prefix?.length ?? 0) + 1);
    if (prefix) this.pos += prefix.copy(this.out, this.pos);
    this.out[this.pos++] = 0x7b;
    this.first = true;
  }

  end(): void {
    const suffix = this.line?.suffix();
    this.room((suffix?.length ?? 0) + 2);
    this.out[this.pos++] = 0x7d;
    if (suffix) {
      this.pos += suffix.copy(this.out, this.pos);
      this.out[this.pos++] = 10;
    }
    this.ends.push(this.pos);
  }

  /** A string value from UTF-8 bytes src[s, e) (valid UTF-8: the caller decoded the source). */
  string(k: number, src: Buffer, s: number, e: number): void {
    if (k === this.rk) this.replication(src.toString('utf8', s, e));
    if (this.skip[k]) return;
    this.key(k, (e - s) * 6 + 2);
    const out = this.out;
    let p = this.pos;
    out[p++] = 0x22;
    for (let i = s; i < e; i++) {
      const c = src[i]!;
      if (ESCAPE[c] === 0) {
        out[p++] = c;
        continue;
      }
      out[p++] = 0x5c;
      const short = SHORT[c];
      if (short !== undefined) {
        out[p++] = short;
      } else {
        out[p++] = 0x75;
        out[p++] = 0x30;
        out[p++] = 0x30;
        out[p++] = HEX[c >> 4]!;
        out[p++] = HEX[c & 15]!;
      }
    }
    out[p++] = 0x22;
    this.pos = p;
  }

  /**
   * The first `count` keys' values as strings, value j from src[starts[j], ends[j]): the same as calling
   * string(j, …) for each (a row splitter's fields, in key order).
   */
  strings(src: Buffer, starts: Int32Array, ends: Int32Array, count: number): void {
    for (let j = 0; j < count; j++) this.string(j, src, starts[j]!, ends[j]!);
  }

  /** A value already encoded as JSON (e.g. the same lineage value on every row of a file). */
  json(k: number, encoded: Buffer): void {
    if (this.skip[k]) return;
    this.key(k, encoded.length);
    this.pos += encoded.copy(this.out, this.pos);
  }

  /** A safe integer. */
  integer(k: number, n: number): void {
    if (k === this.rk) this.replication(n);
    if (this.skip[k]) return;
    this.key(k, 24);
    this.pos += this.out.write(String(n), this.pos, 'latin1');
  }

  null(k: number): void {
    if (this.skip[k]) return;
    this.key(k, 4);
    this.out[this.pos++] = 0x6e;
    this.out[this.pos++] = 0x75;
    this.out[this.pos++] = 0x6c;
    this.out[this.pos++] = 0x6c;
  }

  /**
   * The records built so far; the builder starts over in the same memory, so the batch is valid until the
   * next begin() (a tap yields it and builds on once the kit has written it out).
   */
  take(): EncodedBatch {
    const batch = new EncodedBatch(this.out.subarray(0, this.pos), this.ends, this.max, this.line !== undefined);
    this.pos = 0;
    this.ends = [];
    this.max = undefined;
    return batch;
  }
}
