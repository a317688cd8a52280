// Two transform builds on one warehouse never run at once (kit/warehouse/build-lock-cli.ts): started together,
// with MEDI_DBT_LOCK_WAIT=0 one refuses, naming the build that holds the lock; with the default wait the second
// waits and both build, one after the other (the server's log of the lock holder's sessions never overlaps).
// scripts/dbt's builds leave dbt's JSON artifacts unwritten unless DBT_WRITE_JSON=true asks for them.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { ROOT, query, scratchDb } from './helpers.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { meltanoEnv } from './meltano.js';
import { migrate } from '../kit/warehouse/migrate.js';

function dbt(db: string, extra: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string; start: number; end: number }> {
  const start = Date.now();
  return new Promise((resolve) => {
    // a model with no raw table yet builds empty: the build is short, but still seconds of dbt
    const child = spawn(join(ROOT, 'scripts/dbt'), ['run', '--select', 'stg_indici__practice_info__checked'], {
      env: { ...meltanoEnv(pgEnv(db)), MEDI_DBT_ALWAYS: '1', ...extra },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => resolve({ code, out, start, end: Date.now() }));
  });
}

t.test('two concurrent builds: the second refuses, or waits and runs after the first', async (t) => {
  const db = await scratchDb('dbt_lock');
  await migrate(db);

  const refused = await Promise.all([dbt(db, { MEDI_DBT_LOCK_WAIT: '0' }), dbt(db, { MEDI_DBT_LOCK_WAIT: '0' })]);
  const codes = refused.map((r) => r.code).sort();
  t.same(codes, [0, 75], 'one builds, the other refuses (exit 75)', { output: refused.map((r) => r.out.slice(-1500)) });
  const loser = refused.find((r) => r.code === 75)!;
  t.match(
    loser.out,
    /another build is running on this warehouse \(medi-dbt-build pid \d+, server pid \d+.*refusing to start a second one/s,
    'and says which build holds the lock',
  );

  // both wait-enabled: the second waits for the first, so the two builds' lock tenures are disjoint
  const waited = await Promise.all([dbt(db, {}), dbt(db, { MEDI_DBT_LOCK_WAIT: '120' })]);
  t.same(
    waited.map((r) => r.code),
    [0, 0],
    'both build',
    { output: waited.map((r) => r.out.slice(-1500)) },
  );
  const waiter = waited.filter((r) => /waiting up to \d+ s/.test(r.out));
  t.equal(waiter.length, 1, 'exactly one of them waited for the lock');
  t.ok(waiter[0]!.end > Math.min(...waited.map((r) => r.end)), 'the one that waited finished after the other');
  const [left] = await query<{ n: number }>(
    db,
    // this database's only: the key is the same in every database, and other test files build beside this one
    `select count(*)::int as n from pg_locks where locktype = 'advisory' and objid = (hashtextextended('medi-dbt-build', 0) & 4294967295)::oid
       and database = (select oid from pg_database where datname = current_database())`,
  );
  t.equal(left!.n, 0, 'no build lock is left behind');
});

t.test('a build whose lock holder was killed alone stops before its next model', async (t) => {
  const db = await scratchDb('dbt_lock_orphan');
  await migrate(db);
  const start = Date.now();
  // scripts/dbt execs the lock's process, which starts dbt: SIGKILL reaches the lock's process only
  const child = spawn(join(ROOT, 'scripts/dbt'), ['run', '--select', 'stg_indici__practice_info__checked'], {
    env: { ...meltanoEnv(pgEnv(db)), MEDI_DBT_ALWAYS: '1' },
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const held = async () =>
    (
      await query<{ n: number }>(
        db,
        `select count(*)::int as n from pg_locks where locktype = 'advisory' and granted and objid = (hashtextextended('medi-dbt-build', 0) & 4294967295)::oid
           and database = (select oid from pg_database where datname = current_database())`,
      )
    )[0]!.n > 0;
  // killed once dbt runs (it prints its version first, then parses: seconds before its first model); killed as soon
  // as the lock was taken, the lock's process may not have started dbt yet
  while (!(await held()) || !/Running with dbt/.test(out)) {
    if (Date.now() - start > 60_000) throw new Error(`the build never took its lock and started dbt: ${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  await closed; // dbt, orphaned, still writes to the same pipes until it ends
  t.match(out, /the session holding this build's lock \(server pid \d+\) is gone/, 'dbt stops, saying why', { output: out.slice(-3000) });
  const [built] = await query<{ t: string | null }>(db, `select to_regclass('stg.stg_indici__practice_info__checked')::text as t`);
  t.equal(built!.t, null, 'the model was not built');
});

t.test('dbt started directly, without the lock, is refused before it builds anything; the var lets it build', async (t) => {
  const db = await scratchDb('dbt_lock_direct');
  await migrate(db);
  // the environment scripts/dbt would give dbt, minus the lock it holds
  const profile = spawnSync(process.execPath, [join(ROOT, 'dist/kit/warehouse/warehouse-cli.js'), 'profile'], {
    env: { ...meltanoEnv(pgEnv(db)) },
    encoding: 'utf8',
  });
  t.equal(profile.status, 0, profile.stderr);
  const vars = Object.fromEntries([...profile.stdout.matchAll(/^export (\w+)='([^']*)'$/gm)].map((m) => [m[1]!, m[2]!]));
  const env = {
    ...meltanoEnv(pgEnv(db)),
    ...vars,
    DBT_PROJECT_DIR: join(ROOT, 'transforms'),
    DBT_PROFILES_DIR: join(ROOT, 'transforms'),
    PGOPTIONS: '-c role=medi_transformer',
  };
  const dbtBin = join(ROOT, '.venv/bin/dbt');
  const model = 'stg_indici__practice_info__checked';
  const direct = spawnSync(dbtBin, ['run', '--select', model], { env, encoding: 'utf8' });
  t.not(direct.status, 0, 'refused');
  t.match(
    direct.stdout,
    /dbt run was started without the warehouse's build lock\. Run it through scripts\/dbt/,
    'saying why and what to run',
  );
  const built = async () =>
    (await query<{ n: number }>(db, `select count(*)::int as n from pg_tables where schemaname = 'stg' and tablename = '${model}'`))[0]!.n;
  t.equal(await built(), 0, 'nothing was built');
  const unlocked = spawnSync(dbtBin, ['run', '--select', model, '--vars', '{medi_unlocked_build: true}'], { env, encoding: 'utf8' });
  t.equal(unlocked.status, 0, unlocked.stdout.slice(-1500));
  t.equal(await built(), 1, 'with medi_unlocked_build it builds');
});

t.test("a build leaves dbt's JSON artifacts unwritten unless DBT_WRITE_JSON says otherwise", async (t) => {
  const db = await scratchDb('dbt_artifacts');
  await migrate(db);
  const target = mkdtempSync(join(tmpdir(), 'dbt-artifacts-'));
  t.teardown(() => rmSync(target, { recursive: true, force: true }));
  const plain = await dbt(db, { DBT_TARGET_PATH: target });
  t.equal(plain.code, 0, 'built', { output: plain.out.slice(-1500) });
  t.notOk(existsSync(join(target, 'run_results.json')), 'no run_results.json');
  t.notOk(existsSync(join(target, 'manifest.json')), 'no manifest.json');
  t.ok(existsSync(join(target, 'partial_parse.msgpack')), 'the partial-parse cache is still kept');
  const asked = await dbt(db, { DBT_TARGET_PATH: target, DBT_WRITE_JSON: 'true' });
  t.equal(asked.code, 0, 'built again', { output: asked.out.slice(-1500) });
  t.ok(existsSync(join(target, 'run_results.json')), 'DBT_WRITE_JSON=true: run_results.json');
  t.ok(existsSync(join(target, 'manifest.json')), 'and manifest.json');
});
