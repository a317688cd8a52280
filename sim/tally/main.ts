#!/usr/bin/env node
// Run the Tally simulator: `node dist/sim/tally/main.js [--port 9000] [--vouchers 2000]`; prints its URL.
// Faults and edits go through POST /__sim/faults and /__sim/mutate (see server.ts).
import { parseArgs } from 'node:util';
import { TallySim } from './server.js';
import { defaultCompanies } from './data.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '9000' },
    host: { type: 'string', default: '127.0.0.1' },
    vouchers: { type: 'string', default: '2000' },
  },
});
const sim = new TallySim({ companies: defaultCompanies(Number(values.vouchers)) });
const url = await sim.listen(Number(values.port), values.host);
process.stdout.write(`${url}\n`);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void sim.close().then(() => process.exit(0)));
