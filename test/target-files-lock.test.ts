// The run lock of target-files-medi (issue 21): one run at a time per (root, zone, source). Real target processes:
// a first run fed slowly holds the lock while a second one starts; local folder and the moto S3 server.
import t from 'tap';
import type { Test } from 'tap';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  ListObjectsV2Command,
  PutBucketVersioningCommand,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { configFile, type RunResult } from './helpers.js';
import { FILES_TARGET, manifests, readWithDuckdb, runFilesTarget } from './files.js';
import { startS3Server, S3_TEST_ENV } from '../sim/s3-server.js';

const SCHEMA = JSON.stringify({
  type: 'SCHEMA',
  stream: 'visits',
  key_properties: ['id'],
  schema: { properties: { id: { type: 'integer' }, fee: { type: 'number', multipleOf: 0.01 } } },
});
const rec = (i: number) => `{"type":"RECORD","stream":"visits","record":{"id":${i},"fee":${i}.${String(i % 100).padStart(2, '0')}}}`;
const state = (i: number) => JSON.stringify({ type: 'STATE', value: { position: i } });
/** rows from+1..to with a STATE every `every` rows (and at the end) */
function lines(from: number, to: number, every = 100): string {
  const out: string[] = [];
  for (let i = from + 1; i <= to; i++) {
    out.push(rec(i));
    if (i % every === 0 || i === to) out.push(state(i));
  }
  return out.join('\n') + '\n';
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(what: string, cond: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/**
 * A target run whose stdin the test feeds piece by piece (the first run, holding the lock). A batch is committed
 * at most a second after its STATE (batch_max_age_seconds 1): a STATE alone does not start a commit.
 */
function startSlow(t: Test, config: Record<string, unknown>, env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [FILES_TARGET, '--config', configFile({ batch_max_age_seconds: 1, ...config })], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdin.on('error', () => undefined);
  t.teardown(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const done = new Promise<RunResult>((resolve) =>
    child.on('close', (code, signal) =>
      resolve({
        code,
        signal,
        stdout,
        stderr,
        states: stdout
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as unknown),
      }),
    ),
  );
  return {
    child,
    write: (text: string) => child.stdin.write(text),
    states: () => stdout.split('\n').filter(Boolean).length,
    /** the position of the last STATE it emitted */
    position: () => {
      const whole = stdout.slice(0, stdout.lastIndexOf('\n')).split('\n').filter(Boolean);
      return whole.length ? (JSON.parse(whole.at(-1)!) as { position: number }).position : 0;
    },
    stderr: () => stderr,
    end: (text = '') => {
      child.stdin.end(text);
      return done;
    },
    done,
  };
}

/** Every row of the source's manifests read back from its files: ids 1..n once each, files matching manifests. */
async function checkRows(t: Test, root: string, source: string, n: number) {
  const files = manifests(root, 'raw', source).flatMap((m) => m.files);
  const ids = new Map<string, number>();
  for (const f of files) {
    const rows = await readWithDuckdb('parquet', join(root, f.path), [
      { name: 'id', type: 'BIGINT' },
      { name: 'fee', type: 'DECIMAL(18,2)' },
    ]);
    t.equal(rows.length, f.rows, `${f.path}: the manifest's row count`);
    for (const r of rows) ids.set(r.id!, (ids.get(r.id!) ?? 0) + 1);
  }
  t.equal([...ids.values()].filter((c) => c > 1).length, 0, `${source}: no row duplicated`);
  t.equal(ids.size, n, `${source}: no row missing (${n})`);
  const all = readdirSync(join(root, 'raw', source), { recursive: true }).map(String);
  t.same(
    all.filter((p) => p.endsWith('.tmp')),
    [],
    `${source}: nothing staged left`,
  );
  t.notOk(existsSync(join(root, 'raw', source, '.lock')), `${source}: the lock is released`);
}

t.test('local: a second run of the same zone/source refuses at once; the first keeps its staged files and finishes', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'files-lock-'));
  // a partition retention removes in the first run's final commit, while it holds the lock
  const old = join(root, 'raw/clinic/visits/_extracted_date=2020-01-01');
  mkdirSync(old, { recursive: true });
  writeFileSync(join(old, 'part-old.parquet'), 'old');
  const config = { root, source: 'clinic', batch_size_rows: 100, retention_days: { raw: 30 } };
  const first = startSlow(t, config);
  first.write(SCHEMA + '\n' + lines(0, 200));
  await until('the first run to commit what it was sent', () => first.position() === 200);
  const lockPath = join(root, 'raw/clinic/.lock');
  const holder = JSON.parse(readFileSync(lockPath, 'utf8')) as Record<string, unknown>;
  t.equal(holder.pid, first.child.pid, 'the lock names its holder pid');
  t.match(holder, { host: String, started_at: String, run_id: String, zone: 'raw', source: 'clinic' }, 'and host, start, run id');
  // a file the first run has staged for its next batch (its commit not yet done)
  const staged = join(root, 'raw/clinic/visits/_extracted_date=2026-01-01/.part-x-1.parquet.tmp');
  mkdirSync(join(staged, '..'), { recursive: true });
  writeFileSync(staged, 'staged by the first run');

  const committed = manifests(root, 'raw', 'clinic').length;
  const second = await runFilesTarget(config, SCHEMA + '\n' + lines(0, 50));
  t.equal(second.code, 1, 'the second run fails');
  t.match(second.stderr, `holds the lock ${lockPath}`, 'naming the lock file');
  t.match(second.stderr, `pid ${first.child.pid} on host ${String(holder.host)}, started ${String(holder.started_at)}`, 'and its holder');
  t.match(second.stderr, /set lock_wait_seconds/, 'and what to do');
  t.same(second.states, [], 'the second run released no state');
  t.ok(existsSync(staged), "the first run's staged file is still there");
  t.equal(manifests(root, 'raw', 'clinic').length, committed, 'the second run wrote no manifest');
  // that file stands for one of the first run's own commits: gone before it finishes (as if renamed by its commit)
  rmSync(join(staged, '..'), { recursive: true, force: true });

  first.write(lines(200, 400));
  const r = await first.end(lines(400, 500));
  t.equal(r.code, 0, 'the first run finishes', { stderr: r.stderr.slice(-1500) });
  t.same(r.states.at(-1), { position: 500 }, 'its last state');
  t.match(r.stderr, /retention: removed partition .*2020-01-01/, 'retention ran while the lock was held');
  t.match(r.stderr, `lock ${lockPath} released`, 'the lock was still its own at the end (retention left it)');
  await checkRows(t, root, 'clinic', 500);
});

t.test('local: runs of different sources at once do not wait for each other', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'files-lock-'));
  const first = startSlow(t, { root, source: 'clinic', batch_size_rows: 100 });
  first.write(SCHEMA + '\n' + lines(0, 100));
  await until('the first run to commit', () => first.states() >= 1);
  const other = await runFilesTarget({ root, source: 'lab', batch_size_rows: 100 }, SCHEMA + '\n' + lines(0, 300));
  t.equal(other.code, 0, 'another source loads meanwhile', { stderr: other.stderr.slice(-1500) });
  const zone = await runFilesTarget({ root, zone: 'interim', source: 'clinic', batch_size_rows: 100 }, SCHEMA + '\n' + lines(0, 50));
  t.equal(zone.code, 0, 'so does the same source in another zone', { stderr: zone.stderr.slice(-1500) });
  t.ok(existsSync(join(root, 'raw/clinic/.lock')), 'while the first still holds its lock');
  const r = await first.end(lines(100, 200));
  t.equal(r.code, 0, 'the first run finishes');
  await checkRows(t, root, 'clinic', 200);
  await checkRows(t, root, 'lab', 300);
});

t.test('local: the holder SIGKILLed mid-commit, the rerun takes over its stale lock and loads every row once', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'files-lock-'));
  const config = { root, source: 'clinic', batch_size_rows: 100 };
  const all = SCHEMA + '\n' + lines(0, 600);
  // killed with a file of its second batch staged: the lock and the staged file are left behind
  const first = await runFilesTarget(config, all, { env: { MEDI_TEST_CRASH_AT: 'staged:2' } });
  t.equal(first.signal, 'SIGKILL', 'the holder was killed');
  const lockPath = join(root, 'raw/clinic/.lock');
  t.ok(existsSync(lockPath), 'its lock is left');
  const dead = (JSON.parse(readFileSync(lockPath, 'utf8')) as { pid: number }).pid;
  const position = (first.states.at(-1) as { position: number }).position;
  t.equal(position, 100, 'one batch acknowledged');
  const r = await runFilesTarget(config, SCHEMA + '\n' + lines(position, 600));
  t.equal(r.code, 0, 'the rerun loads', { stderr: r.stderr.slice(-1500) });
  t.match(r.stderr, `took over a stale lock of pid ${dead}`, 'logging the takeover');
  t.match(r.stderr, `its process ${dead} on this host is gone`, 'and why');
  t.match(r.stderr, /removed .*\.tmp: a file of a batch that never committed/, 'then cleaned up the dead run’s staged file');
  t.same(r.states.at(-1), { position: 600 });
  await checkRows(t, root, 'clinic', 600);
});

t.test('local: a run whose lock was removed under it stops before its next commit', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'files-lock-'));
  const first = startSlow(t, { root, source: 'clinic', batch_size_rows: 100 });
  first.write(SCHEMA + '\n' + lines(0, 100));
  await until('the first run to commit', () => first.states() >= 1);
  rmSync(join(root, 'raw/clinic/.lock'));
  const r = await first.end(lines(100, 200));
  t.equal(r.code, 1, 'the run fails');
  t.match(r.stderr, /the lock .*\.lock was taken over or removed while this run held it/, 'saying why');
  t.same(r.states, [{ position: 100 }], 'no state after the lock went');
  t.equal(manifests(root, 'raw', 'clinic').length, 1, 'and no batch committed after it');
});

t.test('local: SIGTERM (graceful stop) and SIGINT release the lock', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'files-lock-'));
  const lockPath = join(root, 'raw/clinic/.lock');
  for (const [signal, code] of [
    ['SIGTERM', 0],
    ['SIGINT', 130],
  ] as const) {
    const run = startSlow(t, { root, source: 'clinic', batch_size_rows: 100 });
    run.write(SCHEMA + '\n' + lines(0, 100) + rec(101) + '\n');
    await until('the run to commit', () => run.states() >= 1);
    t.ok(existsSync(lockPath), `${signal}: held while running`);
    run.child.kill(signal);
    const r = await run.done;
    t.equal(r.code, code, `${signal}: exit status ${code}`, { stderr: r.stderr.slice(-1000) });
    t.notOk(existsSync(lockPath), `${signal}: the lock is released`);
    t.match(r.stderr, `lock ${lockPath} released`, `${signal}: logged`);
  }
});

t.test('local: lock_wait_seconds waits for the holder to finish, then loads', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'files-lock-'));
  const first = startSlow(t, { root, source: 'clinic', batch_size_rows: 100 });
  first.write(SCHEMA + '\n' + lines(0, 100));
  await until('the first run to commit', () => first.states() >= 1);
  const second = startSlow(t, { root, source: 'clinic', batch_size_rows: 100, lock_wait_seconds: 60 });
  second.write(SCHEMA + '\n' + lines(100, 300));
  await until('the second run to wait', () => /is held by pid \d+ .*waiting up to \d+ s/.test(second.stderr()));
  await sleep(1500);
  t.equal(manifests(root, 'raw', 'clinic').length, 1, 'the second run has committed nothing while waiting');
  const r1 = await first.end();
  t.equal(r1.code, 0, 'the first run finishes');
  const r = await second.end();
  t.equal(r.code, 0, 'the second run loads after it', { stderr: r.stderr.slice(-1500) });
  const at = (stderr: string, what: RegExp) => {
    const line = stderr.split('\n').find((l) => what.test(l));
    return line ? String((JSON.parse(line) as { timestamp: string }).timestamp) : 'missing';
  };
  const released = at(r1.stderr, /released/);
  const taken = at(r.stderr, /taken after waiting for the run before/);
  t.ok(
    released !== 'missing' && taken !== 'missing' && taken >= released,
    `took the lock (${taken}) after the first released it (${released})`,
  );
  await checkRows(t, root, 'clinic', 300);

  const short = startSlow(t, { root, source: 'clinic', batch_size_rows: 100 });
  short.write(SCHEMA + '\n' + lines(300, 400));
  await until('the third run to commit', () => short.states() >= 1);
  const t0 = Date.now();
  const late = await runFilesTarget({ root, source: 'clinic', lock_wait_seconds: 2 }, SCHEMA + '\n' + lines(0, 10));
  t.equal(late.code, 1, 'a wait that runs out fails');
  t.ok(Date.now() - t0 >= 2000, 'after waiting lock_wait_seconds');
  t.match(late.stderr, /holds the lock/, 'with the lock error');
  t.equal((await short.end()).code, 0);
});

t.test('S3: conditional create, refusal of a concurrent run, heartbeat, stale takeover by heartbeat age', async (t) => {
  const s3 = await startS3Server(19300 + (process.pid % 50));
  t.teardown(() => s3.stop());
  const Bucket = 'moh-lock';
  await s3.client.send(new CreateBucketCommand({ Bucket }));
  await s3.client.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));

  // moto honours If-None-Match: * on PutObject (what the lock's create relies on)
  await s3.client.send(new PutObjectCommand({ Bucket, Key: 'probe', Body: 'a', IfNoneMatch: '*' }));
  const again = await s3.client.send(new PutObjectCommand({ Bucket, Key: 'probe', Body: 'b', IfNoneMatch: '*' })).catch((e: unknown) => e);
  t.equal(
    (again as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode,
    412,
    'a second conditional create is refused (412)',
  );

  const root = `s3://${Bucket}/deliveries`;
  const key = 'deliveries/raw/clinic/.lock';
  const config = {
    root,
    s3_endpoint_url: s3.url,
    source: 'clinic',
    batch_size_rows: 100,
    lock_heartbeat_seconds: 1,
    lock_stale_seconds: 10,
  };
  const readLock = async () => {
    const o = await s3.client.send(new GetObjectCommand({ Bucket, Key: key }));
    return { etag: o.ETag!, body: JSON.parse(await o.Body!.transformToString()) as Record<string, unknown> };
  };
  const versions = async () => {
    const r = await s3.client.send(new ListObjectVersionsCommand({ Bucket, Prefix: key }));
    return [...(r.Versions ?? []), ...(r.DeleteMarkers ?? [])].filter((v) => v.Key === key).length;
  };

  const first = startSlow(t, config, S3_TEST_ENV);
  first.write(SCHEMA + '\n' + lines(0, 200));
  await until('the first run to commit', () => first.states() >= 1);
  const a = await readLock();
  t.equal(a.body.pid, first.child.pid, 'the lock object names its holder');
  const second = await runFilesTarget(config, SCHEMA + '\n' + lines(0, 50), { env: S3_TEST_ENV });
  t.equal(second.code, 1, 'a second run refuses');
  t.match(second.stderr, `holds the lock s3://${Bucket}/${key} (pid ${first.child.pid}`, 'naming the lock object and holder');
  await sleep(3500); // a few heartbeats
  const b = await readLock();
  t.not(b.etag, a.etag, 'the heartbeat rewrote the lock object');
  t.ok(Date.parse(String(b.body.heartbeat_at)) > Date.parse(String(a.body.heartbeat_at)), 'with a newer heartbeat_at');
  t.ok((await versions()) <= 2, 'without a version per heartbeat piling up');
  const r = await first.end(lines(200, 300));
  t.equal(r.code, 0, 'the first run finishes', { stderr: r.stderr.slice(-1500) });
  t.same(r.states.at(-1), { position: 300 });
  t.equal(await versions(), 0, 'released: no version of the lock object left');

  // a holder on another host whose heartbeat stopped (its machine died): refused while fresh, taken over once stale
  const ghost = { pid: 1, host: 'elsewhere', started_at: '2026-01-01T00:00:00.000Z', run_id: 'ghost', zone: 'raw', source: 'clinic' };
  await s3.client.send(
    new PutObjectCommand({ Bucket, Key: key, Body: JSON.stringify({ ...ghost, heartbeat_at: new Date().toISOString() }) }),
  );
  const fresh = await runFilesTarget(config, SCHEMA + '\n' + lines(300, 400), { env: S3_TEST_ENV });
  t.equal(fresh.code, 1, 'a fresh lock of another host is respected');
  t.match(fresh.stderr, 'pid 1 on host elsewhere, started 2026-01-01T00:00:00.000Z, run ghost');
  const ghostAt = (await s3.client.send(new HeadObjectCommand({ Bucket, Key: key }))).LastModified!.getTime();
  await until('the ghost lock to go stale', () => Date.now() - ghostAt > 11_000, 30_000);
  const take = await runFilesTarget(config, SCHEMA + '\n' + lines(300, 400), { env: S3_TEST_ENV });
  t.equal(take.code, 0, 'once stale it is taken over', { stderr: take.stderr.slice(-1500) });
  t.match(take.stderr, /took over a stale lock of pid 1 on host elsewhere.*not refreshed for \d+ s, more than lock_stale_seconds \(10\)/);
  t.same(take.states.at(-1), { position: 400 });
  t.equal(await versions(), 0, "released: neither the ghost's versions nor this run's are left");

  // the holder SIGKILLed on this host: the rerun takes over at once (its pid is gone), staged objects cleaned up
  const killed = await runFilesTarget(config, SCHEMA + '\n' + lines(400, 600), { env: { ...S3_TEST_ENV, MEDI_TEST_CRASH_AT: 'staged:2' } });
  t.equal(killed.signal, 'SIGKILL');
  t.same(killed.states.at(-1), { position: 500 }, 'one batch acknowledged');
  const rerun = await runFilesTarget(config, SCHEMA + '\n' + lines(500, 600), { env: S3_TEST_ENV });
  t.equal(rerun.code, 0, 'the rerun loads', { stderr: rerun.stderr.slice(-1500) });
  t.match(rerun.stderr, /took over a stale lock of pid \d+ .*on this host is gone/);
  t.match(rerun.stderr, /removed .*\.tmp: a file of a batch that never committed/);
  t.equal(await versions(), 0, 'released');
  const listed = await s3.client.send(new ListObjectsV2Command({ Bucket, Prefix: 'deliveries/raw/clinic/' }));
  const keys = (listed.Contents ?? []).map((o) => o.Key!);
  t.same(
    keys.filter((k) => k.endsWith('.tmp') || k.endsWith('.lock')),
    [],
    'nothing staged, no lock left',
  );
  const ids: number[] = [];
  for (const k of keys.filter((k) => k.endsWith('/_manifest.json'))) {
    const o = await s3.client.send(new GetObjectCommand({ Bucket, Key: k }));
    const m = JSON.parse(await o.Body!.transformToString()) as { files: { path: string; rows: number }[] };
    for (const f of m.files) {
      t.ok(keys.includes(`deliveries/${f.path}`), `${f.path} is there`);
      ids.push(f.rows);
    }
  }
  t.equal(
    ids.reduce((a, b) => a + b, 0),
    600,
    'the manifests hold the 600 rows sent (300 + 100 + 100 + 100)',
  );
});
