// One decoded value as the JSON token a record carries: shared by the engine's row encoder and the COPY
// transcoder's general path (copy-json.ts), so both write the same bytes for the same value.
import { Decimal, stringifyExact } from '../../kit/singer/decimal.js';

// a string can be copied between quotes as it is unless it holds a quote, a backslash, a control character or a surrogate
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

export function encodeValue(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return NEEDS_ESCAPE.test(v) ? JSON.stringify(v) : '"' + v + '"';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Decimal) return v.text;
  return stringifyExact(v);
}
