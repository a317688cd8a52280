// target-postgres-medi's connection settings (host, port, user, password, database; in its config or as
// TARGET_POSTGRES_MEDI_*) either apply or are refused: none is silently dropped because `host` is unset
// (kit/warehouse/database.ts settingsUrl). scripts/dbt's profile (profile-cli) resolves them the same way.
import t from 'tap';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { settingsUrl, warehouseAt, warehouseUrl, WarehouseMismatchError } from '../kit/warehouse/database.js';
import { ROOT, query, runTarget, scratchDb, singer } from './helpers.js';

const WH = 'postgresql://postgres@127.0.0.1:5432/audx_wh';

t.test('each setting replaces its part of DATABASE_URL, whether host is set or not', async (t) => {
  // port 5432 is the target's declared default (every config has it): without host it is DATABASE_URL's port
  const on = (s: Parameters<typeof settingsUrl>[0], base = WH) => settingsUrl(s, base); // '': no DATABASE_URL
  t.equal(on({ port: 5432 }), undefined, 'nothing set but the default port: no setting of its own');
  t.equal(on({ user: 'nosuchuser', port: 5432 }), 'postgresql://nosuchuser@127.0.0.1:5432/audx_wh', 'user');
  t.equal(on({ database: 'audx_other', port: 5432 }), 'postgresql://postgres@127.0.0.1:5432/audx_other', 'database');
  t.equal(on({ port: 5999 }), 'postgresql://postgres@127.0.0.1:5999/audx_wh', 'port');
  t.equal(on({ port: '5999' }), 'postgresql://postgres@127.0.0.1:5999/audx_wh', 'port as text (env)');
  t.equal(on({ password: 'p@ss' }), 'postgresql://postgres:p%40ss@127.0.0.1:5432/audx_wh', 'password: for the same user');
  t.equal(
    on({ user: 'loader' }, 'postgresql://postgres:secret@127.0.0.1:5432/audx_wh'),
    'postgresql://loader@127.0.0.1:5432/audx_wh',
    "another user does not inherit DATABASE_URL's password",
  );
  t.equal(on({ host: '127.0.0.1', port: 5432 }), WH, "host alone: the rest is DATABASE_URL's");
  t.equal(on({ host: 'db.example', port: 5432, database: 'wh' }, ''), 'postgresql://db.example:5432/wh', 'no DATABASE_URL: port 5432');
  t.equal(on({ database: 'wh' }, ''), 'postgresql://localhost:5432/wh', 'no DATABASE_URL, no host: the default host');
  t.equal(
    on({ database_url: 'postgresql://a@127.0.0.1:5432/audx_wh', user: 'b', port: 5432 }),
    'postgresql://b@127.0.0.1:5432/audx_wh',
    'beside database_url: its part replaced, not dropped',
  );
  t.equal(on({ database_url: 'postgresql://a@127.0.0.1:5433/x', port: 5432 }), 'postgresql://a@127.0.0.1:5433/x', 'database_url alone');
});

t.test('a setting naming another warehouse than DATABASE_URL is refused; another login is not', async (t) => {
  const env = (vars: Record<string, string>) => ({ DATABASE_URL: WH, ...vars });
  for (const [name, vars, at] of [
    ['TARGET_POSTGRES_MEDI_DATABASE', { TARGET_POSTGRES_MEDI_DATABASE: 'audx_other' }, '127.0.0.1:5432/audx_other'],
    ['TARGET_POSTGRES_MEDI_PORT', { TARGET_POSTGRES_MEDI_PORT: '5999' }, '127.0.0.1:5999/audx_wh'],
  ] as const) {
    const e = await warehouseUrl(env(vars)).catch((x: unknown) => x);
    t.type(e, WarehouseMismatchError, name);
    t.match((e as Error).message, new RegExp(`${name}.* names ${at.replace(/\./g, '\\.')}`), `${name} named in the error`);
  }
  t.equal(await warehouseUrl(env({ TARGET_POSTGRES_MEDI_USER: 'loader' })), WH, 'dbt and medi-warehouse log in as DATABASE_URL says');
  const own = settingsUrl({ user: 'loader', port: 5432 }, WH)!;
  t.equal(await warehouseUrl(env({}), { name: 'target', url: own }), own, 'the target logs in as its user');
  t.equal(warehouseAt(own), warehouseAt(WH));
});

t.test('the target uses or refuses each setting when host is unset; so does scripts/dbt', async (t) => {
  const db = await scratchDb('conn_wh');
  const other = await scratchDb('conn_other');
  const input = singer(
    { type: 'SCHEMA', stream: 's', schema: { properties: { id: { type: 'integer' } } }, key_properties: ['id'] },
    { type: 'RECORD', stream: 's', record: { id: 1 } },
  );
  const loaded = async (url: string) =>
    (
      await query<{ n: number }>(
        url,
        `select count(*)::int n from information_schema.tables where table_schema = 'raw' and table_name = 's'`,
      )
    )[0]!.n;

  const asUser = await runTarget({}, input, { env: { DATABASE_URL: db, TARGET_POSTGRES_MEDI_USER: 'nosuchuser' } });
  t.equal(asUser.code, 1, 'TARGET_POSTGRES_MEDI_USER is the login: an unknown role fails');
  t.match(asUser.stderr, /nosuchuser/);

  const otherDb = await runTarget({ database: new URL(other).pathname.slice(1) }, input, { env: { DATABASE_URL: db } });
  t.equal(otherDb.code, 1, 'database naming another warehouse: refused');
  t.match(otherDb.stderr, /names .* but DATABASE_URL names/);

  const otherPort = await runTarget({ port: 5999 }, input, { env: { DATABASE_URL: db } });
  t.equal(otherPort.code, 1, 'port naming another warehouse: refused');
  t.match(otherPort.stderr, /names [^ ]*:5999\/.* but DATABASE_URL names/);

  t.equal(await loaded(db), 0, 'nothing loaded into DATABASE_URL');
  t.equal(await loaded(other), 0, 'nor into the other database');

  const same = await runTarget({ database: new URL(db).pathname.slice(1), user: 'postgres' }, input, { env: { DATABASE_URL: db } });
  t.equal(same.code, 0, "settings naming DATABASE_URL's warehouse load", { output: same.stderr });
  t.equal(await loaded(db), 1);

  // scripts/dbt's profile: refuses the same settings (exit 2), keeps DATABASE_URL's login for another user
  const profile = (vars: Record<string, string>) =>
    spawnSync(process.execPath, [join(ROOT, 'dist/kit/warehouse/profile-cli.js')], {
      env: { ...process.env, DATABASE_URL: db, ...vars },
      encoding: 'utf8',
    });
  const p1 = profile({ TARGET_POSTGRES_MEDI_DATABASE: new URL(other).pathname.slice(1) });
  t.equal(p1.status, 2, 'profile: TARGET_POSTGRES_MEDI_DATABASE naming another database');
  t.match(p1.stderr, /DATABASE_URL names .* but TARGET_POSTGRES_MEDI_DATABASE names/);
  const p2 = profile({ TARGET_POSTGRES_MEDI_PORT: '5999' });
  t.equal(p2.status, 2, 'profile: TARGET_POSTGRES_MEDI_PORT naming another server');
  const p3 = profile({ TARGET_POSTGRES_MEDI_USER: 'nosuchuser' });
  t.equal(p3.status, 0, 'profile: another login of the same database is fine');
  t.match(p3.stdout, /export MEDI_PGUSER='postgres'/);
});
