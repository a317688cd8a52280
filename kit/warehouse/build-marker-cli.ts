#!/usr/bin/env node
// `medi-build-marker check|record|failed <project-dir>`: lets a scheduled dbt run skip when nothing changed.
// "Unchanged" = no load run has written rows since the last successful build, and the dbt project files
// (models, macros, tests, seeds, dbt_project.yml) hash the same. check exits 0 when a build is needed, 3 when not,
// 5 when the project changed since the last recorded build (or none was recorded): incremental models then
// rebuild from scratch (macros/medi_incremental.sql says why).
// failed prints the source files whose latest load, since the last successful build, failed, and exits 4 if
// any: a job whose tap went on past a bad file (file_failures: continue) builds what loaded, then fails on them.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import pg from 'pg';

function projectHash(dir: string): string {
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

const [cmd, dir] = process.argv.slice(2);
if (!cmd || !dir) {
  process.stderr.write('usage: medi-build-marker check|record <dbt project dir>\n');
  process.exit(2);
}
const url = process.env.DATABASE_URL;
if (!url) {
  process.exit(0); // no way to tell: build
}
const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  if (cmd === 'failed') {
    const failed = (await client.query<{ stream: string; source_uri: string; error: string | null }>(
      `select f.stream, f.source_uri, f.error from etl.load_run_files f join etl.load_runs r on r.load_run_id = f.last_load_run_id
       where f.status = 'failed' and r.started_at > coalesce((select updated_at from etl.config where key = 'dbt_last_build'), '-infinity')
       order by f.stream, f.source_uri`)).rows;
    await client.end();
    for (const f of failed) process.stderr.write(`failed source file (${f.stream}): ${f.error?.includes(f.source_uri) ? f.error : `${f.source_uri}: ${f.error ?? 'no reason recorded'}`}\n`);
    process.exit(failed.length ? 4 : 0);
  }
  const loaded = (await client.query<{ last: string | null }>(`select max(finished_at)::text as last from etl.load_runs where status = 'succeeded' and rows_loaded > 0`)).rows[0]?.last ?? null;
  const marker = { loaded_through: loaded, project: projectHash(dir) };
  if (cmd === 'record') {
    await client.query(`insert into etl.config (key, value, updated_at) values ('dbt_last_build', $1, now()) on conflict (key) do update set value = excluded.value, updated_at = now()`, [JSON.stringify(marker)]);
  } else {
    const prior = (await client.query<{ value: typeof marker }>(`select value from etl.config where key = 'dbt_last_build'`)).rows[0]?.value;
    await client.end();
    if (!prior || prior.project !== marker.project) process.exit(5);
    process.exit(prior.loaded_through === marker.loaded_through ? 3 : 0);
  }
} finally {
  await client.end().catch(() => undefined);
}
