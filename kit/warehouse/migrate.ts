// Migration runner: ordered plain-SQL files in migrations/, each applied once in its own transaction as
// medi_migrator, recorded with a checksum in etl.schema_migrations, serialised by an advisory lock. Before them,
// migrations/bootstrap.sql runs as the login user every time (roles, memberships, adopting older objects).
// Chosen over node-pg-migrate/Flyway: our migrations are plain SQL a DBA can read and run with psql,
// and this is 60 lines with no extra runtime dependency; the checksum catches an edited, already-applied file.
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';

export const MIGRATIONS_DIR = new URL('../../../migrations/', import.meta.url).pathname;
const LOCK_KEY = 7_351_120_001; // arbitrary, fixed: one migrator at a time per database

export interface MigrationResult {
  applied: string[];
  skipped: string[];
}

/** The role every numbered migration runs as: it owns the schemas and etl. */
export const MIGRATOR_ROLE = 'medi_migrator';
/** The roles the other steps switch to (SET ROLE) after connecting: the target, dbt and its checks, readers. */
export const LOADER_ROLE = 'medi_loader';
export const TRANSFORMER_ROLE = 'medi_transformer';
export const READER_ROLE = 'medi_reader';
/** medi-notify: reads load runs and staging rejects, writes only app.notification_queue and its own outbox. */
export const NOTIFIER_ROLE = 'medi_notifier';
export const BOOTSTRAP_FILE = 'bootstrap.sql';

export class MigrationChecksumError extends Error {
  override name = 'MigrationChecksumError';
}

export async function migrate(databaseUrl: string, dir = MIGRATIONS_DIR): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const result: MigrationResult = { applied: [], skipped: [] };
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    try {
      await client.query(readFileSync(join(dir, BOOTSTRAP_FILE), 'utf8'));
    } catch (e) {
      throw new Error(
        `migration bootstrap (roles; run as the login user of the database URL, which must be a superuser or have CREATEROLE) failed: ${(e as Error).message}`,
        { cause: e },
      );
    }
    await client.query(`SET ROLE ${MIGRATOR_ROLE}`);
    await client.query('CREATE SCHEMA IF NOT EXISTS etl');
    await client.query(`CREATE TABLE IF NOT EXISTS etl.schema_migrations (
      version text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Map<string, string>();
    for (const row of (await client.query<{ version: string; checksum: string }>('SELECT version, checksum FROM etl.schema_migrations'))
      .rows) {
      done.set(row.version, row.checksum);
    }
    const files = readdirSync(dir)
      .filter((f) => /^\d{4}_.+\.sql$/.test(f))
      .sort();
    for (const file of files) {
      const sql = readFileSync(join(dir, file), 'utf8');
      const checksum = createHash('sha256').update(sql).digest('hex');
      const prior = done.get(file);
      if (prior !== undefined) {
        if (prior !== checksum)
          throw new MigrationChecksumError(
            `migration ${file} was edited after it was applied (checksum differs); add a new migration instead`,
          );
        result.skipped.push(file);
        continue;
      }
      try {
        await client.query('BEGIN');
        await client.query(sql);
        await client.query('INSERT INTO etl.schema_migrations (version, checksum) VALUES ($1, $2)', [file, checksum]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw new Error(`migration ${file} failed: ${(e as Error).message}`, { cause: e });
      }
      result.applied.push(file);
    }
    return result;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
