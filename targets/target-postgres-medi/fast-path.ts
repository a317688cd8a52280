// The fast path for RECORD lines: one pass over the raw UTF-8 bytes of a Singer line that checks every value
// against the stream's schema and writes the COPY text of the row straight into the batch buffer, without
// JSON.parse, record objects or per-field strings. Profiled on the 1M-row benchmark, JSON.parse plus object
// garbage, the long-number guard, ajv and per-value encoding were ~75% of the target's CPU.
//
// It only ever *accepts*: a line it cannot prove valid and encode exactly (any schema keyword it does not
// implement, a type mismatch, a lone surrogate, NUL, invalid UTF-8, keys out of the usual envelope order…)
// returns false, and the general path (JSON.parse + ajv + encoders) handles that line as before, with the
// same errors, rejects and messages. So the fast path changes speed, never outcomes — with one documented
// difference: numbers land exactly as sent (`1.50` stays `1.50` in a numeric column; the general path
// writes the double's shortest form `1.5`; both compare equal).
import { isUtf8 } from 'node:buffer';
import { isDate, isDateTime, validateExact, type AjvInstance, type ValidateFunction } from '../../kit/singer/ajv.js';
import { parseJsonLossless } from '../../kit/singer/json.js';
import { APPEND_ONLY, type JsonSchema } from '../../kit/singer/messages.js';
import { isMultipleOf } from '../../kit/singer/decimal-text.js';
import type { TableShape } from './connector.js';
import type { PgType } from './type-map.js';
import {
  dateAt,
  int64Fits,
  numericFits,
  pgDaysAt,
  putInt32,
  putInt64Token,
  putDecimal,
  putNumeric,
  putTimestamp,
  timestampAt,
  tsMicros,
  tsSeconds,
} from './copy-binary.js';

const enum Kind {
  Text,
  Number,
  Integer,
  Boolean,
  Json,
}

interface Field {
  property: string;
  /** the property name as JSON text, quotes included (compared with the record's key bytes) */
  keyBytes: Buffer;
  kind: Kind;
  /** the column's type */
  pg: PgType;
  nullable: boolean;
  required: boolean;
  enumSet?: Set<string>;
  /** the enum's values as JSON string tokens (quotes included), compared with unescaped tokens' bytes */
  enumBytes?: Buffer[];
  format?: (s: string) => boolean;
  pattern?: RegExp;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  exMin?: number;
  exMax?: number;
  /** multipleOf as decimal text, checked exactly on the number's bytes (kit/singer/decimal.ts) */
  multipleOf?: string;
  /** multipleOf is 10^-scale (0.01, 1e-10, 1): a number without exponent is a multiple when its fraction, trailing
   * zeros aside, has at most `scale` digits — decided on the bytes; other numbers take isMultipleOf */
  multipleScale?: number;
  /** byte-level check of a nested object/array value (undefined: any value of the JSON type is valid) */
  node?: Node;
  /** ajv validator for a nested value whose schema the byte-level check does not implement */
  nested?: ValidateFunction;
  /** byte-level checks for the two formats Singer streams use most */
  dateTime?: boolean;
  date?: boolean;
  /** a key property: must be present and not null */
  key: boolean;
  /** slot in RecordScanner.captured that receives this field's decoded text (-1: not kept) */
  capture: number;
}

/** Keywords a property schema may carry for the fast path to take the stream; anything else → general path. */
const SCALAR_KEYWORDS = new Set([
  'type',
  'format',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'description',
  'title',
  '$comment',
  'default',
  'examples',
  'x-pg-type',
  'x-sql-datatype',
  'inclusion',
  'selected',
]);
const NESTED_KEYWORDS = new Set([
  'type',
  'properties',
  'items',
  'required',
  'additionalProperties',
  'description',
  'title',
  '$comment',
  'default',
  'examples',
  'minItems',
  'maxItems',
  'uniqueItems',
]);
const RECORD_KEYWORDS = new Set([
  APPEND_ONLY,
  'type',
  'properties',
  'required',
  'additionalProperties',
  '$schema',
  'description',
  'title',
  '$comment',
  'definitions',
  '$defs',
]);

/** A nested schema compiled for byte-level checking. Bits of `types`: the JSON types accepted. */
interface Node {
  types: number;
  props?: Map<string, Node>;
  required?: string[];
  /** every key the node names (properties, then required-only keys) as JSON tokens, for byte lookup */
  keys?: Buffer[];
  /** per entry of `keys`: its schema (undefined: any value) and its bit in `required` (-1: optional) */
  keyNodes?: Array<Node | undefined>;
  keyRequired?: number[];
  /** key text → index in `keys`, for keys written with escapes */
  keyIndex?: Map<string, number>;
  items?: Node;
  enumSet?: Set<string>;
  enumBytes?: Buffer[];
  format?: (s: string) => boolean;
}

/** JSON string tokens (quotes included) of these values: what an unescaped token of the same text is, byte for byte. */
function tokens(values: Iterable<string>): Buffer[] {
  return [...values].map((v) => Buffer.from(JSON.stringify(v)));
}

/** Index of the token at [s, e) in `list`, or -1. */
function tokenIndex(b: Buffer, s: number, e: number, list: Buffer[]): number {
  for (let k = 0; k < list.length; k++) if (sameBytes(b, s, e, list[k]!)) return k;
  return -1;
}

const T_NULL = 1,
  T_BOOL = 2,
  T_INT = 4,
  T_NUM = 8,
  T_STR = 16,
  T_OBJ = 32,
  T_ARR = 64;
const TYPE_BITS: Record<string, number> = {
  null: T_NULL,
  boolean: T_BOOL,
  integer: T_INT,
  number: T_NUM | T_INT,
  string: T_STR,
  object: T_OBJ,
  array: T_ARR,
};
const NODE_KEYWORDS = new Set([
  'type',
  'properties',
  'items',
  'required',
  'enum',
  'format',
  'description',
  'title',
  '$comment',
  'default',
  'examples',
]);

/** Compile a nested schema for byte-level checks; undefined when it uses anything else (then ajv checks it). */
function compileNode(s: unknown, ajv: AjvInstance): Node | undefined {
  if (typeof s !== 'object' || s === null || Array.isArray(s)) return undefined;
  const sc = s as Record<string, unknown>;
  for (const k of Object.keys(sc)) if (!NODE_KEYWORDS.has(k)) return undefined;
  const ts =
    sc.type === undefined ? ['null', 'boolean', 'number', 'string', 'object', 'array'] : typeof sc.type === 'string' ? [sc.type] : sc.type;
  if (!Array.isArray(ts)) return undefined;
  let types = 0;
  for (const t of ts) {
    const bit = TYPE_BITS[t as string];
    if (bit === undefined) return undefined;
    types |= bit;
  }
  // all properties from the start, in one order: one hidden class for every node (see the Field literal)
  const n: Node = {
    types,
    props: undefined,
    required: undefined,
    keys: undefined,
    keyNodes: undefined,
    keyRequired: undefined,
    keyIndex: undefined,
    items: undefined,
    enumSet: undefined,
    enumBytes: undefined,
    format: undefined,
  };
  if (sc.properties !== undefined) {
    if (typeof sc.properties !== 'object' || sc.properties === null) return undefined;
    n.props = new Map();
    for (const [k, v] of Object.entries(sc.properties)) {
      const c = compileNode(v, ajv);
      if (!c) return undefined;
      n.props.set(k, c);
    }
  }
  if (sc.required !== undefined) {
    if (!Array.isArray(sc.required) || !sc.required.every((r) => typeof r === 'string')) return undefined;
    n.required = sc.required as string[];
  }
  if (sc.items !== undefined) {
    const c = compileNode(sc.items, ajv);
    if (!c) return undefined;
    n.items = c;
  }
  if (sc.enum !== undefined) {
    if (!Array.isArray(sc.enum) || !sc.enum.every((v) => typeof v === 'string')) return undefined;
    n.enumSet = new Set(sc.enum as string[]);
    n.enumBytes = tokens(n.enumSet);
  }
  if (n.props || n.required) {
    const names = [...(n.props?.keys() ?? [])];
    for (const r of n.required ?? []) if (!names.includes(r)) names.push(r);
    if (n.required && n.required.length >= 30) return undefined; // seen-bits are a 30-bit mask
    n.keys = tokens(names);
    n.keyNodes = names.map((k) => n.props?.get(k));
    n.keyRequired = names.map((k) => n.required?.indexOf(k) ?? -1);
    n.keyIndex = new Map(names.map((k, i) => [k, i]));
  }
  if (typeof sc.format === 'string') {
    const fv = formatValidator(ajv, sc.format);
    if (fv === undefined) return undefined;
    if (fv) n.format = fv;
  }
  return n;
}

export interface FastPlan {
  fields: Field[];
  /** index into `fields` by property name */
  byName: Map<string, number>;
  /** how many fields are captured (the `capture` list given to compileFastPlan) */
  captures: number;
  /** additionalProperties: false — a key outside the schema is invalid */
  closed: boolean;
  /**
   * Rows may be written in binary COPY form (every column has one): the scan then also takes only values
   * whose binary form is certain, and keeps the parsed timestamps and dates. `zonelessUtc`: the session's
   * time zone is UTC, so a timestamp without an offset is UTC.
   */
  binary?: { zonelessUtc: boolean };
}

function formatValidator(ajv: AjvInstance, name: string): ((s: string) => boolean) | null | undefined {
  const f = (ajv.formats as Record<string, unknown>)[name];
  if (f === undefined) return null; // unknown format: ajv ignores it (strict off), so do we
  if (f === true) return null;
  if (f instanceof RegExp) return (s) => f.test(s);
  if (typeof f === 'function') return f as (s: string) => boolean;
  if (typeof f === 'object' && f !== null) {
    const d = f as { validate?: unknown; async?: boolean; type?: string };
    if (d.async) return undefined;
    if (d.validate instanceof RegExp) {
      const re = d.validate;
      return (s) => re.test(s);
    }
    if (typeof d.validate === 'function') return d.validate as (s: string) => boolean;
  }
  return undefined;
}

function typesOf(s: JsonSchema): string[] | undefined {
  const t = s.type;
  if (typeof t === 'string') return [t];
  if (Array.isArray(t) && t.every((x) => typeof x === 'string')) return t as string[];
  return undefined;
}

/**
 * Compile the fast plan for a stream, or undefined when its schema uses something the fast path does not
 * implement (the general path then takes every record of the stream).
 */
export function compileFastPlan(
  schema: JsonSchema,
  shape: TableShape,
  keys: string[],
  capture: readonly string[],
  ajv: AjvInstance,
  validate: boolean,
  binary?: { zonelessUtc: boolean },
): FastPlan | undefined {
  for (const k of Object.keys(schema)) if (!RECORD_KEYWORDS.has(k)) return undefined;
  if (schema.type !== undefined && schema.type !== 'object' && !(Array.isArray(schema.type) && schema.type.includes('object')))
    return undefined;
  const closed = schema.additionalProperties === false; // an unknown key is then an error: the general path reports it
  if (schema.additionalProperties !== undefined && typeof schema.additionalProperties !== 'boolean') return undefined;
  const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set([...(Array.isArray(schema.required) ? (schema.required as string[]) : []), ...keys]);
  for (const c of capture) if (!shape.columns.some((col) => col.property === c)) return undefined;
  const fields: Field[] = [];
  for (const col of shape.columns) {
    const ps = props[col.property];
    if (!ps || typeof ps !== 'object') return undefined;
    const ts = typesOf(ps);
    if (!ts || ts.length === 0) return undefined;
    const nonNull = ts.filter((t) => t !== 'null');
    if (nonNull.length !== 1) return undefined;
    const t = nonNull[0]!;
    // every property present from the start, in one order: fields then share one hidden class, so the
    // scanner's property reads stay monomorphic (with a shape per combination of keywords, the 20 fields of
    // the benchmark's stream made those reads megamorphic; the fast path took 11% longer)
    const f: Field = {
      property: col.property,
      keyBytes: Buffer.from(JSON.stringify(col.property)),
      kind: Kind.Text,
      pg: col.type,
      nullable: ts.includes('null'),
      required: required.has(col.property),
      enumSet: undefined,
      enumBytes: undefined,
      format: undefined,
      pattern: undefined,
      minLength: undefined,
      maxLength: undefined,
      min: undefined,
      max: undefined,
      exMin: undefined,
      exMax: undefined,
      multipleOf: undefined,
      node: undefined,
      nested: undefined,
      dateTime: false,
      date: false,
      key: keys.includes(col.property),
      capture: capture.indexOf(col.property),
    };
    if (t === 'object' || t === 'array') {
      if (col.type !== 'jsonb') return undefined;
      for (const k of Object.keys(ps)) if (!NESTED_KEYWORDS.has(k)) return undefined;
      f.kind = Kind.Json;
      const constrained = Object.keys(ps).some(
        (k) => k !== 'type' && k !== 'description' && k !== 'title' && k !== '$comment' && k !== 'default' && k !== 'examples',
      );
      if (constrained && validate) {
        const node = compileNode({ ...ps, type: t }, ajv);
        if (node) f.node = node;
        else {
          try {
            f.nested = ajv.compile({ ...ps, type: t });
          } catch {
            return undefined;
          }
        }
      }
    } else {
      for (const k of Object.keys(ps)) if (!SCALAR_KEYWORDS.has(k)) return undefined;
      if (t === 'string') {
        if (!['text', 'timestamptz', 'date', 'time'].includes(col.type)) return undefined;
        f.kind = Kind.Text;
        if (validate) {
          if (ps.enum !== undefined) {
            if (!Array.isArray(ps.enum) || !ps.enum.every((v) => typeof v === 'string' || v === null)) return undefined;
            f.enumSet = new Set(ps.enum.filter((v): v is string => typeof v === 'string'));
            f.enumBytes = tokens(f.enumSet);
            if (!ps.enum.includes(null)) f.nullable = false; // enum applies to null too
          }
          if (typeof ps.format === 'string') {
            const fv = formatValidator(ajv, ps.format);
            if (fv === undefined) return undefined;
            if (fv === isDateTime) f.dateTime = true;
            else if (fv === isDate) f.date = true;
            else if (fv) f.format = fv;
          }
          if (typeof ps.pattern === 'string') f.pattern = new RegExp(ps.pattern, 'u');
          if (typeof ps.minLength === 'number') f.minLength = ps.minLength;
          if (typeof ps.maxLength === 'number') f.maxLength = ps.maxLength;
        }
      } else if (t === 'integer' || t === 'number') {
        if (col.type !== 'numeric' && !(col.type === 'bigint' && t === 'integer')) return undefined;
        f.kind = t === 'integer' ? Kind.Integer : Kind.Number;
        if (ps.enum !== undefined) return undefined;
        if (validate) {
          if (typeof ps.minimum === 'number') f.min = ps.minimum;
          if (typeof ps.maximum === 'number') f.max = ps.maximum;
          if (typeof ps.exclusiveMinimum === 'number') f.exMin = ps.exclusiveMinimum;
          if (typeof ps.exclusiveMaximum === 'number') f.exMax = ps.exclusiveMaximum;
          if (typeof ps.exclusiveMinimum === 'boolean' || typeof ps.exclusiveMaximum === 'boolean') return undefined;
          if (ps.multipleOf !== undefined) {
            if (typeof ps.multipleOf !== 'number' || !(ps.multipleOf > 0)) return undefined;
            f.multipleOf = String(ps.multipleOf);
            const m = /^(?:1|0\.(0*)1|1e-(\d+))$/.exec(f.multipleOf);
            if (m) f.multipleScale = m[1] !== undefined ? m[1].length + 1 : m[2] !== undefined ? Number(m[2]) : 0;
          }
        }
      } else if (t === 'boolean') {
        if (col.type !== 'boolean') return undefined;
        if (ps.enum !== undefined) return undefined;
        f.kind = Kind.Boolean;
      } else {
        return undefined;
      }
    }
    fields.push(f);
  }
  // a required property outside the table's columns cannot be checked here
  for (const r of required) if (!fields.some((f) => f.property === r)) return undefined;
  const byName = new Map(fields.map((f, i) => [f.property, i]));
  const plan: FastPlan = { fields, byName, captures: capture.length, closed };
  if (binary && fields.every((f) => f.pg !== 'time')) plan.binary = binary;
  return plan;
}

/** A time of day's text b[s, e) ends in an offset (Z, ±HH…): PostgreSQL's time would drop it (see utcTimeOfDay). */
function hasOffset(b: Buffer, s: number, e: number): boolean {
  for (let k = s + 4; k < e; k++) {
    const c = b[k]!;
    if (c === 0x2b || c === 0x2d || c === 0x5a || c === 0x7a) return true;
  }
  return false;
}

// ---- byte-level JSON scanning ------------------------------------------------------------------------------

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Thrown inside the scanner to abandon the fast path for this line (caught in FastLines.accept). */
const BAIL = Symbol('bail');

function ws(b: Buffer, i: number, end: number): number {
  while (i < end) {
    const c = b[i]!;
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
    else break;
  }
  return i;
}

/** Flags of the last scanned string: bit 1 = has escapes, bit 2 = has non-ASCII bytes, bit 4 = has a \uXXXX escape. */
let strFlags = 0;
/** The flags of every string scanned since FastLines last reset it (a line's non-ASCII bytes are checked once, at its end). */
let lineFlags = 0;

/** Bytes a JSON string may hold as they are and that need no note: printable ASCII but `"` and `\`. */
const PLAIN = new Uint8Array(256);
for (let c = 0x20; c < 0x7f; c++) PLAIN[c] = c === QUOTE || c === BACKSLASH ? 0 : 1;

/** Scan a JSON string starting at its opening quote; returns the index after the closing quote. */
function scanString(b: Buffer, i: number, end: number): number {
  let flags = 0;
  i++;
  while (i < end) {
    while (PLAIN[b[i]!] === 1) i++; // one table load per byte for the usual run (a byte past `end` is undefined: not plain)
    if (i >= end) break;
    const c = b[i]!;
    if (c === QUOTE) {
      strFlags = flags;
      lineFlags |= flags;
      return i + 1;
    }
    if (c === BACKSLASH) {
      flags |= 1;
      const e = b[i + 1];
      if (e === 0x75 /* u */) {
        flags |= 4;
        for (let k = 2; k < 6; k++) {
          const h = b[i + k];
          if (h === undefined || !((h >= 0x30 && h <= 0x39) || (h >= 0x41 && h <= 0x46) || (h >= 0x61 && h <= 0x66))) throw BAIL;
        }
        i += 6;
        continue;
      }
      if (e === QUOTE || e === BACKSLASH || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
        i += 2;
        continue;
      }
      throw BAIL;
    }
    if (c < 0x20) throw BAIL; // raw control character: invalid JSON
    if (c >= 0x80) flags |= 2;
    i++;
  }
  throw BAIL;
}

/** Where scanText left the decoded body of a string with escapes: its end in `out`. */
let decodedEnd = 0;

/** A DataView over the buffer being scanned (scanText reads it four bytes at a time). */
let viewOf: Buffer | undefined;
let view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
let outViewOf: Buffer | undefined;
let outView: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));

/**
 * scanString for a text column's value, which also writes the body of a string with escapes, decoded, to `out`
 * at `pos` (its end in decodedEnd): in binary COPY form (plain UTF-8) or, with `copyText`, as COPY text (see
 * decodeEscapes). The two passes this replaces (scan, then decode while writing the row) each cost as much as
 * the scan. A body without escapes is left in `b` (nothing written); plain runs are skipped four bytes a step.
 * A \uXXXX escape COPY cannot hold (a lone surrogate; NUL unless sanitised) throws BAIL: the general path decides.
 * Decoded bodies are never longer than their JSON text.
 */
function scanText(b: Buffer, i: number, end: number, out: Buffer, pos: number, copyText: boolean, sanitizeNul: boolean): number {
  let flags = 0;
  const s = ++i;
  if (viewOf !== b) {
    view = new DataView(b.buffer, b.byteOffset, b.length);
    viewOf = b;
  }
  const v4 = view;
  let c: number;
  let k: number;
  let hi = 0; // TEXT_BYTE classes seen byte by byte (bit 2: non-ASCII)
  for (;;) {
    // four bytes at a time while none is `"`, `\` or a control character, then byte by byte up to the one that is
    while (i + 4 <= end) {
      const w = v4.getInt32(i, true);
      const q = w ^ 0x22222222;
      const bs = w ^ 0x5c5c5c5c;
      if ((((q - 0x01010101) & ~q) | ((bs - 0x01010101) & ~bs) | ((w - 0x20202020) & ~w)) & 0x80808080) break;
      flags |= w & 0x80808080 ? 2 : 0;
      i += 4;
    }
    c = b[i]!;
    while ((k = TEXT_BYTE[c]!) > 0) {
      hi |= k; // (past the buffer's end c is undefined: not > 0)
      c = b[++i]!;
    }
    if (i >= end) throw BAIL;
    if (c === QUOTE) {
      flags |= hi & 2;
      strFlags = flags;
      lineFlags |= flags;
      return i + 1;
    }
    if (c === BACKSLASH) break;
    throw BAIL; // raw control character: invalid JSON
  }
  // the first escape: the body so far as it is, then decode the rest (plain runs copied four bytes a step).
  // An escape and a closing quote need two bytes more: without them the word copy below could read past `b`.
  if (i + 2 >= end) throw BAIL;
  flags |= 1;
  if (outViewOf !== out) {
    outView = new DataView(out.buffer, out.byteOffset, out.length);
    outViewOf = out;
  }
  const o4 = outView;
  let p = pos;
  for (let f = s; f < i; f += 4) o4.setInt32(p + f - s, v4.getInt32(f, true), true); // i - s bytes (and up to 3 more, overwritten below)
  p += i - s;
  for (;;) {
    while (i + 4 <= end) {
      const w = v4.getInt32(i, true);
      const q = w ^ 0x22222222;
      const bs = w ^ 0x5c5c5c5c;
      if ((((q - 0x01010101) & ~q) | ((bs - 0x01010101) & ~bs) | ((w - 0x20202020) & ~w)) & 0x80808080) break;
      flags |= w & 0x80808080 ? 2 : 0;
      o4.setInt32(p, w, true);
      p += 4;
      i += 4;
    }
    c = b[i]!;
    while ((k = TEXT_BYTE[c]!) > 0) {
      hi |= k;
      out[p++] = c;
      c = b[++i]!;
    }
    if (i >= end) throw BAIL;
    if (c === QUOTE) break;
    if (c !== BACKSLASH) throw BAIL; // raw control character
    const e = b[i + 1]!;
    if (e === 0x75 /* u */) {
      flags |= 4;
      let cp = hex4(b, i + 2, end);
      i += 6;
      if (cp >= 0xd800 && cp <= 0xdbff) {
        // a high surrogate: only with its low half is it a code point
        if (b[i] !== BACKSLASH || b[i + 1] !== 0x75) throw BAIL;
        const lo = hex4(b, i + 2, end);
        if (lo < 0xdc00 || lo > 0xdfff) throw BAIL;
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i += 6;
      } else if (cp >= 0xdc00 && cp <= 0xdfff) throw BAIL;
      else if (cp === 0) {
        if (!sanitizeNul) throw BAIL;
        cp = 0xfffd;
      }
      if (copyText && (cp === 0x5c || cp === 0x0a || cp === 0x0d || cp === 0x09)) {
        out[p++] = BACKSLASH;
        out[p++] = cp === 0x5c ? BACKSLASH : cp === 0x0a ? 0x6e : cp === 0x0d ? 0x72 : 0x74;
      } else p = putCodePoint(cp, out, p);
      continue;
    }
    if (e === QUOTE || e === BACKSLASH || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
      if (copyText && e !== QUOTE && e !== 0x2f) {
        out[p++] = BACKSLASH;
        out[p++] = e;
      } else out[p++] = UNESCAPED[e]!;
      i += 2;
      continue;
    }
    throw BAIL;
  }
  decodedEnd = p;
  flags |= hi & 2;
  strFlags = flags;
  lineFlags |= flags;
  return i + 1;
}

/** scanText's byte classes: 0 ends a plain run (`"`, `\`, a control character), 1 plain ASCII, 3 a non-ASCII byte. */
const TEXT_BYTE = new Uint8Array(256);
for (let c = 0x20; c < 0x100; c++) TEXT_BYTE[c] = c === QUOTE || c === BACKSLASH ? 0 : c < 0x80 ? 1 : 3;

/** The value of the four hex digits at i (BAIL when they are not four hex digits before `end`). */
function hex4(b: Buffer, i: number, end: number): number {
  if (i + 4 > end) throw BAIL;
  let v = 0;
  for (let k = i; k < i + 4; k++) {
    const h = b[k]!;
    v = v * 16 + (h >= 0x30 && h <= 0x39 ? h - 0x30 : h >= 0x41 && h <= 0x46 ? h - 0x37 : h >= 0x61 && h <= 0x66 ? h - 0x57 : -1e9);
  }
  if (v < 0) throw BAIL;
  return v;
}

/**
 * Scan a JSON number (strict grammar); returns the index after it. numFlags: bit 1 fraction or exponent, bit 2
 * exponent; numPoint: where its decimal point is (when it has one).
 */
let numFlags = 0;
let numPoint = 0;
function scanNumber(b: Buffer, i: number, end: number): number {
  let flags = 0;
  const start = i;
  if (b[i] === 0x2d) i++;
  if (i >= end) throw BAIL;
  if (b[i] === 0x30) i++;
  else if (b[i]! >= 0x31 && b[i]! <= 0x39) {
    while (i < end && b[i]! >= 0x30 && b[i]! <= 0x39) i++;
  } else throw BAIL;
  if (i < end && b[i] === 0x2e) {
    flags |= 1;
    numPoint = i++;
    const s = i;
    while (i < end && b[i]! >= 0x30 && b[i]! <= 0x39) i++;
    if (i === s) throw BAIL;
  }
  if (i < end && (b[i] === 0x65 || b[i] === 0x45)) {
    flags |= 3;
    i++;
    if (b[i] === 0x2b || b[i] === 0x2d) i++;
    const s = i;
    while (i < end && b[i]! >= 0x30 && b[i]! <= 0x39) i++;
    if (i === s) throw BAIL;
  }
  numFlags = flags;
  // bit 8 of the line's flags: a number numeric (so jsonb) might not hold; inside a jsonb value the general path judges it
  if (flags & 2 || i - start > 1000) lineFlags |= 8;
  return i;
}

function literal(b: Buffer, i: number, end: number, word: string): number {
  if (i + word.length > end) throw BAIL;
  for (let k = 0; k < word.length; k++) if (b[i + k] !== word.charCodeAt(k)) throw BAIL;
  return i + word.length;
}

/** Open containers of the value skipValue is in (1 object, 2 array), reused between calls. */
let skipStack = new Uint8Array(64);

/**
 * Skip any JSON value, validating its grammar; returns the index after it. Iterative, so nesting is bounded by
 * what PostgreSQL's jsonb accepts (it names the line past that), never by this scan's stack.
 */
function skipValue(b: Buffer, i: number, end: number): number {
  let top = 0;
  for (;;) {
    const c = b[i];
    let open = 0;
    if (c === QUOTE) i = scanString(b, i, end);
    else if (c === 0x7b /* { */) {
      i = ws(b, i + 1, end);
      if (b[i] === 0x7d) i++;
      else open = 1;
    } else if (c === 0x5b /* [ */) {
      i = ws(b, i + 1, end);
      if (b[i] === 0x5d) i++;
      else open = 2;
    } else if (c === 0x74) i = literal(b, i, end, 'true');
    else if (c === 0x66) i = literal(b, i, end, 'false');
    else if (c === 0x6e) i = literal(b, i, end, 'null');
    else if (c === 0x2d || (c !== undefined && c >= 0x30 && c <= 0x39)) i = scanNumber(b, i, end);
    else throw BAIL;
    if (open) {
      if (top === skipStack.length) {
        const grown = new Uint8Array(top * 2);
        grown.set(skipStack);
        skipStack = grown;
      }
      skipStack[top++] = open;
      if (open === 1) i = memberValue(b, i, end);
      continue;
    }
    // after a value: a comma leads to the next one, a bracket closes its container (and maybe more)
    for (;;) {
      if (top === 0) return i;
      i = ws(b, i, end);
      const kind = skipStack[top - 1];
      if (b[i] === 0x2c) {
        i = ws(b, i + 1, end);
        if (kind === 1) i = memberValue(b, i, end);
        break;
      }
      if (b[i] !== (kind === 1 ? 0x7d : 0x5d)) throw BAIL;
      i++;
      top--;
    }
  }
}

/** An object member's `"key":` at i; returns where its value starts. */
function memberValue(b: Buffer, i: number, end: number): number {
  if (b[i] !== QUOTE) throw BAIL;
  i = ws(b, scanString(b, i, end), end);
  if (b[i] !== 0x3a) throw BAIL;
  return ws(b, i + 1, end);
}

function startsWith(b: Buffer, i: number, end: number, key: Buffer): boolean {
  const n = key.length;
  if (i + n > end) return false;
  for (let k = 0; k < n; k++) if (b[i + k] !== key[k]) return false;
  return true;
}

/** The token at [s, e) is exactly `key`. */
export function sameBytes(b: Buffer, s: number, e: number, key: Buffer): boolean {
  return e - s === key.length && startsWith(b, s, e, key);
}

/** The JS string of a scanned JSON string token at [i, j) (quotes included), given its scan flags. */
function stringAt(b: Buffer, i: number, j: number, flags: number): string {
  return flags & 1 ? (JSON.parse(b.toString('utf8', i, j)) as string) : b.toString(flags & 2 ? 'utf8' : 'latin1', i + 1, j - 1);
}

const V_RECORD = Buffer.from('"RECORD"');
const K_STREAM = Buffer.from('"stream"');
const K_RECORD = Buffer.from('"record"');
const K_VERSION = Buffer.from('"version"');
const K_TIME = Buffer.from('"time_extracted"');
const K_TYPE = Buffer.from('"type"');

/** A RECORD line the fast path accepted: its stream's scanner (holding the checked values) and envelope parts. */
export interface AcceptedLine {
  stream: string;
  scanner: RecordScanner;
  recordStart: number;
  recordEnd: number;
  /** byte range of time_extracted's string content, or -1 */
  timeStart: number;
  timeEnd: number;
  /** byte range of the version number, or -1 */
  versionStart: number;
  versionEnd: number;
}

/**
 * Reads RECORD lines whose envelope starts `{"type":"RECORD"` and names the stream before the record (what
 * singer-python, the Meltano SDK and our kit write): the record is checked in the same pass.
 */
export class FastLines {
  private readonly scanners = new Map<string, RecordScanner>();
  private lastName = Buffer.alloc(0);
  private lastStream = '';
  private lastScanner: RecordScanner | undefined;
  private readonly accepted: AcceptedLine = {
    stream: '',
    scanner: undefined as unknown as RecordScanner,
    recordStart: 0,
    recordEnd: 0,
    timeStart: -1,
    timeEnd: -1,
    versionStart: -1,
    versionEnd: -1,
  };

  constructor(private readonly sanitizeNul: boolean) {}

  get size(): number {
    return this.scanners.size;
  }

  set(stream: string, scanner: RecordScanner | undefined): void {
    if (scanner) this.scanners.set(stream, scanner);
    else this.scanners.delete(stream);
    this.lastName = Buffer.alloc(0);
    this.lastScanner = undefined;
  }

  /** Accept one line, or undefined (general path). The returned object is reused by the next call. */
  accept(b: Buffer, start: number, end: number): AcceptedLine | undefined {
    try {
      return this.acceptInner(b, start, end);
    } catch (e) {
      if (e === BAIL) return undefined;
      throw e;
    }
  }

  private acceptInner(b: Buffer, start: number, end: number): AcceptedLine | undefined {
    const a = this.accepted;
    // `{"type":"RECORD"` first, whitespace allowed (singer-python writes `{"type": "RECORD", ...`)
    lineFlags = 0;
    let i = ws(b, start, end);
    if (b[i] !== 0x7b) return undefined;
    i = ws(b, i + 1, end);
    if (!startsWith(b, i, end, K_TYPE)) return undefined;
    i = ws(b, i + K_TYPE.length, end);
    if (b[i] !== 0x3a) return undefined;
    i = ws(b, i + 1, end);
    if (!startsWith(b, i, end, V_RECORD)) return undefined;
    i = ws(b, i + V_RECORD.length, end);
    let scanner: RecordScanner | undefined;
    a.recordStart = a.timeStart = a.timeEnd = a.versionStart = a.versionEnd = -1;
    while (b[i] === 0x2c) {
      i = ws(b, i + 1, end);
      if (b[i] !== QUOTE) return undefined;
      const ks = i;
      i = scanString(b, i, end);
      const ke = i;
      i = ws(b, i, end);
      if (b[i] !== 0x3a) return undefined;
      i = ws(b, i + 1, end);
      const vs = i;
      if (sameBytes(b, ks, ke, K_STREAM)) {
        if (scanner || b[i] !== QUOTE) return undefined;
        i = scanString(b, i, end);
        if (strFlags & 1) return undefined;
        if (sameBytes(b, vs, i, this.lastName)) scanner = this.lastScanner;
        else {
          const name = b.toString('utf8', vs + 1, i - 1);
          scanner = this.scanners.get(name);
          if (!scanner) return undefined;
          this.lastName = Buffer.from(b.subarray(vs, i));
          this.lastStream = name;
          this.lastScanner = scanner;
        }
        if (!scanner) return undefined;
      } else if (sameBytes(b, ks, ke, K_RECORD)) {
        if (!scanner || a.recordStart !== -1 || b[i] !== 0x7b) return undefined; // record before stream: general path
        i = scanner.scanRecord(b, i, end, this.sanitizeNul);
        a.recordStart = vs;
        a.recordEnd = i;
      } else if (sameBytes(b, ks, ke, K_TIME)) {
        if (a.timeStart !== -1) return undefined;
        if (b[i] === QUOTE) {
          i = scanString(b, i, end);
          if (strFlags !== 0) return undefined;
          a.timeStart = vs + 1;
          a.timeEnd = i - 1;
        } else {
          i = literal(b, i, end, 'null');
        }
      } else if (sameBytes(b, ks, ke, K_VERSION)) {
        if (a.versionStart !== -1) return undefined;
        i = scanNumber(b, i, end);
        if (numFlags !== 0) return undefined;
        a.versionStart = vs;
        a.versionEnd = i;
      } else if (sameBytes(b, ks, ke, K_TYPE)) {
        return undefined;
      } else {
        i = skipValue(b, i, end);
      }
      i = ws(b, i, end);
    }
    if (b[i] !== 0x7d || ws(b, i + 1, end) !== end) return undefined;
    if (!scanner || a.recordStart === -1) return undefined;
    // every string of the line is valid UTF-8 when the line is (strings end at ASCII quotes): one native check
    // per line instead of one per non-ASCII value. Invalid bytes → the general path, as before.
    if (lineFlags & 2 && !isUtf8(b.subarray(start, end))) return undefined;
    a.stream = this.lastStream;
    a.scanner = scanner;
    return a;
  }
}

/** Byte-level twin of kit/singer/ajv.ts isDateTime (same grammar and ranges). */
export function isDateTimeAt(b: Buffer, s: number, e: number): boolean {
  const n = e - s;
  if (n < 16 || !dateAt(b, s) || num(b, s, 4) === 0) return false;
  const t = b[s + 10];
  if (t !== 0x54 && t !== 0x74 && t !== 0x20) return false;
  if (!(d(b, s + 11) && d(b, s + 12) && b[s + 13] === 0x3a && d(b, s + 14) && d(b, s + 15))) return false;
  let i = s + 16;
  if (i < e && b[i] === 0x3a) {
    if (!(d(b, i + 1) && d(b, i + 2)) || i + 3 > e) return false;
    i += 3;
    if (i < e && b[i] === 0x2e) {
      i++;
      const f = i;
      while (i < e && d(b, i)) i++;
      if (i === f) return false;
    }
  }
  if (i < e) {
    const z = b[i];
    if (z === 0x5a || z === 0x7a) i++;
    else if (z === 0x2b || z === 0x2d) {
      // offsets to ±15:59, as isDateTime (PostgreSQL's range)
      if (!(i + 3 <= e && d(b, i + 1) && d(b, i + 2)) || num(b, i + 1, 2) > 15) return false;
      i += 3;
      if (i < e) {
        if (b[i] === 0x3a) i++;
        if (!(i + 2 <= e && d(b, i) && d(b, i + 1)) || num(b, i, 2) > 59) return false;
        i += 2;
      }
    } else return false;
  }
  if (i !== e) return false;
  if (num(b, s + 11, 2) > 23 || num(b, s + 14, 2) > 59) return false;
  return n < 19 || b[s + 16] !== 0x3a || num(b, s + 17, 2) <= 60;
}

/** Byte-level twin of kit/singer/ajv.ts isDate (YYYY-MM-DD, a real day, no year 0). */
function isDateAt(b: Buffer, s: number, e: number): boolean {
  return e - s === 10 && dateAt(b, s) && num(b, s, 4) !== 0;
}

function d(b: Buffer, i: number): boolean {
  const c = b[i];
  return c !== undefined && c >= 0x30 && c <= 0x39;
}

function num(b: Buffer, i: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) v = v * 10 + (b[i + k]! - 0x30);
  return v;
}

/**
 * Checks one record's values against a plan and writes their COPY text. Holds per-field token positions
 * between the scan and the write, so it is reused, never shared between streams concurrently.
 */
export class RecordScanner {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** per field: 0 absent, 1 null, 2 value (string flags in bits 8+) */
  private readonly state: Int32Array;
  /** binary plans: a timestamp's seconds from 2000-01-01Z (a date's days) and microseconds, parsed in the scan */
  private readonly secs: Float64Array;
  private readonly micros: Int32Array;
  /** numbers: where the decimal point is (the token's end when it has none), -1 with an exponent */
  private readonly points: Int32Array;
  /** text values with escapes: their bodies decoded by scanText (binary form for binary plans, else COPY text) */
  private scratch = Buffer.alloc(1 << 16);
  private scratchPos = 0;
  private readonly dstarts: Int32Array;
  private readonly dends: Int32Array;
  readonly captured: string[];
  /** a property a scanned record had that its SCHEMA does not declare (not loaded: the loader says so once), or undefined */
  extra: string | undefined;

  constructor(readonly plan: FastPlan) {
    const n = plan.fields.length;
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.state = new Int32Array(n);
    this.secs = new Float64Array(n);
    this.micros = new Int32Array(n);
    this.points = new Int32Array(n);
    this.dstarts = new Int32Array(n);
    this.dends = new Int32Array(n);
    this.captured = new Array<string>(plan.captures).fill('');
  }

  /** Check the record object starting at `i`; returns the index after it, or throws BAIL. */
  scanRecord(b: Buffer, i: number, end: number, sanitizeNul: boolean): number {
    const { fields, byName } = this.plan;
    const state = this.state;
    state.fill(0);
    this.extra = undefined;
    // decoded bodies are never longer than the record's text
    if (this.scratch.length < end - i) this.scratch = Buffer.alloc(2 * (end - i));
    this.scratchPos = 0;
    i = ws(b, i + 1, end);
    let predicted = 0;
    if (b[i] === 0x7d) i++;
    else {
      for (;;) {
        if (b[i] !== QUOTE) throw BAIL;
        let fi: number;
        // taps send keys in a stable order: try the field after the previous one first. Its key bytes (quotes
        // included) matching here means the token is exactly that key, so the key needs no scan of its own.
        if (predicted < fields.length && startsWith(b, i, end, fields[predicted]!.keyBytes)) {
          fi = predicted;
          i += fields[predicted]!.keyBytes.length;
        } else {
          const ks = i;
          i = scanString(b, i, end);
          const name = stringAt(b, ks, i, strFlags);
          fi = byName.get(name) ?? -1;
          if (fi === -1) this.extra ??= name;
        }
        i = ws(b, i, end);
        if (b[i] !== 0x3a) throw BAIL;
        i = ws(b, i + 1, end);
        if (fi === -1) {
          if (this.plan.closed) throw BAIL;
          i = skipValue(b, i, end); // a property the schema does not declare: not a column, not loaded (the loader says so)
        } else {
          predicted = fi + 1;
          i = this.value(fields[fi]!, fi, b, i, end, sanitizeNul);
        }
        i = ws(b, i, end);
        if (b[i] === 0x2c) {
          i = ws(b, i + 1, end);
          continue;
        }
        if (b[i] === 0x7d) {
          i++;
          break;
        }
        throw BAIL;
      }
    }
    for (let f = 0; f < fields.length; f++) {
      const fd = fields[f]!;
      const st = state[f]! & 3;
      if (st === 0 && fd.required) throw BAIL;
      if (st !== 2 && fd.key) throw BAIL;
      if (fd.capture >= 0) this.captured[fd.capture] = st === 2 ? this.text(b, f) : '';
    }
    return i;
  }

  private text(b: Buffer, f: number): string {
    const st = this.state[f]!;
    const s = this.starts[f]!;
    const e = this.ends[f]!;
    if (this.plan.fields[f]!.kind !== Kind.Text) return b.toString('latin1', s, e);
    return stringAt(b, s - 1, e + 1, st >> 8);
  }

  private value(fd: Field, fi: number, b: Buffer, i: number, end: number, sanitizeNul: boolean): number {
    const c = b[i];
    if (c === 0x6e /* n */) {
      const j = literal(b, i, end, 'null');
      if (!fd.nullable) throw BAIL;
      this.state[fi] = 1;
      return j;
    }
    switch (fd.kind) {
      case Kind.Text: {
        if (c !== QUOTE) throw BAIL;
        // escapes are checked (\uXXXX ones COPY cannot hold → BAIL) and decoded here; non-ASCII bytes with the line
        const j = scanText(b, i, end, this.scratch, this.scratchPos, this.plan.binary === undefined, sanitizeNul);
        const flags = strFlags;
        this.starts[fi] = i + 1;
        this.ends[fi] = j - 1;
        this.state[fi] = 2 | (flags << 8);
        if (flags & 1) {
          this.dstarts[fi] = this.scratchPos;
          this.dends[fi] = this.scratchPos = decodedEnd;
        }
        if (fd.dateTime) {
          if (flags !== 0 || !isDateTimeAt(b, i + 1, j - 1)) throw BAIL;
        } else if (fd.date) {
          if (flags !== 0 || !isDateAt(b, i + 1, j - 1)) throw BAIL;
        } else if (fd.pg === 'time' && hasOffset(b, i + 1, j - 1)) throw BAIL; // the general path moves it to UTC
        if (this.plan.binary && fd.pg !== 'text') this.binaryTime(fd, fi, b, i + 1, j - 1, flags);
        if (fd.enumBytes && !(flags & 1)) {
          // the usual enum: an unescaped token is compared as bytes, no string made
          if (tokenIndex(b, i, j, fd.enumBytes) < 0) throw BAIL;
        } else if (fd.enumSet && !fd.enumSet.has(stringAt(b, i, j, flags))) throw BAIL;
        if (fd.format || fd.pattern || fd.minLength !== undefined || fd.maxLength !== undefined) {
          if (flags !== 0 && (fd.minLength !== undefined || fd.maxLength !== undefined)) throw BAIL; // code points vs units: let ajv count
          const s = stringAt(b, i, j, flags);
          if (fd.format && !fd.format(s)) throw BAIL;
          if (fd.pattern && !fd.pattern.test(s)) throw BAIL;
          if (fd.minLength !== undefined && s.length < fd.minLength) throw BAIL;
          if (fd.maxLength !== undefined && s.length > fd.maxLength) throw BAIL;
        }
        return j;
      }
      case Kind.Integer:
      case Kind.Number: {
        const j = scanNumber(b, i, end);
        if (fd.kind === Kind.Integer && numFlags !== 0) throw BAIL; // 1.0 / 1e3: the general path normalises
        this.starts[fi] = i;
        this.ends[fi] = j;
        this.state[fi] = 2;
        this.points[fi] = numFlags === 0 ? j : numFlags === 1 ? numPoint : -1;
        // a value past int64 in a bigint column: the general path widens the column first
        if (fd.pg === 'bigint' && j - i > 18 && !int64Fits(b, i, j)) throw BAIL;
        if (this.plan.binary && fd.pg === 'numeric' && (numFlags & 2 || j - i > 1000) && !numericFits(b, i, j)) throw BAIL;
        if (fd.multipleOf !== undefined) {
          const within = fd.multipleScale === undefined ? undefined : fractionWithin(b, i, j, fd.multipleScale);
          if (within === false || (within === undefined && !isMultipleOf(b.toString('latin1', i, j), fd.multipleOf))) throw BAIL;
        }
        if (fd.min !== undefined || fd.max !== undefined || fd.exMin !== undefined || fd.exMax !== undefined) {
          if (j - i > 15) throw BAIL; // could round: compare exactly in the general path
          const v = numFlags === 0 ? intAt(b, i, j) : Number(b.toString('latin1', i, j));
          if (fd.min !== undefined && v < fd.min) throw BAIL;
          if (fd.max !== undefined && v > fd.max) throw BAIL;
          if (fd.exMin !== undefined && v <= fd.exMin) throw BAIL;
          if (fd.exMax !== undefined && v >= fd.exMax) throw BAIL;
        }
        return j;
      }
      case Kind.Boolean: {
        const j = c === 0x74 ? literal(b, i, end, 'true') : literal(b, i, end, 'false');
        this.starts[fi] = i;
        this.ends[fi] = j;
        this.state[fi] = 2;
        return j;
      }
      case Kind.Json: {
        if (c !== 0x7b && c !== 0x5b) throw BAIL;
        const outer = lineFlags;
        lineFlags = 0;
        const j = fd.node ? checkNode(fd.node, b, i, end, 0) : skipValue(b, i, end);
        const inner = lineFlags;
        lineFlags |= outer;
        this.starts[fi] = i;
        this.ends[fi] = j;
        this.state[fi] = 2;
        if (inner & 4 && jsonFlags(b, i, j) & 2) throw BAIL; // jsonb cannot hold \u0000 or a lone surrogate: the general path decides
        if (inner & 8) throw BAIL; // a number with an exponent or over 1,000 characters: the general path checks numeric's limits
        // non-ASCII bytes: checked with the line's (its strings were scanned by scanString)
        if (fd.nested) {
          // numbers as sent, so a keyword such as multipleOf decides on their text (see kit/singer/ajv.ts)
          const parsed = parseJsonLossless(b.toString('utf8', i, j));
          if (!validateExact(fd.nested, parsed.value as object, parsed.lossless as object | undefined)) throw BAIL;
        }
        return j;
      }
    }
  }

  /** A timestamptz or date value's binary form, parsed now (BAIL when it is not certain: the text path takes the row). */
  private binaryTime(fd: Field, fi: number, b: Buffer, s: number, e: number, flags: number): void {
    if (flags !== 0) throw BAIL;
    if (fd.pg === 'timestamptz') {
      if (!(fd.dateTime || isDateTimeAt(b, s, e)) || !timestampAt(b, s, e, this.plan.binary!.zonelessUtc)) throw BAIL;
      this.secs[fi] = tsSeconds;
      this.micros[fi] = tsMicros;
    } else {
      if (!(fd.date || isDateAt(b, s, e))) throw BAIL;
      const days = pgDaysAt(b, s);
      if (Number.isNaN(days)) throw BAIL;
      this.secs[fi] = days;
    }
  }

  /**
   * Bytes the row's property part needs at most. Text: escapes at most double a byte; \uXXXX shrinks.
   * Binary: a length word per field, and a numeric's base-10000 digits at most 16 bytes plus half its token.
   */
  maxBytes(recordStart: number, recordEnd: number): number {
    return (recordEnd - recordStart) * 2 + this.plan.fields.length * 16 + 16;
  }

  /** Write the binary COPY row start (field count) and property fields at `pos`; returns the new position. */
  writeBinary(b: Buffer, out: Buffer, pos: number, fieldCount: number): number {
    const fields = this.plan.fields;
    out[pos++] = fieldCount >>> 8;
    out[pos++] = fieldCount;
    for (let f = 0; f < fields.length; f++) {
      const st = this.state[f]!;
      if ((st & 3) !== 2) {
        out[pos++] = 0xff;
        out[pos++] = 0xff;
        out[pos++] = 0xff;
        out[pos++] = 0xff; // NULL
        continue;
      }
      const s = this.starts[f]!;
      const e = this.ends[f]!;
      const fd = fields[f]!;
      switch (fd.pg) {
        case 'text':
          if ((st >> 8) & 1) {
            const ds = this.dstarts[f]!;
            const de = this.dends[f]!;
            pos = copyWords(this.scratch, ds, de, out, putInt32(out, pos, de - ds));
          } else pos = copyWords(b, s, e, out, putInt32(out, pos, e - s));
          break;
        case 'timestamptz':
          pos = putTimestamp(out, pos, this.secs[f]!, this.micros[f]!);
          break;
        case 'date':
          pos = putInt32(out, putInt32(out, pos, 4), this.secs[f]!);
          break;
        case 'bigint':
          pos = putInt64Token(b, s, e, out, pos);
          break;
        case 'numeric': {
          const point = this.points[f]!;
          pos = point >= 0 ? putDecimal(b, s, point, e, out, pos) : putNumeric(b, s, e, out, pos);
          break;
        }
        case 'boolean':
          pos = putInt32(out, pos, 1);
          out[pos++] = b[s] === 0x74 ? 1 : 0;
          break;
        default: // jsonb: version 1, then the JSON text as sent
          pos = putInt32(out, pos, e - s + 1);
          out[pos++] = 1;
          pos = copyBytes(b, s, e, out, pos);
      }
    }
    return pos;
  }

  /** Write the property part of the COPY line (no metadata, no newline) at `pos`; returns the new position. */
  write(b: Buffer, out: Buffer, pos: number): number {
    const fields = this.plan.fields;
    for (let f = 0; f < fields.length; f++) {
      if (f > 0) out[pos++] = 0x09;
      const st = this.state[f]!;
      if ((st & 3) !== 2) {
        out[pos++] = BACKSLASH;
        out[pos++] = 0x4e; // \N
        continue;
      }
      const s = this.starts[f]!;
      const e = this.ends[f]!;
      const kind = fields[f]!.kind;
      if (kind === Kind.Boolean) out[pos++] = b[s] === 0x74 ? 0x74 : 0x66;
      else if (kind === Kind.Json) pos = copyJson(b, s, e, out, pos);
      else if (kind === Kind.Text && (st >> 8) & 1) {
        // decoded as COPY text by the scan, unless the plan is binary and this row goes as text after all
        if (this.plan.binary) pos = decodeEscapes(b, s, e, out, pos, true);
        else pos = copyWords(this.scratch, this.dstarts[f]!, this.dends[f]!, out, pos);
      } else pos = copyWords(b, s, e, out, pos);
    }
    return pos;
  }
}

const WORDS_MAX = 160;
let rowViewOf: Buffer | undefined;
let rowView: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));

/**
 * copyBytes for a short token (a number, a date…) from the line into a row: four bytes a step. It writes up to
 * three bytes past the token, which the row's next byte (a tab, the lineage, the newline) overwrites.
 */
export function copyWords(b: Buffer, s: number, e: number, out: Buffer, pos: number): number {
  const n = e - s;
  // longer runs: Buffer#copy's ~100 ns a call is less than the loop
  if (n > WORDS_MAX || s + n + 3 >= b.length || pos + n + 3 >= out.length) return copyBytes(b, s, e, out, pos);
  let iv: DataView<ArrayBufferLike>;
  if (b === viewOf) iv = view;
  else if (b === outViewOf)
    iv = outView; // scanText's scratch
  else {
    view = iv = new DataView(b.buffer, b.byteOffset, b.length);
    viewOf = b;
  }
  if (rowViewOf !== out) {
    rowView = new DataView(out.buffer, out.byteOffset, out.length);
    rowViewOf = out;
  }
  const ov = rowView;
  for (let k = 0; k < n; k += 4) ov.setInt32(pos + k, iv.getInt32(s + k, true), true);
  return pos + n;
}

/** Copy bytes [s, e) of `from` to `out` at `pos`; returns the new position. Short runs (most fields, the
 * metadata tail) as a loop: Buffer#copy and string writes cost more per call than a few dozen bytes. */
export function copyBytes(from: Buffer, s: number, e: number, out: Buffer, pos: number): number {
  if (e - s >= 48) return pos + from.copy(out, pos, s, e);
  for (let k = s; k < e; k++) out[pos++] = from[k]!;
  return pos;
}

/** An integer token's value (at most 15 digits, so exact). */
/**
 * A JSON number token at [i, j) without exponent: whether its fraction, trailing zeros aside, has at most `scale`
 * digits (so it is a multiple of 10^-scale); undefined for a token with an exponent (isMultipleOf decides).
 */
function fractionWithin(b: Buffer, i: number, j: number, scale: number): boolean | undefined {
  let dot = -1;
  for (let k = i; k < j; k++) {
    const c = b[k]!;
    if (c === 0x2e) dot = k;
    else if (c === 0x65 || c === 0x45) return undefined;
  }
  if (dot < 0) return true;
  let last = j - 1;
  while (last > dot && b[last] === 0x30) last--;
  return last - dot <= scale;
}

function intAt(b: Buffer, i: number, j: number): number {
  return b[i] === 0x2d ? -num(b, i + 1, j - i - 1) : num(b, i, j - i);
}

/** Check a nested value against a compiled node in one pass; returns the index after it, or throws BAIL. */
function checkNode(n: Node, b: Buffer, i: number, end: number, depth: number): number {
  if (depth > 64) throw BAIL;
  const c = b[i];
  if (c === QUOTE) {
    if (!(n.types & T_STR)) throw BAIL;
    const j = scanString(b, i, end);
    const flags = strFlags;
    if (n.enumBytes && !(flags & 1)) {
      if (tokenIndex(b, i, j, n.enumBytes) < 0) throw BAIL;
    } else if (n.enumSet && !n.enumSet.has(stringAt(b, i, j, flags))) throw BAIL;
    if (n.format && !n.format(stringAt(b, i, j, flags))) throw BAIL;
    return j;
  }
  if (n.enumSet) throw BAIL; // a string enum: no other value type passes
  if (c === 0x7b) {
    if (!(n.types & T_OBJ)) throw BAIL;
    let seen = 0;
    const keys = n.keys;
    i = ws(b, i + 1, end);
    if (b[i] === 0x7d) i++;
    else {
      for (;;) {
        if (b[i] !== QUOTE) throw BAIL;
        const ks = i;
        i = scanString(b, i, end);
        // a named key is found by its bytes (by its text when written with escapes); others are skipped
        const k = !keys ? -1 : strFlags & 1 ? (n.keyIndex!.get(stringAt(b, ks, i, strFlags)) ?? -1) : tokenIndex(b, ks, i, keys);
        i = ws(b, i, end);
        if (b[i] !== 0x3a) throw BAIL;
        i = ws(b, i + 1, end);
        const child = k >= 0 ? n.keyNodes![k] : undefined;
        i = child ? checkNode(child, b, i, end, depth + 1) : skipValue(b, i, end);
        if (k >= 0 && n.keyRequired![k]! >= 0) seen |= 1 << n.keyRequired![k]!;
        i = ws(b, i, end);
        if (b[i] === 0x2c) {
          i = ws(b, i + 1, end);
          continue;
        }
        if (b[i] === 0x7d) {
          i++;
          break;
        }
        throw BAIL;
      }
    }
    if (n.required && seen !== (1 << n.required.length) - 1) throw BAIL;
    return i;
  }
  if (c === 0x5b) {
    if (!(n.types & T_ARR)) throw BAIL;
    i = ws(b, i + 1, end);
    if (b[i] === 0x5d) return i + 1;
    for (;;) {
      i = ws(b, n.items ? checkNode(n.items, b, i, end, depth + 1) : skipValue(b, i, end), end);
      if (b[i] === 0x2c) {
        i = ws(b, i + 1, end);
        continue;
      }
      if (b[i] === 0x5d) return i + 1;
      throw BAIL;
    }
  }
  if (c === 0x74 || c === 0x66) {
    if (!(n.types & T_BOOL)) throw BAIL;
    return c === 0x74 ? literal(b, i, end, 'true') : literal(b, i, end, 'false');
  }
  if (c === 0x6e) {
    if (!(n.types & T_NULL)) throw BAIL;
    return literal(b, i, end, 'null');
  }
  const j = scanNumber(b, i, end);
  if (!(n.types & (numFlags === 0 ? T_INT : T_NUM))) throw BAIL; // 1.0 as integer: let ajv decide
  return j;
}

/** Bit 1: non-ASCII bytes; bit 2: a `\u0000` escape (or something that looks like one). */
function jsonFlags(b: Buffer, s: number, e: number): number {
  let f = 0;
  for (let k = s; k < e; k++) {
    const c = b[k]!;
    if (c >= 0x80) f |= 1;
    else if (c === BACKSLASH && b[k + 1] === 0x75 && b[k + 2] === 0x30 && b[k + 3] === 0x30 && b[k + 4] === 0x30 && b[k + 5] === 0x30)
      f |= 2;
    // \uD800–\uDFFF: jsonb refuses a lone surrogate; the general path writes U+FFFD for it (copy-text.ts jsonText)
    else if (c === BACKSLASH && b[k + 1] === 0x75 && (b[k + 2]! | 0x20) === 0x64 && surrogateNibble(b[k + 3]! | 0x20)) f |= 2;
  }
  return f;
}

/** 8, 9, a–f (lower-cased): the third hex digit of \uD800–\uDFFF */
const surrogateNibble = (h: number) => h === 0x38 || h === 0x39 || (h >= 0x61 && h <= 0x66);

function hex(b: Buffer, i: number): number {
  return parseInt(b.toString('latin1', i, i + 4), 16);
}

/**
 * A JSON string body with escapes → COPY text (`copyText`) or plain UTF-8 (binary COPY). For COPY text,
 * JSON's \\ \n \r \t \b \f are COPY escapes with the same meaning and are copied as they are, and a \uXXXX
 * that stands for one of \\ \n \r \t becomes that escape; otherwise every escape becomes what it stands for.
 */
function decodeEscapes(b: Buffer, s: number, e: number, out: Buffer, pos: number, copyText: boolean): number {
  let i = s;
  while (i < e) {
    const c = b[i]!;
    if (c !== BACKSLASH) {
      out[pos++] = c;
      i++;
      continue;
    }
    const n = b[i + 1]!;
    if (n !== 0x75) {
      if (copyText && n !== QUOTE && n !== 0x2f) {
        out[pos++] = BACKSLASH;
        out[pos++] = n;
      } else out[pos++] = UNESCAPED[n]!;
      i += 2;
      continue;
    }
    const cp = escapedCodePoint(b, i);
    i += escLen;
    if (copyText && (cp === 0x5c || cp === 0x0a || cp === 0x0d || cp === 0x09)) {
      out[pos++] = BACKSLASH;
      out[pos++] = cp === 0x5c ? BACKSLASH : cp === 0x0a ? 0x6e : cp === 0x0d ? 0x72 : 0x74;
    } else pos = putCodePoint(cp, out, pos);
  }
  return pos;
}

/** The code point of a \uXXXX escape at i (a surrogate pair taken whole): sets `escLen` to its length. */
let escLen = 6;
function escapedCodePoint(b: Buffer, i: number): number {
  const cp = hex(b, i + 2);
  escLen = 6;
  if (cp >= 0xd800 && cp <= 0xdbff) {
    escLen = 12;
    return 0x10000 + ((cp - 0xd800) << 10) + (hex(b, i + 8) - 0xdc00);
  }
  return cp === 0 ? 0xfffd : cp; // NUL only reaches here when sanitising: scanText refused it otherwise
}

/** A code point as UTF-8. */
function putCodePoint(cp: number, out: Buffer, pos: number): number {
  if (cp < 0x80) out[pos++] = cp;
  else if (cp < 0x800) {
    out[pos++] = 0xc0 | (cp >> 6);
    out[pos++] = 0x80 | (cp & 63);
  } else if (cp < 0x10000) {
    out[pos++] = 0xe0 | (cp >> 12);
    out[pos++] = 0x80 | ((cp >> 6) & 63);
    out[pos++] = 0x80 | (cp & 63);
  } else {
    out[pos++] = 0xf0 | (cp >> 18);
    out[pos++] = 0x80 | ((cp >> 12) & 63);
    out[pos++] = 0x80 | ((cp >> 6) & 63);
    out[pos++] = 0x80 | (cp & 63);
  }
  return pos;
}

/** JSON escape letters → the byte they stand for. */
const UNESCAPED = new Uint8Array(128);
for (const [e, c] of [
  [0x22, 0x22],
  [0x5c, 0x5c],
  [0x2f, 0x2f],
  [0x62, 0x08],
  [0x66, 0x0c],
  [0x6e, 0x0a],
  [0x72, 0x0d],
  [0x74, 0x09],
] as const)
  UNESCAPED[e] = c;

/** JSON text → COPY text for jsonb: backslashes doubled, raw whitespace controls escaped. */
function copyJson(b: Buffer, s: number, e: number, out: Buffer, pos: number): number {
  for (let i = s; i < e; i++) {
    const c = b[i]!;
    if (c === BACKSLASH) {
      out[pos++] = BACKSLASH;
      out[pos++] = BACKSLASH;
    } else if (c === 0x0a) {
      out[pos++] = BACKSLASH;
      out[pos++] = 0x6e;
    } else if (c === 0x0d) {
      out[pos++] = BACKSLASH;
      out[pos++] = 0x72;
    } else if (c === 0x09) {
      out[pos++] = BACKSLASH;
      out[pos++] = 0x74;
    } else out[pos++] = c;
  }
  return pos;
}
