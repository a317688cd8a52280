// The connector owns connections, type mapping and DDL: it turns a SCHEMA message into a table.
import pg from 'pg';
import type { JsonSchema, SchemaMessage } from '../../kit/singer/messages.js';
import { fitIdentifier, qualified, quoteIdent, tableNameFor } from '../../kit/warehouse/identifiers.js';
import { pgTypeFor, widen, type PgType } from './type-map.js';
import { BINARY_COLUMN_TYPES, BINARY_METADATA_TYPES } from './copy-binary.js';

export interface Column {
  /** Property name in the record. */
  property: string;
  /** Column name in PostgreSQL (shortened when needed). */
  name: string;
  type: PgType;
}

/**
 * Lineage columns the target fills itself. `_sdc_batched_at` defaults to the commit's transaction time and
 * `_sdc_received_at` to the start of the COPY statement that stored the row (statement_timestamp(): each
 * write-ahead of at most 2 MB is its own statement, so within one write-ahead of the line's arrival; rows of
 * one statement share it and `_sdc_sequence` orders them). COPY does not carry them, which spares the server
 * a timestamptz parse per row (~1 s per million rows, measured by loading the target's COPY text with and
 * without it) and the target the text. The default must not be volatile: a volatile default (the earlier
 * clock_timestamp()) makes PostgreSQL's COPY insert row by row instead of in multi-row batches — 5.0 s vs
 * 4.1 s of server time for the 1M-row benchmark's COPY text.
 */
export const METADATA_COLUMNS: ReadonlyArray<{ name: string; type: string }> = [
  { name: '_sdc_extracted_at', type: 'timestamptz' },
  { name: '_sdc_received_at', type: 'timestamptz DEFAULT statement_timestamp()' },
  { name: '_sdc_batched_at', type: 'timestamptz DEFAULT now()' },
  { name: '_sdc_deleted_at', type: 'timestamptz' },
  { name: '_sdc_sequence', type: 'bigint' },
  { name: '_sdc_table_version', type: 'bigint' },
  { name: '_sdc_load_run_id', type: 'uuid' },
];

/** Defaults earlier target versions gave lineage columns, replaced when the target meets them (see above). */
const SUPERSEDED_DEFAULTS = new Map([['_sdc_received_at', 'clock_timestamp()']]);

export interface TableShape {
  schema: string;
  table: string;
  columns: Column[];
  keyColumns: string[];
  /** every column has exactly the type whose binary COPY form the fast path writes (see copy-binary.ts) */
  binary?: boolean;
}

export class SchemaDriftError extends Error {
  override name = 'SchemaDriftError';
}

/**
 * Another session created the same relation or schema at the same moment: `CREATE … IF NOT EXISTS` looks for the
 * name before it writes the catalog, so two loaders starting together on a fresh warehouse both go on, and the
 * second fails on a catalog unique index (pg_type_typname_nsp_index, pg_class_relname_nsp_index,
 * pg_namespace_nspname_index) once the first commits, or with "already exists". Tried again, the statement
 * finds it made.
 */
export function catalogRace(e: unknown): boolean {
  const err = e as { code?: string; schema?: string };
  return (err.code === '23505' && err.schema === 'pg_catalog') || err.code === '42P07' || err.code === '42710' || err.code === '42P06';
}

/** The session advisory lock serialising loaders' DDL on one name (SQL; the schema-qualified name as $1). */
const DDL_LOCK_KEY = `hashtextextended('medi-ddl:' || $1::text, 0)`;

/** Map a SCHEMA's properties to columns, refusing two properties that would land in one column. */
export function columnsFor(msg: SchemaMessage): Column[] {
  const seen = new Map<string, string>();
  const cols: Column[] = [];
  for (const [property, schema] of Object.entries(msg.schema.properties ?? {})) {
    if (property === '') throw new SchemaDriftError(`stream "${msg.stream}": a property with an empty name cannot be a column`);
    const name = fitIdentifier(property);
    const prior = seen.get(name);
    if (prior !== undefined)
      throw new SchemaDriftError(`stream "${msg.stream}": properties "${prior}" and "${property}" map to the same column "${name}"`);
    seen.set(name, property);
    cols.push({ property, name, type: pgTypeFor(schema as JsonSchema) });
  }
  return cols;
}

interface SchemaSnapshot {
  exists: boolean;
  /** names of the schema's relations: tables, indexes, views, sequences */
  relations: Set<string>;
  /** each table's columns */
  tables: Map<string, Map<string, ExistingColumn>>;
  /** the stream each table holds, from its comment (STREAM_MARK) */
  streams: Map<string, string>;
}

/**
 * A table's comment names the stream it holds: two streams whose names map to one table (`public-items` and
 * `public.items`) are refused within a run by the loader, and across runs by this mark.
 */
const STREAM_MARK = 'singer stream: ';

interface ExistingColumn {
  type: string;
  /** the default expression (pg_get_expr), or null */
  default: string | null;
  /** attnum (an index's: its key columns' order) */
  position?: number;
}

export class Connector {
  readonly client: pg.Client;
  private known = new Map<string, Map<string, ExistingColumn>>(); // table → column → type, default
  /**
   * Each target schema's relations and their columns, read in one query when its first SCHEMA arrives: a run whose
   * tables are all in place (every scheduled run but the first) then asks the catalog nothing more per stream.
   * Indici's 19 streams asked ~5 questions each, ~170 ms of a no-op run's 0.55 s. DDL this run makes is recorded
   * here; a table it altered is read again from the catalog (stale). Another process's DDL during the run is met
   * as before: every statement the snapshot decides on is IF NOT EXISTS.
   */
  private snapshots = new Map<string, Promise<SchemaSnapshot>>();
  private stale = new Set<string>();
  /** the session's time zone is UTC: a timestamp without an offset is UTC (read at connect) */
  zonelessUtc = false;

  constructor(readonly url: string) {
    this.client = new pg.Client({ connectionString: url, application_name: 'target-postgres-medi' });
  }

  async connect(): Promise<void> {
    await this.client.connect();
    // the session's settings, not the server's or the role's: a date-time sent without an offset is UTC (as the
    // files target and singer-sdk targets read it), and a column widened to text writes its old values in ISO
    // form, the same on every warehouse
    await this.client.query(`SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'iso_8601'`);
    this.zonelessUtc = true; // set just above: no need to ask the server back
  }

  async close(): Promise<void> {
    await this.client.end();
  }

  private snapshot(schema: string): Promise<SchemaSnapshot> {
    let snap = this.snapshots.get(schema);
    if (!snap) {
      snap = this.client
        .query<{
          relname: string | null;
          attname: string | null;
          attnum: number | null;
          data_type: string | null;
          default_expr: string | null;
          stream: string | null;
        }>(
          // an index's attributes are its key columns (by position): the natural key index is compared with key_properties
          `SELECT c.relname, a.attname, a.attnum, format_type(a.atttypid, a.atttypmod) AS data_type, pg_get_expr(d.adbin, d.adrelid) AS default_expr,
                  CASE WHEN a.attnum = 1 AND c.relkind = 'r' THEN obj_description(c.oid, 'pg_class') END AS stream
             FROM pg_namespace n LEFT JOIN pg_class c ON c.relnamespace = n.oid
             LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'i', 'I')
             LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE n.nspname = $1`,
          [schema],
        )
        .then((res) => {
          const out: SchemaSnapshot = { exists: res.rowCount! > 0, relations: new Set(), tables: new Map(), streams: new Map() };
          for (const r of res.rows) {
            if (r.relname === null) continue;
            out.relations.add(r.relname);
            if (r.stream?.startsWith(STREAM_MARK)) out.streams.set(r.relname, r.stream.slice(STREAM_MARK.length));
            if (r.attname === null) continue;
            let cols = out.tables.get(r.relname);
            if (!cols) out.tables.set(r.relname, (cols = new Map()));
            cols.set(r.attname, { type: r.data_type!, default: r.default_expr, position: r.attnum! });
          }
          return out;
        });
      this.snapshots.set(schema, snap);
      snap.catch(() => this.snapshots.delete(schema));
    }
    return snap;
  }

  /** An index's key columns in order (from the snapshot; as made, for one this run made), undefined when there is none. */
  private async indexColumns(schema: string, index: string): Promise<string[] | undefined> {
    const snap = await this.snapshot(schema);
    if (!snap.relations.has(index)) return undefined;
    const cols = snap.tables.get(index) ?? new Map<string, ExistingColumn>();
    return [...cols].sort((a, b) => (a[1].position ?? 0) - (b[1].position ?? 0)).map(([name]) => name);
  }

  /** Record the key columns of an index this run made. */
  private async indexMade(schema: string, index: string, columns: string[]): Promise<void> {
    await this.created(schema, index);
    (await this.snapshot(schema)).tables.set(index, new Map(columns.map((c, i) => [c, { type: '', default: null, position: i + 1 }])));
  }

  /** A relation (table or index) of the schema exists: from the snapshot, and what this run created since. */
  private async relationExists(schema: string, name: string): Promise<boolean> {
    return (await this.snapshot(schema)).relations.has(name);
  }

  /**
   * Mark the table as the stream's (its comment). A table the loader's role does not own stays unmarked (COMMENT
   * would fail, and may run inside the load's transaction): asked first, not tried.
   */
  private async markStream(qt: string, schema: string, table: string, stream: string): Promise<void> {
    const own = await this.client.query<{ own: boolean }>(
      `SELECT pg_has_role(relowner, 'USAGE') AS own FROM pg_class WHERE oid = $1::regclass`,
      [qt],
    );
    if (own.rows[0]?.own) await this.client.query(`COMMENT ON TABLE ${qt} IS ${this.client.escapeLiteral(STREAM_MARK + stream)}`);
    (await this.snapshot(schema)).streams.set(table, stream);
  }

  private async created(schema: string, name: string): Promise<void> {
    (await this.snapshot(schema)).relations.add(name);
  }

  private async existingColumns(schema: string, table: string): Promise<Map<string, ExistingColumn> | undefined> {
    const key = `${schema}.${table}`;
    const cached = this.known.get(key);
    if (cached) return cached;
    if (!this.stale.has(key)) {
      const cols = (await this.snapshot(schema)).tables.get(table);
      if (cols) this.known.set(key, cols);
      return cols;
    }
    const res = await this.client.query<{ column_name: string; data_type: string; default_expr: string | null }>(
      `SELECT a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS data_type, pg_get_expr(d.adbin, d.adrelid) AS default_expr
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE n.nspname = $1 AND c.relname = $2 AND a.attnum > 0 AND NOT a.attisdropped`,
      [schema, table],
    );
    if (res.rowCount === 0) return undefined;
    const m = new Map(res.rows.map((r) => [r.column_name, { type: r.data_type, default: r.default_expr }]));
    this.known.set(key, m);
    return m;
  }

  async tableExists(schema: string, table: string): Promise<boolean> {
    return (await this.existingColumns(schema, table)) !== undefined;
  }

  /**
   * Create or evolve the table for a SCHEMA: new properties become new (nullable) columns; a changed type
   * is widened when every old value fits the new type (bigint→numeric, scalar→text); otherwise it fails.
   * Returns the table's columns in property order.
   */
  async ensureTable(msg: SchemaMessage, schema: string, opts: { metadata: boolean; upsert: boolean }): Promise<TableShape> {
    const table = tableNameFor(msg.stream);
    const columns = columnsFor(msg);
    const qt = qualified(schema, table);
    const keyColumns = msg.key_properties.map((k) => fitIdentifier(k));
    // only when missing: even IF NOT EXISTS needs CREATE on the database, which the loader role does not have
    const snap = await this.snapshot(schema);
    if (!snap.exists) {
      await this.guarded(schema, async () => {
        const there = await this.client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
        if (there.rowCount === 0) await this.client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
      });
      snap.exists = true;
    }
    let existing = await this.existingColumns(schema, table);
    let holds = snap.streams.get(table);
    const heldByOther = () =>
      new SchemaDriftError(
        `stream "${msg.stream}" would land in table ${qt}, which holds stream "${holds}" (an earlier run's); rename one of them ` +
          `(a Meltano stream map), or, if it is the same stream renamed, clear the mark: COMMENT ON TABLE ${qt} IS NULL`,
      );
    if (existing && holds !== undefined && holds !== msg.stream) throw heldByOther();
    // DDL below: the table's columns are read again from the catalog
    let altered = false;
    const ddl = (sql: string) => {
      altered = true;
      return this.client.query(sql);
    };
    const wanted = [
      ...columns.map((c) => ({ name: c.name, type: c.type as string })),
      ...(opts.metadata ? METADATA_COLUMNS.filter((m) => !columns.some((c) => c.name === m.name)) : []),
    ];
    if (!existing) {
      const defs = wanted.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(',\n  ');
      // made and marked under the name's lock: a loader starting at the same moment waits, then finds it made
      const made = await this.guarded(`${schema}.${table}`, async () => {
        if (await this.relationNow(qt)) return false;
        await ddl(`CREATE TABLE IF NOT EXISTS ${qt} (\n  ${defs}\n)`);
        await this.markStream(qt, schema, table, msg.stream);
        return true;
      });
      await this.created(schema, table);
      // the table as it is now: ours, or one another session made since the snapshot, which the steps below then
      // evolve like any existing table (nothing to do for ours)
      this.forget(schema, table);
      existing = (await this.existingColumns(schema, table))!;
      altered = false;
      if (!made) {
        // another loader's: the stream it holds, from its mark
        holds = await this.streamMark(qt);
        if (holds !== undefined) {
          if (holds !== msg.stream) throw heldByOther();
          snap.streams.set(table, holds);
        }
      }
    }
    // a table from before the mark (or made by another session just now): marked for its stream from here on
    if (holds === undefined && !snap.streams.has(table)) await this.markStream(qt, schema, table, msg.stream);
    for (const c of wanted) {
      const have = existing.get(c.name);
      const baseType = c.type.split(' ')[0] as PgType;
      const dflt = / DEFAULT (.+)$/.exec(c.type)?.[1];
      // a new column: earlier rows stay NULL (its default is set apart, so a volatile one does not rewrite
      // the table); a lineage column from an earlier target version, which sent its value, gets the default COPY
      // now relies on, and one with a superseded default gets the current one
      if (have === undefined) await ddl(`ALTER TABLE ${qt} ADD COLUMN IF NOT EXISTS ${quoteIdent(c.name)} ${baseType}`);
      if (dflt && (!have?.default || (have.default !== dflt && SUPERSEDED_DEFAULTS.get(c.name) === have.default)))
        await ddl(`ALTER TABLE ${qt} ALTER COLUMN ${quoteIdent(c.name)} SET DEFAULT ${dflt}`);
      if (have === undefined) continue;
      const haveType = normaliseType(have.type);
      if (haveType === baseType || haveType === undefined) continue;
      const to = widen(haveType, baseType);
      if (!to)
        throw new SchemaDriftError(
          `stream "${msg.stream}": column "${c.name}" is ${have.type} and the new SCHEMA wants ${baseType}; no lossless conversion exists`,
        );
      if (to !== haveType) await ddl(`ALTER TABLE ${qt} ALTER COLUMN ${quoteIdent(c.name)} TYPE ${to} USING ${quoteIdent(c.name)}::${to}`);
      const col = columns.find((x) => x.name === c.name);
      if (col) col.type = to;
    }
    if (opts.upsert && keyColumns.length > 0) {
      const idx = fitIdentifier(`${table}__natural_key`);
      // looked up first: CREATE INDEX takes its table lock even when the index exists, and would wait behind a
      // running VACUUM or ANALYZE on every load
      const indexed = await this.indexColumns(schema, idx);
      // key_properties changed since the index was made: upserts must merge on the new key, so the index follows
      // (a key the rows already there repeat fails below, naming the stream)
      const rekeyed = indexed !== undefined && indexed.join('\u0000') !== keyColumns.join('\u0000');
      if (indexed === undefined || rekeyed) {
        const qi = `${quoteIdent(schema)}.${quoteIdent(idx)}`;
        const create = `CREATE UNIQUE INDEX IF NOT EXISTS ${quoteIdent(idx)} ON ${qt} (${keyColumns.map(quoteIdent).join(', ')})`;
        try {
          await this.guarded(`${schema}.${idx}`, async (inTransaction) => {
            if (!rekeyed) {
              if (!(await this.relationNow(qi))) await this.client.query(create);
              return;
            }
            // one transaction (or, inside the load's, a savepoint): a new key the rows repeat leaves the old index in place
            if (inTransaction) {
              await this.client.query(`DROP INDEX IF EXISTS ${qi}`);
              await this.client.query(create);
              return;
            }
            try {
              await this.client.query(`BEGIN; DROP INDEX IF EXISTS ${qi}`);
              await this.client.query(create);
              await this.client.query('COMMIT');
            } catch (e) {
              await this.client.query('ROLLBACK').catch(() => undefined);
              throw e;
            }
          });
          await this.indexMade(schema, idx, keyColumns);
        } catch (e) {
          // a table appended to before (load_method append-only, or an older target's default) may hold a key twice
          if ((e as { code?: string }).code !== '23505' || catalogRace(e)) throw e;
          throw new SchemaDriftError(
            rekeyed
              ? `stream "${msg.stream}": key_properties changed from (${indexed.join(', ')}) to (${keyColumns.join(', ')}), and rows ` +
                  `already in ${qt} repeat the new key, so upserts cannot merge on it: restore the old key_properties, or ` +
                  `remove the repeated rows (${(e as Error).message})`
              : `stream "${msg.stream}": ${qt} holds rows with the same key (${keyColumns.join(', ')}) ` +
                  'from earlier appending loads, so load_method upsert cannot merge on it: delete the older duplicates, ' +
                  `or set load_method append-only (${(e as Error).message})`,
          );
        }
      }
    }
    if (opts.metadata) await this.ensureLoadIndex(schema, table);
    if (altered) this.forget(schema, table);
    const now = (await this.existingColumns(schema, table))!;
    const binary =
      columns.every((c) => BINARY_COLUMN_TYPES[c.type] !== undefined && now.get(c.name)?.type === BINARY_COLUMN_TYPES[c.type]) &&
      Object.entries(BINARY_METADATA_TYPES).every(
        ([name, type]) => !now.has(name) || columns.some((c) => c.name === name) || now.get(name)!.type === type,
      );
    return { schema, table, columns, keyColumns, binary };
  }

  /**
   * A BRIN index on `_sdc_batched_at` (its commit's transaction time), so a transform build reads only the rows
   * loaded since its last one (transforms/macros/medi_incremental.sql, medi_since) instead of all of raw. Raw is
   * appended in commit order, so a block range's times are narrow and the index is a few pages per GB; it costs the
   * COPY next to nothing, unlike a b-tree. autosummarize: ranges filled since the last VACUUM are summarized soon
   * after, not scanned whole at every build. Looked up first, as for the natural key index above.
   */
  private async ensureLoadIndex(schema: string, table: string): Promise<void> {
    const idx = fitIdentifier(`${table}__batched_at`);
    if (await this.relationExists(schema, idx)) return;
    await this.guarded(`${schema}.${idx}`, async () => {
      // made by another loader since the snapshot: CREATE INDEX would take the table's lock even so
      if (await this.relationNow(`${quoteIdent(schema)}.${quoteIdent(idx)}`)) return;
      await this.client.query(
        `CREATE INDEX IF NOT EXISTS ${quoteIdent(idx)} ON ${qualified(schema, table)} USING brin ("_sdc_batched_at") WITH (autosummarize = on)`,
      );
    });
    await this.created(schema, idx);
  }

  /** Change a column's type (a widening the caller has decided), in the caller's transaction. */
  async alterColumnType(schema: string, table: string, column: string, to: PgType): Promise<void> {
    const qc = quoteIdent(column);
    await this.client.query(`ALTER TABLE ${qualified(schema, table)} ALTER COLUMN ${qc} TYPE ${to} USING ${qc}::${to}`);
    this.forget(schema, table);
  }

  /** The table changed: its columns are read from the catalog next time, not from the snapshot. */
  private forget(schema: string, table: string): void {
    this.known.delete(`${schema}.${table}`);
    this.stale.add(`${schema}.${table}`);
  }

  async ensureRejectsTable(schema: string, table: string): Promise<string> {
    const name = fitIdentifier(`${table}__rejects`);
    if (await this.relationExists(schema, name)) return name;
    await this.guarded(`${schema}.${name}`, async () => {
      if (await this.relationNow(qualified(schema, name))) return;
      await this.client.query(`CREATE TABLE IF NOT EXISTS ${qualified(schema, name)} (
      _sdc_stream text NOT NULL, input_line bigint, record jsonb, record_text text, errors jsonb NOT NULL,
      _sdc_load_run_id uuid, rejected_at timestamptz NOT NULL DEFAULT now())`);
    });
    await this.created(schema, name);
    return name;
  }

  /** A relation of this (quoted, qualified) name exists now, in the catalog (not the snapshot). */
  private async relationNow(qualifiedName: string): Promise<boolean> {
    const res = await this.client.query<{ there: boolean }>('SELECT to_regclass($1) IS NOT NULL AS there', [qualifiedName]);
    return res.rows[0]!.there;
  }

  /** The stream a table's comment names (undefined: unmarked), from the catalog. */
  private async streamMark(qt: string): Promise<string | undefined> {
    const res = await this.client.query<{ mark: string | null }>(`SELECT obj_description($1::regclass, 'pg_class') AS mark`, [qt]);
    const mark = res.rows[0]?.mark;
    return mark?.startsWith(STREAM_MARK) ? mark.slice(STREAM_MARK.length) : undefined;
  }

  /**
   * Run DDL that makes something (a schema, a table, an index) another loader may be making at the same moment:
   * two runs starting together on a fresh warehouse (hims-daily and hims-frequent at 01:00) both find it missing.
   * `name` is what it makes, schema-qualified. Outside a transaction (the usual case: the kit commits before a
   * SCHEMA is set up), it runs under a session advisory lock on that name, taken and released around it: the second
   * loader waits for the first's DDL (each statement commits on its own), then `fn` finds the thing made. The lock
   * is taken only outside a transaction and held only around DDL, which never waits for a load run's file locks
   * (loader.ts holdFile), so it cannot close a deadlock.
   * Inside the load's open transaction (a column widened mid-load, then its stream set up again), a lock held to
   * its commit could deadlock two loaders, so none is taken: `fn` runs in a savepoint, and when another session made
   * the same name first (a catalog unique-index error, raised once that session commits), the savepoint is rolled
   * back — the load's transaction goes on — and `fn` runs again, finding it made. `fn` gets whether it runs inside
   * a transaction.
   */
  private async guarded<T>(name: string, fn: (inTransaction: boolean) => Promise<T>): Promise<T> {
    const c = this.client;
    if (c.getTransactionStatus() === 'T') {
      for (let attempt = 1; ; attempt++) {
        await c.query('SAVEPOINT medi_ddl');
        try {
          const out = await fn(true);
          await c.query('RELEASE SAVEPOINT medi_ddl');
          return out;
        } catch (e) {
          await c.query('ROLLBACK TO SAVEPOINT medi_ddl; RELEASE SAVEPOINT medi_ddl');
          if (!catalogRace(e) || attempt >= 3) throw e;
        }
      }
    }
    await c.query(`SELECT pg_advisory_lock(${DDL_LOCK_KEY})`, [name]);
    try {
      // a loader that takes no such lock (an older version) may still race: its error is met the same way
      for (let attempt = 1; ; attempt++) {
        try {
          return await fn(false);
        } catch (e) {
          if (!catalogRace(e) || attempt >= 3) throw e;
        }
      }
    } finally {
      await c.query(`SELECT pg_advisory_unlock(${DDL_LOCK_KEY})`, [name]).catch(() => undefined);
    }
  }
}

function normaliseType(t: string): PgType | undefined {
  if (t === 'text' || t.startsWith('character')) return 'text';
  if (t.startsWith('timestamp')) return t.includes('with time zone') ? 'timestamptz' : undefined;
  if (t === 'date') return 'date';
  if (t.startsWith('time')) return t.includes('with time zone') ? undefined : 'time';
  if (t === 'bigint' || t === 'integer' || t === 'smallint') return 'bigint';
  if (t.startsWith('numeric') || t === 'double precision' || t === 'real') return 'numeric';
  if (t === 'boolean') return 'boolean';
  if (t === 'jsonb' || t === 'json') return 'jsonb';
  return undefined;
}
