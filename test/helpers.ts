// Test helpers: a scratch database per test file and the real target run as a child process.
import { spawn, spawnSync } from 'node:child_process';
import type { Writable } from 'node:stream';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { testDatabaseUrl, createScratchDatabase } from '../kit/warehouse/database.js';
import { batchLane, toBatchLane } from './batch-lane.js';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const TARGET = join(ROOT, 'dist/targets/target-postgres-medi/main.js');

// MEDI_TEST_DB_PREFIX lets two checkouts run the same test file against one server at once.
export async function scratchDb(name: string): Promise<string> {
  const prefix = process.env.MEDI_TEST_DB_PREFIX ?? 'medi_test';
  const lane = batchLane() ? '_b' : '';
  return createScratchDatabase(await testDatabaseUrl(), `${prefix}${lane}_${name}`.toLowerCase().replace(/[^a-z0-9_]/g, '_'));
}

/** MEDI_TEST_DB_PREFIX as a database name part, for the databases a test makes on a server other than this one (MariaDB). */
export const DB_PREFIX = (process.env.MEDI_TEST_DB_PREFIX ?? 'medi_test').toLowerCase().replace(/[^a-z0-9_]/g, '_');

/** SQL through the `mariadb` client on the local MariaDB (root, utf8mb4); its output as tab-separated rows, no header. */
export function mariadb(sql: string): string {
  const r = spawnSync(
    'mariadb',
    ['-h', '127.0.0.1', '-P', '3306', '-u', 'root', '--default-character-set=utf8mb4', '-N', '-B', '-e', sql],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`mariadb failed (${r.status}): ${r.stderr || r.error?.message}`);
  return r.stdout;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  states: unknown[];
}

/** A JSON file of `config` (or of this exact text: numbers a double cannot hold). */
export function configFile(config: Record<string, unknown> | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'medi-'));
  const f = join(dir, 'config.json');
  writeFileSync(f, typeof config === 'string' ? config : JSON.stringify(config));
  return f;
}

/**
 * Run target-postgres-medi with `input` on stdin. `onStdout` may kill the child (for crash tests). `stdin`:
 * a descriptor to give the child as its stdin instead (a file, a FIFO), or a function that writes the input
 * to the child's stdin pipe itself (and ends it); `input` is then unused.
 */
export function runTarget(
  config: Record<string, unknown>,
  input: string | Buffer,
  opts: {
    env?: NodeJS.ProcessEnv;
    onStdout?: (text: string, child: ReturnType<typeof spawn>) => void;
    stdin?: number | ((stdin: Writable) => Promise<void>);
  } = {},
): Promise<RunResult> {
  return new Promise((resolve) => {
    const fd = typeof opts.stdin === 'number' ? opts.stdin : 'pipe';
    const child = spawn(process.execPath, [TARGET, '--config', configFile(config)], {
      env: { ...process.env, ...opts.env },
      stdio: [fd, 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const out = child.stdout!;
    const err = child.stderr!;
    // decoded as a stream: a multi-byte character cut by a chunk boundary must not become two U+FFFD
    out.setEncoding('utf8');
    err.setEncoding('utf8');
    out.on('data', (d: string) => {
      stdout += d;
      opts.onStdout?.(stdout, child);
    });
    err.on('data', (d: string) => (stderr += d));
    if (child.stdin) {
      child.stdin.on('error', () => undefined); // the child may exit (or be killed) before reading everything
      if (typeof opts.stdin === 'function') void opts.stdin(child.stdin);
      else child.stdin.end(toBatchLane(input));
    }
    child.on('close', (code, signal) => {
      // a target's stdout is the bare state values, one per line
      const states = stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as unknown);
      resolve({ code, signal, stdout, stderr, states });
    });
  });
}

export async function query<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

export const singer = (...messages: unknown[]): string => messages.map((m) => JSON.stringify(m)).join('\n') + '\n';

/**
 * Resolves once a spawned target has opened its load run ("load run started", logged right before its message
 * loop starts and takes SIGTERM), plus a moment; rejects if it exits first.
 */
export function started(child: { stderr: NodeJS.ReadableStream | null; once(event: 'close', fn: () => void): unknown }): Promise<void> {
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d: Buffer | string) => {
      err += String(d);
      if (err.includes('load run started')) setTimeout(resolve, 100);
    });
    child.once('close', () => reject(new Error(`target exited before it started: ${err.slice(-500)}`)));
  });
}
