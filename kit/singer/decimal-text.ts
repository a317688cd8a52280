// Exact arithmetic on JSON number texts: `multipleOf` decided on the decimal digits the tap sent, never on doubles
// (in binary floating point 0.07 / 0.01 is 7.000000000000001, so 0.07 "is not" a multiple of 0.01).

/** A JSON number text as integer digits × 10^exponent; undefined when the text is not a JSON number. */
export interface DecimalParts {
  negative: boolean;
  /** digits without leading zeros ('' for zero) */
  digits: string;
  exponent: number;
}

const NUMBER = /^(-?)(0|[1-9]\d*)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

export function parseDecimal(text: string): DecimalParts | undefined {
  const m = NUMBER.exec(text);
  if (!m) return undefined;
  const frac = m[3] ?? '';
  const exp = Number(m[4] ?? '0') - frac.length;
  if (!Number.isSafeInteger(exp)) return undefined;
  const digits = (m[2]! + frac).replace(/^0+/, '');
  return { negative: m[1] === '-', digits, exponent: exp };
}

/** base^exp mod m for BigInt, exp ≥ 0. */
function powMod(base: bigint, exp: number, m: bigint): bigint {
  let r = 1n % m;
  let b = base % m;
  let e = exp;
  while (e > 0) {
    if (e & 1) r = (r * b) % m;
    b = (b * b) % m;
    e = Math.floor(e / 2);
  }
  return r;
}

/**
 * Is `value` an integer multiple of `step` (both JSON number texts), exactly? Zero is a multiple of every step.
 * A step that is zero or negative is no valid multipleOf: false. Bounded work whatever the exponents.
 */
export function isMultipleOf(value: string, step: string): boolean {
  const v = parseDecimal(value);
  const s = parseDecimal(step);
  if (!v || !s || s.digits === '' || s.negative) return false;
  if (v.digits === '') return true;
  const a = BigInt(v.digits);
  const b = BigInt(s.digits);
  if (v.exponent >= s.exponent) return ((a % b) * powMod(10n, v.exponent - s.exponent, b)) % b === 0n;
  // value has finer digits than step: a must be divisible by b × 10^k, impossible once 10^k exceeds a
  const k = s.exponent - v.exponent;
  if (k > v.digits.length) return false;
  return a % (b * 10n ** BigInt(k)) === 0n;
}

/** A JSON number text that is exactly an integer, as plain digits (1.0 → 1, 1.5E+3 → 1500); undefined when it is not one. */
export function integerText(text: string): string | undefined {
  const d = parseDecimal(text);
  if (!d) return undefined;
  if (d.digits === '') return '0';
  let digits = d.digits;
  if (d.exponent >= 0) {
    if (d.exponent > 100_000) return undefined; // no integer column holds it; leave the text to fail loudly
    digits += '0'.repeat(d.exponent);
  } else {
    const cut = -d.exponent;
    if (cut >= digits.length || !/^0+$/.test(digits.slice(digits.length - cut))) return undefined;
    digits = digits.slice(0, digits.length - cut);
  }
  return (d.negative ? '-' : '') + digits;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Whether an integer's plain digits fit PostgreSQL bigint. */
export function fitsInt64(digits: string): boolean {
  if (digits.length < 19) return true;
  const v = BigInt(digits);
  return v >= INT64_MIN && v <= INT64_MAX;
}
