#!/usr/bin/env node
// Run the HIMS simulator: `node dist/sim/hims/main.js [--port 8080] [--patients 120] [--api-key K]`; prints its
// base URL. FHIR under /fhir, the vendor REST API under /api/v1; faults and edits over /__sim/*.
import { parseArgs } from 'node:util';
import { HimsSim } from './server.js';
import { Hospital } from './data.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    patients: { type: 'string', default: '120' },
    appointments: { type: 'string', default: '300' },
    'api-key': { type: 'string' },
  },
});
const sim = new HimsSim({
  hospital: new Hospital({ patients: Number(values.patients), appointments: Number(values.appointments) }),
  ...(values['api-key'] ? { apiKey: values['api-key'] } : {}),
});
process.stdout.write(`${await sim.listen(Number(values.port), values.host)}\n`);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void sim.close().then(() => process.exit(0)));
