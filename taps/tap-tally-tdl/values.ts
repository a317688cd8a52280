// Tally value conventions (shared/sources/tally.md, "Value conventions"): each parser takes the leaf as
// fast-xml-parser returns it and throws TallyValueError naming what it could not read.
import { RESERVED_MARK, type TallyNode } from './xml-objects.js';

export class TallyValueError extends Error {
  override name = 'TallyValueError';
}

type Leaf = unknown;

/** Text of a leaf: a string, or `#text` of a leaf that kept attributes (Due Date JD/P); '' when absent. */
export function text(v: Leaf): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && '#text' in (v as object)) return String((v as Record<string, unknown>)['#text']);
  if (typeof v === 'object') return '';
  return String(v);
}

/** A name with Tally's reserved marker removed; empty → null. */
export function str(v: Leaf): string | null {
  const s = text(v).replace(RESERVED_MARK, '').trim();
  return s === '' ? null : s;
}

/** True when the value is a reserved (system) name such as `&#4; Primary`. */
export function isReserved(v: Leaf): boolean {
  return text(v).trimStart().startsWith(RESERVED_MARK);
}

/** A parent/category reference: system roots (`&#4; Primary`, `&#4; Not Applicable`) mean "none" → null. */
export function parent(v: Leaf): string | null {
  return isReserved(v) ? null : str(v);
}

const NUM = /^-?\d+(\.\d+)?$/;

function num(s: string, what: string, raw: string): number {
  if (!NUM.test(s)) throw new TallyValueError(`${what} "${raw}" is not a number`);
  return Number(s);
}

/** Number leaf: `" 1187"` → 1187; empty → null. */
export function number(v: Leaf, what = 'number'): number | null {
  const s = text(v).trim();
  return s === '' ? null : num(s, what, s);
}

/**
 * Amount: negative = debit, positive = credit, as Tally writes it. A forex amount carries the base-currency
 * value after `=` (`-100.00 USD @ 3.67/USD = -367.00`); currency symbols and thousands separators are dropped.
 */
export function amount(v: Leaf, what = 'amount'): number | null {
  const raw = text(v).trim();
  if (raw === '') return null;
  // separators and currency symbols go; letters stay, so garbage fails instead of turning into a number
  const s = (raw.includes('=') ? raw.slice(raw.lastIndexOf('=') + 1) : raw).replace(/[\s,]/g, '').replace(/[^\d.\-A-Za-z]/g, '');
  return num(s, what, raw);
}

/** Quantity `" 10.00 Nos"` → { value: 10, unit: 'Nos' } (unsigned as Tally writes it; callers sign it). */
export function quantity(v: Leaf, what = 'quantity'): { value: number | null; unit: string | null } {
  const raw = text(v).trim();
  if (raw === '') return { value: null, unit: null };
  const m = raw.match(/^(-?[\d,]*\.?\d+)\s*(.*)$/);
  if (!m) throw new TallyValueError(`${what} "${raw}" is not a quantity`);
  // compound units ("10.00 Box = 100 Nos") keep the first unit
  return { value: num(m[1]!.replace(/,/g, ''), what, raw), unit: m[2]!.split('=')[0]!.trim() || null };
}

/** Rate `"12.50/Nos"` → { value: 12.5, unit: 'Nos' }; a forex rate takes the part after `=`. */
export function rate(v: Leaf, what = 'rate'): { value: number | null; unit: string | null } {
  const raw = text(v).trim();
  if (raw === '') return { value: null, unit: null };
  const s = raw.includes('=') ? raw.slice(raw.lastIndexOf('=') + 1).trim() : raw;
  const [n, unit] = s.split('/');
  return { value: num(n!.replace(/[^\d.-]/g, ''), what, raw), unit: unit?.trim() || null };
}

/** Date `20240401` → `2024-04-01`; empty → null. */
export function date(v: Leaf, what = 'date'): string | null {
  const s = text(v).trim();
  if (s === '') return null;
  const m = s.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (!m) throw new TallyValueError(`${what} "${s}" is not a YYYYMMDD date`);
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  if (d.getUTCMonth() !== +m[2]! - 1 || d.getUTCDate() !== +m[3]!) throw new TallyValueError(`${what} "${s}" is not a calendar date`);
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Logical `Yes`/`No` → boolean; empty → null. */
export function logical(v: Leaf, what = 'logical'): boolean | null {
  const s = text(v).trim().toLowerCase();
  if (s === '') return null;
  if (s === 'yes') return true;
  if (s === 'no') return false;
  throw new TallyValueError(`${what} "${text(v)}" is not Yes/No`);
}

/** Due Date `"30 Days"` → 30; a JD-only leaf or empty → null. */
export function dueDays(v: Leaf): number | null {
  const m = text(v).trim().match(/^(\d+)\s*Days?$/i);
  return m ? Number(m[1]) : null;
}

/** Plain-value list (`ADDRESS.LIST > ADDRESS`) joined with newlines. */
export function list(v: Leaf, inner: string): string | null {
  const items = (Array.isArray(v) ? v : v ? [v] : []).flatMap((l) => {
    const x = (l as TallyNode)[inner];
    return Array.isArray(x) ? x : x === undefined ? [] : [x];
  });
  const s = items.map((x) => str(x)).filter((x): x is string => x !== null).join('\n');
  return s === '' ? null : s;
}

/** Child `.LIST` elements of a node, always as an array. */
export function children(node: TallyNode, tag: string): TallyNode[] {
  const v = node[`${tag}.LIST`];
  return Array.isArray(v) ? (v as TallyNode[]) : v ? [v as TallyNode] : [];
}
