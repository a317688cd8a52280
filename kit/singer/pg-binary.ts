// PostgreSQL's binary COPY forms of single values (https://www.postgresql.org/docs/current/sql-copy.html and the
// types' send/recv functions), written from and read back to the text the record lane carries. The target's fast
// path writes them from JSON tokens; tap-sql writes pg-copy-binary batch files with them (kit/singer/batch.ts),
// and the target reads those back when a field needs the general path (decodeTuple). All big-endian.
/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** PostgreSQL's epoch, 2000-01-01, in days from 1970-01-01. */
export const PG_EPOCH_DAYS = 10957;

function num(b: Buffer, i: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) v = v * 10 + (b[i + k]! - 0x30);
  return v;
}

/** Days per month, February as in a leap year (check Feb 29 with isLeapYear). */
export const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

function digit(b: Buffer, i: number): boolean {
  const c = b[i];
  return c !== undefined && c >= 0x30 && c <= 0x39;
}

/** `YYYY-MM-DD` at s naming a real day (any year, 0000 included: its callers judge the year). */
export function dateAt(b: Buffer, s: number): boolean {
  if (!(
    digit(b, s) &&
    digit(b, s + 1) &&
    digit(b, s + 2) &&
    digit(b, s + 3) &&
    b[s + 4] === 0x2d &&
    digit(b, s + 5) &&
    digit(b, s + 6) &&
    b[s + 7] === 0x2d &&
    digit(b, s + 8) &&
    digit(b, s + 9)
  ))
    return false;
  return dayExists(num(b, s, 4), num(b, s + 5, 2), num(b, s + 8, 2));
}

/** Month m (1–12) of year y has a day d (Feb 29 only in leap years; any year, 0000 included: callers judge it). */
export function dayExists(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > DAYS_IN_MONTH[m - 1]!) return false;
  return !(m === 2 && d === 29 && !isLeapYear(y));
}

/** Days from 2000-01-01 of a `YYYY-MM-DD` at s (grammar and calendar already checked); NaN for year 0. */
export function pgDaysAt(b: Buffer, s: number): number {
  const y = num(b, s, 4);
  if (y === 0) return NaN; // PostgreSQL refuses year 0: the text path lets it say so
  return daysFromCivil(y, num(b, s + 5, 2), num(b, s + 8, 2)) - PG_EPOCH_DAYS;
}

/** Result of timestampAt: seconds from 2000-01-01T00:00:00Z and the microseconds within that second. */
export let tsSeconds = 0;
export let tsMicros = 0;

/**
 * A timestamp already accepted by isDateTimeAt, as PostgreSQL's timestamptz would store it (tsSeconds,
 * tsMicros). False when its binary form is not certain: year 0, second 60, more than 6 fraction digits
 * (PostgreSQL rounds), an offset past ±15:59, or no offset unless the session zone is UTC.
 */
export function timestampAt(b: Buffer, s: number, e: number, zonelessUtc: boolean): boolean {
  const days = pgDaysAt(b, s);
  if (Number.isNaN(days)) return false;
  let secs = days * 86400 + num(b, s + 11, 2) * 3600 + num(b, s + 14, 2) * 60;
  let micros = 0;
  let i = s + 16;
  if (i < e && b[i] === 0x3a) {
    const sec = num(b, i + 1, 2);
    if (sec >= 60) return false;
    secs += sec;
    i += 3;
    if (i < e && b[i] === 0x2e) {
      i++;
      let n = 0;
      while (i < e && b[i]! >= 0x30 && b[i]! <= 0x39) {
        if (++n > 6) return false;
        micros = micros * 10 + (b[i]! - 0x30);
        i++;
      }
      for (; n < 6; n++) micros *= 10;
    }
  }
  if (i === e) {
    if (!zonelessUtc) return false;
  } else {
    const z = b[i]!;
    if (z === 0x2b || z === 0x2d) {
      const h = num(b, i + 1, 2);
      i += 3;
      let m = 0;
      if (i < e) {
        if (b[i] === 0x3a) i++;
        m = num(b, i, 2);
      }
      if (h > 15 || m > 59) return false;
      secs += (z === 0x2b ? -1 : 1) * (h * 3600 + m * 60);
    }
  }
  tsSeconds = secs;
  tsMicros = micros;
  return true;
}

export function putInt32(out: Buffer, pos: number, v: number): number {
  out[pos] = v >>> 24;
  out[pos + 1] = v >>> 16;
  out[pos + 2] = v >>> 8;
  out[pos + 3] = v;
  return pos + 4;
}

/** An integer of magnitude below 2^53 as int64. */
export function putInt64(out: Buffer, pos: number, v: number): number {
  const hi = Math.floor(v / 4294967296);
  return putInt32(out, putInt32(out, pos, hi), v - hi * 4294967296);
}

/** A timestamptz field (length included) from seconds and microseconds since 2000-01-01Z. */
export function putTimestamp(out: Buffer, pos: number, secs: number, micros: number): number {
  pos = putInt32(out, pos, 8);
  // exact as a double within ±9e9 s (about ±285 years of 2000); beyond, in BigInt
  if (secs > -9e9 && secs < 9e9) return putInt64(out, pos, secs * 1e6 + micros);
  out.writeBigInt64BE(BigInt(secs) * 1000000n + BigInt(micros), pos);
  return pos + 8;
}

const INT64_MIN = -9223372036854775808n;
const INT64_MAX = 9223372036854775807n;

/** An integer token [s, e) fits int64 (the text path would report it out of range otherwise). */
export function int64Fits(b: Buffer, s: number, e: number): boolean {
  if (e - s <= 18) return true;
  const v = BigInt(b.toString('latin1', s, e));
  return v >= INT64_MIN && v <= INT64_MAX;
}

/** A bigint field (length included) from an integer token already checked by int64Fits. */
export function putInt64Token(b: Buffer, s: number, e: number, out: Buffer, pos: number): number {
  pos = putInt32(out, pos, 8);
  const neg = b[s] === 0x2d;
  const i = neg ? s + 1 : s;
  if (e - i <= 15) {
    let v = 0;
    for (let k = i; k < e; k++) v = v * 10 + (b[k]! - 0x30);
    return putInt64(out, pos, neg ? -v : v);
  }
  if (e - i > 18) {
    out.writeBigInt64BE(BigInt(b.toString('latin1', s, e)), pos);
    return pos + 8;
  }
  // 16-18 digits: hi·10^9 + lo, split into two 32-bit words with every intermediate below 2^53 (no BigInt)
  const mid = e - 9;
  let hi = 0;
  for (let k = i; k < mid; k++) hi = hi * 10 + (b[k]! - 0x30);
  let lo = 0;
  for (let k = mid; k < e; k++) lo = lo * 10 + (b[k]! - 0x30);
  const hh = Math.floor(hi / 65536); // hi·10^9 = hh·10^9·2^16 + (hi mod 2^16)·10^9
  const a = (hi - hh * 65536) * 1e9 + lo; // < 2^47
  const bb = hh * 1e9; // < 2^44
  const bh = Math.floor(bb / 65536);
  const c = (bb - bh * 65536) * 65536 + a; // < 2^48
  const carry = Math.floor(c / 4294967296);
  let w1 = bh + carry;
  let w0 = c - carry * 4294967296;
  if (neg) {
    // two's complement: invert and add one (putInt32 keeps the low 32 bits of a negative word)
    if (w0 === 0) w1 = -w1;
    else {
      w0 = 4294967296 - w0;
      w1 = -w1 - 1;
    }
  }
  return putInt32(out, putInt32(out, pos, w1), w0);
}

/**
 * A JSON number token [s, e) whose numeric binary form is certain: no exponent beyond ±1000 and at most 1000
 * characters (numeric_in's own limits are near; the text path lets the server judge those).
 */
export function numericFits(b: Buffer, s: number, e: number): boolean {
  if (e - s > 1000) return false;
  for (let k = s; k < e; k++) {
    const c = b[k]!;
    if (c === 0x65 || c === 0x45) {
      const neg = b[k + 1] === 0x2d;
      let x = 0;
      for (let j = k + (b[k + 1] === 0x2d || b[k + 1] === 0x2b ? 2 : 1); j < e; j++) {
        x = x * 10 + (b[j]! - 0x30);
        if (x > 1000) return false;
      }
      return neg || x <= 1000;
    }
  }
  return true;
}

/** Bytes a numeric field may take at most for a token of n characters (length word included). */
export function numericMaxBytes(n: number): number {
  return 12 + 2 * (Math.ceil((n + 3) / 4) + 1);
}

/**
 * A numeric field (length included) from a JSON number token, as numeric_in would store it: the same
 * digits, and a display scale of the fraction digits less the exponent (`1.50` keeps scale 2, `1e3` has 0).
 * One pass over the digits: base-10000 groups go straight into `out` from the first non-zero one, and the
 * header (digit count, weight, sign, scale) is written last; `out` has numericMaxBytes of room at `pos`.
 */
export function putNumeric(b: Buffer, s: number, e: number, out: Buffer, pos: number): number {
  let i = s;
  const neg = b[i] === 0x2d;
  if (neg) i++;
  const intStart = i;
  while (i < e && b[i]! >= 0x30 && b[i]! <= 0x39) i++;
  const intEnd = i;
  let fracStart = i;
  let fracEnd = i;
  if (i < e && b[i] === 0x2e) {
    fracStart = ++i;
    while (i < e && b[i]! >= 0x30 && b[i]! <= 0x39) i++;
    fracEnd = i;
  }
  if (i === e) return putDecimal(b, s, fracStart > intEnd ? intEnd : e, e, out, pos);
  let exp = 0;
  if (i < e) {
    i++; // e / E
    const en = b[i] === 0x2d;
    if (en || b[i] === 0x2b) i++;
    for (; i < e; i++) exp = exp * 10 + (b[i]! - 0x30);
    if (en) exp = -exp;
  }
  const dscale = Math.max(0, fracEnd - fracStart - exp);
  const P = intEnd - intStart + exp; // digits before the decimal point
  const pad = ((-P % 4) + 4) % 4; // zeros in front so base-10000 groups align with the point
  const at = pos + 12; // the first group's bytes
  let g = 0; // groups completed
  let first = -1; // first and last non-zero group
  let last = -1;
  let v = 0;
  let k = pad;
  for (let part = 0; part < 2; part++) {
    const z = part === 0 ? intEnd : fracEnd;
    for (let q = part === 0 ? intStart : fracStart; q < z; q++) {
      v = v * 10 + (b[q]! - 0x30);
      if (++k === 4) {
        if (v !== 0) {
          if (first < 0) first = g;
          last = g;
        }
        if (first >= 0) {
          const w = at + 2 * (g - first);
          out[w] = v >>> 8;
          out[w + 1] = v;
        }
        g++;
        v = 0;
        k = 0;
      }
    }
  }
  if (k > 0 && v !== 0) {
    v *= FILL[k]!;
    if (first < 0) first = g;
    last = g;
    const w = at + 2 * (g - first);
    out[w] = v >>> 8;
    out[w + 1] = v;
  }
  const ndigits = first < 0 ? 0 : last - first + 1;
  return numericHeader(out, pos, ndigits, first < 0 ? 0 : (P + pad) / 4 - 1 - first, neg, dscale);
}

/**
 * A numeric field's length word and header before its `ndigits` groups (already at pos + 12); returns the field's
 * end. Zero: no digits, weight 0, positive (numeric_in drops the sign of -0), the scale kept.
 */
function numericHeader(out: Buffer, pos: number, ndigits: number, weight: number, neg: boolean, dscale: number): number {
  pos = putInt32(out, pos, 8 + 2 * ndigits);
  out[pos++] = ndigits >>> 8;
  out[pos++] = ndigits;
  out[pos++] = (ndigits === 0 ? 0 : weight >>> 8) & 0xff;
  out[pos++] = ndigits === 0 ? 0 : weight & 0xff;
  out[pos++] = neg && ndigits > 0 ? 0x40 : 0;
  out[pos++] = 0;
  out[pos++] = dscale >>> 8;
  out[pos++] = dscale;
  return pos + 2 * ndigits;
}

/** The factor that completes a group of k < 4 leading digits (k = 1: ×1000). */
const FILL = [1, 1000, 100, 10];

/** Four ASCII digits' value is their bytes weighted 1000/100/10/1 less this. */
const ZEROS4 = 0x30 * 1111;

/**
 * putNumeric for a plain decimal token `-?digits(.digits)?` (no exponent) whose point is at `dot` (`e` when it
 * has none), as the fast path's scan found it: groups of four digits read at once, aligned on the point, so
 * the digits are walked once (about half the cost of the general form on bench:target's numeric shape).
 */
export function putDecimal(b: Buffer, s: number, dot: number, e: number, out: Buffer, pos: number): number {
  const neg = b[s] === 0x2d;
  const fracStart = dot < e ? dot + 1 : e;
  const dscale = e - fracStart;
  const at = pos + 12; // the first group's bytes
  let w = at;
  let lastEnd = at; // after the last non-zero group written
  let first = -1; // first non-zero group
  let g = 0;
  let q = neg ? s + 1 : s;
  // integer part: first a leading group of (length mod 4) digits
  let r = (dot - q) & 3;
  if (r !== 0) {
    let v = 0;
    for (; r > 0; r--) v = v * 10 + (b[q++]! - 0x30);
    if (v !== 0) {
      first = 0;
      out[w++] = v >>> 8;
      out[w++] = v;
      lastEnd = w;
    }
    g++;
  }
  // then the integer part's groups of four, and the fraction's (the rest of it filled with zeros below)
  const full = fracStart + ((e - fracStart) & ~3);
  let intGroups = 0;
  for (let part = 0; part < 2; part++) {
    const end = part === 0 ? dot : full;
    if (part === 1) {
      intGroups = g;
      q = fracStart;
    }
    for (; q < end; q += 4, g++) {
      const v = b[q]! * 1000 + b[q + 1]! * 100 + b[q + 2]! * 10 + b[q + 3]! - ZEROS4;
      if (first < 0) {
        if (v === 0) continue;
        first = g;
      }
      out[w++] = v >>> 8;
      out[w++] = v;
      if (v !== 0) lastEnd = w;
    }
  }
  if (q < e) {
    let v = 0;
    const k = e - q;
    for (; q < e; q++) v = v * 10 + (b[q]! - 0x30);
    v *= FILL[k]!;
    if (v !== 0) {
      if (first < 0) first = g;
      out[w++] = v >>> 8;
      out[w++] = v;
      lastEnd = w;
    }
  }
  return numericHeader(out, pos, (lastEnd - at) >> 1, intGroups - 1 - first, neg, dscale);
}

/** The 16 bytes of a UUID written as 8-4-4-4-12 hex. */
export function uuidBytes(text: string): Buffer {
  return Buffer.from(text.replace(/-/g, ''), 'hex');
}

/** A date field (length included) from days since 2000-01-01. */
export function putDate(out: Buffer, pos: number, days: number): number {
  return putInt32(out, putInt32(out, pos, 4), days);
}

/** Days from 1970-01-01 → [year, month, day] (proleptic Gregorian; H. Hinnant's civil_from_days, integers only). */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

/** Days from 1970-01-01 → `YYYY-MM-DD`. */
export function civilDate(days: number): string {
  const [y, m, d] = civilFromDays(days);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Days since 2000-01-01 (a date field's value) → `YYYY-MM-DD`. */
export function pgDateText(days: number): string {
  return civilDate(days + PG_EPOCH_DAYS);
}

/** A timestamptz's 8 bytes at p (microseconds since 2000-01-01Z) → `YYYY-MM-DDTHH:MM:SS.ffffffZ`. */
export function pgTimestampText(b: Buffer, p: number): string {
  const us = b.readBigInt64BE(p);
  const days = us >= 0n ? us / 86400000000n : -((-us + 86399999999n) / 86400000000n);
  const rest = Number(us - days * 86400000000n);
  const secs = Math.floor(rest / 1e6);
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${pgDateText(Number(days))}T${two(Math.floor(secs / 3600))}:${two(Math.floor(secs / 60) % 60)}:${two(secs % 60)}` +
    `.${String(rest % 1e6).padStart(6, '0')}Z`
  );
}

/** A numeric field's bytes b[p, p + len) → its text as numeric_out writes it (NaN and infinities by name). */
export function pgNumericText(b: Buffer, p: number, len: number): string {
  const ndigits = b.readInt16BE(p);
  const weight = b.readInt16BE(p + 2);
  const sign = b.readUInt16BE(p + 4);
  const dscale = b.readUInt16BE(p + 6);
  if (len !== 8 + 2 * ndigits || ndigits < 0) throw new Error(`a numeric field of ${len} bytes holds ${ndigits} digits`);
  if (sign === 0xc000) return 'NaN';
  if (sign === 0xd000) return 'Infinity';
  if (sign === 0xf000) return '-Infinity';
  const digit = (i: number) => (i >= 0 && i < ndigits ? b.readUInt16BE(p + 8 + 2 * i) : 0);
  let int = '';
  for (let i = 0; i <= weight; i++) int += i === 0 ? String(digit(i)) : String(digit(i)).padStart(4, '0');
  if (int === '') int = '0';
  let frac = '';
  for (let i = weight + 1; frac.length < dscale; i++) frac += String(digit(i)).padStart(4, '0');
  frac = frac.slice(0, dscale);
  const zero = /^0*$/.test(int + frac);
  return (sign === 0x4000 && !zero ? '-' : '') + int + (dscale > 0 ? '.' + frac : '');
}
