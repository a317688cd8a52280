// One configured ajv for the project (taps, target, codegen): lenient keywords, strict formats, quiet on stdout.
import { createRequire } from 'node:module';
import type { Ajv as AjvClass, ValidateFunction } from 'ajv';
import type { FormatsPlugin } from 'ajv-formats';

// ajv and ajv-formats are CommonJS with a `default` export that NodeNext typing does not see; require them.
const require = createRequire(import.meta.url);
const Ajv = (require('ajv') as { default: typeof AjvClass }).default;
const addFormats = (require('ajv-formats') as { default: FormatsPlugin }).default;

export type { ValidateFunction };
export type AjvInstance = AjvClass;

/** Singer taps often send date-times without a zone; PostgreSQL reads both forms, so both validate. */
export const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/i;

/** Days per month, February as in a leap year (check Feb 29 with isLeapYear). */
export const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** ISO date-time (zone optional) whose fields are in range, Feb 29 only in leap years. No Date.parse: hot path. */
export function isDateTime(s: string): boolean {
  if (!DATE_TIME.test(s)) return false;
  const y = +s.slice(0, 4);
  const m = +s.slice(5, 7);
  const d = +s.slice(8, 10);
  if (m < 1 || m > 12 || d < 1 || d > DAYS_IN_MONTH[m - 1]!) return false;
  if (m === 2 && d === 29 && !isLeapYear(y)) return false;
  if (+s.slice(11, 13) > 23 || +s.slice(14, 16) > 59) return false;
  return s.length < 19 || s.charCodeAt(16) !== 58 || +s.slice(17, 19) <= 60;
}

export function createAjv(warn: (m: string) => void = (m) => process.stderr.write(`${m}\n`), extra: Record<string, unknown> = {}): AjvInstance {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: { log: () => undefined, warn: (m: unknown) => warn(String(m)), error: (m: unknown) => warn(String(m)) }, ...extra });
  addFormats(ajv);
  ajv.addFormat('date-time', { type: 'string', validate: isDateTime });
  return ajv;
}
