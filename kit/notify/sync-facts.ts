// What a sync event means for the people told about it: the run's totals from the event, and per extract
// (stream) the rows read, ingested and rejected (tap, loader and staging rejects: the quarantine) from the
// warehouse's audit of that load run, so a summary and the quarantine rate are per extract, not per job.
import type pg from 'pg';

export interface StreamFacts {
  stream: string;
  read: number;
  ingested: number;
  rejected: number;
  files: number;
  failed_files: number;
  /** the stream failed in this run (the load failed, or one of its files did) */
  failed: boolean;
}

export interface SyncFacts {
  load_run_id: string;
  plugin: string;
  /** the Meltano extractor of the job (a tap's own name when it sends the event), null when not known */
  extractor: string | null;
  failed: boolean;
  error: string | null;
  ingested: number;
  rejected: number;
  anomalies: number;
  skipped: number;
  failed_files: number;
  streams: StreamFacts[];
}

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0)) || 0;

/** The stg rejects table of a stream `<source>_<name>` (kit/contracts/dbt.ts names it so). */
export function rejectsTable(stream: string): string | null {
  // only a name dbt's staging could have (a third-party stream may be `tap_public.patients`): anything else has none
  const m = /^([a-z0-9]+)_([a-z0-9_]+)$/.exec(stream);
  return m ? `stg.stg_${m[1]}__${m[2]}__rejects` : null;
}

/**
 * Facts of a sync event (`etl.sync.completed` / `etl.sync.failed`). With `client` (the warehouse), streams
 * come from etl.load_runs / etl.load_run_files and the staging rejects of the run; without it, or when the
 * run is not in this warehouse, from the event alone (totals, and the streams the loader names).
 */
export async function syncFacts(subject: string, e: Record<string, unknown>, client: pg.Client | null): Promise<SyncFacts> {
  const runId = String(e.load_run_id ?? '');
  const failed = subject.endsWith('.failed') || e.status === 'failed';
  const facts: SyncFacts = {
    load_run_id: runId,
    plugin: String(e.plugin ?? 'unknown'),
    extractor: typeof e.extractor === 'string' && e.extractor ? e.extractor : null,
    failed,
    error: typeof e.error === 'string' ? e.error : null,
    ingested: num(e.rows_loaded),
    rejected: num(e.rows_rejected),
    anomalies: num(e.dq_failed),
    skipped: num(e.rows_skipped),
    failed_files: num(e.failed_files),
    streams: [],
  };
  const named = Array.isArray(e.streams) ? e.streams.map(String) : [];
  if (client && /^[0-9a-f-]{36}$/i.test(runId)) {
    const run = (
      await client.query<{ streams: Record<string, { loaded?: number; rejected?: number }> }>(
        `select streams from etl.load_runs where load_run_id = $1`,
        [runId],
      )
    ).rows[0];
    const files = new Map(
      (
        await client.query<{
          stream: string;
          files: string;
          failed_files: string;
          rows_read: string;
          rows_ingested: string;
          rows_rejected: string;
        }>(
          `select stream, count(*) as files, count(*) filter (where status = 'failed') as failed_files,
         sum(rows_read) as rows_read, sum(rows_ingested) as rows_ingested, sum(rows_rejected) as rows_rejected
       from etl.load_run_files where last_load_run_id = $1 group by stream`,
          [runId],
        )
      ).rows.map((r) => [r.stream, r]),
    );
    const names = [...new Set([...named, ...Object.keys(run?.streams ?? {}), ...files.keys()])].filter((s) => !s.startsWith('_')).sort();
    for (const stream of names) {
      const f = files.get(stream);
      const landed = f ? num(f.rows_ingested) : num(run?.streams?.[stream]?.loaded);
      const quarantined = await stagingRejects(client, stream, runId);
      const rejected = num(f?.rows_rejected) + num(run?.streams?.[stream]?.rejected) + quarantined;
      const ingested = Math.max(0, landed - quarantined);
      const failedFiles = num(f?.failed_files);
      // a failed load fails every stream it carried; a completed load with failed files fails those streams
      const streamFailed = failed && (facts.failed_files === 0 || failedFiles > 0 || e.status === 'failed');
      facts.streams.push({
        stream,
        read: ingested + rejected,
        ingested,
        rejected,
        files: num(f?.files),
        failed_files: failedFiles,
        failed: streamFailed,
      });
    }
    if (facts.streams.length) {
      facts.ingested = facts.streams.reduce((s, x) => s + x.ingested, 0);
      facts.rejected = facts.streams.reduce((s, x) => s + x.rejected, 0);
    }
  } else {
    for (const stream of named) facts.streams.push({ stream, read: 0, ingested: 0, rejected: 0, files: 0, failed_files: 0, failed });
  }
  return facts;
}

async function stagingRejects(client: pg.Client, stream: string, runId: string): Promise<number> {
  const table = rejectsTable(stream);
  if (!table) return 0;
  // the table exists once dbt built the stream; without the privilege to read it the count is left out. Nothing
  // here may fail the event: its notices would never go out
  try {
    await client.query('savepoint medi_notify_rejects');
    const exists = (await client.query<{ t: string | null }>(`select to_regclass($1)::text as t`, [table])).rows[0]?.t;
    if (!exists) {
      await client.query('release savepoint medi_notify_rejects');
      return 0;
    }
    const [schema, name] = table.split('.') as [string, string];
    const n = (await client.query<{ n: string }>(`select count(*) as n from "${schema}"."${name}" where load_run_id = $1`, [runId])).rows[0]
      ?.n;
    await client.query('release savepoint medi_notify_rejects');
    return num(n);
  } catch {
    await client.query('rollback to savepoint medi_notify_rejects');
    return 0;
  }
}
