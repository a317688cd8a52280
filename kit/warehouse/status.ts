// What the warehouse's audit tables say about the pipeline, asked the same way by `medi-warehouse health`,
// `dq` and `metrics`: one connection helper and each question written once.
import pg from 'pg';
import { WarehouseUnreachableError } from './database.js';

/**
 * Run `fn` with a connected client, closed afterwards whatever happens. A failed connect is a
 * WarehouseUnreachableError naming the warehouse (without the password).
 */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => undefined);
    throw new WarehouseUnreachableError(url, e);
  }
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The latest load run that read any source file (as a subquery yielding its load_run_id): a run that found
 * nothing new reads none, so it does not hide the last real delivery's failed files. (Which runs the data-quality
 * step checks is awaitingDq's question: the latest may still be running.)
 */
export const LATEST_FILE_RUN = `select r.load_run_id from etl.load_runs r
  where exists (select 1 from etl.load_run_files f where f.last_load_run_id = r.load_run_id)
  order by r.started_at desc limit 1`;

/**
 * etl.config key of the data-quality step's progress: which file-reading load runs it has checked (and announced).
 * Its value: `through`, a start time (runs that started at or before it are all done), and `runs`, each later run's
 * phase, `checked` (results recorded, events not yet published) or `announced` (done).
 */
export const DQ_STATE_KEY = 'dq_checked';

/**
 * The data-quality step's progress as a jsonb value (DQ_STATE_KEY). Before the step first recorded it (a warehouse
 * from before it did), every load run up to the latest one with results in etl.dq_results counts as done: the step
 * then checked the latest file-reading run only, and the runs it passed over are not checked years later.
 */
export const DQ_STATE = `coalesce((select value from etl.config where key = '${DQ_STATE_KEY}'), jsonb_build_object(
    'through', (select max(r.started_at) from etl.load_runs r where exists (select 1 from etl.dq_results d where d.load_run_id = r.load_run_id)),
    'runs', '{}'::jsonb))`;

export interface AwaitingRun {
  load_run_id: string;
  /** unchecked, or checked: its results are recorded but a step could not announce them */
  phase: 'unchecked' | 'checked';
  /** the last recorded build read all of it: the run had finished when that build began reading (build-marker.ts) */
  covered: boolean;
}

/**
 * Finished load runs that read source files and that no data-quality step has checked and announced yet, oldest
 * first: the next step checks (or announces) each that its build covered. A run still running is not listed.
 */
export async function awaitingDq(client: pg.Client): Promise<AwaitingRun[]> {
  return (
    await client.query<AwaitingRun>(
      `with st as (select ${DQ_STATE} as v)
     select r.load_run_id::text, coalesce(st.v->'runs'->>r.load_run_id::text, 'unchecked') as phase,
       (b.value->>'started_at' is null or (r.started_at <= (b.value->>'started_at')::timestamptz
         and not coalesce(b.value->'running' ? r.load_run_id::text, false))) as covered
     from etl.load_runs r cross join st left join etl.config b on b.key = 'dbt_last_build'
     where r.status <> 'running' and r.started_at > coalesce((st.v->>'through')::timestamptz, '-infinity')
       and coalesce(st.v->'runs'->>r.load_run_id::text, '') <> 'announced'
       and exists (select 1 from etl.load_run_files f where f.last_load_run_id = r.load_run_id)
     order by r.started_at`,
    )
  ).rows;
}

export interface StreamHealth {
  plugin: string;
  stream: string;
  last_success_at: string | null;
  last_failure_at: string | null;
  last_rows: number | null;
  /** the stream's last load failed after its last success */
  failing: boolean;
}

export async function streamHealth(client: pg.Client): Promise<StreamHealth[]> {
  return (
    await client.query<StreamHealth>(
      `select plugin, stream, last_success_at::text, last_failure_at::text, last_rows::float8 as last_rows,
       coalesce(last_failure_at > coalesce(last_success_at, '-infinity'), false) as failing
     from etl.health order by plugin, stream`,
    )
  ).rows;
}

/** When the transforms last built successfully (scripts/dbt's build markers: a plain run, or selected models), or null. */
export async function lastBuildAt(client: pg.Client): Promise<string | null> {
  return (
    (
      await client.query<{ at: string | null }>(
        `select max(updated_at)::text as at from etl.config where key in ('dbt_last_build', 'dbt_built_streams')`,
      )
    ).rows[0]?.at ?? null
  );
}

/**
 * The advisory lock a running load holds for its whole session, keyed by its run id (SQL, the id as $1). Its
 * connection ends with its process, so a run still `running` whose lock is free was killed or crashed.
 * hashtextextended gives 64 bits: two runs practically never share a key.
 */
export const RUN_LOCK_KEY = `hashtextextended('medi-load-run:' || $1::text, 0)`;

/**
 * Per stream, the load commits that changed its raw tables, summed over every load run (each run keeps its own in
 * etl.load_runs.streams, committed with the rows). It only grows, so a build that recorded these numbers before it
 * read raw knows from them alone whether raw moved since; no status flag or clock is involved.
 */
export async function streamCommits(client: pg.Client): Promise<Record<string, number>> {
  const { rows } = await client.query<{ stream: string; commits: string }>(
    `select s.key as stream, sum((s.value ->> 'commits')::bigint)::text as commits
     from etl.load_runs r cross join jsonb_each(r.streams) s where s.value ? 'commits' group by 1 order by 1`,
  );
  return Object.fromEntries(rows.map((r) => [r.stream, Number(r.commits)]));
}

/**
 * Per stream, its commits (streamCommits) as the last successful build that covered it read them, before it read raw
 * (scripts/dbt records them through medi-build-marker).
 */
export async function builtStreams(client: pg.Client): Promise<Record<string, number>> {
  return (
    (await client.query<{ value: Record<string, number> }>(`select value from etl.config where key = 'dbt_built_streams'`)).rows[0]
      ?.value ?? {}
  );
}

/** Streams with load commits no build has covered yet: core is behind raw for them. */
export async function coreBehindRaw(client: pg.Client): Promise<Array<{ stream: string; commits_since_build: number }>> {
  const now = await streamCommits(client);
  const built = await builtStreams(client);
  return Object.entries(now)
    .filter(([s, n]) => n > (built[s] ?? 0))
    .map(([stream, n]) => ({ stream, commits_since_build: n - (built[stream] ?? 0) }));
}

/** Load runs still `running` whose process is gone (their lock is free): the next start of the target closes them. */
export interface OpenRun {
  load_run_id: string;
  plugin: string;
  started_at: string;
  committed_at: string | null;
  rows_loaded: number;
}

export async function interruptedRuns(client: pg.Client): Promise<OpenRun[]> {
  const open = (
    await client.query<OpenRun>(
      `select load_run_id::text, plugin, started_at::text, committed_at::text, rows_loaded::float8 as rows_loaded
     from etl.load_runs where status = 'running' order by started_at`,
    )
  ).rows;
  const gone = [];
  for (const run of open) {
    // taken and released at once (a transaction of its own): only asks whether the run's session still holds it
    await client.query('begin');
    const { rows } = await client.query<{ free: boolean }>(`select pg_try_advisory_xact_lock(${RUN_LOCK_KEY}) as free`, [run.load_run_id]);
    const free = rows[0]!.free;
    await client.query('commit');
    if (free) gone.push(run);
  }
  return gone;
}
