// tap-apn's export-file readers without Meltano: the CSV parser fed in pieces of any size gives the rows (and
// line numbers) of the whole text; an XLSX written by openpyxl (another tool, not this reader's counterpart) is
// read with every number as the text the workbook stores and every date by integer arithmetic, in both date
// systems; a 200,000-row export is read with memory that does not grow with the file.
import t from 'tap';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.js';
import { CsvParser, parseCsv, fileRows, readExport, ExportFileError } from '../taps/tap-apn/exports.js';
import { xlsxRows, plainNumber, serialToText, formatKind } from '../taps/tap-apn/xlsx.js';
import * as apn from '../generated/contracts/apn.js';

const PY = join(ROOT, '.venv/bin/python');
const WRITER = join(ROOT, 'test/apn_xlsx_write.py');

const CSV =
  '\ufeffClaim ID,Fund Request ID,Claim Status,Activity Name\r\n' +
  'CLM-1,FR-1,Paid,"Workshop, ""phase 1""\r\nday 2"\r\n' +
  '\r\n' +
  'CLM-2,FR-2,Submitted,"ورشة عمل\rالرياض"\n' +
  'CLM-3,FR-3,Paid,\r\n';

t.test('CSV in pieces of any size: the same rows and lines as in one piece', async (t) => {
  const whole = parseCsv(CSV, 'f.csv');
  t.same(whole, [
    { line: 1, cells: ['Claim ID', 'Fund Request ID', 'Claim Status', 'Activity Name'] },
    { line: 2, cells: ['CLM-1', 'FR-1', 'Paid', 'Workshop, "phase 1"\r\nday 2'] },
    { line: 5, cells: ['CLM-2', 'FR-2', 'Submitted', 'ورشة عمل\rالرياض'] },
    { line: 7, cells: ['CLM-3', 'FR-3', 'Paid', ''] },
  ]);
  for (const size of [1, 2, 3, 5, 7, 13]) {
    const p = new CsvParser('f.csv');
    const rows = [];
    for (let i = 0; i < CSV.length; i += size) rows.push(...p.push(CSV.slice(i, i + size)));
    rows.push(...p.end());
    t.same(rows, whole, `pieces of ${size} character(s)`);
  }
  const p = new CsvParser('bad.csv');
  p.push('a,b\n1,"op');
  p.push('en\n2,3\n');
  t.throws(() => p.end(), new ExportFileError('bad.csv line 2: a quoted field is not closed'), 'an unclosed quote names its line');
  t.throws(() => parseCsv('a,b\n1,"x"y\n', 'bad.csv'), /bad\.csv line 2: text after a closing quote/);
});

t.test('XLSX written by openpyxl: stored number text, exact dates, 1900 and 1904 systems', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'apn-xlsx-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const rowsOf = async (file: string) => {
    const out = [];
    for await (const r of xlsxRows(file)) out.push(r);
    return out;
  };
  execFileSync(PY, [WRITER, join(dir, 'a.xlsx')]);
  execFileSync(PY, [WRITER, join(dir, 'b.xlsx'), '--1904']);
  const a = await rowsOf(join(dir, 'a.xlsx'));
  t.same(
    a.map((r) => r.line),
    [1, 2, 3, 4, 5, 6, 7],
    'sheet row numbers',
  );
  t.same(
    a[1]!.cells,
    ['PAY-1', 'CLM-0001', 'Paid', '1234567.89', 'USD', '2025-07-15', 'INV-77', '12345678901234570'],
    'openpyxl wrote 1.234567890123457e+16: its digits, written out',
  );
  t.same(a[2]!.cells.slice(3, 6), ['0.3', 'USD', '2025-07-16 13:45:30.250'], 'a date-time format: the time to the millisecond');
  t.same(
    a[3]!.cells,
    ['PAY-3', 'CLM-0003', 'Paid', '98765432109876540', 'USD', '1900-01-01', 'فاتورة ٧', '0.0000001'],
    'serial 1 is 1900-01-01; 1e-07 in digits',
  );
  t.same(
    a[4]!.cells.slice(3, 6),
    ['0.07000000000000001', 'USD', '1900-03-01'],
    'the stored text, not the double 0.07; serial 61 after the phantom 1900-02-29',
  );
  t.same(
    a[5]!.cells,
    ['PAY-5', 'CLM-0005', 'Paid', '0.30000000000000004', null, null, null, '12345678901234567'],
    'beyond a double: exact',
  );
  t.same(a[6]!.cells.slice(3), ['1234567.8900000001', null, null, null, '-0.0012345'], '17 significant digits and a negative exponent');
  const b = await rowsOf(join(dir, 'b.xlsx'));
  t.same(b[1]!.cells[5], '2025-07-15', '1904 system: the same date from another serial');
  t.same(b[2]!.cells[5], '2025-07-16 13:45:30.250');
  t.equal(b[3]!.cells[5], '-1460', 'a date before 1904 has no serial there: the stored text lands (staging rejects it)');
  // through the contract: header checked, amounts as text, lineage row numbers
  const recs = [];
  for await (const r of readExport(
    apn.exportClaimPayments,
    { uri: 'file://a.xlsx', name: 'a.xlsx', version: null, modified: null },
    fileRows(join(dir, 'a.xlsx'), 'a.xlsx'),
    'h',
  ))
    recs.push(r);
  t.same(
    recs.map((r) => [r['Payment Amount'], r._source_row_number]),
    [
      ['1234567.89', 2],
      ['0.3', 3],
      ['98765432109876540', 4],
      ['0.07000000000000001', 5],
      ['0.30000000000000004', 6],
      ['1234567.8900000001', 7],
    ],
  );
});

t.test('number and date helpers', async (t) => {
  t.equal(plainNumber('1.5E+3'), '1500');
  t.equal(plainNumber('12.50'), '12.50', 'plain text untouched (trailing zero kept)');
  t.equal(plainNumber('abc'), null);
  t.equal(formatKind('[$-409]d-mmm-yy;@'), 'date');
  t.equal(formatKind('#,##0.00 "days"'), null, 'd and y inside quotes do not count');
  t.equal(formatKind('[h]:mm:ss'), 'time');
  t.equal(formatKind('mm/dd/yyyy hh:mm'), 'datetime');
  t.equal(serialToText('45853.99999999999', 'datetime', false), '2025-07-16 00:00:00', 'rounds into the next day exactly');
  t.equal(serialToText('0.5', 'time', false), '12:00:00');
  t.equal(serialToText('60', 'date', false), null, '1900-02-29 does not exist');
  t.equal(serialToText('2958465', 'date', false), '9999-12-31');
});

t.test('a 200,000-row export is read in bounded memory', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'apn-big-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'funding_claims_big.csv');
  const w = createWriteStream(path);
  w.write(
    'Claim ID,Fund Request ID,Program,Claim Status,Claim Amount,Currency,Submitted Date,Approved Date,Activity Name,Opportunity ID,AWS Account ID,Proof of Execution,Last Modified Date\r\n',
  );
  const filler = 'x'.repeat(300);
  for (let i = 0; i < 200_000; i++) {
    const line = `CLM-${i},FR-${i},MAP,Paid,${i}.${String(i % 100).padStart(2, '0')},USD,2025-07-01,,"Workshop ${i}, ${filler}",O${i},123456789012,"a.pdf\nb.pdf",2025-07-09T10:00:00Z\r\n`;
    if (!w.write(line)) await once(w, 'drain');
  }
  w.end();
  await once(w, 'finish');
  // read in a child whose heap may not exceed 48 MiB: a reader holding the file (72 MiB) or its rows dies there
  const script = `
    const { readExport, fileRows } = await import(${JSON.stringify(join(ROOT, 'dist/taps/tap-apn/exports.js'))});
    const apn = await import(${JSON.stringify(join(ROOT, 'dist/generated/contracts/apn.js'))});
    let n = 0, last;
    const f = { uri: 'file://big', name: 'funding_claims_big.csv', version: null, modified: null };
    for await (const r of readExport(apn.exportFundingClaims, f, fileRows(${JSON.stringify(path)}, f.name), 'h')) { n++; last = r; }
    console.log(JSON.stringify({ n, row: last._source_row_number, amount: last['Claim Amount'], maxRssKiB: process.resourceUsage().maxRSS }));`;
  const out = JSON.parse(
    execFileSync(process.execPath, ['--max-old-space-size=48', '--input-type=module', '-e', script], { encoding: 'utf8' }),
  );
  t.equal(out.n, 200_000, 'every row');
  t.equal(out.row, 400_000, 'the last row starts on line 400,000 (each row spans two lines)');
  t.equal(out.amount, '199999.99');
  t.ok(
    out.maxRssKiB < 160 * 1024,
    `peak RSS ${(out.maxRssKiB / 1024).toFixed(0)} MiB for a ${((200_000 * 380) / 1048576).toFixed(0)} MiB file`,
  );
});
