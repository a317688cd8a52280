#!/usr/bin/env node
// `medi-migrate`: apply warehouse migrations to DATABASE_URL (or the embedded server).
import { migrate } from './migrate.js';
import { warehouseUrl } from './database.js';

const url = await warehouseUrl();
const r = await migrate(url);
process.stderr.write(`migrations applied: ${r.applied.length ? r.applied.join(', ') : 'none'}; already present: ${r.skipped.length}\n`);
