#!/usr/bin/env node
// `medi-warehouse profile [--idle <dbt project dir>]`, which scripts/dbt runs as this file at the start of every dbt
// step: the same shell exports (DATABASE_URL and the MEDI_PG* variables dbt's profile reads; it fails when anything
// names another database than DATABASE_URL), from a module that loads only the connection code. warehouse-cli.ts
// loads every command's modules (data-quality checks, contracts, NATS), which cost a scheduled no-op run 70 ms.
// With --idle it also asks the build marker, as the transformer role, whether a plain scheduled run has anything to
// do, and prints `medi_dbt_idle=1` (a shell variable, not exported) when it has not: a scheduled no-op job's dbt
// step is then one Node start-up, not two. A failed question is not fatal: the run goes the full way and says why.
import pg from 'pg';
import { shellExports, warehouseUrl } from './database.js';

const at = process.argv.indexOf('--idle');
const projectDir = at > 0 ? process.argv[at + 1] : undefined;

async function nothingToBuild(url: string, dir: string): Promise<boolean> {
  const { idle } = await import('./build-marker.js');
  // as scripts/dbt's later steps connect: PGOPTIONS with the transformer role added (options in the URL win, as there)
  process.env.PGOPTIONS = `${process.env.PGOPTIONS ?? ''} -c role=medi_transformer`;
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return await idle(client, dir);
  } catch (e) {
    process.stderr.write(`dbt: could not tell whether anything is new (${(e as Error).message}); building\n`);
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

try {
  const url = await warehouseUrl();
  const exports = shellExports(url);
  process.stdout.write(projectDir && (await nothingToBuild(url, projectDir)) ? `${exports}medi_dbt_idle=1\n` : exports);
} catch (e) {
  process.stderr.write(`medi-warehouse: ${(e as Error).message}\n`);
  process.exitCode = 2;
}
