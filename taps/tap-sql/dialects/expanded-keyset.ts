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
