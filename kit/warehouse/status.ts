// What the warehouse's audit tables say about the pipeline, asked the same way by `medi-warehouse health`,
// `dq` and `metrics`: one connection helper and each question written once.
import pg from 'pg';

/** Run `fn` with a connected client, closed afterwards whatever happens. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The latest load run that read any source file (as a subquery yielding its load_run_id): a run that found
 * nothing new reads none, so it does not hide the last real delivery's failed files or checks.
 */
export const LATEST_FILE_RUN = `select r.load_run_id from etl.load_runs r
  where exists (select 1 from etl.load_run_files f where f.last_load_run_id = r.load_run_id)
  order by r.started_at desc limit 1`;

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
  return (await client.query<StreamHealth>(
    `select plugin, stream, last_success_at::text, last_failure_at::text, last_rows::float8 as last_rows,
       coalesce(last_failure_at > coalesce(last_success_at, '-infinity'), false) as failing
     from etl.health order by plugin, stream`)).rows;
}

/** When the transforms last built successfully (scripts/dbt's build marker), or null. */
export async function lastBuildAt(client: pg.Client): Promise<string | null> {
  return (await client.query<{ at: string }>(`select updated_at::text as at from etl.config where key = 'dbt_last_build'`)).rows[0]?.at ?? null;
}
