#!/usr/bin/env node
// tap-apn: AWS Partner Central (Selling and Benefits APIs) → Singer messages on stdout.
import { runTap } from '../../kit/singer/tap-kit.js';
import { exitAfterFlush } from '../../kit/singer/exit.js';
import { about } from './about.js';
import { settings, type ApnConfig } from './settings.js';
import { STREAMS, API_STREAMS, EXTRA_STREAMS } from './streams.js';
import { ApnClient } from './client.js';
import { planCalls, stateFromArgv } from './budget.js';

const argv = process.argv.slice(2);
const code = await runTap<ApnConfig, ApnClient>(
  {
    about,
    settings,
    streams: STREAMS,
    extraStreams: EXTRA_STREAMS,
    client: (cfg, logger) => {
      const plan = planCalls(
        stateFromArgv(argv),
        API_STREAMS.length * cfg.catalogs.length,
        cfg.daily_call_budget,
        cfg.first_run_call_estimate,
      );
      logger.info(`call plan: about ${plan.planned} calls; ${plan.used} made in the last 24 h; daily_call_budget ${cfg.daily_call_budget}`);
      return new ApnClient(cfg, logger, plan.allowance);
    },
    test: async (client, cfg) => {
      const out = await client.call('ListSolutions', { Catalog: cfg.catalogs[0] ?? 'AWS', MaxResults: 1 });
      return `Partner Central answered ListSolutions (${(out.SolutionSummaries ?? []).length} row) for catalog ${cfg.catalogs[0] ?? 'AWS'}`;
    },
  },
  argv,
);
await exitAfterFlush(code);
