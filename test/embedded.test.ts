// The warehouse README command 1 uses without DATABASE_URL: `medi-warehouse env` initialises and starts the
// embedded PostgreSQL 18, migrates it and prints the exports. CI has a local server, so nothing else runs this
// path. Checked here: a fresh directory comes up and is migrated; a port held by another process is stepped
// over (and said), the URL printed is the port the server really listens on, a second call reuses the running
// server, a restart keeps its port, and a pinned port that is busy fails with a clear message.
import t from 'tap';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbedded } from '../kit/warehouse/embedded.js';
import { ROOT, query } from './helpers.js';

const CLI = join(ROOT, 'dist/kit/warehouse/warehouse-cli.js');
// under the system temp directory (world-traversable), not the checkout: as root the server runs as the
// postgres user, which may not be able to reach a checkout's directory
const dir = join(tmpdir(), `medi-embedded-test-${process.pid}`);

function cli(args: string[], env: Record<string, string> = {}) {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  delete base.MEDI_EMBEDDED_PGPORT;
  const r = spawnSync('node', [CLI, ...args], { env: { ...base, MEDI_EMBEDDED_PGDATA: dir, ...env }, encoding: 'utf8', timeout: 180_000 });
  const exports = Object.fromEntries([...r.stdout.matchAll(/^export (\w+)='([^']*)'$/gm)].map((m) => [m[1]!, m[2]!]));
  return { code: r.status, stderr: r.stderr, exports };
}

async function listen(port: number): Promise<Server> {
  const s = createServer();
  await new Promise<void>((ok, fail) => s.once('error', fail).listen({ port, host: '127.0.0.1' }, ok));
  return s;
}

/** A port with nothing on it and nothing on the next one either. */
async function freePair(): Promise<number> {
  for (let port = 55100 + (process.pid % 500); ; port += 2) {
    try {
      const a = await listen(port);
      const b = await listen(port + 1);
      await new Promise((r) => a.close(r));
      await new Promise((r) => b.close(r));
      return port;
    } catch {
      // taken: try further up
    }
  }
}

t.teardown(() => {
  cli(['stop']);
  rmSync(dir, { recursive: true, force: true });
});

t.test('a busy port is stepped over, said, reported truthfully and kept across restarts', async (t) => {
  rmSync(dir, { recursive: true, force: true });
  const port = await freePair();
  const squatter = await listen(port);
  t.teardown(() => new Promise((r) => squatter.close(r)));

  // first start as warehouseUrl() does it, preferring the busy port (the CLI's preference is 54329, which a
  // developer's own demo server may hold while the tests run)
  let said = '';
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => ((said += chunk.toString()), true)) as typeof process.stderr.write;
  let url: string;
  try {
    url = await startEmbedded({ dir, port });
  } finally {
    process.stderr.write = write;
  }
  t.match(said, `port ${port} is in use by another process; starting on ${port + 1}`, 'the step is said on stderr');
  t.equal(new URL(url).port, String(port + 1), 'the URL carries the port the server listens on');

  const env = cli(['env']);
  t.equal(env.code, 0, `medi-warehouse env succeeds: ${env.stderr.slice(-800)}`);
  t.equal(env.exports.DATABASE_URL, url, 'medi-warehouse env finds the running server on its real port');
  const [v] = await query<{ major: number; migrated: boolean }>(
    url,
    `select current_setting('server_version_num')::int / 10000 as major, to_regclass('etl.load_runs') is not null as migrated`,
  );
  t.same(v, { major: 18, migrated: true }, 'PostgreSQL 18, migrated');
  // the superuser's password is random, kept 0600 in the data directory; the old fixed one opens nothing
  const saved = readFileSync(join(dir, 'medi.password'), 'utf8').trim();
  t.equal(decodeURIComponent(new URL(url).password), saved);
  t.match(saved, /^[0-9a-f]{48}$/);
  t.equal(statSync(join(dir, 'medi.password')).mode & 0o777, 0o600);
  const legacy = new URL(url);
  legacy.password = 'medi';
  t.match(
    await query(legacy.toString(), 'select 1').then(
      () => 'allowed',
      (e: Error) => e.message,
    ),
    /password authentication failed/,
  );
  // the role model holds on 18 as on the 15 the other tests use: migrations ran as the migrator, and a reader
  // login cannot set its own organisations (what core's row-level security relies on)
  const [etl] = await query<{ owner: string; tables: string }>(
    url,
    `select pg_get_userbyid(nspowner) as owner,
    (select string_agg(distinct tableowner, ',') from pg_tables where schemaname = 'etl') as tables from pg_namespace where nspname = 'etl'`,
  );
  t.same(etl, { owner: 'medi_migrator', tables: 'medi_migrator' }, 'etl belongs to medi_migrator');
  await query(url, `drop role if exists medi_embedded_reader; create role medi_embedded_reader login password 'r' in role medi_reader`);
  const reader = new URL(url);
  reader.username = 'medi_embedded_reader';
  reader.password = 'r';
  const regrant = await query(reader.toString(), `alter role medi_embedded_reader set medi.orgs = '1'`).then(
    () => 'allowed',
    (e: Error) => e.message,
  );
  t.match(regrant, /permission denied/, 'a reader cannot ALTER ROLE itself SET medi.orgs');
  await query(url, `drop role medi_embedded_reader`);

  // a server made before the password was random: its fixed password is replaced at the next start
  await query(url, `alter role postgres password 'medi'`);
  rmSync(join(dir, 'medi.password'));
  t.equal(cli(['stop']).code, 0, 'stops');
  const rotated = cli(['env']);
  t.equal(rotated.code, 0, rotated.stderr.slice(-800));
  t.match(rotated.stderr, 'replaced the fixed superuser password');
  const now = readFileSync(join(dir, 'medi.password'), 'utf8').trim();
  t.not(now, 'medi');
  t.equal(decodeURIComponent(new URL(rotated.exports.DATABASE_URL!).password), now);
  t.match(
    await query(legacy.toString(), 'select 1').then(
      () => 'allowed',
      (e: Error) => e.message,
    ),
    /password authentication failed/,
  );
  t.equal(cli(['stop']).code, 0, 'stops');
  const restarted = cli(['env']);
  t.equal(restarted.exports.MEDI_PGPORT, String(port + 1), 'a restart keeps the port it last used (medi.port)');
  t.equal(readFileSync(join(dir, 'medi.port'), 'utf8').trim(), String(port + 1));

  t.equal(cli(['stop']).code, 0);
  const pinned = cli(['env'], { MEDI_EMBEDDED_PGPORT: String(port) });
  t.not(pinned.code, 0, 'a pinned port that is busy fails');
  t.match(pinned.stderr, `MEDI_EMBEDDED_PGPORT=${port} is in use by another process`, 'and says which port and what to do');
});
