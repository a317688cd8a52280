#!/usr/bin/env node
// tap-odoo: Odoo models over JSON-2, JSON-RPC or XML-RPC → Singer messages on stdout.
import { runTap } from '../../kit/singer/tap-kit.js';
import { exitAfterFlush } from '../../kit/singer/exit.js';
import { emitMetric } from '../../kit/singer/log.js';
import { about } from './about.js';
import { settings, type OdooConfig } from './settings.js';
import { createTap, STREAMS, EXTRA_STREAMS, type OdooTap } from './streams.js';

let tap: OdooTap | undefined;
const code = await runTap<OdooConfig, OdooTap>({
  about,
  settings,
  streams: STREAMS,
  extraStreams: EXTRA_STREAMS,
  client: async (cfg, logger) => (tap = await createTap(cfg, logger, STREAMS)),
  test: async (t) => `Odoo ${t.client.serverVersion || ''} over ${t.client.protocol}; ${t.plans.size} models readable`,
});
if (tap) {
  for (const [method, n] of tap.client.calls)
    emitMetric({ type: 'counter', metric: 'odoo_rpc_calls', value: n, tags: { method, protocol: tap.client.protocol } });
}
await exitAfterFlush(code);
