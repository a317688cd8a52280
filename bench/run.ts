// Helpers for benchmarks: run a command with stdin from a file, time it, read its peak RSS.
import { spawn } from 'node:child_process';
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
  const m = /"peak_rss_mb":(\d+)/.exec(stderr);
  return { seconds, peakRssMb: m ? Number(m[1]) : NaN, stdout, stderr, code };
}

/** `psql <db> -v ON_ERROR_STOP=1 -c <command>`, timed; throws with psql's stderr when it fails. */
export async function psqlTimed(db: string, command: string): Promise<Timed> {
  const r = await timed('psql', [db, '-v', 'ON_ERROR_STOP=1', '-c', command]);
  if (r.code !== 0) throw new Error(`psql failed: ${r.stderr}`);
  return r;
}

export { createReadStream };
