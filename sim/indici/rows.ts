// Deterministic, realistic Indici extract rows generated from the contracts (positional string fields),
// with optional dirty rows of the kinds real feeds carry.
import type { Contract, ContractColumn } from '../../kit/contracts/contract.js';
import { makeNhi } from '../../kit/indici/nhi.js';

export const PER_ORG_ID = '685146';
export const PRACTICE_ID = '535';

const FIRST = [
  'Aroha',
  'James',
  'Mere',
  'Liam',
  'Ngaio',
  'Olivia',
  'Tama',
  'Sophie',
  'Wiremu',
  'Charlotte',
  'Hemi',
  'Amelia',
  'Priya',
  'Chen',
];
const FAMILY = ['Ngata', 'Smith', 'Williams', 'Parata', 'Brown', 'Tane', 'Wilson', 'Walker', 'Horomona', 'Taylor', 'Singh', 'Li'];
const STATUS = ['Booked', 'Arrived', 'In Consultation', 'Completed', 'Cancelled', 'Did Not Arrive'];
/** Indici's StatusGroup for each AppointmentStatus */
const STATUS_GROUP: Record<string, string> = {
  Booked: 'Upcoming',
  Arrived: 'In Progress',
  'In Consultation': 'In Progress',
  Completed: 'Completed',
  Cancelled: 'Cancelled',
  'Did Not Arrive': 'DNA',
};
const TYPES = ['Standard', 'Long', 'Nurse', 'Phone', 'Video', 'Home Visit'];

export type DirtyKind = 'ragged' | 'bad_date' | 'bad_integer' | 'invalid_nhi' | 'duplicate_key' | 'missing_key' | 'unknown_enum';

export interface RowOptions {
  /** the batch stamp, YYMMDDHHMM; timestamps in rows fall before it */
  dateExtracted: string;
  /** first key value (keys run sequentially from here) */
  firstKey: number;
  count: number;
  /** salt so a delta's updated rows differ from the full load's */
  version?: number;
  /** 1 in `every` rows is dirty, cycling through `kinds` */
  dirty?: { every: number; kinds: DirtyKind[] };
  /**
   * Keys a column that `references` another stream draws from: 1..referenceKeys (default: this batch's own last
   * key, as a delivery whose streams share one key range resolves every reference).
   */
  referenceKeys?: number;
}

function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function stamp(dateExtracted: string, minusMinutes: number): string {
  const y = 2000 + Number(dateExtracted.slice(0, 2));
  const base = Date.UTC(
    y,
    Number(dateExtracted.slice(2, 4)) - 1,
    Number(dateExtracted.slice(4, 6)),
    Number(dateExtracted.slice(6, 8)),
    Number(dateExtracted.slice(8, 10)),
  );
  const d = new Date(base - minusMinutes * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
}

function fieldValue(c: Contract, col: ContractColumn, key: number, r: () => number, o: RowOptions): string {
  const src = col.source.replace(/_\d+$/, '');
  if (col.name === c.natural_key[0]) return String(key);
  if (col.name === 'per_org_id') return PER_ORG_ID;
  if (col.name === 'practice_id') return PRACTICE_ID;
  if (src === 'NHINumber') return makeNhi(key * 7 + 13);
  if (src === 'LoadedDateTime') return stamp(o.dateExtracted, 2);
  if (src === 'AppointmentStatus') return STATUS[Math.floor(r() * STATUS.length)]!;
  if (src === 'AppointmentType') return TYPES[Math.floor(r() * TYPES.length)]!;
  if (col.pii === 'name') return src.includes('Family') ? FAMILY[Math.floor(r() * FAMILY.length)]! : FIRST[Math.floor(r() * FIRST.length)]!;
  if (col.pii === 'contact') return src.includes('mail') ? `patient${key}@example.co.nz` : `02${Math.floor(r() * 1e8)}`;
  if (src === 'Gender') return r() < 0.5 ? 'Female' : 'Male';
  // as many draws per column as ever, so the other columns' values do not move
  if (col.references) return String(1 + Math.floor(r() * (o.referenceKeys ?? o.firstKey + o.count - 1)));
  const nonZero = col.quality?.includes('non_zero');
  switch (col.type) {
    case 'integer':
      return String(1 + Math.floor(r() * 50_000));
    case 'decimal':
      return r() < 0.2 ? (nonZero ? '1.00' : '.00') : (nonZero ? Math.max(0.01, r() * 500) : r() * 500).toFixed(2);
    case 'boolean':
      return src === 'IsDeleted' ? (r() < 0.02 ? '1' : '0') : r() < 0.7 ? '1' : '0';
    case 'timestamp':
      return r() < 0.1 ? '' : stamp(o.dateExtracted, 60 + Math.floor(r() * 60 * 24 * 90) + (o.version ?? 0));
    case 'date':
      return src === 'DOB'
        ? `${1930 + Math.floor(r() * 90)}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`
        : r() < 0.15
          ? '1900-01-01'
          : stamp(o.dateExtracted, Math.floor(r() * 60 * 24 * 365)).slice(0, 10);
    default:
      return r() < 0.3 ? '' : `${src} ${Math.floor(r() * 1000)}${o.version ? ` v${o.version}` : ''}`;
  }
}

/** Rows of one extract as positional string arrays; dirty rows are marked in `dirtyAt` (0-based index → kind). */
export function indiciRows(c: Contract, o: RowOptions): { rows: string[][]; dirtyAt: Map<number, DirtyKind> } {
  const rows: string[][] = [];
  const dirtyAt = new Map<number, DirtyKind>();
  let k = 0;
  for (let i = 0; i < o.count; i++) {
    const key = o.firstKey + i;
    const r = rng(key * 2654435761 + (o.version ?? 0) * 97 + 1);
    const row = c.columns.map((col) => fieldValue(c, col, key, r, o));
    const statusAt = c.columns.findIndex((col) => col.source === 'AppointmentStatus');
    const groupAt = c.columns.findIndex((col) => col.source === 'StatusGroup');
    if (statusAt >= 0 && groupAt >= 0) row[groupAt] = STATUS_GROUP[row[statusAt]!]!;
    if (o.dirty && i % o.dirty.every === o.dirty.every - 1) {
      const kind = o.dirty.kinds[k++ % o.dirty.kinds.length]!;
      dirtyAt.set(i, kind);
      const pick = (t: string) => c.columns.findIndex((col) => col.type === t && !c.natural_key.includes(col.name));
      switch (kind) {
        case 'ragged':
          row.pop();
          break;
        case 'bad_date': {
          const j = pick('timestamp');
          if (j >= 0) row[j] = '2025-13-45 25:61:00.000';
          break;
        }
        case 'bad_integer': {
          const j = pick('integer');
          if (j >= 0) row[j] = '12ab';
          break;
        }
        case 'invalid_nhi': {
          const j = c.columns.findIndex((col) => col.pii === 'nhi');
          if (j >= 0) row[j] = 'LAA5555';
          break;
        }
        case 'duplicate_key':
          if (rows.length) row[0] = rows[rows.length - 1]![0]!;
          break;
        case 'missing_key':
          row[0] = '';
          break;
        case 'unknown_enum': {
          const j = c.columns.findIndex((col) => col.domain !== undefined);
          if (j >= 0) row[j] = 'Rescheduled (legacy)';
          break;
        }
      }
    }
    rows.push(row);
  }
  return { rows, dirtyAt };
}
