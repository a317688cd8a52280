// Running plugins from tests: tap | target-postgres-medi as Meltano wires them (optionally killed mid-run),
// a tap alone, and dbt.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3_TEST_ENV } from '../sim/s3-server.js';
import { ROOT, TARGET, configFile } from './helpers.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { meltanoEnv } from './meltano.js';
import { batchRecords, tapBatchEnv } from './batch-lane.js';
import type { BatchMessage } from '../kit/singer/messages.js';

const TAP = join(ROOT, 'dist/taps/tap-indici-s3/main.js');

export interface PipelineRun {
  tapCode: number | null;
  targetCode: number | null;
  tapErr: string;
  targetErr: string;
  lastState: Record<string, any> | undefined;
  records: number;
  /** RECORD messages per stream */
  streams: Record<string, number>;
}

/** tap | target, as Meltano runs them; returns exit codes and the last state the target emitted. */
export function pipeline(
  tapConfig: Record<string, unknown>,
  dbUrl: string,
  state?: unknown,
  opts: {
    target?: Record<string, unknown>;
    killTargetAfterStates?: number;
    killAfterRecords?: number;
    tap?: string;
    catalog?: unknown;
    /** both processes are killed and the run fails naming the one still running (default PIPELINE_DEADLINE_MS) */
    deadlineMs?: number;
  } = {},
): Promise<PipelineRun> {
  return new Promise((resolve, reject) => {
    const args = ['--config', configFile(tapConfig)];
    if (opts.catalog) args.push('--catalog', configFile(opts.catalog as Record<string, unknown>));
    if (state) {
      const f = join(mkdtempSync(join(tmpdir(), 'state-')), 'state.json');
      writeFileSync(f, JSON.stringify(state));
      args.push('--state', f);
    }
    const env = { ...process.env, ...S3_TEST_ENV };
    const tapPath = opts.tap ?? TAP;
    const tapName = pluginName(tapPath);
    const tap = spawn(process.execPath, [tapPath, ...args], { env: { ...env, ...tapBatchEnv(tapName) } });
    const target = spawn(process.execPath, [TARGET, '--config', configFile({ database_url: dbUrl, ...opts.target })], { env });
    let records = 0;
    const streams: Record<string, number> = {};
    let carry = '';
    tap.stdout.on('data', (d: Buffer) => {
      const text = carry + d.toString();
      const lines = text.split('\n');
      carry = lines.pop()!;
      for (const l of lines) {
        if (l.startsWith('{"type":"BATCH"')) {
          // read here, before this test process passes the line on to the target (which removes the file)
          const m = JSON.parse(l) as BatchMessage;
          const n = batchRecords(m);
          records += n;
          streams[m.stream] = (streams[m.stream] ?? 0) + n;
          continue;
        }
        if (!l.startsWith('{"type":"RECORD"')) continue;
        records++;
        const s = l.slice(27, l.indexOf('"', 27));
        streams[s] = (streams[s] ?? 0) + 1;
      }
      // crash tests: SIGKILL both mid-stream, whatever has or has not been committed
      if (opts.killAfterRecords && records >= opts.killAfterRecords && target.exitCode === null) {
        target.kill('SIGKILL');
        tap.kill('SIGKILL');
      }
    });
    target.stdin.on('error', () => undefined); // EPIPE when a crash test kills the target
    tap.stdout.on('error', () => undefined);
    tap.stdout.pipe(target.stdin);
    // decoded as a stream: a multi-byte character cut by a chunk boundary must not become two U+FFFD
    for (const s of [tap.stderr, target.stderr, target.stdout]) s.setEncoding('utf8');
    let tapErr = '';
    let targetErr = '';
    let out = '';
    tap.stderr.on('data', (d: string) => (tapErr += d));
    target.stderr.on('data', (d: string) => (targetErr += d));
    target.stdout.on('data', (d: string) => {
      out += d;
      // crash tests: SIGKILL the target once it has committed (and reported) this many states
      if (opts.killTargetAfterStates && out.split('\n').filter(Boolean).length >= opts.killTargetAfterStates) {
        target.kill('SIGKILL');
        tap.kill('SIGKILL');
      }
    });
    let tapCode: number | null = null;
    tap.on('close', (c) => (tapCode = c));
    const timer = deadline(
      opts.deadlineMs,
      [
        { name: tapName, child: tap, err: () => tapErr },
        { name: 'target-postgres-medi', child: target, err: () => targetErr },
      ],
      reject,
    );
    target.on('close', (targetCode) => {
      clearTimeout(timer);
      const states = out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, any>);
      resolve({ tapCode, targetCode, tapErr, targetErr, lastState: states.at(-1), records, streams });
    });
  });
}

/**
 * How long a test's tap | target (or tap alone) may run before it is taken for hung. Once in CI a tap slept
 * before its first request for 12 minutes with nothing on stderr, and the suite waited on it; now the run fails
 * in minutes, naming the process still running, what the kernel says it waits on and the end of its stderr.
 */
export const PIPELINE_DEADLINE_MS = Number(process.env.MEDI_TEST_PIPELINE_DEADLINE_MS ?? 5 * 60_000);

/** tap-x for …/taps/tap-x/main.js */
const pluginName = (path: string) => /taps\/([^/]+)\/main\.js$/.exec(path)?.[1] ?? path;

interface Watched {
  name: string;
  child: ChildProcess;
  err: () => string;
}

/** What /proc says a process is doing (state and wait channel), for the deadline's error. */
function procState(pid: number | undefined): string {
  if (pid === undefined) return 'no pid';
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
    let wchan = '';
    try {
      wchan = readFileSync(`/proc/${pid}/wchan`, 'utf8');
    } catch {
      // not readable on every kernel
    }
    return `state ${state}${wchan && wchan !== '0' ? `, waiting in ${wchan}` : ''}`;
  } catch {
    return 'gone';
  }
}

/** A timer that SIGKILLs every watched process still running after `ms` and rejects naming them. */
function deadline(ms: number | undefined, watched: Watched[], reject: (e: Error) => void): NodeJS.Timeout {
  const limit = ms ?? PIPELINE_DEADLINE_MS;
  const t = setTimeout(() => {
    const running = watched.filter((w) => w.child.exitCode === null && w.child.signalCode === null);
    const what = running.map(
      (w) => `${w.name} (pid ${w.child.pid}, ${procState(w.child.pid)}); its stderr ends: ${JSON.stringify(w.err().slice(-1500))}`,
    );
    for (const w of watched) w.child.kill('SIGKILL');
    reject(new Error(`still running after ${limit / 1000} s, killed: ${what.join('; ') || 'none (their pipes stayed open)'}`));
  }, limit);
  t.unref();
  return t;
}

/** A tap alone (no target): its RECORD messages, its whole stdout, stderr and the last STATE value. */
export function runTapAlone(
  tap: string,
  config: Record<string, unknown>,
  state?: unknown,
  catalog?: unknown,
): Promise<{
  code: number | null;
  records: Array<{ stream: string; record: Record<string, unknown> }>;
  stdout: string;
  stderr: string;
  state?: unknown;
}> {
  return new Promise((resolve, reject) => {
    const args = [tap, '--config', configFile(config)];
    if (state) args.push('--state', configFile(state as Record<string, unknown> | string));
    if (catalog) args.push('--catalog', configFile(catalog as Record<string, unknown>));
    const child = spawn(process.execPath, args);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    let out = '';
    let stderr = '';
    child.stdout.on('data', (d: string) => (out += d));
    child.stderr.on('data', (d: string) => (stderr += d));
    const timer = deadline(undefined, [{ name: pluginName(tap), child, err: () => stderr }], reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const msgs = out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l));
      const records = msgs.filter((m) => m.type === 'RECORD').map((m) => ({ stream: m.stream, record: m.record }));
      resolve({ code, records, stdout: out, stderr, state: msgs.filter((m) => m.type === 'STATE').at(-1)?.value });
    });
  });
}

/** A tap alone, SIGKILLed once it has written `states` STATE messages: its stdout up to then (crash tests). */
export function tapKilledAfterStates(tap: string, config: Record<string, unknown>, states: number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tap, '--config', configFile(config)]);
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      out += d;
      if ((out.match(/"type":"STATE"/g) ?? []).length >= states && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('close', () => resolve(out));
  });
}

/**
 * scripts/dbt run --select … (what Meltano's utility runs); optionally SIGKILL its process group after
 * `killAfterMs`; `fullRefresh` rebuilds incremental models (the typed staging) from all of raw.
 */
export function dbtRun(
  db: string,
  selectors: string[],
  killAfterMs?: number,
  opts: { fullRefresh?: boolean } = {},
): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, 'scripts/dbt'), ['run', ...(opts.fullRefresh ? ['--full-refresh'] : []), '--select', ...selectors], {
      env: { ...meltanoEnv(pgEnv(db)), MEDI_DBT_ALWAYS: '1' },
      detached: true,
      stdio: 'ignore',
    });
    const timer = killAfterMs ? setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), killAfterMs) : undefined;
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolve(code);
    });
  });
}
