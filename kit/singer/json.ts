// JSON parsing that never changes a number: a number token whose text a double would not give back exactly
// (12345678901234567890 → 12345678901234567000, 2.50 → 2.5, 1e400 → Infinity → null) is kept as a Decimal
// holding the text as sent, so columns and jsonb receive the number the tap wrote.
import { Decimal, stringifyExact } from './decimal.js';

// Cheap pre-test for a number token (at a value position) that might not survive a double: 16+ digit-or-dot
// characters, an exponent, a fraction ending in 0, -0, or a fraction starting with six zeros (1e-7 prints
// differently). False positives (the same text inside a string) only cost the exact scan below.
const MAY_CHANGE = /[:,[]\s*(?:-?(?:[\d.]{16}|\d+(?:\.\d+)?[eE]|\d+\.\d*0(?!\d)|0\.0{6})|-0(?![.\d]))/;

export interface LosslessParse {
  value: unknown;
  /** Same structure with changed numbers as Decimal; undefined when JSON.parse changed none. */
  lossless?: unknown;
}

export function parseJsonLossless(text: string): LosslessParse {
  const value = JSON.parse(text);
  if (!MAY_CHANGE.test(text)) return { value };
  const p = new LosslessParser(text);
  const lossless = p.parse();
  return p.changed ? { value, lossless } : { value };
}

/**
 * A JSON document with every number as sent: one a double would change is a Decimal (its text). For STATE files a
 * tap resumes from: a bookmark 9007199254740995 read as a double is ...996, and `>=` it skips a row.
 */
export function parseJsonExact(text: string): unknown {
  const p = parseJsonLossless(text);
  return p.lossless ?? p.value;
}

/** Does a number token's text survive a double exactly (the shortest form of the double is the token)? */
export function exactInDouble(token: string): boolean {
  return String(Number(token)) === token;
}

/** A recursive-descent JSON parser (input already known valid: JSON.parse read it) keeping changed numbers as text. */
class LosslessParser {
  private i = 0;
  changed = false;
  constructor(private readonly s: string) {}

  parse(): unknown {
    const v = this.value();
    return v;
  }

  private ws(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 32 || c === 10 || c === 13 || c === 9) this.i++;
      else break;
    }
  }

  private value(): unknown {
    this.ws();
    const s = this.s;
    const c = s.charCodeAt(this.i);
    if (c === 123 /* { */) {
      this.i++;
      const o: Record<string, unknown> = {};
      this.ws();
      if (s.charCodeAt(this.i) === 125) {
        this.i++;
        return o;
      }
      for (;;) {
        this.ws();
        const k = this.string();
        this.ws();
        this.i++; // :
        const v = this.value();
        // as JSON.parse does: a repeated key keeps the last value; "__proto__" is an own property
        Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
        this.ws();
        if (s.charCodeAt(this.i++) === 125) return o;
      }
    }
    if (c === 91 /* [ */) {
      this.i++;
      const a: unknown[] = [];
      this.ws();
      if (s.charCodeAt(this.i) === 93) {
        this.i++;
        return a;
      }
      for (;;) {
        a.push(this.value());
        this.ws();
        if (s.charCodeAt(this.i++) === 93) return a;
      }
    }
    if (c === 34) return this.string();
    if (c === 116) {
      this.i += 4;
      return true;
    }
    if (c === 102) {
      this.i += 5;
      return false;
    }
    if (c === 110) {
      this.i += 4;
      return null;
    }
    const start = this.i;
    while (this.i < s.length) {
      const d = s.charCodeAt(this.i);
      if ((d >= 48 && d <= 57) || d === 46 || d === 101 || d === 69 || d === 43 || d === 45) this.i++;
      else break;
    }
    const token = s.slice(start, this.i);
    if (exactInDouble(token)) return Number(token);
    this.changed = true;
    return new Decimal(token);
  }

  private string(): string {
    const s = this.s;
    const start = this.i;
    this.i++;
    let escaped = false;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 92) {
        escaped = true;
        this.i += 2;
        continue;
      }
      this.i++;
      if (c === 34) break;
    }
    return escaped ? (JSON.parse(s.slice(start, this.i)) as string) : s.slice(start + 1, this.i - 1);
  }
}

/**
 * Wrap every number token that is not a safe integer (decimals, exponents, integers past 2^53) in quotes, so a
 * parse reads decimals as their exact text ("1.10" stays "1.10"), for a reader that must never hold a double.
 */
export function quoteDecimals(text: string): string {
  return quoteNumbers(text, (token) => /[.eE]/.test(token) || !Number.isSafeInteger(Number(token)));
}

function quoteNumbers(text: string, quote: (token: string) => boolean): string {
  let out = '';
  let i = 0;
  let last = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i += 2;
        else if (d === 34) {
          i++;
          break;
        } else i++;
      }
      continue;
    }
    if (c === 45 /* - */ || (c >= 48 && c <= 57)) {
      const start = i;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if ((d >= 48 && d <= 57) || d === 46 || d === 101 || d === 69 || d === 43 || d === 45) i++;
        else break;
      }
      const token = text.slice(start, i);
      if (quote(token)) {
        out += text.slice(last, start) + '"' + token + '"';
        last = i;
      }
      continue;
    }
    i++;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * JSON text with every Decimal as its bare number token (stringifyExact), also for values nested deeper than
 * JSON.stringify's recursion reaches (V8 overflows its stack at about 4,000 levels; PostgreSQL's jsonb takes
 * 10,000 and more): past that, an explicit stack writes the same text.
 */
export function stringifyJson(value: unknown): string {
  try {
    return stringifyExact(value) ?? 'null';
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return stringifyDeep(value);
  }
}

/** JSON.stringify's output for parsed JSON values (objects, arrays, strings, numbers, booleans, null), iteratively. */
export function stringifyDeep(root: unknown): string {
  interface Frame {
    value: unknown[] | Record<string, unknown>;
    keys: string[] | undefined;
    i: number;
    wrote: boolean;
  }
  const stack: Frame[] = [];
  const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
  let out = '';
  let next: unknown = root;
  let pending = true;
  for (;;) {
    if (pending) {
      pending = false;
      const v = next;
      if (v instanceof Decimal) {
        out += v.text;
      } else if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON !== 'function') {
        if (Array.isArray(v)) {
          out += '[';
          stack.push({ value: v, keys: undefined, i: 0, wrote: false });
        } else {
          out += '{';
          stack.push({ value: v as Record<string, unknown>, keys: Object.keys(v), i: 0, wrote: false });
        }
      } else {
        out += JSON.stringify(v) ?? 'null';
      }
    }
    const top = stack[stack.length - 1];
    if (!top) return out;
    if (top.keys === undefined) {
      const items = top.value as unknown[];
      if (top.i >= items.length) {
        out += ']';
        stack.pop();
        continue;
      }
      if (top.i > 0) out += ',';
      const item = items[top.i++];
      next = skipped(item) ? null : item;
      pending = true;
    } else {
      const obj = top.value as Record<string, unknown>;
      let key: string | undefined;
      while (top.i < top.keys.length) {
        const k = top.keys[top.i++]!;
        if (!skipped(obj[k])) {
          key = k;
          break;
        }
      }
      if (key === undefined) {
        out += '}';
        stack.pop();
        continue;
      }
      out += (top.wrote ? ',' : '') + JSON.stringify(key) + ':';
      top.wrote = true;
      next = obj[key];
      pending = true;
    }
  }
}

/**
 * Whether b[start, end) holds one JSON object and nothing after it but whitespace: its strings and brackets
 * followed to where the object closes (the parse that follows checks everything else). A BATCH file's line is
 * wrapped in a RECORD envelope as text; text after the object would become envelope keys (another stream).
 */
export function singleJsonObject(b: Uint8Array, start: number, end: number): boolean {
  const ws = (c: number | undefined) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
  let p = start;
  while (p < end && ws(b[p])) p++;
  if (b[p] !== 0x7b) return false;
  let depth = 0;
  for (; p < end; p++) {
    const c = b[p];
    if (c === 0x22) {
      for (p++; p < end && b[p] !== 0x22; p++) if (b[p] === 0x5c) p++;
      if (p >= end) return false;
    } else if (c === 0x7b || c === 0x5b) depth++;
    else if ((c === 0x7d || c === 0x5d) && --depth === 0) break;
  }
  if (depth !== 0 || p >= end) return false;
  for (p++; p < end && ws(b[p]); p++);
  return p === end;
}
