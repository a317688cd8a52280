// tap-indici-s3 on files that are valid but unusual, or broken in ways a run must say, uploaded to a real S3-API
// server: a first row longer than the detection head (both download modes), another extract under a type's name,
// a file cut short, blank rows, a file name with a day the calendar lacks.
import t from 'tap';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { startS3Server, type S3Server } from '../sim/s3-server.js';
import { ensureBucket, encodeFile, fileName, CONTRACTS } from '../sim/indici/feed.js';
import { indiciRows } from '../sim/indici/rows.js';
import { ROOT } from './helpers.js';
import { runTapAlone } from './pipeline.js';

const TAP = join(ROOT, 'dist/taps/tap-indici-s3/main.js');
const DE = '2509011044';

let s3: S3Server;
t.before(async () => {
  s3 = await startS3Server();
});
t.teardown(async () => {
  await s3.stop();
});

const rowsOf = (stream: string, count: number) => indiciRows(CONTRACTS[stream]!, { dateExtracted: DE, firstKey: 1, count }).rows;
const put = (bucket: string, key: string, body: Buffer) => s3.client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const run = (config: Record<string, unknown>) => runTapAlone(TAP, { endpoint_url: s3.url, mode: 'backfill', ...config });
/** the tap's log messages (stderr is one JSON object a line, METRIC lines aside) */
const messages = (stderr: string) =>
  stderr
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { level: string; message: string });
const of = (records: Array<{ stream: string; record: Record<string, unknown> }>, stream: string) =>
  records.filter((r) => r.stream === stream).map((r) => r.record);

t.test('a first row longer than the 64 KB detection head loads, in both download modes alike', async (t) => {
  const bucket = 'indici-long-row';
  await ensureBucket(s3.client, bucket);
  const name = fileName('Vaccine', DE, 'full');
  // 40,000 characters (80 KB in UTF-16), 600,000 (1.2 MB, past a 1 MB spool read), and the e-mail layout in UTF-8
  const cases = [
    ['a', 40_000, {}],
    ['b', 600_000, {}],
    ['c', 70_000, { encoding: 'utf8', layout: 'email' }],
  ] as const;
  for (const [dir, len, spec] of cases) {
    const rows = rowsOf('vaccine', 3);
    rows[0]![3] = 'x'.repeat(len);
    await put(bucket, `indici/${dir}/${name}`, encodeFile(rows, spec));
  }
  for (const download of ['spool', 'twice']) {
    const r = await run({ bucket, download });
    t.equal(r.code, 0, `download ${download}: exit 0`, { stderr: r.stderr.slice(-1500) });
    t.notMatch(r.stderr, /file failed/, `download ${download}: no file fails`);
    const got = of(r.records, 'indici_vaccine');
    t.equal(got.length, 9, `download ${download}: every row of the three files`);
    t.same(
      cases.map(
        ([dir]) => (got.find((x) => x._source_key === `indici/${dir}/${name}` && x.VaccineID === '1')!.LongDescription as string).length,
      ),
      cases.map(([, len]) => len),
      `download ${download}: the long first field whole`,
    );
  }
});

t.test('another extract under a type name, or a separator after every row, fails the file alone with the counts', async (t) => {
  const bucket = 'indici-wrong-extract';
  await ensureBucket(s3.client, bucket);
  // an Immunisation extract (65 fields) delivered under the Appointments name (64 fields)
  const appointments = `indici/${fileName('Appointments', DE, 'full')}`;
  await put(bucket, appointments, encodeFile(rowsOf('immunisation', 50)));
  // a Vaccine file (13 fields) with a field separator after every row's last field
  const vaccine = `indici/${fileName('Vaccine', DE, 'full')}`;
  await put(
    bucket,
    vaccine,
    utf16(
      rowsOf('vaccine', 3)
        .map((r) => r.join('|^^|') + '|^^||~~|')
        .join(''),
    ),
  );
  // and a good file beside them
  await put(bucket, `indici/${fileName('Medicine', DE, 'full')}`, encodeFile(rowsOf('medicine', 4)));

  const r = await run({ bucket });
  t.equal(r.code, 1, 'file_failures fail_run: exit 1');
  const errors = messages(r.stderr).filter((m) => m.level === 'error');
  t.match(
    errors.map((m) => m.message),
    [
      new RegExp(
        `^file failed: s3://${bucket}/${appointments}: fits neither layout for 64 fields per row .*read as the production layout it has 50 rows of 65 fields`,
      ),
      new RegExp(
        `^file failed: s3://${bucket}/${vaccine}: fits neither layout for 13 fields per row .*read as the production layout it has 3 rows of 14 fields`,
      ),
    ],
    'each wrong file is named, with the field counts it has',
  );
  t.equal(of(r.records, 'indici_appointments').length + of(r.records, 'indici_vaccine').length, 0, 'no rows of them');
  t.equal(of(r.records, 'indici_rejected_rows').length, 0, 'nor rejects: the file failed, it is not a file of rejected rows');
  t.same(
    of(r.records, '_medi_files')
      .map((f) => [f.stream, f.status])
      .sort(),
    [
      ['indici_appointments', 'failed'],
      ['indici_medicine', 'processed'],
      ['indici_vaccine', 'failed'],
    ],
    'the wrong files failed, the good one loaded',
  );
  t.equal(of(r.records, 'indici_medicine').length, 4);

  // with the layout set there is no detection: the rows themselves show it, and the file still fails
  const set = await run({ bucket, layout: 'production', file_failures: 'continue' });
  t.equal(set.code, 0, 'file_failures continue: exit 0');
  t.match(
    set.stderr,
    new RegExp(
      `file failed: s3://${bucket}/${appointments}: every row has the wrong field count \\(50 rows of 65 fields; expected 64\\): not an extract of this type`,
    ),
  );
  t.same(
    of(set.records, '_medi_files')
      .filter((f) => f.stream === 'indici_appointments')
      .map((f) => [f.status, f.rows_read]),
    [['failed', 50]],
  );
  t.equal(of(set.records, 'indici_rejected_rows').length, 0, 'its rows go nowhere, rejects included');
});

t.test('a file most of whose rows are rejected loads the rest, with a warning naming it and the share', async (t) => {
  const bucket = 'indici-mostly-ragged';
  await ensureBucket(s3.client, bucket);
  const rows = rowsOf('medicine', 10);
  for (const i of [1, 3, 5, 7, 9, 8]) rows[i]!.push('extra');
  const key = `indici/${fileName('Medicine', DE, 'full')}`;
  await put(bucket, key, encodeFile(rows));
  const r = await run({ bucket, layout: 'production' });
  t.equal(r.code, 0, 'exit 0', { stderr: r.stderr.slice(-1500) });
  t.equal(of(r.records, 'indici_medicine').length, 4);
  t.equal(of(r.records, 'indici_rejected_rows').length, 6);
  t.ok(
    messages(r.stderr).some(
      (m) =>
        m.level === 'warn' && m.message.startsWith(`s3://${bucket}/${key}: 6 of 10 rows (60%) rejected (indici_rejected_rows has them`),
    ),
    'warned',
  );
});

t.test('a file cut short: its last row is rejected with a reason and a warning; blank rows are rejected in any file', async (t) => {
  const bucket = 'indici-cut-short';
  await ensureBucket(s3.client, bucket);
  const rows = rowsOf('vaccine', 3);
  const whole = encodeFile(rows);
  // an interrupted upload: cut inside the last row's LoadedDateTime ("2025-… 10:42:00.000" → "2025-… 10:42")
  const cut = `indici/cut/${fileName('Vaccine', DE, 'full')}`;
  await put(bucket, cut, whole.subarray(0, whole.length - ':00.000|~~|'.length * 2));
  // a blank row (a line break between two row markers) in a small file and in a big one
  const blank = (n: number) => {
    const text = rowsOf('vaccine', n).map((r) => r.join('|^^|') + '|~~|');
    text.splice(2, 0, '\r\n|~~|');
    return utf16(text.join(''));
  };
  await put(bucket, `indici/small/${fileName('Vaccine', DE, 'full')}`, blank(3));
  await put(bucket, `indici/big/${fileName('Vaccine', DE, 'full')}`, blank(3000));

  const r = await run({ bucket });
  t.equal(r.code, 0, 'exit 0', { stderr: r.stderr.slice(-1500) });
  const got = of(r.records, 'indici_vaccine');
  t.same(
    got.filter((x) => x._source_key === cut).map((x) => x.LoadedDateTime),
    [rows[0]![12], rows[1]![12]],
    'the whole rows load; the cut value does not',
  );
  const rejects = of(r.records, 'indici_rejected_rows');
  t.same(
    rejects.filter((x) => x._source_uri === `s3://${bucket}/${cut}`).map((x) => [x._source_row_number, x.reason]),
    [[3, 'row 3 is the last and no row marker ends it: the file is cut short, so the row may be incomplete (13 fields, expected 13)']],
  );
  t.ok(
    messages(r.stderr).some(
      (m) =>
        m.level === 'warn' &&
        m.message ===
          `s3://${bucket}/${cut}: no row marker (|~~|) ends the last row, row 3: the file is cut short (an interrupted upload?); that row is rejected, not loaded`,
    ),
    'a warning names the file and the row',
  );
  for (const [dir, n] of [
    ['small', 3],
    ['big', 3000],
  ] as const) {
    const uri = `s3://${bucket}/indici/${dir}/${fileName('Vaccine', DE, 'full')}`;
    t.equal(got.filter((x) => x._source_uri === uri).length, n, `${dir}: every row loads`);
    t.same(
      rejects.filter((x) => x._source_uri === uri).map((x) => [x._source_row_number, x.reason, x.row_text]),
      [[3, 'row 3 has 1 fields, expected 13', '\r\n']],
      `${dir}: the blank row is rejected, the file is not failed`,
    );
  }
  t.notMatch(r.stderr, /file failed/);
});

t.test('a file name with a day the calendar lacks is skipped as no valid date-time, with a warning', async (t) => {
  const bucket = 'indici-bad-date';
  await ensureBucket(s3.client, bucket);
  const key = 'indici/685146_535_Vaccine_202502251043_202502311043_2502311044.CSV';
  await put(bucket, key, encodeFile(rowsOf('vaccine', 2)));
  const r = await run({ bucket });
  t.equal(r.code, 0);
  t.equal(of(r.records, 'indici_vaccine').length, 0, 'not read');
  t.same(
    of(r.records, 'indici_s3_objects').map((o) => [o.key, o.decision, o.reason]),
    [[key, 'skipped', `${key}: DateTo 202502311043 is not a valid date-time`]],
  );
  t.match(
    r.stderr,
    new RegExp(`not loaded: s3://${bucket}/${key} \\(version [^)]+\\): ${key}: DateTo 202502311043 is not a valid date-time`),
  );
});
