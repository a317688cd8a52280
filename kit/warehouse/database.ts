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

/** A database named two ways: the steps of one job would load and build in different warehouses. */
export class WarehouseMismatchError extends Error {
  override name = 'WarehouseMismatchError';
  constructor(
    readonly first: { name: string; at: string },
    readonly second: { name: string; at: string },
  ) {
    super(
      `${first.name} names ${first.at} but ${second.name} names ${second.at}: every step of a job (target, dbt, medi-warehouse) ` +
        'must use the same database; set DATABASE_URL alone',
    );
  }
}

/**
 * The warehouse could not be connected to: no such database, nothing listening, a refused login. Its message names
 * the login and host:port/database, never the password.
 */
export class WarehouseUnreachableError extends Error {
  override name = 'WarehouseUnreachableError';
  constructor(url: string, cause: unknown) {
    const u = new URL(url);
    const who = u.username ? `${decodeURIComponent(u.username)}@` : '';
    let reason = cause instanceof Error ? cause.message : String(cause);
    // a host name with several addresses (localhost: ::1 and 127.0.0.1) fails as an AggregateError, message ''
    if (!reason && cause instanceof AggregateError) reason = cause.errors.map((e) => (e as Error).message).join('; ');
    if (!reason) reason = (cause as { code?: string }).code ?? 'connection failed';
    if (u.password) reason = reason.split(decodeURIComponent(u.password)).join('***');
    super(`cannot connect to the warehouse ${who}${warehouseAt(url)}: ${reason}`, { cause });
  }
}

/** host:port/database of a URL, what decides which warehouse a step uses (never the password). */
export function warehouseAt(url: string): string {
  const u = new URL(url);
  return `${u.hostname || 'localhost'}:${u.port || '5432'}/${decodeURIComponent(u.pathname.slice(1)) || 'postgres'}`;
}

/** MEDI_PG* as a URL when any is set: an older way to point dbt somewhere, now only checked against DATABASE_URL. */
function mediPgUrl(env: NodeJS.ProcessEnv): string | undefined {
  if (!['MEDI_PGHOST', 'MEDI_PGPORT', 'MEDI_PGDATABASE'].some((k) => env[k])) return undefined;
  const u = new URL('postgresql://localhost');
  u.hostname = env.MEDI_PGHOST || '127.0.0.1';
  u.port = env.MEDI_PGPORT || '5432';
  u.pathname = `/${encodeURIComponent(env.MEDI_PGDATABASE || 'postgres')}`;
  return u.toString();
}

/** The target's own connection settings (database_url, or host/port/user/password/database) as one URL. */
export interface ConnectionSettings {
  database_url?: string | undefined;
  host?: string | undefined;
  port?: number | string | undefined;
  user?: string | undefined;
  password?: string | undefined;
  database?: string | undefined;
}

/** Where connection settings that name no server of their own apply: libpq's and node-pg's default host. */
const DEFAULT_BASE = 'postgresql://localhost:5432/postgres';
/**
 * The target declares `port` with this default, so every config carries it (Meltano writes it too): it cannot tell
 * a port someone set from none, and is taken as "not set" (the port of the URL the settings apply to, 5432 when
 * there is none). Any other port is a setting like the rest.
 */
const DECLARED_DEFAULT_PORT = '5432';

const given = (v: unknown): v is string | number => v !== undefined && v !== null && String(v) !== '';

/**
 * The target's connection as one URL, or undefined when none of its settings is given. Each setting replaces its
 * part of a base URL: `database_url` when given, else `base` (DATABASE_URL), else localhost:5432/postgres. So
 * none is ignored for want of `host`: `user` alone logs in as that user to DATABASE_URL's database, `database` or
 * `port` alone name another warehouse, which warehouseUrl() then refuses (WarehouseMismatchError). Another user
 * never inherits the base URL's password.
 */
export function settingsUrl(s: ConnectionSettings, base: string | undefined = process.env.DATABASE_URL): string | undefined {
  const port = given(s.port) && String(s.port) !== DECLARED_DEFAULT_PORT ? String(s.port) : undefined;
  const parts = {
    host: given(s.host),
    port: port !== undefined,
    user: given(s.user),
    password: given(s.password),
    database: given(s.database),
  };
  if (!Object.values(parts).some(Boolean)) return given(s.database_url) ? s.database_url : undefined;
  const u = new URL(given(s.database_url) ? s.database_url : given(base) ? base : DEFAULT_BASE);
  if (parts.host) u.hostname = String(s.host);
  if (port !== undefined) u.port = port;
  if (parts.user && decodeURIComponent(u.username) !== String(s.user)) {
    u.username = encodeURIComponent(String(s.user));
    u.password = '';
  }
  if (parts.password) u.password = encodeURIComponent(String(s.password));
  if (parts.database) u.pathname = `/${encodeURIComponent(String(s.database))}`;
  return u.toString();
}

/** The target's connection settings as its environment gives them (TARGET_POSTGRES_MEDI_*), for the other steps to compare. */
function targetEnv(env: NodeJS.ProcessEnv): { name: string; url: string } | undefined {
  const keys = ['DATABASE_URL', 'HOST', 'PORT', 'USER', 'PASSWORD', 'DATABASE'] as const;
  const v = (k: (typeof keys)[number]) => env[`TARGET_POSTGRES_MEDI_${k}`] || undefined;
  const url = settingsUrl(
    {
      database_url: v('DATABASE_URL'),
      host: v('HOST'),
      port: v('PORT'),
      user: v('USER'),
      password: v('PASSWORD'),
      database: v('DATABASE'),
    },
    env.DATABASE_URL,
  );
  if (!url) return undefined;
  // named by what was set (the port at its declared default is no setting: settingsUrl)
  const set = keys.filter((k) => v(k) !== undefined && !(k === 'PORT' && v(k) === DECLARED_DEFAULT_PORT));
  return { name: set.map((k) => `TARGET_POSTGRES_MEDI_${k}`).join('/'), url };
}

/**
 * Runtime warehouse: DATABASE_URL, else the embedded PostgreSQL 18 (started on demand). One setting drives every
 * step (target, dbt, medi-warehouse), and each step resolves it here from the same environment. Any other way a
 * database is named (the target's own settings, `explicit` when read from its config file; MEDI_PG*) must name
 * the same one, or the step fails before touching anything instead of loading in one database and building in
 * another.
 */
export async function warehouseUrl(env: NodeJS.ProcessEnv = process.env, explicit?: { name: string; url: string }): Promise<string> {
  const target = targetEnv(env);
  const pg = mediPgUrl(env);
  const named = [
    // a step's own setting first: it may log in as another user of the same database
    ...(explicit ? [explicit] : []),
    ...(env.DATABASE_URL ? [{ name: 'DATABASE_URL', url: env.DATABASE_URL }] : []),
    ...(target ? [target] : []),
    ...(pg ? [{ name: 'MEDI_PGHOST/MEDI_PGPORT/MEDI_PGDATABASE', url: pg }] : []),
  ];
  const [first, ...others] = named;
  for (const other of others) {
    if (warehouseAt(other.url) !== warehouseAt(first!.url)) {
      throw new WarehouseMismatchError(
        { name: first!.name, at: warehouseAt(first!.url) },
        { name: other.name, at: warehouseAt(other.url) },
      );
    }
  }
  if (!first) return startEmbedded();
  if (first.url === pg)
    throw new Error('MEDI_PGHOST/MEDI_PGPORT/MEDI_PGDATABASE are set without DATABASE_URL: every step reads DATABASE_URL; set it instead');
  return first.url;
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
    const mod = (await import(modName)) as {
      PostgreSqlContainer: new (image: string) => { start(): Promise<{ getConnectionUri(): string }> };
    };
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

/** The variables dbt's profile (transforms/profiles.yml) reads, derived from a connection URL (scripts/dbt sets them). */
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

/** DATABASE_URL and the MEDI_PG* variables dbt's profile reads, as shell exports. */
export function shellExports(url: string): string {
  const sh = (v: string) => `'${v.replace(/'/g, `'\\''`)}'`;
  return (
    Object.entries(pgEnv(url))
      .map(([k, v]) => `export ${k}=${sh(v)}`)
      .join('\n') + '\n'
  );
}
