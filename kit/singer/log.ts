// JSON logs and singer-sdk style METRIC lines, on stderr only (stdout carries Singer messages).
import winston from 'winston';
import { readFileSync } from 'node:fs';
import { redact } from './errors.js';

const redactFormat = winston.format((info) => {
  if (typeof info.message === 'string') info.message = redact(info.message);
  return info;
});

export function createLogger(plugin: string, fields: Record<string, unknown> = {}): winston.Logger {
  return winston.createLogger({
    level: process.env.LOG_LEVEL ?? 'info',
    defaultMeta: { plugin, ...fields },
    format: winston.format.combine(redactFormat(), winston.format.timestamp(), winston.format.json()),
    // stderrLevels routes every level to stderr: stdout is reserved for the protocol.
    transports: [new winston.transports.Console({ stderrLevels: ['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'] })],
  });
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
