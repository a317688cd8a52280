// The Oracle dialect (node-oracledb in thin mode, loaded only when it connects: no client libraries):
// ALL_TABLES / ALL_TAB_COLUMNS / ALL_CONSTRAINTS / ALL_INDEXES discovery, "double-quoted" case-exact names, named
// :pN binds, the keyset expanded (Oracle compares row values only for equality), FETCH FIRST pages, SET
// TRANSACTION READ ONLY snapshots, session TIME_ZONE UTC and ISO NLS formats, NUMBER and dates fetched as text.
// Never run against a real Oracle database here: tested on the SQL it generates and on its type map.
import type { ConnectionOptions, Dialect, DiscoveryQueries, MappedType, PageQuery, Session, SourceColumn, Sql } from '../dialect.js';
import { decodeText } from '../values.js';
import { expandedKeyset, importDriver, rewritePlaceholders, TIMESTAMP_TEXT } from './expanded-keyset.js';

const TEXT = /^(VARCHAR2|NVARCHAR2|CHAR|NCHAR|CLOB|NCLOB|LONG|ROWID|UROWID|XMLTYPE)$/;
const BINARY = /^(RAW|LONG RAW|BLOB|BFILE)$/;

export const oracle: Dialect = {
  name: 'oracle',
  quote: (id) => `"${id.replace(/"/g, '""')}"`,
  qualify(schema, table) {
    return `${this.quote(schema)}.${this.quote(table)}`;
  },
  // named binds: the expanded keyset uses a value more than once, which positional binds would need repeated
  placeholder: (n) => `:p${n}`,

  mapType(c: SourceColumn): MappedType {
    const t = c.dataType.toUpperCase();
    if (t === 'NUMBER') {
      // NUMBER(p) / NUMBER(p,0) is an integer (up to 38 digits: decoded exactly); NUMBER without precision and
      // NUMBER(p,s) are exact decimals; nothing goes through a double
      if (c.scale === 0 && c.precision !== null && c.precision !== undefined) return { contract: 'integer', kind: 'int' };
      return { contract: 'decimal', kind: 'decimal' };
    }
    if (t === 'INTEGER' || t === 'SMALLINT') return { contract: 'integer', kind: 'int' };
    if (t === 'FLOAT') return { contract: 'decimal', kind: 'decimal' }; // Oracle FLOAT(b) is a NUMBER: decimal digits
    if (t === 'BINARY_FLOAT') return { contract: 'decimal', kind: 'float', single: true };
    if (t === 'BINARY_DOUBLE') return { contract: 'decimal', kind: 'float' };
    if (t === 'BOOLEAN') return { contract: 'boolean', kind: 'bool' };
    // Oracle DATE carries a time of day (to the second) and no zone
    if (t === 'DATE' || /^TIMESTAMP(\(\d\))?$/.test(t)) return { contract: 'timestamp', kind: 'localtimestamp' };
    if (/^TIMESTAMP(\(\d\))? WITH (LOCAL )?TIME ZONE$/.test(t)) return { contract: 'timestamp', kind: 'timestamp' };
    if (t.startsWith('INTERVAL')) return { contract: 'string', kind: 'interval' };
    if (t === 'JSON') return { contract: 'json', kind: 'json' };
    if (BINARY.test(t)) return { contract: 'string', kind: 'binary', binary: true };
    if (TEXT.test(t)) return { contract: 'string', kind: 'text' };
    return { contract: 'string', kind: 'text' };
  },

  discoveryQueries(schemas: string[]): DiscoveryQueries {
    const f = (col: string): Sql =>
      schemas.length
        ? { text: `${col} IN (${schemas.map((_, i) => `:p${i + 1}`).join(', ')})`, params: [...schemas] }
        : { text: `${col} NOT IN (SELECT USERNAME FROM ALL_USERS WHERE ORACLE_MAINTAINED = 'Y')`, params: [] };
    const q = (text: string, col: string): Sql => ({ text: text.replace('$FILTER', f(col).text), params: f(col).params });
    return {
      // NUM_ROWS / AVG_ROW_LEN are the optimizer statistics (DBMS_STATS); ALL_TAB_MODIFICATIONS counts changes since
      tables: q(
        `SELECT t.OWNER AS "schema", t.TABLE_NAME AS "table", t.NUM_ROWS AS "est_rows", NULL AS "live_rows",
  t.NUM_ROWS * t.AVG_ROW_LEN AS "total_bytes", t.AVG_ROW_LEN AS "avg_row_bytes", NULL AS "engine", tc.COMMENTS AS "comment",
  (SELECT SUM(m.INSERTS + m.UPDATES + m.DELETES) FROM ALL_TAB_MODIFICATIONS m WHERE m.TABLE_OWNER = t.OWNER AND m.TABLE_NAME = t.TABLE_NAME) AS "changes"
FROM ALL_TABLES t LEFT JOIN ALL_TAB_COMMENTS tc ON tc.OWNER = t.OWNER AND tc.TABLE_NAME = t.TABLE_NAME
WHERE t.TEMPORARY = 'N' AND t.NESTED = 'NO' AND t.SECONDARY = 'N' AND (t.IOT_TYPE IS NULL OR t.IOT_TYPE = 'IOT') AND $FILTER
ORDER BY 1, 2`,
        't.OWNER',
      ),
      columns: q(
        `SELECT c.OWNER AS "schema", c.TABLE_NAME AS "table", c.COLUMN_NAME AS "name", c.COLUMN_ID AS "position", c.DATA_TYPE AS "data_type",
  c.DATA_TYPE || CASE WHEN c.DATA_TYPE = 'NUMBER' AND c.DATA_PRECISION IS NOT NULL THEN '(' || c.DATA_PRECISION || ',' || c.DATA_SCALE || ')'
    WHEN c.DATA_TYPE IN ('VARCHAR2', 'NVARCHAR2', 'CHAR', 'NCHAR') THEN '(' || c.CHAR_LENGTH || ')'
    WHEN c.DATA_TYPE = 'RAW' THEN '(' || c.DATA_LENGTH || ')' END AS "column_type",
  CASE c.NULLABLE WHEN 'Y' THEN 'YES' ELSE 'NO' END AS "nullable",
  CASE WHEN c.IDENTITY_COLUMN = 'YES' THEN 'identity' ELSE '' END AS "extra",
  c.DATA_DEFAULT AS "column_default", c.DATA_PRECISION AS "precision", c.DATA_SCALE AS "scale",
  CASE WHEN c.CHAR_LENGTH > 0 THEN c.CHAR_LENGTH ELSE c.DATA_LENGTH END AS "length"
FROM ALL_TAB_COLUMNS c JOIN ALL_TABLES t ON t.OWNER = c.OWNER AND t.TABLE_NAME = c.TABLE_NAME
WHERE $FILTER ORDER BY 1, 2, 4`,
        'c.OWNER',
      ),
      primaryKeys: q(
        `SELECT k.OWNER AS "schema", k.TABLE_NAME AS "table", cc.COLUMN_NAME AS "name", cc.POSITION AS "position"
FROM ALL_CONSTRAINTS k JOIN ALL_CONS_COLUMNS cc ON cc.OWNER = k.OWNER AND cc.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND cc.TABLE_NAME = k.TABLE_NAME
WHERE k.CONSTRAINT_TYPE = 'P' AND $FILTER ORDER BY 1, 2, 4`,
        'k.OWNER',
      ),
      indexes: q(
        `SELECT i.TABLE_OWNER AS "schema", i.TABLE_NAME AS "table", i.INDEX_NAME AS "index_name", ic.COLUMN_POSITION AS "position",
  ic.COLUMN_NAME AS "name", CASE i.UNIQUENESS WHEN 'UNIQUE' THEN 1 ELSE 0 END AS "is_unique"
FROM ALL_INDEXES i JOIN ALL_IND_COLUMNS ic ON ic.INDEX_OWNER = i.OWNER AND ic.INDEX_NAME = i.INDEX_NAME
WHERE $FILTER ORDER BY 1, 2, 3, 4`,
        'i.TABLE_OWNER',
      ),
      foreignKeys: q(
        `SELECT k.OWNER AS "schema", k.TABLE_NAME AS "table", k.CONSTRAINT_NAME AS "constraint_name", cc.POSITION AS "position",
  cc.COLUMN_NAME AS "name", r.OWNER AS "ref_schema", r.TABLE_NAME AS "ref_table", rc.COLUMN_NAME AS "ref_name"
FROM ALL_CONSTRAINTS k
JOIN ALL_CONS_COLUMNS cc ON cc.OWNER = k.OWNER AND cc.CONSTRAINT_NAME = k.CONSTRAINT_NAME
JOIN ALL_CONSTRAINTS r ON r.OWNER = k.R_OWNER AND r.CONSTRAINT_NAME = k.R_CONSTRAINT_NAME
JOIN ALL_CONS_COLUMNS rc ON rc.OWNER = r.OWNER AND rc.CONSTRAINT_NAME = r.CONSTRAINT_NAME AND rc.POSITION = cc.POSITION
WHERE k.CONSTRAINT_TYPE = 'R' AND $FILTER ORDER BY 1, 2, 3, 4`,
        'k.OWNER',
      ),
    };
  },

  keysetPredicate(columns, firstParam) {
    return expandedKeyset(
      columns.map((c) => this.quote(c)),
      columns.map((_, i) => this.placeholder(firstParam + i)),
    );
  },

  selectPage(q: PageQuery): Sql {
    const cols = q.columns.map((c) => this.quote(c)).join(', ');
    let text = `SELECT ${cols} FROM ${this.qualify(q.schema, q.table)}`;
    if (q.where.length) text += ` WHERE ${q.where.map((w) => `(${w})`).join(' AND ')}`;
    if (q.orderBy.length) text += ` ORDER BY ${q.orderBy.map((c) => this.quote(c)).join(', ')}`;
    if (q.limit !== undefined) text += ` FETCH FIRST ${Math.trunc(q.limit)} ROWS ONLY`;
    return { text, params: q.params };
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

  sessionSetup() {
    // the statement timeout is the driver's callTimeout (Oracle has no per-session statement timeout)
    return [
      `ALTER SESSION SET TIME_ZONE = '+00:00'`,
      `ALTER SESSION SET NLS_DATE_FORMAT = 'YYYY-MM-DD HH24:MI:SS'`,
      `ALTER SESSION SET NLS_TIMESTAMP_FORMAT = 'YYYY-MM-DD HH24:MI:SS.FF9'`,
      `ALTER SESSION SET NLS_TIMESTAMP_TZ_FORMAT = 'YYYY-MM-DD HH24:MI:SS.FF9 TZH:TZM'`,
      `ALTER SESSION SET NLS_NUMERIC_CHARACTERS = '.,'`,
    ];
  },

  async connect(o: ConnectionOptions): Promise<Session> {
    const oracledb = await importDriver<OracleModule>('oracledb', 'Oracle');
    const conn = await oracledb.getConnection(connectAttributes(o));
    if (o.statementTimeoutMs > 0) conn.callTimeout = Math.trunc(o.statementTimeoutMs);
    const session = new OracleSession(conn, oracledb);
    for (const s of this.sessionSetup(o)) await session.query({ text: s, params: [] });
    return session;
  },

  isTransient(e: unknown) {
    const err = e as { errorNum?: number; code?: string };
    // ORA-03113/03114/03135 connection lost, 12170/12541/12543/12537/12547/12560 network; NJS-500/501/503/510 (thin)
    return (
      [3113, 3114, 3135, 12170, 12541, 12543, 12537, 12547, 12560, 12514, 12528].includes(err.errorNum ?? 0) ||
      ['NJS-500', 'NJS-501', 'NJS-503', 'NJS-510', 'ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT'].includes(err.code ?? '')
    );
  },
};

// ---------------------------------------------------------------- driver (node-oracledb), typed by what is used

interface OracleConnection {
  callTimeout: number;
  execute(sql: string, binds: unknown, options: Record<string, unknown>): Promise<{ rows?: unknown[]; metaData?: { name: string }[] }>;
  queryStream(sql: string, binds: unknown, options: Record<string, unknown>): AsyncIterable<unknown[]> & { destroy(): void };
  commit(): Promise<void>;
  close(): Promise<void>;
}
interface OracleModule {
  getConnection(attrs: Record<string, unknown>): Promise<OracleConnection>;
  OUT_FORMAT_ARRAY: number;
  OUT_FORMAT_OBJECT: number;
  STRING: unknown;
  BUFFER: unknown;
  DB_TYPE_NUMBER: unknown;
  DB_TYPE_DATE: unknown;
  DB_TYPE_TIMESTAMP: unknown;
  DB_TYPE_TIMESTAMP_TZ: unknown;
  DB_TYPE_TIMESTAMP_LTZ: unknown;
  DB_TYPE_INTERVAL_DS: unknown;
  DB_TYPE_INTERVAL_YM: unknown;
  DB_TYPE_CLOB: unknown;
  DB_TYPE_NCLOB: unknown;
  DB_TYPE_BLOB: unknown;
}

/** oracledb's connection attributes: `oracle://user:pass@host:1521/service` or the fields (thin mode). */
export function connectAttributes(o: ConnectionOptions): Record<string, unknown> {
  const u = o.url ? new URL(o.url) : undefined;
  const host = o.host ?? u?.hostname ?? 'localhost';
  const port = o.port ?? (u?.port ? Number(u.port) : 1521);
  const service = o.database ?? (u?.pathname.replace(/^\//, '') || undefined);
  const protocol = o.tls && o.tls !== 'off' ? 'tcps' : 'tcp';
  return {
    user: o.user ?? decodeURIComponent(u?.username ?? ''),
    password: o.password ?? decodeURIComponent(u?.password ?? ''),
    connectString: `${protocol}://${host}:${port}${service ? `/${service}` : ''}`,
    connectTimeout: Math.ceil(o.connectTimeoutMs / 1000),
    ...(o.tls === 'no-verify' ? { sslServerDNMatch: false } : {}),
    // the session list's program name (V$SESSION.PROGRAM) in thin mode
    driverName: o.applicationName,
  };
}

/**
 * Named binds for exactly the `:pN` names the statement uses (Oracle rejects names it does not find), from the
 * engine's positional parameters.
 */
export function bindsFor(text: string, params: unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const used = new Set([...stripLiterals(text).matchAll(/:p(\d+)\b/g)].map((m) => Number(m[1])));
  for (const n of used) {
    if (n < 1 || n > params.length) throw new Error(`bind :p${n} has no parameter (${params.length} given)`);
    const v = params[n - 1];
    out[`p${n}`] = typeof v === 'bigint' ? v.toString() : v;
  }
  return out;
}

/**
 * A date-time bound as text is converted explicitly: Oracle would convert it with NLS_DATE_FORMAT when compared to a
 * DATE column, which rejects a fraction. Whole seconds become TO_DATE (compared with a DATE column as a DATE, with a
 * TIMESTAMP column as the same instant: either index is used); a fraction needs TO_TIMESTAMP (exact, though a DATE
 * column is then converted for that comparison).
 */
export function typedBinds(text: string, params: unknown[]): { text: string; params: unknown[] } {
  const values = [...params];
  const out = rewritePlaceholders(text, /:p(\d+)(?!\d)/g, /'(?:[^']|'')*'|"(?:[^"]|"")*"/g, (n) => {
    const v = values[n - 1];
    if (typeof v !== 'string' || !TIMESTAMP_TEXT.test(v)) return undefined;
    const [whole, frac = ''] = v.replace('T', ' ').split('.') as [string, string?];
    if (/^0*$/.test(frac)) {
      values[n - 1] = whole;
      return `TO_DATE(:p${n}, 'YYYY-MM-DD HH24:MI:SS')`;
    }
    values[n - 1] = `${whole}.${frac.slice(0, 9)}`;
    return `TO_TIMESTAMP(:p${n}, 'YYYY-MM-DD HH24:MI:SS.FF9')`;
  });
  return { text: out, params: values };
}

/** The statement without quoted text and identifiers, where a `:pN` is no bind. */
function stripLiterals(text: string): string {
  return text.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"/g, ' ');
}

/** Oracle's number text (`.5`, `-.5`, `1E+40`) as a decimal literal the Decimal type accepts. */
export function oracleNumber(text: string): string {
  return text.replace(/^(-?)\./, '$10.');
}

/**
 * `YYYY-MM-DD HH24:MI:SS.FF9 TZH:TZM` (a TIMESTAMP WITH TIME ZONE keeps its own offset whatever the session zone)
 * → the same instant in UTC, exactly: the offset moves whole minutes, the fraction is kept as written.
 */
export function oracleTimestampTz(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d+)? ([+-])(\d{2}):(\d{2})$/.exec(text);
  if (!m) return text;
  const sign = m[8] === '-' ? -1 : 1;
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) - sign * (+m[9]! * 60 + +m[10]!) * 60000;
  const d = new Date(ms);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  if (d.getUTCFullYear() < 1) return text;
  return `${p(d.getUTCFullYear(), 4)}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}${m[7] ?? ''}`;
}

/** One fetched value (numbers, dates and CLOBs as text, BLOBs as Buffers) decoded for its mapped kind. */
export function decodeOracle(v: unknown, t: MappedType): unknown {
  if (v === null || v === undefined) return null;
  if (Buffer.isBuffer(v)) return t.kind === 'binary' ? v.toString('base64') : decodeText(t.kind, v);
  const text = String(v);
  switch (t.kind) {
    case 'int':
    case 'decimal':
      return decodeText(t.kind, oracleNumber(text));
    case 'float':
      // BINARY_DOUBLE text: Inf / NaN have no JSON form
      return /^-?(\d|\.)/.test(text) ? Number(oracleNumber(text)) : null;
    case 'timestamp':
      return decodeText('timestamp', oracleTimestampTz(text));
    case 'bool':
      return text === '1' || text.toUpperCase() === 'TRUE';
    default:
      return decodeText(t.kind, text);
  }
}

class OracleSession implements Session {
  constructor(
    private readonly c: OracleConnection,
    private readonly db: OracleModule,
  ) {}

  /** Numbers, dates, timestamps, intervals and CLOBs as the session's text (ISO NLS formats); BLOBs as Buffers. */
  private fetchTypeHandler = (meta: { dbType: unknown }) => {
    const d = this.db;
    if ([d.DB_TYPE_NUMBER, d.DB_TYPE_DATE, d.DB_TYPE_TIMESTAMP, d.DB_TYPE_TIMESTAMP_TZ, d.DB_TYPE_TIMESTAMP_LTZ].includes(meta.dbType))
      return { type: d.STRING };
    if ([d.DB_TYPE_INTERVAL_DS, d.DB_TYPE_INTERVAL_YM, d.DB_TYPE_CLOB, d.DB_TYPE_NCLOB].includes(meta.dbType)) return { type: d.STRING };
    if (meta.dbType === d.DB_TYPE_BLOB) return { type: d.BUFFER };
    return undefined;
  };

  async query(sql: Sql): Promise<Record<string, unknown>[]> {
    const typed = typedBinds(sql.text, sql.params);
    const r = await this.c.execute(typed.text, bindsFor(typed.text, typed.params), {
      outFormat: this.db.OUT_FORMAT_OBJECT,
      fetchTypeHandler: this.fetchTypeHandler,
    });
    return (r.rows ?? []).map((row) =>
      Object.fromEntries(
        Object.entries(row as Record<string, unknown>).map(([k, v]) => [
          k.toLowerCase(),
          typeof v === 'string' && /^-?\.\d/.test(v) ? oracleNumber(v) : v,
        ]),
      ),
    );
  }

  async *stream(sql: Sql, types: MappedType[]): AsyncIterable<unknown[][]> {
    // queryStream is a Readable of rows: iterating it is the backpressure (fetchArraySize rows per round trip)
    const CHUNK = 2000;
    const typed = typedBinds(sql.text, sql.params);
    const rows = this.c.queryStream(typed.text, bindsFor(typed.text, typed.params), {
      outFormat: this.db.OUT_FORMAT_ARRAY,
      fetchArraySize: 1000,
      fetchTypeHandler: this.fetchTypeHandler,
    });
    let chunk: unknown[][] = [];
    try {
      for await (const row of rows) {
        chunk.push(row.map((v, i) => decodeOracle(v, types[i] ?? { contract: 'string', kind: 'text' })));
        if (chunk.length >= CHUNK) {
          yield chunk;
          chunk = [];
        }
      }
      if (chunk.length) yield chunk;
    } finally {
      rows.destroy();
    }
  }

  async beginSnapshot() {
    // READ ONLY must open its transaction: end any open one first. Every query then sees the SCN of this moment.
    await this.c.commit();
    await this.c.execute('SET TRANSACTION READ ONLY', {}, {});
  }
  async endSnapshot() {
    await this.c.commit();
  }
  async now() {
    const [r] = await this.query({
      text: `SELECT TO_CHAR(SYS_EXTRACT_UTC(SYSTIMESTAMP), 'YYYY-MM-DD"T"HH24:MI:SS.FF6"Z"') AS "now" FROM DUAL`,
      params: [],
    });
    return String(r!.now);
  }
  async close() {
    await this.c.close();
  }
}
