// What a dbt build covered and whether a scheduled run has anything to do: the build marker's queries, shared by
// build-marker-cli.ts and profile-cli.ts (which answers scripts/dbt's no-op question in the same Node start-up).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import pg from 'pg';
import { createRequire } from 'node:module';
import { tableNameFor } from './identifiers.js';
import { awaitingDq, builtStreams, streamCommits } from './status.js';

export function projectHash(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      if (['target', 'logs', 'dbt_packages'].includes(name)) continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(sql|yml|yaml|csv)$/.test(name)) h.update(relative(dir, p)).update('\0').update(readFileSync(p)).update('\0');
    }
  };
  walk(dir);
  return h.digest('hex');
}

/** etl.config key where a scheduled build notes when it began reading (beginBuild), until `record` keeps it. */
export const BUILD_START_KEY = 'dbt_build_start';

/**
 * What a scheduled build's marker says about when it began reading, besides the project it built: `started_at`, the
 * warehouse's clock as its first marker step ran, before dbt read raw, and `running`, the load runs still running
 * then. A run that started before and was not running had finished: the build read all of it. The others (a load
 * overlapping the build) are the next build's: their failed files are still to report, their checks still to run.
 */
export interface BuildStart {
  started_at: string;
  running: string[];
}

/** Note that a scheduled build begins now (BUILD_START_KEY), before anything else it reads; `record` keeps it. */
export async function beginBuild(client: pg.Client): Promise<BuildStart> {
  const start = (
    await client.query<BuildStart>(
      `select to_jsonb(now()) #>> '{}' as started_at,
       coalesce((select jsonb_agg(load_run_id::text order by started_at) from etl.load_runs where status = 'running'), '[]') as running`,
    )
  ).rows[0]!;
  await client.query(
    `insert into etl.config (key, value, updated_at) values ($1, $2, now())
     on conflict (key) do update set value = excluded.value, updated_at = now()`,
    [BUILD_START_KEY, JSON.stringify(start)],
  );
  return start;
}

/**
 * Source files whose latest load failed since the last successful build began reading: in a load that started
 * after that, or that was still running then (the build's own `failed` step could not see what it failed later).
 * A build recorded before builds noted their start: since it was recorded, as then.
 */
export async function failedSinceBuild(client: pg.Client) {
  return (
    await client.query<{ stream: string; source_uri: string; error: string | null }>(
      `select f.stream, f.source_uri, f.error from etl.load_run_files f join etl.load_runs r on r.load_run_id = f.last_load_run_id
       left join etl.config b on b.key = 'dbt_last_build'
       where f.status = 'failed'
         and (r.started_at > coalesce((b.value->>'started_at')::timestamptz, b.updated_at, '-infinity')
              or coalesce(b.value->'running' ? r.load_run_id::text, false))
       order by f.stream, f.source_uri`,
    )
  ).rows;
}

/** Whether the last recorded build was of the project as it is now (no recorded build: it was not). */
export async function projectUnchanged(client: pg.Client, dir: string): Promise<boolean> {
  const prior = (await client.query<{ value: { project?: string } }>(`select value from etl.config where key = 'dbt_last_build'`)).rows[0];
  return prior?.value.project === projectHash(dir);
}

/** Every stream's load commits are covered by what the builds recorded. */
export const allBuilt = (commits: Record<string, number>, built: Record<string, number>) =>
  Object.entries(commits).every(([s, n]) => (built[s] ?? 0) >= n);

/**
 * Whether a plain scheduled run has nothing to do: no failed source file since the last build, the project unchanged,
 * every stream's commits built, and no finished load that read files still waiting for its data-quality step (one
 * that finished while the last build ran, or whose checks a step recorded but could not announce). Queries one after
 * another: a pg client runs one query at a time anyway, and pg warns (on every scheduled job's stderr) when handed a
 * second while the first runs.
 */
export async function idle(client: pg.Client, dir: string): Promise<boolean> {
  const failed = await failedSinceBuild(client);
  const unchanged = await projectUnchanged(client, dir);
  const commits = await streamCommits(client);
  const built = await builtStreams(client);
  const awaiting = await awaitingDq(client);
  return failed.length === 0 && unchanged && allBuilt(commits, built) && awaiting.length === 0;
}

/**
 * The raw tables a source's staging folder (models/staging/<source>/, sub-folders included) reads: the tables of
 * the dbt sources its .yml files declare (`_<source>__sources.yml`, generated from contracts/<source>/*.yaml: a
 * stream `<stream>` of that source lands as `<source>_<stream>`). undefined: the project has no such folder.
 */
function sourceTables(projectDir: string, source: string): Set<string> | undefined {
  return declaredSourceTables(join(projectDir, 'models', 'staging', source));
}

/**
 * The raw tables any model of the project reads (its dbt sources): a stream none of them names is landed only, and no
 * build can be behind on it (health does not count it).
 */
export function transformedTables(projectDir: string): Set<string> {
  return declaredSourceTables(join(projectDir, 'models')) ?? new Set();
}

/** The tables of the dbt sources the .yml files under `root` declare; undefined when `root` is no folder. */
function declaredSourceTables(root: string): Set<string> | undefined {
  // loaded here, not with the module: profile-cli imports this module on every scheduled dbt step, and the YAML
  // parser costs a start-up ~80 ms that only a build with selectors needs
  const YAML = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  if (!existsSync(root) || !statSync(root).isDirectory()) return undefined;
  const tables = new Set<string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(name)) {
        const doc = YAML.parse(readFileSync(p, 'utf8')) as {
          sources?: Array<{ tables?: Array<{ name?: string; identifier?: string }> }>;
        } | null;
        for (const src of doc?.sources ?? [])
          for (const t of src.tables ?? []) if (t.identifier ?? t.name) tables.add((t.identifier ?? t.name)!);
      }
    }
  };
  walk(root);
  return tables;
}

/**
 * The streams a `dbt run` with these arguments (in the dbt project `projectDir`) builds from, as a test on stream
 * names; undefined: not known. `--select staging.<source>+` builds from the raw tables that source's staging folder
 * reads, so a stream is covered when its raw table is one of them: by the stream's actual source, not by a name
 * prefix (source `audx` does not cover `audx_src`'s streams; a source named with `_` is covered like any other).
 */
export function buildCoverage(args: string[], projectDir: string): ((stream: string) => boolean) | undefined {
  const selected: string[] = [];
  const excluded: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--selector' || a.startsWith('--selector=') || a.startsWith('--exclude=')) return undefined;
    const into = a === '--select' || a === '-s' || a === '--models' || a === '-m' ? selected : a === '--exclude' ? excluded : undefined;
    if (into) while (i + 1 < args.length && !args[i + 1]!.startsWith('-')) into.push(...args[++i]!.split(/\s+/).filter(Boolean));
  }
  if (selected.length === 0) return excluded.length ? undefined : () => true;
  // source names as contracts allow them (^[a-z][a-z0-9_]*$)
  const sources: string[] = [];
  for (const sel of selected) {
    const m = /^staging\.([a-z][a-z0-9_]*)\+$/.exec(sel);
    if (!m) return undefined;
    sources.push(m[1]!);
  }
  // another source's folder left out (run-odoo leaves core.apn, which also reads Odoo, to run-apn): the selected
  // sources' own models were built, and are recorded so (else the Odoo streams stayed "behind" for good: run-apn
  // covers only apn streams); any other exclusion leaves what was built unknown
  for (const ex of excluded) {
    const m = /^(?:staging|core)\.([a-z][a-z0-9_]*)$/.exec(ex);
    if (!m || sources.includes(m[1]!)) return undefined;
  }
  const tables = new Set<string>();
  for (const src of sources) {
    const own = sourceTables(projectDir, src);
    if (!own) return undefined; // a folder the project does not have: what dbt made of it is not known
    for (const table of own) tables.add(table);
  }
  return (stream) => tables.has(tableNameFor(stream));
}
