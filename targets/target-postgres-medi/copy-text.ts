// Encoding of values into PostgreSQL's COPY text format. Text format, not binary: it needs no per-type
// wire encoders, PostgreSQL parses it about as fast, and a failing row is reported with its line number.
import type { PgType } from './type-map.js';
import { stringifyJson } from '../../kit/singer/json.js';
import { Decimal } from '../../kit/singer/decimal.js';
import { integerText } from '../../kit/singer/decimal-text.js';

const NEEDS_ESCAPE = /[\\\n\r\t\0]/;

export class NulInTextError extends Error {}

/** Escape a string for COPY text format; NUL is replaced or rejected (PostgreSQL text cannot hold it). */
export function escapeCopy(s: string, sanitizeNul: boolean): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string | undefined;
    if (c === 92) rep = '\\\\';
    else if (c === 10) rep = '\\n';
    else if (c === 13) rep = '\\r';
    else if (c === 9) rep = '\\t';
    else if (c === 0) {
      if (!sanitizeNul) throw new NulInTextError();
      rep = '\uFFFD';
    }
    if (rep !== undefined) {
      out += s.slice(last, i) + rep;
      last = i + 1;
    }
  }
  return out + s.slice(last);
}

/** A lone surrogate's escape as JSON.stringify writes it (after an even run of backslashes): jsonb refuses it. */
const LONE_SURROGATE = /(?<!\\)((?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/g;

/**
 * JSON text for jsonb (numbers as the tap wrote them), with NUL escapes handled: jsonb rejects \u0000 as well. A lone
 * surrogate becomes U+FFFD, as it does in a text column (jsonb refuses it, which failed the whole load).
 */
function jsonText(v: unknown, sanitizeNul: boolean): string {
  let s = stringifyJson(v);
  if (s.includes('\\ud')) s = s.replace(LONE_SURROGATE, '$1\\ufffd');
  if (s.includes('\\u0000')) {
    if (!sanitizeNul) throw new NulInTextError();
    return escapeCopy(s.replace(/\\u0000/g, '\\ufffd'), sanitizeNul);
  }
  return escapeCopy(s, sanitizeNul);
}

/** One value in COPY text form; `\N` is NULL. */
export function encodeValue(v: unknown, type: PgType, sanitizeNul: boolean): string {
  if (v === null || v === undefined) return '\\N';
  switch (type) {
    case 'jsonb':
      return jsonText(v, sanitizeNul);
    case 'boolean':
      if (v === true) return 't';
      if (v === false) return 'f';
      return escapeCopy(String(v), sanitizeNul);
    case 'bigint':
    case 'numeric':
      if (typeof v === 'number') return Number.isFinite(v) ? String(v) : escapeCopy(String(v), sanitizeNul);
      if (typeof v === 'string') return escapeCopy(v, sanitizeNul);
      // the text as sent; in bigint an integral 1.0 or 1e3 as plain digits (bigint input takes neither)
      if (v instanceof Decimal) return type === 'bigint' ? (integerText(v.text) ?? v.text) : v.text;
      return jsonText(v, sanitizeNul);
    default:
      if (typeof v === 'string') return escapeCopy(v, sanitizeNul);
      if (v instanceof Decimal) return v.text;
      if (typeof v === 'object') return jsonText(v, sanitizeNul);
      return String(v);
  }
}
