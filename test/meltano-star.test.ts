// `meltano run` of the Tally and HIMS jobs against the simulators: both star schemas fill, and a rerun with
// nothing new changes nothing (no raw rows, identical star tables).
import t from 'tap';
import { TallySim } from '../sim/tally/server.js';
import { Company } from '../sim/tally/data.js';
import { HimsSim } from '../sim/hims/server.js';
import { Hospital } from '../sim/hims/data.js';
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
