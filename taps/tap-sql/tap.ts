// tap-sql's run: any relational database → Singer messages on stdout. The streams are the source's tables, found by
// discovery at run time (the catalog can deselect tables and columns); see engine.ts for how they are read.
import { readFileSync } from 'node:fs';
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
import type { Logger } from '../../kit/singer/log.js';
import { about } from './about.js';
import { settings, type SqlConfig } from './settings.js';
import { loadDialect } from './dialects/index.js';
import type { Dialect, Session } from './dialect.js';
import { discoverTables, glob, profileReport, type TableProfile } from './discovery.js';
import { Engine, connectWithRetry, connectionOptions, rowCountsStream, tableSchema, type SyncState, type TableRun } from './engine.js';
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

export async function profile(cfg: SqlConfig, dialect: Dialect, session: Session): Promise<TableProfile[]> {
  const overrides = { ...cfg.overrides };
  for (const [t, tier] of Object.entries(cfg.tiers)) overrides[t] = { ...(overrides[t] ?? {}), tier };
  const schemas = cfg.schemas.length ? cfg.schemas : dialect.name === 'mysql' && cfg.database ? [cfg.database] : [];
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
  });
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
      schema: tableSchema(p, columns, withDeletes),
    },
  };
}

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
  const entries = ((catalog as { streams?: unknown[] } | undefined)?.streams ?? []) as Array<{
    tap_stream_id?: string;
    metadata?: Array<{ breadcrumb: string[]; metadata: Record<string, unknown> }>;
  }>;
  for (const e of entries) {
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
    const profiles = await profile(cfg, dialect, session);
    if (args.discover) {
      stdout.write(JSON.stringify(catalogOf(cfg, profiles), null, 2) + '\n');
      process.stderr.write(profileReport(profiles) + '\n');
      return 0;
    }
    const catalog = args.catalog ? JSON.parse(readFileSync(args.catalog, 'utf8')) : undefined;
    // numbers exactly as written: a third-party bookmark past 2^53 read as a double resumes past rows (>= a rounded-up key)
    const input = (args.state ? parseJsonExact(readFileSync(args.state, 'utf8')) : {}) as Partial<SyncState>;
    const state: SyncState = { ...input, bookmarks: { ...(input.bookmarks ?? {}) } };
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
        schema: tableSchema(p, kept, !!sd || cfg.reconcile_tables.includes(p.table)),
        dropped: new Set(),
        ...(sd ? { softDelete: { column: sd.column, values: new Set(sd.values.map(String)) } } : {}),
      });
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
