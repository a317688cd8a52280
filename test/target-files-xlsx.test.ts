// target-files-medi's XLSX format, read back by openpyxl (independent of the exceljs writer): a header row, numbers
// as numbers only where a double holds them exactly, other values as their exact text; and a file that would pass a
// sheet's 1,048,576 rows is refused with a clear message before anything is written.
import t from 'tap';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decimal, stringifyExact } from '../kit/singer/decimal.js';
import { ROOT } from './helpers.js';
import { manifests, runFilesTarget } from './files.js';

const SCHEMA = {
  type: 'SCHEMA',
  stream: 'invoices',
  key_properties: ['id'],
  schema: {
    properties: {
      id: { type: 'integer' },
      total: { type: ['number', 'null'], multipleOf: 0.01, maximum: 1e16 },
      issued_at: { type: ['string', 'null'], format: 'date-time' },
      paid: { type: ['boolean', 'null'] },
      payer: { type: ['string', 'null'] },
    },
  },
};

t.test('xlsx: values read back by openpyxl', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'files-xlsx-'));
  const rows: Array<[string, string | null, string | null, string | null, string | null]> = [];
  const lines = [JSON.stringify(SCHEMA)];
  for (let i = 1; i <= 300; i++) {
    const id = i === 300 ? '9007199254740993' : String(i);
    const total = i % 9 === 0 ? null : i === 299 ? '12345678901234.56' : `${i * 3}.${String(i % 100).padStart(2, '0')}`;
    const issued = i % 11 === 0 ? null : `2025-05-0${(i % 9) + 1}T10:20:30.${String(i).padStart(6, '0')}+03:00`;
    const paid = i % 4 === 0 ? null : i % 2 === 0;
    const payer = i % 13 === 0 ? null : `دافع ${i} "وزارة الصحة"`;
    lines.push(
      stringifyExact({
        type: 'RECORD',
        stream: 'invoices',
        record: { id: new Decimal(id), total: total === null ? null : new Decimal(total), issued_at: issued, paid, payer },
      }),
    );
    const utc = issued === null ? null : new Date(Date.parse(issued)).toISOString().slice(0, 19) + `.${String(i).padStart(6, '0')}Z`;
    const canonTotal = total === null ? null : total.replace(/0+$/, '').replace(/\.$/, '');
    rows.push([id, canonTotal, utc, paid === null ? null : String(paid), payer]);
  }
  lines.push(JSON.stringify({ type: 'STATE', value: { ok: 1 } }));
  const r = await runFilesTarget({ root, source: 'moh', format: 'xlsx', partition_by: { '*': '_extracted' } }, lines.join('\n') + '\n');
  t.equal(r.code, 0, 'exit status', { stderr: r.stderr.slice(-1500) });
  const files = manifests(root, 'raw', 'moh').flatMap((m) => m.files);
  t.equal(files.length, 1);
  t.match(files[0]!.path, /^raw\/moh\/invoices\/_extracted_date=\d{4}-\d{2}-\d{2}\/part-.*\.xlsx$/);
  const paths = files.map((f) => join(root, f.path));
  const read = JSON.parse(
    execFileSync(join(ROOT, '.venv/bin/python'), [join(ROOT, 'test/files_read_xlsx.py'), JSON.stringify(paths)], { encoding: 'utf8' }),
  ) as Record<string, Array<Array<string | null>>>;
  const sheet = read[paths[0]!]!;
  t.same(sheet[0], ['id', 'total', 'issued_at', 'paid', 'payer'], 'header row');
  t.equal(sheet.length - 1, 300, 'every row');
  let bad = 0;
  sheet.slice(1).forEach((got, k) => {
    if (JSON.stringify(got) !== JSON.stringify(rows[k])) if (bad++ < 5) t.same(got, rows[k], `row ${k + 1}`);
  });
  t.equal(bad, 0, 'every value exact (integers past 2^53 and decimals a double cannot hold kept as text)');
});

t.test("xlsx: past a sheet's 1,048,576 rows the target refuses, naming the stream", async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'files-xlsx-'));
  const head = JSON.stringify({ type: 'SCHEMA', stream: 'visits', key_properties: [], schema: { properties: { i: { type: 'integer' } } } });
  const body: string[] = [head];
  for (let i = 0; i < 1_048_577; i++) body.push(`{"type":"RECORD","stream":"visits","record":{"i":${i}}}`);
  const r = await runFilesTarget({ root, source: 'moh', format: 'xlsx', batch_size_rows: 2_000_000 }, body.join('\n') + '\n');
  t.equal(r.code, 1, 'fails');
  t.match(
    r.stderr,
    /stream "visits": 1,048,576 rows for one XLSX file, past a sheet's 1,048,576 rows \(header included\); XLSX is for small extracts/,
  );
  t.same(
    readdirSync(root, { recursive: true }).filter((p) => String(p).endsWith('.xlsx')),
    [],
    'no file written',
  );
});

t.test('xlsx: control characters, CR and text like an escape survive; a cell past 32,767 characters is refused', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'files-xlsx-'));
  const schema = {
    type: 'SCHEMA',
    stream: 'notes',
    key_properties: [],
    schema: { properties: { id: { type: 'integer' }, text: { type: 'string' } } },
  };
  const texts = ['a\r\nb', 'ctl \u0001 \u001f nul \u0000 end', 'looks like _x0041_ an escape', 'tab\there\nline', 'ملاحظة'];
  const input = (values: string[]) =>
    [
      JSON.stringify(schema),
      ...values.map((text, i) => JSON.stringify({ type: 'RECORD', stream: 'notes', record: { id: i + 1, text } })),
      '{"type":"STATE","value":{}}',
    ].join('\n') + '\n';
  const r = await runFilesTarget({ root, source: 'moh', format: 'xlsx' }, input(texts));
  t.equal(r.code, 0, r.stderr.slice(-1500));
  const paths = manifests(root, 'raw', 'moh')
    .flatMap((m) => m.files)
    .map((f) => join(root, f.path));
  const read = JSON.parse(
    execFileSync(join(ROOT, '.venv/bin/python'), [join(ROOT, 'test/files_read_xlsx.py'), JSON.stringify(paths)], { encoding: 'utf8' }),
  ) as Record<string, Array<Array<string | null>>>;
  t.same(
    read[paths[0]!]!.slice(1).map((row) => row[1]),
    texts,
    'every character back, as openpyxl reads it',
  );
  const long = await runFilesTarget(
    { root: mkdtempSync(join(tmpdir(), 'files-xlsx-')), source: 'moh', format: 'xlsx' },
    input(['x', 'y'.repeat(40_000)]),
  );
  t.equal(long.code, 1);
  t.match(long.stderr, /stream "notes" column "text", row 2 of its XLSX file: 40,000 characters, past a cell's 32,767/);
});
