#!/usr/bin/env node
// target-files-medi: Singer messages on stdin → date-partitioned Parquet/CSV/JSONL files (local or S3), a manifest
// per batch, STATE to stdout once the files it covers are durable.
import { createReadStream } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { requireCjs } from '../../kit/cjs.js';
import type * as DuckDB from '@duckdb/node-api';
import { parseCli } from '../../kit/singer/cli.js';
import { loadConfig } from '../../kit/singer/settings.js';
import { aboutJson, aboutMarkdown } from '../../kit/singer/about.js';
import { createLogger, peakRssMb } from '../../kit/singer/log.js';
import { runTarget } from '../../kit/singer/target-kit.js';
import { ConfigError, redact } from '../../kit/singer/errors.js';
import { exitAfterFlush } from '../../kit/singer/exit.js';
import { FilesLoader } from './loader.js';
import { LocalStore, type Store } from './store.js';
import { PLUGIN, settings, type FilesConfig } from './settings.js';
import { about } from './about.js';
import { LOCK_NAME, RunLock } from './lock.js';
import { resolve } from 'node:path';

// CommonJS by require, not import (kit/cjs.ts: start-up time)
const { DuckDBInstance } = requireCjs('@duckdb/node-api') as typeof DuckDB;

/**
 * The source folder: the setting, else the extractor Meltano runs — its own `source` setting when it has one
 * (Meltano hands the loader the extractor's settings as MELTANO_EXTRACT_*: tap-sql--polyclinic → polyclinic, where
 * the namespace would say only "sql"), else its namespace (tap_hims → hims; an inheriting plugin's tap_hims__daily →
 * hims too) — else "singer".
 */
function sourceName(cfg: FilesConfig): string {
  const ns = (process.env.MELTANO_EXTRACTOR_NAMESPACE ?? '').replace(/^tap_/, '').replace(/__.*$/, '');
  const name = cfg.source || process.env.MELTANO_EXTRACT_SOURCE || ns || 'singer';
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name)) throw new ConfigError(`source "${name}" is not a plain folder name`);
  return name;
}

/** The store of the root; the AWS SDK is loaded only for an s3:// root (a local run saves its ~20 MB). */
async function openStore(cfg: FilesConfig): Promise<Store> {
  if (cfg.root.startsWith('s3://')) {
    const [{ S3Client }, { S3Store }] = await Promise.all([import('@aws-sdk/client-s3'), import('./store-s3.js')]);
    const client = new S3Client({
      region: cfg.s3_region || process.env.AWS_REGION || 'us-east-1',
      ...(cfg.s3_endpoint_url ? { endpoint: cfg.s3_endpoint_url, forcePathStyle: true } : {}),
      maxAttempts: 5,
    });
    return new S3Store(cfg.root, client);
  }
  return new LocalStore(resolve(cfg.root));
}

function lockTimes(cfg: FilesConfig) {
  const t = { waitSeconds: cfg.lock_wait_seconds, heartbeatSeconds: cfg.lock_heartbeat_seconds, staleSeconds: cfg.lock_stale_seconds };
  if (t.waitSeconds < 0) throw new ConfigError(`setting "lock_wait_seconds" must be 0 or more, not ${t.waitSeconds}`);
  if (t.heartbeatSeconds < 1) throw new ConfigError(`setting "lock_heartbeat_seconds" must be 1 or more, not ${t.heartbeatSeconds}`);
  if (t.staleSeconds <= 2 * t.heartbeatSeconds)
    throw new ConfigError(
      `setting "lock_stale_seconds" (${t.staleSeconds}) must exceed twice lock_heartbeat_seconds (${t.heartbeatSeconds}): a live run's lock would be taken over between two heartbeats`,
    );
  return t;
}

// A young generation of 4 MB instead of V8's 16 MB: the per-line garbage dies young either way, and the target's
// memory goes to DuckDB (bench:files peak RSS ~50 MB lower, no measurable time lost)
setFlagsFromString('--max-semi-space-size=4');

async function main(): Promise<number> {
  const args = parseCli(process.argv.slice(2), 'target');
  if (args.version) {
    process.stdout.write(`${about.name} ${about.version}\n`);
    return 0;
  }
  if (args.about) {
    process.stdout.write(args.format === 'markdown' ? aboutMarkdown(about) : JSON.stringify(aboutJson(about), null, 2) + '\n');
    return 0;
  }
  const logger = createLogger(PLUGIN);
  const cfg = loadConfig(PLUGIN, settings, args.config) as unknown as FilesConfig;
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(cfg.zone)) throw new ConfigError(`zone "${cfg.zone}" is not a plain folder name`);
  const instance = await DuckDBInstance.create(':memory:', {
    memory_limit: cfg.duckdb_memory_limit,
    threads: String(cfg.duckdb_threads),
    // jemalloc's purge thread hands freed pages back while a COPY runs, not only after it (bench:files peak RSS
    // ~20 MB lower, no CPU measured)
    allocator_background_threads: 'true',
    // memory a COPY frees in bulk (its row groups, the JSON reader's buffers) goes back to the system once 8 MB
    // have piled up, not 512 MB: a 100,000-row batch's COPY alone peaked at 217-232 MB RSS, 159-161 MB with this
    // (same CPU)
    allocator_bulk_deallocation_flush_threshold: '8MB',
  });
  const db = await instance.connect();
  // a date-time without an offset is read as UTC, whatever the machine's zone (the ICU extension is built in)
  await db.run(`SET TimeZone = 'UTC'`);
  const source = sourceName(cfg);
  const times = lockTimes(cfg);
  const store = await openStore(cfg);
  const loader = new FilesLoader(cfg, source, store, db, logger);
  // one run per zone/source: held from before the crash clean-up (start) to the end of the run
  const lock = await RunLock.acquire(store.lockFile(`${cfg.zone}/${source}/${LOCK_NAME}`), { zone: cfg.zone, source }, times, logger).catch(
    async (e: Error) => {
      await loader.close(); // its spool folder
      throw e;
    },
  );
  loader.guard = () => lock.verify();
  // SIGINT (and SIGTERM before the message loop, which handles it itself): release the lock, then stop as the
  // signal would have (a local lock left behind would be taken over at once; an S3 one only once stale)
  const stop = (signal: NodeJS.Signals, code: number) => {
    logger.warn(`${signal} received: releasing the lock and stopping; staged files are cleaned up by the next run`);
    void Promise.race([lock.release(), new Promise((r) => setTimeout(r, 5000))])
      .catch((e: Error) => logger.error(`while releasing the lock: ${e.message}`))
      .finally(() => exitAfterFlush(code));
  };
  const onInt = () => stop('SIGINT', 130);
  const onEarlyTerm = () => stop('SIGTERM', 143);
  process.once('SIGINT', onInt);
  process.once('SIGTERM', onEarlyTerm);
  let result;
  try {
    await loader.start();
    process.removeListener('SIGTERM', onEarlyTerm);
    result = await runTarget({
      loader,
      logger,
      ...(args.input ? { input: createReadStream(args.input) } : {}),
      maxBatchAgeMs: cfg.batch_max_age_seconds * 1000,
    });
  } finally {
    process.removeListener('SIGTERM', onEarlyTerm);
    await lock.release();
    process.removeListener('SIGINT', onInt);
  }
  db.closeSync();
  instance.closeSync();
  logger.info('input finished', {
    lines: result.lines,
    records: result.records,
    fast_path_records: loader.fastRows,
    duckdb_seconds: Math.round(loader.duckdbMs) / 1000,
    rows_written: loader.rowsWritten,
    files: loader.filesWritten,
    batches: loader.batches,
    states_emitted: result.statesEmitted,
    peak_rss_mb: peakRssMb(),
  });
  return 0;
}

main().then(
  (code) => exitAfterFlush(code),
  (e: Error) => {
    process.stderr.write(`${PLUGIN}: error: ${redact(e.message)}\n`);
    return exitAfterFlush(1);
  },
);
