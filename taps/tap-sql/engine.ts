// The stream engine: reads profiled tables through a dialect. Keyset pages on (cursor, pk…) below a frozen upper
// bound, a NULL-cursor sweep, full loads paged by PK under one read-only snapshot, range reads; STATE per table
// after each page is written. Tiers in order, critical tables in parallel; a failing table fails alone.
import type { Logger } from '../../kit/singer/log.js';
import type { SingerWriter } from '../../kit/singer/writer.js';
import { encodeValue } from './record-json.js';
import { APPEND_ONLY, type JsonSchema } from '../../kit/singer/messages.js';
import { ConfigError, redact } from '../../kit/singer/errors.js';
import { reconcile } from './reconcile.js';
import { Decimal } from '../../kit/singer/decimal.js';
import type { ConnectionOptions, Dialect, MappedType, Session, Sql } from './dialect.js';
import { specialNumbers } from './values.js';
import { TIERS, type ProfiledColumn, type TableProfile, type Tier } from './discovery.js';
import type { SqlConfig } from './settings.js';
import { BatchLane } from './batch-lane.js';
import { JSONL, PG_COPY_BINARY } from '../../kit/singer/batch.js';
import { TupleBuffer, tupleOf } from './copy-binary.js';
import type { StreamSchema } from '../../kit/contracts/json-schema.js';

export type TableState = {
  replication_key?: string;
  replication_key_value?: string | number;
  /** the last (cursor, pk…) pair written: cursor as the source's own text, so placeholders compare as stored */
  keyset?: { cursor: string | number; pk: unknown[] | null };
  /** the NULL-cursor sweep's last key */
  null_after?: unknown[];
  /** a full load's last key, while it is under way */
  full_after?: unknown[];
} & Record<string, unknown>;

export interface SyncState {
  bookmarks: Record<string, TableState>;
  [k: string]: unknown;
}

const DELETED_AT = '_sdc_deleted_at';
// the engine's statements may use the source's bulk path (values are its own keyset state)
const BULK = { bulk: true };

/** singer-sdk's JSON Schema annotation naming the SQL type a target should give a property (binary floats). */
export const SQL_DATATYPE = 'x-sql-datatype';

/** Python's default decimal context: jsonschema's multipleOf (value % step) on a Decimal fails past it. */
export const PYTHON_DECIMAL_DIGITS = 28;

/**
 * The JSON Schema of one table's records: contract types; every non-key column nullable (tombstones carry keys only).
 * `multipleOfDigits`: decimals carry multipleOf only up to this precision (setting decimal_multiple_of).
 */
export function tableSchema(p: TableProfile, columns: ProfiledColumn[], withDeletes: boolean, multipleOfDigits = Infinity): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const c of columns) {
    const n = (t: string) => (p.pk.includes(c.name) ? t : [t, 'null']);
    switch (c.type.contract) {
      case 'integer':
        properties[c.name] = { type: n('integer') };
        break;
      case 'decimal':
        // an exact decimal with a declared scale says so (multipleOf 10^-scale, as pipelinewise and singer-sdk taps
        // do), so a target can size its column: numeric(p,s) in a warehouse, DECIMAL(p,s) in Parquet. A numeric
        // without a declared scale says nothing it could not keep. A target checking multipleOf on
        // Python's Decimal divides value by step within 28 digits: decimal_multiple_of up_to_28_digits leaves it out
        // of wider columns (an unknown precision is wider), whose values are the same exact digits.
        // A binary float (MySQL FLOAT/DOUBLE, PostgreSQL real/double precision, SQL Server real/float, Oracle
        // BINARY_FLOAT/DOUBLE) says so with singer-sdk's x-sql-datatype annotation, the SQL type names `real`
        // (single precision) and `double precision`: SQL targets pick their column type from it, and one without a
        // handler for the name warns and maps the number as before; no validator reads it, where a `format` on a
        // number is unspecified and may be refused. target-files-medi writes such a column as DOUBLE (the float's
        // value: a real's text is the float it names) instead of DECIMAL(decimal_default), which a float's digits
        // do not fit; target-postgres-medi keeps numeric, the exact text.
        properties[c.name] =
          c.type.kind === 'float'
            ? { type: n('number'), [SQL_DATATYPE]: c.type.single ? 'real' : 'double precision' }
            : c.type.kind === 'decimal' && c.scale != null && c.scale >= 0 && c.scale <= 38 && (c.precision ?? Infinity) <= multipleOfDigits
              ? { type: n('number'), multipleOf: c.scale === 0 ? 1 : Number(`1e-${c.scale}`) }
              : { type: n('number') };
        break;
      case 'boolean':
        properties[c.name] = { type: n('boolean') };
        break;
      case 'date':
        properties[c.name] = { type: n('string'), format: 'date' };
        break;
      case 'timestamp':
        properties[c.name] = { type: n('string'), format: 'date-time' };
        break;
      case 'json':
        properties[c.name] = {};
        break;
      default:
        properties[c.name] = { type: n('string') };
    }
  }
  if (withDeletes) properties[DELETED_AT] = { type: ['string', 'null'], format: 'date-time' };
  return { type: 'object', properties };
}

/**
 * The control stream `<source>__row_counts`: one record per table per run, after the table is read — how many
 * records the run wrote (rows, and tombstones apart), and, when the run read the whole table under one snapshot
 * (a full load started and finished in this run), how many rows the source held then and how many of those its
 * soft-delete rule marks deleted. The warehouse compares them with what landed and what staging holds
 * (transforms/tests/generic/medi_row_counts.sql); absent from a catalog, it is selected, and it can be deselected.
 */
export function rowCountsStream(source: string): StreamSchema {
  const count = { type: 'integer', minimum: 0 };
  return {
    stream: `${source}__row_counts`,
    key_properties: ['stream', 'counted_at'],
    bookmark_properties: [],
    schema: {
      type: 'object',
      properties: {
        stream: { type: 'string' },
        counted_at: { type: 'string', format: 'date-time' },
        mode: { type: 'string', enum: ['full', 'incremental', 'range'] },
        rows_read: count,
        tombstones: count,
        source_rows: { type: ['integer', 'null'], minimum: 0 },
        source_deleted_rows: { type: ['integer', 'null'], minimum: 0 },
      },
    },
  };
}

export function connectionOptions(cfg: SqlConfig): ConnectionOptions {
  return {
    ...(cfg.url ? { url: cfg.url } : {}),
    ...(cfg.host ? { host: cfg.host } : {}),
    ...(cfg.port ? { port: cfg.port } : {}),
    ...(cfg.user ? { user: cfg.user } : {}),
    ...(cfg.password ? { password: cfg.password } : {}),
    ...(cfg.database ? { database: cfg.database } : {}),
    tls: cfg.tls,
    ...(cfg.tls_ca ? { tlsCa: cfg.tls_ca } : {}),
    statementTimeoutMs: cfg.statement_timeout_seconds * 1000,
    connectTimeoutMs: cfg.connect_timeout_seconds * 1000,
    applicationName: 'tap-sql',
  };
}

/** Connect with 3 attempts, backing off 1 s, 2 s; the error names the dialect, never the URL or password. */
export async function connectWithRetry(dialect: Dialect, o: ConnectionOptions, logger: Logger, attempts = 3): Promise<Session> {
  let last: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await dialect.connect(o);
    } catch (e) {
      last = e;
      if (i < attempts - 1 && dialect.isTransient(e)) {
        const wait = 1000 * 2 ** i;
        logger.warn(`${dialect.name}: connect failed (${redact((e as Error).message)}); retrying in ${wait} ms`);
        await new Promise((r) => setTimeout(r, wait));
      } else break;
    }
  }
  throw new Error(`${dialect.name}: cannot connect: ${redact((last as Error).message)}`, { cause: undefined });
}

/** `2024-05-01T10:00:00.123Z` → `2024-05-01 10:00:00.123000`: a UTC text every dialect compares with its time types. */
export function sqlTimestamp(ms: number): string {
  const d = new Date(ms).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 23)}000`;
}

/**
 * A record's JSON from a row of decoded values (every property, in `keys` order): the kit's record encoder, minus
 * its generic stringify for numbers and booleans, which a wide table pays on every cell.
 */
export function rowEncoder(keys: readonly string[]): (values: ArrayLike<unknown>) => { json: string } {
  const names = keys.map((k, i) => (i ? ',' : '{') + JSON.stringify(k) + ':');
  return (values) => {
    let json = '';
    for (let i = 0; i < names.length; i++) json += names[i]! + encodeValue(values[i]);
    return { json: (names.length ? json : '{') + '}' };
  };
}

const param = (v: unknown) => (v instanceof Decimal ? v.text : v);

/** A date-time cursor's text (a space or T, an offset or none: UTC, as the session is) in epoch ms; NaN if none. */
const cursorMs = (text: string) => Date.parse(text.replace(' ', 'T') + (/[zZ]|[+-]\d\d(:?\d\d)?$/.test(text) ? '' : 'Z'));

export interface TableRun {
  profile: TableProfile;
  columns: ProfiledColumn[];
  schema: JsonSchema;
  dropped: Set<string>;
  softDelete?: { column: string; values: Set<string> };
}

export class Engine {
  readonly failures: string[] = [];
  private upperMs = 0;
  private counts = new Map<string, number>();
  private tombstones = new Map<string, number>();
  /** rows a soft-delete rule marked deleted, per stream */
  private softDeleted = new Map<string, number>();
  /** a whole table read under one snapshot in this run: its rows and soft-deleted rows then */
  private snapshots = new Map<string, { rows: number; deleted: number }>();
  private countsSchemaSent = false;
  /** the batch lane, when batch_config is set: records go to batch files (batch-lane.ts) */
  private readonly lane: BatchLane | undefined;

  constructor(
    private readonly cfg: SqlConfig,
    private readonly dialect: Dialect,
    private readonly out: SingerWriter,
    private readonly state: SyncState,
    private readonly logger: Logger,
    /** the row-counts control stream, when selected */
    private readonly rowCounts?: StreamSchema,
  ) {
    this.lane = out instanceof BatchLane ? out : undefined;
  }

  private keysetValues(values: unknown[]): unknown[] {
    return this.dialect.keysetParams ? this.dialect.keysetParams(values) : values;
  }

  /**
   * Keyset values as bound: a binary column's value is kept (emitted, and in state) as base64 text, which compares
   * with the column as text, not as its bytes — a page after x'7f' would start again below x'80' and a full load
   * of a varbinary key never ended. Bound as the bytes again here; `columns` names the values in order.
   */
  private keyValues(r: TableRun, columns: string[], values: unknown[]): unknown[] {
    return this.keysetValues(
      values.map((v, i) =>
        typeof v === 'string' && r.columns.find((c) => c.name === columns[i])?.type.kind === 'binary' ? Buffer.from(v, 'base64') : v,
      ),
    );
  }

  private async emitState() {
    await this.out.write({ type: 'STATE', value: this.state });
  }

  /** Read the tables tier by tier (in `tiers_to_run` order); critical ones with up to `max_workers` connections. */
  async run(runs: TableRun[], first: Session): Promise<void> {
    const nowIso = await first.now();
    this.upperMs = Date.parse(nowIso) - this.cfg.lag_seconds * 1000;
    this.logger.info(`run upper bound ${new Date(this.upperMs).toISOString()} (source clock ${nowIso} − ${this.cfg.lag_seconds} s)`);
    const order = (this.cfg.tiers_to_run.length ? this.cfg.tiers_to_run : TIERS).filter((t): t is Tier => TIERS.includes(t as Tier));
    for (const tier of order) {
      const list = runs.filter((r) => r.profile.tier === tier);
      if (!list.length) continue;
      this.logger.info(`tier ${tier}: ${list.length} table(s)`);
      const workers = tier === 'critical' ? Math.max(1, Math.min(this.cfg.max_workers, list.length)) : 1;
      let next = 0;
      const worker = async (session: Session | undefined) => {
        let s = session;
        try {
          while (next < list.length) {
            const r = list[next++]!;
            s = await this.table(r, s);
          }
        } finally {
          if (s && s !== first) await s.close();
        }
      };
      await Promise.all(Array.from({ length: workers }, (_, i) => worker(i === 0 ? first : undefined)));
    }
    // (no count: a row the byte path hands to the general one is decoded twice)
    if (specialNumbers.seen)
      this.logger.warn('numeric/float columns held NaN or infinite values, which have no JSON number: written as null');
  }

  /** One table, retried on a dropped connection (3 attempts); any other error fails this table alone. */
  private async table(r: TableRun, session: Session | undefined): Promise<Session | undefined> {
    const name = r.profile.stream;
    let s = session;
    for (let attempt = 1; ; attempt++) {
      try {
        s ??= await connectWithRetry(this.dialect, connectionOptions(this.cfg), this.logger);
        const t0 = Date.now();
        await this.readTable(r, s);
        await this.reconcileTable(r, s);
        await this.reportCounts(r);
        this.logger.info(`stream ${name}: ${this.counts.get(name) ?? 0} records in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
        return s;
      } catch (e) {
        const transient = this.dialect.isTransient(e);
        if (s) await s.close().catch(() => undefined);
        s = undefined;
        if (transient && attempt < 3) {
          this.logger.warn(`stream ${name}: connection lost (${redact((e as Error).message)}); retrying from its last state`);
          await new Promise((res) => setTimeout(res, 1000 * 2 ** (attempt - 1)));
          continue;
        }
        const msg = `${name}: ${redact((e as Error).message)}`;
        this.failures.push(msg);
        this.logger.error(`stream ${msg} (state kept where it was)`);
        return undefined;
      }
    }
  }

  private async readTable(r: TableRun, s: Session): Promise<void> {
    const p = r.profile;
    await this.out.write({
      type: 'SCHEMA',
      stream: p.stream,
      schema: r.schema,
      key_properties: p.pk,
      ...(p.choice.cursor && this.cfg.mode !== 'full' ? { bookmark_properties: [p.choice.cursor] } : {}),
      [APPEND_ONLY]: true,
    });
    const mode = this.cfg.mode;
    const keyed = p.choice.strategy !== 'full' && p.choice.cursor !== undefined && p.pk.length > 0;
    if (mode === 'range') {
      if (!keyed) {
        this.logger.warn(`stream ${p.stream}: no incremental column, skipped in range mode`);
        return;
      }
      await this.keyset(r, s, { detached: true });
      return;
    }
    if (mode === 'full' || !keyed) {
      await this.full(r, s, keyed);
      return;
    }
    await this.keyset(r, s, { detached: false });
    const cursorCol = p.columns.find((c) => c.name === p.choice.cursor)!;
    if (cursorCol.nullable && p.choice.cursor !== p.pk[0]) await this.nullSweep(r, s);
  }

  /** Hard deletes: the table's keys against the warehouse's (reconcile.ts), after the table has been read. */
  private async reconcileTable(r: TableRun, s: Session): Promise<void> {
    const p = r.profile;
    if (!this.cfg.reconcile_tables.includes(p.table) || this.cfg.mode === 'range') return;
    if (!this.cfg.warehouse_url)
      throw new ConfigError(`reconcile_tables names ${p.table} but warehouse_url (env TAP_SQL_WAREHOUSE_URL) is not set`);
    const res = await reconcile(
      p,
      s,
      this.dialect,
      { url: this.cfg.warehouse_url, schema: this.cfg.warehouse_schema, connectTimeoutMs: this.cfg.connect_timeout_seconds * 1000 },
      this.out,
      this.logger,
    );
    this.counts.set(p.stream, this.count(p.stream) + res.tombstones);
    this.tombstones.set(p.stream, (this.tombstones.get(p.stream) ?? 0) + res.tombstones);
    await this.emitState();
  }

  /** The table's row-counts record (rowCountsStream), once it is read (and reconciled). */
  private async reportCounts(r: TableRun): Promise<void> {
    const rc = this.rowCounts;
    if (!rc) return;
    const name = r.profile.stream;
    if (!this.countsSchemaSent) {
      await this.out.write({
        type: 'SCHEMA',
        stream: rc.stream,
        schema: rc.schema,
        key_properties: rc.key_properties,
        [APPEND_ONLY]: true,
      });
      this.countsSchemaSent = true;
    }
    const tombstones = this.tombstones.get(name) ?? 0;
    const snap = this.snapshots.get(name);
    const now = new Date().toISOString();
    const record = {
      stream: name,
      counted_at: now,
      mode: snap ? 'full' : this.cfg.mode,
      rows_read: this.count(name) - tombstones,
      tombstones,
      source_rows: snap ? snap.rows : null,
      source_deleted_rows: snap ? snap.deleted : null,
    };
    // on the batch lane in a file like every other record
    if (this.lane) await this.lane.records(rc.stream, JSONL, Buffer.from(JSON.stringify(record) + '\n'), 1);
    else await this.out.write({ type: 'RECORD', stream: rc.stream, record, time_extracted: now });
  }

  private cursorIsTime(p: TableProfile): boolean {
    const c = p.columns.find((x) => x.name === p.choice.cursor);
    return !!c && ['timestamp', 'localtimestamp', 'date'].includes(c.type.kind);
  }

  private upperText(p: TableProfile): string | undefined {
    const c = p.columns.find((x) => x.name === p.choice.cursor)!;
    if (c.type.kind === 'date') return new Date(this.upperMs).toISOString().slice(0, 10);
    if (this.cursorIsTime(p)) return sqlTimestamp(this.upperMs);
    return undefined;
  }

  /** Write one page's rows; returns the last row. */
  private async writeRows(
    r: TableRun,
    encode: (v: ArrayLike<unknown>) => { json: string },
    rows: unknown[][],
    width: number,
  ): Promise<unknown[] | undefined> {
    const prefix = `{"type":"RECORD","stream":${JSON.stringify(r.profile.stream)},"record":`;
    const suffix = `,"time_extracted":"${new Date().toISOString()}"}`;
    const sd = r.softDelete ? r.columns.findIndex((c) => c.name === r.softDelete!.column) : -1;
    const deletedAt = new Date().toISOString();
    let last: unknown[] | undefined;
    const lane = this.lane;
    // the batch lane: the page's records as pg-copy-binary tuples or bare JSON lines, to one batch write
    const tuples = lane?.binaryColumns(r.schema, this.keys(r));
    const tb = tuples ? new TupleBuffer() : undefined;
    let lines = '';
    let deleted = 0;
    for (const row of rows) {
      const values = width === row.length ? row : row.slice(0, width);
      if (r.softDelete) {
        const v = values[sd];
        values.length = width;
        const gone = v !== null && v !== undefined && r.softDelete.values.has(String(v instanceof Decimal ? v.text : v));
        if (gone) deleted++;
        (values as unknown[]).push(gone ? deletedAt : null);
      }
      last = row;
      if (tb) tupleOf(tb, tuples!, values);
      else if (lane) lines += encode(values).json + '\n';
      else {
        const pending = this.out.writeLine(prefix + encode(values).json + suffix);
        if (pending) await pending;
      }
    }
    if (tb) await lane!.records(r.profile.stream, PG_COPY_BINARY, tb.buf.subarray(0, tb.pos), rows.length);
    else if (lane && rows.length) await lane.records(r.profile.stream, JSONL, Buffer.from(lines), rows.length);
    this.counts.set(r.profile.stream, (this.counts.get(r.profile.stream) ?? 0) + rows.length);
    if (deleted) this.softDeleted.set(r.profile.stream, (this.softDeleted.get(r.profile.stream) ?? 0) + deleted);
    return last;
  }

  /**
   * One statement's rows written downstream; returns how many and the last (decoded). Where the session builds
   * RECORD lines from the driver's bytes (`records`: the same bytes the decoded path writes), they are written as
   * they are; a soft-delete column's derived property takes the decoded path.
   */
  private async page(
    r: TableRun,
    s: Session,
    sql: Sql,
    types: MappedType[],
    width: number,
    encode: (v: ArrayLike<unknown>) => { json: string },
  ): Promise<{ n: number; last: unknown[] | undefined }> {
    let n = 0;
    let last: unknown[] | undefined;
    if (s.records && !r.softDelete) {
      const keys = this.keys(r);
      const lane = this.lane;
      const tuples = lane?.binaryColumns(r.schema, keys);
      const format = tuples ? PG_COPY_BINARY : JSONL;
      for await (const page of s.records(sql, types, keys, r.profile.stream, lane && (tuples ? { tuples } : {}))) {
        n += page.rows;
        last = page.last ?? last;
        if (lane) await lane.records(r.profile.stream, format, page.bytes, page.rows);
        else await this.out.writeBytes(page.bytes);
      }
      this.counts.set(r.profile.stream, this.count(r.profile.stream) + n);
      return { n, last };
    }
    for await (const chunk of s.stream(sql, types, BULK)) {
      n += chunk.length;
      last = (await this.writeRows(r, encode, chunk, width)) ?? last;
    }
    return { n, last };
  }

  private keys(r: TableRun): string[] {
    return [...r.columns.map((c) => c.name), ...(r.softDelete ? [DELETED_AT] : [])];
  }

  /** Keyset pages on (cursor, pk…) below the frozen upper bound. `detached`: range mode, state untouched. */
  private async keyset(r: TableRun, s: Session, o: { detached: boolean }): Promise<void> {
    const p = r.profile;
    const d = this.dialect;
    const cursor = p.choice.cursor!;
    const order = cursor === p.pk[0] && p.pk.length === 1 ? [cursor] : [cursor, ...p.pk.filter((k) => k !== cursor)];
    const pkAt = order.slice(1).map((k) => r.columns.findIndex((c) => c.name === k));
    const width = r.columns.length;
    // the cursor's own text as a last column: the bookmark compares as the source stores it (zero dates too)
    const cursorCol = p.columns.find((c) => c.name === cursor)!;
    const rawType: MappedType = cursorCol.type.kind === 'int' ? cursorCol.type : { contract: 'string', kind: 'text' };
    const select = [...r.columns.map((c) => c.name), cursor];
    const types = [...r.columns.map((c) => c.type), rawType];
    const encode = rowEncoder(this.keys(r));
    const bm: TableState = o.detached ? {} : (this.state.bookmarks[p.stream] ??= {});
    const upper = this.upperText(p);
    const base: string[] = [];
    const baseParams: unknown[] = [];
    const ph = () => d.placeholder(baseParams.length + 1);
    if (o.detached) {
      if (this.cfg.range_from) {
        base.push(`${d.quote(cursor)} >= ${ph()}`);
        baseParams.push(this.cfg.range_from);
      }
      if (this.cfg.range_to) {
        base.push(`${d.quote(cursor)} < ${ph()}`);
        baseParams.push(this.cfg.range_to);
      }
    } else if (upper !== undefined) {
      base.push(`${d.quote(cursor)} < ${ph()}`);
      baseParams.push(upper);
    } else base.push(`${d.quote(cursor)} IS NOT NULL`);
    let after = bm.keyset ?? (o.detached ? undefined : this.singerBookmark(p, bm, cursor));
    if (after && !o.detached && this.cfg.lookback_seconds > 0 && this.cursorIsTime(p) && typeof after.cursor === 'string') {
      const ms = cursorMs(after.cursor);
      if (Number.isFinite(ms)) after = { cursor: sqlTimestamp(ms - this.cfg.lookback_seconds * 1000), pk: null };
    }
    for (;;) {
      const where = [...base];
      const params = [...baseParams];
      if (after && after.pk === null) {
        where.push(`${d.quote(cursor)} >= ${d.placeholder(params.length + 1)}`);
        params.push(...this.keyValues(r, [cursor], [after.cursor]));
      } else if (after) {
        where.push(d.keysetPredicate(order, params.length + 1));
        params.push(...this.keyValues(r, order, [after.cursor, ...after.pk!.map(param)]));
      }
      const sql = d.selectPage({
        schema: p.schema,
        table: p.table,
        columns: select,
        where,
        params,
        orderBy: order,
        limit: p.batchRows,
        expressions: this.expressions(r),
      });
      const { n, last } = await this.page(r, s, sql, types, width, encode);
      if (!last) break;
      const rawCursor = last[width] as string | number;
      after = { cursor: param(rawCursor) as string | number, pk: pkAt.map((i) => param(last![i])) };
      if (!o.detached) {
        bm.keyset = after;
        bm.replication_key = cursor;
        const shown = last[r.columns.findIndex((c) => c.name === cursor)];
        bm.replication_key_value = (shown === null || shown === undefined ? rawCursor : param(shown)) as string | number;
        await this.emitState();
      }
      if (n < p.batchRows) break;
    }
  }

  /** Rows whose cursor is NULL never match the keyset: paged by PK from where the last sweep stopped. */
  private async nullSweep(r: TableRun, s: Session): Promise<void> {
    const p = r.profile;
    const d = this.dialect;
    const bm = (this.state.bookmarks[p.stream] ??= {});
    const pkAt = p.pk.map((k) => r.columns.findIndex((c) => c.name === k));
    const encode = rowEncoder(this.keys(r));
    let after = bm.null_after;
    for (;;) {
      const where = [`${d.quote(p.choice.cursor!)} IS NULL`];
      const params: unknown[] = [];
      if (after) {
        where.push(d.keysetPredicate(p.pk, 1));
        params.push(...this.keyValues(r, p.pk, after));
      }
      const sql = d.selectPage({
        schema: p.schema,
        table: p.table,
        columns: r.columns.map((c) => c.name),
        where,
        params,
        orderBy: p.pk,
        limit: p.batchRows,
        expressions: this.expressions(r),
      });
      const types = r.columns.map((c) => c.type);
      const { n, last } = await this.page(r, s, sql, types, r.columns.length, encode);
      if (!last) break;
      after = pkAt.map((i) => param(last![i]));
      bm.null_after = after;
      await this.emitState();
      if (n < p.batchRows) break;
    }
  }

  /**
   * A state written by another tap (or by hand) holds the standard Singer bookmark, replication_key(_value), not
   * this tap's keyset: the read resumes at that value, inclusive (the rows at it again: the target merges them),
   * rather than reading the table whole. A date-time is bound as UTC wall-clock text, to the millisecond (the
   * bound only moves down: nothing is missed).
   */
  private singerBookmark(p: TableProfile, bm: TableState, cursor: string): TableState['keyset'] {
    const v = bm.replication_key_value;
    if (v === undefined || v === null || (bm.replication_key !== undefined && bm.replication_key !== cursor)) return undefined;
    let text = String(v);
    if (this.cursorIsTime(p) && typeof v === 'string') {
      const ms = cursorMs(v);
      if (!Number.isFinite(ms)) return undefined;
      text = sqlTimestamp(ms);
    }
    this.logger.info(
      `stream "${p.stream}": resuming from the Singer bookmark ${cursor} >= ${JSON.stringify(v)} (the state holds no keyset of this tap)`,
    );
    return { cursor: text, pk: null };
  }

  /** The table's columns the dialect selects through an expression (MySQL's FLOAT as DOUBLE), once per table. */
  private expressions(r: TableRun): ReadonlyMap<string, string> | undefined {
    let m = this.exprs.get(r);
    if (m === undefined) {
      const d = this.dialect;
      m = new Map(
        r.columns.flatMap((c) => {
          const e = d.selectExpression?.(c);
          return e ? [[c.name, e] as const] : [];
        }),
      );
      this.exprs.set(r, m);
    }
    return m.size ? m : undefined;
  }
  private readonly exprs = new WeakMap<TableRun, Map<string, string>>();

  /**
   * Every row, paged by PK inside one read-only snapshot (no locks); a table without a PK is one streamed
   * statement. Afterwards an incremental table's keyset starts at this run's upper bound.
   */
  private async full(r: TableRun, s: Session, keyed: boolean): Promise<void> {
    const p = r.profile;
    const d = this.dialect;
    const bm = (this.state.bookmarks[p.stream] ??= {});
    const encode = rowEncoder(this.keys(r));
    const pkAt = p.pk.map((k) => r.columns.findIndex((c) => c.name === k));
    const columns = r.columns.map((c) => c.name);
    const types = r.columns.map((c) => c.type);
    // read whole when no earlier attempt left a key to resume after: then this snapshot's rows are the table's
    const whole = bm.full_after === undefined;
    const rowsBefore = this.count(p.stream);
    const deletedBefore = this.softDeleted.get(p.stream) ?? 0;
    await s.beginSnapshot();
    try {
      if (!p.pk.length) {
        const sql = d.selectPage({
          schema: p.schema,
          table: p.table,
          columns,
          where: [],
          params: [],
          orderBy: [],
          expressions: this.expressions(r),
        });
        await this.page(r, s, sql, types, columns.length, encode);
      } else {
        let after = bm.full_after;
        for (;;) {
          const where = after ? [d.keysetPredicate(p.pk, 1)] : [];
          const sql = d.selectPage({
            schema: p.schema,
            table: p.table,
            columns,
            where,
            params: after ? this.keyValues(r, p.pk, after) : [],
            orderBy: p.pk,
            limit: p.batchRows,
            expressions: this.expressions(r),
          });
          const { n, last } = await this.page(r, s, sql, types, columns.length, encode);
          if (!last) break;
          after = pkAt.map((i) => param(last![i]));
          bm.full_after = after;
          await this.emitState();
          if (n < p.batchRows) break;
        }
      }
    } finally {
      await s.endSnapshot().catch(() => undefined);
    }
    if (whole)
      this.snapshots.set(p.stream, {
        rows: this.count(p.stream) - rowsBefore,
        deleted: (this.softDeleted.get(p.stream) ?? 0) - deletedBefore,
      });
    delete bm.full_after;
    const upper = keyed ? this.upperText(p) : undefined;
    if (keyed && upper !== undefined) {
      bm.keyset = { cursor: upper, pk: null };
      bm.replication_key = p.choice.cursor!;
      bm.replication_key_value = upper;
    }
    await this.emitState();
  }

  count(stream: string): number {
    return this.counts.get(stream) ?? 0;
  }
}
