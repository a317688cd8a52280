// NZ National Health Index number validation: original LLLNNNC (mod 11) and HISO 10046:2023 LLLNNLX (mod 23).
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'; // A=1 … Z=24, without I and O

function value(ch: string): number {
  const d = ch.charCodeAt(0) - 48;
  if (d >= 0 && d <= 9) return d;
  const i = LETTERS.indexOf(ch);
  return i < 0 ? -1 : i + 1;
}

function weightedSum(nhi: string): number {
  let s = 0;
  for (let i = 0; i < 6; i++) s += value(nhi[i]!) * (7 - i);
  return s;
}

export type NhiFormat = 'original' | 'new';

/** The format of a well-formed, check-valid NHI, or undefined when it is not valid. */
export function nhiFormat(raw: string): NhiFormat | undefined {
  const nhi = raw.trim().toUpperCase();
  if (/^[A-HJ-NP-Z]{3}\d{3}\d$/.test(nhi)) {
    const r = weightedSum(nhi) % 11;
    if (r === 0) return undefined;
    return (11 - r) % 10 === Number(nhi[6]) ? 'original' : undefined;
  }
  if (/^[A-HJ-NP-Z]{3}\d{2}[A-HJ-NP-Z][A-HJ-NP-Z]$/.test(nhi)) {
    const r = weightedSum(nhi) % 23;
    return 23 - r === value(nhi[6]!) ? 'new' : undefined;
  }
  return undefined;
}

export function isValidNhi(raw: string): boolean {
  return nhiFormat(raw) !== undefined;
}

/** A valid original-format NHI derived from a number (for simulators); `test` keeps to the Z test range. */
export function makeNhi(n: number, test = false): string {
  for (let k = n; ; k++) {
    const a = test ? 'Z' : LETTERS[(k >> 10) % 23]!; // never Z outside test data
    const b = LETTERS[(k >> 5) % 24]!;
    const c = LETTERS[k % 24]!;
    const digits = String(k % 1000).padStart(3, '0');
    const stem = a + b + c + digits;
    const r = weightedSum(stem + '0') % 11;
    if (r !== 0) return stem + String((11 - r) % 10);
  }
}
