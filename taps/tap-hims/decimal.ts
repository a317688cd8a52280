// Exact decimals for money and quantities: a value stays digit text, and sums are done on scaled BigInts,
// never on doubles (1.10 + 2.20 must be 3.30, not 3.3000000000000003).

export class DecimalError extends Error {
  override name = 'DecimalError';
  constructor(
    readonly value: unknown,
    readonly what: string,
  ) {
    super(`${what}: ${JSON.stringify(value)} is not a decimal number`);
  }
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

interface Scaled {
  units: bigint;
  scale: number;
}

function scaled(text: string, what: string): Scaled {
  const m = DECIMAL.exec(text);
  if (!m || (m[2] === '' && !m[3])) throw new DecimalError(text, what);
  const frac = m[3] ?? '';
  let digits = m[2]! + frac;
  let scale = frac.length - Number(m[4] ?? 0);
  if (scale < 0) {
    digits += '0'.repeat(-scale);
    scale = 0;
  }
  const units = BigInt(digits || '0');
  return { units: m[1] === '-' ? -units : units, scale };
}

function text({ units, scale }: Scaled): string {
  const neg = units < 0n;
  const d = (neg ? -units : units).toString().padStart(scale + 1, '0');
  return (neg ? '-' : '') + (scale ? `${d.slice(0, -scale)}.${d.slice(-scale)}` : d);
}

/**
 * A decimal as plain digits ("1.1", "-0.165", "98765432109876.54321"), from a JSON value read losslessly: a
 * string holding a number token (long numbers, vendor money strings) or a number short enough that its
 * shortest text is the source's value. null/undefined/'' → null; anything else is a DecimalError.
 */
export function decimalText(v: unknown, what = 'decimal'): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new DecimalError(v, what);
    return text(scaled(String(v), what));
  }
  if (typeof v === 'string') return text(scaled(v.trim(), what));
  throw new DecimalError(v, what);
}

/** The exact sum of decimals (nulls skipped), at the largest scale among them; '0' for none. */
export function sumDecimals(values: unknown[], what = 'decimal'): string {
  let total: Scaled = { units: 0n, scale: 0 };
  for (const v of values) {
    const t = decimalText(v, what);
    if (t === null) continue;
    const x = scaled(t, what);
    const scale = Math.max(total.scale, x.scale);
    total = { units: total.units * 10n ** BigInt(scale - total.scale) + x.units * 10n ** BigInt(scale - x.scale), scale };
  }
  return text(total);
}

/** The exact product of two decimals ("0.19" × "40.00" = "7.6000"); null when either is null. */
export function multiplyDecimals(a: unknown, b: unknown, what = 'decimal'): string | null {
  const x = decimalText(a, what);
  const y = decimalText(b, what);
  if (x === null || y === null) return null;
  const p = scaled(x, what);
  const q = scaled(y, what);
  return text({ units: p.units * q.units, scale: p.scale + q.scale });
}
