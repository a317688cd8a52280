// JSON logs and singer-sdk style METRIC lines, on stderr only (stdout carries Singer messages).
// The logger is our own: one JSON object a line, in the shape winston's json format wrote (keys sorted at every
// depth, `timestamp` an ISO instant, big integers as strings, a cycle as "[Circular]"), without winston's ~60 ms of
// module loading in every plugin's start-up. Levels are npm's, chosen by LOG_LEVEL (default info).
import { readFileSync } from 'node:fs';
import { redact } from './errors.js';

export type LogLevel = 'error' | 'warn' | 'info' | 'http' | 'verbose' | 'debug' | 'silly';
const LEVELS: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, http: 3, verbose: 4, debug: 5, silly: 6 };

export interface Logger {
  log(level: LogLevel, message: string, meta?: Record<string, unknown>): void;
  error(message: string, meta?: Record<string, unknown>): void;
  warn(message: string, meta?: Record<string, unknown>): void;
  info(message: string, meta?: Record<string, unknown>): void;
  debug(message: string, meta?: Record<string, unknown>): void;
}

/** A value as JSON can hold it: keys sorted, bigint as text, an Error as its name and message, a cycle marked. */
function plain(v: unknown, seen: unknown[]): unknown {
  if (typeof v === 'bigint') return v.toString();
  if (v === null || typeof v !== 'object') return v;
  if (seen.includes(v)) return '[Circular]';
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return plain((v as { toJSON(): unknown }).toJSON(), seen);
  seen.push(v);
  try {
    if (Array.isArray(v)) return v.map((x) => plain(x, seen) ?? null);
    const o: Record<string, unknown> = v instanceof Error ? { ...v, name: v.name, message: redact(v.message) } : { ...v };
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o).sort()) out[k] = plain(o[k], seen);
    return out;
  } finally {
    seen.pop();
  }
}

export function createLogger(plugin: string, fields: Record<string, unknown> = {}, opts: { silent?: boolean } = {}): Logger {
  const wanted = process.env.LOG_LEVEL ?? '';
  const max = opts.silent ? -1 : Object.hasOwn(LEVELS, wanted) ? LEVELS[wanted as LogLevel] : LEVELS.info;
  const base = { plugin, ...fields };
  const log = (level: LogLevel, message: string, meta: Record<string, unknown> = {}): void => {
    if (LEVELS[level] > max) return;
    const entry: Record<string, unknown> = { ...base, ...meta, level, timestamp: new Date().toISOString() };
    // a message that is not text (an Error handed as the message, by untyped code): its text, not an empty object
    const m: unknown = message;
    entry.message = redact(typeof m === 'string' ? m : m instanceof Error ? m.message : String(m));
    process.stderr.write(JSON.stringify(plain(entry, [])) + '\n');
  };
  return {
    log,
    error: (m, meta) => log('error', m, meta),
    warn: (m, meta) => log('warn', m, meta),
    info: (m, meta) => log('info', m, meta),
    debug: (m, meta) => log('debug', m, meta),
  };
}

/**
 * This process's peak resident memory in MB: VmHWM of its own address space. getrusage's maxRSS is not used
 * where /proc exists: on Linux it also counts the forked copy of the parent before exec, so a plugin started
 * by a large parent (Meltano, a benchmark) reported the parent's size instead of its own.
 */
export function peakRssMb(): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'latin1'));
    if (m) return Math.round(Number(m[1]) / 1024);
  } catch {
    // no procfs: fall back below
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export type MetricType = 'counter' | 'timer';
export interface Metric {
  type: MetricType;
  metric: 'record_count' | 'sync_duration' | 'http_request_duration' | 'batch_processing_time' | string;
  value: number;
  tags: Record<string, unknown>;
}

/** Emit one `METRIC: {...}` line, the format Meltano's singer-sdk uses, so existing log tooling parses it. */
export function emitMetric(m: Metric): void {
  process.stderr.write(`METRIC: ${JSON.stringify(m)}\n`);
}

/** Counts records per stream and reports them at most every `intervalMs`, plus once at the end. */
export class RecordCounter {
  private counts = new Map<string, number>();
  private reported = new Map<string, number>();
  /** set by a timer: reading the clock on every record cost ~2% of the target's time */
  private due = false;
  constructor(intervalMs = 60_000) {
    setInterval(() => (this.due = true), intervalMs).unref();
  }

  add(stream: string, n = 1): void {
    this.counts.set(stream, (this.counts.get(stream) ?? 0) + n);
    if (this.due) this.report();
  }

  total(stream: string): number {
    return this.counts.get(stream) ?? 0;
  }

  report(): void {
    for (const [stream, count] of this.counts) {
      const delta = count - (this.reported.get(stream) ?? 0);
      if (delta > 0) emitMetric({ type: 'counter', metric: 'record_count', value: delta, tags: { stream } });
      this.reported.set(stream, count);
    }
    this.due = false;
  }
}
