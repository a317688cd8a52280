#!/usr/bin/env node
// `medi-warehouse env`: make sure the warehouse is up (DATABASE_URL, else the embedded PostgreSQL 18),
// apply migrations, and print shell exports (DATABASE_URL and the MEDI_PG* variables dbt's profile reads).
// `medi-warehouse profile`: the same exports without migrating, for scripts/dbt (fails when anything names
// another database than DATABASE_URL; kit/warehouse/database.ts).
// `medi-warehouse stop` stops the embedded server.
// `medi-warehouse health [--json]`: the last successful and failed load per stream, the source files whose
// latest load failed, streams whose raw rows no build has covered yet (core behind raw), load runs a crash left
// running, and the last transform build; exits 1 when any of those is not right.
// `medi-warehouse dq [--json]`: the data-quality checks for each finished load run that read files and waits for
// them (kit/warehouse/dq.ts says which; none waiting: the latest again) into etl.dq_results, and with MEDI_NATS_URL
// each run's sync event and one alert per failed check (kit/events.ts).
// Failed checks are alerts; once recorded and published, a reject rate over its threshold also fails the step
// (exit 6) unless MEDI_DQ_ON_FAIL=alert. It exits 1 when it could not check or publish.
// `medi-warehouse metrics [--listen HOST:PORT]`: Prometheus metrics from etl.* (kit/warehouse/metrics.ts),
// printed once, or served at GET /metrics (port 0: any free port; the address is printed on stderr).
// Errors are one line on stderr, never a stack trace; a warehouse it cannot connect to (no such database, nothing
// listening, a refused login) exits 7, so a scheduler can tell it from `health`'s "not healthy" (1); settings that
// name two warehouses exit 2, as `profile` does. USAGE lists the exit statuses.
import { createServer } from 'node:http';
import { shellExports, warehouseUrl, WarehouseMismatchError, WarehouseUnreachableError } from './database.js';
import { migrate } from './migrate.js';
import { stopEmbedded } from './embedded.js';
import type pg from 'pg';
import { finishDq, runQualityChecks, type DqResult, type DqRun } from './dq.js';
import { dqSettings, ON_FAIL_ENV } from './dq-settings.js';
import { LATEST_FILE_RUN, coreBehindRaw, interruptedRuns, lastBuildAt, streamHealth, withClient } from './status.js';
import { collectMetrics, exposition } from './metrics.js';
import { transformedTables } from './build-marker.js';
import { tableNameFor } from './identifiers.js';

import { loadContracts } from '../contracts/contract.js';
import { redact } from '../singer/errors.js';
import { eventsUrl, extractorName, publishEvents, type PipelineEvent } from '../events.js';

/** the project's dbt project (dist/kit/warehouse/ → transforms/), unless DBT_PROJECT_DIR names another */
const DBT_PROJECT = new URL('../../../transforms/', import.meta.url).pathname;

/** exit status of `dq` when a reject rate over its threshold fails the run (dq_on_fail = fail) */
const DQ_FAILED_RUN_EXIT = 6;
/** exit status when the warehouse could not be connected to (health, dq, metrics): not a verdict on the pipeline */
const UNREACHABLE_EXIT = 7;
/** exit status of a usage error, or of settings that name two warehouses (as profile-cli's) */
const USAGE_EXIT = 2;

async function dq(json: boolean): Promise<number> {
  const contracts = loadContracts();
  const settings = dqSettings(contracts); // a bad setting is refused before anything is checked
  const url = eventsUrl();
  let failing: DqResult[] = [];
  await withClient(await warehouseUrl(), async (client) => {
    // each finished load that read files and waits for its checks (kit/warehouse/dq.ts says which)
    const { runs, waiting } = await runQualityChecks(client, contracts, settings, { announce: Boolean(url) });
    failing = runs.flatMap((r) => r.failing);
    const failedOf = (r: DqRun) => r.results.filter((x) => !x.passed);
    if (json) {
      const last = runs.at(-1);
      const report = (r: DqRun) => ({
        load_run_id: r.load_run_id,
        checks: r.results.length,
        failed: failedOf(r),
        fails_run: r.failing.length > 0,
        checked: r.kind,
      });
      process.stdout.write(
        JSON.stringify({
          load_run_id: last?.load_run_id ?? null,
          checks: runs.reduce((n, r) => n + r.results.length, 0),
          failed: runs.flatMap(failedOf),
          fails_run: failing.length > 0,
          runs: runs.map(report),
          waiting,
        }) + '\n',
      );
    } else {
      for (const r of runs) {
        for (const f of failedOf(r))
          process.stdout.write(
            `ALERT ${f.table_name}${f.column_name ? `.${f.column_name}` : ''} ${f.check_name}: observed ${f.observed}, threshold ${f.threshold} ${JSON.stringify(f.details)}\n`,
          );
        process.stdout.write(
          r.kind === 'earlier'
            ? `dq: load run ${r.load_run_id}: ${r.results.length} checks recorded by an earlier step that could not announce them, ${failedOf(r).length} failed\n`
            : `dq: ${r.results.length} checks for load run ${r.load_run_id}${r.kind === 'again' ? ' (checked again: no other load waits)' : ''}, ${failedOf(r).length} failed\n`,
        );
      }
      if (!runs.length) process.stdout.write('dq: 0 checks for load run (none yet), 0 failed\n');
      for (const id of waiting)
        process.stdout.write(`dq: load run ${id} is still running or finished after this build began; a later step checks it\n`);
    }
    const events: PipelineEvent[] = [];
    for (const r of runs) events.push(...(await runEvents(client, r)));
    if (url && events.length) {
      await publishEvents(url, events);
      if (!json) process.stdout.write(`dq: ${events.length} events published to ${url}\n`);
    }
    await finishDq(client, url ? runs.flatMap((r) => (r.kind === 'again' ? [] : [r.load_run_id!])) : []);
  });
  if (!failing.length) return 0;
  for (const r of failing) {
    const { rejected, rows_read: read, threshold_from: from } = r.details;
    process.stderr.write(
      `dq: ${r.table_name}: ${rejected} of ${read} rows read rejected (${pct(r.observed)}), ` +
        `over the threshold of ${pct(r.threshold)} (${from})\n`,
    );
  }
  process.stderr.write(
    `dq: failing the run (${ON_FAIL_ENV}=alert only records and publishes); ` +
      'the domain_coverage alerts name any value a contract lacks\n',
  );
  return DQ_FAILED_RUN_EXIT;
}

/** A checked load run's events: the sync's, with its totals and checks, then one alert per failed check. */
async function runEvents(client: pg.Client, checked: DqRun): Promise<PipelineEvent[]> {
  const load_run_id = checked.load_run_id!;
  const failed = checked.results.filter((r) => !r.passed);
  const run = (
    await client.query<{
      status: string;
      plugin: string;
      rows_loaded: string;
      rows_rejected: string;
      rows_skipped: string;
      error: string | null;
      started_at: string;
      finished_at: string | null;
      failed_files: string;
      extractor: string | null;
    }>(
      // extractor came with migration 0024: read so that a warehouse not yet migrated by a load (just upgraded) answers
      `select r.status, r.plugin, to_jsonb(r) ->> 'extractor' as extractor, r.rows_loaded, r.rows_rejected, r.rows_skipped, r.error, r.started_at::text, r.finished_at::text,
         (select count(*) from etl.load_run_files f where f.last_load_run_id = r.load_run_id and f.status = 'failed') as failed_files
       from etl.load_runs r where r.load_run_id = $1`,
      [load_run_id],
    )
  ).rows[0]!;
  // a stopped run (SIGTERM) committed what it read but did not finish: not a completed sync; nor is one whose reject
  // rate fails the job here (dq_on_fail = fail): the job ends failed, and on-call counts it so
  const ok = run.status === 'succeeded' && Number(run.failed_files) === 0 && checked.failing.length === 0;
  return [
    {
      subject: ok ? 'etl.sync.completed' : 'etl.sync.failed',
      data: {
        load_run_id,
        plugin: run.plugin,
        // the run's own (the loader recorded it): Meltano gives this step, a utility, no extractor name
        extractor: run.extractor ?? extractorName(),
        status: run.status,
        rows_loaded: Number(run.rows_loaded),
        rows_rejected: Number(run.rows_rejected),
        rows_skipped: Number(run.rows_skipped),
        failed_files: Number(run.failed_files),
        error:
          run.error ??
          (checked.failing.length ? `reject rate over its threshold: ${checked.failing.map((f) => f.table_name).join(', ')}` : null),
        started_at: run.started_at,
        finished_at: run.finished_at,
        dq_checks: checked.results.length,
        dq_failed: failed.length,
      },
    },
    ...failed.map((r): PipelineEvent => ({ subject: 'etl.data.quality.alert', data: { load_run_id, ...r } })),
  ];
}

const pct = (share: number) => `${Number((share * 100).toFixed(2))}%`;

async function health(json: boolean): Promise<number> {
  return withClient(await warehouseUrl(), async (client) => {
    const streams = await streamHealth(client);
    // files that failed in the latest load that read any file: a file fixed, replaced or removed since is not
    // read (or not failed) there, so it is no longer reported; one still broken is retried every run
    const failedFiles = (
      await client.query<{ stream: string; source_uri: string; source_version_id: string; error: string | null; at: string }>(
        `with latest as (${LATEST_FILE_RUN})
       select stream, source_uri, source_version_id, error, coalesce(finished_at, started_at)::text as at
       from etl.load_run_files where status = 'failed' and last_load_run_id = (select load_run_id from latest)
       order by stream, source_uri`,
      )
    ).rows;
    const build = await lastBuildAt(client);
    // a stream no model reads (a third-party tap's, landed only) is never built: not behind, listed apart
    const read = transformedTables(process.env.DBT_PROJECT_DIR ?? DBT_PROJECT);
    const unbuilt = await coreBehindRaw(client);
    const behind = unbuilt.filter((b) => read.has(tableNameFor(b.stream)));
    const rawOnly = unbuilt.filter((b) => !read.has(tableNameFor(b.stream))).map((b) => b.stream);
    const interrupted = await interruptedRuns(client);
    const healthy = !streams.some((s) => s.failing) && failedFiles.length === 0 && behind.length === 0 && interrupted.length === 0;
    if (json) {
      const report = {
        healthy,
        streams,
        failed_files: failedFiles,
        core_behind_raw: behind,
        raw_only: rawOnly,
        interrupted_runs: interrupted,
      };
      process.stdout.write(JSON.stringify({ ...report, last_transform_build: build }) + '\n');
    } else {
      for (const s of streams)
        process.stdout.write(
          `${s.failing ? 'FAILING' : 'ok     '} ${s.plugin} ${s.stream}: last success ${s.last_success_at ?? 'never'}${s.last_failure_at ? `, last failure ${s.last_failure_at}` : ''}${s.last_rows !== null ? `, ${s.last_rows} rows` : ''}\n`,
        );
      for (const f of failedFiles)
        process.stdout.write(
          `FAILED  file ${f.source_uri} (${f.stream}, version ${f.source_version_id}) at ${f.at}: ${f.error ?? 'no reason recorded'}\n`,
        );
      for (const b of behind) {
        process.stdout.write(`BEHIND  core is behind raw for ${b.stream}: ${b.commits_since_build} load commit(s) no build has read yet\n`);
      }
      if (rawOnly.length) process.stdout.write(`raw only (no model reads them; not behind): ${rawOnly.join(', ')}\n`);
      for (const r of interrupted) {
        const last = r.committed_at ? `, last at ${r.committed_at}` : '';
        process.stdout.write(
          `INTERRUPTED load run ${r.load_run_id} (${r.plugin}, started ${r.started_at}) left running, no process: ` +
            `it committed ${r.rows_loaded} rows${last}; the next load closes it\n`,
        );
      }
      process.stdout.write(`last transform build: ${build ?? 'never'}\n${healthy ? 'healthy' : 'not healthy'}\n`);
    }
    return healthy ? 0 : 1;
  });
}

async function metrics(listen: string | undefined): Promise<number> {
  const url = await warehouseUrl();
  const scrape = () => withClient(url, async (client) => exposition(await collectMetrics(client)));
  if (listen === undefined) {
    process.stdout.write(await scrape());
    return 0;
  }
  const m = /^(.+):(\d+)$/.exec(listen);
  if (!m) throw new Error(`metrics --listen wants HOST:PORT (e.g. 127.0.0.1:9464); got ${listen}`);
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('only GET /metrics\n');
      return;
    }
    scrape().then(
      (text) => res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }).end(text),
      (e: Error) => res.writeHead(503, { 'content-type': 'text/plain' }).end(`warehouse unavailable: ${e.message}\n`),
    );
  });
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(Number(m[2]), m[1], ok));
  const addr = server.address() as { address: string; port: number };
  process.stderr.write(`metrics: listening on http://${addr.address}:${addr.port}/metrics\n`);
  await new Promise<void>((done) => {
    for (const sig of ['SIGTERM', 'SIGINT'] as const) process.once(sig, () => server.close(() => done()));
  });
  return 0;
}

const USAGE = `usage: medi-warehouse [command]
  env      (the default) start the embedded server when DATABASE_URL is unset, migrate, print shell exports
  health   each stream's last load and build; --json
  dq       data-quality checks on each load run not yet checked, events to NATS when MEDI_NATS_URL is set; --json
  metrics  --listen host:port: Prometheus metrics
  profile  the dbt profile's connection settings
  stop     stop the embedded server
exit status:
  0  done (health: healthy)
  1  health: not healthy; dq: could not check or publish; any other failure
  2  unknown command, or settings that name another warehouse than DATABASE_URL (WarehouseMismatchError)
  6  dq: a reject rate over its threshold failed the run (unless MEDI_DQ_ON_FAIL=alert)
  7  the warehouse could not be reached: no such database, connection refused, login refused (one line names it)
`;

// `medi-warehouse health | head`: a reader that stops early is no error
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const cmd = process.argv[2] ?? 'env';
if (cmd === '--help' || cmd === '-h' || cmd === 'help') {
  process.stdout.write(USAGE);
} else if (!['env', 'stop', 'metrics', 'dq', 'health', 'profile'].includes(cmd)) {
  // never the default for a mistyped word: `env` starts a server, migrates and prints the password
  process.stderr.write(`medi-warehouse: unknown command ${JSON.stringify(cmd)}\n${USAGE}`);
  process.exitCode = USAGE_EXIT;
} else if (cmd === 'stop') {
  stopEmbedded();
} else {
  try {
    if (cmd === 'metrics') {
      const at = process.argv.indexOf('--listen');
      process.exitCode = await metrics(at > 0 ? (process.argv[at + 1] ?? '') : undefined);
    } else if (cmd === 'dq') {
      process.exitCode = await dq(process.argv.includes('--json'));
    } else if (cmd === 'health') {
      process.exitCode = await health(process.argv.includes('--json'));
    } else if (cmd === 'profile') {
      await import('./profile-cli.js'); // the same exports scripts/dbt prints through that module
    } else {
      const url = await warehouseUrl();
      await migrate(url);
      process.stdout.write(shellExports(url));
    }
  } catch (e) {
    // one line, as the target says it: a stack trace and exit 1 would read as health's "not healthy"
    process.stderr.write(`medi-warehouse ${cmd}: ${redact((e as Error).message)}\n`);
    process.exitCode = e instanceof WarehouseUnreachableError ? UNREACHABLE_EXIT : e instanceof WarehouseMismatchError ? USAGE_EXIT : 1;
  }
}
