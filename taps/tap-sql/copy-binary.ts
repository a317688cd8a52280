// pg-copy-binary tuples (kit/singer/batch.ts: PostgreSQL's binary COPY rows: text as UTF-8, integers as int8,
// decimals as numeric, dates, timestamps as timestamptz, booleans) for tap-sql's batch lane, for the streams
// copyBinaryColumns accepts (every property one of those, with no check the encoding cannot carry).
//
// From PostgreSQL's COPY text rows (CopyTupleEncoder): integers in canonical digits and text fields are written
// from the row's bytes; any other field, and any row whose bytes are not valid UTF-8, is decoded by the record
// lane's own functions (decodeCopyField, decodeCopyLine) and written from those values (tupleOf), so a tuple
// holds exactly the values the record lane's JSON holds.
import { isUtf8 } from 'node:buffer';
import type { BinaryColumn } from '../../kit/singer/batch.js';
import { Decimal } from '../../kit/singer/decimal.js';
import type { MappedType, ValueKind } from './dialect.js';
import { K, fastKind, type EncodedPage } from './copy-json.js';
import { decodeCopyField, decodeCopyLine } from './copy-text.js';
import { encodeValue } from './record-json.js';
import {
  dateAt,
  numericFits,
  pgDaysAt,
  putDate,
  putInt32,
  putInt64,
  putNumeric,
  numericMaxBytes,
  putTimestamp,
  timestampAt,
  tsMicros,
  tsSeconds,
} from '../../kit/singer/pg-binary.js';

const AS_SCHEMA: Record<BinaryColumn['kind'], string> = {
  int8: 'an integer',
  text: 'a string',
  numeric: 'a number',
  date: 'a date',
  timestamptz: 'a date-time',
  bool: 'a boolean',
};
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

const TAB = 9;
const BS = 0x5c;
const MINUS = 0x2d;
const TWO32 = 2 ** 32;

/** A growing byte buffer of tuples. */
export class TupleBuffer {
  buf = Buffer.allocUnsafe(256 * 1024);
  pos = 0;

  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  int8(v: bigint): void {
    this.ensure(12);
    this.pos = this.buf.writeInt32BE(8, this.pos);
    this.pos = this.buf.writeBigInt64BE(v, this.pos);
  }

  /** A safe integer as int8 (no BigInt). */
  int8n(n: number): void {
    this.ensure(12);
    const b = this.buf;
    let p = this.buf.writeInt32BE(8, this.pos);
    const hi = Math.floor(n / TWO32);
    p = b.writeInt32BE(hi, p);
    this.pos = b.writeUInt32BE(n - hi * TWO32, p);
  }

  text(s: string): void {
    const n = Buffer.byteLength(s);
    this.ensure(n + 4);
    this.pos = this.buf.writeInt32BE(n, this.pos);
    this.pos += this.buf.write(s, this.pos, 'utf8');
  }

  null(): void {
    this.ensure(4);
    this.pos = this.buf.writeInt32BE(-1, this.pos);
  }

  fields(n: number): void {
    this.ensure(2);
    this.buf[this.pos++] = n >> 8;
    this.buf[this.pos++] = n & 255;
  }
}

/**
 * One record's values (the record lane's decoded values, in `cols` order) as a tuple: each value as its column's
 * binary form (putValue); anything else is an error, never a silent change.
 */
export function tupleOf(t: TupleBuffer, cols: readonly BinaryColumn[], values: ArrayLike<unknown>): void {
  t.fields(cols.length);
  for (let i = 0; i < cols.length; i++) putValue(t, cols[i]!, values[i]);
}

/**
 * One decoded value as its column's field: an integer column takes a safe integer or an integer Decimal; text a
 * string; numeric a Decimal or finite number, from the very token the record lane writes (its digits and scale);
 * date a `YYYY-MM-DD`; timestamptz an ISO date-time with its zone; bool a boolean.
 */
export function putValue(t: TupleBuffer, col: BinaryColumn, v: unknown): void {
  if (v === null || v === undefined) return t.null();
  switch (col.kind) {
    case 'int8':
      if (typeof v === 'number' && Number.isSafeInteger(v)) return t.int8n(v === 0 ? 0 : v);
      if (v instanceof Decimal && isInt8(v.text)) return t.int8(BigInt(v.text));
      break;
    case 'text':
      if (typeof v === 'string') return t.text(v);
      break;
    case 'numeric':
      if ((typeof v === 'number' && Number.isFinite(v)) || v instanceof Decimal) {
        const token = Buffer.from(encodeValue(v), 'latin1');
        if (!numericFits(token, 0, token.length)) break;
        t.ensure(numericMaxBytes(token.length));
        t.pos = putNumeric(token, 0, token.length, t.buf, t.pos);
        return;
      }
      break;
    case 'date':
      if (typeof v === 'string' && DATE.test(v)) {
        const days = pgDaysAt(Buffer.from(v, 'latin1'), 0);
        if (Number.isNaN(days)) break;
        t.ensure(8);
        t.pos = putDate(t.buf, t.pos, days);
        return;
      }
      break;
    case 'timestamptz':
      if (typeof v === 'string' && DATE_TIME.test(v)) {
        const b = Buffer.from(v, 'latin1');
        if (!timestampAt(b, 0, b.length, true)) break;
        t.ensure(12);
        t.pos = putTimestamp(t.buf, t.pos, tsSeconds, tsMicros);
        return;
      }
      break;
    case 'bool':
      if (typeof v === 'boolean') {
        t.ensure(5);
        t.pos = putInt32(t.buf, t.pos, 1);
        t.buf[t.pos++] = v ? 1 : 0;
        return;
      }
      break;
  }
  throw new Error(
    `pg-copy-binary: ${col.name} is ${AS_SCHEMA[col.kind]} in the SCHEMA; the source gave ${String(v instanceof Decimal ? v.text : v)}`,
  );
}

/** Integer digits within int8 (what a pg-copy-binary integer field holds). */
function isInt8(text: string): boolean {
  if (!/^-?\d+$/.test(text)) return false;
  const v = BigInt(text);
  return v <= 9223372036854775807n && v >= -9223372036854775808n;
}

/** Walk `rows` tuples of `b` from `from`; returns the offset after them (splitting a page between batch files). */
export function tuplesEnd(b: Buffer, from: number, rows: number): number {
  let p = from;
  for (let r = 0; r < rows; r++) {
    const n = b.readUInt16BE(p);
    p += 2;
    for (let f = 0; f < n; f++) {
      const len = b.readInt32BE(p);
      p += 4 + (len > 0 ? len : 0);
    }
  }
  return p;
}

/** How a tuple field is written from the source's text: by the byte writers below, or F.Other (the general path). */
export const enum F {
  Int,
  Text,
  Numeric,
  /** a float's digits: a numeric as the record lane's number (its shortest digits) */
  Float,
  Date,
  Timestamp,
  Bool,
  Other,
}

/** A column's byte writer, given the kind of the source's text for it (copy-json.ts's K). */
export function tupleKind(col: BinaryColumn, k: K): F {
  switch (col.kind) {
    case 'int8':
      return k === K.Int ? F.Int : F.Other;
    case 'text':
      return k === K.Text ? F.Text : F.Other;
    case 'numeric':
      return k === K.Decimal ? F.Numeric : k === K.Float ? F.Float : F.Other;
    case 'date':
      return k === K.Date ? F.Date : F.Other;
    case 'timestamptz':
      return k === K.Timestamp ? F.Timestamp : F.Other;
    case 'bool':
      return k === K.Bool ? F.Bool : F.Other;
  }
}

/**
 * A field b[s, e) (no escapes: a MySQL cell, or a PostgreSQL COPY field of digits, dates, times or t/f) of a
 * non-text kind written at `pos`; -1 where the general path must decide (then nothing it wrote counts).
 */
export function typedField(f: F, b: Buffer, s: number, e: number, out: Buffer, pos: number): number {
  switch (f) {
    case F.Int:
      return intField(b, s, e, out, pos);
    case F.Numeric:
      return numericField(b, s, e, out, pos);
    case F.Float:
      return floatField(b, s, e, out, pos);
    case F.Date:
      if (e - s !== 10) return -1;
      if (placeholder(b, s)) return putInt32(out, pos, -1);
      return dateAt(b, s) ? putDate(out, pos, pgDaysAt(b, s)) : -1;
    case F.Timestamp:
      return timestampField(b, s, e, out, pos);
    case F.Bool: {
      if (e - s !== 1) return -1;
      const c = b[s];
      const v = c === 0x74 || c === 0x31 ? 1 : c === 0x66 || c === 0x30 ? 0 : -1; // t/1, f/0
      if (v < 0) return -1;
      out[pos] = 0;
      out[pos + 1] = 0;
      out[pos + 2] = 0;
      out[pos + 3] = 1;
      out[pos + 4] = v;
      return pos + 5;
    }
    default:
      return -1;
  }
}

/** Canonical decimal digits (`-?(0|[1-9]d*)(.d+)?`, as both servers print them) as numeric; else -1. */
function numericField(b: Buffer, s: number, e: number, out: Buffer, pos: number): number {
  let i = s;
  if (b[i] === MINUS) i++;
  const int = i;
  while (i < e && b[i]! >= 0x30 && b[i]! <= 0x39) i++;
  if (i === int || (b[int] === 0x30 && i - int > 1)) return -1;
  if (i < e) {
    if (b[i] !== 0x2e || ++i === e) return -1;
    while (i < e && b[i]! >= 0x30 && b[i]! <= 0x39) i++;
    if (i !== e) return -1;
  }
  if (e - s > 1000) return -1;
  return putNumeric(b, s, e, out, pos);
}

/**
 * A float's text as the numeric the record lane lands: it writes the double's shortest digits (String(n)), which
 * are the text's own when the text has at most 15 significant digits (a double holds those exactly) and no
 * trailing fraction zero (`2.50` is 2.5 there). Anything else (exponents, more digits, NaN) is the general path's.
 */
function floatField(b: Buffer, s: number, e: number, out: Buffer, pos: number): number {
  let i = s;
  if (b[i] === MINUS) i++;
  let sig = 0;
  let lead = true;
  let dot = -1;
  for (let k = i; k < e; k++) {
    const c = b[k]!;
    if (c === 0x2e) {
      if (dot >= 0 || k === i || k === e - 1) return -1;
      dot = k;
    } else if (c >= 0x30 && c <= 0x39) {
      if (c !== 0x30) lead = false;
      if (!lead) sig++;
    } else return -1;
  }
  if (e === i || sig > 15 || (dot >= 0 && b[e - 1] === 0x30) || (b[i] === 0x30 && i + 1 < e && b[i + 1] !== 0x2e)) return -1;
  return putNumeric(b, s, e, out, pos);
}

/** A date's `YYYY-MM-DD` at s that stands for no date (values.ts isPlaceholderDate): year 0 or 1, month or day 00. */
function placeholder(b: Buffer, s: number): boolean {
  const y = digits(b, s, 4);
  return y === 0 || y === 1 || (b[s + 5] === 0x30 && b[s + 6] === 0x30) || (b[s + 8] === 0x30 && b[s + 9] === 0x30);
}

function digits(b: Buffer, s: number, n: number): number {
  let v = 0;
  for (let k = s; k < s + n; k++) {
    const c = b[k]! - 0x30;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** `YYYY-MM-DD HH:MM:SS[.f{1,6}][+00]` (UTC: the session's zone) as timestamptz; else -1. */
function timestampField(b: Buffer, s: number, e: number, out: Buffer, pos: number): number {
  if (e - s >= 19 && placeholder(b, s)) return putInt32(out, pos, -1);
  if (e - s < 19 || !dateAt(b, s) || (b[s + 10] !== 0x20 && b[s + 10] !== 0x54) || b[s + 13] !== 0x3a || b[s + 16] !== 0x3a) return -1;
  const h = digits(b, s + 11, 2);
  const mi = digits(b, s + 14, 2);
  const se = digits(b, s + 17, 2);
  if (h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 59) return -1;
  let end = e;
  if (e - s >= 22 && b[e - 3] === 0x2b && b[e - 2] === 0x30 && b[e - 1] === 0x30) end = e - 3;
  let i = s + 19;
  if (i < end) {
    if (b[i] !== 0x2e || end - i < 2 || end - i > 7 || digits(b, i + 1, end - i - 1) < 0) return -1;
    i = end;
  }
  if (i !== end || !timestampAt(b, s, end, true)) return -1;
  return putTimestamp(out, pos, tsSeconds, tsMicros);
}

/** PostgreSQL COPY text rows → pg-copy-binary tuples; the same calls as CopyRecordEncoder (copy-json.ts). */
export class CopyTupleEncoder {
  private readonly t = new TupleBuffer();
  private rows = 0;
  private readonly fast: F[];
  private readonly kinds: ValueKind[];
  private readonly elements: ValueKind[];
  private readonly fields: number;
  private readonly width: number;
  private lastBuffer: Buffer | undefined;
  private lastStart = 0;
  private lastEnd = 0;

  /** `cols`: the tuple's columns (the leading fields); `types`: every selected column's; `repeats` as Sql's. */
  constructor(
    private readonly cols: readonly BinaryColumn[],
    types: readonly MappedType[],
    private readonly repeats?: number,
  ) {
    this.kinds = types.map((t) => t.kind);
    this.elements = types.map((t) => t.element ?? 'text');
    this.fields = repeats === undefined ? types.length : types.length - 1;
    this.width = cols.length;
    this.fast = cols.map((c, i) => {
      const k = fastKind(this.kinds[i]!);
      return tupleKind(c, k);
    });
  }

  /** (the record lane's time stamp: a batch file's is its BATCH message's) */
  stamp(_timeExtracted: string): void {}

  get bytes(): number {
    return this.t.pos;
  }

  /** One COPY text row, `b[start, nl)`, as a tuple; nothing is written if it throws. */
  row(b: Buffer, start: number, nl: number): void {
    const t = this.t;
    const rowStart = t.pos;
    // a text field's bytes at most as many as the row's (unescaping shortens), an integer 12, a numeric at most 16
    // more than its characters
    t.ensure(2 + 16 * this.width + (nl - start));
    try {
      if (!this.line(b, start, nl)) {
        t.pos = rowStart;
        this.slowLine(b.toString('utf8', start, nl));
      }
    } catch (e) {
      t.pos = rowStart;
      throw e;
    }
    this.rows++;
    this.lastBuffer = b;
    this.lastStart = start;
    this.lastEnd = nl;
  }

  /** False when the row has bytes past ASCII that are not valid UTF-8 (the general path replaces them). */
  private line(b: Buffer, start: number, end: number): boolean {
    const t = this.t;
    const out = t.buf;
    let pos = t.pos;
    out[pos++] = this.width >> 8;
    out[pos++] = this.width & 255;
    let high = 0;
    let s = start;
    const n = this.fields;
    for (let i = 0; i < n; i++) {
      let e = s;
      while (e < end && b[e] !== TAB) e++;
      if ((e === end) !== (i === n - 1)) throw new Error(`COPY row has ${e === end ? i + 1 : 'more than ' + n} fields, expected ${n}`);
      if (i < this.width) {
        if (e - s === 2 && b[s] === BS && b[s + 1] === 0x4e) {
          out.writeInt32BE(-1, pos);
          pos += 4;
        } else {
          const f = this.fast[i]!;
          const next = f === F.Text ? textField(b, s, e, out, pos) : typedField(f, b, s, e, out, pos);
          if (next >= 0) {
            if (f === F.Text) for (let j = s; j < e; j++) high |= b[j]!;
            pos = next;
          } else {
            // the general path's value for this field (the buffer may grow)
            t.pos = pos;
            this.general(i, b.toString('utf8', s, e));
            pos = t.pos;
          }
        }
      }
      s = e + 1;
    }
    t.pos = pos;
    return !(high & 0x80) || isUtf8(b.subarray(start, end));
  }

  private general(i: number, text: string): void {
    putValue(this.t, this.cols[i]!, decodeCopyField(text, this.kinds[i]!, this.elements[i]!));
  }

  /** The general path for a whole line: decode to values, write each as tupleOf does. */
  private slowLine(line: string): void {
    const values = decodeCopyLine(line, this.kinds.slice(0, this.fields), this.elements.slice(0, this.fields));
    tupleOf(this.t, this.cols, values);
  }

  take(): EncodedPage {
    const b = this.lastBuffer;
    let line = b?.toString('utf8', this.lastStart, this.lastEnd);
    if (line !== undefined && this.repeats !== undefined) line += `\t${line.split('\t')[this.repeats]}`;
    const last = line === undefined ? undefined : decodeCopyLine(line, this.kinds, this.elements);
    const page = { bytes: this.t.buf.subarray(0, this.t.pos), rows: this.rows, last };
    this.t.pos = 0;
    this.rows = 0;
    this.lastBuffer = undefined;
    return page;
  }
}

/**
 * Canonical integer digits (int*'s output) b[s, e) as int8 at `pos`; -1 for anything else (the general path's).
 * Up to 15 digits as a double (exact), more through BigInt.
 */
function intField(b: Buffer, s: number, e: number, out: Buffer, pos: number): number {
  let i = s;
  const neg = b[i] === MINUS;
  if (neg) i++;
  if (i >= e || (b[i] === 0x30 && (e - i > 1 || neg))) return -1;
  if (e - i > 15) {
    for (let j = i; j < e; j++) if (b[j]! < 0x30 || b[j]! > 0x39) return -1;
    const v = BigInt(b.toString('latin1', s, e));
    if (v > 9223372036854775807n || v < -9223372036854775808n) return -1;
    out.writeInt32BE(8, pos);
    out.writeBigInt64BE(v, pos + 4);
    return pos + 12;
  }
  let n = 0;
  for (let j = i; j < e; j++) {
    const c = b[j]! - 0x30;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  // byte by byte: Buffer's writeInt32BE checked its arguments on every call (~15% of the tap's CPU on bench:sql)
  out[pos] = 0;
  out[pos + 1] = 0;
  out[pos + 2] = 0;
  out[pos + 3] = 8;
  return putInt64(out, pos + 4, neg ? -n : n);
}

/** A COPY text field b[s, e) unescaped (COPY TO's escapes) behind its length at `pos`. */
function textField(b: Buffer, s: number, e: number, out: Buffer, pos: number): number {
  let p = pos + 4;
  for (let j = s; j < e; j++) {
    const c = b[j]!;
    if (c !== BS) {
      out[p++] = c;
      continue;
    }
    if (++j >= e) return -1;
    const n = b[j]!;
    out[p++] = n === 0x62 ? 8 : n === 0x66 ? 12 : n === 0x6e ? 10 : n === 0x72 ? 13 : n === 0x74 ? 9 : n === 0x76 ? 11 : n;
  }
  putInt32(out, pos, p - pos - 4);
  return p;
}
