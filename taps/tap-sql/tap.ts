// tap-sql's run: any relational database → Singer messages on stdout. The streams are the source's tables, found by
// discovery at run time (the catalog can deselect tables and columns); see engine.ts for how they are read.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import type { Writable } from 'node:stream';
import { parseCli } from '../../kit/singer/cli.js';
import { loadConfig, unflatten } from '../../kit/singer/settings.js';
import { aboutJson, aboutMarkdown } from '../../kit/singer/about.js';
import { createLogger, peakRssMb } from '../../kit/singer/log.js';
import { SingerWriter } from '../../kit/singer/writer.js';
import { ConfigError, redact } from '../../kit/singer/errors.js';
import { parseJsonExact } from '../../kit/singer/json.js';
import { publishTapFailure } from '../../kit/events.js';
import { discover, selection, subSelection } from '../../kit/singer/tap-kit.js';
import { CONTRACTS_DIR } from '../../kit/contracts/contract.js';
import type { Logger } from '../../kit/singer/log.js';
import { about } from './about.js';
import { settings, type SqlConfig } from './settings.js';
import { loadDialect } from './dialects/index.js';
import type { Dialect, Session } from './dialect.js';
import { discoverTables, glob, nameHash, profileReport, streamName, type NameClaim, type TableProfile } from './discovery.js';
import {
  Engine,
  PYTHON_DECIMAL_DIGITS,
  connectWithRetry,
  connectionOptions,
  rowCountsStream,
  tableSchema,
  type SyncState,
  type TableRun,
} from './engine.js';
import { queryStreams } from './query-streams.js';
import { BatchLane } from './batch-lane.js';
import { BatchFiles, parseBatchConfig, withKitAbout, withKitSettings } from '../../kit/singer/batch.js';

export function readConfig(files: string[]): SqlConfig {
  const cfg = loadConfig(about.name, withKitSettings(settings), files) as unknown as SqlConfig;
  for (const k of ['tiers', 'overrides', 'soft_deletes', 'queries'] as const)
    (cfg as unknown as Record<string, unknown>)[k] = unflatten(cfg[k]);
  const prefix = cfg.secrets_env_prefix?.toUpperCase().replace(/[^A-Z0-9]/g, '_');
  if (prefix) {
    const env = (k: string) => process.env[`${prefix}_${k}`] || undefined;
    cfg.url ??= env('URL');
    cfg.password ??= env('PASSWORD');
    cfg.tls_ca ??= env('TLS_CA');
  }
  cfg.warehouse_url ??= process.env.DATABASE_URL || undefined;
  if (!cfg.url && !cfg.host) throw new ConfigError(`tap-sql: set url (env TAP_SQL_URL${prefix ? ` or ${prefix}_URL` : ''}) or host`);
  if (cfg.mode === 'range' && !cfg.range_from && !cfg.range_to)
    throw new ConfigError('tap-sql: mode range needs range_from and/or range_to');
  if (cfg.batch_rows < 1 || cfg.max_workers < 1) throw new ConfigError('tap-sql: batch_rows and max_workers must be at least 1');
  return cfg;
}

/**
 * The schema whose tables are streams by their table name alone (others: `<schema>__<table>`): the first of
 * `schemas`; when `schemas` names none, the schema unqualified names resolve to (PostgreSQL current_schema(),
 * usually public; the MySQL database; SQL Server dbo; the Oracle user). Settings and the session decide, never the
 * tables found: a schema or table that appears changes no name.
 */
export async function homeSchema(cfg: SqlConfig, dialect: Dialect, session: Session, schemas: string[]): Promise<string | undefined> {
  if (schemas.length) return schemas[0];
  let url: URL | undefined;
  try {
    url = cfg.url ? new URL(cfg.url) : undefined;
  } catch {
    url = undefined;
  }
  switch (dialect.name) {
    case 'postgres': {
      const [r] = await session.query({ text: 'SELECT current_schema() AS s', params: [] });
      return r?.s ? String(r.s) : 'public';
    }
    case 'mysql':
      return cfg.database || decodeURIComponent(url?.pathname.slice(1) ?? '') || undefined;
    case 'mssql':
      return 'dbo';
    case 'oracle':
      return (cfg.user || decodeURIComponent(url?.username ?? '') || undefined)?.toUpperCase();
    default:
      return undefined;
  }
}

/** The stream names the source's committed contracts give their tables (`stream` for `discovered.table`). */
export function contractClaims(cfg: SqlConfig, logger?: Logger, dir = cfg.contracts_dir ?? join(CONTRACTS_DIR, cfg.source)): NameClaim[] {
  if (!existsSync(dir)) return [];
  const claims: NameClaim[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.yaml'))
    .sort()) {
    const file = join(dir, f);
    const shown = file.includes('contracts/') ? file.slice(file.lastIndexOf('contracts/')) : file;
    let doc: { source?: unknown; stream?: unknown; discovered?: { schema?: unknown; table?: unknown } } | undefined;
    try {
      doc = YAML.parse(readFileSync(file, 'utf8')) as typeof doc;
    } catch (e) {
      logger?.warn(`contract ${shown} is not readable YAML (${(e as Error).message}): the stream name it gives is not known`);
      continue;
    }
    const d = doc?.discovered;
    if (!doc || typeof doc.stream !== 'string' || typeof d?.table !== 'string' || (doc.source !== undefined && doc.source !== cfg.source))
      continue;
    claims.push({
      ...(typeof d.schema === 'string' ? { schema: d.schema } : {}),
      table: d.table,
      name: doc.stream,
      from: `contract ${shown}`,
    });
  }
  return claims;
}

/** The stream names a catalog gives tables (its `table-name` metadata): the names it selects by. */
function catalogClaims(cfg: SqlConfig, catalog: unknown): NameClaim[] {
  const prefix = `${cfg.source}_`;
  const claims: NameClaim[] = [];
  for (const e of catalogEntries(catalog)) {
    const top = e.metadata?.find((m) => m.breadcrumb.length === 0)?.metadata ?? {};
    const table = top['table-name'];
    if (typeof table !== 'string' || !e.tap_stream_id?.startsWith(prefix)) continue;
    const schema = top['schema-name'];
    claims.push({
      ...(typeof schema === 'string' ? { schema } : {}),
      table,
      name: e.tap_stream_id.slice(prefix.length),
      from: 'the catalog',
    });
  }
  return claims;
}

type CatalogEntry = { tap_stream_id?: string; metadata?: Array<{ breadcrumb: string[]; metadata: Record<string, unknown> }> };
const catalogEntries = (catalog: unknown): CatalogEntry[] =>
  ((catalog as { streams?: unknown[] } | undefined)?.streams ?? []) as CatalogEntry[];

/**
 * Discover and profile. Stream names: the catalog's (the run selects by them), then the committed contracts',
 * then each table's own (discovery.ts ownStreamName). `claims` replaces the contracts' (contracts:discover --out).
 */
export async function profile(
  cfg: SqlConfig,
  dialect: Dialect,
  session: Session,
  o: { catalog?: unknown; logger?: Logger; claims?: NameClaim[] } = {},
): Promise<TableProfile[]> {
  const overrides = { ...cfg.overrides };
  for (const [t, tier] of Object.entries(cfg.tiers)) overrides[t] = { ...(overrides[t] ?? {}), tier };
  const schemas = cfg.schemas.length ? cfg.schemas : dialect.name === 'mysql' && cfg.database ? [cfg.database] : [];
  const home = await homeSchema(cfg, dialect, session, schemas);
  const logger = o.logger;
  return discoverTables(session, dialect, {
    schemas,
    tables: cfg.tables,
    excludeTables: cfg.exclude_tables,
    batchRows: cfg.batch_rows,
    overrides,
    criticalMinRows: cfg.critical_min_rows,
    referenceMaxRows: cfg.reference_max_rows,
    validate: cfg.validate_cursors,
    source: cfg.source,
    ...(home !== undefined ? { home } : {}),
    ...(dialect.name === 'oracle' ? { upperCase: true } : {}),
    claims: [...catalogClaims(cfg, o.catalog), ...(o.claims ?? contractClaims(cfg, logger))],
    ...(logger ? { log: (level: 'info' | 'warn', m: string) => logger[level](m) } : {}),
  });
}

/** Every name an earlier version could have given the table: alone or schema-qualified, either with its hash then. */
function formerStreams(cfg: SqlConfig, p: TableProfile): string[] {
  const names = [streamName(p.schema, p.table, false), streamName(p.schema, p.table, true)];
  const hash = nameHash(`${p.schema}\u0000${p.table}`);
  return [...names, ...names.map((n) => `${n}_${hash}`)].map((n) => `${cfg.source}_${n}`);
}

/**
 * A stream name that changed is said loudly, naming both, and a bookmark never moves to another table with its
 * name: the state's bookmarks against this run's streams, before anything is read.
 * - a bookmark that names its table (`table`: its name, written since) under a stream now another table's: dropped,
 *   that table read from the start; and where its table is now, said;
 * - a bookmark from before that, under a name another table could have had: dropped alike, unless a contract
 *   gives the stream its name;
 * - a bookmark whose stream no table has now, of a table that had that name: the table's new name is said.
 */
function checkBookmarks(cfg: SqlConfig, profiles: TableProfile[], state: SyncState, logger: Logger): void {
  // a range run reads no bookmark and moves none: it only says
  const detached = cfg.mode === 'range';
  // a table by its name: the schema (a MySQL database's name is the installation's) is no part of a bookmark's table
  const id = (p: TableProfile) => p.table;
  const byStream = new Map(profiles.map((p) => [p.stream, p]));
  for (const [stream, bm] of Object.entries(state.bookmarks)) {
    if (!bm || typeof bm !== 'object' || stream in cfg.queries) continue;
    const owner = typeof bm.table === 'string' ? bm.table : undefined;
    const p = byStream.get(stream);
    if (p) {
      if (owner !== undefined && owner !== id(p)) {
        const moved = profiles.find((q) => id(q) === owner);
        logger.warn(
          `stream "${stream}" is now table ${id(p)}, but its bookmark is table ${owner}'s${moved ? ` (now stream "${moved.stream}")` : ''}: ${id(p)} is read from the start`,
        );
        if (!detached) delete state.bookmarks[stream];
      } else if (owner === undefined && !p.nameFrom?.some((f) => f.startsWith('contract '))) {
        const others = profiles.filter((q) => q !== p && formerStreams(cfg, q).includes(stream));
        if (others.length) {
          logger.warn(
            `stream "${stream}" is table ${id(p)}, but its bookmark (written before bookmarks named their table) could be table ${others.map((q) => `${id(q)}'s (now stream "${q.stream}")`).join(' or ')}: ${id(p)} is read from the start; a contract naming its table keeps a stream's bookmark`,
          );
          if (!detached) delete state.bookmarks[stream];
        }
      }
      continue;
    }
    const had =
      owner !== undefined ? profiles.filter((q) => id(q) === owner) : profiles.filter((q) => formerStreams(cfg, q).includes(stream));
    for (const q of had)
      logger.warn(
        `table ${id(q)} was stream "${stream}" (the state holds its bookmark) and is now stream "${q.stream}": read from the start into raw.${q.stream}; raw.${stream} and a contract's staging on it get no more rows. To keep "${stream}", commit a contract with stream ${stream.slice(cfg.source.length + 1)} and discovered.table ${q.table}`,
      );
  }
}

function streamSchemaOf(cfg: SqlConfig, p: TableProfile) {
  const columns = p.columns.filter((c) => !(c.type.binary && cfg.binary === 'exclude'));
  const withDeletes = !!cfg.soft_deletes[p.table] || cfg.reconcile_tables.includes(p.table);
  return {
    columns,
    singer: {
      stream: p.stream,
      key_properties: p.pk,
      bookmark_properties: p.choice.cursor && p.choice.strategy !== 'full' ? [p.choice.cursor] : [],
      schema: tableSchema(p, columns, withDeletes, multipleOfDigits(cfg)),
    },
  };
}

const multipleOfDigits = (cfg: SqlConfig) => (cfg.decimal_multiple_of === 'up_to_28_digits' ? PYTHON_DECIMAL_DIGITS : Infinity);

/** The row-counts control stream (engine.ts), refused when a table's stream would take its name. */
function countsStreamOf(cfg: SqlConfig, profiles: TableProfile[]) {
  const rc = rowCountsStream(cfg.source);
  const clash = profiles.find((p) => p.stream === rc.stream);
  if (clash)
    throw new ConfigError(
      `tap-sql: table ${clash.schema}.${clash.table} would be stream ${rc.stream}, the name of the row-counts stream; exclude it (exclude_tables) or rename the source`,
    );
  return rc;
}

/** The Singer catalog with the profile in each stream's metadata (schema, tier, cursor and why, size). */
export function catalogOf(cfg: SqlConfig, profiles: TableProfile[]) {
  const cat = discover(
    profiles.map((p) => ({ singer: streamSchemaOf(cfg, p).singer, fetch: () => [] as never })),
    [countsStreamOf(cfg, profiles)],
  );
  for (const [i, e] of cat.streams.entries()) {
    const p = profiles[i];
    if (!p) continue; // the row-counts control stream
    Object.assign(e.metadata[0]!.metadata, {
      'schema-name': p.schema,
      'table-name': p.table,
      'row-count': p.estRows,
      'medi-tier': p.tier,
      'medi-tier-reason': p.tierReason,
      'medi-strategy': p.choice.strategy,
      'medi-cursor': p.choice.cursor ?? null,
      'medi-cursor-reason': p.choice.reason,
      'medi-batch-rows': p.batchRows,
      // its reads include these many partitions or inheritance children (PostgreSQL), which are no streams of their own
      ...(p.members ? { 'medi-members': p.members } : {}),
    });
    for (const m of e.metadata.slice(1)) {
      const c = p.columns.find((x) => x.name === m.breadcrumb[1]);
      if (c) m.metadata['sql-datatype'] = c.columnType;
    }
  }
  return cat;
}

/**
 * What the run was asked for and will not do as asked, said before it reads: a table named in `tables` that the
 * source does not have (a glob matching nothing is no mistake), a stream the catalog selects whose table is gone,
 * and a table read another way than the catalog it was discovered with says (its cursor no longer qualifies, or a
 * new one does: this run's profile decides; rediscover to see why).
 */
function warnUnread(cfg: SqlConfig, catalog: unknown, profiles: TableProfile[], logger: Logger): void {
  for (const name of cfg.tables)
    if (!/[*?]/.test(name) && !profiles.some((p) => glob(name).test(p.table) || glob(name).test(`${p.schema}.${p.table}`)))
      logger.warn(`table "${name}" (setting tables) is not in the source (or has no readable columns): nothing read for it`);
  for (const e of catalogEntries(catalog)) {
    const top = e.metadata?.find((m) => m.breadcrumb.length === 0)?.metadata ?? {};
    if (top.selected !== true || !e.tap_stream_id || e.tap_stream_id.endsWith('_row_counts')) continue;
    const p = profiles.find((x) => x.stream === e.tap_stream_id);
    if (!p) {
      if (!(cfg.queries && e.tap_stream_id in cfg.queries))
        logger.warn(`stream "${e.tap_stream_id}" is selected in the catalog but its table is not in the source: not read`);
      continue;
    }
    const was = [top['medi-strategy'], top['medi-cursor'] ?? null];
    const now = [p.choice.strategy, p.choice.cursor ?? null];
    if (was[0] !== undefined && (was[0] !== now[0] || was[1] !== now[1]))
      logger.warn(
        `stream "${p.stream}": the catalog says ${String(was[0])}${was[1] ? ` by ${String(was[1])}` : ''}, this run reads it ${now[0]}${now[1] ? ` by ${now[1]}` : ''}: ${p.choice.reason}`,
      );
  }
}

export async function main(argv: string[], stdout: Writable = process.stdout): Promise<number> {
  let args;
  try {
    args = parseCli(argv);
  } catch (e) {
    process.stderr.write(`tap-sql: ${(e as Error).message}\n`);
    return 2;
  }
  if (args.version) {
    stdout.write(`${about.name} ${about.version}\n`);
    return 0;
  }
  if (args.about) {
    // with what every tap of ours has from the kit: the batch_config setting and the `batch` capability
    const a = withKitAbout(about);
    stdout.write(args.format === 'markdown' ? aboutMarkdown(a) : JSON.stringify(aboutJson(a), null, 2) + '\n');
    return 0;
  }
  const logger: Logger = createLogger(about.name, process.env.MELTANO_RUN_ID ? { run_id: process.env.MELTANO_RUN_ID } : {});
  let out = new SingerWriter(stdout);
  let files: BatchFiles | undefined;
  let session: Session | undefined;
  try {
    const cfg = readConfig(args.config);
    const dialect = await loadDialect(cfg.dialect);
    session = await connectWithRetry(dialect, connectionOptions(cfg), logger);
    if (args.test === 'connection') {
      logger.info(`connection test passed: ${dialect.name} source answered at ${await session.now()}`);
      return 0;
    }
    const catalog = !args.discover && args.catalog ? JSON.parse(readFileSync(args.catalog, 'utf8')) : undefined;
    const profiles = await profile(cfg, dialect, session, { catalog, logger });
    if (args.discover) {
      stdout.write(JSON.stringify(catalogOf(cfg, profiles), null, 2) + '\n');
      process.stderr.write(profileReport(profiles) + '\n');
      return 0;
    }
    // numbers exactly as written: a third-party bookmark past 2^53 read as a double resumes past rows (>= a rounded-up key)
    const input = (args.state ? parseJsonExact(readFileSync(args.state, 'utf8')) : {}) as Partial<SyncState>;
    const state: SyncState = { ...input, bookmarks: { ...(input.bookmarks ?? {}) } };
    checkBookmarks(cfg, profiles, state, logger);
    const runs: TableRun[] = [];
    for (const p of profiles) {
      const { columns, singer } = streamSchemaOf(cfg, p);
      const sel = selection(catalog, { singer, fetch: () => [] as never });
      if (!sel.selected) continue;
      const kept = columns.filter((c) => !sel.dropped.has(c.name));
      const sd = cfg.soft_deletes[p.table];
      runs.push({
        profile: p,
        columns: kept,
        schema: tableSchema(p, kept, !!sd || cfg.reconcile_tables.includes(p.table), multipleOfDigits(cfg)),
        dropped: new Set(),
        ...(sd ? { softDelete: { column: sd.column, values: new Set(sd.values.map(String)) } } : {}),
      });
      // the bookmark names its table, so a later run never hands it to another table with this stream name
      if (cfg.mode !== 'range') state.bookmarks[p.stream] = { ...state.bookmarks[p.stream], table: p.table };
    }
    warnUnread(cfg, catalog, profiles, logger);
    // the batch lane (the kit's batch_config): records as batch files, as every tap of ours sends them
    const batchCfg = parseBatchConfig(cfg.batch_config);
    if (batchCfg) out = new BatchLane((files = new BatchFiles(batchCfg)), stdout);
    const counts = countsStreamOf(cfg, profiles);
    const engine = new Engine(cfg, dialect, out, state, logger, subSelection(catalog, counts, true).selected ? counts : undefined);
    await engine.run(runs, session);
    await queryStreams(cfg, dialect, session, state, out, logger, engine);
    if (out instanceof BatchLane) await out.finish();
    await out.flush();
    if (engine.failures.length) {
      const message = `${engine.failures.length} table(s) failed; the others completed:\n  ${engine.failures.join('\n  ')}`;
      logger.error(message);
      await publishTapFailure(about.name, message, (m) => logger.warn(m));
      return 1;
    }
    logger.info('sync finished', { peak_rss_mb: peakRssMb() });
    return 0;
  } catch (e) {
    await out.flush().catch(() => undefined);
    const message = redact((e as Error).message);
    logger.error(message);
    // a scheduled run that cannot start (the source is down) failed too; --discover and --test report to whoever ran them
    if (!args.discover && !args.test) await publishTapFailure(about.name, message, (m) => logger.warn(m));
    return 1;
  } finally {
    files?.finish();
    await session?.close().catch(() => undefined);
  }
}
