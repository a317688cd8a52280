// The SQL Server dialect (tedious, loaded only when it connects): INFORMATION_SCHEMA and sys.* discovery,
// [bracket] quoting, named @pN parameters, the keyset expanded (no row-value comparison), OFFSET/FETCH pages,
// SNAPSHOT isolation for consistent full loads, ApplicationIntent=ReadOnly, values read exactly.
// Never run against a real SQL Server here: tested on the SQL it generates and on its type map.
import type { ConnectionOptions, Dialect, DiscoveryQueries, MappedType, PageQuery, Session, SourceColumn, Sql } from '../dialect.js';
import { SourceError } from '../dialect.js';
import { decodeText, decodeInt } from '../values.js';
import { expandedKeyset, importDriver, rewritePlaceholders, TIMESTAMP_TEXT } from './expanded-keyset.js';

const INT = new Set(['tinyint', 'smallint', 'int', 'bigint']);
const TEXT = new Set(['char', 'varchar', 'nchar', 'nvarchar', 'text', 'ntext', 'xml', 'uniqueidentifier', 'sysname', 'sql_variant']);
const BINARY = new Set(['binary', 'varbinary', 'image', 'geometry', 'geography', 'hierarchyid']);

/** A mapped type with the exact-text cast SQL Server needs for it (tedious returns decimals as doubles). */
export interface MssqlType extends MappedType {
  /** the SELECT expression wrapping the column, `%s` standing for it */
  select?: string;
}

/**
 * The select expression per type: DECIMAL/NUMERIC as their exact digits (CONVERT keeps precision and scale);
 * MONEY through DECIMAL(19,4), SMALLMONEY through DECIMAL(10,4) (their exact ranges; CONVERT of money itself
 * would round to two places).
 */
function castFor(t: string): string | undefined {
  if (t === 'decimal' || t === 'numeric') return 'CONVERT(varchar(80), %s)';
  if (t === 'money') return 'CONVERT(varchar(80), CAST(%s AS decimal(19,4)))';
  if (t === 'smallmoney') return 'CONVERT(varchar(80), CAST(%s AS decimal(10,4)))';
  return undefined;
}

const SYSTEM_SCHEMAS = `('sys', 'INFORMATION_SCHEMA', 'guest', 'db_owner', 'db_accessadmin', 'db_securityadmin', 'db_ddladmin', 'db_backupoperator', 'db_datareader', 'db_datawriter', 'db_denydatareader', 'db_denydatawriter')`;

export const mssql: Dialect & {
  /** The page's SELECT with each column read exactly (casts from the mapped types); pure, for tests. */
  exactSelect(q: PageQuery, types: MappedType[]): Sql;
} = {
  name: 'mssql',
  quote: (id) => `[${id.replace(/]/g, ']]')}]`,
  qualify(schema, table) {
    return `${this.quote(schema)}.${this.quote(table)}`;
  },
  placeholder: (n) => `@p${n}`,

  mapType(c: SourceColumn): MssqlType {
    const t = c.dataType.toLowerCase();
    if (INT.has(t)) return { contract: 'integer', kind: 'int' };
    if (t === 'bit') return { contract: 'boolean', kind: 'bool' };
    const cast = castFor(t);
    if (cast) return { contract: 'decimal', kind: 'decimal', select: cast };
    if (t === 'real') return { contract: 'decimal', kind: 'float', single: true };
    if (t === 'float') return { contract: 'decimal', kind: 'float' };
    if (t === 'date') return { contract: 'date', kind: 'date' };
    if (t === 'datetime' || t === 'datetime2' || t === 'smalldatetime') return { contract: 'timestamp', kind: 'localtimestamp' };
    if (t === 'datetimeoffset') return { contract: 'timestamp', kind: 'timestamp' };
    if (t === 'time') return { contract: 'string', kind: 'time' };
    if (t === 'json') return { contract: 'json', kind: 'json' };
    // SQL Server's `timestamp` is rowversion: 8 opaque bytes, not a time
    if (t === 'timestamp' || t === 'rowversion' || BINARY.has(t)) return { contract: 'string', kind: 'binary', binary: true };
    if (TEXT.has(t)) return { contract: 'string', kind: 'text' };
    return { contract: 'string', kind: 'text' };
  },

  discoveryQueries(schemas: string[]): DiscoveryQueries {
    const f = (col: string): Sql =>
      schemas.length
        ? { text: `${col} IN (${schemas.map((_, i) => `@p${i + 1}`).join(', ')})`, params: [...schemas] }
        : { text: `${col} NOT IN ${SYSTEM_SCHEMAS}`, params: [] };
    const q = (text: string, col: string): Sql => ({ text: text.replace('$FILTER', f(col).text), params: f(col).params });
    return {
      // sys.partitions / sys.allocation_units: readable with metadata visibility alone (dm_db_partition_stats needs VIEW DATABASE STATE)
      tables: q(
        `SELECT s.name AS [schema], t.name AS [table],
  (SELECT SUM(p.rows) FROM sys.partitions p WHERE p.object_id = t.object_id AND p.index_id IN (0, 1)) AS est_rows, NULL AS live_rows,
  (SELECT SUM(a.total_pages) * 8192 FROM sys.partitions p JOIN sys.allocation_units a ON a.container_id = p.partition_id WHERE p.object_id = t.object_id) AS total_bytes,
  NULL AS avg_row_bytes, NULL AS engine,
  (SELECT CAST(ep.value AS nvarchar(4000)) FROM sys.extended_properties ep WHERE ep.class = 1 AND ep.major_id = t.object_id AND ep.minor_id = 0 AND ep.name = 'MS_Description') AS comment,
  NULL AS changes
FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id
WHERE t.is_ms_shipped = 0 AND $FILTER ORDER BY 1, 2`,
        's.name',
      ),
      columns: q(
        `SELECT c.TABLE_SCHEMA AS [schema], c.TABLE_NAME AS [table], c.COLUMN_NAME AS name, c.ORDINAL_POSITION AS position,
  c.DATA_TYPE AS data_type,
  CASE WHEN c.DATA_TYPE IN ('decimal', 'numeric') THEN c.DATA_TYPE + '(' + CAST(c.NUMERIC_PRECISION AS varchar(10)) + ',' + CAST(c.NUMERIC_SCALE AS varchar(10)) + ')'
    WHEN c.CHARACTER_MAXIMUM_LENGTH = -1 THEN c.DATA_TYPE + '(max)'
    WHEN c.CHARACTER_MAXIMUM_LENGTH IS NOT NULL THEN c.DATA_TYPE + '(' + CAST(c.CHARACTER_MAXIMUM_LENGTH AS varchar(10)) + ')'
    WHEN c.DATA_TYPE IN ('datetime2', 'datetimeoffset', 'time') THEN c.DATA_TYPE + '(' + CAST(c.DATETIME_PRECISION AS varchar(10)) + ')'
    ELSE c.DATA_TYPE END AS column_type,
  c.IS_NULLABLE AS nullable,
  CASE WHEN COLUMNPROPERTY(OBJECT_ID(QUOTENAME(c.TABLE_SCHEMA) + '.' + QUOTENAME(c.TABLE_NAME)), c.COLUMN_NAME, 'IsIdentity') = 1 THEN 'auto_increment'
    WHEN c.DATA_TYPE = 'timestamp' THEN 'rowversion' ELSE '' END AS extra,
  c.COLUMN_DEFAULT AS column_default, COALESCE(c.NUMERIC_PRECISION, c.DATETIME_PRECISION) AS precision, c.NUMERIC_SCALE AS scale,
  c.CHARACTER_MAXIMUM_LENGTH AS length
FROM INFORMATION_SCHEMA.COLUMNS c JOIN INFORMATION_SCHEMA.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME AND t.TABLE_TYPE = 'BASE TABLE'
WHERE $FILTER ORDER BY 1, 2, 4`,
        'c.TABLE_SCHEMA',
      ),
      primaryKeys: q(
        `SELECT k.TABLE_SCHEMA AS [schema], k.TABLE_NAME AS [table], k.COLUMN_NAME AS name, k.ORDINAL_POSITION AS position
FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
  AND k.TABLE_SCHEMA = tc.TABLE_SCHEMA AND k.TABLE_NAME = tc.TABLE_NAME
WHERE tc.CONSTRAINT_TYPE = 'PRIMARY KEY' AND $FILTER ORDER BY 1, 2, 4`,
        'tc.TABLE_SCHEMA',
      ),
      indexes: q(
        `SELECT s.name AS [schema], t.name AS [table], i.name AS index_name, ic.key_ordinal AS position, c.name AS name, i.is_unique AS is_unique
FROM sys.indexes i JOIN sys.tables t ON t.object_id = i.object_id JOIN sys.schemas s ON s.schema_id = t.schema_id
JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id AND ic.key_ordinal > 0
JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
WHERE i.type > 0 AND i.is_hypothetical = 0 AND t.is_ms_shipped = 0 AND $FILTER ORDER BY 1, 2, 3, 4`,
        's.name',
      ),
      foreignKeys: q(
        `SELECT s.name AS [schema], t.name AS [table], fk.name AS constraint_name, fkc.constraint_column_id AS position,
  COL_NAME(fkc.parent_object_id, fkc.parent_column_id) AS name, OBJECT_SCHEMA_NAME(fkc.referenced_object_id) AS ref_schema,
  OBJECT_NAME(fkc.referenced_object_id) AS ref_table, COL_NAME(fkc.referenced_object_id, fkc.referenced_column_id) AS ref_name
FROM sys.foreign_keys fk JOIN sys.foreign_key_columns fkc ON fkc.constraint_object_id = fk.object_id
JOIN sys.tables t ON t.object_id = fk.parent_object_id JOIN sys.schemas s ON s.schema_id = t.schema_id
WHERE $FILTER ORDER BY 1, 2, 3, 4`,
        's.name',
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
    return this.exactSelect(q, []);
  },

  exactSelect(q: PageQuery, types: MappedType[]): Sql {
    const cols = q.columns
      .map((c, i) => {
        const cast = (types[i] as MssqlType | undefined)?.select;
        return cast ? `${cast.replace('%s', this.quote(c))} AS ${this.quote(c)}` : this.quote(c);
      })
      .join(', ');
    // OFFSET/FETCH needs an ORDER BY; an unordered read with a limit is TOP
    const top = q.limit !== undefined && !q.orderBy.length ? `TOP (${Math.trunc(q.limit)}) ` : '';
    let text = `SELECT ${top}${cols} FROM ${this.qualify(q.schema, q.table)}`;
    if (q.where.length) text += ` WHERE ${q.where.map((w) => `(${w})`).join(' AND ')}`;
    if (q.orderBy.length) text += ` ORDER BY ${q.orderBy.map((c) => this.quote(c)).join(', ')}`;
    if (q.limit !== undefined && q.orderBy.length) text += ` OFFSET 0 ROWS FETCH NEXT ${Math.trunc(q.limit)} ROWS ONLY`;
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

  sessionSetup(o: ConnectionOptions) {
    // SQL Server has no session time zone: datetimeoffset values are instants (read in UTC), datetime/datetime2 wall
    // clocks are written unshifted, and the upper bound comes from SYSUTCDATETIME(). Read-only is ApplicationIntent.
    return [
      'SET NOCOUNT ON',
      'SET DATEFORMAT ymd',
      'SET ARITHABORT ON',
      'SET TRANSACTION ISOLATION LEVEL READ COMMITTED',
      `SET LOCK_TIMEOUT ${o.statementTimeoutMs > 0 ? Math.trunc(o.statementTimeoutMs) : -1}`,
    ];
  },

  async connect(o: ConnectionOptions): Promise<Session> {
    const tedious = await importDriver<TediousModule>('tedious', 'SQL Server');
    const c = connectionConfig(o);
    const conn = new tedious.Connection(c);
    await new Promise<void>((resolve, reject) => {
      conn.once('connect', (err?: Error) => (err ? reject(err) : resolve()));
      conn.connect();
    });
    conn.on('error', () => undefined); // a dropped connection surfaces on the next request
    const session = new MssqlSession(conn, tedious, this);
    for (const s of this.sessionSetup(o)) await session.query({ text: s, params: [] });
    return session;
  },

  isTransient(e: unknown) {
    const err = e as { code?: string; number?: number; message?: string };
    // socket errors and timeouts; 1205 deadlock victim; Azure SQL's 40197/40501/40613/49918-49920 "try again"
    return (
      ['ESOCKET', 'ETIMEOUT', 'ECONNRESET', 'ECONNREFUSED', 'ECLOSE', 'ENOTFOUND', 'EPIPE'].includes(err.code ?? '') ||
      [1205, 40197, 40501, 40613, 49918, 49919, 49920, 4060].includes(err.number ?? 0)
    );
  },
};

// ---------------------------------------------------------------- driver (tedious), typed by what is used

interface TediousRequest {
  addParameter(name: string, type: unknown, value: unknown, options?: Record<string, unknown>): void;
  on(event: 'row', fn: (columns: { value: unknown; metadata: { colName: string } }[]) => void): void;
  pause(): void;
  resume(): void;
}
interface TediousConnection {
  connect(): void;
  once(event: 'connect', fn: (err?: Error) => void): void;
  on(event: string, fn: (...args: unknown[]) => void): void;
  execSql(r: TediousRequest): void;
  close(): void;
}
interface TediousModule {
  Connection: new (config: Record<string, unknown>) => TediousConnection;
  Request: new (sql: string, cb: (err: Error | null | undefined, rowCount?: number) => void) => TediousRequest;
  TYPES: Record<string, unknown>;
}

/** tedious's connection config from the settings (the password only ever goes here). */
export function connectionConfig(o: ConnectionOptions): Record<string, unknown> {
  const u = o.url ? new URL(o.url) : undefined;
  const database = o.database ?? (u?.pathname.replace(/^\//, '') || undefined);
  return {
    server: o.host ?? u?.hostname ?? 'localhost',
    authentication: {
      type: 'default',
      options: { userName: o.user ?? decodeURIComponent(u?.username ?? ''), password: o.password ?? decodeURIComponent(u?.password ?? '') },
    },
    options: {
      port: o.port ?? (u?.port ? Number(u.port) : 1433),
      ...(database ? { database } : {}),
      encrypt: o.tls !== 'off',
      trustServerCertificate: o.tls === 'no-verify',
      ...(o.tlsCa ? { cryptoCredentialsDetails: { ca: o.tlsCa } } : {}),
      connectTimeout: o.connectTimeoutMs,
      requestTimeout: o.statementTimeoutMs,
      appName: o.applicationName,
      readOnlyIntent: true,
      useUTC: true,
    },
  };
}

/**
 * A date-time bound as text is compared as `datetime2(7)`: SQL Server would convert the text to the column's
 * type, and `datetime` accepts only three fraction digits (the engine's bounds carry six). Comparing a `datetime`
 * column with a datetime2 value still seeks its index (a range through the conversion).
 */
export function typedParams(text: string, params: unknown[]): string {
  return rewritePlaceholders(text, /@p(\d+)(?!\d)/g, /'(?:[^']|'')*'|\[(?:[^\]]|\]\])*\]/g, (n) => {
    const v = params[n - 1];
    return typeof v === 'string' && TIMESTAMP_TEXT.test(v) ? `CAST(@p${n} AS datetime2(7))` : undefined;
  });
}

/** Each bound value's tedious type: integers as BigInt (text beyond 2^53), other numbers Float, text NVarChar. */
export function bindings(params: unknown[]): { name: string; type: string; value: unknown }[] {
  return params.map((v, i) => {
    const name = `p${i + 1}`;
    if (v === null || v === undefined) return { name, type: 'NVarChar', value: null };
    if (typeof v === 'boolean') return { name, type: 'Bit', value: v };
    if (typeof v === 'bigint') return { name, type: 'BigInt', value: v.toString() };
    if (typeof v === 'number') return Number.isSafeInteger(v) ? { name, type: 'BigInt', value: v } : { name, type: 'Float', value: v };
    if (Buffer.isBuffer(v)) return { name, type: 'VarBinary', value: v };
    // text (cursor values, key text, decimals as digits): SQL Server converts it to the compared column's type
    return { name, type: 'NVarChar', value: typeof v === 'string' ? v : String(v) };
  });
}

function two(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** A tedious date/time value (UTC Date plus its sub-millisecond `nanosecondDelta`) as exact text. */
export function dateTimeText(d: Date & { nanosecondDelta?: number }, part: 'date' | 'datetime' | 'time'): string {
  const date = `${two(d.getUTCFullYear(), 4)}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
  if (part === 'date') return date;
  // 100 ns units: milliseconds from the Date, the rest from nanosecondDelta (seconds)
  const units = d.getUTCMilliseconds() * 10000 + Math.round((d.nanosecondDelta ?? 0) * 1e7);
  const frac = units ? `.${two(units, 7).replace(/0+$/, '')}` : '';
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}${frac}`;
  return part === 'time' ? time : `${date} ${time}`;
}

/** One tedious value decoded for its mapped kind. */
export function decodeMssql(v: unknown, t: MappedType): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) {
    if (t.kind === 'date') return decodeText('date', dateTimeText(v, 'date'));
    if (t.kind === 'time') return dateTimeText(v, 'time');
    const text = dateTimeText(v, 'datetime');
    return t.kind === 'text' ? text : decodeText('timestamp', text);
  }
  switch (t.kind) {
    case 'int':
      return decodeInt(String(v));
    case 'decimal':
      if (typeof v !== 'string')
        throw new SourceError(`SQL Server decimal arrived as ${typeof v}, not text: select it through CONVERT(varchar, …)`);
      return decodeText('decimal', v);
    case 'float':
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    case 'bool':
      return v === true || v === 1;
    case 'binary':
      return Buffer.isBuffer(v) ? v.toString('base64') : v;
    default:
      return decodeText(t.kind, v);
  }
}

class MssqlSession implements Session {
  private snapshot = false;
  constructor(
    private readonly c: TediousConnection,
    private readonly tedious: TediousModule,
    private readonly d: typeof mssql,
  ) {}

  private request(sql: Sql, onRow: (values: unknown[], names: string[]) => void, done: (err: Error | null) => void): TediousRequest {
    const r = new this.tedious.Request(typedParams(sql.text, sql.params), (err) => done(err ?? null));
    for (const b of bindings(sql.params)) r.addParameter(b.name, this.tedious.TYPES[b.type], b.value);
    r.on('row', (cols) =>
      onRow(
        cols.map((x) => x.value),
        cols.map((x) => x.metadata.colName),
      ),
    );
    return r;
  }

  query(sql: Sql): Promise<Record<string, unknown>[]> {
    return new Promise((resolve, reject) => {
      const rows: Record<string, unknown>[] = [];
      const r = this.request(
        sql,
        (values, names) => {
          const row: Record<string, unknown> = {};
          // dates in metadata (discovery's MAX of a cursor) as the server's wall-clock text, in UTC
          names.forEach(
            (n, i) => (row[n.toLowerCase()] = values[i] instanceof Date ? dateTimeText(values[i] as Date, 'datetime') : values[i]),
          );
          rows.push(row);
        },
        (err) => (err ? reject(err) : resolve(rows)),
      );
      this.c.execSql(r);
    });
  }

  /**
   * The page with its exact casts (selectPage's shape, rebuilt here where the column types are known), rows
   * queued as they arrive and the request paused while more than two chunks wait: memory stays bounded.
   */
  async *stream(sql: Sql, types: MappedType[]): AsyncIterable<unknown[][]> {
    const text = this.withCasts(sql.text, types);
    const CHUNK = 2000;
    const queue: unknown[][] = [];
    let finished = false;
    let failure: Error | null = null;
    let wake: (() => void) | undefined;
    let paused = false;
    const r = this.request(
      { text, params: sql.params },
      (values) => {
        queue.push(values.map((v, i) => decodeMssql(v, types[i] ?? { contract: 'string', kind: 'text' })));
        if (queue.length >= CHUNK * 2 && !paused) {
          paused = true;
          r.pause();
        }
        wake?.();
      },
      (err) => {
        finished = true;
        failure = err;
        wake?.();
      },
    );
    this.c.execSql(r);
    for (;;) {
      if (queue.length >= CHUNK || (finished && queue.length)) {
        yield queue.splice(0, CHUNK);
        if (paused && queue.length < CHUNK) {
          paused = false;
          r.resume();
        }
        continue;
      }
      if (finished) break;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
    if (failure) throw failure;
  }

  /** Wrap the decimal columns of a `SELECT [a], [b] …` page (the dialect's own shape) in their exact casts. */
  private withCasts(text: string, types: MappedType[]): string {
    return rewriteSelectList(text, types, this.d);
  }

  async beginSnapshot() {
    // SNAPSHOT reads one version of the database without locks; it needs ALLOW_SNAPSHOT_ISOLATION ON. Without it,
    // READ COMMITTED (row versions under READ_COMMITTED_SNAPSHOT, else brief shared locks) page by page.
    const [db] = await this.query({ text: 'SELECT snapshot_isolation_state AS s FROM sys.databases WHERE name = DB_NAME()', params: [] });
    this.snapshot = Number(db?.s) === 1;
    await this.query({ text: `SET TRANSACTION ISOLATION LEVEL ${this.snapshot ? 'SNAPSHOT' : 'READ COMMITTED'}`, params: [] });
    await this.query({ text: 'BEGIN TRANSACTION', params: [] });
  }
  async endSnapshot() {
    await this.query({ text: 'COMMIT TRANSACTION', params: [] });
    await this.query({ text: 'SET TRANSACTION ISOLATION LEVEL READ COMMITTED', params: [] });
  }
  async now() {
    const [r] = await this.query({ text: `SELECT CONVERT(varchar(33), SYSUTCDATETIME(), 126) + 'Z' AS now`, params: [] });
    return String(r!.now);
  }
  async close() {
    this.c.close();
  }
}

/**
 * `SELECT [TOP (n) ][a], [b] FROM …` → the same with typed columns wrapped in their casts (`CONVERT(…) AS [a]`).
 * Only the dialect's own page shape is rewritten (bracketed names separated by `, `); any other statement (a
 * named query stream) runs as written.
 */
export function rewriteSelectList(text: string, types: MappedType[], d: Pick<typeof mssql, 'quote'>): string {
  const m = /^SELECT (TOP \(\d+\) )?/.exec(text);
  if (!m || !types.some((t) => (t as MssqlType).select)) return text;
  let i = m[0].length;
  const names: string[] = [];
  for (;;) {
    if (text[i] !== '[') return text;
    let j = i + 1;
    let name = '';
    for (;;) {
      const close = text.indexOf(']', j);
      if (close < 0) return text;
      if (text[close + 1] === ']') {
        name += text.slice(j, close) + ']';
        j = close + 2;
        continue;
      }
      name += text.slice(j, close);
      j = close + 1;
      break;
    }
    names.push(name);
    if (text.startsWith(', ', j)) i = j + 2;
    else if (text.startsWith(' FROM ', j)) {
      i = j;
      break;
    } else return text;
  }
  if (names.length !== types.length) return text;
  const list = names
    .map((n, k) => {
      const cast = (types[k] as MssqlType).select;
      return cast ? `${cast.replace('%s', d.quote(n))} AS ${d.quote(n)}` : d.quote(n);
    })
    .join(', ');
  return `${m[0]}${list}${text.slice(i)}`;
}
