// The export-file path of tap-apn through `meltano run apn-sync`: Partner Central reports no API has (funding
// claims, claim payments, request history, end users, Partner Central users) as CSV and XLSX in a folder and
// under an S3 prefix (moto). A malformed file fails alone, named with its line, and loads nothing; the good files
// load; a file with content already loaded (same hash, another name) is not loaded again. A workbook openpyxl wrote
// lands every amount as the text it stores and staging types it exactly.
import t from 'tap';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { ApnSim } from '../sim/apn/server.js';
import { startS3Server, S3_TEST_ENV } from '../sim/s3-server.js';
import { query, scratchDb, ROOT } from './helpers.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { meltano, meltanoEnv } from './meltano.js';

const CLAIMS =
  'Claim ID,Fund Request ID,Program,Claim Status,Claim Amount,Currency,Submitted Date,Approved Date,Activity Name,Opportunity ID,AWS Account ID,Proof of Execution,Last Modified Date\r\n' +
  'CLM-0001,FR-1001,MAP,Paid,12500.10,USD,2025-07-01,2025-07-09,"Migration workshop, phase 1",O1001000000,123456789012,"invoice.pdf\nsow.pdf",2025-07-09T10:00:00Z\r\n' +
  'CLM-0002,FR-1002,POC,Submitted,0.07,USD,2025-07-02,,"ورشة عمل — الرياض",O1001000037,,,2025-07-02T08:30:00Z\r\n';
const PARTNER_USERS =
  'User ID,Email,First Name,Last Name,Role,Status,Last Login Date\n' +
  'U-1,priya.nair@partner.example.com,Priya,Nair,Alliance Lead,Active,2025-07-01T09:00:00Z\n';
const BAD_END_USERS =
  'End User ID,Company Name,Website,Country,Industry,AWS Account ID,Created Date\n' +
  'EU-1,Al Noor Clinics,alnoorclinics.ae,AE,Healthcare,123456789012,2025-06-01\n' +
  'EU-2,"Harbour Health,NZ,Healthcare,,2025-06-02\n';
const GOOD_END_USERS = BAD_END_USERS.replace('"Harbour Health,', 'Harbour Health,harbourhealth.co.nz,');

async function paymentsXlsx(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Payments');
  ws.addRow(['Payment ID', 'Claim ID', 'Payment Status', 'Payment Amount', 'Currency', 'Payment Date', 'Invoice Number', 'PO Number']);
  ws.addRow(['PAY-1', 'CLM-0001', 'Paid', '12500.10', 'USD', '2025-07-15', 'INV-77', 'PO-9']);
  ws.addRow(['PAY-2', 'CLM-0002', 'Pending', '0.07', 'USD', null, null, null]);
  await wb.xlsx.writeFile(file);
}

t.test('export files: CSV and XLSX from a folder and S3, a malformed file fails alone, the same content is read once', async (t) => {
  const sim = new ApnSim({ size: { AWS: { opportunities: 3, applications: 1, allocations: 1 } } });
  const url = await sim.listen();
  t.teardown(() => sim.close());
  const s3 = await startS3Server();
  t.teardown(() => s3.stop());
  await s3.client.send(new CreateBucketCommand({ Bucket: 'apn-exports' }));
  await s3.client.send(
    new PutObjectCommand({ Bucket: 'apn-exports', Key: 'partner-central/partner_users_2025-07.csv', Body: PARTNER_USERS }),
  );
  await s3.client.send(new PutObjectCommand({ Bucket: 'apn-exports', Key: 'partner-central/readme.txt', Body: 'not an export' }));

  const dir = mkdtempSync(join(tmpdir(), 'apn-exports-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'funding_claims_2025-07.csv'), CLAIMS);
  await paymentsXlsx(join(dir, 'claim_payments_2025-07.xlsx'));
  // another tool's workbook: numbers a double would change, dates as serials under number formats
  execFileSync(join(ROOT, '.venv/bin/python'), [
    join(ROOT, 'test/apn_xlsx_write.py'),
    join(dir, 'claim_payments_2025-08.xlsx'),
    '--id-offset=100',
  ]);
  writeFileSync(join(dir, 'end_users_2025-07.csv'), BAD_END_USERS);

  const db = await scratchDb('meltano_apn_exports');
  const env = meltanoEnv({
    ...pgEnv(db),
    ...S3_TEST_ENV,
    TAP_APN_ENDPOINT_URL: url,
    TAP_APN_READS_PER_SECOND: '200',
    TAP_APN_EXPORT_PATH: dir,
    TAP_APN_EXPORT_S3_URI: 's3://apn-exports/partner-central/',
    TAP_APN_EXPORT_S3_REGION: S3_TEST_ENV.AWS_REGION,
    TAP_APN_EXPORT_S3_ENDPOINT_URL: s3.url,
  });
  const first = await meltano(['run', 'apn-sync'], env);
  t.not(first.code, 0, 'the malformed file fails the run');
  t.match(first.stderr, /end_users_2025-07\.csv line 3: a quoted field is not closed/, 'named with its file and line');
  const n = async (tb: string) => (await query<{ n: number }>(db, `select count(*)::int n from raw.apn_${tb}`))[0]!.n;
  t.equal(await n('export_end_users'), 0, 'nothing of the malformed file landed');
  t.same(
    await query(
      db,
      `select "Claim ID" id, "Claim Amount" amount, "Activity Name" activity, "Proof of Execution" proof, _source_row_number row from raw.apn_export_funding_claims order by 1`,
    ),
    [
      { id: 'CLM-0001', amount: '12500.10', activity: 'Migration workshop, phase 1', proof: 'invoice.pdf\nsow.pdf', row: 2 },
      { id: 'CLM-0002', amount: '0.07', activity: 'ورشة عمل — الرياض', proof: null, row: 4 },
    ],
    'CSV: quoted commas, line breaks and Arabic kept exactly; amounts as text; the line each row starts on',
  );
  t.same(
    await query(
      db,
      `select "Payment ID" id, "Payment Amount" amount, "Payment Date" paid from raw.apn_export_claim_payments where _source_uri like '%07.xlsx' order by 1`,
    ),
    [
      { id: 'PAY-1', amount: '12500.10', paid: '2025-07-15' },
      { id: 'PAY-2', amount: '0.07', paid: null },
    ],
    'XLSX rows landed',
  );
  t.same(
    await query(db, `select "Email" email, _source_uri uri from raw.apn_export_partner_users`),
    [{ email: 'priya.nair@partner.example.com', uri: 's3://apn-exports/partner-central/partner_users_2025-07.csv' }],
    'the S3 prefix is read too',
  );
  t.ok((await n('opportunities')) > 0, 'the API streams loaded in the same run');

  // the file is corrected; a copy of an already loaded file arrives under another name
  writeFileSync(join(dir, 'end_users_2025-07.csv'), GOOD_END_USERS);
  writeFileSync(join(dir, 'funding_claims_2025-07-resent.csv'), CLAIMS);
  const second = await meltano(['run', 'apn-sync'], env);
  t.equal(second.code, 0, 'second run exit status', { output: second.stderr.slice(-3000) });
  t.equal(await n('export_end_users'), 2, 'the corrected file loaded');
  t.equal(await n('export_funding_claims'), 2, 'the same content under another name was not loaded again');
  t.match(second.stderr, /funding_claims_2025-07-resent\.csv: already loaded \(same content/, 'and the skip is logged');
  t.equal(await n('export_claim_payments'), 8, 'the XLSX files were not read again');
  t.equal(await n('export_partner_users'), 1, 'the S3 file was not read again');
  for (const tb of ['funding_claims', 'claim_payments', 'end_users', 'partner_users']) {
    const [r] = await query<{ n: number; rejected: number }>(
      db,
      `select (select count(*) from stg.stg_apn__export_${tb})::int n, (select count(*) from stg.stg_apn__export_${tb}__rejects)::int rejected`,
    );
    t.same(
      r,
      { n: tb === 'partner_users' ? 1 : tb === 'claim_payments' ? 8 : 2, rejected: 0 },
      `stg.stg_apn__export_${tb}: every row typed, none rejected`,
    );
  }
  t.same(
    await query(
      db,
      `select claim_id, claim_amount::text amount, submitted_date::text submitted from stg.stg_apn__export_funding_claims order by 1`,
    ),
    [
      { claim_id: 'CLM-0001', amount: '12500.10', submitted: '2025-07-01' },
      { claim_id: 'CLM-0002', amount: '0.07', submitted: '2025-07-02' },
    ],
    'staging types the amounts exactly and the dates',
  );
  t.same(
    await query(
      db,
      `select payment_id id, payment_amount::text amount, payment_date::text paid, po_number po from stg.stg_apn__export_claim_payments
        where payment_id like 'PAY-1__' order by 1`,
    ),
    [
      { id: 'PAY-101', amount: '1234567.89', paid: '2025-07-15', po: '12345678901234570' },
      { id: 'PAY-102', amount: '0.3', paid: '2025-07-16', po: null },
      // serial 1 reads 1900-01-01 in raw, which staging takes for the sources' "no date" sentinel (macros/medi_casts.sql)
      { id: 'PAY-103', amount: '98765432109876540', paid: null, po: '0.0000001' },
      { id: 'PAY-104', amount: '0.07000000000000001', paid: '1900-03-01', po: '150000000000000000000' },
      { id: 'PAY-105', amount: '0.30000000000000004', paid: null, po: '12345678901234567' },
      { id: 'PAY-106', amount: '1234567.8900000001', paid: null, po: '-0.0012345' },
    ],
    'openpyxl workbook: every amount as stored, typed exactly; serial dates as dates',
  );
});
