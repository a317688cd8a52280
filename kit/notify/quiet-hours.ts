// Quiet hours: when a notice that may wait is sent. Local wall-clock time in the config's time zone.
import type { NotifyConfig, Severity } from './config.js';

/** Minutes after local midnight of `at` in `timeZone`. */
export function localMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}

/**
 * The earliest time a notice of `severity` may go out: `at` itself, or the end of the quiet hours `at` falls
 * in (severities listed in `except`, critical by default, are never held).
 */
export function releaseAt(at: Date, severity: Severity, config: Pick<NotifyConfig, 'quiet_hours' | 'time_zone'>): Date {
  const q = config.quiet_hours;
  if (!q || q.except.includes(severity) || q.from === q.to) return at;
  const now = localMinutes(at, config.time_zone);
  const inside = q.from < q.to ? now >= q.from && now < q.to : now >= q.from || now < q.to;
  if (!inside) return at;
  const wait = (q.to - now + 1440) % 1440;
  const release = new Date(at.getTime() + wait * 60_000);
  release.setUTCSeconds(0, 0);
  return release;
}
