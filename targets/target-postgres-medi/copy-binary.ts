// PostgreSQL's binary COPY format for the rows the fast path takes. The server turns binary fields into
// values without its text input functions (timestamptz_in, numeric_in, int8in, uuid_in…): loading the 1M-row
// benchmark's rows took 4.2–4.6 s of server time as COPY text and 2.6–2.8 s as binary, measured with psql on
// the same table. Only the fast path writes it, and only for values whose binary form is certain; anything
// else goes as text in a COPY of its own (see RowBuffer), so the outcome is the one text would give.
//
// Layout (https://www.postgresql.org/docs/current/sql-copy.html): a 19-byte header, per row an int16 field
// count and per field an int32 byte length (-1: NULL) and the bytes, a trailer int16 -1. All big-endian.
import type { PgType } from './type-map.js';

export { COPY_HEADER as BINARY_HEADER, COPY_TRAILER as BINARY_TRAILER } from '../../kit/singer/batch.js';

/** format_type() of the columns whose binary form we write, by our column type ('time' has none: text). */
export const BINARY_COLUMN_TYPES: Partial<Record<PgType, string>> = {
  text: 'text',
  timestamptz: 'timestamp with time zone',
  date: 'date',
  bigint: 'bigint',
  numeric: 'numeric',
  boolean: 'boolean',
  jsonb: 'jsonb',
};

/** The lineage columns the fast path writes, with the format_type each must have for binary. */
export const BINARY_METADATA_TYPES: Record<string, string> = {
  _sdc_extracted_at: 'timestamp with time zone',
  _sdc_deleted_at: 'timestamp with time zone',
  _sdc_sequence: 'bigint',
  _sdc_table_version: 'bigint',
  _sdc_load_run_id: 'uuid',
};

export * from '../../kit/singer/pg-binary.js';
