#!/usr/bin/env node
// target-postgres-medi: Singer messages on stdin → PostgreSQL through COPY; STATE to stdout after commit.
import { createReadStream } from 'node:fs';
import { parseCli } from '../../kit/singer/cli.js';
import { loadConfig } from '../../kit/singer/settings.js';
import { aboutJson, aboutMarkdown } from '../../kit/singer/about.js';
import { createLogger, peakRssMb } from '../../kit/singer/log.js';
import { runTarget } from '../../kit/singer/target-kit.js';
import { redact } from '../../kit/singer/errors.js';
import { exitAfterFlush } from '../../kit/singer/exit.js';
import { migrate } from '../../kit/warehouse/migrate.js';
import { becomeLoader } from '../../kit/warehouse/roles.js';
import { settingsUrl, warehouseUrl } from '../../kit/warehouse/database.js';
import { Connector, catalogRace } from './connector.js';
import { PostgresLoader } from './loader.js';
import { PLUGIN, settings, type TargetConfig } from './settings.js';
import { about } from './about.js';

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
  const cfg = loadConfig(PLUGIN, settings, args.config) as unknown as TargetConfig;
  const own = settingsUrl(cfg);
  const url = await warehouseUrl(process.env, own ? { name: 'target-postgres-medi database_url/host', url: own } : undefined);
  if (cfg.run_migrations) await migrate(url);
  const connector = new Connector(url);
  await connector.connect();
  // the load runs as medi_loader, whoever logged in; a schema it creates may be created by a run starting at the same
  // moment (the catalog's unique index fails the later one): tried again, it finds the schema made
  await becomeLoader(connector.client, cfg.default_target_schema).catch((e: unknown) => {
    if (!catalogRace(e)) throw e;
    return becomeLoader(connector.client, cfg.default_target_schema);
  });
  const loader = new PostgresLoader(connector, cfg, logger);
  await loader.start();
  const result = await runTarget({
    loader,
    logger,
    ...(args.input ? { input: createReadStream(args.input) } : {}),
    maxBatchAgeMs: cfg.batch_max_age_seconds * 1000,
  });
  logger.info('input finished', {
    lines: result.lines,
    records: result.records,
    states_emitted: result.statesEmitted,
    load_run_id: loader.runId,
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
