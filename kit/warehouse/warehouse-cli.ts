#!/usr/bin/env node
// `medi-warehouse env`: make sure the warehouse is up (DATABASE_URL, else the embedded PostgreSQL 18),
// apply migrations, and print shell exports (DATABASE_URL and the MEDI_PG* variables dbt's profile reads).
// `medi-warehouse stop` stops the embedded server.
import { pgEnv, warehouseUrl } from './database.js';
import { migrate } from './migrate.js';
import { stopEmbedded } from './embedded.js';

const cmd = process.argv[2] ?? 'env';
if (cmd === 'stop') {
  stopEmbedded();
} else {
  const url = await warehouseUrl();
  await migrate(url);
  const sh = (v: string) => `'${v.replace(/'/g, `'\\''`)}'`;
  process.stdout.write(Object.entries(pgEnv(url)).map(([k, v]) => `export ${k}=${sh(v)}`).join('\n') + '\n');
}
