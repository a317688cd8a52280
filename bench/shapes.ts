// Row shapes for `npm run bench:target` besides the mixed 20-column rows of generate.ts: wide text rows,
// numeric-heavy rows and jsonb-heavy rows, each written once as a Singer stream and as CSV with the same values.
// Values are built as text: a decimal is written as the same digits in the Singer record (a JSON number) and
// in the CSV, never through a double.
import { createWriteStream, renameSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { writeBenchFiles, BENCH_SCHEMA, BENCH_STREAM, PSQL_TABLE_DDL } from './generate.js';

export interface Shape {
  name: string;
  stream: string;
  columns: number;
  /** the CSV table psql copies into: the same column types the target creates */
  ddl: string;
  write(rows: number, singerPath: string, csvPath: string): Promise<void>;
}

/** One column: its JSON schema, its PostgreSQL type, and row i's value as JSON text and as a CSV field (null: SQL NULL). */
interface Col {
  name: string;
  schema: Record<string, unknown>;
  pg: string;
  value(i: number, next: () => number): { json: string; csv: string } | null;
}

function csvQuote(s: string): string {
  return /[",\n\r]/.test(s) || s === '' ? `"${s.replace(/"/g, '""')}"` : s;
}

const str = (s: string) => ({ json: JSON.stringify(s), csv: csvQuote(s) });
const num = (digits: string) => ({ json: digits, csv: digits });
const obj = (v: unknown) => {
  const s = JSON.stringify(v);
  return { json: s, csv: csvQuote(s) };
};

const WORDS = [
  'patient',
  'reviewed',
  'BP',
  'stable',
  'kaumātua',
  'whānau',
  'follow-up',
  '"urgent"',
  'meds,',
  'HbA1c',
  'Tēnā',
  'koe',
  'C:\\notes\\x',
  'dose\t2×',
  'naïve',
  '—',
  '🙂',
  'ok',
  'referral',
  'line\nbreak',
];

function text(next: () => number, length: number): string {
  let s = '';
  while (s.length < length) s += (s ? ' ' : '') + WORDS[next() % WORDS.length];
  return s;
}

/** A decimal as digits: up to `int` integer digits and exactly `scale` fraction digits, sometimes negative. */
function decimal(next: () => number, int: number, scale: number): string {
  let whole = String(next() % 10 ** Math.min(int, 9));
  if (int > 9) whole += String(next() % 10 ** (int - 9)).padStart(int - 9, '0');
  whole = whole.replace(/^0+(?=\d)/, '');
  const frac = scale
    ? '.' + String(next() % 10 ** Math.min(scale, 9)).padStart(Math.min(scale, 9), '0') + '0'.repeat(Math.max(0, scale - 9))
    : '';
  return (next() % 5 === 0 ? '-' : '') + whole + frac;
}

const id: Col = { name: 'id', schema: { type: 'integer' }, pg: 'bigint', value: (i) => num(String(i + 1)) };

function shape(name: string, stream: string, cols: Col[]): Shape {
  const properties = Object.fromEntries(cols.map((c) => [c.name, c.schema]));
  return {
    name,
    stream,
    columns: cols.length,
    ddl: `(${cols.map((c) => `${c.name} ${c.pg}`).join(', ')})`,
    async write(rows, singerPath, csvPath) {
      const singer = createWriteStream(`${singerPath}.part`);
      const csv = createWriteStream(`${csvPath}.part`);
      const put = async (w: WriteStream, s: string) => {
        if (!w.write(s)) await once(w, 'drain');
      };
      await put(singer, JSON.stringify({ type: 'SCHEMA', stream, schema: { type: 'object', properties }, key_properties: ['id'] }) + '\n');
      let [sBuf, cBuf] = ['', ''];
      for (let i = 0; i < rows; i++) {
        let x = (i * 2654435761) >>> 0;
        const next = () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0);
        const values = cols.map((c) => c.value(i, next));
        sBuf += `{"type":"RECORD","stream":"${stream}","record":{${cols.map((c, k) => `"${c.name}":${values[k]?.json ?? 'null'}`).join(',')}},"time_extracted":"2025-11-01T00:00:00Z"}\n`;
        cBuf += values.map((v) => v?.csv ?? '').join(',') + '\n';
        if ((i + 1) % 50_000 === 0 || i === rows - 1)
          sBuf +=
            JSON.stringify({ type: 'STATE', value: { bookmarks: { [stream]: { replication_key: 'id', replication_key_value: i + 1 } } } }) +
            '\n';
        if (sBuf.length > 1 << 20 || i === rows - 1) {
          await put(singer, sBuf);
          await put(csv, cBuf);
          [sBuf, cBuf] = ['', ''];
        }
      }
      singer.end();
      csv.end();
      await Promise.all([once(singer, 'finish'), once(csv, 'finish')]);
      renameSync(`${singerPath}.part`, singerPath);
      renameSync(`${csvPath}.part`, csvPath);
    },
  };
}

export const SHAPES: Shape[] = [
  {
    name: 'mixed',
    stream: BENCH_STREAM,
    columns: Object.keys(BENCH_SCHEMA.properties).length,
    ddl: PSQL_TABLE_DDL,
    write: writeBenchFiles,
  },
  // clinical notes: 10 free-text columns of 40-240 characters with quotes, commas, tabs, newlines, backslashes, macrons, emoji
  shape('wide-text', 'bench_wide_text', [
    id,
    ...Array.from({ length: 10 }, (_, k): Col => ({
      name: `note_${k + 1}`,
      schema: { type: ['string', 'null'] },
      pg: 'text',
      value: (_i, next) => (next() % 20 === 0 ? null : str(text(next, 40 + (next() % 200)))),
    })),
  ]),
  // amounts, rates and measurements: 16 decimals of scale 0-12 (up to 20 integer digits), 3 integers
  shape('numeric', 'bench_numeric', [
    id,
    ...Array.from({ length: 16 }, (_, k): Col => {
      const [int, scale] = [
        [8, 2],
        [12, 4],
        [3, 6],
        [20, 0],
        [6, 12],
        [10, 2],
      ][k % 6]!;
      return {
        name: `n_${k + 1}`,
        schema: { type: ['number', 'null'] },
        pg: 'numeric',
        value: (_i, next) => (next() % 25 === 0 ? null : num(decimal(next, int!, scale!))),
      };
    }),
    ...Array.from({ length: 3 }, (_, k): Col => ({
      name: `i_${k + 1}`,
      schema: { type: 'integer' },
      pg: 'bigint',
      value: (_i, next) => num(String(next() * 2 ** 20 + (next() % 2 ** 20) - 2 ** 51)),
    })),
  ]),
  // documents: 4 JSON columns (nested objects and arrays, strings with escapes, decimals)
  shape('jsonb', 'bench_jsonb', [
    id,
    {
      name: 'address',
      schema: { type: 'object' },
      pg: 'jsonb',
      value: (_i, next) =>
        obj({
          line1: `${next() % 400} ${text(next, 12)} Rd`,
          city: text(next, 6),
          postcode: String(1000 + (next() % 9000)),
          geo: [-36.8, 174.7],
        }),
    },
    {
      name: 'codes',
      schema: { type: 'array', items: { type: 'object' } },
      pg: 'jsonb',
      value: (_i, next) =>
        obj(
          Array.from({ length: 1 + (next() % 5) }, () => ({
            system: 'ICD-10',
            code: `K${next() % 90}.${next() % 10}`,
            primary: next() % 2 === 0,
          })),
        ),
    },
    {
      name: 'vitals',
      schema: { type: ['object', 'null'] },
      pg: 'jsonb',
      value: (_i, next) =>
        next() % 10 === 0
          ? null
          : obj({
              bp: { sys: 100 + (next() % 60), dia: 60 + (next() % 30) },
              hr: 50 + (next() % 60),
              notes: text(next, 30),
              flags: ['a', 'b'],
            }),
    },
    {
      name: 'extra',
      schema: { type: 'object' },
      pg: 'jsonb',
      value: (_i, next) =>
        obj({ source: 'indici', tags: Array.from({ length: next() % 6 }, () => text(next, 5)), nested: { deep: { level: next() % 9 } } }),
    },
  ]),
];
