#!/usr/bin/env node
// Run the Partner Central simulator: `node dist/sim/apn/main.js [--port 0] [--opportunities 30] [--rate 10]`;
// prints its URL, which is the `endpoint_url` of tap-apn (both the Selling and the Benefits API answer there).
import { parseArgs } from 'node:util';
import { ApnSim } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    opportunities: { type: 'string', default: '30' },
    rate: { type: 'string', default: '10' },
  },
});
const sim = new ApnSim({ size: { AWS: { opportunities: Number(values.opportunities) } }, ratePerSecond: Number(values.rate) });
process.stdout.write(`${await sim.listen(Number(values.port), values.host)}\n`);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void sim.close().then(() => process.exit(0)));
