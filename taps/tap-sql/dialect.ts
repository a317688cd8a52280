// The dialect interface: everything tap-sql needs to know about one database family. The stream engine
// (engine.ts), discovery (discovery.ts) and reconciliation (reconcile.ts) only speak through it, so a new
// family is one file implementing `Dialect` (dialects/postgres.ts, dialects/mysql.ts, dialects/mssql.ts,
// dialects/oracle.ts).
// Every SQL-producing member is a pure function of its arguments, so dialects that cannot run here (SQL Server,
// Oracle) are tested on the text they generate and on their type map.
import type { ColumnType } from '../../kit/contracts/contract.js';
import type { EncodedPage } from './copy-json.js';
import type { BinaryColumn } from '../../kit/singer/batch.js';

/** Connection settings as tap-sql reads them (the password and URL come from the environment, never a log). */
export interface ConnectionOptions {
  /** a driver URL (postgres://…, mysql://…, mssql://…, oracle://host:port/service); fields below override its parts */
  url?: string;
  host?: string;
  port?: number;
  user?: string;
  password?: string;
  database?: string;
  /** TLS: off, on (verify the server certificate), or on without verification */
  tls?: 'off' | 'verify' | 'no-verify';
  /** PEM text of a CA to trust, when tls is verify */
  tlsCa?: string;
  /** per statement, milliseconds; 0 = none */
  statementTimeoutMs: number;
  /** connect timeout, milliseconds */
  connectTimeoutMs: number;
  /** the program name the source's session list shows (application_name, program_name) */
  applicationName: string;
}

/** A column as discovery read it, normalised across dialects. */
export interface SourceColumn {
  name: string;
  /** 1-based position in the table */
  position: number;
  /** the base type in lower case: `int`, `decimal`, `timestamp`, `character varying`, `numeric`, `_int4` … */
  dataType: string;
  /** the full declared type for people and the contract's `source_type`: `decimal(10,2) unsigned`, `numeric(12,2)` */
  columnType: string;
  nullable: boolean;
  /** MySQL `EXTRA` (`auto_increment`, `on update current_timestamp()`), PostgreSQL identity/default, else '' */
  extra: string;
  /** the declared default as the catalog prints it, or null */
  default: string | null;
  precision?: number | null;
  scale?: number | null;
  /** character or byte length where the type has one */
  length?: number | null;
}

/**
 * How one source column is read and typed. `contract` is the column's type in contracts/<source>/*.yaml;
 * `kind` says how the dialect's session decodes a value into JSON (see `Value`).
 */
export interface MappedType {
  contract: ColumnType;
  kind: ValueKind;
  /** binary columns: read as base64 text, or left out of the stream by the `binary` setting */
  binary?: boolean;
  /** a true auto-updated-on-change timestamp (MySQL `on update current_timestamp`): the strongest cursor signal */
  autoUpdated?: boolean;
  /** arrays: the kind of each element */
  element?: ValueKind;
  /** `bit(n)` with n > 1: n, so the 0/1 string has exactly n digits */
  bits?: number;
  /** a spatial column (MySQL GEOMETRY, POINT…): text, hex EWKB as PostGIS writes a geometry (SRID kept) */
  geometry?: boolean;
  /** kind float: a single precision one (MySQL FLOAT, PostgreSQL real, SQL Server real, Oracle BINARY_FLOAT) */
  single?: boolean;
}

/**
 * How a value reaches JSON. Every kind is exact: no decimal or 64-bit integer ever passes through a double,
 * no date or time through a JavaScript Date in a local zone.
 * - int: safe integers as numbers; beyond ±2^53 (BIGINT, unsigned BIGINT) as a `Decimal` written unquoted
 * - decimal: `Decimal` (exact text, written as a JSON number literal)
 * - float: number (the source's own double)
 * - bool: boolean (MySQL `bit(1)`, `tinyint(1)` stays int: it is not declared boolean)
 * - text: string as stored
 * - date: `YYYY-MM-DD`; zero dates and year-1 placeholders → null
 * - timestamp: `YYYY-MM-DDTHH:MM:SS[.ffffff]Z` read in UTC (the session time zone is UTC); placeholders → null
 * - localtimestamp: as timestamp but the source stores no zone (DATETIME, timestamp without time zone): the
 *   wall-clock value is written with `Z` unchanged, never shifted
 * - time: `HH:MM:SS[.ffffff]` text (MySQL TIME may exceed 24 h or be negative; kept as text)
 * - interval: PostgreSQL interval as ISO 8601 duration text
 * - json: the parsed value (object, array, scalar)
 * - array: a JSON array of the element values (PostgreSQL arrays)
 * - bits: `bit(n)`, n > 1: a string of 0/1
 * - binary: base64 text
 */
export type ValueKind =
  | 'int'
  | 'decimal'
  | 'float'
  | 'bool'
  | 'text'
  | 'date'
  | 'timestamp'
  | 'localtimestamp'
  | 'time'
  | 'interval'
  | 'json'
  | 'array'
  | 'bits'
  | 'binary';

/** One SQL statement with its parameters, in the dialect's placeholder style. */
/**
 * The index of the column a page's last column repeats (the keyset's cursor, read again as its own text), if
 * it repeats one: a dialect whose sessions repeat the value (Sql.repeats) selects it once. A text protocol's
 * value of a column is that text already, and the server formats each value once.
 */
export function repeatedLast(columns: string[]): number | undefined {
  const last = columns.length - 1;
  const i = last > 0 ? columns.indexOf(columns[last]!) : -1;
  return i >= 0 && i < last ? i : undefined;
}

export interface Sql {
  text: string;
  params: unknown[];
  /**
   * The statement's last column is the column at this index again (the engine's keyset reads its cursor twice):
   * the dialect selects it once and its session repeats that column's text as the last value.
   */
  repeats?: number;
}

/**
 * What each discovery query returns, one object per row, with exactly these (lower-case) column aliases.
 * Discovery runs them as given and normalises nothing else, so a dialect's queries are the whole story.
 */
export interface DiscoveryQueries {
  /**
   * schema, table, est_rows (nullable), total_bytes (nullable), avg_row_bytes (nullable), engine (nullable), comment
   * (nullable); optionally members (how many tables a root's reads include: PostgreSQL partitions and inheritance
   * children, its figures being the whole tree's) and, on such a member, root_schema and root_table (it is read
   * through its root, and only on its own when the root is not selected)
   */
  tables: Sql;
  /** schema, table, name, position, data_type, column_type, nullable ('YES'|'NO'), extra, column_default, precision, scale, length */
  columns: Sql;
  /** schema, table, name, position: primary-key columns in key order */
  primaryKeys: Sql;
  /** schema, table, index_name, position, name, is_unique (bool or 0/1): every index's columns in order */
  indexes: Sql;
  /** schema, table, constraint_name, position, name, ref_schema, ref_table, ref_name */
  foreignKeys: Sql;
}

/** The page query's shape; the dialect renders it (LIMIT, FETCH FIRST, TOP). */
export interface PageQuery {
  schema: string;
  table: string;
  /** columns to select, in order (already filtered for excluded binaries) */
  columns: string[];
  /** the WHERE clause's conjuncts, each already rendered by the dialect (keyset, bounds, IS NULL) */
  where: string[];
  params: unknown[];
  orderBy: string[];
  limit?: number;
  /** columns selected through an expression instead of by name (selectExpression), by column name */
  expressions?: ReadonlyMap<string, string>;
}

export interface StreamOptions {
  /**
   * The statement is the engine's own (identifiers quoted by the dialect, values from its keyset state), so the
   * session may use the source's bulk path for it (PostgreSQL `COPY (SELECT …) TO STDOUT`, which takes no bind
   * parameters: the values are then written as escaped literals). Never set for user-written `queries`.
   */
  bulk?: boolean;
}

/**
 * The batch lane's form of `records` pages (batch-lane.ts): bare records one a line (jsonl), with no RECORD
 * envelope, or pg-copy-binary tuples of `tuples` (the stream's copyBinaryColumns, one per key).
 */
export interface LaneShape {
  tuples?: BinaryColumn[];
}

/** A live connection to the source with the session already set up (UTC, read-only, statement timeout). */
export interface Session {
  /** Metadata and small queries: whole result as objects keyed by the lower-cased column alias. */
  query(sql: Sql): Promise<Record<string, unknown>[]>;
  /**
   * Stream a result as rows of decoded values in `columns` order (decoded per `types`), in chunks. Pulling the
   * iterator is the backpressure: the driver is paused while a chunk is being written downstream, so memory
   * holds at most a chunk or two however large the result.
   */
  stream(sql: Sql, types: MappedType[], options?: StreamOptions): AsyncIterable<unknown[][]>;
  /**
   * The engine's own statement (never a user-written query) as whole RECORD lines built from the driver's bytes
   * (PostgreSQL: COPY text, copy-json.ts; MySQL: text-protocol row packets, mysql-json.ts), byte for byte what
   * `stream` + the engine's row encoder would write, with no JS value per cell. `keys`: the record's properties,
   * one per leading column (a trailing extra column is decoded into `last` only). Backpressure as `stream`.
   */
  records?(sql: Sql, types: MappedType[], keys: string[], stream: string, lane?: LaneShape): AsyncIterable<EncodedPage>;
  /**
   * Open a read-only transaction with one consistent snapshot for every following statement (PostgreSQL
   * `REPEATABLE READ READ ONLY`, MySQL `START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY`, SQL Server
   * `SNAPSHOT` isolation where enabled, Oracle `SET TRANSACTION READ ONLY`). Takes no locks on the source.
   */
  beginSnapshot(): Promise<void>;
  /** End the snapshot transaction (commit: nothing was written). */
  endSnapshot(): Promise<void>;
  /** The server's current time in UTC as ISO text (the frozen upper bound is taken from the source's clock). */
  now(): Promise<string>;
  close(): Promise<void>;
}

export interface Dialect {
  /** `postgres` | `mysql` | `mssql` | `oracle`: the `dialect` setting's value and the URL scheme family */
  readonly name: string;
  /** Quote one identifier (table, column) so any name, case or reserved word is used as is. */
  quote(identifier: string): string;
  /** The qualified table name (`"schema"."table"`, `` `db`.`table` ``, `[schema].[table]`). */
  qualify(schema: string, table: string): string;
  /** The n-th (1-based) bind placeholder: `$1`, `?`, `@p1`, `:1`. Values are always bound, never spliced. */
  placeholder(n: number): string;
  /** Map a discovered column to its contract type and decoder (unknown types map to text, never dropped). */
  mapType(column: SourceColumn): MappedType;
  /** The five discovery queries for the given schemas (`[]`: every non-system schema the user can read). */
  discoveryQueries(schemas: string[]): DiscoveryQueries;
  /**
   * The keyset predicate `(c1, c2, …) > (v1, v2, …)` for columns in ORDER BY order, with placeholders from
   * `firstParam`. Dialects without row-value comparison (SQL Server, Oracle) expand it to
   * `c1 > v1 OR (c1 = v1 AND c2 > v2) …`, which their planners still satisfy from an index on (c1, c2, …).
   */
  keysetPredicate(columns: string[], firstParam: number): string;
  /**
   * The parameter values for `keysetPredicate`'s placeholders, from one value per column. Only needed where the
   * predicate repeats a value and the placeholder style cannot say so (MySQL's positional `?` in the expanded
   * form); absent, the values are bound as given.
   */
  keysetParams?(values: unknown[]): unknown[];
  /** Render a page (SELECT … WHERE … ORDER BY … LIMIT n) for the engine's keyset, range and full reads. */
  selectPage(q: PageQuery): Sql;
  /** The expression a column is selected through when its own text is not exact (MySQL's FLOAT), else undefined. */
  selectExpression?(c: SourceColumn): string | undefined;
  /**
   * One chunk of the primary-key reconciliation: the next `limit` keys after `after` (undefined: from the
   * start), in key order, so the source's and the warehouse's key sets are compared in sorted chunks.
   */
  pkChunk(schema: string, table: string, pk: string[], after: unknown[] | undefined, limit: number): Sql;
  /**
   * The statements that set a new session up: time zone UTC (`SET time_zone = '+00:00'`, `SET TIME ZONE 'UTC'`,
   * Oracle `ALTER SESSION SET TIME_ZONE`), read-only where the dialect has it, the statement timeout, and
   * anything the dialect needs for fresh statistics (MySQL 8 `information_schema_stats_expiry = 0`).
   */
  sessionSetup(options: ConnectionOptions): string[];
  /** Connect (with the engine's retry around it), run `sessionSetup`, and return the session. */
  connect(options: ConnectionOptions): Promise<Session>;
  /**
   * True when the error means the connection is gone or could not be made (retry), not that the statement is
   * wrong (do not retry: the table fails alone).
   */
  isTransient(error: unknown): boolean;
}

/** Raised for a source error, with the table it concerns; never carries the connection string or password. */
export class SourceError extends Error {
  override name = 'SourceError';
  constructor(
    message: string,
    readonly table?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
