// PostgreSQL identifiers and table naming: the target creates tables by these names and codegen's dbt sources read
// them, so they live in the kit (which imports from no plugin). Always quoted, shortened deterministically past 63 bytes.
import { createHash } from 'node:crypto';

export const MAX_IDENTIFIER_BYTES = 63;

/** Quote an identifier for SQL: wrap in double quotes, double any embedded quote. */
export function quoteIdent(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"';
}

export function qualified(schema: string, table: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(table)}`;
}

/**
 * Fit a name into PostgreSQL's 63-byte limit. Short names are returned unchanged; long ones keep a
 * readable UTF-8-safe prefix and end in `_` + 8 hex chars of the full name's SHA-256, so two long
 * names that share a prefix never collide and the same input always gives the same output.
 */
export function fitIdentifier(name: string, max = MAX_IDENTIFIER_BYTES): string {
  if (Buffer.byteLength(name, 'utf8') <= max) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  const budget = max - 9;
  let prefix = '';
  let bytes = 0;
  for (const ch of name) {
    const b = Buffer.byteLength(ch, 'utf8');
    if (bytes + b > budget) break;
    prefix += ch;
    bytes += b;
  }
  return `${prefix}_${hash}`;
}

/** The table a stream lands in: the stream name with `-` and `.` (Meltano's schema separators) as `_`. */
export function tableNameFor(stream: string): string {
  return fitIdentifier(stream.replace(/[-.]/g, '_'));
}
