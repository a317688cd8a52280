#!/usr/bin/env node
// `medi-build-lock <command> [args]`: run a transform build (scripts/dbt) holding the warehouse's build lock, a
// PostgreSQL session advisory lock in DATABASE_URL's database, so two builds on one warehouse never run at once.
// Why: incremental models read what is new since their own last build (rows typed after the newest typed_at a
// core model holds; load runs committed since the last recorded build), so two builds that interleave could
// each record a watermark past rows the other has not committed yet, and those rows would never be built.
// A build that finds the lock taken waits for it up to MEDI_DBT_LOCK_WAIT seconds (default 600; 0 = do not
// wait), then refuses (exit 75) naming the session that holds it. The lock is the session's: it goes when this
// process's connection ends, so a killed build never leaves it behind; SIGINT/SIGTERM are passed to the build.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import pg from 'pg';

/** The lock's key: one per database (advisory locks are per database), the same for every build. */
export const BUILD_LOCK_SQL = `hashtextextended('medi-dbt-build', 0)`;
/** exit status when the lock stayed taken (EX_TEMPFAIL: try again later) */
export const LOCK_BUSY_EXIT = 75;

const [cmd, ...args] = process.argv.slice(2);
const url = process.env.DATABASE_URL;
if (!cmd || !url) {
  process.stderr.write('usage: DATABASE_URL=… medi-build-lock <command> [args]\n');
  process.exit(2);
}
const waitRaw = (process.env.MEDI_DBT_LOCK_WAIT ?? '').trim() || '600';
if (!/^[0-9]+$/.test(waitRaw)) {
  process.stderr.write(`dbt: MEDI_DBT_LOCK_WAIT must be a whole number of seconds; got ${waitRaw}\n`);
  process.exit(2);
}
const waitSeconds = Number(waitRaw);

const client = new pg.Client({ connectionString: url, application_name: `medi-dbt-build pid ${process.pid}` });
await client.connect();
client.on('error', () => undefined); // the connection ending under a running build is reported by the build itself
const tryLock = async () => (await client.query<{ ok: boolean }>(`select pg_try_advisory_lock(${BUILD_LOCK_SQL}) as ok`)).rows[0]!.ok;
let locked = await tryLock();
if (!locked && waitSeconds > 0) {
  process.stderr.write(`dbt: another build holds this warehouse's build lock; waiting up to ${waitSeconds} s (MEDI_DBT_LOCK_WAIT)\n`);
  const until = Date.now() + waitSeconds * 1000;
  while (!locked && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 1000));
    locked = await tryLock();
  }
}
if (!locked) {
  const holder = (
    await client.query<{ pid: number; app: string | null; since: string | null }>(
      `select a.pid, a.application_name as app, a.backend_start::text as since
       from pg_locks l join pg_stat_activity a on a.pid = l.pid
       where l.locktype = 'advisory' and l.granted and l.database = (select oid from pg_database where datname = current_database())
         and (l.classid::bigint << 32 | l.objid::bigint) = ${BUILD_LOCK_SQL} and l.objsubid = 1`,
    )
  ).rows[0];
  await client.end().catch(() => undefined);
  process.stderr.write(
    `dbt: another build is running on this warehouse (${holder ? `${holder.app || 'session'}, server pid ${holder.pid}, connected since ${holder.since}` : 'it has just ended'}); ` +
      `refusing to start a second one, whose watermarks would interleave with it. Run again when it ends, or set MEDI_DBT_LOCK_WAIT to wait longer.\n`,
  );
  process.exit(LOCK_BUSY_EXIT);
}
// the lock's session, by its server pid: every model checks before it builds that this session still holds the
// lock (macros/medi_build_guard.sql), so a build whose lock holder was killed (SIGKILL reaches this process, not
// the build it started) stops at its next model instead of building beside the next holder. It reaches dbt's
// sessions as a setting (PGOPTIONS, which scripts/dbt adds to), not as an environment variable a macro reads:
// dbt re-parses every model when a variable its project's hooks read changes (~5 s), and this one changes every build.
const holderPid = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
const child = spawn(cmd, args, {
  stdio: 'inherit',
  env: { ...process.env, MEDI_DBT_LOCK_HELD: '1', PGOPTIONS: `${process.env.PGOPTIONS ?? ''} -c medi.build_lock_pid=${holderPid}`.trim() },
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
const code = await new Promise<number>((resolve) => {
  child.on('error', (e) => {
    process.stderr.write(`dbt: could not start ${cmd}: ${e.message}\n`);
    resolve(127);
  });
  child.on('close', (c, signal) => resolve(c ?? 128 + (signal ? constants.signals[signal] : 0)));
});
await client.end().catch(() => undefined);
process.exit(code);
