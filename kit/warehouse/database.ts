// Where the warehouse is: DATABASE_URL when given, else the embedded server. Tests have their own order.
import pg from 'pg';
import { startEmbedded } from './embedded.js';

async function reachable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** Runtime warehouse: DATABASE_URL, else the embedded PostgreSQL 18 (started on demand). */
export async function warehouseUrl(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  return startEmbedded();
}

export const LOCAL_TEST_URL = 'postgresql://postgres@127.0.0.1:5432/test';

/**
 * Test warehouse, in order: TEST_DATABASE_URL; the local server on 127.0.0.1:5432; a testcontainers
 * PostgreSQL where a Docker engine answers (optional dependency, skipped when absent); the embedded server.
 */
export async function testDatabaseUrl(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.TEST_DATABASE_URL) return env.TEST_DATABASE_URL;
  if (await reachable(LOCAL_TEST_URL)) return LOCAL_TEST_URL;
  try {
    const modName = '@testcontainers/postgresql';
    const mod = (await import(modName)) as { PostgreSqlContainer: new (image: string) => { start(): Promise<{ getConnectionUri(): string }> } };
    const container = await new mod.PostgreSqlContainer('postgres:18').start();
    return container.getConnectionUri();
  } catch {
    // no Docker engine or testcontainers not installed: fall through to the embedded server
  }
  return startEmbedded({ dir: env.MEDI_TEST_PGDATA ?? '.pgdata-test', port: 54330 });
}

/** A fresh database on the same server, for a test that needs isolation. */
export async function createScratchDatabase(baseUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/** The variables dbt's profile (transforms/profiles.yml) reads, derived from a connection URL. */
export function pgEnv(url: string): Record<string, string> {
  const u = new URL(url);
  return {
    DATABASE_URL: url,
    MEDI_PGHOST: u.hostname,
    MEDI_PGPORT: u.port || '5432',
    MEDI_PGUSER: decodeURIComponent(u.username),
    MEDI_PGPASSWORD: decodeURIComponent(u.password),
    MEDI_PGDATABASE: u.pathname.slice(1) || 'postgres',
  };
}
