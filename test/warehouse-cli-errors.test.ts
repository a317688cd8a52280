// `medi-warehouse health|dq|metrics` on a warehouse it cannot reach (a database that does not exist, a port nothing
// listens on): one line naming it (never the password) and its own exit status, not a stack trace and exit 1,
// which for health means "not healthy".
import t from 'tap';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { DB_PREFIX, ROOT, runTarget, scratchDb } from './helpers.js';

const CLI = join(ROOT, 'dist/kit/warehouse/warehouse-cli.js');
const UNREACHABLE_EXIT = 7;

const cli = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, MEDI_NATS_URL: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });

/** A TCP port nothing listens on: taken from the OS, then released. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}

t.test('an unreachable warehouse: one line naming it, exit 7', async (t) => {
  const missing = `${DB_PREFIX}_no_such_database`;
  const port = await freePort();
  for (const [what, url, names] of [
    ['a missing database', `postgresql://postgres:pw-canary-3b1e@127.0.0.1:5432/${missing}`, `127.0.0.1:5432/${missing}`],
    ['a refused port', `postgresql://postgres:pw-canary-3b1e@127.0.0.1:${port}/audx_wh`, `127.0.0.1:${port}/audx_wh`],
  ] as const) {
    for (const args of [['health'], ['health', '--json'], ['dq'], ['metrics']]) {
      const r = cli(args, { DATABASE_URL: url });
      const label = `${args.join(' ')} on ${what}`;
      t.equal(r.status, UNREACHABLE_EXIT, `${label}: exit status`, { stderr: r.stderr });
      t.equal(r.stderr.trim().split('\n').length, 1, `${label}: one line`, { stderr: r.stderr });
      t.ok(r.stderr.includes(names), `${label}: names the warehouse`, { stderr: r.stderr });
      t.notOk(r.stderr.includes('pw-canary-3b1e'), `${label}: not the password`);
      t.notMatch(r.stderr, /\n\s+at |Node\.js v/, `${label}: no stack trace`);
      t.equal(r.stdout, '', `${label}: no report`);
    }
  }
});

t.test('settings naming two warehouses: one line, exit 2 (as profile)', async (t) => {
  const r = cli(['health'], { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/audx_wh', TARGET_POSTGRES_MEDI_DATABASE: 'audx_other' });
  t.equal(r.status, 2, { stderr: r.stderr });
  t.equal(r.stderr.trim().split('\n').length, 1, { stderr: r.stderr });
  t.match(r.stderr, /^medi-warehouse health: .*DATABASE_URL names .* but TARGET_POSTGRES_MEDI_DATABASE names/);
});

t.test('the help text documents the exit statuses', async (t) => {
  const r = cli(['--help'], {});
  t.equal(r.status, 0);
  t.match(r.stdout, /exit status/i);
  t.match(r.stdout, /7\s+.*(reach|connect)/);
});

t.test('a stream no model reads (a third-party tap, landed only) is listed apart, not behind', async (t) => {
  const url = await scratchDb('health_raw_only');
  const lines = (stream: string) => [
    JSON.stringify({ type: 'SCHEMA', stream, schema: { properties: { id: { type: 'integer' } } }, key_properties: ['id'] }),
    JSON.stringify({ type: 'RECORD', stream, record: { id: 1 } }),
  ];
  // one stream a staging model reads (indici Medicine), one nothing reads
  const r = await runTarget(
    { database_url: url },
    [...lines('indici_medicine'), ...lines('Orders Feed'), '{"type":"STATE","value":{}}', ''].join('\n'),
  );
  t.equal(r.code, 0, r.stderr.slice(-800));
  const h = cli(['health', '--json'], { DATABASE_URL: url });
  const report = JSON.parse(h.stdout) as { core_behind_raw: Array<{ stream: string }>; raw_only: string[] };
  t.same(
    report.core_behind_raw.map((b) => b.stream),
    ['indici_medicine'],
    'the modelled stream is behind until a build',
  );
  t.same(report.raw_only, ['Orders Feed'], 'the other is raw only');
  const text = cli(['health'], { DATABASE_URL: url });
  t.match(text.stdout, /raw only \(no model reads them; not behind\): Orders Feed/);
  t.notMatch(text.stdout, /BEHIND .*Orders Feed/);
});
