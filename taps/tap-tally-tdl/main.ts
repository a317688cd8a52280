#!/usr/bin/env -S node --max-semi-space-size=4
// tap-tally-tdl: Tally ERP / TallyPrime XML server → Singer messages on stdout.
// The bin runs node with a 4 MB young generation: replies allocate fast and die young, and the default lets RSS float ~50 MB higher.
import { runTap } from '../../kit/singer/tap-kit.js';
import { exitAfterFlush } from '../../kit/singer/exit.js';
import { about } from './about.js';
import { settings, type TallyConfig } from './settings.js';
import { createClient, STREAMS, EXTRA_STREAMS } from './streams.js';
import type { TallyClient } from './client.js';

const code = await runTap<TallyConfig, TallyClient>({
  about,
  settings,
  streams: STREAMS,
  extraStreams: EXTRA_STREAMS,
  client: (cfg, logger) => createClient(cfg, logger),
  test: async (client) => {
    const list = await client.companies();
    const selected = await client.selectedCompanies();
    return `Tally answered; open companies: ${list.map((c) => `"${c.name}" (AltMstId ${c.altMstId}, AltVchId ${c.altVchId})`).join(', ')}; syncing ${selected.length}`;
  },
});
await exitAfterFlush(code);
