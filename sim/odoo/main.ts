#!/usr/bin/env node
// Run the Odoo simulator: `node dist/sim/odoo/main.js [--port 8069] [--version 17.0] [--leads 240]`; prints its
// URL, database, login and API key. XML-RPC, JSON-RPC, JSON-2 (19.0+) and /web/version; admin under /__sim/*.
import { parseArgs } from 'node:util';
import { OdooSim } from './server.js';
import { Orm } from './orm.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8069' },
    host: { type: 'string', default: '127.0.0.1' },
    version: { type: 'string', default: '17.0' },
    leads: { type: 'string' },
    'api-key': { type: 'string' },
  },
});
const sim = new OdooSim({
  orm: new Orm(values.leads ? { 'crm.lead': Number(values.leads) } : {}),
  version: values.version!,
  ...(values['api-key'] ? { apiKey: values['api-key'] } : {}),
});
const url = await sim.listen(Number(values.port), values.host);
process.stdout.write(
  `${JSON.stringify({ url, database: sim.database, username: sim.login, api_key: sim.apiKey, version: sim.version })}\n`,
);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void sim.close().then(() => process.exit(0)));
