// Exact decimals in Singer records: a value kept as its digits and written as a JSON number token, so money
// never passes through a double between the source's text and the warehouse (the target stores the token's
// exact text as numeric). Node 20 has no JSON.rawJSON, so JSON.stringify meets a marked string and the
// writer turns it back into the bare token. A tap's record encoder (FetchContext.encoder) writes `text` directly.
import { randomBytes } from 'node:crypto';

// digits, a fraction, an exponent (FHIR's decimal allows one); leading zeros are dropped (`007.50` is no JSON token)
const DECIMAL = /^(-?)0*(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)$/;
// a per-process nonce: no string a source sends can be mistaken for a marked decimal
const NONCE = randomBytes(8).toString('hex');
const MARK = `\u0000${NONCE}:`;
const MARKED = new RegExp(`"\\\\u0000${NONCE}:(-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)"`, 'g');
let inside = false;
let marked = false;

export class Decimal {
  /** The JSON number token, exactly as the value's digits and scale were given. */
  readonly text: string;
  constructor(text: string) {
    const m = DECIMAL.exec(text);
    if (!m) throw new RangeError(`not a decimal number: ${JSON.stringify(text)}`);
    this.text = m[1]! + m[2]!;
  }

  /**
   * Inside stringifyExact: a marked string the writer turns into the bare token. Elsewhere (plain
   * JSON.stringify) the text as a string: visible in validation, never silently rounded.
   */
  toJSON(): string {
    if (!inside) return this.text;
    marked = true;
    return MARK + this.text;
  }

  toString(): string {
    return this.text;
  }
}

/** JSON.stringify, with every Decimal written as a bare number token of its exact text. */
export function stringifyExact(value: unknown): string {
  marked = false;
  inside = true;
  let s: string;
  try {
    s = JSON.stringify(value);
  } finally {
    inside = false;
  }
  if (!marked) return s;
  marked = false;
  return s.replace(MARKED, '$1');
}

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;

/** `-007.50` → `-7.5`, `-0` → `0`: one spelling per plain decimal (no exponent), so equal numbers are equal text; undefined for other text. */
export function canonicalDecimal(text: string): string | undefined {
  const m = PLAIN.exec(text);
  if (!m) return undefined;
  const int = m[2]!.replace(/^0+(?=\d)/, '');
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const zero = int === '0' && !frac;
  return (m[1] && !zero ? '-' : '') + int + (frac ? '.' + frac : '');
}

/** Numeric order of two canonical decimals (canonicalDecimal's form): negative, zero or positive. */
export function compareDecimalText(a: string, b: string): number {
  const na = a.startsWith('-');
  const nb = b.startsWith('-');
  if (na !== nb) return na ? -1 : 1;
  const [ai, af = ''] = (na ? a.slice(1) : a).split('.');
  const [bi, bf = ''] = (nb ? b.slice(1) : b).split('.');
  let c = ai!.length !== bi!.length ? ai!.length - bi!.length : ai! < bi! ? -1 : ai! > bi! ? 1 : 0;
  if (!c) c = af < bf ? -1 : af > bf ? 1 : 0; // canonical fractions: no trailing zeros, so plain string order holds
  return na ? -c : c;
}

// numeric's storage limits (PostgreSQL's numeric.c): a weight of at most 32,767 base-10000 groups (131,072 decimal
// digits before the point), a display scale of at most 16,383, and an exponent below INT_MAX / 2 as written
const NUMERIC_INT_DIGITS_MAX = 131072;
const NUMERIC_DSCALE_MAX = 16383;
const NUMERIC_EXPONENT_BOUND = 1073741823;
const NUMBER_PARTS = /^[-+]?(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/;

/**
 * Does numeric_in (and so jsonb) take this JSON number token? The value's scale is its fraction digits less the
 * exponent (`0e-16384` has scale 16,384 and fails though it is zero); its integer digits count from the first
 * non-zero digit. A token PostgreSQL refuses would fail the whole COPY ("value overflows numeric format").
 */
export function pgNumericFits(token: string): boolean {
  const m = NUMBER_PARTS.exec(token);
  if (!m) return false;
  const int = m[1]!;
  const frac = m[2] ?? '';
  const expText = m[3] ?? '0';
  if (expText.replace(/^[-+]?0*/, '').length > 10) return false;
  const exp = Number(expText);
  if (Math.abs(exp) >= NUMERIC_EXPONENT_BOUND) return false;
  if (Math.max(0, frac.length - exp) > NUMERIC_DSCALE_MAX) return false;
  const digits = int + frac;
  const first = digits.search(/[1-9]/);
  if (first < 0) return true; // zero: no digits to place
  return int.length + exp - first <= NUMERIC_INT_DIGITS_MAX;
}

/**
 * The first Decimal in a lossless record (by JSON path) that PostgreSQL's numeric cannot hold. Only Decimals can: a
 * number a double reads unchanged is below 1.8e308 with at most 17 significant digits.
 */
export function numericBeyondPg(value: unknown, path = ''): string | undefined {
  if (value instanceof Decimal) return pgNumericFits(value.text) ? undefined : path || '/';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = numericBeyondPg(value[i], `${path}/${i}`);
      if (p !== undefined) return p;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = numericBeyondPg(v, `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      if (p !== undefined) return p;
    }
  }
  return undefined;
}

/** The record with each Decimal PostgreSQL's numeric cannot hold as its text, so a rejects row can keep it as jsonb. */
export function unfitNumbersAsText(value: unknown): unknown {
  if (value instanceof Decimal) return pgNumericFits(value.text) ? value : value.text;
  if (Array.isArray(value)) return value.map(unfitNumbersAsText);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      Object.defineProperty(out, k, { value: unfitNumbersAsText(v), enumerable: true, writable: true });
    return out;
  }
  return value;
}
