// One configured ajv for the project (taps, target, codegen): lenient keywords, strict formats, quiet on stdout.
import { createRequire } from 'node:module';
import type { Ajv as AjvClass, ValidateFunction } from 'ajv';
import type { FormatsPlugin } from 'ajv-formats';
import { isMultipleOf } from './decimal-text.js';
import { Decimal } from './decimal.js';
import { dayExists } from './pg-binary.js';

// ajv and ajv-formats are CommonJS with a `default` export that NodeNext typing does not see; require them.
const require = createRequire(import.meta.url);
const Ajv = (require('ajv') as { default: typeof AjvClass }).default;
const addFormats = (require('ajv-formats') as { default: FormatsPlugin }).default;

export type { ValidateFunction };
export type AjvInstance = AjvClass;

/** Singer taps often send date-times without a zone; PostgreSQL reads both forms, so both validate. */
export const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/i;

// the calendar, shared with the byte-level date checks (pg-binary.ts, a module with no dependencies)
export { DAYS_IN_MONTH, isLeapYear } from './pg-binary.js';

/** ISO date-time (zone optional) whose fields are in range, Feb 29 only in leap years. No Date.parse: hot path. */
export function isDateTime(s: string): boolean {
  if (!DATE_TIME.test(s)) return false;
  const y = +s.slice(0, 4);
  if (y === 0) return false; // no year 0 in PostgreSQL's calendar (1 BC precedes AD 1): refused as a value, not at COPY
  if (!dayExists(y, +s.slice(5, 7), +s.slice(8, 10))) return false;
  if (+s.slice(11, 13) > 23 || +s.slice(14, 16) > 59) return false;
  if (s.length >= 19 && s.charCodeAt(16) === 58 && +s.slice(17, 19) > 60) return false;
  // RFC 3339 allows offsets to ±23:59, PostgreSQL ±15:59 (no zone has ever been further from UTC than ±14:00): a
  // further one is this record's error, not a COPY failure of the whole load
  const offset = OFFSET_AT_END.exec(s.slice(16));
  return !offset || (+offset[1]! <= 15 && +(offset[2] ?? 0) <= 59);
}
const OFFSET_AT_END = /[+-](\d{2}):?(\d{2})?$/;

/**
 * `format: time` as taps send it: H:MM:SS or HH:MM:SS, optional fraction, optional offset (MeltanoLabs
 * tap-postgres writes `23:59:59.999999`, pipelinewise tap-mysql `0:00:00`; RFC 3339's full-time adds an
 * offset). 24:00:00 is end of day, as in PostgreSQL's time. A MySQL TIME beyond a day (`1 day, 1:00:00`) is
 * a duration, not a time of day: it does not match.
 */
export const TIME = /^(\d{1,2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}(:?\d{2})?)?$/i;

const CLOCK_OFFSET = /^(\d{1,2}):(\d{2})(:\d{2}(?:\.\d+)?)?(?:z|([+-])(\d{2}):?(\d{2})?)$/i;

/**
 * A time of day with an offset as its UTC time of day (`10:00:00+02:00` → `08:00:00`, `00:30-01:00` →
 * `01:30`), as a date-time with an offset is stored as its instant: PostgreSQL's time drops an offset and
 * DuckDB's refuses one. Seconds and fraction stay as sent, the offset goes; a time without an offset is returned
 * unchanged (read as UTC, as a date-time without one is). The value is assumed checked (`isTime` or the caller's own).
 */
export function utcTimeOfDay(s: string): string {
  const m = CLOCK_OFFSET.exec(s);
  if (!m) return s;
  const shift = m[4] ? (m[4] === '-' ? -1 : 1) * (+m[5]! * 60 + +(m[6] ?? 0)) : 0;
  if (shift === 0) return `${m[1]}:${m[2]}${m[3] ?? ''}`; // Z, +00:00: already UTC (24:00:00Z stays the end of the day)
  const minutes = (((+m[1]! * 60 + +m[2]! - shift) % 1440) + 1440) % 1440;
  const h = Math.floor(minutes / 60);
  const min = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${min < 10 ? '0' : ''}${min}${m[3] ?? ''}`;
}

/** `format: date`: YYYY-MM-DD naming a real day, year 0001 on (no year 0 in PostgreSQL's calendar). */
export function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const y = +s.slice(0, 4);
  return y !== 0 && dayExists(y, +s.slice(5, 7), +s.slice(8, 10));
}

export function isTime(s: string): boolean {
  const m = TIME.exec(s);
  if (!m) return false;
  const h = +m[1]!;
  const min = +m[2]!;
  const sec = +m[3]!;
  if (h === 24) return min === 0 && sec === 0 && !/[1-9]/.test(m[4] ?? '');
  return h <= 23 && min <= 59 && sec <= 60;
}

/** The lossless twin (numbers as sent, see json.ts) of each record being validated, for exact keywords. */
const twins = new WeakMap<object, unknown>();

/** Validate `record` with its lossless twin at hand (multipleOf then reads numbers as the tap wrote them). */
export function validateExact(validate: ValidateFunction, record: object, lossless: object | undefined): boolean {
  if (!lossless) return validate(record) as boolean;
  twins.set(record, lossless);
  try {
    return validate(record) as boolean;
  } finally {
    twins.delete(record);
  }
}

/** The sent text of the number at `path` (a JSON pointer) in the twin of `root`, or the double's own text. */
function sentText(data: number, root: unknown, path: string): string {
  let node = typeof root === 'object' && root !== null ? twins.get(root) : undefined;
  if (node !== undefined && path) {
    for (const part of path.slice(1).split('/')) {
      if (typeof node !== 'object' || node === null) {
        node = undefined;
        break;
      }
      node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
  }
  return node instanceof Decimal ? node.text : String(data);
}

interface KeywordCxt {
  instancePath: string;
  rootData: unknown;
}

/** multipleOf, decided exactly on decimal text (ajv's own divides doubles: 0.07 would not be a multiple of 0.01). */
function exactMultipleOf(this: unknown, step: number, data: number, _parent: unknown, cxt?: KeywordCxt): boolean {
  const self = exactMultipleOf as unknown as { errors?: unknown[] };
  if (isMultipleOf(sentText(data, cxt?.rootData, cxt?.instancePath ?? ''), String(step))) return true;
  self.errors = [{ keyword: 'multipleOf', message: `must be multiple of ${step}`, params: { multipleOf: step } }];
  return false;
}

export function createAjv(
  warn: (m: string) => void = (m) => process.stderr.write(`${m}\n`),
  extra: Record<string, unknown> = {},
): AjvInstance {
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    validateSchema: false,
    logger: { log: () => undefined, warn: (m: unknown) => warn(String(m)), error: (m: unknown) => warn(String(m)) },
    ...extra,
  });
  addFormats(ajv);
  ajv.addFormat('date-time', { type: 'string', validate: isDateTime });
  ajv.addFormat('date', { type: 'string', validate: isDate });
  ajv.addFormat('time', { type: 'string', validate: isTime });
  ajv.removeKeyword('multipleOf');
  ajv.addKeyword({ keyword: 'multipleOf', type: 'number', schemaType: 'number', errors: true, validate: exactMultipleOf });
  return ajv;
}
