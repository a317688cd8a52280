// Running Meltano from tests: the project venv and our built plugins on PATH, usage tracking off.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

/**
 * A temporary copy of the Meltano project (meltano.yml and our plugins' lockfiles in plugins/) and of `more` paths,
 * for tests that let Meltano or a contract edit change it while the checkout stays as committed.
 */
export function projectCopy(prefix: string, more: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const p of ['meltano.yml', 'plugins', ...more]) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  return dir;
}

/**
 * dbt's target/ and logs/ for this test process: two test files building at once (tap's jobs) must not share
 * transforms/target (partial-parse file, manifest) or its log.
 */
export const DBT_SCRATCH = ((dir: string) => ({ DBT_TARGET_PATH: join(dir, 'target'), DBT_LOG_PATH: join(dir, 'logs') }))(
  mkdtempSync(join(tmpdir(), 'medi-dbt-')),
);

/**
 * Meltano's system directory (`.meltano`) for this test process: its own `run/` (each plugin's state.json and
 * config files, which two test files running the same plugin at once would otherwise share), the checkout's
 * installed plugins (extractors, loaders, utilities) linked in.
 */
export const MELTANO_SYS_DIR = ((dir: string) => {
  for (const kind of ['extractors', 'loaders', 'utilities']) {
    const installed = join(ROOT, '.meltano', kind);
    if (!existsSync(installed)) mkdirSync(installed, { recursive: true });
    symlinkSync(installed, join(dir, kind));
  }
  return dir;
})(mkdtempSync(join(tmpdir(), 'medi-meltano-sys-')));

export function meltanoEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const state = mkdtempSync(join(tmpdir(), 'meltano-state-'));
  return {
    ...DBT_SCRATCH,
    MELTANO_SYS_DIR_ROOT: MELTANO_SYS_DIR,
    ...process.env,
    PATH: `${join(ROOT, '.venv/bin')}:${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
    DO_NOT_TRACK: '1',
    MELTANO_SEND_ANONYMOUS_USAGE_STATS: 'false',
    // a state database per test run, so runs never see each other's bookmarks
    MELTANO_DATABASE_URI: `sqlite:///${join(state, 'meltano.db')}`,
    MEDI_NHI_HMAC_KEY: 'a3c1e5f7d9b2a4c6e8f0a1b3c5d7e9f1',
    // test deliveries carry dirty rows on purpose, far past a production reject-rate threshold: a job records and
    // alerts them; test/dq.test.ts asks for `fail`
    MEDI_DQ_ON_FAIL: 'alert',
    ...extra,
  };
}

/** `meltano <args>` in the project at `cwd` (this checkout, or a copy of it). */
export function meltano(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd = ROOT,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, '.venv/bin/meltano'), args, { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (stdout += d));
    child.stderr.on('data', (d: string) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A scheduled job's transform step: a plain `scripts/dbt run`, the data-quality step included; `onOut` sees its output as it comes. */
export function dbtStep(env: NodeJS.ProcessEnv, onOut?: (out: string) => void): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, 'scripts/dbt'), ['run'], { env });
    let out = '';
    const take = (d: string) => {
      out += d;
      onOut?.(out);
    };
    child.stdout.setEncoding('utf8').on('data', take);
    child.stderr.setEncoding('utf8').on('data', take);
    child.on('close', (code) => resolve({ code, out }));
  });
}
