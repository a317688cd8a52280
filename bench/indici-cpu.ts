// `npm run bench:indici-cpu -- [--rows N] [--runs R] [--lanes record,batch,batch:<records per file>] [--profile DIR]
// [--no-floor] [--keep] [--builds DIR,DIR] [--download spool,twice]`: where the CPU of bench:indici's tap → target goes, per process, on a shared machine
// where wall-clock time says little: user+sys of the tap, the target, the S3 server (moto) and the target's
// PostgreSQL backends, the bench's own pipe relay, when the first appointment record left the tap, and raw's
// binary `\copy` (the floor) timed the same way. `--profile DIR` runs tap and target under `node --cpu-prof`.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import pg from 'pg';
import { startS3Server, S3_TEST_ENV } from '../sim/s3-server.js';
import { ensureBucket, fileName } from '../sim/indici/feed.js';
import { benchFiles, uploadMultipart, BENCH_OUT, BENCH_DATE_EXTRACTED } from './indici-file.js';
import { testDatabaseUrl, createScratchDatabase } from '../kit/warehouse/database.js';
import { migrate } from '../kit/warehouse/migrate.js';
import { psqlTimed, relay } from './run.js';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '1' },
    // each run of each: record, batch (pg-copy-binary files of the default size) or batch:<records per file>
    lanes: { type: 'string', default: 'record' },
    profile: { type: 'string' },
    'no-floor': { type: 'boolean', default: false },
    // leave the S3 server up after the runs (its URL and the configs printed) to run tap and target by hand
    keep: { type: 'boolean', default: false },
    // checkouts whose built plugins take turns, run by run (before/after in one run on a noisy machine)
    builds: { type: 'string', default: '.' },
    // the tap's download setting for every run: spool or twice (or spool,twice: each lane run both ways)
    download: { type: 'string', default: 'spool' },
  },
});
const rows = Number(values.rows);
const TICK = 100; // clock ticks per second (USER_HZ on Linux)

/** user+sys seconds of a live process, from /proc; undefined once it is gone. */
function cpuOf(pid: number): number | undefined {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / TICK;
  } catch {
    return undefined;
  }
}

/** The moto server this process started (its only Python child running moto_server.py). */
function motoPid(): number {
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && readFileSync(`/proc/${d}/cmdline`, 'utf8').includes('moto_server')) return Number(d);
    } catch {
      // gone
    }
  }
  throw new Error('moto server process not found');
}

/** Polls the CPU of every backend connected to `db` (the last reading of each before it ends). */
function watchBackends(admin: pg.Client, dbName: string): { stop(): Promise<number> } {
  const last = new Map<number, number>();
  const first = new Map<number, number>();
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows: r } = await admin.query('select pid from pg_stat_activity where datname = $1', [dbName]);
      for (const { pid } of r as Array<{ pid: number }>) {
        const c = cpuOf(pid);
        if (c === undefined) continue;
        if (!first.has(pid)) first.set(pid, c);
        last.set(pid, c);
      }
      await new Promise((res) => setTimeout(res, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      // a backend first seen late started before the reading: its CPU from its start is counted (new connections)
      return [...last.values()].reduce((a, b) => a + b, 0);
    },
  };
}

function timeFile(path: string): { user: number; sys: number; rssMb: number } {
  const [user, sys, rss] = readFileSync(path, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return { user: user!, sys: sys!, rssMb: Math.round(rss! / 1024) };
}

const { indiciFile } = await benchFiles(rows);
const s3 = await startS3Server();
const moto = motoPid();
const bucket = 'bench-indici';
await ensureBucket(s3.client, bucket);
const key = `indici/${fileName('Appointments', BENCH_DATE_EXTRACTED, 'full')}`;
await uploadMultipart(s3.client, bucket, key, indiciFile);

const base = process.env.DATABASE_URL ?? (await testDatabaseUrl());
const dbName = `${process.env.MEDI_TEST_DB_PREFIX ?? 'medi'}_bench_cpu`;
const admin = new pg.Client({ connectionString: base });
await admin.connect();
const env = { ...process.env, ...S3_TEST_ENV };
const tapCfg = join(BENCH_OUT, 'indici-cpu-tap.json');
const tgtCfg = join(BENCH_OUT, 'indici-cpu-target.json');
const lines: string[] = [];
const say = (s: string) => {
  lines.push(s);
  process.stdout.write(s + '\n');
};

let run = 0;
const builds = values.builds.split(',');
for (let r = 1; r <= Number(values.runs); r++)
  for (const lane of values.lanes.split(','))
    for (const download of values.download.split(','))
      for (const build of builds) {
        run++;
        const [kind, size] = lane.split(':');
        const db = await createScratchDatabase(base, dbName);
        await migrate(db);
        writeFileSync(
          tapCfg,
          JSON.stringify({
            bucket,
            endpoint_url: s3.url,
            mode: 'backfill',
            download,
            ...(kind === 'batch'
              ? {
                  batch_config: {
                    encoding: { format: 'pg-copy-binary', compression: 'none' },
                    ...(size ? { batch_size: Number(size) } : {}),
                  },
                }
              : {}),
          }),
        );
        writeFileSync(tgtCfg, JSON.stringify({ database_url: db }));
        // a folder per plugin and run, Node's own file names: a worker thread (the tap's spool writer) writes a
        // profile of its own, which a fixed --cpu-prof-name made overwrite the main thread's
        const prof = (name: string) => (values.profile ? ['--cpu-prof', '--cpu-prof-dir', join(values.profile, `${name}-${run}`)] : []);
        const tapTime = join(BENCH_OUT, 'tap.time');
        const tgtTime = join(BENCH_OUT, 'target.time');
        const load0 = loadavg()[0]!;
        const moto0 = cpuOf(moto)!;
        const self0 = process.cpuUsage();
        const backends = watchBackends(admin, dbName);
        const t0 = process.hrtime.bigint();
        const tap = spawn(
          '/usr/bin/time',
          ['-o', tapTime, '-f', '%U %S %M', 'node', ...prof('tap'), join(build, 'dist/taps/tap-indici-s3/main.js'), '--config', tapCfg],
          { env },
        );
        const target = spawn(
          '/usr/bin/time',
          [
            '-o',
            tgtTime,
            '-f',
            '%U %S %M',
            'node',
            ...prof('target'),
            join(build, 'dist/targets/target-postgres-medi/main.js'),
            '--config',
            tgtCfg,
          ],
          {
            env,
          },
        );
        let firstRecord: number | undefined;
        const watchFirst = (d: Buffer) => {
          if (d.includes('"type":"RECORD","stream":"indici_appointments"') || d.includes('"type":"BATCH","stream":"indici_appointments"')) {
            firstRecord = Number(process.hrtime.bigint() - t0) / 1e9;
            tap.stdout.off('data', watchFirst);
          }
        };
        tap.stdout.on('data', watchFirst);
        await relay(tap, target);
        const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
        const pgCpu = await backends.stop();
        const self = process.cpuUsage(self0);
        const motoCpu = cpuOf(moto)! - moto0;
        const t = timeFile(tapTime);
        const g = timeFile(tgtTime);
        const harness = (self.user + self.system) / 1e6;
        const total = t.user + t.sys + g.user + g.sys + motoCpu + pgCpu + harness;
        say(
          `run ${run} (${lane} lane, ${rows} rows, download ${download}${builds.length > 1 ? `, build ${build}` : ''}), load average at start ${load0.toFixed(2)}, at end ${loadavg()[0]!.toFixed(2)}`,
        );
        say(`  tap → target wall ${seconds.toFixed(2)} s; first appointment record out of the tap at ${firstRecord?.toFixed(2) ?? '?'} s`);
        say(
          `  CPU s (user+sys): tap ${(t.user + t.sys).toFixed(2)} (${t.user.toFixed(2)}+${t.sys.toFixed(2)}), target ${(g.user + g.sys).toFixed(2)} (${g.user.toFixed(2)}+${g.sys.toFixed(2)}), moto ${motoCpu.toFixed(2)}, PG backends ${pgCpu.toFixed(2)}, bench relay ${harness.toFixed(2)}; total ${total.toFixed(2)}`,
        );
        say(`  peak RSS (GNU time): tap ${t.rssMb} MB, target ${g.rssMb} MB`);
        if (run === 1 && !values['no-floor']) {
          const copyFile = join(BENCH_OUT, `indici-cpu-raw-${rows}.copy`);
          await psqlTimed(db, `\\copy raw.indici_appointments TO '${copyFile}' WITH (FORMAT binary)`);
          const c = new pg.Client({ connectionString: db });
          await c.connect();
          await c.query('create table public.floor_raw (like raw.indici_appointments including defaults)');
          await c.end();
          await admin.query('checkpoint');
          const fb = watchBackends(admin, dbName);
          const fl = await psqlTimed(db, `\\copy public.floor_raw FROM '${copyFile}' WITH (FORMAT binary)`);
          const floorCpu = await fb.stop();
          rmSync(copyFile, { force: true });
          say(
            `  floor (raw as landed, psql binary \\copy): wall ${fl.seconds.toFixed(2)} s, backend CPU ${floorCpu.toFixed(2)} s; ratio ${(seconds / fl.seconds).toFixed(2)}`,
          );
        }
      }
await admin.end();
if (values.keep) {
  s3.keep();
  // the configs are written by each run (with its lane); after --runs 0 they are an earlier invocation's
  const configs = Number(values.runs) > 0 ? `; configs ${tapCfg} ${tgtCfg}` : `; bucket ${bucket}, key ${key}`;
  say(`S3 server kept at ${s3.url} (pid ${moto})${configs}; stop it with kill ${moto}`);
  process.exit(0);
}
await s3.stop();
