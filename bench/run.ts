// Helpers for benchmarks: run a command with stdin from a file, time it, read its peak RSS.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createReadStream, openSync, closeSync } from 'node:fs';

export interface Timed {
  seconds: number;
  peakRssMb: number;
  stdout: string;
  stderr: string;
  code: number;
}

/** Run `cmd` (stdin from `inputFile` when given), timing it; peak RSS is what the plugin reports (its VmHWM). */
export async function timed(cmd: string, args: string[], opts: { inputFile?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Timed> {
  const t0 = process.hrtime.bigint();
  const fd = opts.inputFile ? openSync(opts.inputFile, 'r') : undefined;
  const child = spawn(cmd, args, { stdio: [fd ?? 'ignore', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
  if (fd !== undefined) closeSync(fd);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout = (stdout + d.toString()).slice(-100_000)));
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-100_000)));
  const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { seconds, peakRssMb: peakRssMb(stderr), stdout, stderr, code };
}

/** The peak RSS a plugin reports in its last log line (`peak_rss_mb`, its VmHWM); NaN when absent. */
export function peakRssMb(log: string): number {
  return Number(/"peak_rss_mb":(\d+)/.exec(log)?.[1] ?? NaN);
}

export interface Relayed {
  /** the last 20,000 characters of each one's stderr */
  tapErr: string;
  targetErr: string;
  /** everything the target wrote (its STATE lines) */
  targetOut: string;
}

/**
 * Pipes a running tap into a running target until both have exited; throws with both stderr tails unless both
 * exit 0.
 */
export async function relay(tap: ChildProcessWithoutNullStreams, target: ChildProcessWithoutNullStreams): Promise<Relayed> {
  tap.stdout.pipe(target.stdin);
  const r: Relayed = { tapErr: '', targetErr: '', targetOut: '' };
  tap.stderr.on('data', (d: Buffer) => (r.tapErr = (r.tapErr + d).slice(-20000)));
  target.stderr.on('data', (d: Buffer) => (r.targetErr = (r.targetErr + d).slice(-20000)));
  target.stdout.on('data', (d: Buffer) => (r.targetOut += d.toString()));
  const [tc, gc] = await Promise.all([new Promise((res) => tap.on('close', res)), new Promise((res) => target.on('close', res))]);
  if (tc !== 0 || gc !== 0)
    throw new Error(`tap → target failed (tap ${tc}, target ${gc}): ${r.tapErr.slice(-1500)} ${r.targetErr.slice(-1500)}`);
  return r;
}

/** `psql <db> -v ON_ERROR_STOP=1 -c <command>`, timed; throws with psql's stderr when it fails. */
export async function psqlTimed(db: string, command: string): Promise<Timed> {
  const r = await timed('psql', [db, '-v', 'ON_ERROR_STOP=1', '-c', command]);
  if (r.code !== 0) throw new Error(`psql failed: ${r.stderr}`);
  return r;
}

export { createReadStream };
