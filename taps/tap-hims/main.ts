#!/usr/bin/env node
// tap-hims: a hospital information system (FHIR R4 or plain REST) → Singer messages on stdout.
import { runTap } from '../../kit/singer/tap-kit.js';
import { exitAfterFlush } from '../../kit/singer/exit.js';
import { about } from './about.js';
import { settings, type HimsConfig } from './settings.js';
import { createClient, STREAMS, EXTRA_STREAMS } from './streams.js';
import type { HimsClient } from './client.js';

const code = await runTap<HimsConfig, HimsClient>({
  about,
  settings,
  streams: STREAMS,
  extraStreams: EXTRA_STREAMS,
  client: (cfg, logger) => createClient(cfg, logger),
  test: async (client, cfg) => {
    if (cfg.flavour === 'fhir') {
      const cs = await client.metadata();
      return `FHIR ${cs.fhirVersion} server at ${cfg.base_url}; ${(cs.rest?.[0]?.resource ?? []).length} resource types`;
    }
    const first = Object.values(cfg.rest_endpoints)[0];
    if (first) await client.getJson(`${first.path}?limit=1`, first.path);
    return `REST API at ${cfg.base_url} answered`;
  },
});
await exitAfterFlush(code);
