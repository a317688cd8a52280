// Helpers for the target-files-medi tests: run the real target as a child process, and read its files back with
// two independent readers (DuckDB's Node API, and pyarrow / Python from the project venv) into canonical text.
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { ROOT, configFile, type RunResult } from './helpers.js';
import type { Manifest } from '../targets/target-files-medi/loader.js';

export const FILES_TARGET = join(ROOT, 'dist/targets/target-files-medi/main.js');
const PYTHON = join(ROOT, '.venv/bin/python');
const READER = join(ROOT, 'test/files_read.py');

export type Row = Record<string, string | null>;
export interface Col {
  name: string;
  type: string;
}

export function runFilesTarget(
  config: Record<string, unknown>,
  input: string,
  opts: { env?: NodeJS.ProcessEnv; onStdout?: (text: string, child: ReturnType<typeof spawn>) => void } = {},
): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [FILES_TARGET, '--config', configFile(config)], {
      env: { ...process.env, ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      stdout += d;
      opts.onStdout?.(stdout, child);
    });
    child.stderr.on('data', (d: string) => (stderr += d));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
    child.on('close', (code, signal) => {
      const states = stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as unknown);
      resolve({ code, signal, stdout, stderr, states });
    });
  });
}

/** Plain digits without trailing fraction zeros: the one text of a decimal value. */
export function canonDecimal(s: string): string {
  let out = s;
  if (out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '');
  return out === '-0' ? '0' : out;
}

/** An ISO 8601 date-time → UTC epoch microseconds, computed here without the target's code. */
export function epochMicros(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(iso);
  if (!m) throw new Error(`not a date-time: ${iso}`);
  const secs = BigInt(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0))) / 1000n;
  const frac = BigInt((m[7] ?? '').padEnd(6, '0').slice(0, 6));
  let offset = 0n;
  const z = m[8];
  if (z && z.toUpperCase() !== 'Z') {
    const sign = z[0] === '-' ? -1n : 1n;
    const digits = z.slice(1).replace(':', '');
    offset = sign * (BigInt(digits.slice(0, 2)) * 3600n + BigInt(digits.slice(2, 4) || '0') * 60n);
  }
  return String((secs - offset) * 1_000_000n + frac);
}

let duck: Promise<import('@duckdb/node-api').DuckDBConnection> | undefined;
async function duckdb() {
  duck ??= (async () => {
    const c = await (await DuckDBInstance.create(':memory:')).connect();
    await c.run(`SET TimeZone = 'UTC'`);
    return c;
  })();
  return duck;
}

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const id = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Read one file with DuckDB into canonical rows. */
export async function readWithDuckdb(format: string, path: string, columns: Col[]): Promise<Row[]> {
  const c = await duckdb();
  let from: string;
  if (format === 'parquet') from = `read_parquet(${lit(path)})`;
  else if (format === 'csv') {
    const spec = columns.map((x) => `${lit(x.name)}: ${lit(x.type)}`).join(', ');
    from = `read_csv(${lit(path)}, header = true, columns = {${spec}}, nullstr = '', allow_quoted_nulls = false, auto_detect = false)`;
  } else {
    // decimals are strings in JSONL; integers are read as BIGINT, exactly
    const spec = columns.map((x) => `${lit(x.name)}: ${lit(x.type === 'BIGINT' ? 'BIGINT' : 'VARCHAR')}`).join(', ');
    from = `read_json(${lit(path)}, columns = {${spec}}, format = 'newline_delimited')`;
  }
  const select = columns
    .map((x) => {
      const v = format === 'jsonl' && x.type === 'TIMESTAMPTZ' ? `${id(x.name)}::TIMESTAMPTZ` : id(x.name);
      if (x.type === 'TIMESTAMPTZ') return `epoch_us(${v})::VARCHAR AS ${id(x.name)}`;
      return `${v}::VARCHAR AS ${id(x.name)}`;
    })
    .join(', ');
  const r = await c.runAndReadAll(`SELECT ${select} FROM ${from}`);
  return (r.getRowObjectsJson() as Row[]).map((row) => {
    const out: Row = {};
    for (const x of columns) {
      const v = row[x.name] ?? null;
      out[x.name] = v !== null && x.type.startsWith('DECIMAL') ? canonDecimal(v) : v;
    }
    return out;
  });
}

/** Read files with pyarrow (Parquet, CSV) or Python's json (JSONL) into canonical rows, plus the Arrow schema, by path. */
export function readWithPython(
  format: string,
  paths: string[],
  columns: Col[],
): Record<string, { schema: Record<string, string>; rows: Row[] }> {
  const out = execFileSync(PYTHON, [READER, format, JSON.stringify(paths), JSON.stringify(columns)], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  return JSON.parse(out) as Record<string, { schema: Record<string, string>; rows: Row[] }>;
}

/** The manifests under a local root's zone/source, oldest first. */
export function manifests(root: string, zone: string, source: string): Manifest[] {
  const out = execFileSync('find', [join(root, zone, source, '_batches'), '-name', '_manifest.json'], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter(Boolean)
    .sort()
    .map((f) => JSON.parse(readFileSync(f, 'utf8')) as Manifest);
}
