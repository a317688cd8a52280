// One record value → one member of the spool line DuckDB reads (NDJSON, keyed by column index: fast-record.ts),
// checked against its column type so a bad value fails naming its line and column, never rounded. The general path,
// for the lines the fast path leaves to it; both write the same values.
import { Decimal, stringifyExact } from '../../kit/singer/decimal.js';
import { stringifyJson } from '../../kit/singer/json.js';
import type { ColumnType } from './type-map.js';
import { dayExists } from '../../kit/singer/pg-binary.js';
import { utcTimeOfDay } from '../../kit/singer/ajv.js';
import { decimalPieces, inDoubleRange, timeExists } from './fast-record.js';

export class BadValueError extends Error {
  override name = 'BadValueError';
  constructor(
    readonly stream: string,
    readonly line: number,
    readonly column: string,
    reason: string,
  ) {
    super(`line ${line}: stream "${stream}" column "${column}": ${reason}`);
  }
}

const INT = /^-?\d+$/;
const NUM = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
const INT64_MAX = 9223372036854775807n;
const INT64_MIN = -9223372036854775808n;
const TS = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(?:z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** The regex match of a date-time or time names one that exists: groups from `at` are hour, minute, second, fraction. */
function clockOk(g: RegExpExecArray, at: number): boolean {
  return timeExists(Number(g[at]), Number(g[at + 1]), Number(g[at + 2] ?? 0), !/[1-9]/.test(g[at + 3] ?? ''));
}

/** The plain digits of a number token (no exponent): sign, integer digits without leading zeros, fraction digits. */
function plain(token: string): { neg: boolean; int: string; frac: string } | undefined {
  const m = NUM.exec(token);
  if (!m) return undefined;
  let int = m[2]!;
  let frac = m[3] ?? '';
  const exp = m[4] ? Number(m[4]) : 0;
  if (exp > 0) {
    const move = frac.slice(0, exp);
    int += move + '0'.repeat(Math.max(0, exp - frac.length));
    frac = frac.slice(exp);
  } else if (exp < 0) {
    const digits = int.padStart(-exp + 1, '0');
    frac = digits.slice(digits.length + exp) + frac;
    int = digits.slice(0, digits.length + exp);
  }
  int = int.replace(/^0+(?=\d)/, '');
  return { neg: m[1] === '-', int, frac };
}

function numberText(v: unknown): string | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : undefined;
  if (v instanceof Decimal) return v.text;
  return undefined;
}

export type Encoder = (v: unknown, stream: string, line: number, column: string) => string;

/** A string as a JSON string token DuckDB reads: a lone surrogate becomes U+FFFD (as UTF-8 output always made it). */
const jsonText = (s: string): string => JSON.stringify((s as unknown as { toWellFormed(): string }).toWellFormed());

/**
 * A date-time in the form DuckDB's TIMESTAMPTZ reads: 't' and 'z' upper case, an offset ±HHMM as ±HH:MM (the same
 * instant; DuckDB refuses the other spellings).
 */
const duckTimestamp = (v: string): string =>
  v.slice(0, 10) +
  v.slice(10, 11).toUpperCase() +
  v
    .slice(11)
    .replace(/^(\d{2}:\d{2})(?!:)/, '$1:00') // HH:MM and an offset: DuckDB wants the seconds
    .replace(/z$/, 'Z')
    .replace(/([+-]\d{2})(\d{2})$/, '$1:$2');

/** The encoder of column `i`: a value → its spool member(s), `"f<i>":…`. */
export function encoder(t: ColumnType, i: number): Encoder {
  const key = `"f${i}":`;
  switch (t.kind) {
    case 'varchar':
      return (v, stream, line, column) => {
        if (typeof v === 'string') return key + jsonText(v);
        throw new BadValueError(stream, line, column, `expected a string, got ${describe(v)}`);
      };
    case 'bigint':
      return (v, stream, line, column) => {
        if (typeof v === 'number' && Number.isInteger(v)) {
          if (Number.isSafeInteger(v)) return key + String(v);
        }
        const text = numberText(v);
        if (text !== undefined && INT.test(text)) {
          const b = BigInt(text);
          if (b <= INT64_MAX && b >= INT64_MIN) return key + b.toString();
          throw new BadValueError(stream, line, column, `${text} is outside int64 (the schema gives no bounds beyond int64)`);
        }
        throw new BadValueError(stream, line, column, `expected an integer, got ${describe(v)}`);
      };
    case 'decimal': {
      const p = t.precision!;
      const s = t.scale!;
      return (v, stream, line, column) => {
        const text = numberText(v);
        const d = text === undefined ? undefined : plain(text);
        if (!d) throw new BadValueError(stream, line, column, `expected a number, got ${describe(v)}`);
        const frac = d.frac.replace(/0+$/, '');
        if (frac.length > s)
          throw new BadValueError(
            stream,
            line,
            column,
            `${text} has more than ${s} decimal places (DECIMAL(${p},${s})): it would be rounded`,
          );
        if ((d.int === '0' ? 0 : d.int.length) > p - s)
          throw new BadValueError(stream, line, column, `${text} does not fit DECIMAL(${p},${s})`);
        const [c, m, h] = decimalPieces(d.neg, d.int, frac, s);
        return key + c + (m ? `,"f${i}m":${m}` : '') + (h ? `,"f${i}h":${h}` : '');
      };
    }
    case 'double':
      // a binary float: its text as sent (a JSON number token: nothing to escape), which names the double written
      return (v, stream, line, column) => {
        const text = numberText(v);
        if (text === undefined) throw new BadValueError(stream, line, column, `expected a number, got ${describe(v)}`);
        if (!inDoubleRange(text, t.single))
          throw new BadValueError(stream, line, column, `${text} is beyond a ${t.single ? 'real' : 'double'}'s range`);
        return key + '"' + text + '"';
      };
    case 'boolean':
      return (v, stream, line, column) => {
        if (typeof v === 'boolean') return key + (v ? 'true' : 'false');
        throw new BadValueError(stream, line, column, `expected true or false, got ${describe(v)}`);
      };
    case 'timestamptz':
      return (v, stream, line, column) => {
        const g = typeof v === 'string' ? TS.exec(v) : null;
        if (!g) throw new BadValueError(stream, line, column, `expected an ISO 8601 date-time, got ${describe(v)}`);
        const text = g[0];
        if (!dayExists(Number(g[1]), Number(g[2]), Number(g[3])) || !clockOk(g, 4))
          throw new BadValueError(stream, line, column, `${text} names no such date and time`);
        const frac = g[7] ?? '';
        if (frac.length > 6 && /[1-9]/.test(frac.slice(6)))
          throw new BadValueError(stream, line, column, `${text} is finer than microseconds: it would be truncated`);
        return key + jsonText(duckTimestamp(text));
      };
    case 'date':
      return (v, stream, line, column) => {
        const g = typeof v === 'string' ? DATE.exec(v) : null;
        if (!g) throw new BadValueError(stream, line, column, `expected a date YYYY-MM-DD, got ${describe(v)}`);
        if (!dayExists(Number(g[1]), Number(g[2]), Number(g[3])))
          throw new BadValueError(stream, line, column, `${g[0]} names no such day`);
        return key + jsonText(g[0]);
      };
    case 'time':
      return (v, stream, line, column) => {
        const g = typeof v === 'string' ? TIME.exec(v) : null;
        if (!g) throw new BadValueError(stream, line, column, `expected a time HH:MM:SS[.ffffff][offset], got ${describe(v)}`);
        if (!clockOk(g, 1)) throw new BadValueError(stream, line, column, `${g[0]} names no such time of day`);
        // with an offset: its UTC time of day (DuckDB's TIME takes none; a date-time is stored as UTC too)
        return key + jsonText(utcTimeOfDay(g[0]));
      };
    case 'json':
      // a lone surrogate (JSON.stringify writes it as \ud800) is no JSON DuckDB reads: U+FFFD, as a string column has
      return (v) => key + JSON.stringify(stringifyJson(wellFormed(v)));
  }
}

function describe(v: unknown): string {
  const s = v instanceof Decimal ? v.text : (stringifyExact(v) ?? String(v));
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}

/** A parsed JSON value with every string (and key) made well-formed: a lone surrogate becomes U+FFFD. */
function wellFormed(v: unknown): unknown {
  if (typeof v === 'string') return (v as unknown as { toWellFormed(): string }).toWellFormed();
  if (Array.isArray(v)) return v.map(wellFormed);
  if (v !== null && typeof v === 'object' && !(v instanceof Decimal)) {
    const out: Record<string, unknown> = {};
    // defineProperty: a "__proto__" key stays a key
    for (const [k, x] of Object.entries(v))
      Object.defineProperty(out, wellFormed(k) as string, { value: wellFormed(x), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}
