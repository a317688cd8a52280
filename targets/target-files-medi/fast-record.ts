// The RECORD fast path of target-files-medi: one pass over a Singer line's raw bytes that finds its stream, checks
// every value of its record against the column types and writes the spool line DuckDB reads (NDJSON), without
// JSON.parse, record objects or per-value strings. Parsing each line exactly in Node (kit/singer/json.ts keeps
// decimals as text) was most of the target's time; DuckDB's own JSON reader now does the parsing.
//
// It only ever accepts: a line it cannot prove valid and spool exactly (a key written with escapes, a duplicate
// key, a property not in the SCHEMA, a value of the wrong type or that does not fit, an exponent, a timestamp form
// DuckDB does not read, a lone surrogate, invalid UTF-8, …) returns false, and the general path (parse, cells.ts)
// takes that line and spools the same values, or fails naming line and column as before.
//
// Spool line: {"f<i>":value,…} with the column index as key. DuckDB reads a JSON number into a DECIMAL through a
// double, and parses decimal text into a 128-bit decimal slowly (~15x), so a decimal is spooled as its unscaled
// integer U = h·10^36 + m·10^18 + c in int64 pieces ("f<i>", "f<i>m", "f<i>h"; zero pieces left out), which
// DuckDB reads exactly and the loader's SELECT puts back together (decimalSql). JSON values are spooled as JSON
// strings of their compact text (number tokens as sent), read as VARCHAR and cast to JSON, which keeps the text.
// A binary float (DOUBLE) is spooled as a JSON string of its number token as sent: the loader casts it to DOUBLE
// for Parquet (correctly rounded: the double the text names) and keeps the text for CSV and JSONL.
import { isUtf8 } from 'node:buffer';
// a day that exists in the Gregorian calendar DuckDB's DATE uses (year 0000 is 1 BC there)
import { dayExists } from '../../kit/singer/pg-binary.js';
import type { ColumnType } from './type-map.js';

export const enum Kind {
  Varchar,
  Bigint,
  Decimal,
  Boolean,
  Timestamptz,
  Date,
  Time,
  Json,
  Double,
}

export interface PlanColumn {
  /** the property name's UTF-8 bytes (no quotes) */
  key: Buffer;
  kind: Kind;
  precision: number;
  scale: number;
  /** a double column of a single precision source (x-sql-datatype real) */
  single: boolean;
  /** `"f<i>":`, `,"f<i>":` and the decimal pieces' `,"f<i>m":`, `,"f<i>h":` */
  first: Buffer;
  next: Buffer;
  mid: Buffer;
  high: Buffer;
}

export interface Plan {
  columns: PlanColumn[];
  /** index of the partition property, or -1 (time_extracted or nothing) */
  partition: number;
}

const KINDS: Record<ColumnType['kind'], Kind> = {
  varchar: Kind.Varchar,
  bigint: Kind.Bigint,
  decimal: Kind.Decimal,
  boolean: Kind.Boolean,
  timestamptz: Kind.Timestamptz,
  date: Kind.Date,
  time: Kind.Time,
  json: Kind.Json,
  double: Kind.Double,
};

export function makePlan(columns: { name: string; type: ColumnType }[], partition: string | undefined): Plan {
  return {
    columns: columns.map((c, i) => ({
      key: Buffer.from(c.name),
      kind: KINDS[c.type.kind],
      precision: c.type.precision ?? 0,
      scale: c.type.scale ?? 0,
      single: c.type.single === true,
      first: Buffer.from(`"f${i}":`),
      next: Buffer.from(`,"f${i}":`),
      mid: Buffer.from(`,"f${i}m":`),
      high: Buffer.from(`,"f${i}h":`),
    })),
    partition: partition === undefined ? -1 : columns.findIndex((c) => c.name === partition),
  };
}

/** SQL for a decimal column from its spooled pieces (names already quoted); `mid`/`high` undefined when it has none. */
export function decimalSql(t: ColumnType, low: string, mid: string, high: string): string {
  const p = t.precision!;
  const s = t.scale!;
  const d = (x: string) => `${x}::DECIMAL(38,0)`;
  let u = d(low);
  if (p > 18) u = `${d(`coalesce(${mid}, 0)`)} * 1${'0'.repeat(18)}::DECIMAL(38,0) + ${u}`;
  if (p > 36) u = `${d(`coalesce(${high}, 0)`)} * 1${'0'.repeat(36)}::DECIMAL(38,0) + ${u}`;
  if (s > 0) u = `(${u}) * 0.${'0'.repeat(s - 1)}1::DECIMAL(${Math.min(38, s + 1)},${s})`;
  return `(${u})::DECIMAL(${p},${s})`;
}

/**
 * A number's text names a double (`single`: a single precision float) other than ±Infinity, and other than 0 unless
 * it is zero: a binary float's value is the float its text names (no other rounding is refused: the column is a
 * float, as its source's).
 */
export function inDoubleRange(text: string, single = false): boolean {
  const d = single ? Math.fround(Number(text)) : Number(text);
  return Number.isFinite(d) && (d !== 0 || !/[1-9]/.test(text.replace(/[eE].*$/, '')));
}

/** The unscaled integer of a decimal (sign, integer digits, fraction digits, scale) as spool pieces c, m, h ('' when 0). */
export function decimalPieces(neg: boolean, int: string, frac: string, scale: number): [string, string, string] {
  const u = (int + frac.padEnd(scale, '0')).replace(/^0+/, '');
  const piece = (from: number, to: number) => {
    const x = u.slice(Math.max(0, from), Math.max(0, to)).replace(/^0+/, '');
    return x ? (neg ? '-' : '') + x : '';
  };
  return [piece(u.length - 18, u.length) || '0', piece(u.length - 36, u.length - 18), piece(0, u.length - 36)];
}

const Q = 0x22;
const BS = 0x5c;
const LB = 0x7b;
const RB = 0x7d;
const LS = 0x5b;
const RS = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;
const ZERO = 0x30;
const NINE = 0x39;
const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');
const NULL = Buffer.from('null');
const RECORD = Buffer.from('"RECORD"');
const K_TYPE = Buffer.from('type');
const K_STREAM = Buffer.from('stream');
const K_RECORD = Buffer.from('record');
const K_TIME = Buffer.from('time_extracted');
const K_VERSION = Buffer.from('version');
const INT64_MAX = Buffer.from('9223372036854775807');
const INT64_MIN = Buffer.from('9223372036854775808');

function ws(b: Buffer, p: number, end: number): number {
  while (p < end) {
    const c = b[p]!;
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) p++;
    else break;
  }
  return p;
}

const isDigit = (c: number | undefined) => c !== undefined && c >= ZERO && c <= NINE;

function digits(b: Buffer, p: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (!isDigit(b[p + k])) return false;
  return true;
}

function isHex(c: number | undefined): boolean {
  return c !== undefined && ((c >= ZERO && c <= NINE) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));
}

function same(b: Buffer, s: number, e: number, k: Buffer): boolean {
  if (e - s !== k.length) return false;
  for (let i = 0; i < k.length; i++) if (b[s + i] !== k[i]) return false;
  return true;
}

/** b holds k's bytes at s */
function sameAt(b: Buffer, s: number, k: Buffer): boolean {
  for (let i = 0; i < k.length; i++) if (b[s + i] !== k[i]) return false;
  return true;
}

function sameRange(b: Buffer, s1: number, e1: number, s2: number, e2: number): boolean {
  if (e1 - s1 !== e2 - s2) return false;
  for (let i = 0; i < e1 - s1; i++) if (b[s1 + i] !== b[s2 + i]) return false;
  return true;
}

/** An escape after a backslash that a JSON string may hold, other than \u. */
const shortEscape = (e: number | undefined) =>
  e === Q || e === BS || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74;

const two = (b: Buffer, p: number) => (b[p]! - ZERO) * 10 + b[p + 1]! - ZERO;

/** A time of day DuckDB reads: 00:00:00 to 23:59:59.999999, and 24:00:00 (ISO 8601's end of day); no leap second. */
export function timeExists(h: number, m: number, s: number, fractionZero: boolean): boolean {
  if (h === 24) return m === 0 && s === 0 && fractionZero;
  return h <= 23 && m <= 59 && s <= 59;
}

/**
 * [s, e) inside a timestamp string: YYYY-MM-DD[T ]HH:MM[:SS[.f{1,9}]][Z|±HH[:MM]] naming a day and time that
 * exist, with seconds when an offset follows, nothing finer than microseconds (digits past the sixth all 0): the
 * forms DuckDB's TIMESTAMPTZ reads as they are, checked as cells.ts does (which takes the others and rewrites them).
 */
function timestampAt(b: Buffer, s: number, e: number): boolean {
  if (e - s < 16 || !dateAt(b, s, s + 10) || (b[s + 10] !== 0x54 && b[s + 10] !== 0x20)) return false;
  if (!digits(b, s + 11, 2) || b[s + 13] !== COLON || !digits(b, s + 14, 2)) return false;
  let p = s + 16;
  let sec = 0;
  let fractionZero = true;
  if (p < e && b[p] === COLON) {
    if (!digits(b, p + 1, 2) || p + 3 > e) return false;
    sec = two(b, p + 1);
    p += 3;
    if (p < e && b[p] === 0x2e) {
      const f = ++p;
      while (p < e && isDigit(b[p])) p++;
      if (p === f || p - f > 9) return false;
      for (let k = f; k < p; k++) if (b[k] !== ZERO) fractionZero = false;
      for (let k = f + 6; k < p; k++) if (b[k] !== ZERO) return false;
    }
  } else if (p !== e) return false;
  if (!timeExists(two(b, s + 11), two(b, s + 14), sec, fractionZero)) return false;
  if (p === e) return true;
  if (b[p] === 0x5a) return p + 1 === e;
  if (b[p] !== 0x2b && b[p] !== 0x2d) return false;
  if (!digits(b, p + 1, 2)) return false;
  p += 3;
  if (p === e) return true;
  return e - p === 3 && b[p] === COLON && digits(b, p + 1, 2);
}

/** YYYY-MM-DD, a day that exists */
function dateAt(b: Buffer, s: number, e: number): boolean {
  if (e - s !== 10 || !digits(b, s, 4) || b[s + 4] !== 0x2d || !digits(b, s + 5, 2) || b[s + 7] !== 0x2d || !digits(b, s + 8, 2))
    return false;
  return dayExists(two(b, s) * 100 + two(b, s + 2), two(b, s + 5), two(b, s + 8));
}

/** HH:MM[:SS[.f{1,6}]], a time of day that exists */
function timeAt(b: Buffer, s: number, e: number): boolean {
  if (e - s < 5 || !digits(b, s, 2) || b[s + 2] !== COLON || !digits(b, s + 3, 2)) return false;
  const h = two(b, s);
  const m = two(b, s + 3);
  if (e - s === 5) return timeExists(h, m, 0, true);
  if (b[s + 5] !== COLON || !digits(b, s + 6, 2)) return false;
  if (e - s === 8) return timeExists(h, m, two(b, s + 6), true);
  if (b[s + 8] !== 0x2e || e - s > 15 || e - s < 10 || !digits(b, s + 9, e - s - 9)) return false;
  let fractionZero = true;
  for (let k = s + 9; k < e; k++) if (b[k] !== ZERO) fractionZero = false;
  return timeExists(h, m, two(b, s + 6), fractionZero);
}

/** The stream's plan for its name's bytes b[s, e) (no escapes), or undefined when the general path must take the line. */
export type PlanLookup = (b: Buffer, s: number, e: number) => Plan | undefined;

/**
 * Scanner state is kept in fields (one instance per loader): the output buffer, the number just read, and
 * whether the line held bytes past ASCII (then the whole line must be valid UTF-8).
 */
export class RecordScanner {
  /**
   * Where the spool line goes: [base, o) of `out`. The loader points `out`/`base` at the free end of the spool the
   * line most likely belongs to, so the line is written there once and not copied again; when that buffer has no
   * room for this line, the scanner writes into its own buffer from 0 instead.
   */
  out: Buffer;
  base = 0;
  o = 0;
  private own = Buffer.allocUnsafe(1 << 16);
  constructor() {
    this.out = this.own;
  }

  /** Write the next line into `out` from `base` (the caller has made room for it), or into the scanner's own buffer. */
  into(out: Buffer | undefined, base: number): void {
    this.out = out ?? this.own;
    this.base = out ? base : 0;
  }
  nonAscii = false;
  /** the partition property's string content, or -1 (absent or null) */
  partStart = -1;
  partEnd = -1;
  private neg = false;
  private i0 = 0;
  private i1 = 0;
  private f0 = 0;
  private f1 = 0;
  private exp = false;
  private seen = new Uint32Array(64);
  private stamp = 0;
  /** [start, end) of the keys of the JSON objects being written, innermost last */
  private keys = new Int32Array(256);
  private keyTop = 0;

  /** the stream's name b[streamStart, streamEnd) of the line just scanned */
  streamStart = 0;
  streamEnd = 0;
  /** the line's time_extracted string content, or -1 (absent or null) */
  timeStart = -1;
  timeEnd = -1;

  /**
   * A RECORD line b[start, end), its keys in any order: checked, and its record spooled in `out` ([base, o), ending
   * in a newline). Undefined when the general path must take the line.
   */
  line(b: Buffer, start: number, end: number, lookup: PlanLookup): Plan | undefined {
    this.streamStart = this.timeStart = -1;
    this.nonAscii = false;
    this.keyTop = 0;
    let plan: Plan | undefined;
    let typed = false;
    let version = false;
    let timed = false;
    let recordStart = -1;
    let recordEnd = -1;
    let p = ws(b, start, end);
    if (b[p] !== LB) return undefined;
    p = ws(b, p + 1, end);
    if (b[p] === RB) return undefined;
    for (;;) {
      if (b[p] !== Q) return undefined;
      const ks = p + 1;
      p = this.skipString(b, p, end);
      if (p < 0 || this.escaped) return undefined;
      const ke = p - 1;
      p = ws(b, p, end);
      if (b[p] !== COLON) return undefined;
      p = ws(b, p + 1, end);
      const vs = p;
      if (same(b, ks, ke, K_RECORD)) {
        if (recordStart >= 0 || b[vs] !== LB) return undefined;
        recordStart = vs;
        // the usual order (stream first): the record is checked and spooled in this pass, else skipped for now
        p = plan ? this.record(b, vs, end, plan) : this.skip(b, vs, end, 0);
        if (p < 0) return undefined;
        recordEnd = p;
      } else {
        p = this.skip(b, p, end, 0);
        if (p < 0) return undefined;
        if (same(b, ks, ke, K_TYPE)) {
          if (typed || !same(b, vs, p, RECORD)) return undefined;
          typed = true;
        } else if (same(b, ks, ke, K_STREAM)) {
          if (this.streamStart >= 0 || b[vs] !== Q || this.escaped) return undefined;
          this.streamStart = vs + 1;
          this.streamEnd = p - 1;
          if (recordStart < 0) {
            plan = lookup(b, vs + 1, p - 1);
            if (!plan) return undefined;
          }
        } else if (same(b, ks, ke, K_TIME)) {
          if (timed) return undefined;
          timed = true;
          if (b[vs] === Q) {
            if (this.escaped) return undefined;
            this.timeStart = vs + 1;
            this.timeEnd = p - 1;
          } else if (!same(b, vs, p, NULL)) return undefined;
        } else if (same(b, ks, ke, K_VERSION)) {
          if (version || !(b[vs] === 0x2d || isDigit(b[vs]))) return undefined;
          version = true;
        }
      }
      p = ws(b, p, end);
      if (b[p] === COMMA) {
        p = ws(b, p + 1, end);
        continue;
      }
      if (b[p] !== RB) return undefined;
      break;
    }
    if (ws(b, p + 1, end) !== end || !typed || this.streamStart < 0 || recordStart < 0) return undefined;
    if (!plan) {
      plan = lookup(b, this.streamStart, this.streamEnd);
      if (!plan || this.record(b, recordStart, recordEnd, plan) !== recordEnd) return undefined;
    }
    if (this.nonAscii && !isUtf8(b.subarray(start, end))) return undefined;
    return plan;
  }

  /** The record object at b[rs] spooled into `out` as one line; the position after it, or -1. */
  private record(b: Buffer, rs: number, end: number, plan: Plan): number {
    const cols = plan.columns;
    const n = cols.length;
    if (this.seen.length < n) this.seen = new Uint32Array(n * 2);
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const stamp = this.stamp;
    const need = 2 * (end - rs) + n * 64 + 16;
    if (this.out.length - this.base < need) {
      if (this.own.length < need) this.own = Buffer.allocUnsafe(need * 2);
      this.out = this.own;
      this.base = 0;
    }
    this.o = this.base;
    this.partStart = -1;
    this.out[this.o++] = LB;
    let first = true;
    let expect = 0;
    let p = ws(b, rs + 1, end);
    if (b[p] === RB) p++;
    else
      for (;;) {
        if (b[p] !== Q) return -1;
        const ks = p + 1;
        // properties mostly come in the SCHEMA's order: the next column's name, then a closing quote, is the key
        let i = -1;
        if (expect < n) {
          const k = cols[expect]!.key;
          const ke = ks + k.length;
          if (b[ke] === Q && sameAt(b, ks, k)) {
            i = expect;
            p = ke + 1;
          }
        }
        if (i < 0) {
          p = this.skipString(b, p, end);
          if (p < 0 || this.escaped) return -1;
          const ke = p - 1;
          for (let k = 0; k < n && i < 0; k++) if (same(b, ks, ke, cols[k]!.key)) i = k;
        }
        if (i < 0 || this.seen[i] === stamp) return -1;
        this.seen[i] = stamp;
        expect = i + 1;
        p = ws(b, p, end);
        if (b[p] !== COLON) return -1;
        p = ws(b, p + 1, end);
        const c = cols[i]!;
        if (b[p] === 0x6e) {
          if (!same(b, p, p + 4, NULL)) return -1;
          p += 4;
        } else {
          this.put(first ? c.first : c.next);
          first = false;
          p = this.value(b, p, end, c);
          if (p < 0) return -1;
          if (i === plan.partition) {
            this.partStart = this.valueStart;
            this.partEnd = this.valueEnd;
          }
        }
        p = ws(b, p, end);
        if (b[p] === COMMA) {
          p = ws(b, p + 1, end);
          continue;
        }
        if (b[p] !== RB) return -1;
        p++;
        break;
      }
    this.out[this.o++] = RB;
    this.out[this.o++] = 0x0a;
    return p;
  }

  private valueStart = 0;
  private valueEnd = 0;
  private escaped = false;

  private put(k: Buffer): void {
    const out = this.out;
    let o = this.o;
    for (let i = 0; i < k.length; i++) out[o++] = k[i]!;
    this.o = o;
  }

  private copy(b: Buffer, s: number, e: number): void {
    const out = this.out;
    let o = this.o;
    for (let i = s; i < e; i++) out[o++] = b[i]!;
    this.o = o;
  }

  /** One non-null top-level value of column c at b[p]: checked and spooled; the position after it, or -1. */
  private value(b: Buffer, p: number, end: number, c: PlanColumn): number {
    const ch = b[p];
    switch (c.kind) {
      case Kind.Varchar:
        return ch === Q ? this.copyString(b, p, end) : -1;
      case Kind.Bigint: {
        // -?(0|[1-9][0-9]*), copied as it is read; a fraction, an exponent or a leading zero is not a BIGINT here
        const out = this.out;
        let o = this.o;
        let e = p;
        const neg = ch === 0x2d;
        if (neg) out[o++] = b[e++]!;
        const i0 = e;
        if (b[e] === ZERO) out[o++] = b[e++]!;
        else
          while (e < end) {
            const d = b[e]!;
            if (d < ZERO || d > NINE) break;
            out[o++] = d;
            e++;
          }
        const len = e - i0;
        const after = b[e];
        if (len === 0 || e > end || after === 0x2e || after === 0x65 || after === 0x45 || isDigit(after)) return -1;
        if (len > 19) return -1;
        if (len === 19) {
          const lim = neg ? INT64_MIN : INT64_MAX;
          for (let k = 0; k < 19; k++) {
            const d = b[i0 + k]! - lim[k]!;
            if (d < 0) break;
            if (d > 0) return -1;
          }
        }
        this.o = o;
        return e;
      }
      case Kind.Decimal: {
        const e = this.number(b, p, end);
        if (e < 0 || this.exp) return -1;
        const intLen = this.i1 - this.i0 === 1 && b[this.i0] === ZERO ? 0 : this.i1 - this.i0;
        let fe = this.f1;
        while (fe > this.f0 && b[fe - 1] === ZERO) fe--;
        const fracLen = fe - this.f0;
        if (fracLen > c.scale || intLen > c.precision - c.scale) return -1;
        this.pieces(b, c, intLen, fracLen);
        return e;
      }
      case Kind.Double: {
        const e = this.number(b, p, end);
        if (e < 0) return -1;
        // an exponent, or many integer or fraction digits, may pass the float's range (or below its least value):
        // checked on the text; other numbers are within it
        const digits = c.single ? 30 : 300;
        if ((this.exp || this.i1 - this.i0 > digits || this.f1 - this.f0 > digits) && !inDoubleRange(b.toString('latin1', p, e), c.single))
          return -1;
        const out = this.out;
        out[this.o++] = Q;
        this.copy(b, p, e);
        out[this.o++] = Q;
        return e;
      }
      case Kind.Boolean:
        if (ch === 0x74 && same(b, p, p + 4, TRUE)) {
          this.put(TRUE);
          return p + 4;
        }
        if (ch === 0x66 && same(b, p, p + 5, FALSE)) {
          this.put(FALSE);
          return p + 5;
        }
        return -1;
      case Kind.Timestamptz:
      case Kind.Date:
      case Kind.Time: {
        if (ch !== Q) return -1;
        // a date or time is ASCII without escapes: copied while its closing quote is found, then checked
        const out = this.out;
        let o = this.o;
        out[o++] = Q;
        let e = p + 1;
        for (;;) {
          if (e >= end) return -1;
          const d = b[e]!;
          if (d === Q) break;
          if (d === BS || d < 0x20 || d >= 0x80) return -1;
          out[o++] = d;
          e++;
        }
        out[o++] = Q;
        e++;
        const ok =
          c.kind === Kind.Timestamptz
            ? timestampAt(b, p + 1, e - 1)
            : c.kind === Kind.Date
              ? dateAt(b, p + 1, e - 1)
              : timeAt(b, p + 1, e - 1);
        if (!ok) return -1;
        this.valueStart = p + 1;
        this.valueEnd = e - 1;
        this.o = o;
        return e;
      }
      case Kind.Json: {
        this.out[this.o++] = Q;
        const e = this.json(b, p, end, 0);
        if (e < 0) return -1;
        this.out[this.o++] = Q;
        return e;
      }
    }
    return -1;
  }

  /** The number at b[p] (JSON grammar); sets sign, integer digits [i0, i1), fraction digits [f0, f1), exponent. */
  private number(b: Buffer, p: number, end: number): number {
    this.neg = b[p] === 0x2d;
    if (this.neg) p++;
    this.i0 = p;
    if (b[p] === ZERO) p++;
    else if (p < end && b[p]! > ZERO && b[p]! <= NINE) while (p < end && isDigit(b[p])) p++;
    else return -1;
    this.i1 = this.f0 = this.f1 = p;
    if (b[p] === 0x2e) {
      this.f0 = ++p;
      while (p < end && isDigit(b[p])) p++;
      if (p === this.f0) return -1;
      this.f1 = p;
    }
    this.exp = b[p] === 0x65 || b[p] === 0x45;
    if (this.exp) {
      p++;
      if (b[p] === 0x2b || b[p] === 0x2d) p++;
      const d = p;
      while (p < end && isDigit(b[p])) p++;
      if (p === d) return -1;
    }
    return p > end ? -1 : p;
  }

  /** The decimal just read (sign, intLen digits at i0, fracLen at f0) as its unscaled integer's int64 pieces. */
  private pieces(b: Buffer, c: PlanColumn, intLen: number, fracLen: number): void {
    const len = intLen + c.scale;
    this.piece(b, intLen, fracLen, len - 18, len, true);
    if (len > 18) {
      const at = this.o;
      this.put(c.mid);
      if (!this.piece(b, intLen, fracLen, len - 36, len - 18, false)) this.o = at;
    }
    if (len > 36) {
      const at = this.o;
      this.put(c.high);
      if (!this.piece(b, intLen, fracLen, 0, len - 36, false)) this.o = at;
    }
  }

  /**
   * Unscaled digits [from, to) (integer digits, fraction digits, then zeros up to the scale), leading zeros skipped,
   * with the sign; false when all are zero (then "0" is written only when `always`: the lowest piece, which DuckDB
   * reads as the value being there). Each run is copied in its own loop: no per-digit choice of where it comes from.
   */
  private piece(b: Buffer, intLen: number, fracLen: number, from: number, to: number, always: boolean): boolean {
    const out = this.out;
    const i0 = this.i0;
    const fracAt = this.f0 - intLen;
    const fracEnd = intLen + fracLen;
    let k = from < 0 ? 0 : from;
    while (k < to && k < fracEnd && (k < intLen ? b[i0 + k] : b[fracAt + k]) === ZERO) k++;
    if (k === to || k >= fracEnd) {
      if (always) out[this.o++] = ZERO;
      return false;
    }
    let o = this.o;
    if (this.neg) out[o++] = 0x2d;
    for (; k < intLen && k < to; k++) out[o++] = b[i0 + k]!;
    for (; k < fracEnd && k < to; k++) out[o++] = b[fracAt + k]!;
    for (; k < to; k++) out[o++] = ZERO;
    this.o = o;
    return true;
  }

  /** A varchar string token copied as is (DuckDB decodes its escapes); -1 for a lone surrogate or bad escape. */
  private copyString(b: Buffer, p: number, end: number): number {
    const out = this.out;
    let o = this.o;
    out[o++] = Q;
    p++;
    while (p < end) {
      const c = b[p]!;
      if (c > BS) {
        // lower-case letters and most text: nothing to check but UTF-8
        if (c >= 0x80) this.nonAscii = true;
        out[o++] = c;
        p++;
        continue;
      }
      if (c === Q) {
        out[o++] = Q;
        this.o = o;
        return p + 1;
      }
      if (c === BS) {
        const e = b[p + 1];
        if (e === 0x75) {
          // \uD800-\uDFFF: DuckDB refuses a lone one; the general path writes U+FFFD for it, as before
          if (!isHex(b[p + 2]) || !isHex(b[p + 3]) || !isHex(b[p + 4]) || !isHex(b[p + 5])) return -1;
          const h2 = b[p + 3]! | 0x20;
          if ((b[p + 2]! | 0x20) === 0x64 && (h2 === 0x38 || h2 === 0x39 || (h2 >= 0x61 && h2 <= 0x66))) return -1;
          for (let k = 0; k < 6; k++) out[o++] = b[p + k]!;
          p += 6;
          continue;
        }
        if (!shortEscape(e)) return -1;
        out[o++] = BS;
        out[o++] = e!;
        p += 2;
        continue;
      }
      if (c < 0x20) return -1;
      if (c >= 0x80) this.nonAscii = true;
      out[o++] = c;
      p++;
    }
    return -1;
  }

  /** Past the string token at b[p] (checked), or -1; `escaped` says whether it held a backslash. */
  private skipString(b: Buffer, p: number, end: number): number {
    this.escaped = false;
    p++;
    while (p < end) {
      const c = b[p]!;
      if (c === Q) return p + 1;
      if (c === BS) {
        this.escaped = true;
        const e = b[p + 1];
        if (e === 0x75) {
          if (!isHex(b[p + 2]) || !isHex(b[p + 3]) || !isHex(b[p + 4]) || !isHex(b[p + 5])) return -1;
          p += 6;
          continue;
        }
        if (!shortEscape(e)) return -1;
        p += 2;
        continue;
      }
      if (c < 0x20) return -1;
      if (c >= 0x80) this.nonAscii = true;
      p++;
    }
    return -1;
  }

  /** Past any JSON value at b[p] (checked, nothing written), or -1. */
  private skip(b: Buffer, p: number, end: number, depth: number): number {
    const c = b[p];
    if (c === Q) return this.skipString(b, p, end);
    if (c === LB || c === LS) {
      if (depth > 500) return -1;
      const close = c === LB ? RB : RS;
      p = ws(b, p + 1, end);
      if (b[p] === close) return p + 1;
      for (;;) {
        if (c === LB) {
          if (b[p] !== Q) return -1;
          p = ws(b, this.skipString(b, p, end), end);
          if (p < 0 || b[p] !== COLON) return -1;
          p = ws(b, p + 1, end);
        }
        p = this.skip(b, p, end, depth + 1);
        if (p < 0) return -1;
        p = ws(b, p, end);
        if (b[p] === COMMA) {
          p = ws(b, p + 1, end);
          continue;
        }
        return b[p] === close ? p + 1 : -1;
      }
    }
    if (c === 0x74) return same(b, p, p + 4, TRUE) ? p + 4 : -1;
    if (c === 0x66) return same(b, p, p + 5, FALSE) ? p + 5 : -1;
    if (c === 0x6e) return same(b, p, p + 4, NULL) ? p + 4 : -1;
    return this.number(b, p, end);
  }

  /**
   * A JSON column's value at b[p], written compact and escaped for a JSON string: the text stringifyJson writes
   * for the parsed value (number tokens as sent). -1 where that text could differ: escapes other than the short
   * ones JSON.stringify writes, an object key of digits only (JSON.parse moves it first), a repeated key.
   */
  private json(b: Buffer, p: number, end: number, depth: number): number {
    const c = b[p];
    const out = this.out;
    if (c === Q) return this.jsonString(b, p, end);
    if (c === LB || c === LS) {
      if (depth > 500) return -1;
      const obj = c === LB;
      const close = obj ? RB : RS;
      out[this.o++] = c;
      p = ws(b, p + 1, end);
      if (b[p] === close) {
        out[this.o++] = close;
        return p + 1;
      }
      const mark = this.keyTop;
      for (;;) {
        if (obj) {
          if (b[p] !== Q) return -1;
          const ks = p;
          p = this.jsonString(b, p, end);
          if (p < 0) return -1;
          let allDigits = true;
          for (let k = ks + 1; k < p - 1 && allDigits; k++) allDigits = isDigit(b[k]);
          if (allDigits && p - ks > 2) return -1;
          const keys = this.keys;
          for (let k = mark; k < this.keyTop; k += 2) if (sameRange(b, ks, p, keys[k]!, keys[k + 1]!)) return -1;
          if (this.keyTop + 2 > keys.length) return -1;
          keys[this.keyTop++] = ks;
          keys[this.keyTop++] = p;
          p = ws(b, p, end);
          if (b[p] !== COLON) return -1;
          out[this.o++] = COLON;
          p = ws(b, p + 1, end);
        }
        p = this.json(b, p, end, depth + 1);
        if (p < 0) return -1;
        p = ws(b, p, end);
        if (b[p] === COMMA) {
          out[this.o++] = COMMA;
          p = ws(b, p + 1, end);
          continue;
        }
        this.keyTop = mark;
        if (b[p] !== close) return -1;
        out[this.o++] = close;
        return p + 1;
      }
    }
    const e = this.skip(b, p, end, depth);
    if (e < 0) return -1;
    this.copy(b, p, e);
    return e;
  }

  /** A string inside a JSON value, written escaped once more (it goes inside the spool's JSON string). */
  private jsonString(b: Buffer, p: number, end: number): number {
    const out = this.out;
    let o = this.o;
    out[o++] = BS;
    out[o++] = Q;
    p++;
    while (p < end) {
      const c = b[p]!;
      if (c === Q) {
        out[o++] = BS;
        out[o++] = Q;
        this.o = o;
        return p + 1;
      }
      if (c === BS) {
        const e = b[p + 1];
        // JSON.stringify writes \" \\ \b \f \n \r \t; \/ and \u would be written otherwise
        if (e === 0x2f || e === 0x75 || !shortEscape(e)) return -1;
        out[o++] = BS;
        out[o++] = BS;
        if (e === Q || e === BS) out[o++] = BS;
        out[o++] = e!;
        p += 2;
        continue;
      }
      if (c < 0x20) return -1;
      if (c >= 0x80) this.nonAscii = true;
      out[o++] = c;
      p++;
    }
    return -1;
  }
}
