// PostgreSQL's COPY text format decoded into record values, as the cursor path decodes the same columns:
// tab-separated fields, `\N` for NULL, backslash escapes (COPY TO writes \b \f \n \r \t \v \\).
import { parse as parseArray } from 'postgres-array';
import type { MappedType } from './dialect.js';
import { decodeText, decodeInt, decodeDecimal, decodeFloat } from './values.js';

export function decodeArray(text: string, element: MappedType['kind']): unknown[] {
  const conv = (s: string) =>
    element === 'int'
      ? decodeInt(s)
      : element === 'decimal'
        ? decodeDecimal(s)
        : element === 'float'
          ? decodeFloat(s)
          : element === 'bool'
            ? s === 't'
            : s;
  return parseArray(text, conv) as unknown[];
}

const UNESCAPE: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** One non-NULL field's text (still escaped) decoded as a value of `kind`. */
export function decodeCopyField(v: string, kind: MappedType['kind'], element: MappedType['kind']): unknown {
  if (v.includes('\\')) v = v.replace(/\\(.)/g, (_, c: string) => UNESCAPE[c] ?? c);
  if (kind === 'text' || kind === 'time' || kind === 'interval') return v;
  if (kind === 'binary') return Buffer.from(v.slice(2), 'hex').toString('base64');
  if (kind === 'array') return decodeArray(v, element);
  return decodeText(kind, v);
}

/** One line of COPY text format decoded as the cursor path decodes the same columns. */
export function decodeCopyLine(line: string, kinds: MappedType['kind'][], elements: MappedType['kind'][]): unknown[] {
  const fields = line.split('\t');
  if (fields.length !== kinds.length) throw new Error(`COPY row has ${fields.length} fields, expected ${kinds.length}`);
  const row: unknown[] = new Array(kinds.length);
  for (let i = 0; i < kinds.length; i++) {
    const v = fields[i]!;
    row[i] = v === '\\N' ? null : decodeCopyField(v, kinds[i]!, elements[i]!);
  }
  return row;
}
