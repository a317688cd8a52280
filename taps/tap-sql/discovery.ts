// Discovery and profiling: tables, columns, keys, indexes, foreign keys and sizes from the dialect's catalog
// queries; per table an incremental column chosen by the fact sheet's rules (with the reason), a tier and a
// batch size. The same profile feeds the Singer catalog, the contracts (discover-contracts.ts) and the report.
import { createHash } from 'node:crypto';
import type { Dialect, MappedType, Session, SourceColumn } from './dialect.js';

export type Tier = 'critical' | 'important' | 'audit' | 'reference';
export const TIERS: readonly Tier[] = ['critical', 'important', 'audit', 'reference'];

export interface ProfiledColumn extends SourceColumn {
  type: MappedType;
}

export interface IndexInfo {
  name: string;
  columns: string[];
  unique: boolean;
}

export interface ForeignKey {
  name: string;
  columns: string[];
  refSchema: string;
  refTable: string;
  refColumns: string[];
}

/**
 * How a table is read incrementally:
 * - cursor: keyset on (cursor, pk…) — an auto-updated or updated-at column
 * - append: keyset on (insert stamp or PK): the table only grows; updates are not seen (audit, log, history)
 * - full: no usable cursor: every run reads the whole table (paged by PK under one snapshot)
 */
export type Strategy = 'cursor' | 'append' | 'full';

export interface Choice {
  strategy: Strategy;
  /** the keyset's leading column; for `append` by PK, the PK itself */
  cursor?: string;
  reason: string;
}

export interface TableProfile {
  schema: string;
  table: string;
  /** the contract's stream name (contracts/<source>/<name>.yaml) */
  name: string;
  /** the Singer stream: `<source>_<name>`, landing as raw.<source>_<name> */
  stream: string;
  columns: ProfiledColumn[];
  pk: string[];
  indexes: IndexInfo[];
  foreignKeys: ForeignKey[];
  estRows: number | null;
  totalBytes: number | null;
  avgRowBytes: number;
  choice: Choice;
  tier: Tier;
  tierReason: string;
  batchRows: number;
  /** tables whose rows this one's reads include (PostgreSQL partitions, inheritance children): 0 for most */
  members?: number;
  /** who gave the stream its name, when not the naming rule alone (ownStreamName): contracts, the catalog */
  nameFrom?: string[];
}

export interface TableOverride {
  cursor?: string;
  strategy?: Strategy;
  tier?: Tier;
  batch_rows?: number;
}

export interface DiscoverOptions {
  schemas: string[];
  /** glob patterns (`*`, `?`) on `table` or `schema.table`; empty: every table */
  tables: string[];
  excludeTables: string[];
  batchRows: number;
  overrides: Record<string, TableOverride>;
  /** rows from which a table is critical when no override says otherwise */
  criticalMinRows: number;
  /** rows up to which a table is reference data */
  referenceMaxRows: number;
  /** validate cursor candidates against the data (null share, future values): two indexed queries per table */
  validate: boolean;
  /** the source name: streams are `<source>_<table>` */
  source: string;
  /**
   * The schema whose tables are named by their table alone (every other schema's `<schema>__<table>`): the only
   * one of `schemas`, else as the tap says (tap.ts homeSchema: the first of `schemas`, or the session's default
   * schema), else the first of `schemas`.
   */
  home?: string;
  /** the source spells unquoted names in upper case (Oracle): `ORDERS`, not `orders`, owns the name `orders` */
  upperCase?: boolean;
  /** stream names already in use (committed contracts, the catalog), kept whatever the naming rule would give */
  claims?: NameClaim[];
  /** why a table's name is not its own, or a claim cannot be kept */
  log?: (level: 'info' | 'warn', message: string) => void;
}

/** A stream name in use for a table: a committed contract's, or the catalog's. */
export interface NameClaim {
  /** absent: the table of that name in the home schema, or the only one */
  schema?: string;
  table: string;
  /** the stream without `<source>_` (a contract's `stream`) */
  name: string;
  /** who gives it, for the log: `contract contracts/opendental/patient.yaml`, `the catalog` */
  from: string;
}

// the fact sheet's order: updated-at names, then fragments; insert-only stamps only for append-only tables
const UPDATED_NAMES = [
  'updated_at',
  'modified_at',
  'last_modified',
  'write_date',
  'datetstamp',
  'secdatetedit',
  'date_modified',
  'last_updated',
  'updatedat',
  'modifiedon',
];
const UPDATED_FRAGMENTS = ['tstamp', 'edit', 'modif', 'updat'];
const INSERT_NAMES = ['created_at', 'create_date', 'inserted_at', 'secdatetentry', 'logdatetime', 'histdatetstamp'];
// audit/log/history tables by name. Strong names are history whatever their columns (`securitylog`,
// `histappointment`, `audit_trail`, `deletedobject`); weak ones (`…log`, `…hist`) only when the table has no
// update cursor, since not every `…log` is a log (OpenDental's procedurelog and commlog are updated in place)
const STRONG_AUDIT = /^(hist|audit)|(^|_)(audit|history|journal)s?$|(securitylog|entrylog|auditlog|history|deletedobject)s?$/i;
const WEAK_AUDIT = /(log|hist|events?)s?$/i;
const APPEND_ONLY_NAME = { test: (name: string) => STRONG_AUDIT.test(name) || WEAK_AUDIT.test(name) };

export function glob(pattern: string): RegExp {
  return new RegExp(
    '^' +
      pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.') +
      '$',
    'i',
  );
}

/** A name folded for a stream: camelCase split, lower case, anything but [a-z0-9_] as `_`, no `_` at either end. */
function fold(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** The stream name earlier versions gave a table alone (`qualify`: `<schema>_<table>`, when two schemas had it). */
export function streamName(schema: string, table: string, qualify: boolean): string {
  const base = fold(qualify ? `${schema}_${table}` : table);
  return /^[a-z]/.test(base) ? base : `t_${base}`;
}

/** 8 hex digits of sha256 of a name: a home table's own name, another schema's `<schema>\0<table>`. */
export const nameHash = (name: string) => createHash('sha256').update(name).digest('hex').slice(0, 8);

export interface NamingRule {
  source: string;
  /** the schema whose tables are named by their table alone */
  home?: string;
  /** tables of more than one schema can be read (`schemas` names none, or several) */
  multiSchema: boolean;
  upperCase?: boolean;
  claims?: NameClaim[];
  log?: (level: 'info' | 'warn', message: string) => void;
}

/**
 * A table's own stream name, from its schema and name alone: never from which other tables the source holds, so
 * no table that appears later can change it. The folded name (`order_items`; another schema's table
 * `<schema>__<table>`) belongs to the one table spelled exactly so (in upper case where the source spells unquoted
 * names so: Oracle); any other spelling that folds to it (`Order Items`, `OrderItems`, `order-items`) is that name
 * and a short hash of its own name (`order_items_29badae7`; another schema's: of schema and name), whether or not
 * the plain one exists. A home table whose name holds `__` is hashed too when other schemas can be read (it would
 * read as `<schema>__<table>`).
 */
export function ownStreamName(
  schema: string,
  table: string,
  r: Pick<NamingRule, 'home' | 'multiSchema' | 'upperCase'>,
): { plain: string; name: string; hashed: string } {
  const spelt = (f: string, as: string) => as === (r.upperCase ? f.toUpperCase() : f);
  const t = fold(table);
  let plain: string;
  let own: boolean;
  let hash: string;
  if (r.home !== undefined && schema === r.home) {
    plain = /^[a-z]/.test(t) ? t : `t_${t}`;
    own = spelt(plain, table) && !(r.multiSchema && plain.includes('__'));
    // the table's name alone: a MySQL database's name is the installation's (a copy restored as another keeps its streams)
    hash = nameHash(table);
  } else {
    const s = fold(schema);
    plain = /^[a-z]/.test(s) ? `${s}__${t}` : `t_${s}__${t}`;
    own = /^[a-z]/.test(s) && /^[a-z]/.test(t) && !s.includes('__') && !t.includes('__') && spelt(s, schema) && spelt(t, table);
    hash = nameHash(`${schema}\u0000${table}`);
  }
  const hashed = `${plain}_${hash}`;
  return { plain, name: own ? plain : hashed, hashed };
}

/** ProcNum → proc_num, DateTStamp → date_t_stamp, SecDateTEdit → sec_date_t_edit: the contract's column name. */
export function snake(name: string): string {
  const s = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(s) ? s : `c_${s}`;
}

const num = (v: unknown): number | null => (v === null || v === undefined || v === '' ? null : Number(v));

function group<T>(rows: Record<string, unknown>[], make: (r: Record<string, unknown>) => T): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = `${r.schema}\u0000${r.table}`;
    let list = m.get(k);
    if (!list) m.set(k, (list = []));
    list.push(make(r));
  }
  return m;
}

/** Read the catalog and profile every selected table. */
export async function discoverTables(session: Session, dialect: Dialect, o: DiscoverOptions): Promise<TableProfile[]> {
  const q = dialect.discoveryQueries(o.schemas);
  const [tables, columns, pks, indexes, fks] = [
    await session.query(q.tables),
    await session.query(q.columns),
    await session.query(q.primaryKeys),
    await session.query(q.indexes),
    await session.query(q.foreignKeys),
  ];
  const include = o.tables.map(glob);
  const exclude = o.excludeTables.map(glob);
  const matches = (res: RegExp[], schema: string, table: string) => res.some((r) => r.test(table) || r.test(`${schema}.${table}`));
  const colsBy = group(columns, (r) => {
    const c: SourceColumn = {
      name: String(r.name),
      position: Number(r.position),
      dataType: String(r.data_type).toLowerCase(),
      columnType: String(r.column_type),
      nullable: String(r.nullable).toUpperCase() === 'YES',
      extra: String(r.extra ?? ''),
      default: r.column_default === null || r.column_default === undefined ? null : String(r.column_default),
      precision: num(r.precision),
      scale: num(r.scale),
      length: num(r.length),
    };
    return { ...c, type: dialect.mapType(c) } as ProfiledColumn;
  });
  const pkBy = group(pks, (r) => ({ name: String(r.name), position: Number(r.position) }));
  const idxBy = group(indexes, (r) => ({
    index: String(r.index_name),
    name: String(r.name),
    unique: r.is_unique === true || Number(r.is_unique) === 1,
  }));
  const fkBy = group(fks, (r) => ({
    constraint: String(r.constraint_name),
    name: String(r.name),
    refSchema: String(r.ref_schema),
    refTable: String(r.ref_table),
    refName: String(r.ref_name),
  }));
  const wanted = (t: Record<string, unknown>) => {
    const s = String(t.schema);
    const n = String(t.table);
    return (!include.length || matches(include, s, n)) && !matches(exclude, s, n);
  };
  // a partition or inheritance child is read through its root (PostgreSQL's own SELECT includes its rows), so
  // it is a stream of its own only when its root is not selected: never a row read twice
  const roots = new Set(tables.filter((t) => !t.root_table && wanted(t)).map((t) => `${t.schema}\u0000${t.table}`));
  const selected = tables.filter((t) => wanted(t) && !(t.root_table && roots.has(`${t.root_schema}\u0000${t.root_table}`)));
  const profiles: TableProfile[] = [];
  for (const t of selected) {
    const schema = String(t.schema);
    const table = String(t.table);
    const key = `${schema}\u0000${table}`;
    const cols = (colsBy.get(key) ?? []).sort((a, b) => a.position - b.position);
    if (!cols.length) continue;
    const pk = (pkBy.get(key) ?? []).sort((a, b) => a.position - b.position).map((p) => p.name);
    const idx = new Map<string, IndexInfo>();
    for (const i of idxBy.get(key) ?? []) {
      let e = idx.get(i.index);
      if (!e) idx.set(i.index, (e = { name: i.index, columns: [], unique: i.unique }));
      e.columns.push(i.name);
    }
    const fk = new Map<string, ForeignKey>();
    for (const f of fkBy.get(key) ?? []) {
      let e = fk.get(f.constraint);
      if (!e) fk.set(f.constraint, (e = { name: f.constraint, columns: [], refSchema: f.refSchema, refTable: f.refTable, refColumns: [] }));
      e.columns.push(f.name);
      e.refColumns.push(f.refName);
    }
    const estRows = num(t.est_rows) ?? num(t.live_rows);
    const totalBytes = num(t.total_bytes);
    const declaredWidth = cols.reduce((s, c) => s + widthOf(c), 0);
    // the catalog's own average where it has one (declared varchar widths overstate what rows hold)
    const avgRowBytes = num(t.avg_row_bytes) || Math.min(declaredWidth, 4096) || 100;
    const override = o.overrides[table] ?? o.overrides[`${schema}.${table}`] ?? {};
    const profile: TableProfile = {
      schema,
      table,
      name: '',
      stream: '',
      columns: cols,
      pk,
      indexes: [...idx.values()],
      foreignKeys: [...fk.values()],
      estRows,
      totalBytes,
      avgRowBytes,
      choice: { strategy: 'full', reason: '' },
      tier: 'important',
      tierReason: '',
      batchRows: override.batch_rows ?? batchRowsFor(o.batchRows, avgRowBytes),
      ...(num(t.members) ? { members: num(t.members)! } : {}),
    };
    profile.choice = await chooseCursor(profile, override, o.validate ? session : undefined, dialect);
    Object.assign(profile, tierOf(profile, override, o));
    profiles.push(profile);
  }
  return assignStreams(profiles, {
    source: o.source,
    home: o.schemas.length === 1 ? o.schemas[0] : (o.home ?? o.schemas[0]),
    multiSchema: o.schemas.length !== 1,
    ...(o.upperCase ? { upperCase: true } : {}),
    ...(o.claims ? { claims: o.claims } : {}),
    ...(o.log ? { log: o.log } : {}),
  });
}

/** A table as the log names it: its name, schema-qualified outside the home schema. */
export function tableLabel(p: Pick<TableProfile, 'schema' | 'table'>, home: string | undefined): string {
  return home !== undefined && p.schema === home ? p.table : `${p.schema}.${p.table}`;
}

/**
 * Each table's stream name (`name`, and `stream` = `<source>_<name>`). A name a claim gives (a committed
 * contract's `stream` for its `discovered.table`, or the catalog's stream for its `table-name`) is kept: the
 * stream that contract's staging reads, or the catalog selects, goes on receiving that table's rows. Every other
 * table has its own name (ownStreamName), or, when a claim gives that name to another table, its own name's hashed
 * form. Two tables are never one stream: names that still meet (a hash colliding) fail discovery, naming both.
 */
export function assignStreams(profiles: TableProfile[], r: NamingRule): TableProfile[] {
  const log = r.log ?? (() => undefined);
  const label = (p: TableProfile) => tableLabel(p, r.home);
  const named = (name: string) => `"${r.source}_${name}"`;
  const kept = new Map<TableProfile, NameClaim>();
  const taken = new Map<string, TableProfile>();
  const agree = new Map<TableProfile, string[]>();
  for (const c of r.claims ?? []) {
    const matches = profiles.filter((p) => p.table === c.table && (c.schema === undefined || p.schema === c.schema));
    const p = matches.length === 1 ? matches[0] : matches.find((x) => x.schema === r.home);
    if (!p) continue;
    const had = kept.get(p);
    if (had) {
      if (had.name === c.name) agree.get(p)!.push(c.from);
      else
        log(
          'warn',
          `table ${label(p)}: ${had.from} names it stream ${named(had.name)}, ${c.from} ${named(c.name)}: it stays ${named(had.name)}`,
        );
      continue;
    }
    const other = taken.get(c.name);
    if (other) {
      log(
        'warn',
        `${c.from} names table ${label(p)} stream ${named(c.name)}, which ${kept.get(other)!.from} gives table ${label(other)}: ${label(p)} is not read as ${named(c.name)}`,
      );
      continue;
    }
    kept.set(p, c);
    agree.set(p, [c.from]);
    taken.set(c.name, p);
  }
  for (const p of profiles) {
    const claim = kept.get(p);
    const own = ownStreamName(p.schema, p.table, r);
    let name = claim ? claim.name : own.name;
    if (!claim && taken.has(name)) {
      const owner = taken.get(name)!;
      log(
        'info',
        `table ${label(p)} is stream ${named(own.hashed)}: ${named(name)} is table ${label(owner)}'s (${kept.get(owner)?.from ?? 'its own name'})`,
      );
      name = own.hashed;
    }
    const other = taken.get(name);
    if (other && other !== p)
      throw new Error(
        `tables ${label(other)} and ${label(p)} would both be stream ${named(name)}: exclude one (exclude_tables) or give one another name in its contract`,
      );
    taken.set(name, p);
    p.name = name;
    p.stream = `${r.source}_${name}`;
    if (claim) p.nameFrom = agree.get(p)!;
  }
  return profiles;
}

function widthOf(c: ProfiledColumn): number {
  switch (c.type.kind) {
    case 'int':
    case 'float':
    case 'timestamp':
    case 'localtimestamp':
      return 8;
    case 'date':
      return 4;
    case 'bool':
      return 1;
    case 'decimal':
      return 10;
    default:
      return Math.min(c.length ?? 64, 1024);
  }
}

/** Pages of about 8 MiB: `batch_rows` for narrow tables, fewer rows for wide ones (not below 500 unless batch_rows is). */
export function batchRowsFor(batchRows: number, avgRowBytes: number): number {
  return Math.min(batchRows, Math.max(500, Math.floor((8 * 1024 * 1024) / Math.max(avgRowBytes, 1))));
}

const isTimeKind = (c: ProfiledColumn) => ['timestamp', 'localtimestamp', 'date'].includes(c.type.kind);

/** The fact sheet's rules 1–7, in order; the reason says which rule decided and what was rejected on the way. */
export async function chooseCursor(
  p: TableProfile,
  override: TableOverride,
  session: Session | undefined,
  dialect: Dialect,
): Promise<Choice> {
  if (override.strategy === 'full') return { strategy: 'full', reason: 'override: full-table replication' };
  if (override.cursor) {
    const c = p.columns.find((x) => x.name.toLowerCase() === override.cursor!.toLowerCase());
    if (!c) throw new Error(`table ${p.schema}.${p.table}: override cursor "${override.cursor}" is not a column`);
    return { strategy: override.strategy ?? 'cursor', cursor: c.name, reason: `override: cursor ${c.name}` };
  }
  const appendOnly = APPEND_ONLY_NAME.test(p.table);
  const leads = (col: string) => p.indexes.some((i) => i.columns[0]?.toLowerCase() === col.toLowerCase());
  const rejected: string[] = [];
  const candidates: Array<{ col: ProfiledColumn; why: string; strategy: Strategy }> = [];
  const times = p.columns.filter(isTimeKind);
  for (const c of times)
    if (c.type.autoUpdated) candidates.push({ col: c, why: `${c.name} is auto-updated on every change (${c.extra})`, strategy: 'cursor' });
  for (const n of UPDATED_NAMES)
    for (const c of times)
      if (c.name.toLowerCase() === n) candidates.push({ col: c, why: `${c.name} is named as an updated-at column`, strategy: 'cursor' });
  for (const f of UPDATED_FRAGMENTS)
    for (const c of times)
      if (c.name.toLowerCase().includes(f) && !INSERT_NAMES.includes(c.name.toLowerCase()))
        candidates.push({ col: c, why: `${c.name}'s name contains "${f}"`, strategy: 'cursor' });
  if (appendOnly)
    for (const n of INSERT_NAMES)
      for (const c of times)
        if (c.name.toLowerCase() === n)
          candidates.push({ col: c, why: `${c.name} is an insert stamp and ${p.table} is append-only by its name`, strategy: 'append' });
  const seen = new Set<string>();
  for (const cand of candidates) {
    if (seen.has(cand.col.name)) continue;
    seen.add(cand.col.name);
    if (!leads(cand.col.name)) {
      rejected.push(`${cand.col.name}: no index leads with it (every run would scan the table)`);
      continue;
    }
    if (cand.col.type.kind === 'date') cand.why += ' (date only: day granularity, re-read with a look-back)';
    if (session) {
      const bad = await validateCandidate(session, dialect, p, cand.col);
      if (bad) {
        rejected.push(`${cand.col.name}: ${bad}`);
        continue;
      }
    }
    const also = rejected.length ? `; rejected ${rejected.join('; ')}` : '';
    return { strategy: cand.strategy, cursor: cand.col.name, reason: cand.why + also };
  }
  const also = rejected.length ? ` (rejected ${rejected.join('; ')})` : '';
  const autoPk = p.pk.length === 1 && /auto_increment|identity/i.test(p.columns.find((c) => c.name === p.pk[0])?.extra ?? '');
  const intPk = p.pk.length === 1 && p.columns.find((c) => c.name === p.pk[0])?.type.kind === 'int';
  if (autoPk && intPk)
    return {
      strategy: 'append',
      cursor: p.pk[0]!,
      reason: `no timestamp cursor${also}: append-only by the auto-increment key ${p.pk[0]} (updates and deletes are seen only by the periodic full load / key reconciliation)`,
    };
  return { strategy: 'full', reason: `no usable cursor${also}: full-table replication` };
}

/** Null share and future values, with the index the candidate leads (a MAX and a COUNT of NULLs). */
async function validateCandidate(session: Session, dialect: Dialect, p: TableProfile, c: ProfiledColumn): Promise<string | undefined> {
  const col = dialect.quote(c.name);
  const t = dialect.qualify(p.schema, p.table);
  const [r] = await session.query({
    text: `SELECT MAX(${col}) AS max_value, (SELECT COUNT(*) FROM ${t} WHERE ${col} IS NULL) AS nulls FROM ${t}`,
    params: [],
  });
  const nulls = Number(r?.nulls ?? 0);
  if (p.estRows && p.estRows > 20 && nulls > p.estRows / 2) return `mostly NULL (${nulls} of ~${p.estRows} rows)`;
  const max = r?.max_value === null || r?.max_value === undefined ? undefined : String(r.max_value);
  if (max) {
    const ms = Date.parse(max.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00') + (/[zZ]|[+-]\d\d(:?\d\d)?$/.test(max) ? '' : 'Z'));
    if (Number.isFinite(ms) && ms > Date.now() + 86_400_000) return `holds values in the future (max ${max})`;
  }
  return undefined;
}

function tierOf(p: TableProfile, override: TableOverride, o: DiscoverOptions): { tier: Tier; tierReason: string } {
  if (override.tier) return { tier: override.tier, tierReason: 'override' };
  const rows = p.estRows ?? 0;
  if (STRONG_AUDIT.test(p.table)) return { tier: 'audit', tierReason: `name ${p.table} is an audit/log/history table` };
  if (WEAK_AUDIT.test(p.table) && p.choice.strategy !== 'cursor')
    return { tier: 'audit', tierReason: `name ${p.table} reads as a log/history and it has no update cursor` };
  if (rows >= o.criticalMinRows) return { tier: 'critical', tierReason: `~${rows} rows ≥ ${o.criticalMinRows}` };
  if (rows <= o.referenceMaxRows && p.choice.strategy !== 'cursor')
    return { tier: 'reference', tierReason: `~${rows} rows ≤ ${o.referenceMaxRows} and no update cursor` };
  return { tier: 'important', tierReason: p.choice.strategy === 'cursor' ? 'changing table with an update cursor' : `~${rows} rows` };
}

/** The profile as a report for people: one table per tier (rows, size, cursor, why). */
export function profileReport(profiles: TableProfile[]): string {
  const out: string[] = [];
  const mb = (b: number | null) => (b === null ? '?' : (b / 1024 / 1024).toFixed(1));
  for (const tier of TIERS) {
    const list = profiles.filter((p) => p.tier === tier).sort((a, b) => (b.estRows ?? 0) - (a.estRows ?? 0));
    if (!list.length) continue;
    out.push(`## ${tier} (${list.length} table${list.length === 1 ? '' : 's'})`, '');
    out.push('| table | ~rows | MB | key | strategy | cursor | batch | why |', '|---|---:|---:|---|---|---|---:|---|');
    for (const p of list)
      out.push(
        `| ${p.schema}.${p.table}${p.members ? ` (+${p.members} partitions or children)` : ''} | ${p.estRows ?? '?'} | ${mb(p.totalBytes)} | ${p.pk.join(', ') || '—'} | ${p.choice.strategy} | ${p.choice.cursor ?? '—'} | ${p.batchRows} | ${p.choice.reason.replace(/\|/g, '/')}; tier: ${p.tierReason} |`,
      );
    out.push('');
  }
  return out.join('\n');
}
