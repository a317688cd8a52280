#!/usr/bin/env node
// `medi-build-marker check|record|commits|built|failed <project-dir>`: lets a scheduled dbt run skip when nothing changed,
// and records what each build covered, so `medi-warehouse health` can tell when core is behind raw.
// "Unchanged" = no stream's raw tables have a load commit the last build did not see (each stream's commits,
// summed over load runs: kit/warehouse/status.ts streamCommits — derived from committed data, not from a run's
// status, so rows a crashed run committed still count), and the dbt project files (models, macros, tests, seeds,
// dbt_project.yml) hash the same. check exits 0 when a build is needed, 3 when not, 5 when the project changed
// since the last recorded build (or none was recorded): incremental models then rebuild from scratch
// (macros/medi_incremental.sql says why). check prints the commits it read (JSON); `record <dir> <that JSON>`
// stores them after the build succeeds, so rows committed while dbt ran are not taken as built.
// `commits <dir>` prints them alone; `built <dir> <JSON> [dbt args]` records a build with selectors: `staging.<source>+` covers the
// streams whose raw tables that source's staging folder reads (its sources .yml, from contracts/<source>/), no selector
// covers every stream; other selections record nothing (their coverage is not known).
// failed, a scheduled build's first step, notes when the build begins reading (and the loads still running then:
// build-marker.ts beginBuild), then prints the source files whose latest load failed since the last successful build
// began reading, and exits 4 if any: a job whose tap went on past a bad file (file_failures: continue) builds what
// loaded, then fails on them. record keeps that start with the build, so a load that started during the build, or
// was still running when it began, is the next build's to report (and to check: kit/warehouse/dq.ts).
// check also says a build is needed (exit 0) while a finished load that read files waits for its data-quality step.
// Whether a plain scheduled run may skip is asked by profile-cli.ts --idle (build-marker.ts idle), in the start-up
// scripts/dbt already makes.
import pg from 'pg';
import { awaitingDq, builtStreams, streamCommits } from './status.js';
import { allBuilt, beginBuild, BUILD_START_KEY, buildCoverage, failedSinceBuild, projectHash, projectUnchanged } from './build-marker.js';

const [cmd, dir, seen, ...dbtArgs] = process.argv.slice(2);
if (!cmd || !dir) {
  process.stderr.write('usage: medi-build-marker check|record|commits|built|failed <dbt project dir> [commits JSON] [dbt args]\n');
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
    await beginBuild(client);
    const failed = await failedSinceBuild(client);
    await client.end();
    for (const f of failed)
      process.stderr.write(
        `failed source file (${f.stream}): ${f.error?.includes(f.source_uri) ? f.error : `${f.source_uri}: ${f.error ?? 'no reason recorded'}`}\n`,
      );
    process.exit(failed.length ? 4 : 0);
  }
  // the commits the build read: given by check before it started, else read now
  const commits = seen ? (JSON.parse(seen) as Record<string, number>) : await streamCommits(client);
  const built = await builtStreams(client);
  const save = (key: string, value: unknown) =>
    client.query(
      `insert into etl.config (key, value, updated_at) values ($1, $2, now())
     on conflict (key) do update set value = excluded.value, updated_at = now()`,
      [key, JSON.stringify(value)],
    );
  if (cmd === 'commits') {
    process.stdout.write(JSON.stringify(commits) + '\n');
  } else if (cmd === 'record') {
    await save('dbt_built_streams', { ...built, ...commits });
    // when this build began reading (its failed step noted it), for the next build's failed files and for dq
    const start = (await client.query<{ value: object }>(`select value from etl.config where key = $1`, [BUILD_START_KEY])).rows[0]?.value;
    await save('dbt_last_build', { project: projectHash(dir), ...start });
  } else if (cmd === 'built') {
    const covers = buildCoverage(dbtArgs, dir);
    if (covers) await save('dbt_built_streams', { ...built, ...Object.fromEntries(Object.entries(commits).filter(([s]) => covers(s))) });
  } else {
    const unchanged = await projectUnchanged(client, dir);
    process.stdout.write(JSON.stringify(commits) + '\n');
    const awaiting = await awaitingDq(client);
    await client.end();
    if (!unchanged) process.exit(5);
    if (!allBuilt(commits, built)) process.exit(0);
    if (awaiting.length) {
      process.stderr.write(
        `dbt: load run(s) ${awaiting.map((r) => r.load_run_id).join(', ')} not yet checked or announced by the data-quality step; building so it runs\n`,
      );
      process.exit(0);
    }
    process.exit(3);
  }
} finally {
  await client.end().catch(() => undefined);
}
