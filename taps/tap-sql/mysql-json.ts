// RECORD lines straight from MySQL/MariaDB text-protocol row packets: each length-coded cell written as its JSON
// token into a byte buffer (copy-json.ts's token writers), with no JS string per cell and no row array. Profiled
// on bench:sql (procedurelog, 30 columns), mysql2's per-cell strings, our decoding of them, the row encoder and
// the garbage they made (a quarter of the time in GC) were most of the tap's CPU.
//
// A row any of whose cells the byte path cannot prove it writes as the decoded path would (JSON, BIT, binary
// strings, a charset other than UTF-8, a float beyond 15 digits or in exponent form, a non-canonical number, a
// text that is not valid UTF-8) is parsed by mysql2's own row parser and goes through the decoded path
// (decodeMysqlRow → the engine's row encoder): the bytes are the same either way (test/tap-sql-copy-json.test.ts).
import { isUtf8 } from 'node:buffer';
import type { MappedType, ValueKind } from './dialect.js';
import { K, Words, clearTextBits, fastKind, putWords, textBits, viewOf, writeToken, type EncodedPage } from './copy-json.js';
import { encodeValue } from './record-json.js';
import { decodeInt, decodeText } from './values.js';
import { F, TupleBuffer, tupleKind, tupleOf, typedField } from './copy-binary.js';
import { putInt32 } from '../../kit/singer/pg-binary.js';
import type { BinaryColumn } from '../../kit/singer/batch.js';

/** What the byte path needs of mysql2's Packet (lib/packets/packet.js): the row's bytes, and an offset to rewind. */
export interface RowPacket {
  buffer: Buffer;
  offset: number;
  start: number;
  end: number;
}

/** mysql2's ColumnDefinition, the parts that decide how its row parser reads a cell. */
export interface FieldInfo {
  columnType: number;
  characterSet: number;
  encoding?: string;
  extendedFormat?: string;
}

export interface RowParser {
  next(packet: RowPacket, fields: FieldInfo[], options: unknown): unknown[];
}

// mysql2/lib/constants/types.js
const INTS = new Set([1, 2, 3, 8, 9, 13]); // TINY SHORT LONG LONGLONG INT24 YEAR
const DECIMALS = new Set([0, 246]); // DECIMAL NEWDECIMAL
const FLOATS = new Set([4, 5]); // FLOAT DOUBLE
const STRINGS = new Set([15, 247, 248, 249, 250, 251, 252, 253, 254]); // VARCHAR ENUM SET *BLOB VAR_STRING STRING
const TIME = 11;
const DATE = 10;
const DATETIMES = new Set([7, 12]); // TIMESTAMP DATETIME
const BINARY_CHARSET = 63;

/** The byte path's kind for a column, given how mysql2 would read it; K.Other: the row takes the decoded path. */
function kindFor(kind: ValueKind, f: FieldInfo): K {
  if (f.extendedFormat === 'json') return K.Other;
  const k = fastKind(kind);
  const t = f.columnType;
  switch (k) {
    case K.Int:
      return INTS.has(t) ? k : K.Other;
    case K.Decimal:
      return DECIMALS.has(t) ? k : K.Other;
    case K.Float:
      return FLOATS.has(t) ? k : K.Other;
    case K.Text:
      if (t === TIME) return k;
      return STRINGS.has(t) && f.characterSet !== BINARY_CHARSET && f.encoding === 'utf8' ? k : K.Other;
    case K.Date:
      return t === DATE ? k : K.Other;
    case K.Timestamp:
      return DATETIMES.has(t) ? k : K.Other;
    default:
      return K.Other;
  }
}

/** A length-coded cell's 2- or 3-byte little-endian length at b[i]. */
function longLength(b: Buffer, i: number, n: number): number {
  return n === 2 ? b[i]! | (b[i + 1]! << 8) : b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
}

/** A row as mysql2 parsed it (rowsAsArray, exact options) decoded into record values, in place. */
export function decodeMysqlRow(row: unknown[], kinds: ValueKind[], bits: number[]): unknown[] {
  for (let i = 0; i < kinds.length; i++) {
    const v = row[i];
    if (v === null || v === undefined) continue;
    switch (kinds[i]!) {
      case 'text':
      case 'time':
      case 'float':
        break;
      case 'int':
        if (typeof v === 'string') row[i] = decodeInt(v);
        break;
      case 'bits':
        row[i] = bitsOf(v as Buffer, bits[i]!);
        break;
      case 'bool':
        row[i] = Buffer.isBuffer(v) ? v.some((b) => b !== 0) : Number(v) !== 0;
        break;
      case 'binary':
        row[i] = Buffer.isBuffer(v) ? v.toString('base64') : JSON.stringify(v);
        break;
      default:
        row[i] = decodeText(kinds[i]!, v);
    }
  }
  return row;
}

/** BIT(n) bytes (big-endian) → exactly n binary digits. */
export function bitsOf(b: Buffer, n: number): string {
  let s = '';
  for (const byte of b) s += byte.toString(2).padStart(8, '0');
  return n > 0 && s.length > n ? s.slice(s.length - n) : s;
}

/**
 * What both packet encoders share of the decoded path: a row parsed by mysql2's own parser (the repeated cursor
 * cell appended) and decoded as the record lane decodes it, and the page's last row kept as its packet, decoded
 * once at take() for the keyset state.
 */
class DecodedRows {
  private lastBuffer: Buffer | undefined;
  private lastStart = 0;
  private lastEnd = 0;
  private packetClass: (new (id: number, buffer: Buffer, start: number, end: number) => RowPacket) | undefined;

  private readonly kinds: ValueKind[];
  private readonly bits: number[];

  /** `repeats` as Sql's: the rows lack the last type's cell, which is the cell at this index again */
  constructor(
    types: readonly MappedType[],
    private readonly repeats?: number,
  ) {
    this.kinds = types.map((t) => t.kind);
    this.bits = types.map((t) => t.bits ?? 0);
  }

  /** The row of `packet` (its offset at the first cell), decoded. */
  decode(packet: RowPacket, fields: FieldInfo[], original: RowParser, options: unknown): unknown[] {
    const raw = original.next(packet, fields, options);
    if (this.repeats !== undefined) raw.push(raw[this.repeats]);
    return decodeMysqlRow(raw, this.kinds, this.bits);
  }

  /** Remember `packet` (ending at `end`) as the page's last row. */
  keep(packet: RowPacket, end: number): void {
    this.packetClass ??= packet.constructor as unknown as typeof this.packetClass;
    this.lastBuffer = packet.buffer;
    this.lastStart = packet.start;
    this.lastEnd = end;
  }

  /** The page's last row, decoded, and forgotten. */
  takeLast(original: RowParser | undefined, fields: FieldInfo[] | undefined, options: unknown): unknown[] | undefined {
    const b = this.lastBuffer;
    this.lastBuffer = undefined;
    if (!b || !original || !fields || !this.packetClass) return undefined;
    return this.decode(new this.packetClass(0, b, this.lastStart, this.lastEnd), fields, original, options);
  }
}

export class PacketRecordEncoder {
  private readonly names: Words[];
  private readonly kinds: ValueKind[];
  private fast: K[] | undefined;
  private readonly prefix: Words;
  /** the RECORD envelope before the record ('' for bare records) */
  private readonly envelope: string;
  /** the record's closing brace and the envelope's end (its time stamp changes per page) */
  private suffix: Words;
  /** the same after the brace, for the decoded path */
  private tail = '';
  private readonly fixed: number;
  private out = Buffer.allocUnsafe(256 * 1024);
  private dv = viewOf(this.out);
  private pos = 0;
  private rows = 0;
  /** the last row's packet bytes (mysql2 reuses its Packet object, never the buffer it points into) */
  private readonly decoded: DecodedRows;
  private readonly encodeRow: (values: ArrayLike<unknown>) => string;

  /** `repeats`: the rows lack the last type's cell, which is the cell at this index again (Sql's `repeats`). */
  constructor(
    keys: readonly string[],
    types: readonly MappedType[],
    stream: string,
    repeats?: number,
    /** bare records one a line (a jsonl batch file's), with no RECORD envelope */
    private readonly bare = false,
  ) {
    this.names = keys.map((k, i) => new Words(Buffer.from((i ? ',' : '{') + JSON.stringify(k) + ':')));
    this.kinds = types.map((t) => t.kind);
    this.decoded = new DecodedRows(types, repeats);
    this.envelope = bare ? '' : `{"type":"RECORD","stream":${JSON.stringify(stream)},"record":`;
    this.prefix = new Words(Buffer.from(this.envelope));
    this.suffix = this.stamp();
    this.fixed = this.prefix.length + this.names.reduce((n, b) => n + b.length, 0) + 80;
    const names = keys.map((k, i) => (i ? ',' : '{') + JSON.stringify(k) + ':');
    this.encodeRow = (values) => {
      let json = '';
      for (let i = 0; i < names.length; i++) json += names[i]! + encodeValue(values[i]);
      return (names.length ? json : '{') + '}';
    };
  }

  private stamp(): Words {
    this.tail = this.bare ? '\n' : `,"time_extracted":"${new Date().toISOString()}"}\n`;
    return new Words(Buffer.from('}' + this.tail));
  }

  get bytes(): number {
    return this.pos;
  }

  /** The records encoded since the last take (bytes valid until the next row), and the last row decoded. */
  take(original: RowParser | undefined, fields: FieldInfo[], options: unknown): EncodedPage {
    const page = { bytes: this.out.subarray(0, this.pos), rows: this.rows, last: this.decoded.takeLast(original, fields, options) };
    this.pos = 0;
    this.rows = 0;
    this.suffix = this.stamp();
    return page;
  }

  /** One row packet (offset at its first cell) written as a RECORD line. */
  row(packet: RowPacket, fields: FieldInfo[], original: RowParser, options: unknown): void {
    // one per cell the result has (the repeated one is not sent)
    const fast = (this.fast ??= fields.map((f, i) => kindFor(this.kinds[i]!, f)));
    const b = packet.buffer;
    const first = packet.offset;
    const end = packet.end;
    const need = this.fixed + this.suffix.length + 6 * (end - first) + 8 * fast.length;
    if (this.pos + need > this.out.length) this.grow(need);
    const out = this.out;
    const dv = this.dv;
    const rowStart = this.pos;
    let pos = putWords(dv, this.prefix, rowStart);
    const width = this.names.length;
    let i = first;
    clearTextBits();
    let ok = true;
    for (let c = 0; c < fast.length; c++) {
      let len = b[i++]!;
      if (len === 0xfb) {
        if (c < width) {
          pos = putWords(dv, this.names[c]!, pos);
          out[pos++] = 0x6e;
          out[pos++] = 0x75;
          out[pos++] = 0x6c;
          out[pos++] = 0x6c;
        }
        continue;
      }
      if (len >= 0xfc) {
        // 2 or 3 length bytes; an 8-byte length (a cell over 16 MB) takes the decoded path
        const n = len === 0xfc ? 2 : len === 0xfd ? 3 : 0;
        if (!n) {
          ok = false;
          break;
        }
        len = longLength(b, i, n);
        i += n;
      }
      const s = i;
      const e = i + len;
      i = e;
      if (c >= width) continue;
      const k = fast[c]!;
      if (k === K.Other) {
        ok = false;
        break;
      }
      pos = putWords(dv, this.names[c]!, pos);
      const next = writeToken(k, b, s, e, out, pos, false);
      if (next < 0) {
        ok = false;
        break;
      }
      pos = next;
    }
    if (ok && textBits() & 0x80 && !isUtf8(b.subarray(first, end))) ok = false;
    if (ok) {
      this.pos = putWords(dv, this.suffix, pos);
    } else {
      packet.offset = first;
      const values = this.decoded.decode(packet, fields, original, options);
      const line = `${this.envelope}${this.encodeRow(values)}${this.tail}`;
      this.pos = rowStart;
      if (this.pos + line.length * 3 > this.out.length) this.grow(line.length * 3);
      this.pos += this.out.write(line, this.pos, 'utf8');
    }
    this.rows++;
    this.decoded.keep(packet, end);
  }

  private grow(need: number) {
    const next = Buffer.allocUnsafe(Math.max(this.out.length * 2, this.pos + need));
    this.out.copy(next, 0, 0, this.pos);
    this.out = next;
    this.dv = viewOf(next);
  }
}

/**
 * Row packets → pg-copy-binary tuples (copy-binary.ts): each length-coded cell written as its field by the tuple
 * byte writers (text cells as their bytes), the same calls as PacketRecordEncoder. A row any of whose cells they
 * cannot prove they write as the decoded path would (the kinds PacketRecordEncoder leaves to it, a zero date, a
 * non-canonical number, a text that is not valid UTF-8…) is parsed by mysql2's own row parser, decoded as the
 * record lane decodes it (decodeMysqlRow) and written from those values (tupleOf).
 */
export class PacketTupleEncoder {
  private readonly t = new TupleBuffer();
  private rows = 0;
  private readonly kinds: ValueKind[];
  private fast: F[] | undefined;
  private readonly decoded: DecodedRows;

  constructor(
    private readonly cols: readonly BinaryColumn[],
    types: readonly MappedType[],
    repeats?: number,
  ) {
    this.kinds = types.map((t) => t.kind);
    this.decoded = new DecodedRows(types, repeats);
  }

  get bytes(): number {
    return this.t.pos;
  }

  take(original?: RowParser, fields?: FieldInfo[], options?: unknown): EncodedPage {
    const page = { bytes: this.t.buf.subarray(0, this.t.pos), rows: this.rows, last: this.decoded.takeLast(original, fields, options) };
    this.t.pos = 0;
    this.rows = 0;
    return page;
  }

  row(packet: RowPacket, fields: FieldInfo[], original: RowParser, options: unknown): void {
    const width = this.cols.length;
    const fast = (this.fast ??= fields.map((f, i) => {
      if (i >= width) return F.Other;
      // tinyint(1) as a boolean: its digits (0 or 1; any other value takes the decoded path, which says true)
      if (this.kinds[i] === 'bool') return this.cols[i]!.kind === 'bool' && INTS.has(f.columnType) ? F.Bool : F.Other;
      return tupleKind(this.cols[i]!, kindFor(this.kinds[i]!, f));
    }));
    const t = this.t;
    const b = packet.buffer;
    const first = packet.offset;
    const end = packet.end;
    // a cell's field at most 16 bytes more than its bytes (a numeric's digits, an integer's or a date's length word)
    t.ensure(2 + 16 * width + (end - first));
    const out = t.buf;
    const rowStart = t.pos;
    let pos = rowStart;
    out[pos++] = width >> 8;
    out[pos++] = width & 255;
    let i = first;
    let high = 0;
    let ok = true;
    for (let c = 0; c < fast.length; c++) {
      let len = b[i++]!;
      if (len === 0xfb) {
        if (c < width) pos = putInt32(out, pos, -1);
        continue;
      }
      if (len >= 0xfc) {
        // 2 or 3 length bytes; an 8-byte length (a cell over 16 MB) takes the decoded path
        const n = len === 0xfc ? 2 : len === 0xfd ? 3 : 0;
        if (!n) {
          ok = false;
          break;
        }
        len = longLength(b, i, n);
        i += n;
      }
      const s = i;
      const e = i + len;
      i = e;
      if (c >= width) continue;
      const f = fast[c]!;
      if (f === F.Text) {
        pos = putInt32(out, pos, len);
        for (let j = s; j < e; j++) high |= b[j]!;
        pos += b.copy(out, pos, s, e);
        continue;
      }
      const next = typedField(f, b, s, e, out, pos);
      if (next < 0) {
        ok = false;
        break;
      }
      pos = next;
    }
    if (ok && high & 0x80 && !isUtf8(b.subarray(first, end))) ok = false;
    if (ok) t.pos = pos;
    else {
      packet.offset = first;
      t.pos = rowStart;
      tupleOf(t, this.cols, this.decoded.decode(packet, fields, original, options));
    }
    this.rows++;
    this.decoded.keep(packet, end);
  }
}
