// Prometheus metrics from the etl audit tables (DESIGN: "metrics are exposed for Prometheus"), in the text
// exposition format, computed at scrape time so they are never stale and nothing has to stay running while a
// schedule is idle: `medi-warehouse metrics` prints them once (for node_exporter's textfile collector), and
// `medi-warehouse metrics --listen HOST:PORT` answers GET /metrics.
import type pg from 'pg';
import { lastBuildAt, streamHealth } from './status.js';

/** A label value escaped for the exposition format (backslash, double quote, newline). */
function label(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function labels(l: Record<string, string | null>): string {
  const parts = Object.entries(l)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}="${label(v!)}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

interface Family {
  name: string;
  help: string;
  type: 'gauge';
  samples: Array<{ labels: Record<string, string | null>; value: number }>;
}

const seconds = (ts: string | null) => (ts === null ? undefined : Date.parse(ts) / 1000);

/** Every metric family, read from etl.* in one transaction snapshot. */
export async function collectMetrics(client: pg.Client): Promise<Family[]> {
  await client.query('begin transaction isolation level repeatable read read only');
  try {
    const health = await streamHealth(client);
    const runs = (
      await client.query<{ plugin: string; status: string; runs: string; loaded: string; rejected: string; skipped: string }>(
        `select plugin, status, count(*) as runs, sum(rows_loaded) as loaded, sum(rows_rejected) as rejected, sum(rows_skipped) as skipped
       from etl.load_runs group by 1, 2 order by 1, 2`,
      )
    ).rows;
    const files = (
      await client.query<{ stream: string; status: string; n: string; read: string; ingested: string; rejected: string }>(
        `select stream, status, count(*) as n, sum(rows_read) as read, sum(rows_ingested) as ingested, sum(rows_rejected) as rejected
       from etl.load_run_files group by 1, 2 order by 1, 2`,
      )
    ).rows;
    // the latest result of each check
    const dq = (
      await client.query<{
        table_name: string;
        check_name: string;
        column_name: string | null;
        observed: string | null;
        passed: boolean;
        at: string;
      }>(
        `select distinct on (table_name, check_name, column_name) table_name, check_name, column_name, observed::text, passed, checked_at::text as at
       from etl.dq_results order by table_name, check_name, column_name, dq_result_id desc`,
      )
    ).rows;
    const build = await lastBuildAt(client);
    await client.query('commit');

    const out: Family[] = [];
    const gauge = (name: string, help: string, samples: Family['samples']) => out.push({ name, help, type: 'gauge', samples });
    const defined = <T>(xs: Array<T | undefined>) => xs.filter((x): x is T => x !== undefined);
    gauge(
      'medi_stream_last_success_timestamp_seconds',
      'When each stream last loaded successfully (Unix time).',
      defined(
        health.map((h) =>
          h.last_success_at === null ? undefined : { labels: { plugin: h.plugin, stream: h.stream }, value: seconds(h.last_success_at)! },
        ),
      ),
    );
    gauge(
      'medi_stream_last_failure_timestamp_seconds',
      'When each stream last failed to load (Unix time).',
      defined(
        health.map((h) =>
          h.last_failure_at === null ? undefined : { labels: { plugin: h.plugin, stream: h.stream }, value: seconds(h.last_failure_at)! },
        ),
      ),
    );
    gauge(
      'medi_stream_failing',
      "1 when a stream's last load failed after its last success (as `medi-warehouse health` says).",
      health.map((h) => ({ labels: { plugin: h.plugin, stream: h.stream }, value: h.failing ? 1 : 0 })),
    );
    gauge(
      'medi_stream_last_rows',
      "Rows the stream's last successful load wrote.",
      defined(
        health.map((h) => (h.last_rows === null ? undefined : { labels: { plugin: h.plugin, stream: h.stream }, value: h.last_rows })),
      ),
    );
    // gauges, not counters: a run or file changes status (running → succeeded, pending → processed), so a series
    // per status can go down
    gauge(
      'medi_load_runs',
      'Load runs by plugin and status (running, succeeded, stopped, failed).',
      runs.map((r) => ({ labels: { plugin: r.plugin, status: r.status }, value: Number(r.runs) })),
    );
    for (const [key, what] of [
      ['loaded', 'written to raw'],
      ['rejected', 'rejected by the loader'],
      ['skipped', 'skipped as already loaded'],
    ] as const) {
      gauge(
        `medi_load_rows_${key}`,
        `Rows ${what}, by plugin and run status.`,
        runs.map((r) => ({ labels: { plugin: r.plugin, status: r.status }, value: Number(r[key]) })),
      );
    }
    gauge(
      'medi_source_files',
      'Source files by stream and status (pending, processed, failed).',
      files.map((f) => ({ labels: { stream: f.stream, status: f.status }, value: Number(f.n) })),
    );
    for (const [key, what] of [
      ['read', 'read'],
      ['ingested', 'ingested'],
      ['rejected', 'rejected by the tap'],
    ] as const) {
      gauge(
        `medi_source_rows_${key}`,
        `Rows of source files ${what}, by stream and file status.`,
        files.map((f) => ({ labels: { stream: f.stream, status: f.status }, value: Number(f[key]) })),
      );
    }
    gauge(
      'medi_dq_check_passed',
      'The latest result of each data-quality check: 1 passed, 0 failed (an alert).',
      dq.map((d) => ({ labels: { table: d.table_name, check: d.check_name, column: d.column_name }, value: d.passed ? 1 : 0 })),
    );
    gauge(
      'medi_dq_check_observed',
      'The value the latest data-quality check observed.',
      defined(
        dq.map((d) =>
          d.observed === null
            ? undefined
            : { labels: { table: d.table_name, check: d.check_name, column: d.column_name }, value: Number(d.observed) },
        ),
      ),
    );
    if (build)
      gauge('medi_transform_last_build_timestamp_seconds', 'When the transforms last built successfully (Unix time).', [
        { labels: {}, value: seconds(build)! },
      ]);
    return out;
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  }
}

/** The exposition text of `families` (families without samples are left out). */
export function exposition(families: Family[]): string {
  return (
    families
      .filter((f) => f.samples.length > 0)
      .map((f) =>
        [
          `# HELP ${f.name} ${f.help}`,
          `# TYPE ${f.name} ${f.type}`,
          ...f.samples.map((s) => `${f.name}${labels(s.labels)} ${s.value}`),
        ].join('\n'),
      )
      .join('\n') + '\n'
  );
}
