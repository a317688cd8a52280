// Quiet hours: when a notice that may wait is sent. Local wall-clock time in the config's time zone (Intl), so a
// release at 07:00 is 07:00 local on daylight-saving nights too.
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
  return nextLocalTime(at, q.to, config.time_zone);
}

/**
 * The first instant after `at` whose wall-clock time in `timeZone` is `minutes` after midnight. Adding the
 * wall-clock difference alone is an hour off on a daylight-saving night, so the guess is corrected by how far
 * its own local time is from the target (the offset that changed in between), at most twice.
 */
export function nextLocalTime(at: Date, minutes: number, timeZone: string): Date {
  const start = new Date(at);
  start.setUTCSeconds(0, 0);
  let guess = start.getTime() + ((minutes - localMinutes(at, timeZone) + 1440) % 1440) * 60_000;
  for (let i = 0; i < 2; i++) {
    const off = ((minutes - localMinutes(new Date(guess), timeZone) + 2160) % 1440) - 720;
    if (off === 0) break;
    guess += off * 60_000;
  }
  // a time skipped by spring-forward does not exist that night: the release is then within an hour after the gap
  return new Date(Math.max(guess, at.getTime()));
}
