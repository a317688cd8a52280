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

/**
 * A reference to another object (parent, category, unit, batch): Tally's reserved names there (`&#4; Primary`,
 * `&#4; Not Applicable`, `&#4; Any`) mean "none" → null.
 */
export function parent(v: Leaf): string | null {
  return isReserved(v) ? null : str(v);
}

const INT = /^-?\d+$/;

/** Number leaf (AlterID, MasterID, counts): `" 1187"` → 1187; empty → null. Integers only (all far below 2^53). */
export function number(v: Leaf, what = 'number'): number | null {
  const s = text(v).trim();
  if (s === '') return null;
  if (!INT.test(s) || !Number.isSafeInteger(Number(s))) throw new TallyValueError(`${what} "${s}" is not a whole number`);
  return Number(s);
}

// A magnitude as Tally writes or prints it: plain digits, Indian grouping (1,50,000.00; 12,34,56,789) or
// Western grouping (150,000.00), the scale as printed. Commas elsewhere (1,5,000) mean a garbled value.
const PLAIN = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
const INDIAN = /^\d{1,2}(?:,\d{2})*,\d{3}(?:\.\d+)?$/;
const WESTERN = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DR_CR = /\s*(Dr|Cr)\.?$/i;
// a currency symbol (₹, $, €…) printed before or after the number
const SYMBOL_BEFORE = /^\p{Sc}\s*/u;
const SYMBOL_AFTER = /\s*\p{Sc}$/u;

function magnitude(s: string): string | null {
  let m: string;
  if (PLAIN.test(s)) m = s;
  else if (INDIAN.test(s) || WESTERN.test(s)) m = s.replace(/,/g, '');
  else return null;
  if (m.startsWith('.')) m = '0' + m;
  if (m.endsWith('.')) m = m.slice(0, -1);
  return m;
}

/**
 * A signed decimal as Tally writes or prints it, as exact text (never a JS number): `-110000.00`,
 * `(-)1,000.00`, `1,50,000.00 Dr`, `₹ 5,00,000.00 Cr`. The warehouse's sign convention is Tally's XML one:
 * negative = debit, positive = credit. So `Dr` makes the value negative and `Cr` keeps it positive; a printed
 * minus (`-` or Tally's `(-)`) negates what it is written on, so `(-)1,000.00 Cr`, a negative credit, is the
 * debit `-1000.00`, and `(-)1,000.00 Dr` the credit `1000.00`. Returns null for an empty leaf; throws
 * TallyValueError naming the value otherwise.
 */
export function signedDecimal(raw: string, what: string, kind = 'an amount'): string | null {
  let s = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  if (s === '') return null;
  let negative = false;
  const drCr = s.match(DR_CR);
  if (drCr && drCr.index! > 0) {
    s = s.slice(0, drCr.index).trim();
    if (drCr[1]!.toLowerCase() === 'dr') negative = true;
  }
  s = s.replace(SYMBOL_AFTER, '').replace(SYMBOL_BEFORE, '');
  if (s.startsWith('(-)')) {
    negative = !negative;
    s = s.slice(3).trim();
  } else if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1).trim();
  }
  s = s.replace(SYMBOL_BEFORE, '');
  const m = magnitude(s);
  if (m === null) throw new TallyValueError(`${what} "${raw.trim()}" is not ${kind}`);
  return negative && /[1-9]/.test(m) ? '-' + m : m;
}

/** `-x` of a decimal text (`"12.50"` → `"-12.50"`); zero stays unsigned. */
export function negate(d: string): string {
  if (d.startsWith('-')) return d.slice(1);
  return /[1-9]/.test(d) ? '-' + d : d;
}

/**
 * Amount (Tally's sign convention: negative = debit, positive = credit; see signedDecimal for the printed
 * forms). A forex amount carries the base-currency value after `=` (`-100.00 USD @ 3.67/USD = -367.00`).
 */
export function amount(v: Leaf, what = 'amount'): string | null {
  const raw = text(v);
  if (!raw.includes('=')) return signedDecimal(raw, what);
  const s = raw.slice(raw.lastIndexOf('=') + 1);
  if (s.trim() === '') throw new TallyValueError(`${what} "${raw.trim()}" is not an amount (nothing after "=")`);
  const base = signedDecimal(s, what);
  // the forex string's shape is unverified (fact sheet): a foreign amount signed one way and a base value the
  // other is a contradiction to report, not to settle by taking the base value's sign
  const at = raw.indexOf('@');
  const foreign = raw.slice(0, at >= 0 ? at : raw.indexOf('=')).trim();
  const minus = /^[^\d]*?(\(-\)|-)/.test(foreign);
  const drCr = /\b(Dr|Cr)\.?$/i.exec(foreign)?.[1]?.toLowerCase();
  // an unsigned foreign amount says nothing (the Dr/Cr of `$ 100.00 @ ₹ 83.25/$ = ₹ 8,325.00 Dr` is the base value's)
  if (
    (minus || drCr) &&
    base !== null &&
    /[1-9]/.test(base) &&
    /[1-9]/.test(foreign) &&
    (minus !== (drCr === 'dr')) !== base.startsWith('-')
  )
    throw new TallyValueError(`${what} "${raw.trim()}": the foreign amount and the base-currency value after "=" have opposite signs`);
  return base;
}

/** Quantity `" 10.00 Nos"` → { value: '10.00', unit: 'Nos' } (unsigned as Tally writes it; callers sign it). */
export function quantity(v: Leaf, what = 'quantity'): { value: string | null; unit: string | null } {
  const raw = text(v).trim();
  if (raw === '') return { value: null, unit: null };
  // compound units ("10.00 Box = 100 Nos") keep the first unit
  const m = raw
    .split('=')[0]!
    .trim()
    .match(/^((?:\(-\)|-)?\s*[\d,]*\.?\d*)\s*(.*)$/);
  if (!m || !/\d/.test(m[1]!)) throw new TallyValueError(`${what} "${raw}" is not a quantity`);
  return { value: signedDecimal(m[1]!, what, 'a quantity'), unit: m[2]!.trim() || null };
}

/** Rate `"12.50/Nos"` → { value: '12.50', unit: 'Nos' }; a forex rate takes the part after `=`. */
export function rate(v: Leaf, what = 'rate'): { value: string | null; unit: string | null } {
  const raw = text(v).trim();
  if (raw === '') return { value: null, unit: null };
  const s = raw.includes('=') ? raw.slice(raw.lastIndexOf('=') + 1).trim() : raw;
  const slash = s.indexOf('/');
  const n = slash < 0 ? s : s.slice(0, slash);
  return { value: signedDecimal(n, what, 'a rate'), unit: slash < 0 ? null : s.slice(slash + 1).trim() || null };
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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A day as an aggregate collection groups it (BY `$Date`): `20240401`, or the display form the reference loader
 * reads, `1-Apr-24` / `1-Apr-2024` → `2024-04-01`; empty → null. A two-digit year is 20yy below 80, else 19yy.
 */
export function groupedDay(v: Leaf, what = 'day'): string | null {
  const s = text(v).trim();
  const m = s.match(/^(\d{1,2})-([A-Za-z]{3})-(\d{2}|\d{4})$/);
  if (!m) return date(s, what);
  const month = MONTHS.indexOf(m[2]!.toLowerCase());
  if (month < 0) throw new TallyValueError(`${what} "${s}" is not a date`);
  const yy = Number(m[3]);
  const year = m[3]!.length === 4 ? yy : yy < 80 ? 2000 + yy : 1900 + yy;
  return date(`${String(year).padStart(4, '0')}${String(month + 1).padStart(2, '0')}${m[1]!.padStart(2, '0')}`, what);
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
  const m = text(v)
    .trim()
    .match(/^(\d+)\s*Days?$/i);
  return m ? Number(m[1]) : null;
}

/** Plain-value list (`ADDRESS.LIST > ADDRESS`) joined with newlines. */
export function list(v: Leaf, inner: string): string | null {
  const items = (Array.isArray(v) ? v : v ? [v] : []).flatMap((l) => {
    const x = (l as TallyNode)[inner];
    return Array.isArray(x) ? x : x === undefined ? [] : [x];
  });
  const s = items
    .map((x) => str(x))
    .filter((x): x is string => x !== null)
    .join('\n');
  return s === '' ? null : s;
}

/**
 * Throws TallyValueError when a leaf that holds one value appears more than once (`<ISREVENUE>No</ISREVENUE>
 * <ISREVENUE>Yes</ISREVENUE>`): which one is meant is unknown, and read as one it would silently become null.
 * Repeats are Tally's shape only for `.LIST` elements and the plain values inside `X.LIST` (`X` items).
 */
export function singleLeaves(node: TallyNode, listItem?: string): void {
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@_') || key === '#text') continue;
    const isList = key.endsWith('.LIST');
    if (Array.isArray(value) && !isList && key !== listItem)
      throw new TallyValueError(`<${key}> appears ${value.length} times where one value is expected`);
    const item = isList ? key.slice(0, -'.LIST'.length) : undefined;
    for (const x of Array.isArray(value) ? value : [value]) if (x !== null && typeof x === 'object') singleLeaves(x as TallyNode, item);
  }
}

/** Child `.LIST` elements of a node, always as an array. */
export function children(node: TallyNode, tag: string): TallyNode[] {
  const v = node[`${tag}.LIST`];
  return Array.isArray(v) ? (v as TallyNode[]) : v ? [v as TallyNode] : [];
}
