// Deterministic mixed-type rows for benchmarks: the same rows as a Singer stream and as CSV.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

export const BENCH_STREAM = 'bench_rows';

export const BENCH_SCHEMA = {
  type: 'object',
  properties: {
    id: { type: 'integer', minimum: 0, maximum: 9007199254740991 },
    practice_id: { type: 'integer', minimum: 0, maximum: 2147483647 },
    patient_id: { type: 'integer', minimum: 0, maximum: 2147483647 },
    first_name: { type: 'string' },
    family_name: { type: 'string' },
    email: { type: ['string', 'null'] },
    status: { type: 'string', enum: ['Booked', 'Arrived', 'Completed', 'Cancelled', 'DNA'] },
    notes: { type: ['string', 'null'] },
    amount: { type: 'number' },
    copayment: { type: ['number', 'null'] },
    duration_minutes: { type: 'integer', minimum: 0, maximum: 100000 },
    latitude: { type: 'number' },
    is_active: { type: 'boolean' },
    is_deleted: { type: 'boolean' },
    scheduled_at: { type: 'string', format: 'date-time' },
    updated_at: { type: 'string', format: 'date-time' },
    dob: { type: 'string', format: 'date' },
    address: { type: 'object', properties: { city: { type: 'string' }, postcode: { type: 'string' } } },
    codes: { type: 'array', items: { type: 'string' } },
    provider: { type: ['string', 'null'] },
  },
};

export const PSQL_TABLE_DDL = `(id bigint, practice_id bigint, patient_id bigint, first_name text, family_name text, email text,
  status text, notes text, amount numeric, copayment numeric, duration_minutes bigint, latitude numeric, is_active boolean,
  is_deleted boolean, scheduled_at timestamptz, updated_at timestamptz, dob date, address jsonb, codes jsonb, provider text)`;

const FIRST = ['Aroha', 'James', 'Mere', 'Liam', 'Ngaio', 'Olivia', 'Tama', 'Sophie', 'Wiremu', 'Charlotte', 'Hemi', 'Amelia'];
const FAMILY = ['Ngata', 'Smith', 'Williams', 'Parata', 'Brown', 'Tane', 'Wilson', 'Walker', 'Horomona', 'Taylor'];
const STATUS = BENCH_SCHEMA.properties.status.enum;
const CITY = ['Auckland', 'Whangārei', 'Kaitaia', 'Hamilton', 'Wellington', 'Christchurch'];

/** Row i of the benchmark data set; a fixed LCG keeps it identical across runs. */
export function benchRow(i: number): Record<string, unknown> {
  let x = (i * 2654435761) >>> 0;
  const next = () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0);
  const first = FIRST[next() % FIRST.length]!;
  const family = FAMILY[next() % FAMILY.length]!;
  const day = 1 + (next() % 28);
  const month = 1 + (next() % 12);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    id: i + 1,
    practice_id: 500 + (next() % 40),
    patient_id: next() % 2_000_000,
    first_name: first,
    family_name: family,
    email: next() % 5 === 0 ? null : `${first.toLowerCase()}.${family.toLowerCase()}${i % 997}@example.co.nz`,
    status: STATUS[next() % STATUS.length],
    notes: next() % 3 === 0 ? null : `Follow-up in ${next() % 30} days, "review" meds; BP ${100 + (next() % 60)}/${60 + (next() % 30)}`,
    amount: (next() % 100000) / 100,
    copayment: next() % 4 === 0 ? null : (next() % 5000) / 100,
    duration_minutes: 5 + (next() % 55),
    latitude: -35 - (next() % 100000) / 100000,
    is_active: next() % 10 !== 0,
    is_deleted: next() % 50 === 0,
    scheduled_at: `2025-${pad(month)}-${pad(day)}T${pad(next() % 24)}:${pad(next() % 60)}:00Z`,
    updated_at: `2025-${pad(month)}-${pad(day)}T${pad(next() % 24)}:${pad(next() % 60)}:${pad(next() % 60)}.123Z`,
    dob: `${1930 + (next() % 90)}-${pad(month)}-${pad(day)}`,
    address: { city: CITY[next() % CITY.length], postcode: String(1000 + (next() % 9000)) },
    codes: [`K${next() % 90}`, `R${next() % 50}`],
    provider: next() % 7 === 0 ? null : `Dr ${FAMILY[next() % FAMILY.length]}`,
  };
}

function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\n\r]/.test(s) || s === '' ? `"${s.replace(/"/g, '""')}"` : s;
}

async function put(out: WriteStream, s: string): Promise<void> {
  if (!out.write(s)) await once(out, 'drain');
}

/** Write the same N rows as a .singer file and a CSV file (column order of BENCH_SCHEMA). */
export async function writeBenchFiles(rows: number, singerPath: string, csvPath: string): Promise<void> {
  const singer = createWriteStream(singerPath);
  const csv = createWriteStream(csvPath);
  const cols = Object.keys(BENCH_SCHEMA.properties);
  await put(singer, JSON.stringify({ type: 'SCHEMA', stream: BENCH_STREAM, schema: BENCH_SCHEMA, key_properties: ['id'] }) + '\n');
  let sBuf = '';
  let cBuf = '';
  const extracted = '2025-11-01T00:00:00Z';
  for (let i = 0; i < rows; i++) {
    const r = benchRow(i);
    sBuf += `{"type":"RECORD","stream":"${BENCH_STREAM}","record":${JSON.stringify(r)},"time_extracted":"${extracted}"}\n`;
    cBuf += cols.map((c) => csvField(r[c])).join(',') + '\n';
    if ((i + 1) % 50_000 === 0) {
      sBuf +=
        JSON.stringify({
          type: 'STATE',
          value: { bookmarks: { [BENCH_STREAM]: { replication_key: 'id', replication_key_value: i + 1 } } },
        }) + '\n';
    }
    if (sBuf.length > 1 << 20) {
      await put(singer, sBuf);
      await put(csv, cBuf);
      sBuf = '';
      cBuf = '';
    }
  }
  sBuf +=
    JSON.stringify({ type: 'STATE', value: { bookmarks: { [BENCH_STREAM]: { replication_key: 'id', replication_key_value: rows } } } }) +
    '\n';
  await put(singer, sBuf);
  await put(csv, cBuf);
  singer.end();
  csv.end();
  await Promise.all([once(singer, 'finish'), once(csv, 'finish')]);
}
