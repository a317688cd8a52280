// Exact decoding of the text a SQL driver returns into record values, shared by the dialects: integers beyond
// ±2^53 and decimals stay digits (Decimal), dates and times stay text in UTC, placeholders become null.
import { Decimal } from '../../kit/singer/decimal.js';
import { parseJsonLossless } from '../../kit/singer/json.js';
import type { ValueKind } from './dialect.js';

export function decodeInt(text: string): number | Decimal {
  // the server's integer text: a double holds it exactly while it is a safe integer; beyond, its digits
  const n = +text;
  return Number.isSafeInteger(n) ? n : new Decimal(text);
}

/** Whether this process decoded a NaN or ±Infinity (no JSON number holds them: written as null); the run warns. */
export const specialNumbers = { seen: false };

/**
 * `NaN`, `Infinity` (PostgreSQL numeric/float) have no JSON form: null, noted in `specialNumbers` (the run warns). PostgreSQL `money` arrives as the session's
 * lc_monetary prints it, which the PostgreSQL dialect fixes to 'C': `$1,234,567.89`, `-$0.01`, read as its digits.
 * Anything else is an error, never a silent null.
 */
export function decodeDecimal(text: string): Decimal | null {
  if (/^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(text)) return new Decimal(text);
  // a number in a form JSON has not (`.5`, `+1.5`, `-.5`, `5.`): the same value written as JSON writes it
  const bare = /^([+-]?)(\d*)(?:\.(\d*))?([eE][+-]?\d+)?$/.exec(text);
  if (bare && (bare[2] || bare[3]))
    return new Decimal(`${bare[1] === '-' ? '-' : ''}${bare[2] || '0'}${bare[3] ? `.${bare[3]}` : ''}${bare[4] ?? ''}`);
  if (text === 'NaN' || text === 'Infinity' || text === '-Infinity') {
    specialNumbers.seen = true;
    return null;
  }
  const money = /^(-?)\$(\d{1,3}(?:,\d{3})*(?:\.\d+)?)$/.exec(text);
  if (money) return new Decimal(money[1]! + money[2]!.replace(/,/g, ''));
  throw new RangeError(`not a decimal: ${JSON.stringify(text)}`);
}

export function decodeFloat(text: string): number | null {
  const n = Number(text);
  if (Number.isFinite(n)) return n;
  specialNumbers.seen = true;
  return null;
}

/**
 * A placeholder for "no date" rather than a date: MySQL zero dates (`0000-00-00`, `2024-00-10`), year 1
 * (`0001-01-01`, .NET's DateTime.MinValue that OpenDental writes), PostgreSQL `infinity` and BC dates.
 */
export function isPlaceholderDate(text: string): boolean {
  if (text === 'infinity' || text === '-infinity' || text.endsWith(' BC')) return true;
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return false; // not a placeholder: the decoder says what is wrong with it
  const y = text.slice(0, 4);
  if (y === '0000' || y === '0001') return true;
  return text.slice(5, 7) === '00' || text.slice(8, 10) === '00';
}

export function decodeDate(text: string): string | null {
  if (isPlaceholderDate(text)) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new RangeError(`not a date: ${JSON.stringify(text)}`);
  return text;
}

/**
 * `YYYY-MM-DD HH:MM:SS[.ffffff][+00[:00]]` (the session is UTC) → `YYYY-MM-DDTHH:MM:SS[.ffffff]Z`. A value with a
 * non-zero offset (a session that is not UTC) is an error, never silently shifted.
 */
export function decodeTimestamp(text: string): string | null {
  if (isPlaceholderDate(text)) return null;
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(text);
  if (!m) throw new RangeError(`not a timestamp: ${JSON.stringify(text)}`);
  const zone = m[3];
  if (zone && zone !== 'Z' && !/^[+-]00(:?00)?$/.test(zone)) throw new RangeError(`timestamp not in UTC (session time zone?): ${text}`);
  return `${m[1]}T${m[2]}Z`;
}

/** Decode one driver text value (null stays null); `binary` values arrive as Buffers. */
export function decodeText(kind: ValueKind, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (Buffer.isBuffer(v)) {
    if (kind === 'bits') return bitString(v);
    if (kind === 'binary') return v.toString('base64');
    v = v.toString('utf8');
  }
  const text = v as string;
  switch (kind) {
    case 'int':
      return decodeInt(text);
    case 'decimal':
      return decodeDecimal(text);
    case 'float':
      return decodeFloat(text);
    case 'bool':
      return text === 't' || text === 'true' || text === '1';
    case 'date':
      return decodeDate(text);
    case 'timestamp':
    case 'localtimestamp':
      return decodeTimestamp(text);
    case 'json': {
      // numbers a double would change stay exact (Decimal)
      const p = parseJsonLossless(text);
      return p.lossless ?? p.value;
    }
    default:
      return text;
  }
}

/** MySQL BIT(n) arrives as big-endian bytes: the n-bit string of 0/1 (leading zeros kept to the byte). */
export function bitString(b: Buffer): string {
  let s = '';
  for (const byte of b) s += byte.toString(2).padStart(8, '0');
  return s;
}
