// The PostgreSQL dialect: information_schema/pg_catalog discovery, row-value keysets, REPEATABLE READ READ ONLY
// snapshots, every value read as text (no pg type parser) and decoded exactly (values.ts).
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
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
  StreamOptions,
} from '../dialect.js';
import { repeatedLast } from '../dialect.js';
import { decodeText } from '../values.js';
import { decodeArray, decodeCopyLine } from '../copy-text.js';
import { CopyRecordEncoder, type EncodedPage } from '../copy-json.js';
import { CopyTupleEncoder } from '../copy-binary.js';
import { CopyOut } from '../copy-out.js';

const TEXT_PARSER = { getTypeParser: () => (v: string) => v } as unknown as pg.CustomTypesConfig;

const INT = new Set(['smallint', 'integer', 'bigint', 'int2', 'int4', 'int8', 'oid']);
const FLOAT = new Set(['real', 'double precision', 'float4', 'float8']);
const TS = new Set(['timestamp with time zone', 'timestamptz']);
const LOCAL_TS = new Set(['timestamp without time zone', 'timestamp']);
const TIME = new Set(['time without time zone', 'time with time zone', 'time', 'timetz']);

function elementKind(e: string): MappedType['kind'] {
  if (INT.has(e)) return 'int';
  if (e === 'numeric') return 'decimal';
  if (FLOAT.has(e)) return 'float';
  if (e === 'boolean') return 'bool';
  return 'text';
}

/**
 * A table tree's figures from its `sized` rows: rows are the plain tables' estimates (a partitioned parent has no
 * storage; NULL when none has been analyzed), sizes and changes summed.
 */
const TREE_FIGURES = `CASE WHEN bool_or(relkind = 'r' AND reltuples >= 0)
                     THEN sum(CASE WHEN relkind = 'r' AND reltuples > 0 THEN reltuples ELSE 0 END) END AS est_rows,
                   sum(live_rows) AS live_rows, sum(total_bytes) AS total_bytes, sum(heap_bytes) AS heap_bytes,
                   sum(changes) AS changes`;

export const postgres: Dialect = {
  name: 'postgres',
  quote: (id) => '"' + id.replace(/"/g, '""') + '"',
  qualify(schema, table) {
    return `${this.quote(schema)}.${this.quote(table)}`;
  },
  placeholder: (n) => `$${n}`,

  mapType(c: SourceColumn): MappedType {
    const t = c.dataType.toLowerCase();
    if (INT.has(t)) return { contract: 'integer', kind: 'int' };
    // money: exact digits (decodeDecimal reads the 'C' lc_monetary form the session sets), not locale text
    if (t === 'numeric' || t === 'decimal' || t === 'money') return { contract: 'decimal', kind: 'decimal' };
    if (FLOAT.has(t)) return { contract: 'decimal', kind: 'float', ...(t === 'real' || t === 'float4' ? { single: true } : {}) };
    if (t === 'boolean') return { contract: 'boolean', kind: 'bool' };
    if (t === 'date') return { contract: 'date', kind: 'date' };
    if (TS.has(t)) return { contract: 'timestamp', kind: 'timestamp' };
    if (LOCAL_TS.has(t)) return { contract: 'timestamp', kind: 'localtimestamp' };
    if (TIME.has(t)) return { contract: 'string', kind: 'time' };
    if (t === 'interval') return { contract: 'string', kind: 'interval' };
    if (t === 'json' || t === 'jsonb') return { contract: 'json', kind: 'json' };
    if (t === 'array') return { contract: 'json', kind: 'array', element: elementKind(c.columnType.replace(/\[\]$/, '')) };
    if (t === 'bytea') return { contract: 'string', kind: 'binary', binary: true };
    if (t === 'bit' || t === 'bit varying') return { contract: 'string', kind: 'bits' };
    return { contract: 'string', kind: 'text' };
  },

  discoveryQueries(schemas: string[]): DiscoveryQueries {
    const filter = (col: string) =>
      schemas.length
        ? { text: `${col} = ANY($1::text[])`, params: [schemas] }
        : {
            text: `${col} NOT IN ('pg_catalog', 'information_schema') AND ${col} NOT LIKE 'pg_toast%' AND ${col} NOT LIKE 'pg_temp%'`,
            params: [],
          };
    const f = (col: string) => filter(col);
    return {
      // A partitioned table, or a table other tables inherit from, is read as PostgreSQL reads it: with its partitions'
      // or children's rows. So they are not streams of their own beside it (each row would be read twice); its rows,
      // sizes and changes are the whole tree's, since a partitioned parent has no storage and autovacuum never
      // analyzes it (its own reltuples stays -1 on a busy production table). A partition or child comes back as a
      // member (root_schema, root_table) for discovery to keep when its root is not selected. Only trees rooted in the
      // schemas read (or with a child there) are sized: a catalog of thousands of tables elsewhere costs nothing.
      tables: {
        text: `WITH RECURSIVE tree AS (
                 SELECT c.oid AS root, c.oid AS rel FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE c.relkind IN ('r', 'p') AND NOT EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = c.oid)
                    AND (${f('n.nspname').text} OR EXISTS (SELECT 1 FROM pg_inherits i JOIN pg_class k ON k.oid = i.inhrelid
                      JOIN pg_namespace kn ON kn.oid = k.relnamespace WHERE i.inhparent = c.oid AND ${f('kn.nspname').text}))
                 UNION ALL
                 SELECT t.root, i.inhrelid FROM tree t JOIN pg_inherits i ON i.inhparent = t.rel
               ), sized AS (
                 SELECT t.root, t.rel, c.relkind, c.reltuples, s.n_live_tup AS live_rows,
                   pg_total_relation_size(c.oid) AS total_bytes, pg_relation_size(c.oid) AS heap_bytes,
                   COALESCE(s.n_tup_upd + s.n_tup_del, 0) AS changes
                 FROM tree t JOIN pg_class c ON c.oid = t.rel LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
               ), figures AS (
                 -- a root: its whole tree's figures; a member: its own (the same sums over itself alone)
                 SELECT root AS rel, NULL::oid AS root, count(*) - 1 AS members, ${TREE_FIGURES} FROM sized GROUP BY root
                 UNION ALL
                 SELECT rel, root, 0, ${TREE_FIGURES} FROM sized WHERE rel <> root GROUP BY rel, root
               )
               SELECT DISTINCT ON (n.nspname, c.relname) n.nspname AS schema, c.relname AS table,
                 v.est_rows::bigint AS est_rows, v.live_rows, v.total_bytes,
                 CASE WHEN v.est_rows > 0 THEN (v.heap_bytes / v.est_rows)::bigint END AS avg_row_bytes,
                 NULL AS engine, obj_description(c.oid, 'pg_class') AS comment, v.changes, v.members::int AS members,
                 rn.nspname AS root_schema, r.relname AS root_table
               FROM figures v JOIN pg_class c ON c.oid = v.rel JOIN pg_namespace n ON n.oid = c.relnamespace
               LEFT JOIN pg_class r ON r.oid = v.root LEFT JOIN pg_namespace rn ON rn.oid = r.relnamespace
               WHERE c.relkind IN ('r', 'p') AND ${f('n.nspname').text} ORDER BY 1, 2`,
        params: f('n.nspname').params,
      },
      columns: {
        text: `SELECT table_schema AS schema, table_name AS table, column_name AS name, ordinal_position AS position,
                 data_type, COALESCE(format_type(a.atttypid, a.atttypmod), udt_name) AS column_type, is_nullable AS nullable,
                 CASE WHEN is_identity = 'YES' THEN 'identity' WHEN column_default LIKE 'nextval(%' THEN 'auto_increment' ELSE '' END AS extra,
                 column_default, numeric_precision AS precision, numeric_scale AS scale, character_maximum_length AS length, udt_name
               FROM information_schema.columns ic
               LEFT JOIN pg_attribute a ON a.attrelid = (quote_ident(ic.table_schema) || '.' || quote_ident(ic.table_name))::regclass
                 AND a.attname = ic.column_name
               WHERE ${f('table_schema').text} ORDER BY table_schema, table_name, ordinal_position`,
        params: f('table_schema').params,
      },
      primaryKeys: {
        text: `SELECT n.nspname AS schema, c.relname AS table, a.attname AS name, k.ord AS position
               FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
               CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
               WHERE con.contype = 'p' AND ${f('n.nspname').text} ORDER BY 1, 2, 4`,
        params: f('n.nspname').params,
      },
      indexes: {
        text: `SELECT n.nspname AS schema, c.relname AS table, ic.relname AS index_name, k.ord AS position, a.attname AS name,
                 i.indisunique AS is_unique
               FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
               JOIN pg_namespace n ON n.oid = c.relnamespace
               CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
               WHERE ${f('n.nspname').text} ORDER BY 1, 2, 3, 4`,
        params: f('n.nspname').params,
      },
      foreignKeys: {
        text: `SELECT n.nspname AS schema, c.relname AS table, con.conname AS constraint_name, k.ord AS position, a.attname AS name,
                 rn.nspname AS ref_schema, rc.relname AS ref_table, ra.attname AS ref_name
               FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
               JOIN pg_class rc ON rc.oid = con.confrelid JOIN pg_namespace rn ON rn.oid = rc.relnamespace
               CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, refnum, ord)
               JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
               JOIN pg_attribute ra ON ra.attrelid = rc.oid AND ra.attnum = k.refnum
               WHERE con.contype = 'f' AND ${f('n.nspname').text} ORDER BY 1, 2, 3, 4`,
        params: f('n.nspname').params,
      },
    };
  },

  keysetPredicate(columns, firstParam) {
    const ph = columns.map((_, i) => this.placeholder(firstParam + i));
    return `(${columns.map((c) => this.quote(c)).join(', ')}) > (${ph.join(', ')})`;
  },

  selectPage(q: PageQuery): Sql {
    // (a timestamptz cursor formatted twice was ~15% of the server's work on bench:sql)
    const repeats = repeatedLast(q.columns);
    const cols = (repeats === undefined ? q.columns : q.columns.slice(0, -1)).map((c) => this.quote(c)).join(', ');
    let text = `SELECT ${cols} FROM ${this.qualify(q.schema, q.table)}`;
    if (q.where.length) text += ` WHERE ${q.where.map((w) => `(${w})`).join(' AND ')}`;
    if (q.orderBy.length) text += ` ORDER BY ${q.orderBy.map((c) => this.quote(c)).join(', ')}`;
    if (q.limit !== undefined) text += ` LIMIT ${Math.trunc(q.limit)}`;
    return repeats === undefined ? { text, params: q.params } : { text, params: q.params, repeats };
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
    return [
      `SET TIME ZONE 'UTC'`,
      `SET DateStyle = 'ISO, YMD'`,
      `SET IntervalStyle = 'iso_8601'`,
      `SET extra_float_digits = 3`,
      `SET lc_monetary = 'C'`,
      // a database or role may set 'escape', which the decoders do not read (bytea would come out cut short)
      `SET bytea_output = 'hex'`,
      `SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY`,
      `SET statement_timeout = ${Math.trunc(o.statementTimeoutMs)}`,
    ];
  },

  async connect(o: ConnectionOptions): Promise<Session> {
    const client = new pg.Client({
      ...(o.url ? { connectionString: o.url } : {}),
      ...(o.host ? { host: o.host } : {}),
      ...(o.port ? { port: o.port } : {}),
      ...(o.user ? { user: o.user } : {}),
      ...(o.password ? { password: o.password } : {}),
      ...(o.database ? { database: o.database } : {}),
      ...(o.tls && o.tls !== 'off' ? { ssl: { rejectUnauthorized: o.tls === 'verify', ...(o.tlsCa ? { ca: o.tlsCa } : {}) } } : {}),
      connectionTimeoutMillis: o.connectTimeoutMs,
      application_name: o.applicationName,
      types: TEXT_PARSER,
    });
    client.on('error', () => undefined); // a dropped connection surfaces on the next query
    await client.connect();
    for (const s of this.sessionSetup(o)) await client.query(s);
    return new PgSession(client);
  },

  isTransient(e: unknown) {
    const code = (e as { code?: string }).code ?? '';
    return (
      [
        'ECONNREFUSED',
        'ECONNRESET',
        'ETIMEDOUT',
        'EPIPE',
        'ENOTFOUND',
        '57P01',
        '57P02',
        '57P03',
        '08000',
        '08003',
        '08006',
        '08001',
        '08004',
        // a read replica cancelling a long read that conflicts with the WAL it replays ("conflict with recovery"),
        // a deadlock, and a server out of connection slots: each is over by the next attempt, which starts again
        // from the table's last state
        '40001',
        '40P01',
        '53300',
      ].includes(code) || /Connection terminated|timeout expired/i.test((e as Error).message ?? '')
    );
  },
};

const CHUNK = 5000;
// bytes of RECORD lines the byte path gathers before the socket is paused and they are written downstream
const HIGH_WATER = 256 * 1024;

/** Replace `$n` placeholders (outside quoted identifiers and literals) by escaped literals. */
export function inlineParams(sql: Sql, literal: (v: string) => string): string {
  let out = '';
  let i = 0;
  const t = sql.text;
  while (i < t.length) {
    const ch = t[i]!;
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < t.length && !(t[j] === ch && t[j + 1] !== ch)) j += t[j] === ch ? 2 : 1;
      out += t.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '$' && /\d/.test(t[i + 1] ?? '')) {
      let j = i + 1;
      while (/\d/.test(t[j] ?? '')) j++;
      const v = sql.params[Number(t.slice(i + 1, j)) - 1];
      if (v === undefined) throw new Error(`no value for ${t.slice(i, j)}`);
      out +=
        v === null
          ? 'NULL'
          : typeof v === 'number' || typeof v === 'bigint'
            ? String(v)
            : Buffer.isBuffer(v)
              ? `${literal(`\\x${v.toString('hex')}`)}::bytea`
              : literal(String(v));
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

class PgSession implements Session {
  private inTx = false;
  constructor(private readonly c: pg.Client) {}

  async query(sql: Sql) {
    const r = await this.c.query(sql.text, sql.params);
    return r.rows as Record<string, unknown>[];
  }

  async *stream(sql: Sql, types: MappedType[], options: StreamOptions = {}): AsyncIterable<unknown[][]> {
    if (options.bulk) {
      yield* this.copyStream(sql, types);
      return;
    }
    // a server-side cursor fetched a chunk at a time: the next chunk is only asked for once this one has been
    // written downstream, so a result of any size holds one chunk in memory
    const own = !this.inTx;
    if (own) await this.c.query('BEGIN READ ONLY');
    const kinds = types.map((t) => t.kind);
    const elements = types.map((t) => t.element ?? 'text');
    let open = false;
    try {
      await this.c.query({ text: `DECLARE medi_rows NO SCROLL CURSOR FOR ${sql.text}`, values: sql.params });
      open = true;
      for (;;) {
        const r = await this.c.query({ text: `FETCH FORWARD ${CHUNK} FROM medi_rows`, rowMode: 'array' });
        const rows = r.rows as unknown[][];
        if (!rows.length) break;
        for (const row of rows) {
          if (sql.repeats !== undefined) row.push(row[sql.repeats]);
          for (let i = 0; i < kinds.length; i++) {
            const v = row[i];
            if (v === null) continue;
            const k = kinds[i]!;
            if (k === 'text' || k === 'time' || k === 'interval') continue;
            if (k === 'binary') row[i] = Buffer.from((v as string).slice(2), 'hex').toString('base64');
            else if (k === 'array') row[i] = decodeArray(v as string, elements[i]!);
            else row[i] = decodeText(k, v);
          }
        }
        yield rows;
        if (rows.length < CHUNK) break;
      }
    } finally {
      if (open) await this.c.query('CLOSE medi_rows').catch(() => undefined);
      if (own) await this.c.query(open ? 'COMMIT' : 'ROLLBACK').catch(() => undefined);
    }
  }

  /**
   * `COPY (SELECT …) TO STDOUT` in text format: the server sends rows as one byte stream instead of a message per
   * row (several times fewer server cycles per row). COPY takes no parameters, so the engine's own values are
   * inlined as literals escaped by the driver.
   */
  private async *copyStream(sql: Sql, types: MappedType[]): AsyncIterable<unknown[][]> {
    const kinds = types.map((t) => t.kind);
    const elements = types.map((t) => t.element ?? 'text');
    let rows: unknown[][] = [];
    const rep = sql.repeats;
    for await (const buf of this.copyLines(sql)) {
      let start = 0;
      while (start < buf.length) {
        const nl = buf.indexOf(10, start);
        const line = buf.toString('utf8', start, nl);
        rows.push(decodeCopyLine(rep === undefined ? line : `${line}\t${line.split('\t')[rep]}`, kinds, elements));
        start = nl + 1;
      }
      if (rows.length >= CHUNK) {
        yield rows;
        rows = [];
      }
    }
    if (rows.length) yield rows;
  }

  /**
   * The engine's statement as RECORD lines written from the COPY rows where they lie in the socket's chunks
   * (copy-out.ts, copy-json.ts). The socket is paused while a filled buffer is written downstream.
   */
  async *records(sql: Sql, types: MappedType[], keys: string[], stream: string, lane?: LaneShape): AsyncIterable<EncodedPage> {
    const enc = lane?.tuples
      ? new CopyTupleEncoder(lane.tuples, types, sql.repeats)
      : new CopyRecordEncoder(keys, types, stream, sql.repeats, lane !== undefined);
    enc.stamp(new Date().toISOString());
    let paused = false;
    let done = false;
    let error: Error | undefined;
    let wake: (() => void) | undefined;
    const signal = () => {
      const w = wake;
      wake = undefined;
      w?.();
    };
    const copy = new CopyOut(
      `COPY (${inlineParams(sql, (v) => this.c.escapeLiteral(v))}) TO STDOUT`,
      (b, s, nl) => enc.row(b, s, nl),
      () => {
        if (enc.bytes >= HIGH_WATER && !paused) {
          paused = true;
          copy.socket?.pause();
          signal();
        }
      },
      (e) => {
        error = e;
        done = true;
        signal();
      },
    );
    void this.c.query(copy as unknown as pg.QueryConfig);
    try {
      for (;;) {
        if (!paused && !done) await new Promise<void>((r) => (wake = r));
        if (error) throw error;
        if (enc.bytes > 0) {
          yield enc.take();
          enc.stamp(new Date().toISOString());
        }
        if (done) break;
        if (paused) {
          paused = false;
          copy.socket?.resume();
        }
      }
    } finally {
      if (!done) copy.stop();
    }
  }

  /** The engine's statement as COPY text bytes, whole lines per chunk (the bulk path's raw form; copy-json.ts). */
  async *copyLines(sql: Sql): AsyncIterable<Buffer> {
    const text = inlineParams(sql, (v) => this.c.escapeLiteral(v));
    const stream = this.c.query(copyTo(`COPY (${text}) TO STDOUT`));
    let carry: Buffer | undefined;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
        const end = buf.lastIndexOf(10) + 1;
        carry = end < buf.length ? buf.subarray(end) : undefined;
        if (end > 0) yield buf.subarray(0, end);
      }
      if (carry?.length) throw new Error('COPY output ended inside a row');
    } finally {
      stream.destroy();
    }
  }

  async beginSnapshot() {
    await this.c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    this.inTx = true;
  }
  async endSnapshot() {
    this.inTx = false;
    await this.c.query('COMMIT');
  }
  async now() {
    const r = await this.c.query(`SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS now`);
    return r.rows[0].now as string;
  }
  async close() {
    await this.c.end().catch(() => undefined);
  }
}
