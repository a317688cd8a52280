#!/usr/bin/env node
// tap-indici-s3: Indici extract files on S3 → Singer messages on stdout.
import { runTap } from '../../kit/singer/tap-kit.js';
import { exitAfterFlush } from '../../kit/singer/exit.js';
import { about } from './about.js';
import { settings, type IndiciConfig } from './settings.js';
import { s3Client, checkBucket } from './s3.js';
import { createClient, STREAMS, REJECTED_ROWS_STREAM, FILES_STREAM, type IndiciClient } from './streams.js';

let client: IndiciClient | undefined;
const code = await runTap<IndiciConfig, IndiciClient>({
  about,
  settings,
  streams: STREAMS,
  extraStreams: [REJECTED_ROWS_STREAM, FILES_STREAM],
  client: (cfg, logger) => (client = createClient(s3Client(cfg), cfg, logger)),
  test: async (c, cfg) => {
    await checkBucket(c.s3, cfg.bucket);
    const p = await c.plan();
    return `bucket ${cfg.bucket} reachable; ${p.length} object versions under "${cfg.prefix}", ${p.filter((f) => f.decision === 'read').length} would be read`;
  },
});
// a failed file does not stop the others, but the run must not look clean
if (code === 0 && client?.failures.length) {
  process.stderr.write(`tap-indici-s3: ${client.failures.length} file(s) failed:\n  ${client.failures.join('\n  ')}\n`);
  await exitAfterFlush(1);
}
await exitAfterFlush(code);
