#!/usr/bin/env node
// tap-indici-s3: Indici extract files on S3 → Singer messages on stdout.
import { runTap } from '../../kit/singer/tap-kit.js';
import { exitAfterFlush } from '../../kit/singer/exit.js';
import { about } from './about.js';
import { settings, type IndiciConfig } from './settings.js';
import { s3Client, checkBucket } from './s3.js';
import { createClient, STREAMS, REJECTED_ROWS_STREAM, FILES_STREAM, type IndiciClient } from './streams.js';

let client: IndiciClient | undefined;
let policy = 'fail_run' as IndiciConfig['file_failures'];
const code = await runTap<IndiciConfig, IndiciClient>({
  about,
  settings,
  streams: STREAMS,
  extraStreams: [REJECTED_ROWS_STREAM, FILES_STREAM],
  client: (cfg, logger) => {
    policy = cfg.file_failures;
    return (client = createClient(s3Client(cfg), cfg, logger));
  },
  test: async (c, cfg) => {
    await checkBucket(c.s3, cfg.bucket);
    const p = await c.plan();
    return `bucket ${cfg.bucket} reachable; ${p.length} object versions under "${cfg.prefix}", ${p.filter((f) => f.decision === 'read').length} would be read`;
  },
});
// a failed file does not stop the others, but the run must not look clean: exit 1, or (file_failures
// continue) exit 0 so the job's transform runs for what did load, and scripts/dbt fails the job after it
if (code === 0 && client?.failures.length) {
  process.stderr.write(`tap-indici-s3: ${client.failures.length} file(s) failed:\n  ${client.failures.join('\n  ')}\n`);
  if (policy === 'continue')
    process.stderr.write(
      'tap-indici-s3: file_failures is continue: exit 0; each is recorded as failed in etl.load_run_files and read again next run\n',
    );
  await exitAfterFlush(policy === 'continue' ? 0 : 1);
}
await exitAfterFlush(code);
