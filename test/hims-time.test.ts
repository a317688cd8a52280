// tap-hims dates, times and money against the simulator, the local PostgreSQL and dbt: impossible dates are
// refused (NULL, with a warning naming record, field and value), never moved; fractions past milliseconds kept
// as PostgreSQL rounds them; wall-clock times in DST gaps and overlaps read as `v::timestamp at time zone z`
// reads them; partial FHIR dates kept as text beside a NULL parsed column; an Invoice `deduction` subtracted.
import t from 'tap';
import { join } from 'node:path';
import { HimsSim } from '../sim/hims/server.js';
import { FhirDecimal, Hospital } from '../sim/hims/data.js';
import { ROOT, query, scratchDb } from './helpers.js';
import { pipeline, runTapAlone } from './pipeline.js';
import { spawn } from 'node:child_process';
import { pgEnv } from '../kit/warehouse/database.js';
import { meltanoEnv } from './meltano.js';

const TAP = join(ROOT, 'dist/taps/tap-hims/main.js');

async function startSim(): Promise<HimsSim> {
  const sim = new HimsSim({ maxPage: 50, apiKey: 'k3y', hospital: new Hospital({ patients: 10, appointments: 20 }) });
  await sim.listen();
  return sim;
}

const fhir = (sim: HimsSim, extra: Record<string, unknown> = {}) => ({
  base_url: `${sim.url}/fhir`,
  auth_type: 'api_key',
  api_key: 'k3y',
  page_size: 100,
  retry_base_ms: 20,
  ...extra,
});

const find = (records: Array<{ stream: string; record: Record<string, any> }>, stream: string, id: string) =>
  records.find((r) => r.stream === stream && r.record.id === id)?.record;

/** The log lines' messages (the tap logs JSON lines), one a line. */
const messages = (stderr: string) =>
  stderr
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l).message as string)
    .join('\n');

const aed = (value: string) => ({ value: new FhirDecimal(value), currency: 'AED' });

/** The audit's resources: impossible dates, a leap second, 7 fraction digits, DST wall times, partial dates, a deduction. */
function putAuditCases(h: Hospital): void {
  const who = [{ actor: { reference: 'Patient/pat-1' } }, { actor: { reference: 'Practitioner/pr-1' } }];
  const appt = (id: string, start: string, extra: Record<string, unknown> = {}) =>
    h.put({ resourceType: 'Appointment', id, status: 'booked', start, participant: who, ...extra });
  appt('appt-feb30', '2024-02-30T10:00:00+05:30', { created: '2024-04-31T10:00:00', end: '2016-12-31T23:59:60Z' });
  appt('appt-frac', '2024-05-17T10:00:00.1234567+05:30', { end: '2024-05-17T10:00:59.9999995Z' });
  appt('appt-gap', '2024-03-10T02:30:00', { end: '2024-11-03T01:30:00' });
  // the official FHIR example's created: a date without a time
  appt('appt-example', '2013-12-10T09:00:00Z', { created: '2013-10-10' });
  h.put({ resourceType: 'Patient', id: 'pat-partial', birthDate: '1980-05', name: [{ family: 'Partial', given: ['Pat'] }] });
  h.put({ resourceType: 'Patient', id: 'pat-feb29', birthDate: '2023-02-29', name: [{ family: 'Leap', given: ['Pat'] }] });
  h.put({
    resourceType: 'Encounter',
    id: 'enc-partial',
    status: 'finished',
    subject: { reference: 'Patient/pat-1' },
    period: { start: '2024-05-17T08:00:00Z', end: '2024-05-17' },
  });
  h.put({
    resourceType: 'ChargeItem',
    id: 'ci-partial',
    status: 'billable',
    subject: { reference: 'Patient/pat-1' },
    code: { text: 'Consultation' },
    occurrenceDateTime: '2024-05',
  });
  h.put({
    resourceType: 'Invoice',
    id: 'inv-deduction',
    status: 'issued',
    subject: { reference: 'Patient/pat-1' },
    date: '2024-05',
    totalGross: aed('-96.9999999'),
    lineItem: [
      {
        sequence: 1,
        chargeItemReference: { reference: 'ChargeItem/ci-partial' },
        priceComponent: [
          { type: 'base', amount: aed('1.10') },
          { type: 'base', amount: aed('2.20') },
          { type: 'tax', amount: aed('1e-7') },
          { type: 'discount', amount: aed('1E2') },
          { type: 'deduction', amount: aed('0.30') },
        ],
      },
    ],
  });
}

t.test('wall-clock times and fractions: the same instants as PostgreSQL, across zones and years', async (t) => {
  const { readInstant } = await import('../taps/tap-hims/time.js');
  const db = await scratchDb('hims_time_pg');
  const walls: Array<[string, string]> = [
    ['2024-03-10T02:30:00', 'America/New_York'], // gap
    ['2024-11-03T01:30:00', 'America/New_York'], // overlap
    ['2024-03-10T01:59:59', 'America/New_York'],
    ['2024-03-10T03:00:00', 'America/New_York'],
    ['2024-11-03T00:59:59.5', 'America/New_York'],
    ['2024-11-03T02:00:00', 'America/New_York'],
    ['1883-11-18T12:00:00', 'America/New_York'], // LMT → EST
    ['1800-01-01T00:00:00', 'America/New_York'],
    ['2025-09-28T02:30:00', 'Pacific/Auckland'],
    ['2025-04-06T02:30:00', 'Pacific/Auckland'],
    ['1800-01-01T00:00:00', 'Pacific/Auckland'], // LMT +11:39:04
    ['2037-06-01T12:00:00', 'Pacific/Auckland'],
    ['1993-10-17T00:30:00', 'America/Sao_Paulo'], // gap at midnight
    ['2019-02-16T23:30:00', 'America/Sao_Paulo'], // overlap
    ['2024-01-01T00:00:00', 'America/Sao_Paulo'],
    ['2024-03-31T01:30:00', 'Europe/London'],
    ['2024-10-27T01:30:00', 'Europe/London'],
    ['1847-12-01T00:00:00', 'Europe/London'],
    ['2024-10-06T02:15:00', 'Australia/Lord_Howe'], // a 30-minute change
    ['2024-04-07T01:45:00', 'Australia/Lord_Howe'],
    ['2014-10-26T01:30:00', 'Europe/Moscow'], // an overlap between two standard times
    ['2011-12-30T12:00:00', 'Pacific/Apia'], // a day that did not happen
    ['2024-11-03T01:30:00', 'America/St_Johns'],
    ['1000-01-01T00:00:00', 'Europe/Paris'],
    ['1911-03-11T00:00:00', 'Europe/Paris'],
    ['2024-05-17T10:00:00.1234567', 'Asia/Kolkata'],
    ['2025-06-01T10:00:00', 'Asia/Dubai'],
    ['2024-02-29T23:59:59.9999995', 'UTC'],
  ];
  const fmt = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;
  const pg = await query<{ v: string }>(
    db,
    `select to_char((w::timestamp at time zone z) at time zone 'UTC', ${fmt}) v
       from unnest($1::text[], $2::text[]) with ordinality x(w, z, n) order by n`,
    [walls.map((w) => w[0]), walls.map((w) => w[1])],
  );
  walls.forEach(([wall, zone], i) => {
    t.same(readInstant(wall, zone), { kind: 'instant', value: pg[i]!.v }, `${wall} in ${zone}`);
  });
  const withOffset = [
    '2024-05-17T10:00:00.1234567+05:30',
    '2024-05-17T10:00:00.0000005Z',
    '2024-05-17T10:00:00.0000015Z',
    '2024-05-17T10:00:00.0000025Z',
    '2024-05-17T10:00:00.1234565Z',
    '2024-05-17T10:00:59.9999995Z',
    '2024-05-17T10:00:00.999999999999-14:00',
    '2024-12-31T23:30:00.5+14:00',
  ];
  const pg2 = await query<{ v: string }>(
    db,
    `select to_char(v::timestamptz at time zone 'UTC', ${fmt}) v from unnest($1::text[]) with ordinality x(v, n) order by n`,
    [withOffset],
  );
  withOffset.forEach((v, i) => t.same(readInstant(v, 'UTC'), { kind: 'instant', value: pg2[i]!.v }, v));
  // what does not exist is refused, never moved
  for (const v of [
    '2024-02-30T10:00:00+05:30',
    '2024-04-31T10:00:00',
    '2023-02-29T00:00:00Z',
    '2024-13-01T00:00:00Z',
    '2024-05-17T24:00:00Z',
    '2024-05-17T10:60:00Z',
    '2024-05-17T10:00:61Z',
    '2024-05-17T10:00:00+14:01',
    '2024-05-17T10:00:00+05:60',
  ]) {
    t.equal(readInstant(v, 'UTC').kind, 'invalid', `${v} is refused`);
  }
  t.same(readInstant('2024-02-29T10:00:00Z', 'UTC'), { kind: 'instant', value: '2024-02-29T10:00:00.000000Z' }, 'a leap day exists');
  t.match(readInstant('2016-12-31T23:59:60Z', 'UTC'), { kind: 'instant', value: '2016-12-31T23:59:59.999999Z', note: /leap second/ });
  for (const v of ['2024', '2024-05', '2024-05-17']) t.same(readInstant(v, 'UTC'), { kind: 'partial' }, `${v} is partial`);
});

t.test('bookmarks to the microsecond: earlier() and the order of instants', async (t) => {
  const { earlier, compareInstants } = await import('../taps/tap-hims/time.js');
  t.equal(earlier('2024-05-17T04:30:00.123457Z', 300), '2024-05-17T04:25:00.123457Z');
  t.equal(earlier('2024-05-17T04:30:00.123Z', 0), '2024-05-17T04:30:00.123000Z', "an older bookmark's milliseconds");
  t.ok(compareInstants('2024-05-17T04:30:00.123Z', '2024-05-17T04:30:00.123001Z') < 0, 'a microsecond later is later');
  t.equal(compareInstants('2024-05-17T04:30:00.123Z', '2024-05-17T04:30:00.123000Z'), 0);
});

t.test('the tap on the audit resources: refused, rounded, DST-resolved and partial values; warnings name them', async (t) => {
  const sim = await startSim();
  t.teardown(() => sim.close());
  putAuditCases(sim.hospital);
  const run = await runTapAlone(TAP, fhir(sim, { source_time_zone: 'America/New_York' }));
  t.equal(run.code, 0, 'run', { err: run.stderr.slice(-2000) });
  const log = messages(run.stderr);
  const feb30 = find(run.records, 'hims_appointments', 'appt-feb30')!;
  t.equal(feb30.start_at, null, '30 February is not 1 March');
  t.equal(feb30.created_at, null, '31 April is not 1 May');
  t.equal(feb30.created_at_text, '2024-04-31T10:00:00', 'the value as sent is kept');
  t.equal(feb30.end_at, '2016-12-31T23:59:59.999999Z', 'a leap second is 59.999999 of its minute');
  t.match(log, /hims_appointments: record appt-feb30 Appointment\.start "2024-02-30T10:00:00\+05:30" is not a valid date\/time \(day 30/);
  t.match(log, /record appt-feb30 Appointment\.created "2024-04-31T10:00:00" is not a valid date\/time .*created_at_text/);
  t.match(log, /record appt-feb30 Appointment\.end "2016-12-31T23:59:60Z" is a leap second/);
  const frac = find(run.records, 'hims_appointments', 'appt-frac')!;
  t.equal(frac.start_at, '2024-05-17T04:30:00.123457Z', 'seven fraction digits rounded to six as PostgreSQL does');
  t.equal(frac.end_at, '2024-05-17T10:01:00.000000Z', '…59.9999995 carries into the next minute');
  const gap = find(run.records, 'hims_appointments', 'appt-gap')!;
  t.equal(gap.start_at, '2024-03-10T07:30:00.000000Z', 'New York spring-forward gap: the offset before the change');
  t.equal(gap.end_at, '2024-11-03T06:30:00.000000Z', 'New York fall-back overlap: the later instant');
  const example = find(run.records, 'hims_appointments', 'appt-example')!;
  t.same([example.created_at, example.created_at_text], [null, '2013-10-10'], "the FHIR example's created: text, no invented time");
  const pat = find(run.records, 'hims_patients', 'pat-partial')!;
  t.same([pat.birth_date, pat.birth_date_text], [null, '1980-05']);
  const feb29 = find(run.records, 'hims_patients', 'pat-feb29')!;
  t.same([feb29.birth_date, feb29.birth_date_text], [null, '2023-02-29'], '29 February 2023 does not exist');
  // a birth date is PII (contract `pii: dob`): the warning names the record and the field, not the value
  t.match(log, /hims_patients: record pat-feb29 Patient\.birthDate \(a PII value, not logged\) is not a valid date\/time/);
  t.notMatch(run.stderr, /2023-02-29/, 'the birth date is not in the log');
  const regular = find(run.records, 'hims_patients', 'pat-1')!;
  t.equal(regular.birth_date_text, regular.birth_date, 'a full date: the text is the date');
  const enc = find(run.records, 'hims_encounters', 'enc-partial')!;
  t.same([enc.period_start, enc.period_start_text], ['2024-05-17T08:00:00.000000Z', '2024-05-17T08:00:00Z']);
  t.same([enc.period_end, enc.period_end_text], [null, '2024-05-17']);
  const ci = find(run.records, 'hims_charge_items', 'ci-partial')!;
  t.same([ci.occurrence_at, ci.occurrence_at_text], [null, '2024-05']);
  const inv = find(run.records, 'hims_invoices', 'inv-deduction')!;
  t.same([inv.invoice_date, inv.invoice_date_text], [null, '2024-05']);
  t.same(
    inv.line_items,
    [
      {
        sequence: 1,
        charge_item_id: 'ci-partial',
        charge_code: null,
        charge_display: null,
        base: '3.30',
        surcharge: '0',
        deduction: '0.30',
        discount: '100',
        tax: '0.0000001',
      },
    ],
    'the deduction is read, exactly',
  );
  // one warning per stream with the count of partial values
  t.match(log, /hims_appointments: 1 partial date\/time value\(s\) \(created_at 1\)/);
  t.match(log, /hims_patients: 1 partial date\/time value\(s\) \(birth_date 1\)/);
  t.match(log, /hims_encounters: 1 partial date\/time value\(s\) \(period_end 1\)/);
  t.match(log, /hims_charge_items: 1 partial date\/time value\(s\) \(occurrence_at 1\)/);
  t.match(log, /hims_invoices: 1 partial date\/time value\(s\) \(invoice_date 1\)/);
  t.equal((log.match(/hims_appointments: \d+ partial/g) ?? []).length, 1, 'once per stream');
});

t.test('a bookmark past milliseconds: kept to the microsecond, the next run asks from it and sends nothing again', async (t) => {
  const sim = await startSim();
  t.teardown(() => sim.close());
  sim.hospital.update('Patient', ['pat-2'], { lastUpdated: '2025-07-01T10:00:00.1234567+05:30' });
  const first = await runTapAlone(TAP, fhir(sim));
  t.equal(first.code, 0, 'run', { err: first.stderr.slice(-2000) });
  const bookmark = (first.state as any).bookmarks.hims_patients.replication_key_value;
  t.equal(bookmark, '2025-07-01T04:30:00.123457Z', 'the bookmark keeps the microseconds');
  t.equal(find(first.records, 'hims_patients', 'pat-2')!.last_updated, '2025-07-01T04:30:00.123457Z');
  sim.requests.length = 0;
  const again = await runTapAlone(TAP, fhir(sim), first.state);
  t.equal(again.code, 0);
  t.equal(again.records.filter((r) => r.stream === 'hims_patients').length, 0, 'nothing sent twice');
  t.ok(
    sim.requests.some(
      (r) => r.path.startsWith('/fhir/Patient?') && decodeURIComponent(r.path).includes('_lastUpdated=ge2025-07-01T04:25:00.123457Z'),
    ),
    'the look-back starts 300 s before the microsecond bookmark',
  );
});

/** scripts/dbt build (models and their data tests) of staging.hims+. */
function dbtBuild(db: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const env = { ...meltanoEnv(pgEnv(db)), MEDI_DBT_ALWAYS: '1' };
    const child = spawn(join(ROOT, 'scripts/dbt'), ['build', '--select', 'staging.hims+'], { env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

t.test('warehouse: _text columns and the deduction through raw, staging and hims_analytics; an older raw widened', async (t) => {
  const sim = await startSim();
  t.teardown(() => sim.close());
  putAuditCases(sim.hospital);
  const db = await scratchDb('hims_time_wh');
  const full = await pipeline(fhir(sim, { source_time_zone: 'America/New_York' }), db, undefined, { tap: TAP });
  t.equal(full.tapCode, 0, 'tap', { err: full.tapErr.slice(-2000) });
  t.equal(full.targetCode, 0, 'target', { err: full.targetErr.slice(-2000) });
  // the raw zone as the code before these columns left it: the next load must add them
  const TEXT_COLUMNS: Record<string, string[]> = {
    hims_patients: ['birth_date_text'],
    hims_appointments: ['created_at_text'],
    hims_encounters: ['period_start_text', 'period_end_text'],
    hims_invoices: ['invoice_date_text'],
    hims_charge_items: ['occurrence_at_text', 'entered_at_text'],
    hims_medication_dispenses: ['prepared_at_text', 'handed_over_at_text'],
  };
  for (const [table, cols] of Object.entries(TEXT_COLUMNS)) {
    await query(db, `alter table raw.${table} ${cols.map((c) => `drop column ${c}`).join(', ')}`);
  }
  sim.hospital.update('Patient', ['pat-partial']);
  for (const type of ['Appointment', 'Encounter', 'Invoice', 'ChargeItem', 'MedicationDispense'] as const) {
    sim.hospital.update(type, [sim.hospital.list(type)[0]!.id]);
  }
  sim.hospital.put({ ...sim.hospital.list('Invoice').find((i) => i.id === 'inv-deduction')!, meta: undefined } as never);
  sim.hospital.put({ ...sim.hospital.list('Appointment').find((i) => i.id === 'appt-example')!, meta: undefined } as never);
  sim.hospital.put({ ...sim.hospital.list('ChargeItem').find((i) => i.id === 'ci-partial')!, meta: undefined } as never);
  sim.hospital.put({ ...sim.hospital.list('Encounter').find((i) => i.id === 'enc-partial')!, meta: undefined } as never);
  const inc = await pipeline(fhir(sim, { source_time_zone: 'America/New_York' }), db, full.lastState, { tap: TAP });
  t.equal(inc.tapCode, 0, 'incremental tap', { err: inc.tapErr.slice(-2000) });
  t.equal(inc.targetCode, 0, 'incremental target into the older raw', { err: inc.targetErr.slice(-2000) });
  for (const [table, cols] of Object.entries(TEXT_COLUMNS)) {
    const have = await query<{ column_name: string }>(
      db,
      `select column_name from information_schema.columns where table_schema = 'raw' and table_name = $1`,
      [table],
    );
    t.ok(
      cols.every((c) => have.some((h) => h.column_name === c)),
      `raw.${table} widened with ${cols.join(', ')}`,
    );
  }
  const build = await dbtBuild(db);
  t.equal(build.code, 0, 'dbt build staging.hims+', { out: build.out.slice(-3000) });
  const [bill] = await query<Record<string, string | null>>(
    db,
    `select base_amount::text base, deduction_amount::text deduction, discount_amount::text discount, tax_amount::text tax,
            line_gross_amount::text gross, invoice_date::text, invoice_date_text
       from hims_analytics.fact_billing where invoice_id = 'inv-deduction'`,
  );
  t.same(
    bill,
    {
      base: '3.30',
      deduction: '0.30',
      discount: '100',
      tax: '0.0000001',
      gross: '-96.9999999',
      invoice_date: null,
      invoice_date_text: '2024-05',
    },
    'gross = base + surcharge - deduction - discount + tax, exactly',
  );
  const [pat] = await query(db, `select dob::text, dob_text from hims_analytics.dim_patients where patient_id = 'pat-partial'`);
  t.same(pat, { dob: null, dob_text: '1980-05' });
  const [appt] = await query(
    db,
    `select created_at::text, created_at_text from hims_analytics.fact_appointments where appointment_id = 'appt-example'`,
  );
  t.same(appt, { created_at: null, created_at_text: '2013-10-10' });
  const [enc] = await query(db, `select period_end::text, period_end_text from stg.stg_hims__encounters where id = 'enc-partial'`);
  t.same(enc, { period_end: null, period_end_text: '2024-05-17' });
  const [ci] = await query(db, `select occurrence_at::text, occurrence_at_text from stg.stg_hims__charge_items where id = 'ci-partial'`);
  t.same(ci, { occurrence_at: null, occurrence_at_text: '2024-05' });
  const [disp] = await query<{ n: number }>(
    db,
    `select count(*)::int n from hims_analytics.fact_pharmacy_disp where prepared_at_text is not null and handed_over_at_text is not null`,
  );
  t.ok(disp!.n > 0, 'dispense times as sent');
});

t.test("memo keys: whole milliseconds keep the form earlier versions wrote, so a state's keys still match", async (t) => {
  const { keyInstant } = await import('../taps/tap-hims/time.js');
  const { readHistoryEntry } = await import('../taps/tap-hims/history.js');
  t.equal(keyInstant('2014-08-20T11:05:34.174000Z'), '2014-08-20T11:05:34.174Z');
  t.equal(keyInstant('2014-08-20T11:05:34.174123Z'), '2014-08-20T11:05:34.174123Z');
  const spec = { request: { method: 'DELETE', url: 'Patient/abc' }, response: { lastModified: '2014-08-20T11:05:34.1741234Z' } };
  t.match(readHistoryEntry(spec, 'Patient', undefined), {
    versionId: '2014-08-20T11:05:34.174123Z',
    deletedAt: '2014-08-20T11:05:34.174123Z',
  });
});
