#!/usr/bin/env node
// Run the Partner Central simulator: `node dist/sim/apn/main.js [--port 0] [--opportunities 30] [--rate 10]`;
// prints its URL, which is the `endpoint_url` of tap-apn (both the Selling and the Benefits API answer there).
// `--odoo-leads N --odoo-links K`: the first K AWS opportunities belong to leads of an Odoo simulator started with
// `--leads N` (the same deterministic data), each by one of core.opportunity_matches' rules in turn.
import { parseArgs } from 'node:util';
import { ApnSim } from './server.js';
import { Orm } from '../odoo/orm.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    opportunities: { type: 'string', default: '30' },
    rate: { type: 'string', default: '10' },
    'odoo-leads': { type: 'string' },
    'odoo-links': { type: 'string', default: '12' },
  },
});
const sim = new ApnSim({
  size: { AWS: { opportunities: Number(values.opportunities) } },
  ratePerSecond: Number(values.rate),
  ...(values['odoo-leads']
    ? { odoo: { orm: new Orm({ 'crm.lead': Number(values['odoo-leads']) }), links: Number(values['odoo-links']) } }
    : {}),
});
process.stdout.write(`${await sim.listen(Number(values.port), values.host)}\n`);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void sim.close().then(() => process.exit(0)));
