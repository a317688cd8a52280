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
