// Deterministic rows for the OpenDental-shaped source: row i of a table is a pure function of (seed, table, i), so
// any scale is generated as a stream with flat memory and the same seed always builds the same database.
//
// Values are strings (already in the server's literal form), Buffers (BLOB) or null. Zero dates are written as
// MySQL stores them ('0000-00-00'); the PostgreSQL writer turns them into OpenDental's other placeholder, year 1.
import { REF, table, tables, type ColumnSpec, type TableSpec } from './schema.js';

export type Value = string | Buffer | null;

/** 32-bit integer hash (a murmur-style finaliser): cheap, stateless, well mixed. */
function mix(a: number): number {
  a = Math.imul(a ^ (a >>> 16), 0x7feb352d);
  a = Math.imul(a ^ (a >>> 15), 0x846ca68b);
  return (a ^ (a >>> 16)) >>> 0;
}

function nameHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// The sim's calendar: rows are created between these instants (UTC), in primary-key order.
const START = Date.UTC(2019, 0, 1) / 1000;
const END = Date.UTC(2025, 5, 30) / 1000;
/** The instant an OpenDental upgrade added DateTStamp and set it on every existing row (the backfill case). */
export const UPGRADE_AT = '2020-03-14 02:00:00';
// Instants of bulk edits (database maintenance, "set all complete"): many rows share each one.
const BULK = [Date.UTC(2024, 0, 2, 6, 30, 0), Date.UTC(2024, 6, 1, 7, 0, 0), Date.UTC(2025, 2, 3, 5, 15, 0)].map((x) => x / 1000);

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** 'YYYY-MM-DD HH:MM:SS' (UTC) of epoch seconds. */
export function sqlDateTime(s: number): string {
  const d = new Date(s * 1000);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

export const ZERO_DATE = '0000-00-00';
export const ZERO_DATETIME = '0000-00-00 00:00:00';
export const MIN_DATE = '0001-01-01';
export const MIN_DATETIME = '0001-01-01 00:00:00';

const LAST = [
  ['Smith', 'Johnson', 'García', 'Nguyen', "O'Brien", 'Müller', 'Kowalski', 'Brown', 'Lopez', 'Wilson'],
  ['المنصوري', 'حداد', 'الهاشمي', 'ناصر', 'صالح'],
] as const;
const FIRST = ['James', 'Mary', 'José', 'Aiko', 'Zoë', 'محمد', 'فاطمة', 'Chloé', 'Liam', 'Noor', 'Ethan', 'Sofía'] as const;
const CITIES = ['Portland', 'Salem', 'Eugene', 'Bend', 'Dubai', 'Québec'] as const;
// Notes: plain, multi-line, tabs and backslashes (COPY and LOAD DATA escapes), Arabic, emoji (4-byte UTF-8), quotes.
const NOTES = [
  '',
  'Pt tolerated procedure well.',
  'Line one\nline two\r\nline three',
  'tab\there, backslash \\ and a quote \' and "double"',
  'المريض يحتاج إلى متابعة بعد أسبوعين',
  'Recall in 6 months 🦷😀 — smile!',
  'NULL',
  '\\N is text here, not null',
  'Ünïcödé ñ ß 日本語',
] as const;
const SURFACES = ['', 'M', 'O', 'D', 'MOD', 'B', 'L', 'DO', 'MO'] as const;
const PROCCODES = ['D0120', 'D0150', 'D0210', 'D1110', 'D1120', 'D2140', 'D2330', 'D2740', 'D3330', 'D7140', 'D9230'] as const;

/** Which table a bigint column points into (OpenDental's FK comments), for generated foreign keys. */
const FK_TARGET: Record<string, string> = {
  PatNum: 'patient',
  Guarantor: 'patient',
  ResponsParty: 'patient',
  SuperFamily: 'patient',
  ProvNum: 'provider',
  PriProv: 'provider',
  SecProv: 'provider',
  ProvHyg: 'provider',
  ProvDentist: 'provider',
  ProvHygienist: 'provider',
  DefaultProv: 'provider',
  ProvNumDefault: 'provider',
  ClinicNum: 'clinic',
  UserNum: 'userod',
  HistUserNum: 'userod',
  SecUserNumEntry: 'userod',
  Op: 'operatory',
  CodeNum: 'procedurecode',
  AptNum: 'appointment',
  PlannedAptNum: 'appointment',
  NextAptNum: 'appointment',
  PayNum: 'payment',
  ProcNum: 'procedurelog',
  SheetNum: 'sheet',
  DocNum: 'document',
  Priority: 'definition',
  Dx: 'definition',
  Prognosis: 'definition',
  BillingType: 'definition',
  BillingTypeOne: 'definition',
  UnearnedType: 'definition',
  Confirmed: 'definition',
  UnschedStatus: 'definition',
  DocCategory: 'definition',
  PayType: 'definition',
  ProcCat: 'definition',
};
/** FK columns that always point at a row (others are 0, OpenDental's "none", part of the time). */
const ALWAYS_SET = new Set(['PatNum', 'Guarantor', 'ProvNum', 'PriProv', 'SheetNum', 'CodeNum', 'UserNum', 'HistUserNum', 'PayNum', 'Op']);

/**
 * Primary-key value of the row at position i (0-based). Most tables number 1..n; paysplit skips every 97th
 * SplitNum (splits hard-deleted before the sim's snapshot) and appointment every 50th AptNum (deleted
 * appointments, which deletedobject and histappointment record).
 */
export function pkAt(t: string, i: number): number {
  if (t === 'paysplit') return i + 1 + Math.floor(i / 96);
  if (t === 'appointment') return i + 1 + Math.floor(i / 49);
  return i + 1;
}

export interface GenContext {
  seed: number;
  scale: number;
}

export type RowGen = (i: number) => Value[];

/** A generator of a table's rows at this seed and scale. */
export function rowGenerator(t: TableSpec, ctx: GenContext): RowGen {
  const n = t.rows(ctx.scale);
  const tseed = mix(ctx.seed ^ nameHash(t.name));
  const counts = (name: string) => table(name).rows(ctx.scale);
  const gens = t.columns.map((c, ci) => columnGen(t, c, ci, n, counts));
  return (i) => {
    const r = { i, h: 0, t: 0, seed: tseed };
    r.t = START + Math.floor(((END - START) * i) / Math.max(1, n));
    const out = new Array<Value>(gens.length);
    for (let k = 0; k < gens.length; k++) {
      r.h = mix(tseed ^ mix(i * 0x9e3779b1 + k * 0x85ebca6b));
      out[k] = gens[k]!(r);
    }
    return out;
  };
}

interface Cell {
  i: number;
  /** this cell's hash */
  h: number;
  /** the row's creation instant, epoch seconds */
  t: number;
  seed: number;
}
type ColGen = (c: Cell) => Value;

function fkGen(target: string, col: string, counts: (t: string) => number, always: boolean): ColGen {
  const m = target === 'provider' ? REF.providers : counts(target);
  return (c) => (always || c.h % 5 !== 0 ? String(pkAt(target, (c.h >>> 3) % Math.max(1, m))) : '0');
}

/** The change stamp: creation time, later for edited rows, a bulk-edit instant for some, the upgrade for backfilled rows. */
function stampGen(t: TableSpec, n: number): ColGen {
  if (t.name === 'document') return () => UPGRADE_AT;
  const backfilled = t.name === 'patient' ? Math.floor(n * 0.6) : 0;
  return (c) => {
    if (c.i < backfilled) return UPGRADE_AT;
    const k = c.h % 100;
    if (k < 5) return sqlDateTime(Math.max(c.t, BULK[k % BULK.length]!));
    if (k < 20) return sqlDateTime(Math.min(END, c.t + (c.h % (200 * 86400))));
    return sqlDateTime(c.t);
  };
}

function columnGen(t: TableSpec, col: ColumnSpec, ci: number, n: number, counts: (t: string) => number): ColGen {
  const name = col.name;
  const tn = t.name;
  if (col.type === 'pk') return (c) => String(pkAt(tn, c.i));
  if (col.special === 'TimeStamp') return stampGen(t, n);
  // the special cases the fact sheet names
  if (tn === 'procedurelog' && name === 'ProcStatus') {
    // TP 1, Complete 2, EC 3, EO 4, Referred 5, Deleted 6, Condition 7; about 4% deleted
    return (c) => String([2, 2, 2, 2, 2, 1, 1, 1, 3, 4, 5, 7, 2, 2, 1, 2, 2, 2, 2, 2, 1, 2, 6, 2, 2][c.h % 25]);
  }
  if (tn === 'patient' && name === 'PatStatus') {
    // Patient 0, NonPatient 1, Inactive 2, Archived 3, Deleted 4, Deceased 5, Prospective 6
    return (c) => String([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 2, 3, 4, 5, 6, 0][c.h % 20]);
  }
  if (tn === 'histappointment' && name === 'HistApptAction') return (c) => String([0, 1, 1, 1, 2, 3, 4][c.h % 7]);
  if (tn === 'histappointment' && name === 'AptNum') {
    // action 4 (deleted) rows point at the AptNums missing from appointment (multiples of 50)
    return (c) =>
      String(
        c.h % 7 === 4
          ? 50 * (1 + ((c.h >>> 4) % Math.max(1, Math.floor(counts('appointment') / 49))))
          : pkAt('appointment', (c.h >>> 4) % counts('appointment')),
      );
  }
  if (tn === 'deletedobject' && name === 'ObjectType') return (c) => (c.i % 4 === 3 ? '2' : '0'); // Appointment 0, RecallPatNum 2
  if (tn === 'deletedobject' && name === 'ObjectNum')
    return (c) => (c.i % 4 === 3 ? String(1 + (c.h % counts('patient'))) : String(50 * (c.i + 1)));
  if (tn === 'appointment' && name === 'AptStatus') return (c) => String([1, 1, 1, 2, 2, 2, 2, 3, 5, 6, 7][c.h % 11]);
  if (tn === 'patient' && name === 'Guarantor') return (c) => String(Math.max(1, c.i + 1 - (c.h % 3)));
  if (tn === 'procedurelog' && name === 'ProcFee') return (c) => money(c.h % 250000, false);
  if (tn === 'paysplit' && name === 'SplitAmt') return (c) => money(c.h % 90000, c.h % 33 === 0);
  if (tn === 'procedurelog' && name === 'UnitQty') return () => '1';
  if (tn === 'procedurelog' && name === 'MedicalCode') return (c) => (c.h % 9 === 0 ? PROCCODES[c.h % PROCCODES.length]! : '');
  if (tn === 'procedurecode' && name === 'ProcCode') return (c) => `D${String(1000 + c.i * 7).padStart(4, '0')}`;
  if (name === 'Surf') return (c) => SURFACES[c.h % SURFACES.length]!;
  if (name === 'ToothNum') return (c) => (c.h % 3 === 0 ? '' : String(1 + (c.h % 32)));
  if (name === 'LName') return (c) => (c.h % 6 === 0 ? LAST[1][c.h % LAST[1].length]! : LAST[0][c.h % LAST[0].length]!);
  if (name === 'FName') return (c) => FIRST[c.h % FIRST.length]!;
  if (name === 'City') return (c) => CITIES[c.h % CITIES.length]!;
  if (name === 'Email') return (c) => (c.h % 4 === 0 ? '' : `pt${c.i + 1}@example.com`);
  if (/Phone$/.test(name)) return (c) => (c.h % 3 === 0 ? '' : `(503) 555-${String(c.h % 10000).padStart(4, '0')}`);
  if (name === 'SSN') return (c) => (c.h % 2 ? '' : String(100000000 + (c.h % 899999999)));
  if (name === 'State') return (c) => ['OR', 'WA', 'CA', ''][c.h % 4]!;
  if (name === 'Zip') return (c) => String(97000 + (c.h % 999));
  if (name === 'FontName') return () => 'Microsoft Sans Serif';
  if (name === 'Pattern' || name === 'PatternSecondary')
    return (c) => (name === 'PatternSecondary' ? '' : '/XX/'.padEnd(4 + (c.h % 8), 'X'));

  switch (col.type) {
    case 'bigint': {
      const target = FK_TARGET[name];
      if (target) return fkGen(target, name, counts, ALWAYS_SET.has(name));
      return (c) => (c.h % 6 === 0 ? String(c.h % 5000) : '0');
    }
    case 'ubigint':
      // the unsigned range past int64 and past 2^53, and small values
      return (c) => ['18446744073709551615', '9223372036854775808', '9007199254740993', '0', String(c.h)][c.h % 5]!;
    case 'int':
      return (c) => String(c.h % 1000);
    case 'tinyint':
      return (c) => String(c.h % 3);
    case 'money':
      return (c) => money(c.h % 100000, c.h % 17 === 0);
    case 'double':
      return (c) => String((c.h % 10000) / 4);
    case 'float':
      return (c) => ['8', '8.25', '9.5', '10', '11.75'][c.h % 5]!;
    case 'varchar':
      return (c) => (c.h % 4 === 0 ? `${name} ${c.h % 1000}` : '');
    case 'text':
      return (c) => NOTES[c.h % NOTES.length]!;
    case 'time':
      return (c) => `${two(7 + (c.h % 11))}:${two((c.h >>> 4) % 60)}:00`;
    case 'blob':
      return (c) => blob(c.h, ci);
    case 'date':
      return dateGen(tn, name);
    case 'datetime':
      return datetimeGen(tn, name, col);
    case 'timestamp':
      break;
  }
  throw new Error(`opendental sim: no generator for ${tn}.${name} (${col.type})`);
}

function money(cents: number, negative: boolean): string {
  const s = `${Math.floor(cents / 100)}.${two(cents % 100)}`;
  return negative && cents !== 0 ? `-${s}` : s;
}

/** Binary with the bytes text formats must escape (NUL, tab, newline, backslash, 0xff). */
function blob(h: number, k: number): Buffer {
  const len = h % 48;
  const b = Buffer.alloc(len);
  for (let j = 0; j < len; j++) b[j] = j % 5 === 0 ? [0x00, 0x09, 0x0a, 0x5c, 0xff][(h + j) % 5]! : mix(h + j * 31 + k) & 0xff;
  return b;
}

/** Columns OpenDental leaves at MinValue until something happens, so most rows carry the placeholder. */
const MOSTLY_UNSET = /^(DateOriginalProsth|DateComplete|DateTP|AdmitDate|DateTerm|RecurringChargeDate)$/;

function dateGen(tn: string, name: string): ColGen {
  const mostlyUnset = MOSTLY_UNSET.test(name);
  return (c) => {
    const k = c.h % 50;
    if (k === 0) return ZERO_DATE; // converted data from older versions
    if (mostlyUnset ? k < 35 : k < 3) return MIN_DATE; // DateTime.MinValue, OpenDental's "not set"
    if (name === 'Birthdate') return sqlDateTime(Date.UTC(1930 + (c.h % 85), c.h % 12, 1 + (c.h % 28)) / 1000).slice(0, 10);
    return sqlDateTime(c.t).slice(0, 10);
  };
}

const DATETIME_MOSTLY_UNSET =
  /^(DateTimeArrived|DateTimeSeated|DateTimeDismissed|DateTimeAskedToArrive|DateTPrevious|DateTimeSig|DateTFail|DateTLastLogin|DateTimeDeceased|SmsContractDate)$/;

function datetimeGen(tn: string, name: string, col: ColumnSpec): ColGen {
  if (col.nullable) {
    // edited-only stamp: NULL while never edited
    return (c) => (c.h % 2 === 0 ? null : sqlDateTime(Math.min(END, c.t + (c.h % (90 * 86400)))));
  }
  if (col.special === 'DateTEntry' || col.special === 'DateTEntryEditable') return (c) => sqlDateTime(c.t);
  const unset = DATETIME_MOSTLY_UNSET.test(name);
  return (c) => {
    const k = c.h % 50;
    if (k === 0) return ZERO_DATETIME;
    if (unset ? k < 40 : k < 2) return MIN_DATETIME;
    if (name === 'AptDateTime') return sqlDateTime(c.t - (c.t % 600) + 7 * 86400);
    return sqlDateTime(c.t + (c.h % 3600));
  };
}

/** Every table's (name, rows) at a scale: for reports and tests. */
export function rowCounts(scale: number): Map<string, number> {
  return new Map(tables().map((t) => [t.name, t.rows(scale)]));
}
