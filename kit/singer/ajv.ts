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

export function createAjv(warn: (m: string) => void = (m) => process.stderr.write(`${m}\n`), extra: Record<string, unknown> = {}): AjvInstance {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: { log: () => undefined, warn: (m: unknown) => warn(String(m)), error: (m: unknown) => warn(String(m)) }, ...extra });
  addFormats(ajv);
  ajv.addFormat('date-time', { type: 'string', validate: (s: string) => DATE_TIME.test(s) && !Number.isNaN(Date.parse(s.replace(' ', 'T'))) });
  return ajv;
}
