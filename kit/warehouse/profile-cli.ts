#!/usr/bin/env node
// `medi-warehouse profile`, which scripts/dbt runs as this file at the start of every dbt step: the same shell exports
// (DATABASE_URL and the MEDI_PG* variables dbt's profile reads; it fails when anything names another database than
// DATABASE_URL), from a module that loads only the connection code. warehouse-cli.ts loads every command's
// modules (data-quality checks, contracts, NATS), which cost a scheduled no-op run 70 ms.
import { shellExports, warehouseUrl } from './database.js';

try {
  process.stdout.write(shellExports(await warehouseUrl()));
} catch (e) {
  process.stderr.write(`medi-warehouse: ${(e as Error).message}\n`);
  process.exitCode = 2;
}
