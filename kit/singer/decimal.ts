// Exact decimals in Singer records: a value kept as its digits and written as a JSON number token, so money
// never passes through a double between the source's text and the warehouse (the target stores the token's
// exact text as numeric). Node 20 has no JSON.rawJSON, so JSON.stringify meets a marked string and the
// writer turns it back into the bare token.
import { randomBytes } from 'node:crypto';

const DECIMAL = /^-?\d+(\.\d+)?$/;
// a per-process nonce: no string a source sends can be mistaken for a marked decimal
const NONCE = randomBytes(8).toString('hex');
const MARK = `\u0000${NONCE}:`;
const MARKED = new RegExp(`"\\\\u0000${NONCE}:(-?\\d+(?:\\.\\d+)?)"`, 'g');
let marked = false;

export class Decimal {
  constructor(readonly text: string) {
    if (!DECIMAL.test(text)) throw new RangeError(`not a plain decimal: "${text}"`);
  }

  /** For JSON.stringify inside stringifyExact; the mark is removed there. */
  toJSON(): string {
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
  const s = JSON.stringify(value);
  if (!marked) return s;
  marked = false;
  return s.replace(MARKED, '$1');
}
