// Timestamps for tap-hims: every value becomes a UTC ISO instant; one without an offset is read in the
// configured source_time_zone (FHIR instants must carry a zone, but vendors' dateTimes and REST APIs often do not).

/** Offset of an IANA zone at a UTC instant, in minutes (Intl knows the zone rules). */
function zoneOffsetMinutes(zone: string, utcMs: number): number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const parts = Object.fromEntries(format.formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]));
  const local = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return Math.round((local - utcMs) / 60_000);
}

/** A timestamp as UTC ISO; a value without an offset is read in `zone`; partial or unreadable → null. */
export function toInstant(v: unknown, zone: string): string | null {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) return null;
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(v)) {
    const t = Date.parse(v);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  const naive = Date.parse(v + 'Z');
  if (Number.isNaN(naive)) return null;
  // the offset at the naive instant, then again at the result (a DST change between the two moves it)
  const first = naive - zoneOffsetMinutes(zone, naive) * 60_000;
  return new Date(naive - zoneOffsetMinutes(zone, first) * 60_000).toISOString();
}

/** An ISO instant moved back by `seconds`. */
export function earlier(instant: string, seconds: number): string {
  return new Date(Date.parse(instant) - seconds * 1000).toISOString();
}
