// One record value → one field of the spool CSV DuckDB reads (RFC 4180: text always quoted, NULL unquoted and
// empty), checked against its column type so a bad value fails naming its line and column, never rounded.
import { Decimal, stringifyExact } from '../../kit/singer/decimal.js';
import { stringifyJson } from '../../kit/singer/json.js';
import type { ColumnType } from './type-map.js';

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
const TS = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?$/;

export const quote = (s: string): string => (s.includes('"') ? `"${s.replace(/"/g, '""')}"` : `"${s}"`);

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

/**
 * A DECIMAL wider than int64 (precision > 18) is spooled as three fields, because DuckDB parses text into a 128-bit
 * decimal about 15x slower than into BIGINT or DECIMAL(18,s): with U the value's unscaled digits,
 * U = A·10^36 + B·10^18 + C, A and B as BIGINT and C as DECIMAL(18,s) text; the loader's SELECT puts them back
 * together by exact decimal arithmetic (see splitSql). Only where the scale is at most 18.
 */
export function splitDecimal(t: ColumnType): boolean {
  return t.kind === 'decimal' && t.precision! > 18 && t.scale! <= 18;
}

/** SQL that rebuilds a split decimal from its three spool fields (names already quoted). */
export function splitSql(t: ColumnType, a: string, b: string, c: string): string {
  const s = t.scale!;
  const pow = (n: number) => `1${'0'.repeat(n)}::DECIMAL(38,0)`;
  return `((${a}::DECIMAL(38,0) * ${pow(36 - s)} + ${b}::DECIMAL(38,0) * ${pow(18 - s)})::DECIMAL(38,${s}) + ${c})::DECIMAL(${t.precision},${s})`;
}

export function encoder(t: ColumnType): Encoder {
  switch (t.kind) {
    case 'varchar':
      return (v, stream, line, column) => {
        if (typeof v === 'string') return quote(v);
        throw new BadValueError(stream, line, column, `expected a string, got ${describe(v)}`);
      };
    case 'bigint':
      return (v, stream, line, column) => {
        if (typeof v === 'number' && Number.isInteger(v)) {
          if (Number.isSafeInteger(v)) return String(v);
        }
        const text = numberText(v);
        if (text !== undefined && INT.test(text)) {
          const b = BigInt(text);
          if (b <= INT64_MAX && b >= INT64_MIN) return text;
          throw new BadValueError(stream, line, column, `${text} is outside int64 (the schema gives no bounds beyond int64)`);
        }
        throw new BadValueError(stream, line, column, `expected an integer, got ${describe(v)}`);
      };
    case 'decimal': {
      const p = t.precision!;
      const s = t.scale!;
      const split = splitDecimal(t);
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
        const sign = d.neg ? '-' : '';
        if (!split) return sign + d.int + (frac ? '.' + frac : '');
        const u = (d.int + frac.padEnd(s, '0')).replace(/^0+(?=\d)/, '');
        const low = u.slice(-18).padStart(s + 1, '0');
        const c = `${sign}${low.slice(0, low.length - s)}${s ? '.' + low.slice(low.length - s) : ''}`;
        const mid = u.length > 18 ? u.slice(Math.max(0, u.length - 36), u.length - 18) : '0';
        const high = u.length > 36 ? u.slice(0, u.length - 36) : '0';
        return `${sign}${high},${sign}${mid},${c}`;
      };
    }
    case 'boolean':
      return (v, stream, line, column) => {
        if (typeof v === 'boolean') return v ? 'true' : 'false';
        throw new BadValueError(stream, line, column, `expected true or false, got ${describe(v)}`);
      };
    case 'timestamptz':
      return (v, stream, line, column) => {
        if (typeof v !== 'string' || !TS.test(v))
          throw new BadValueError(stream, line, column, `expected an ISO 8601 date-time, got ${describe(v)}`);
        const frac = /\.(\d+)/.exec(v.slice(10));
        if (frac && frac[1]!.length > 6 && /[1-9]/.test(frac[1]!.slice(6)))
          throw new BadValueError(stream, line, column, `${v} is finer than microseconds: it would be truncated`);
        return quote(v);
      };
    case 'date':
      return (v, stream, line, column) => {
        if (typeof v === 'string' && DATE.test(v)) return v;
        throw new BadValueError(stream, line, column, `expected a date YYYY-MM-DD, got ${describe(v)}`);
      };
    case 'time':
      return (v, stream, line, column) => {
        if (typeof v === 'string' && TIME.test(v)) return v;
        throw new BadValueError(stream, line, column, `expected a time HH:MM:SS[.ffffff], got ${describe(v)}`);
      };
    case 'json':
      return (v) => quote(stringifyJson(v));
  }
}

function describe(v: unknown): string {
  const s = v instanceof Decimal ? v.text : (stringifyExact(v) ?? String(v));
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}
