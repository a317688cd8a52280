// `meltano run` of the Tally and HIMS jobs against the simulators: both star schemas fill, and a rerun with
// nothing new changes nothing (no raw rows, identical star tables).
import t from 'tap';
import { TallySim } from '../sim/tally/server.js';
import { Company } from '../sim/tally/data.js';
import { HimsSim } from '../sim/hims/server.js';
import { Hospital, FhirDecimal } from '../sim/hims/data.js';
import { query, scratchDb } from './helpers.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { meltano, meltanoEnv } from './meltano.js';

const snapshot = (db: string, schema: string, tables: string[]) => Promise.all(tables.map((tb) => query(db, `select * from ${schema}.${tb} order by 1`).then((rows) => rows.map((r) => {
  const { _synced_at, _changed_at, ...rest } = r as Record<string, unknown>;
  return rest;
}))));

t.test('meltano run tally-sync: tally_analytics filled; rerun idempotent', async (t) => {
  const sim = new TallySim({ companies: [new Company({ name: 'Al Shifa Medical Centre LLC', seed: 101, vouchers: 400, ledgers: 20, stockItems: 12 })] });
  const url = await sim.listen();
  t.teardown(() => sim.close());
  const db = await scratchDb('meltano_tally');
  const env = meltanoEnv({ ...pgEnv(db), TAP_TALLY_TDL_URL: url, TAP_TALLY_TDL_VOUCHER_BATCH_SIZE: '150' });
  const run = await meltano(['run', 'tally-sync'], env);
  t.equal(run.code, 0, 'exit status', { output: run.stderr.slice(-3000) });
  const tables = ['dim_ledgers', 'dim_cost_centres', 'dim_inventory_items', 'fact_vouchers', 'fact_stock_movements'];
  const first = await snapshot(db, 'tally_analytics', tables);
  tables.forEach((tb, i) => t.ok(first[i]!.length > 0, `tally_analytics.${tb} has rows`));
  const [raw] = await query<{ n: number }>(db, `select count(*)::int n from raw.tally_vouchers`);
  const again = await meltano(['run', 'tally-sync'], env);
  t.equal(again.code, 0, 'rerun exit status', { output: again.stderr.slice(-2000) });
  t.same(await query(db, `select count(*)::int n from raw.tally_vouchers`), [raw], 'rerun: no new raw rows (company counters unchanged)');
  t.same(await snapshot(db, 'tally_analytics', tables), first, 'rerun: star schema unchanged');
});

t.test('meltano run hims-daily and hims-frequent: hims_analytics filled; rerun idempotent', async (t) => {
  const sim = new HimsSim({ apiKey: 'k3y', hospital: new Hospital({ patients: 60, appointments: 150 }) });
  await sim.listen();
  t.teardown(() => sim.close());
  const db = await scratchDb('meltano_hims');
  const env = meltanoEnv({ ...pgEnv(db), TAP_HIMS_BASE_URL: `${sim.url}/fhir`, TAP_HIMS_AUTH_TYPE: 'api_key', TAP_HIMS_API_KEY: 'k3y', TAP_HIMS_PAGE_SIZE: '40' });
  for (const job of ['hims-daily', 'hims-frequent']) {
    const run = await meltano(['run', job], env);
    t.equal(run.code, 0, `${job} exit status`, { output: run.stderr.slice(-3000) });
  }
  const tables = ['dim_patients', 'dim_doctors', 'dim_drugs', 'fact_appointments', 'fact_billing', 'fact_pharmacy_disp'];
  const first = await snapshot(db, 'hims_analytics', tables);
  tables.forEach((tb, i) => t.ok(first[i]!.length > 0, `hims_analytics.${tb} has rows`));
  const patientSearches = sim.requests.filter((r) => r.path.startsWith('/fhir/Patient?')).length;
  const again = await meltano(['run', 'hims-frequent'], env);
  t.equal(again.code, 0, 'rerun exit status', { output: again.stderr.slice(-2000) });
  t.equal(sim.requests.filter((r) => r.path.startsWith('/fhir/Patient?')).length, patientSearches, 'the 15-minute job does not touch patients (daily)');
  const [latest] = await query<{ rows_loaded: number }>(db, `select rows_loaded::int from etl.load_runs order by started_at desc limit 1`);
  t.equal(latest!.rows_loaded, 0, 'rerun wrote no rows');
  t.same(await snapshot(db, 'hims_analytics', tables), first, 'rerun: star schema unchanged');
});

t.test('meltano run hims-sync: money exact, a deletion sent once, a type answering 403 fails alone', async (t) => {
  const hospital = new Hospital({ patients: 40, appointments: 90 });
  const aed = (value: string) => ({ value: new FhirDecimal(value), currency: 'AED' });
  // two base price components (1.10 + 2.20 is 3.3000000000000003 in floating point) and totals longer than a double holds
  hospital.put({
    resourceType: 'Invoice', id: 'inv-money', status: 'issued', subject: { reference: 'Patient/pat-1' }, date: '2025-06-03T09:00:00Z',
    lineItem: [{
      sequence: 1,
      priceComponent: [{ type: 'base', amount: aed('1.10') }, { type: 'base', amount: aed('2.20') }, { type: 'tax', amount: aed('0.165') }],
    }],
    totalNet: aed('3.30'), totalGross: aed('98765432109876.54321'),
  });
  const sim = new HimsSim({ apiKey: 'k3y', hospital });
  await sim.listen();
  t.teardown(() => sim.close());
  const db = await scratchDb('meltano_hims_sync');
  const env = meltanoEnv({ ...pgEnv(db), TAP_HIMS_BASE_URL: `${sim.url}/fhir`, TAP_HIMS_AUTH_TYPE: 'api_key', TAP_HIMS_API_KEY: 'k3y' });
  const first = await meltano(['run', 'hims-sync'], env);
  t.equal(first.code, 0, 'first run', { output: first.stderr.slice(-3000) });
  const [bill] = await query<Record<string, string>>(db, `select base_amount::text base, tax_amount::text tax,
    line_gross_amount::text gross, invoice_total_gross::text total from hims_analytics.fact_billing where invoice_id = 'inv-money'`);
  t.same(bill, { base: '3.30', tax: '0.165', gross: '3.465', total: '98765432109876.54321' }, 'sums and long totals exact, scale kept');
  // (the target's general path lands the token 3.30 as 3.3: the value is exact, its scale is the target's affair)
  const [inv] = await query<Record<string, unknown>>(db, `select total_net = 3.30 net, total_gross::text gross
    from stg.stg_hims__invoices where id = 'inv-money'`);
  t.same(inv, { net: true, gross: '98765432109876.54321' }, 'staging keeps the decimals');

  hospital.delete('Appointment', ['appt-5']);
  const second = await meltano(['run', 'hims-sync'], env);
  t.equal(second.code, 0, 'run with a deletion', { output: second.stderr.slice(-3000) });
  const [del] = await query<{ is_deleted: boolean }>(db, `select is_deleted from hims_analytics.fact_appointments
    where appointment_id = 'appt-5'`);
  t.equal(del!.is_deleted, true, 'the deletion marked');
  const tombstones = await query(db, `select count(*)::int n from raw.hims_deleted_resources`);
  const changedAt = `select appointment_id, _changed_at from hims_analytics.fact_appointments order by 1`;
  const facts = await query(db, changedAt);
  const quiet = await meltano(['run', 'hims-sync'], env);
  t.equal(quiet.code, 0, 'quiet run', { output: quiet.stderr.slice(-3000) });
  t.same(await query(db, `select count(*)::int n from raw.hims_deleted_resources`), tombstones, 'the tombstone is not sent again');
  t.same(await query(db, changedAt), facts, '_changed_at untouched');

  sim.opts.forbidden = ['Encounter'];
  hospital.update('Invoice', ['inv-money']);
  hospital.update('Patient', ['pat-2']);
  const denied = await meltano(['run', 'hims-sync'], env);
  t.not(denied.code, 0, 'the run fails');
  t.match(denied.stderr, /hims_encounters.*HTTP 403/, 'naming the stream and the 403');
  const [landed] = await query<{ inv: number; pat: number }>(db, `select
    (select count(*) from raw.hims_invoices where id = 'inv-money')::int inv,
    (select count(*) from raw.hims_patients where id = 'pat-2')::int pat`);
  t.same(landed, { inv: 2, pat: 2 }, 'streams before and after the failed one synced');
});
