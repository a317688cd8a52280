// Shared by the SQL Server and Oracle dialects, which have no `(a, b) > (x, y)` row-value comparison: the keyset
// predicate expanded into nested OR/AND, and the driver loaded only when a dialect actually connects.
import { ConfigError } from '../../../kit/singer/errors.js';

/**
 * `(c1, c2, c3) > (v1, v2, v3)` as `c1 >= v1 AND (c1 > v1 OR (c1 = v1 AND (c2 > v2 OR (c2 = v2 AND c3 > v3))))`.
 * The leading `c1 >= v1` is a plain range on the index's first column, so the planner seeks instead of scanning;
 * the rest is the exact lexicographic order. Each column's placeholder is used where its value is compared, so
 * the dialect must bind by name (a placeholder may occur more than once).
 */
export function expandedKeyset(quoted: string[], placeholders: string[]): string {
  if (quoted.length === 0 || quoted.length !== placeholders.length)
    throw new Error('keyset: one placeholder per column, at least one column');
  if (quoted.length === 1) return `${quoted[0]} > ${placeholders[0]}`;
  const rest = (k: number): string =>
    k === quoted.length - 1
      ? `${quoted[k]} > ${placeholders[k]}`
      : `${quoted[k]} > ${placeholders[k]} OR (${quoted[k]} = ${placeholders[k]} AND (${rest(k + 1)}))`;
  return `${quoted[0]} >= ${placeholders[0]} AND (${rest(0)})`;
}

/** Import a driver package on first use; a clear error when it is not installed. */
export async function importDriver<T>(pkg: string, what: string): Promise<T> {
  try {
    // a variable specifier: the compiler does not resolve it, and nothing loads the driver unless a dialect connects
    const spec: string = pkg;
    return (await import(spec)) as T;
  } catch (e) {
    throw new ConfigError(`the ${what} dialect needs the "${pkg}" package: npm install ${pkg} (${(e as Error).message})`);
  }
}

/** A UTC date-time as the engine binds it (upper bound, look-back, a cursor read back as text): no zone. */
export const TIMESTAMP_TEXT = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?$/;

/**
 * Rewrite the placeholders (`@p3`, `:p3`) outside quoted text and quoted names with `wrap(n)` where it returns
 * an expression; the values stay bound, only the SQL around the placeholder changes.
 */
export function rewritePlaceholders(text: string, pattern: RegExp, quotes: RegExp, wrap: (n: number) => string | undefined): string {
  let out = '';
  let last = 0;
  const rewrite = (part: string) => part.replace(pattern, (m: string, n: string) => wrap(Number(n)) ?? m);
  for (const q of text.matchAll(quotes)) {
    out += rewrite(text.slice(last, q.index)) + q[0];
    last = q.index + q[0].length;
  }
  return out + rewrite(text.slice(last));
}
