// The MySQL / MariaDB dialect: information_schema discovery (EXTRA's `on update current_timestamp` marks the
// auto-updated cursor), session time_zone '+00:00', consistent-snapshot read-only transactions, and every value
// read as the server's bytes (mysql2 typeCast off: nothing through a double or a local-time Date).
import mysql from 'mysql2';
import type {
  ConnectionOptions,
  Dialect,
  DiscoveryQueries,
  LaneShape,
  MappedType,
  PageQuery,
  Session,
  SourceColumn,
  Sql,
} from '../dialect.js';
import { repeatedLast } from '../dialect.js';
import { PacketRecordEncoder, PacketTupleEncoder, decodeMysqlRow, type FieldInfo, type RowParser } from '../mysql-json.js';
import type { EncodedPage } from '../copy-json.js';

const INT = new Set(['tinyint', 'smallint', 'mediumint', 'int', 'integer', 'bigint', 'year']);
const BINARY = new Set(['binary', 'varbinary', 'tinyblob', 'blob', 'mediumblob', 'longblob']);
const SPATIAL = new Set([
  'geometry',
  'point',
  'linestring',
  'polygon',
  'multipoint',
  'multilinestring',
  'multipolygon',
  'geometrycollection',
  'geomcollection',
]);
const ON_UPDATE = /on update current_timestamp/i;

/**
 * MariaDB's JSON is an alias: the column is LONGTEXT with a `CHECK (json_valid(`col`))` constraint, which
 * information_schema.CHECK_CONSTRAINTS lists (MariaDB 10.2+ has TABLE_NAME there; the JSON alias's constraint is
 * named after the column). The data type reads `json` when that check exists. The CASE sits in MariaDB-only
 * executable comments (`/*M!100201 … *\/`): MySQL, whose JSON is a real type (DATA_TYPE `json`) and whose
 * CHECK_CONSTRAINTS has no TABLE_NAME (5.7 has no such table), reads plain DATA_TYPE.
 */
const MARIADB_JSON_DATA_TYPE = `/*M!100201 CASE WHEN DATA_TYPE = 'longtext' AND EXISTS (SELECT 1 FROM information_schema.CHECK_CONSTRAINTS cc
      WHERE cc.CONSTRAINT_SCHEMA = COLUMNS.TABLE_SCHEMA AND cc.TABLE_NAME = COLUMNS.TABLE_NAME
        AND cc.CHECK_CLAUSE = CONCAT('json_valid(\`', REPLACE(COLUMNS.COLUMN_NAME, '\`', '\`\`'), '\`)')) THEN 'json' ELSE */ DATA_TYPE /*M!100201 END */`;

type Flavour = 'mysql' | 'mariadb';

export interface MysqlDialect extends Dialect {
  /** MariaDB names the statement timeout `max_statement_time` (seconds), MySQL `max_execution_time` (ms) */
  sessionSetup(options: ConnectionOptions, flavour?: Flavour): string[];
}

export const mysqlDialect: MysqlDialect = {
  name: 'mysql',
  quote: (id) => '`' + id.replace(/`/g, '``') + '`',
  qualify(schema, table) {
    return `${this.quote(schema)}.${this.quote(table)}`;
  },
  placeholder: () => '?',

  mapType(c: SourceColumn): MappedType {
    const t = c.dataType.toLowerCase();
    const unsigned = /unsigned/i.test(c.columnType);
    if (t === 'bigint' && unsigned) return { contract: 'decimal', kind: 'int' }; // up to 2^64-1: beyond the warehouse's bigint
    if (INT.has(t)) return { contract: 'integer', kind: 'int' };
    if (t === 'decimal' || t === 'numeric') return { contract: 'decimal', kind: 'decimal' };
    if (t === 'float') return { contract: 'decimal', kind: 'float', single: true };
    if (t === 'double' || t === 'real') return { contract: 'decimal', kind: 'float' };
    if (t === 'bit') {
      const n = c.precision ?? Number(/\((\d+)\)/.exec(c.columnType)?.[1] ?? 1);
      return n === 1 ? { contract: 'boolean', kind: 'bool' } : { contract: 'string', kind: 'bits', bits: n };
    }
    if (t === 'date') return { contract: 'date', kind: 'date' };
    if (t === 'datetime') return { contract: 'timestamp', kind: 'localtimestamp' };
    if (t === 'timestamp') return { contract: 'timestamp', kind: 'timestamp', ...(ON_UPDATE.test(c.extra) ? { autoUpdated: true } : {}) };
    if (t === 'time') return { contract: 'string', kind: 'time' };
    if (t === 'json') return { contract: 'json', kind: 'json' };
    if (BINARY.has(t)) return { contract: 'string', kind: 'binary', binary: true };
    if (SPATIAL.has(t)) return { contract: 'string', kind: 'text', geometry: true };
    return { contract: 'string', kind: 'text' };
  },

  discoveryQueries(schemas: string[]): DiscoveryQueries {
    const f = (col: string): Sql =>
      schemas.length
        ? { text: `${col} IN (${schemas.map(() => '?').join(', ')})`, params: schemas }
        : { text: `${col} NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys')`, params: [] };
    const q = (text: string, col: string): Sql => ({ text: text.replace('$FILTER', f(col).text), params: f(col).params });
    return {
      tables: q(
        `SELECT TABLE_SCHEMA AS \`schema\`, TABLE_NAME AS \`table\`, TABLE_ROWS AS est_rows, NULL AS live_rows,
           DATA_LENGTH + INDEX_LENGTH AS total_bytes, AVG_ROW_LENGTH AS avg_row_bytes, ENGINE AS engine, TABLE_COMMENT AS comment,
           NULL AS changes, UPDATE_TIME AS update_time
         FROM information_schema.TABLES WHERE TABLE_TYPE = 'BASE TABLE' AND $FILTER ORDER BY 1, 2`,
        'TABLE_SCHEMA',
      ),
      columns: q(
        `SELECT TABLE_SCHEMA AS \`schema\`, TABLE_NAME AS \`table\`, COLUMN_NAME AS name, ORDINAL_POSITION AS position,
           ${MARIADB_JSON_DATA_TYPE} AS data_type, COLUMN_TYPE AS column_type, IS_NULLABLE AS nullable, EXTRA AS extra, COLUMN_DEFAULT AS column_default,
           COALESCE(NUMERIC_PRECISION, DATETIME_PRECISION) AS \`precision\`, NUMERIC_SCALE AS scale, CHARACTER_MAXIMUM_LENGTH AS length
         FROM information_schema.COLUMNS WHERE $FILTER ORDER BY 1, 2, 4`,
        'TABLE_SCHEMA',
      ),
      primaryKeys: q(
        `SELECT TABLE_SCHEMA AS \`schema\`, TABLE_NAME AS \`table\`, COLUMN_NAME AS name, ORDINAL_POSITION AS position
         FROM information_schema.KEY_COLUMN_USAGE WHERE CONSTRAINT_NAME = 'PRIMARY' AND $FILTER ORDER BY 1, 2, 4`,
        'TABLE_SCHEMA',
      ),
      indexes: q(
        `SELECT TABLE_SCHEMA AS \`schema\`, TABLE_NAME AS \`table\`, INDEX_NAME AS index_name, SEQ_IN_INDEX AS position,
           COLUMN_NAME AS name, NON_UNIQUE = 0 AS is_unique
         FROM information_schema.STATISTICS WHERE $FILTER ORDER BY 1, 2, 3, 4`,
        'TABLE_SCHEMA',
      ),
      foreignKeys: q(
        `SELECT TABLE_SCHEMA AS \`schema\`, TABLE_NAME AS \`table\`, CONSTRAINT_NAME AS constraint_name, ORDINAL_POSITION AS position,
           COLUMN_NAME AS name, REFERENCED_TABLE_SCHEMA AS ref_schema, REFERENCED_TABLE_NAME AS ref_table, REFERENCED_COLUMN_NAME AS ref_name
         FROM information_schema.KEY_COLUMN_USAGE WHERE REFERENCED_TABLE_NAME IS NOT NULL AND $FILTER ORDER BY 1, 2, 3, 5`,
        'TABLE_SCHEMA',
      ),
    };
  },

  keysetPredicate(columns, _firstParam) {
    // expanded, not `(c1, c2) > (?, ?)`: MariaDB range-scans only the index's first column for the row value and
    // filters the rest, so a backfill where every row shares one timestamp would re-read the tie on every page
    const q = columns.map((c) => this.quote(c));
    const at = (i: number): string => (i === q.length - 1 ? `${q[i]} > ?` : `(${q[i]} > ? OR (${q[i]} = ? AND ${at(i + 1)}))`);
    return at(0);
  },

  keysetParams(values) {
    return values.flatMap((v, i) => (i === values.length - 1 ? [v] : [v, v]));
  },

  selectPage(q: PageQuery): Sql {
    const repeats = repeatedLast(q.columns);
    const cols = (repeats === undefined ? q.columns : q.columns.slice(0, -1))
      .map((c) => {
        const e = q.expressions?.get(c);
        return e ? `${e} AS ${this.quote(c)}` : this.quote(c);
      })
      .join(', ');
    let text = `SELECT ${cols} FROM ${this.qualify(q.schema, q.table)}`;
    if (q.where.length) text += ` WHERE ${q.where.map((w) => `(${w})`).join(' AND ')}`;
    if (q.orderBy.length) text += ` ORDER BY ${q.orderBy.map((c) => this.quote(c)).join(', ')}`;
    if (q.limit !== undefined) text += ` LIMIT ${Math.trunc(q.limit)}`;
    return repeats === undefined ? { text, params: q.params } : { text, params: q.params, repeats };
  },

  // a FLOAT's text in the row protocol is rounded to 6 significant digits (16777216 arrives as 16777200); as a
  // DOUBLE (`+ 0e0`: MySQL before 8.0.17 has no CAST … AS DOUBLE), the single-precision value is written exactly
  selectExpression(c: SourceColumn) {
    return c.dataType === 'float' ? `(${this.quote(c.name)} + 0e0)` : undefined;
  },

  pkChunk(schema, table, pk, after, limit) {
    return this.selectPage({
      schema,
      table,
      columns: pk,
      where: after ? [this.keysetPredicate(pk, 1)] : [],
      params: after ?? [],
      orderBy: pk,
      limit,
    });
  },

  sessionSetup(o: ConnectionOptions, flavour: Flavour = 'mysql') {
    const timeout =
      flavour === 'mariadb'
        ? `SET SESSION max_statement_time = ${o.statementTimeoutMs / 1000}`
        : `SET SESSION max_execution_time = ${Math.trunc(o.statementTimeoutMs)}`;
    return [
      `SET time_zone = '+00:00'`,
      `SET NAMES utf8mb4`,
      `SET SESSION TRANSACTION READ ONLY`,
      `SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ`,
      timeout,
      ...(flavour === 'mysql' ? [`SET SESSION information_schema_stats_expiry = 0`] : []),
    ];
  },

  async connect(o: ConnectionOptions): Promise<Session> {
    const conn = mysql.createConnection({
      ...(o.url ? { uri: o.url } : {}),
      ...(o.host ? { host: o.host } : {}),
      ...(o.port ? { port: o.port } : {}),
      ...(o.user ? { user: o.user } : {}),
      ...(o.password ? { password: o.password } : {}),
      ...(o.database ? { database: o.database } : {}),
      ...(o.tls && o.tls !== 'off' ? { ssl: { rejectUnauthorized: o.tls === 'verify', ...(o.tlsCa ? { ca: o.tlsCa } : {}) } } : {}),
      connectTimeout: o.connectTimeoutMs,
      charset: 'utf8mb4',
      timezone: 'Z',
      supportBigNumbers: true,
      bigNumberStrings: true,
      decimalNumbers: false,
      dateStrings: true,
      connectAttributes: { program_name: o.applicationName },
    });
    conn.on('error', () => undefined); // a dropped connection surfaces on the next query
    const session = new MysqlSession(conn);
    const [v] = await session.query({ text: 'SELECT VERSION() AS v', params: [] });
    const flavour: Flavour = /mariadb/i.test(String(v?.v)) ? 'mariadb' : 'mysql';
    for (const s of this.sessionSetup(o, flavour)) await session.query({ text: s, params: [] });
    return session;
  },

  isTransient(e: unknown) {
    const err = e as { code?: string; fatal?: boolean };
    return (
      err.fatal === true ||
      ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'PROTOCOL_CONNECTION_LOST', 'ER_CON_COUNT_ERROR'].includes(
        err.code ?? '',
      )
    );
  },
};

const CHUNK = 2000;
// bytes of RECORD lines the byte path gathers before the connection is paused and they are written downstream
const HIGH_WATER = 256 * 1024;

/**
 * A statement's driver options. A spatial column is read as its bytes (mysql2 would otherwise parse it into
 * objects that lose the SRID and cannot tell a MultiPoint from a LineString) and written as hex EWKB, the form
 * PostGIS writes and reads a geometry in; only statements with such a column pay for the typeCast hook.
 */
function queryOptions(sql: Sql, types: MappedType[]): mysql.QueryOptions {
  const o = { sql: sql.text, values: sql.params, rowsAsArray: true, jsonStrings: true } as mysql.QueryOptions;
  if (types.some((t) => t.geometry)) o.typeCast = (field, next) => (field.type === 'GEOMETRY' ? ewkbHex(field.buffer()) : next());
  return o;
}

/**
 * MySQL's stored geometry (a 4-byte little-endian SRID, then standard WKB) → hex EWKB as PostGIS prints it: an SRID
 * other than 0 goes after the type word, which carries the 0x20000000 flag, in the WKB's own byte order.
 */
export function ewkbHex(stored: Buffer | null): string | null {
  if (stored === null) return null;
  const srid = stored.readUInt32LE(0);
  const wkb = stored.subarray(4);
  if (srid === 0) return wkb.toString('hex').toUpperCase();
  const le = wkb[0] === 1;
  const out = Buffer.alloc(wkb.length + 4);
  out[0] = wkb[0]!;
  const type = (le ? wkb.readUInt32LE(1) : wkb.readUInt32BE(1)) | 0x20000000;
  if (le) {
    out.writeUInt32LE(type >>> 0, 1);
    out.writeUInt32LE(srid, 5);
  } else {
    out.writeUInt32BE(type >>> 0, 1);
    out.writeUInt32BE(srid, 5);
  }
  wkb.copy(out, 9, 5);
  return out.toString('hex').toUpperCase();
}

class MysqlSession implements Session {
  constructor(private readonly c: mysql.Connection) {}

  query(sql: Sql): Promise<Record<string, unknown>[]> {
    return new Promise((resolve, reject) => {
      this.c.query({ sql: sql.text, values: sql.params }, (err, rows) => {
        if (err) reject(err);
        else
          resolve(
            Array.isArray(rows)
              ? (rows as Record<string, unknown>[]).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v])))
              : [],
          );
      });
    });
  }

  async *stream(sql: Sql, types: MappedType[]): AsyncIterable<unknown[][]> {
    // the driver's row stream pauses the socket when its buffer is full: rows arrive as fast as they are written on
    // mysql2's compiled row parser with exact options (integers beyond 2^53 and DECIMAL as text, dates as text,
    // JSON as text): strings are cheaper to make than a Buffer per cell, and nothing goes through a double or a Date
    const rows = this.c.query(queryOptions(sql, types)).stream({ highWaterMark: CHUNK });
    const kinds = types.map((t) => t.kind);
    const bits = types.map((t) => t.bits ?? 0);
    let chunk: unknown[][] = [];
    try {
      for await (const r of rows as AsyncIterable<unknown[]>) {
        if (sql.repeats !== undefined) r.push(r[sql.repeats]);
        const row = decodeMysqlRow(r, kinds, bits);
        chunk.push(row);
        if (chunk.length >= CHUNK) {
          yield chunk;
          chunk = [];
        }
      }
      if (chunk.length) yield chunk;
    } finally {
      (rows as unknown as { destroy(): void }).destroy();
    }
  }

  /**
   * The engine's statement as RECORD lines written from the row packets' bytes (mysql-json.ts): mysql2 reads the
   * result as ever (protocol, errors, backpressure), but its row parser is swapped for ours, which keeps mysql2's
   * own parser for any row it must decode. The connection is paused while a filled buffer is written downstream.
   */
  async *records(sql: Sql, types: MappedType[], keys: string[], stream: string, lane?: LaneShape): AsyncIterable<EncodedPage> {
    const enc = lane?.tuples
      ? new PacketTupleEncoder(lane.tuples, types, sql.repeats)
      : new PacketRecordEncoder(keys, types, stream, sql.repeats, lane !== undefined);
    const q = this.c.query(queryOptions(sql, types));
    const conn = this.c;
    let original: RowParser | undefined;
    let fields: FieldInfo[] = [];
    let options: unknown;
    let paused = false;
    let done = false;
    let discard = false;
    let error: Error | undefined;
    let wake: (() => void) | undefined;
    const signal = () => {
      const w = wake;
      wake = undefined;
      w?.();
    };
    const none: unknown[] = [];
    const parser: RowParser = {
      next(packet, f, o) {
        if (discard) return none;
        fields = f;
        options = o;
        enc.row(packet, f, original!, o);
        if (enc.bytes >= HIGH_WATER && !paused) {
          paused = true;
          conn.pause();
          signal();
        }
        return none;
      },
    };
    // mysql2 (lib/commands/query.js) sets `_rowParser` once the column definitions are in: we keep its parser and
    // hand it ours. (Pinned by test/tap-sql-copy-json.test.ts: were this internal to change, the test fails.)
    Object.defineProperty(q, '_rowParser', {
      configurable: true,
      get: () => (original ? parser : null),
      set: (p: RowParser | null) => {
        if (p) original = p;
      },
    });
    q.on('error', (e: Error) => {
      error = e;
      signal();
    });
    q.on('end', () => {
      done = true;
      signal();
    });
    try {
      for (;;) {
        if (!paused && !done && !error) await new Promise<void>((r) => (wake = r));
        if (error) throw error;
        if (enc.bytes > 0) yield enc.take(original, fields, options);
        if (done) break;
        if (paused) {
          paused = false;
          conn.resume();
        }
      }
    } finally {
      if (!done && !error) {
        // the consumer stopped early: let the rest of the result drain so the connection can be used or closed
        discard = true;
        if (paused) conn.resume();
      }
    }
  }

  async beginSnapshot() {
    await this.query({ text: 'START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY', params: [] });
  }
  async endSnapshot() {
    await this.query({ text: 'COMMIT', params: [] });
  }
  async now() {
    const [r] = await this.query({ text: `SELECT DATE_FORMAT(UTC_TIMESTAMP(6), '%Y-%m-%dT%H:%i:%s.%fZ') AS now`, params: [] });
    return String(r!.now);
  }
  async close() {
    await new Promise<void>((resolve) => this.c.end(() => resolve()));
  }
}
