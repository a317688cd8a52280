#!/usr/bin/env -S node --max-semi-space-size=4 --max-old-space-size=160
// tap-odoo: Odoo models over JSON-2, JSON-RPC or XML-RPC → Singer messages on stdout.
// The bin caps the old generation: each page's parsed reply dies after its records are written, but survives the
// young generation while they are, and an uncapped heap let RSS float to ~230 MB at 500 records a page (138 MB capped).
import { runTap } from '../../kit/singer/tap-kit.js';
import { exitAfterFlush } from '../../kit/singer/exit.js';
import { emitMetric } from '../../kit/singer/log.js';
import { about } from './about.js';
import { settings, type OdooConfig } from './settings.js';
import { createTap, STREAMS, type OdooTap } from './streams.js';

let tap: OdooTap | undefined;
const code = await runTap<OdooConfig, OdooTap>({
  about,
  settings,
  streams: STREAMS,
  client: async (cfg, logger, state) => (tap = await createTap(cfg, logger, STREAMS, state)),
  test: async (t) => `Odoo ${t.client.serverVersion || ''} over ${t.client.protocol}; ${t.plans.size} models readable`,
});
if (tap) {
  for (const [method, n] of tap.client.calls)
    emitMetric({ type: 'counter', metric: 'odoo_rpc_calls', value: n, tags: { method, protocol: tap.client.protocol } });
}
await exitAfterFlush(code);
