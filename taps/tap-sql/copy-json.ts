// RECORD lines straight from PostgreSQL's `COPY … TO STDOUT` text bytes: one pass per line that writes each field
// as its JSON token into a byte buffer, with no JS string per cell, no row array and no UTF-8 encoding of the
// finished line. Profiled on bench:sql (procedurelog, 30 columns), per-cell strings, their decoding and the
// garbage they made were most of the tap's CPU.
//
// It gives byte for byte the line the general path (decodeCopyLine → rowEncoder) writes: every field it cannot
// prove it transcodes exactly — a float, an array, JSON, binary, a placeholder or out-of-pattern date, a time
// zone other than UTC, an integer or decimal not in canonical form — is decoded by that path's own functions
// and encoded by its encoder. A chunk that is not valid UTF-8 (a SQL_ASCII database) goes line by line through
// the general path, which replaces invalid bytes as it always did.
import { isUtf8 } from 'node:buffer';
import type { MappedType, ValueKind } from './dialect.js';
import { encodeValue } from './record-json.js';
import { decodeCopyField, decodeCopyLine } from './copy-text.js';

const TAB = 9;
const NL = 10;
const BS = 0x5c;
const QUOTE = 0x22;
const MINUS = 0x2d;
const DOT = 0x2e;
const HEX = '0123456789abcdef';

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * A constant byte string (a property name, the envelope) as little-endian 32-bit words, zero-padded, written by
 * unaligned DataView stores: a quarter of a byte loop's stores, and no native call, which costs more than the
 * copy for strings this short. Profiled on bench:sql, the ~500 constant bytes of each procedurelog line were
 * about half of the encoder's time as a byte loop.
 */
export class Words {
  readonly words: Int32Array;
  readonly length: number;
  constructor(b: Buffer) {
    const padded = Buffer.alloc((b.length + 3) & ~3);
    b.copy(padded);
    this.words = new Int32Array(padded.length >> 2);
    for (let i = 0; i < this.words.length; i++) this.words[i] = padded.readInt32LE(i * 4);
    this.length = b.length;
  }
}

/**
 * `c` written at `pos`; returns the position after it. Up to 3 bytes past that are overwritten with padding:
 * the caller's room estimate leaves that slack, and later writes (or the page's end) cover them.
 */
export function putWords(dv: DataView, c: Words, pos: number): number {
  const w = c.words;
  // up to 16 bytes (most property names) without a loop
  switch (w.length) {
    case 4:
      dv.setInt32(pos + 12, w[3]!, true);
    // falls through
    case 3:
      dv.setInt32(pos + 8, w[2]!, true);
    // falls through
    case 2:
      dv.setInt32(pos + 4, w[1]!, true);
    // falls through
    case 1:
      dv.setInt32(pos, w[0]!, true);
    // falls through
    case 0:
      return pos + c.length;
  }
  let p = pos;
  for (let j = 0; j < w.length; j++) {
    dv.setInt32(p, w[j]!, true);
    p += 4;
  }
  return pos + c.length;
}

/** A DataView over exactly `b`'s bytes. */
export const viewOf = (b: Buffer) => new DataView(b.buffer, b.byteOffset, b.length);

export const enum K {
  Int,
  Decimal,
  Bool,
  Text,
  Date,
  Timestamp,
  Float,
  /** decoded and encoded by the general path's functions */
  Other,
}

export function fastKind(k: ValueKind): K {
  switch (k) {
    case 'int':
      return K.Int;
    case 'decimal':
      return K.Decimal;
    case 'bool':
      return K.Bool;
    case 'text':
    case 'time':
    case 'interval':
      return K.Text;
    case 'date':
      return K.Date;
    case 'timestamp':
    case 'localtimestamp':
      return K.Timestamp;
    case 'float':
      return K.Float;
    default:
      return K.Other;
  }
}

/** One page's records as bytes, and its last row decoded (for the keyset state). */
export interface EncodedPage {
  /** whole RECORD lines, newline-terminated (on the batch lane: bare records, or pg-copy-binary tuples); valid until the encoder's next call */
  bytes: Buffer;
  rows: number;
  /** the chunk's last row decoded as the general path decodes it (every selected column, the extra cursor too) */
  last: unknown[] | undefined;
}

export class CopyRecordEncoder {
  private readonly names: Words[];
  private readonly fast: K[];
  private readonly kinds: ValueKind[];
  private readonly elements: ValueKind[];
  private readonly prefix: Words;
  private out = Buffer.allocUnsafe(256 * 1024);
  private dv = viewOf(this.out);
  /** the lines encoded since the last take */
  private pos = 0;
  private rows = 0;
  /** the record's closing brace and the envelope's end, with the time stamp of the rows being encoded */
  private suffix = new Words(Buffer.alloc(0));
  /** where the last row's text lies (a caller's buffer, which is not reused: socket chunks are fresh) */
  private lastBuffer: Buffer | undefined;
  private lastStart = 0;
  private lastEnd = 0;
  /** bytes a line's constant parts take: envelope, property names, braces */
  private readonly fixed: number;
  /** each field's width in the last row whose field was found by its tab (dates, time stamps: the next row's guess) */
  private readonly widths: Int32Array;

  /**
   * `keys`: the record's property names, one per leading field written (fields past them, such as the engine's
   * extra cursor column, are read for `last` but not written). `types`: every selected column's type.
   */
  /** fields a row has: one per type, less the repeated one */
  private readonly fields: number;

  /**
   * `repeats`: the rows carry every type's field but the last, which is the field at this index again (Sql's
   * `repeats`); `last` has it.
   */
  constructor(
    private readonly keys: readonly string[],
    types: readonly MappedType[],
    stream: string,
    private readonly repeats?: number,
    /** bare records one a line (a jsonl batch file's), with no RECORD envelope */
    private readonly bare = false,
  ) {
    this.names = keys.map((k, i) => new Words(Buffer.from((i ? ',' : '{') + JSON.stringify(k) + ':')));
    this.kinds = types.map((t) => t.kind);
    this.elements = types.map((t) => t.element ?? 'text');
    this.fast = this.kinds.map(fastKind);
    this.fields = repeats === undefined ? types.length : types.length - 1;
    this.widths = new Int32Array(this.fields).fill(-1);
    this.prefix = new Words(Buffer.from(bare ? '' : `{"type":"RECORD","stream":${JSON.stringify(stream)},"record":`));
    this.fixed = this.prefix.length + this.names.reduce((n, b) => n + b.length, 0) + 80;
  }

  /** Encode whole COPY text lines (`chunk` ends with a newline); `timeExtracted` as the general path stamps a page. */
  encode(chunk: Buffer, timeExtracted: string): EncodedPage {
    this.pos = 0;
    this.rows = 0;
    this.lastBuffer = undefined;
    this.stamp(timeExtracted);
    let start = 0;
    while (start < chunk.length) {
      const nl = chunk.indexOf(NL, start);
      if (nl < 0) throw new Error('COPY chunk does not end with a whole row');
      this.row(chunk, start, nl);
      start = nl + 1;
    }
    return this.take();
  }

  /** The time stamp of the rows encoded from now on (as the general path stamps a page). */
  stamp(timeExtracted: string): void {
    this.suffix = new Words(Buffer.from(this.bare ? '}\n' : `},"time_extracted":"${timeExtracted}"}\n`));
  }

  /** Bytes of lines waiting for `take`. */
  get bytes(): number {
    return this.pos;
  }

  /** One COPY text row, `b[start, nl)` (`nl`: its newline), as a RECORD line; nothing is written if it throws. */
  row(b: Buffer, start: number, nl: number): void {
    // worst case a byte becomes `\u00XX` (6), `\N` → null, `t` → true, a timestamp gains `"T…Z"`
    const need = this.fixed + this.suffix.length + 6 * (nl - start) + 8 * this.kinds.length;
    if (this.pos + need > this.out.length) this.grow(this.pos, need);
    const rowStart = this.pos;
    textHigh = 0;
    let pos = this.line(b, start, nl, putWords(this.dv, this.prefix, rowStart));
    // a text field had bytes past ASCII: unless the row is valid UTF-8, the general path (which replaces invalid
    // bytes, as it always did) writes it again
    if (textHigh & 0x80 && !isUtf8(b.subarray(start, nl)))
      pos = this.slowLine(b.toString('utf8', start, nl), putWords(this.dv, this.prefix, rowStart));
    // (a slow field may have grown the buffer: room for the suffix is in `need`)
    this.pos = putWords(this.dv, this.suffix, pos);
    this.rows++;
    this.lastBuffer = b;
    this.lastStart = start;
    this.lastEnd = nl;
  }

  /** The lines encoded since the last take (valid until the next row), and the last row decoded (keyset state). */
  take(): EncodedPage {
    const b = this.lastBuffer;
    let line = b?.toString('utf8', this.lastStart, this.lastEnd);
    if (line !== undefined && this.repeats !== undefined) line += `\t${line.split('\t')[this.repeats]}`;
    const last = line === undefined ? undefined : decodeCopyLine(line, this.kinds, this.elements);
    const page = { bytes: this.out.subarray(0, this.pos), rows: this.rows, last };
    this.pos = 0;
    this.rows = 0;
    this.lastBuffer = undefined;
    return page;
  }

  private grow(pos: number, need: number) {
    const next = Buffer.allocUnsafe(Math.max(this.out.length * 2, pos + need));
    this.out.copy(next, 0, 0, pos);
    this.out = next;
    this.dv = viewOf(next);
  }

  /** The general path for one line: decode to values, encode each as rowEncoder does. */
  private slowLine(line: string, pos: number): number {
    const values = decodeCopyLine(line, this.kinds.slice(0, this.fields), this.elements.slice(0, this.fields));
    for (let i = 0; i < this.names.length; i++) {
      pos = putWords(this.dv, this.names[i]!, pos);
      const s = encodeValue(values[i]);
      if (pos + s.length * 3 + 64 > this.out.length) this.grow(pos, s.length * 3 + 1024);
      pos += this.out.write(s, pos, 'utf8');
    }
    return pos;
  }

  private line(b: Buffer, start: number, end: number, pos: number): number {
    let out = this.out;
    let dv = this.dv;
    const width = this.names.length;
    const n = this.fields;
    const fast = this.fast;
    let s = start;
    for (let i = 0; i < n; i++) {
      if (i < width) {
        // integers and texts (most fields) written as they are read, in one pass that finds the field's end
        const k = fast[i]!;
        const at = k === K.Int || k === K.Text ? putWords(dv, this.names[i]!, pos) : -1;
        const next = at < 0 ? -1 : k === K.Int ? intField(b, s, end, out, at) : textField(b, s, end, out, at);
        if (next >= 0) {
          const e = fieldEnd;
          if ((e === end) !== (i === n - 1)) throw new Error(`COPY row has ${e === end ? i + 1 : 'more than ' + n} fields, expected ${n}`);
          pos = next;
          s = e + 1;
          continue;
        }
      }
      if (i < width) {
        const k = fast[i]!;
        if (k === K.Decimal) {
          // a decimal in canonical form written as it is read, in one pass that finds its end (as intField)
          const at = putWords(dv, this.names[i]!, pos);
          const next = decimalField(b, s, end, out, at);
          if (next >= 0) {
            const e = fieldEnd;
            if ((e === end) !== (i === n - 1))
              throw new Error(`COPY row has ${e === end ? i + 1 : 'more than ' + n} fields, expected ${n}`);
            pos = next;
            s = e + 1;
            continue;
          }
        } else if (k === K.Date || k === K.Timestamp) {
          // the field's end guessed from this column's last width: a date or time stamp is one width row after row.
          // writeToken checks every byte of [s, e) (none is a tab) and b[e] ends the field, so a token it writes is
          // the whole field; else the field is found by its tab below
          const e = s + this.widths[i]!;
          if (e <= end && (e === end || b[e] === TAB) && (e === end) === (i === n - 1) && !(b[s] === BS && e - s === 2)) {
            const next = writeToken(k, b, s, e, out, putWords(dv, this.names[i]!, pos), true);
            if (next >= 0) {
              pos = next;
              s = e + 1;
              continue;
            }
          }
        }
      }
      // the field's end: the next tab (a tab in a value is escaped), found by a loop: fields are short, and a
      // native indexOf call per field cost more than the bytes it skipped
      let e = s;
      while (e < end && b[e] !== TAB) e++;
      this.widths[i] = e - s;
      if ((e === end) !== (i === n - 1)) throw new Error(`COPY row has ${e === end ? i + 1 : 'more than ' + n} fields, expected ${n}`);
      if (i >= width) {
        s = e + 1;
        continue;
      }
      pos = putWords(dv, this.names[i]!, pos);
      if (e - s === 2 && b[s] === BS && b[s + 1] === 0x4e) {
        // \N
        out[pos++] = 0x6e;
        out[pos++] = 0x75;
        out[pos++] = 0x6c;
        out[pos++] = 0x6c;
      } else {
        const next = writeToken(this.fast[i]!, b, s, e, out, pos, true);
        if (next >= 0) pos = next;
        else {
          pos = this.slowField(i, b, s, e, pos);
          // which may have grown the buffer
          out = this.out;
          dv = this.dv;
        }
      }
      s = e + 1;
    }
    return pos;
  }

  private slowField(i: number, b: Buffer, s: number, e: number, pos: number): number {
    const v = decodeCopyField(b.toString('utf8', s, e), this.kinds[i]!, this.elements[i]!);
    const str = encodeValue(v);
    if (pos + str.length * 3 + 64 > this.out.length) this.grow(pos, str.length * 3 + 1024);
    return pos + this.out.write(str, pos, 'utf8');
  }
}

/**
 * One non-NULL field's JSON token written at `pos` (room for 6 bytes per input byte plus 8 is the caller's);
 * -1 when the general path must write it. `copyEscapes`: the text is COPY's (backslash escapes), else raw bytes.
 */
export function writeToken(k: K, b: Buffer, s: number, e: number, out: Buffer, pos: number, copyEscapes: boolean): number {
  switch (k) {
    case K.Int: {
      // canonical digits (what int*'s output is): the same text as the number or Decimal the general path makes
      let i = s;
      if (b[i] === MINUS) i++;
      // (`-0` is 0 as a number: the general path writes `0`)
      if (i >= e || (b[i] === 0x30 && (e - i > 1 || i > s))) return -1;
      for (let j = i; j < e; j++) if (!isDigit(b[j]!)) return -1;
      for (let j = s; j < e; j++) out[pos++] = b[j]!;
      return pos;
    }
    case K.Decimal: {
      // -?(0|[1-9]\d*)(\.\d+)?: Decimal keeps such text as it is; NaN, Infinity, exponents go the general way
      let i = s;
      if (b[i] === MINUS) i++;
      const int0 = i;
      while (i < e && isDigit(b[i]!)) i++;
      if (i === int0 || (b[int0] === 0x30 && i - int0 > 1)) return -1;
      if (i < e) {
        if (b[i] !== DOT) return -1;
        const f0 = ++i;
        while (i < e && isDigit(b[i]!)) i++;
        if (i === f0 || i !== e) return -1;
      }
      for (let j = s; j < e; j++) out[pos++] = b[j]!;
      return pos;
    }
    case K.Bool:
      if (e - s !== 1) return -1;
      if (b[s] === 0x74) {
        out[pos++] = 0x74;
        out[pos++] = 0x72;
        out[pos++] = 0x75;
        out[pos++] = 0x65;
        return pos;
      }
      if (b[s] === 0x66) {
        out[pos++] = 0x66;
        out[pos++] = 0x61;
        out[pos++] = 0x6c;
        out[pos++] = 0x73;
        out[pos++] = 0x65;
        return pos;
      }
      return -1;
    case K.Text:
      return copyEscapes ? copyText(b, s, e, out, pos) : rawText(b, s, e, out, pos);
    case K.Float:
      return plainFloat(b, s, e) ? copyRange(b, s, e, out, pos) : -1;
    case K.Date: {
      if (e - s !== 10) return -1;
      const d = dateAt(b, s);
      if (d !== DATE) return d === PLACEHOLDER ? putNull(out, pos) : -1;
      out[pos++] = QUOTE;
      for (let j = s; j < e; j++) out[pos++] = b[j]!;
      out[pos++] = QUOTE;
      return pos;
    }
    case K.Timestamp: {
      // `YYYY-MM-DD HH:MM:SS[.f…][+00]` → `"YYYY-MM-DDTHH:MM:SS[.f…]Z"`; any other zone or form: general path
      if (e - s < 19 || b[s + 10] !== 0x20) return -1;
      const d = dateAt(b, s);
      if (d === NOT_DATE) return -1;
      if (!(isDigit(b[s + 11]!) && isDigit(b[s + 12]!) && b[s + 13] === 0x3a && isDigit(b[s + 14]!) && isDigit(b[s + 15]!))) return -1;
      if (!(b[s + 16] === 0x3a && isDigit(b[s + 17]!) && isDigit(b[s + 18]!))) return -1;
      let i = s + 19;
      if (i < e && b[i] === DOT) {
        const f0 = ++i;
        while (i < e && isDigit(b[i]!)) i++;
        if (i === f0) return -1;
      }
      const timeEnd = i;
      if (i < e && !(e - i === 3 && b[i] === 0x2b && b[i + 1] === 0x30 && b[i + 2] === 0x30)) return -1;
      if (d === PLACEHOLDER) return putNull(out, pos);
      out[pos++] = QUOTE;
      for (let j = s; j < s + 10; j++) out[pos++] = b[j]!;
      out[pos++] = 0x54; // T
      for (let j = s + 11; j < timeEnd; j++) out[pos++] = b[j]!;
      out[pos++] = 0x5a; // Z
      out[pos++] = QUOTE;
      return pos;
    }
    default:
      return -1;
  }
}

/** Where the field intField or textField wrote ends in the row (its tab, or the row's end). */
let fieldEnd = 0;

/**
 * A COPY integer field from `s` (the row ends at `end`, a newline) written as its digits, or -1 when it is not
 * canonical digits (the general path's case, \N among them). Sets fieldEnd.
 */
function intField(b: Buffer, s: number, end: number, out: Buffer, pos: number): number {
  let j = s;
  if (b[j] === MINUS) {
    out[pos++] = MINUS;
    j++;
  }
  const d0 = j;
  let c = b[j]!;
  while (c >= 0x30 && c <= 0x39) {
    out[pos++] = c;
    c = b[++j]!;
  }
  // (`-0` is 0 as a number: the general path writes `0`; a leading zero is not int*'s output)
  if (!(c === TAB || j === end) || j === d0 || (b[d0] === 0x30 && (j - d0 > 1 || d0 > s))) return -1;
  fieldEnd = j;
  return pos;
}

/**
 * A COPY decimal field from `s` written as its text when it is -?(0|[1-9]\d*)(\.\d+)? (what writeToken's K.Decimal
 * takes), or -1 (the general path's case, \N among them). Sets fieldEnd.
 */
function decimalField(b: Buffer, s: number, end: number, out: Buffer, pos: number): number {
  let j = s;
  if (b[j] === MINUS) out[pos++] = b[j++]!;
  const d0 = j;
  let c = b[j]!;
  while (c >= 0x30 && c <= 0x39) {
    out[pos++] = c;
    c = b[++j]!;
  }
  if (j === d0 || (b[d0] === 0x30 && j - d0 > 1)) return -1;
  if (c === DOT && j < end) {
    out[pos++] = c;
    const f0 = ++j;
    c = b[j]!;
    while (c >= 0x30 && c <= 0x39) {
      out[pos++] = c;
      c = b[++j]!;
    }
    if (j === f0) return -1;
  }
  if (!(j === end || c === TAB)) return -1;
  fieldEnd = j;
  return pos;
}

/**
 * A COPY text field from `s` as a JSON string (copyText's bytes, in the same pass that finds the field's end),
 * `null` for \N; -1 for an escape COPY TO never writes at the field's end (the general path's). Sets fieldEnd.
 */
function textField(b: Buffer, s: number, end: number, out: Buffer, pos: number): number {
  let j = s;
  if (b[j] === BS && b[j + 1] === 0x4e && (j + 2 === end || b[j + 2] === TAB)) {
    fieldEnd = j + 2;
    return putNull(out, pos);
  }
  out[pos++] = QUOTE;
  let high = 0;
  for (;;) {
    let c = b[j]!;
    if (c >= 0x20 && c !== QUOTE && c !== BS) {
      out[pos++] = c;
      high |= c;
      j++;
      continue;
    }
    if (c === TAB || j >= end) break;
    if (c === BS) {
      const n = b[++j]!;
      if (j >= end || n === TAB) return -1;
      c = n === 0x62 ? 8 : n === 0x66 ? 12 : n === 0x6e ? 10 : n === 0x72 ? 13 : n === 0x74 ? 9 : n === 0x76 ? 11 : n;
      // `\x` with any other x is x itself (COPY TO writes only the escapes above)
      if (c === n && c !== BS && c >= 0x20 && c !== QUOTE) {
        out[pos++] = c;
        high |= c;
        j++;
        continue;
      }
    }
    pos = escaped(c, out, pos);
    j++;
  }
  out[pos++] = QUOTE;
  textHigh |= high;
  fieldEnd = j;
  return pos;
}

/** The bits of every text byte written since the caller cleared it: 0x80 set when one was past ASCII. */
let textHigh = 0;

/** COPY text escapes (`\t`, `\n`, `\\` …) undone and JSON's applied, as JSON.stringify writes them. */
function copyText(b: Buffer, s: number, e: number, out: Buffer, pos: number): number {
  out[pos++] = QUOTE;
  let high = 0;
  for (let j = s; j < e; j++) {
    let c = b[j]!;
    high |= c;
    if (c === BS) {
      const n = b[++j]!;
      if (j >= e) return -1;
      c = n === 0x62 ? 8 : n === 0x66 ? 12 : n === 0x6e ? 10 : n === 0x72 ? 13 : n === 0x74 ? 9 : n === 0x76 ? 11 : n;
      if (c !== n || c === BS) {
        pos = escaped(c, out, pos);
        continue;
      }
      // `\x` with any other x is x itself (COPY TO writes only the escapes above)
    }
    if (c < 0x20 || c === QUOTE || c === BS) pos = escaped(c, out, pos);
    else out[pos++] = c;
  }
  out[pos++] = QUOTE;
  textHigh |= high;
  return pos;
}

/** Valid UTF-8 bytes as a JSON string, as JSON.stringify writes them (the caller checks the bytes are UTF-8). */
function rawText(b: Buffer, s: number, e: number, out: Buffer, pos: number): number {
  out[pos++] = QUOTE;
  let high = 0;
  for (let j = s; j < e; j++) {
    const c = b[j]!;
    high |= c;
    if (c < 0x20 || c === QUOTE || c === BS) pos = escaped(c, out, pos);
    else out[pos++] = c;
  }
  out[pos++] = QUOTE;
  textHigh |= high;
  return pos;
}

/** Start a row: clear the bits of the text bytes written (copyText, rawText, textField). */
export function clearTextBits(): void {
  textHigh = 0;
}

/** The bits of every text byte written since clearTextBits: 0x80 set when one was past ASCII. */
export function textBits(): number {
  return textHigh;
}

/** One character as JSON.stringify escapes it (`"`, `\`, controls; the short forms where JSON has them). */
function escaped(c: number, out: Buffer, pos: number): number {
  out[pos++] = BS;
  switch (c) {
    case QUOTE:
    case BS:
      out[pos++] = c;
      return pos;
    case 8:
      out[pos++] = 0x62;
      return pos;
    case 9:
      out[pos++] = 0x74;
      return pos;
    case 10:
      out[pos++] = 0x6e;
      return pos;
    case 12:
      out[pos++] = 0x66;
      return pos;
    case 13:
      out[pos++] = 0x72;
      return pos;
    default:
      out[pos++] = 0x75; // u00XX
      out[pos++] = 0x30;
      out[pos++] = 0x30;
      out[pos++] = HEX.charCodeAt(c >> 4);
      out[pos++] = HEX.charCodeAt(c & 15);
      return pos;
  }
}

const NOT_DATE = 0;
const DATE = 1;
/** year 0000 or 0001, month or day 00: the general path's null */
const PLACEHOLDER = 2;

/** Whether `YYYY-MM-DD` is at s, and whether it is a placeholder (as values.ts isPlaceholderDate). */
function dateAt(b: Buffer, s: number): number {
  if (!(isDigit(b[s]!) && isDigit(b[s + 1]!) && isDigit(b[s + 2]!) && isDigit(b[s + 3]!))) return NOT_DATE;
  if (!(isDigit(b[s + 5]!) && isDigit(b[s + 6]!) && isDigit(b[s + 8]!) && isDigit(b[s + 9]!))) return NOT_DATE;
  if (b[s + 4] !== MINUS || b[s + 7] !== MINUS) return NOT_DATE;
  if (b[s] === 0x30 && b[s + 1] === 0x30 && b[s + 2] === 0x30 && (b[s + 3] === 0x30 || b[s + 3] === 0x31)) return PLACEHOLDER;
  if (b[s + 5] === 0x30 && b[s + 6] === 0x30) return PLACEHOLDER;
  return b[s + 8] === 0x30 && b[s + 9] === 0x30 ? PLACEHOLDER : DATE;
}

function putNull(out: Buffer, pos: number): number {
  out[pos++] = 0x6e;
  out[pos++] = 0x75;
  out[pos++] = 0x6c;
  out[pos++] = 0x6c;
  return pos;
}

function copyRange(b: Buffer, s: number, e: number, out: Buffer, pos: number): number {
  for (let j = s; j < e; j++) out[pos++] = b[j]!;
  return pos;
}

/**
 * A double's text that String(Number(text)) gives back unchanged: plain notation with no leading or trailing
 * zero, at most 15 significant digits (two different such decimals are never the same double, so the shortest
 * form is the text itself), at most 15 integer digits and not below 1e-6 (where JavaScript switches to an
 * exponent), and not `-0`. Any other text (PostgreSQL's exponents, NaN, the 17-digit forms of servers before
 * 12) takes the general path.
 */
function plainFloat(b: Buffer, s: number, e: number): boolean {
  let i = s;
  if (b[i] === MINUS) i++;
  const int0 = i;
  while (i < e && isDigit(b[i]!)) i++;
  const intDigits = i - int0;
  if (intDigits === 0 || intDigits > 15 || (b[int0] === 0x30 && intDigits > 1)) return false;
  const zeroInt = b[int0] === 0x30;
  if (i === e) return !(zeroInt && b[s] === MINUS);
  if (b[i] !== DOT) return false;
  const f0 = ++i;
  while (i < e && isDigit(b[i]!)) i++;
  if (i !== e || i === f0 || b[e - 1] === 0x30) return false;
  let lead = 0;
  if (zeroInt) while (f0 + lead < e && b[f0 + lead] === 0x30) lead++;
  if (lead > 5) return false;
  const significant = (zeroInt ? 0 : intDigits) + (e - f0) - lead;
  return significant <= 15;
}
