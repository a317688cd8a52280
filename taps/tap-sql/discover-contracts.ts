// `npm run contracts:discover -- sql --config <tap-sql config.json> [--tables a,b] [--out dir] [--report file]`:
// profiles a live database with tap-sql's own discovery and writes contracts/<source>/<table>.yaml, one per table
// (columns in order with their source types, the primary key, the chosen cursor and why, tier, size), plus the
// readable profile report. Existing files are rewritten with what was added by hand kept (keepHandEdits).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { CONTRACTS_DIR, type ContractColumn } from '../../kit/contracts/contract.js';
import { createLogger } from '../../kit/singer/log.js';
import { redact } from '../../kit/singer/errors.js';
import { loadDialect } from './dialects/index.js';
import { connectWithRetry, connectionOptions } from './engine.js';
import { contractClaims, profile, readConfig } from './tap.js';
import { nameHash, profileReport, snake, type TableProfile } from './discovery.js';

/**
 * Each source column's contract name, decided by its own name only, so adding, removing or reordering columns never
 * moves a name to another column (staging and core would then show one column's values under another's name): the
 * snake_case form when no other column of the table shares it, else that form and a short hash of the source name
 * (`name_1a2b3c4d`); a name with no letter or digit to keep (Arabic, `Prénom`'s accent aside) is `c_<hash>`.
 */
export function columnNames(sources: string[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const c of sources) count.set(snake(c), (count.get(snake(c)) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const c of sources) {
    const n = snake(c);
    const bare = !/[a-z0-9]/.test(n.slice(n.startsWith('c_') ? 2 : 0));
    names.set(c, bare || count.get(n)! > 1 ? `${bare ? 'c' : n}_${nameHash(c)}` : n);
  }
  return names;
}

/** The contract document for one profiled table (exported for tests). */
export function contractOf(source: string, p: TableProfile, all: TableProfile[]): Record<string, unknown> {
  const multiSchema = new Set(all.map((x) => x.schema)).size > 1;
  const names = columnNames(p.columns.map((c) => c.name));
  const fkOf = new Map<string, { table: string; column: string }>();
  for (const fk of p.foreignKeys)
    fk.columns.forEach((col, i) => {
      if (fk.columns.length === 1) fkOf.set(col, { table: fk.refTable, column: fk.refColumns[i]! });
    });
  const columns: ContractColumn[] = p.columns.map((c) => {
    const col: ContractColumn = { name: names.get(c.name)!, source: c.name, type: c.type.contract };
    if (p.pk.includes(c.name)) col.required = true;
    col.source_type = c.columnType + (c.nullable ? '' : ' not null') + (c.extra ? ` ${c.extra}` : '');
    const fk = fkOf.get(c.name);
    if (fk) {
      col.relation = `${fk.table}.${fk.column}`;
      const target = all.find((x) => x.table === fk.table);
      if (target && target.pk.length === 1 && target.pk[0] === fk.column) col.references = target.name;
    }
    if (c.type.binary) col.description = 'binary: base64 text (tap-sql setting binary: exclude leaves it out)';
    return col;
  });
  const cursor = p.choice.strategy !== 'full' ? p.choice.cursor : undefined;
  return {
    source,
    stream: p.name,
    description: `${p.table}, as discovered by tap-sql (${p.tier} tier).`,
    landing: 'typed',
    natural_key: p.pk.length ? p.pk.map((k) => names.get(k)!) : p.columns.map((c) => names.get(c.name)!),
    ...(cursor ? { replication_key: names.get(cursor)! } : {}),
    scd: { type: 1 },
    discovered: {
      // the schema only where it is part of the name: a MySQL database name is the installation's choice
      ...(multiSchema ? { schema: p.schema } : {}),
      table: p.table,
      estimated_rows: p.estRows,
      total_bytes: p.totalBytes,
      avg_row_bytes: p.avgRowBytes,
      tier: p.tier,
      tier_reason: p.tierReason,
      strategy: p.choice.strategy,
      cursor: p.choice.cursor ?? null,
      cursor_reason: p.choice.reason,
      batch_rows: p.batchRows,
      primary_key: p.pk,
      indexes: p.indexes.map((i) => `${i.unique ? 'unique ' : ''}${i.name} (${i.columns.join(', ')})`),
      ...(p.foreignKeys.length
        ? { foreign_keys: p.foreignKeys.map((f) => `${f.columns.join(', ')} → ${f.refTable}(${f.refColumns.join(', ')})`) }
        : {}),
    },
    columns,
  };
}

/** Column keys a person adds and discovery never writes (its only description is the binary note). */
const HAND_COLUMN_KEYS = ['pii', 'domain', 'domain_codes', 'null_values', 'quality', 'description'] as const;

/**
 * A rediscovered contract with what was added to the existing file by hand: its description (when not the one
 * discovery writes), core model, SCD (tracked columns that still exist), and per column still present (by
 * source name) the keys discovery never writes. Everything discovery reads from the source is refreshed.
 */
export function keepHandEdits(doc: Record<string, unknown>, existingText: string | undefined): Record<string, unknown> {
  if (existingText === undefined) return doc;
  let old: Record<string, unknown>;
  try {
    old = YAML.parse(existingText) as Record<string, unknown>;
  } catch {
    return doc; // not YAML: rewritten whole, as before
  }
  if (!old || typeof old !== 'object') return doc;
  const out = { ...doc };
  if (typeof old.description === 'string' && !old.description.includes(', as discovered by tap-sql')) out.description = old.description;
  if (old.core) out.core = old.core;
  const columns = out.columns as ContractColumn[];
  const oldCols = new Map(((old.columns as Array<Record<string, unknown>>) ?? []).map((c) => [c.source, c]));
  // a column keeps the name its committed contract gives it (staging, core and their readers know it by that name);
  // a new column whose name a kept one holds takes its hashed form
  const keptName = (c: ContractColumn) => {
    const was = oldCols.get(c.source)?.name;
    return typeof was === 'string' ? was : undefined;
  };
  const held = new Set(columns.map(keptName).filter((n): n is string => n !== undefined));
  const rename = new Map<string, string>();
  for (const c of columns) {
    const final = keptName(c) ?? (held.has(c.name) ? `${c.name}_${nameHash(c.source)}` : c.name);
    if (final !== c.name) rename.set(c.name, final);
  }
  const named = (n: string) => rename.get(n) ?? n;
  out.natural_key = (out.natural_key as string[]).map(named);
  if (typeof out.replication_key === 'string') out.replication_key = named(out.replication_key);
  const byName = new Set(columns.map((c) => named(c.name)));
  const scd = old.scd as { type?: number; tracked?: string[] } | undefined;
  if (scd?.type === 2) out.scd = { type: 2, ...(scd.tracked ? { tracked: scd.tracked.filter((t) => byName.has(t)) } : {}) };
  out.columns = columns.map((c) => {
    const prev = oldCols.get(c.source);
    if (!prev) return rename.has(c.name) ? { ...c, name: named(c.name) } : c;
    const kept: Record<string, unknown> = { ...c, name: named(c.name) };
    for (const k of HAND_COLUMN_KEYS) if (prev[k] !== undefined && !(k === 'description' && c.description)) kept[k] = prev[k];
    return kept as unknown as ContractColumn;
  });
  // the core section goes after scd, where a person would look for it (YAML keeps insertion order)
  const { core, ...rest } = out;
  const ordered: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rest)) {
    ordered[k] = v;
    if (k === 'scd' && core) ordered.core = core;
  }
  return ordered;
}

export async function discoverContracts(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      config: { type: 'string', multiple: true },
      tables: { type: 'string' },
      out: { type: 'string' },
      report: { type: 'string' },
    },
  });
  if (!values.config?.length) {
    process.stderr.write(
      'usage: npm run contracts:discover -- sql --config tap-sql.json [--tables a,b*] [--out contracts/<source>] [--report profile.md]\n' +
        '  (the URL and password come from TAP_SQL_URL / TAP_SQL_PASSWORD as for the tap)\n',
    );
    process.exit(2);
  }
  const logger = createLogger('tap-sql');
  const cfg = readConfig(values.config);
  if (values.tables) cfg.tables = values.tables.split(',').map((s) => s.trim());
  const dialect = await loadDialect(cfg.dialect);
  const session = await connectWithRetry(dialect, connectionOptions(cfg), logger);
  try {
    // the stream names the contracts already written give their tables are kept (a new table takes none of them)
    const dir = values.out ?? cfg.contracts_dir ?? join(CONTRACTS_DIR, cfg.source);
    const profiles = await profile(cfg, dialect, session, { logger, claims: contractClaims(cfg, logger, dir) });
    mkdirSync(dir, { recursive: true });
    for (const p of profiles) {
      const file = join(dir, `${p.name}.yaml`);
      const doc = keepHandEdits(contractOf(cfg.source, p, profiles), existsSync(file) ? readFileSync(file, 'utf8') : undefined);
      const header = `# ${cfg.source}.${p.name}: written by \`npm run contracts:discover -- sql\` from ${dialect.name} table ${p.table}.\n# Re-run to refresh; a description, core model, SCD type and columns' pii, domains, quality rules and descriptions added by hand are kept.\n`;
      writeFileSync(file, header + YAML.stringify(doc, { lineWidth: 0 }));
    }
    const report = `# ${cfg.source}: tap-sql profile\n\n${profileReport(profiles)}`;
    if (values.report) writeFileSync(values.report, report);
    process.stdout.write(report + `\n${profiles.length} contract(s) written to ${dir}\n`);
  } catch (e) {
    process.stderr.write(`contracts:discover sql: ${redact((e as Error).message)}\n`);
    process.exitCode = 1;
  } finally {
    await session.close();
  }
}
