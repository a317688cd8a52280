// Timestamps for tap-hims: every value becomes a UTC instant, `YYYY-MM-DDTHH:MM:SS.ffffffZ` (microseconds,
// always six digits, so instants compare as text); one without an offset is read in the configured
// source_time_zone (FHIR instants must carry a zone, but vendors' dateTimes and REST APIs often do not).
// Fields are parsed by hand, never by Date.parse (which turns 30 February into 1 March): a day, hour, minute,
// second or offset that does not exist is refused, not moved. The rules are PostgreSQL's, so the tap, the
// target and dbt's `v::timestamp at time zone z` agree on every value:
// - fraction digits past the sixth are rounded as PostgreSQL's timestamptz input does: rint(fraction × 10⁶) on
//   the double (half to even), carrying into the seconds (…59.9999995 is the next minute);
// - a wall-clock time in a DST overlap is the later instant (the offset after the change); one in a DST gap
//   takes the offset in force before the change (New York 02:30 on the spring-forward day is 07:30Z);
// - offsets are kept to the second (local mean time: Pacific/Auckland was +11:39:04 until 1868);
// - a leap second (:60) is 59.999999 of that minute (PostgreSQL would carry it into the next minute, after
//   the instants that follow it), with a note for the caller to log.

import { civilFromDays, dayExists, daysFromCivil } from '../../kit/singer/pg-binary.js';

export type TimeReading = { kind: 'instant'; value: string; note?: string } | { kind: 'partial' } | { kind: 'invalid'; reason: string };

const US_PER_SEC = 1_000_000n;
const US_PER_DAY = 86_400n * US_PER_SEC;

const pad = (n: number | bigint, w: number) => String(n).padStart(w, '0');

/** Microseconds since the epoch as `YYYY-MM-DDTHH:MM:SS.ffffffZ`; undefined outside years 0001–9999. */
export function formatMicros(us: bigint): string | undefined {
  let days = us / US_PER_DAY;
  let rest = us % US_PER_DAY;
  if (rest < 0n) {
    rest += US_PER_DAY;
    days -= 1n;
  }
  const [y, m, d] = civilFromDays(Number(days));
  if (y < 1 || y > 9999) return undefined;
  const secs = Number(rest / US_PER_SEC);
  const frac = rest % US_PER_SEC;
  const hh = Math.floor(secs / 3600);
  const mi = Math.floor((secs % 3600) / 60);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}T${pad(hh, 2)}:${pad(mi, 2)}:${pad(secs % 60, 2)}.${pad(frac, 6)}Z`;
}

/** C's rint(): the nearest integer, halves to even (PostgreSQL rounds fractional seconds with it). */
function rint(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Offset of an IANA zone at a UTC instant (ms), in seconds (Intl knows the zone rules, LMT's seconds too). */
function zoneOffsetSeconds(zone: string, utcMs: number): number {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 0;
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  const p = Object.fromEntries(format.formatToParts(new Date(utcMs)).map((x) => [x.type, x.value]));
  const year = /^B/i.test(p.era ?? '') ? 1 - Number(p.year) : Number(p.year);
  const localSec =
    daysFromCivil(year, Number(p.month), Number(p.day)) * 86400 + Number(p.hour) * 3600 + Number(p.minute) * 60 + Number(p.second);
  return localSec - Math.floor(utcMs / 1000);
}

/**
 * The UTC seconds of a wall-clock time (seconds since the epoch read as if UTC) in `zone`, by PostgreSQL's
 * rule: of the readings that exist, the latest (a DST overlap gives the offset after the change); in a gap,
 * the offset before the change (the smaller of the two around it, i.e. again the later instant).
 */
function wallToUtcSeconds(wall: number, zone: string): number {
  const known = new Map<number, number>();
  const off = (s: number) => {
    let o = known.get(s);
    if (o === undefined) known.set(s, (o = zoneOffsetSeconds(zone, s * 1000)));
    return o;
  };
  const near = new Set([off(wall - 86400), off(wall), off(wall + 86400)]);
  for (const o of [...near]) near.add(off(wall - o));
  const valid = [...near].filter((o) => off(wall - o) === o);
  if (valid.length) return wall - Math.min(...valid);
  // a gap: the two offsets of the change it lies in map onto each other
  const o1 = off(wall - off(wall));
  const o2 = off(wall - o1);
  return wall - Math.min(o1, o2);
}

const DATE_TIME = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|([+-])(\d{2})(?::?(\d{2}))?)?)?)?)?$/;

/**
 * A FHIR instant / dateTime (or a vendor's timestamp) read as an instant: a UTC instant, `partial` (a year,
 * a month or a day without a time: FHIR allows them, they name no instant), or `invalid` with the reason.
 * A value without an offset is read in `zone`.
 */
export function readInstant(v: string, zone: string): TimeReading {
  const m = DATE_TIME.exec(v);
  if (!m) return { kind: 'invalid', reason: 'not an ISO 8601 date-time' };
  const [, ys, ms, ds, hs, mis, ss, frac, z, sign, ohs, oms] = m;
  const y = Number(ys);
  if (y < 1) return { kind: 'invalid', reason: 'year 0000 does not exist' };
  if (ms !== undefined && (Number(ms) < 1 || Number(ms) > 12)) return { kind: 'invalid', reason: `month ${ms} does not exist` };
  if (ds !== undefined && !dayExists(y, Number(ms), Number(ds))) {
    return { kind: 'invalid', reason: `day ${ds} does not exist in ${ys}-${ms}` };
  }
  if (hs === undefined) return { kind: 'partial' };
  const h = Number(hs);
  const mi = Number(mis);
  let s = Number(ss ?? 0);
  if (h > 23) return { kind: 'invalid', reason: `hour ${hs} does not exist` };
  if (mi > 59) return { kind: 'invalid', reason: `minute ${mis} does not exist` };
  if (s > 60) return { kind: 'invalid', reason: `second ${ss} does not exist` };
  let offset: number | undefined;
  if (z === 'Z') offset = 0;
  else if (z !== undefined) {
    const oh = Number(ohs);
    const om = Number(oms ?? 0);
    if (om > 59 || oh * 60 + om > 14 * 60) return { kind: 'invalid', reason: `offset ${z} is past ±14:00` };
    offset = (sign === '-' ? -1 : 1) * (oh * 3600 + om * 60);
  }
  let fsec = frac === undefined ? 0 : rint(Number('0.' + frac) * 1e6);
  let note: string | undefined;
  if (s === 60) {
    s = 59;
    fsec = 999_999;
    note = 'a leap second, stored as 59.999999 of its minute';
  }
  const wall = daysFromCivil(y, Number(ms), Number(ds)) * 86400 + h * 3600 + mi * 60 + s;
  const utc = offset === undefined ? wallToUtcSeconds(wall, zone) : wall - offset;
  const value = formatMicros(BigInt(utc) * US_PER_SEC + BigInt(fsec));
  if (value === undefined) return { kind: 'invalid', reason: 'outside the years 0001–9999 in UTC' };
  return note ? { kind: 'instant', value, note } : { kind: 'instant', value };
}

/** A FHIR date (`YYYY-MM-DD`): the date, `partial` (`1980`, `1980-05`), or `invalid` with the reason. */
export function readDate(v: string): { kind: 'date'; value: string } | { kind: 'partial' } | { kind: 'invalid'; reason: string } {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) return { kind: 'invalid', reason: 'not a date (YYYY, YYYY-MM or YYYY-MM-DD)' };
  const r = readInstant(v, 'UTC');
  if (r.kind === 'invalid') return r;
  return m[3] === undefined ? { kind: 'partial' } : { kind: 'date', value: v };
}

/** A timestamp as a UTC instant; a value without an offset is read in `zone`; partial or unreadable → null. */
export function toInstant(v: unknown, zone: string): string | null {
  if (typeof v !== 'string') return null;
  const r = readInstant(v, zone);
  return r.kind === 'instant' ? r.value : null;
}

/** An instant (any form toInstant reads, an older bookmark's `…123Z` too) as microseconds since the epoch. */
export function instantMicros(instant: string): bigint {
  const r = readInstant(instant, 'UTC');
  if (r.kind !== 'instant') throw new Error(`not an instant: ${JSON.stringify(instant)}`);
  const v = r.value;
  const days = daysFromCivil(Number(v.slice(0, 4)), Number(v.slice(5, 7)), Number(v.slice(8, 10)));
  const secs = days * 86400 + Number(v.slice(11, 13)) * 3600 + Number(v.slice(14, 16)) * 60 + Number(v.slice(17, 19));
  return BigInt(secs) * US_PER_SEC + BigInt(v.slice(20, 26));
}

/** Order of two instants, to the microsecond: negative, 0 or positive. */
export function compareInstants(a: string, b: string): number {
  const d = instantMicros(a) - instantMicros(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** An instant moved back by `seconds` (to the microsecond). */
export function earlier(instant: string, seconds: number): string {
  return formatMicros(instantMicros(instant) - BigInt(Math.round(seconds * 1e6)))!;
}

/**
 * An instant as a memo key part: whole milliseconds in the form earlier versions of the tap wrote
 * (`…34.174Z`), so the keys a state already holds still match; finer instants with all six digits.
 */
export function keyInstant(instant: string): string {
  return /\.\d{3}000Z$/.test(instant) ? instant.slice(0, -4) + 'Z' : instant;
}

/** Now, as an instant. */
export function nowInstant(): string {
  return formatMicros(BigInt(Date.now()) * 1000n)!;
}
