#!/usr/bin/env node
// `medi-warehouse env`: make sure the warehouse is up (DATABASE_URL, else the embedded PostgreSQL 18),
// apply migrations, and print shell exports (DATABASE_URL and the MEDI_PG* variables dbt's profile reads).
// `medi-warehouse stop` stops the embedded server.
// `medi-warehouse health [--json]`: the last successful and failed load per stream, the source files whose
// latest load failed, and the last transform build; exits 1 when a stream's last load failed or a file did.
import pg from 'pg';
import { pgEnv, warehouseUrl } from './database.js';
import { migrate } from './migrate.js';
import { stopEmbedded } from './embedded.js';

async function health(json: boolean): Promise<number> {
  const client = new pg.Client({ connectionString: await warehouseUrl() });
  await client.connect();
  try {
    const streams = (await client.query<{ plugin: string; stream: string; last_success_at: string | null; last_failure_at: string | null; last_rows: number | null; failing: boolean }>(
      `select plugin, stream, last_success_at::text, last_failure_at::text, last_rows::int,
         coalesce(last_failure_at > coalesce(last_success_at, '-infinity'), false) as failing
       from etl.health order by plugin, stream`)).rows;
    // files that failed in the latest load that read any file: a file fixed, replaced or removed since is not
    // read (or not failed) there, so it is no longer reported; one still broken is retried every run
    const failedFiles = (await client.query<{ stream: string; source_uri: string; source_version_id: string; error: string | null; at: string }>(
      `with latest as (
         select r.load_run_id from etl.load_runs r
         where exists (select 1 from etl.load_run_files f where f.last_load_run_id = r.load_run_id)
         order by r.started_at desc limit 1)
       select stream, source_uri, source_version_id, error, coalesce(finished_at, started_at)::text as at
       from etl.load_run_files where status = 'failed' and last_load_run_id = (select load_run_id from latest)
       order by stream, source_uri`)).rows;
    const build = (await client.query<{ at: string }>(`select updated_at::text as at from etl.config where key = 'dbt_last_build'`)).rows[0]?.at ?? null;
    const healthy = !streams.some((s) => s.failing) && failedFiles.length === 0;
    if (json) {
      process.stdout.write(JSON.stringify({ healthy, streams, failed_files: failedFiles, last_transform_build: build }) + '\n');
    } else {
      for (const s of streams) process.stdout.write(`${s.failing ? 'FAILING' : 'ok     '} ${s.plugin} ${s.stream}: last success ${s.last_success_at ?? 'never'}${s.last_failure_at ? `, last failure ${s.last_failure_at}` : ''}${s.last_rows !== null ? `, ${s.last_rows} rows` : ''}\n`);
      for (const f of failedFiles) process.stdout.write(`FAILED  file ${f.source_uri} (${f.stream}, version ${f.source_version_id}) at ${f.at}: ${f.error ?? 'no reason recorded'}\n`);
      process.stdout.write(`last transform build: ${build ?? 'never'}\n${healthy ? 'healthy' : 'not healthy'}\n`);
    }
    return healthy ? 0 : 1;
  } finally {
    await client.end();
  }
}

const cmd = process.argv[2] ?? 'env';
if (cmd === 'stop') {
  stopEmbedded();
} else if (cmd === 'health') {
  process.exitCode = await health(process.argv.includes('--json'));
} else {
  const url = await warehouseUrl();
  await migrate(url);
  const sh = (v: string) => `'${v.replace(/'/g, `'\\''`)}'`;
  process.stdout.write(Object.entries(pgEnv(url)).map(([k, v]) => `export ${k}=${sh(v)}`).join('\n') + '\n');
}
