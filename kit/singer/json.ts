// JSON parsing that never rounds big numbers: integers past 2^53 and long decimals are kept as digit strings.
// JSON.parse is fast but turns 12345678901234567890 into 12345678901234567000; a warehouse must not do that.

// Only a number with 16+ significant digits can be rounded by JSON.parse. This cheap test finds every such
// token (a value position followed by 16 digit-or-dot characters) and a few false positives, which the
// exact scan below then clears.
const LONG_NUMBER = /[:,[] ?-?[\d.]{16}/;

export interface LosslessParse {
  value: unknown;
  /** Same structure with long numbers as strings; undefined when nothing would have been rounded. */
  lossless?: unknown;
}

export function parseJsonLossless(text: string): LosslessParse {
  const value = JSON.parse(text);
  if (!LONG_NUMBER.test(text)) return { value };
  const quoted = quoteLongNumbers(text);
  if (quoted === text) return { value };
  return { value, lossless: JSON.parse(quoted) };
}

/** Wrap number tokens (outside strings) whose text would not round-trip through a double in quotes. */
export function quoteLongNumbers(text: string): string {
  return quoteNumbers(text, (token) => String(Number(token)) !== token && !/[eE]/.test(token) && significantDigits(token) > 15);
}

/**
 * Wrap every number token that is not a safe integer (decimals, exponents, integers past 2^53) in quotes, so a
 * parse reads decimals as their exact text ("1.10" stays "1.10"), for a reader that must never hold a double.
 */
export function quoteDecimals(text: string): string {
  return quoteNumbers(text, (token) => /[.eE]/.test(token) || !Number.isSafeInteger(Number(token)));
}

function quoteNumbers(text: string, quote: (token: string) => boolean): string {
  let out = '';
  let i = 0;
  let last = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i += 2;
        else if (d === 34) { i++; break; }
        else i++;
      }
      continue;
    }
    if (c === 45 /* - */ || (c >= 48 && c <= 57)) {
      const start = i;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if ((d >= 48 && d <= 57) || d === 46 || d === 101 || d === 69 || d === 43 || d === 45) i++;
        else break;
      }
      const token = text.slice(start, i);
      if (quote(token)) {
        out += text.slice(last, start) + '"' + token + '"';
        last = i;
      }
      continue;
    }
    i++;
  }
  return last === 0 ? text : out + text.slice(last);
}

function significantDigits(token: string): number {
  return token.replace(/^-/, '').replace('.', '').replace(/^0+/, '').length;
}
