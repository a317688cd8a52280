// `meltano run` of the Tally and HIMS jobs against the simulators: both star schemas fill, and a rerun with
// nothing new changes nothing (no raw rows, identical star tables).
import t from 'tap';
import { TallySim } from '../sim/tally/server.js';
import { Company, type Nested } from '../sim/tally/data.js';
import { HimsSim } from '../sim/hims/server.js';
import { Hospital, FhirDecimal } from '../sim/hims/data.js';
import pg from 'pg';
import { query, scratchDb } from './helpers.js';
import { RUN_LOCK_KEY } from '../kit/warehouse/status.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { meltano, meltanoEnv } from './meltano.js';

const snapshot = (db: string, schema: string, tables: string[]) =>
  Promise.all(
    tables.map((tb) =>
      query(db, `select * from ${schema}.${tb} order by 1`).then((rows) =>
        rows.map((r) => {
          const { _synced_at, _changed_at, ...rest } = r as Record<string, unknown>;
          return rest;
        }),
      ),
    ),
  );

t.test('meltano run tally-sync: tally_analytics filled; rerun idempotent', async (t) => {
  const sim = new TallySim({
    companies: [new Company({ name: 'Al Shifa Medical Centre LLC', seed: 101, vouchers: 400, ledgers: 20, stockItems: 12 })],
  });
  const url = await sim.listen();
  t.teardown(() => sim.close());
  const db = await scratchDb('meltano_tally');
  const env = meltanoEnv({
    ...pgEnv(db),
    TAP_TALLY_TDL_URL: url,
    TAP_TALLY_TDL_VOUCHER_BATCH_SIZE: '150',
    // companies mapped to organisation ids for row-level security (a quote in a name must not break the SQL)
    MEDI_TALLY_ORG_IDS: JSON.stringify({ "O'Brien & Sons": '1', 'Al Shifa Medical Centre LLC': '685146' }),
  });
  const run = await meltano(['run', 'tally-sync'], env);
  t.equal(run.code, 0, 'exit status', { output: run.stderr.slice(-3000) });
  const tables = ['dim_ledgers', 'dim_cost_centres', 'dim_inventory_items', 'fact_vouchers', 'fact_stock_movements'];
  const first = await snapshot(db, 'tally_analytics', tables);
  tables.forEach((tb, i) => t.ok(first[i]!.length > 0, `tally_analytics.${tb} has rows`));
  for (const [i, tb] of tables.entries())
    t.same(
      [...new Set(first[i]!.map((r) => r.per_org_id))],
      ['685146'],
      `tally_analytics.${tb}: per_org_id is the company's organisation (MEDI_TALLY_ORG_IDS)`,
    );
  const [raw] = await query<{ n: number }>(db, `select count(*)::int n from raw.tally_vouchers`);
  const again = await meltano(['run', 'tally-sync'], env);
  t.equal(again.code, 0, 'rerun exit status', { output: again.stderr.slice(-2000) });
  t.same(await query(db, `select count(*)::int n from raw.tally_vouchers`), [raw], 'rerun: no new raw rows (company counters unchanged)');
  t.same(await snapshot(db, 'tally_analytics', tables), first, 'rerun: star schema unchanged');
});

/** The current version's stock lines (count, signed quantity sum) and ledger line count of each live voucher, from the simulator. */
function simLines(c: Company): Map<string, { stock: number; qty: number; ledger: number }> {
  const out = new Map<string, { stock: number; qty: number; ledger: number }>();
  for (const i of c.voucherIndexes()) {
    const v = c.voucher(i);
    if (v.cancelled) continue;
    const list = (name: string) => (v.fields.find((f) => !Array.isArray(f) && f.list === name) as Nested | undefined)?.items ?? [];
    const leaf = (item: Nested['items'][number], tag: string) =>
      String((item.find((f) => Array.isArray(f) && f[0] === tag) as [string, string, string])[2]);
    const stock = list('ALLINVENTORYENTRIES');
    const signedQty = (l: Nested['items'][number]) =>
      (leaf(l, 'ISDEEMEDPOSITIVE') === 'Yes' ? 1 : -1) * Number(leaf(l, 'ACTUALQTY').trim().split(' ')[0]);
    const qty = stock.reduce((n, l) => n + signedQty(l), 0);
    // ledger lines are ALLLEDGERENTRIES alone: the copy of an item invoice's sales ledger under each stock line
    // (ACCOUNTINGALLOCATIONS) is a breakdown, not a line
    out.set(v.guid, { stock: stock.length, qty, ledger: list('ALLLEDGERENTRIES').length });
  }
  return out;
}

t.test("meltano run tally-sync: an altered voucher keeps exactly its newest version's lines in the facts, zero included", async (t) => {
  const company = new Company({ name: 'Al Shifa Medical Centre LLC', seed: 101, vouchers: 300, ledgers: 20, stockItems: 12 });
  const sim = new TallySim({ companies: [company] });
  const url = await sim.listen();
  t.teardown(() => sim.close());
  const db = await scratchDb('meltano_tally_altered');
  const env = meltanoEnv({ ...pgEnv(db), TAP_TALLY_TDL_URL: url, TAP_TALLY_TDL_VOUCHER_BATCH_SIZE: '150' });
  const first = await meltano(['run', 'tally-sync'], env);
  t.equal(first.code, 0, 'exit status', { output: first.stderr.slice(-3000) });

  // invoices with two or more stock lines, re-saved with one stock line, with none, and as a delivery/receipt note
  const before = simLines(company);
  const invoices = [...company.voucherIndexes()].filter((i) => (before.get(company.voucher(i).guid)?.stock ?? 0) >= 2);
  t.ok(invoices.length >= 6, `${invoices.length} invoices with several stock lines`);
  const shapes = {
    fewer_stock_lines: invoices.slice(0, 2),
    no_stock_lines: invoices.slice(2, 4),
    no_ledger_lines: invoices.slice(4, 6),
  } as const;
  for (const [shape, idx] of Object.entries(shapes)) company.alterVouchers(idx, shape as keyof typeof shapes);
  const want = simLines(company);
  const newest = (i: number) => want.get(company.voucher(i).guid)!;
  for (const i of shapes.no_stock_lines) t.equal(newest(i).stock, 0, 'the simulator re-saved an invoice without stock lines');
  for (const i of shapes.no_ledger_lines) t.equal(newest(i).ledger, 0, 'the simulator re-saved an invoice as a stock-only note');

  const second = await meltano(['run', 'tally-sync'], env);
  t.equal(second.code, 0, 'rerun exit status', { output: second.stderr.slice(-3000) });
  const stockRows = await query<{ g: string; n: number; q: string }>(
    db,
    `select voucher_guid g, count(*)::int n, sum(quantity)::text q from tally_analytics.fact_stock_movements group by 1`,
  );
  const stock = new Map(stockRows.map((r) => [r.g, r]));
  const ledgerRows = await query<{ g: string; n: number }>(
    db,
    `select voucher_guid g, count(*)::int n from tally_analytics.fact_vouchers group by 1`,
  );
  const ledger = new Map(ledgerRows.map((r) => [r.g, r.n]));
  for (const [shape, idx] of Object.entries(shapes)) {
    for (const i of idx) {
      const g = company.voucher(i).guid;
      const w = want.get(g)!;
      t.equal(stock.get(g)?.n ?? 0, w.stock, `${shape} voucher ${i}: stock lines in fact_stock_movements = the newest version's`);
      t.equal(Number(stock.get(g)?.q ?? 0), w.qty, `${shape} voucher ${i}: its stock quantity is the newest version's`);
      t.equal(ledger.get(g) ?? 0, w.ledger, `${shape} voucher ${i}: ledger lines in fact_vouchers = its newest version's (${w.ledger})`);
    }
  }
  const wrong = [...want].filter(
    ([g, w]) => (stock.get(g)?.n ?? 0) !== w.stock || Number(stock.get(g)?.q ?? 0) !== w.qty || (ledger.get(g) ?? 0) !== w.ledger,
  );
  t.same(
    wrong.map(([g]) => g),
    [],
    "every voucher: the facts hold exactly its newest version's lines",
  );
  const [total] = await query<{ q: string }>(db, `select sum(quantity)::text q from tally_analytics.fact_stock_movements`);
  t.equal(
    Number(total!.q),
    [...want.values()].reduce((n, w) => n + w.qty, 0),
    'stock is not overstated',
  );
});

t.test('meltano run tally-sync: a company without stock items costs one request when its books are unchanged', async (t) => {
  const clinic = new Company({ name: 'Al Wasl Family Clinic', seed: 303, vouchers: 80, ledgers: 12, stockItems: 0 });
  const sim = new TallySim({ companies: [clinic] });
  const url = await sim.listen();
  t.teardown(() => sim.close());
  const db = await scratchDb('meltano_tally_nostock');
  const env = meltanoEnv({ ...pgEnv(db), TAP_TALLY_TDL_URL: url });
  const run = await meltano(['run', 'tally-sync'], env);
  t.equal(run.code, 0, 'exit status', { output: run.stderr.slice(-3000) });
  const [counts] = await query<{ vouchers: number; items: number; closing: number }>(
    db,
    `select
    (select count(*)::int from raw.tally_vouchers) vouchers, (select count(*)::int from raw.tally_stock_items) items,
    (select count(*)::int from raw.tally_closing_stock) closing`,
  );
  t.ok(counts!.vouchers > 0, 'vouchers loaded');
  t.equal(counts!.items + counts!.closing, 0, 'no stock items, no closing stock: those streams answered empty');
  const asked = sim.requests.map((r) => r.id);
  t.ok(asked.includes('MediStockItem') && asked.includes('MediClosingStock'), 'the first run asked for stock items and closing stock');

  sim.requests.length = 0;
  const again = await meltano(['run', 'tally-sync'], env);
  t.equal(again.code, 0, 'rerun exit status', { output: again.stderr.slice(-3000) });
  t.same(
    sim.requests.map((r) => r.id),
    ['MediCompanies'],
    'unchanged AlterIDs: only the company list is asked, empty streams included',
  );
});

t.test('meltano run hims-daily and hims-frequent: hims_analytics filled; rerun idempotent', async (t) => {
  const sim = new HimsSim({ apiKey: 'k3y', hospital: new Hospital({ patients: 60, appointments: 150 }) });
  await sim.listen();
  t.teardown(() => sim.close());
  const db = await scratchDb('meltano_hims');
  const env = meltanoEnv({
    ...pgEnv(db),
    TAP_HIMS_BASE_URL: `${sim.url}/fhir`,
    TAP_HIMS_AUTH_TYPE: 'api_key',
    TAP_HIMS_API_KEY: 'k3y',
    TAP_HIMS_PAGE_SIZE: '40',
    MEDI_HIMS_ORG_ID: '700001',
  });
  for (const job of ['hims-daily', 'hims-frequent']) {
    const run = await meltano(['run', job], env);
    t.equal(run.code, 0, `${job} exit status`, { output: run.stderr.slice(-3000) });
  }
  const tables = ['dim_patients', 'dim_doctors', 'dim_drugs', 'fact_appointments', 'fact_billing', 'fact_pharmacy_disp'];
  const first = await snapshot(db, 'hims_analytics', tables);
  tables.forEach((tb, i) => t.ok(first[i]!.length > 0, `hims_analytics.${tb} has rows`));
  for (const [i, tb] of tables.entries())
    t.same([...new Set(first[i]!.map((r) => r.per_org_id))], ['700001'], `hims_analytics.${tb}: per_org_id from MEDI_HIMS_ORG_ID`);
  const patientSearches = sim.requests.filter((r) => r.path.startsWith('/fhir/Patient?')).length;
  const again = await meltano(['run', 'hims-frequent'], env);
  t.equal(again.code, 0, 'rerun exit status', { output: again.stderr.slice(-2000) });
  t.equal(
    sim.requests.filter((r) => r.path.startsWith('/fhir/Patient?')).length,
    patientSearches,
    'the 15-minute job does not touch patients (daily)',
  );
  const [latest] = await query<{ rows_loaded: number }>(db, `select rows_loaded::int from etl.load_runs order by started_at desc limit 1`);
  t.equal(latest!.rows_loaded, 0, 'rerun wrote no rows');
  t.same(await snapshot(db, 'hims_analytics', tables), first, 'rerun: star schema unchanged');
});

t.test('meltano run hims-sync: money exact, a deletion sent once, a type answering 403 fails alone', async (t) => {
  const hospital = new Hospital({ patients: 40, appointments: 90 });
  const aed = (value: string) => ({ value: new FhirDecimal(value), currency: 'AED' });
  // two base price components (1.10 + 2.20 is 3.3000000000000003 in floating point) and totals longer than a double holds
  hospital.put({
    resourceType: 'Invoice',
    id: 'inv-money',
    status: 'issued',
    subject: { reference: 'Patient/pat-1' },
    date: '2025-06-03T09:00:00Z',
    lineItem: [
      {
        sequence: 1,
        priceComponent: [
          { type: 'base', amount: aed('1.10') },
          { type: 'base', amount: aed('2.20') },
          { type: 'tax', amount: aed('0.165') },
        ],
      },
    ],
    totalNet: aed('3.30'),
    totalGross: aed('98765432109876.54321'),
  });
  const sim = new HimsSim({ apiKey: 'k3y', hospital });
  await sim.listen();
  t.teardown(() => sim.close());
  const db = await scratchDb('meltano_hims_sync');
  const env = meltanoEnv({ ...pgEnv(db), TAP_HIMS_BASE_URL: `${sim.url}/fhir`, TAP_HIMS_AUTH_TYPE: 'api_key', TAP_HIMS_API_KEY: 'k3y' });
  const first = await meltano(['run', 'hims-sync'], env);
  t.equal(first.code, 0, 'first run', { output: first.stderr.slice(-3000) });
  const [bill] = await query<Record<string, string>>(
    db,
    `select base_amount::text base, tax_amount::text tax,
    line_gross_amount::text gross, invoice_total_gross::text total from hims_analytics.fact_billing where invoice_id = 'inv-money'`,
  );
  t.same(bill, { base: '3.30', tax: '0.165', gross: '3.465', total: '98765432109876.54321' }, 'sums and long totals exact, scale kept');
  // (the target's general path lands the token 3.30 as 3.3: the value is exact, its scale is the target's affair)
  const [inv] = await query<Record<string, unknown>>(
    db,
    `select total_net = 3.30 net, total_gross::text gross
    from stg.stg_hims__invoices where id = 'inv-money'`,
  );
  t.same(inv, { net: true, gross: '98765432109876.54321' }, 'staging keeps the decimals');

  hospital.delete('Appointment', ['appt-5']);
  const second = await meltano(['run', 'hims-sync'], env);
  t.equal(second.code, 0, 'run with a deletion', { output: second.stderr.slice(-3000) });
  const [del] = await query<{ is_deleted: boolean }>(
    db,
    `select is_deleted from hims_analytics.fact_appointments
    where appointment_id = 'appt-5'`,
  );
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
  const [landed] = await query<{ inv: number; pat: number }>(
    db,
    `select
    (select count(*) from raw.hims_invoices where id = 'inv-money')::int inv,
    (select count(*) from raw.hims_patients where id = 'pat-2')::int pat`,
  );
  t.same(landed, { inv: 2, pat: 2 }, 'streams before and after the failed one synced');
});

t.test('a load that wrote before a build and committed after it reaches the star schema at the next build', async (t) => {
  const sim = new HimsSim({ apiKey: 'k3y', hospital: new Hospital({ patients: 20, appointments: 10 }) });
  await sim.listen();
  t.teardown(() => sim.close());
  const db = await scratchDb('meltano_hims_late');
  const env = meltanoEnv({
    ...pgEnv(db),
    TAP_HIMS_BASE_URL: `${sim.url}/fhir`,
    TAP_HIMS_AUTH_TYPE: 'api_key',
    TAP_HIMS_API_KEY: 'k3y',
    MEDI_HIMS_ORG_ID: '700001',
  });
  const first = await meltano(['run', 'hims-daily'], env);
  t.equal(first.code, 0, 'first run', { output: first.stderr.slice(-3000) });
  // another load (a second job, its own transaction) started 15 minutes ago and is still running while the next
  // job loads and builds: it stamped its rows when it wrote them (_sdc_received_at), before this job's rows
  // (its session holds the run's advisory lock, as a live load does: a start closes running runs whose lock is free)
  const other = new pg.Client({ connectionString: db });
  await other.connect();
  t.teardown(() => other.end());
  const late = (
    await other.query<{ id: string }>(
      `insert into etl.load_runs (load_run_id, plugin, started_at) values (gen_random_uuid(), 'target-postgres-medi', now() - interval '15 minutes')
       returning load_run_id::text as id`,
    )
  ).rows[0];
  await other.query(`select pg_advisory_lock(${RUN_LOCK_KEY})`, [late!.id]);
  const second = await meltano(['run', 'hims-daily'], env);
  t.equal(second.code, 0, 'second run, with the other load still running', { output: second.stderr.slice(-3000) });
  // the other load commits now: one patient, written 10 minutes ago
  await query(
    db,
    `insert into raw.hims_patients
       select (jsonb_populate_record(null::raw.hims_patients, to_jsonb(p) || jsonb_build_object(
         'id', 'late-1', '_sdc_received_at', now() - interval '10 minutes', '_sdc_load_run_id', '${late!.id}'))).*
       from raw.hims_patients p limit 1;
     update etl.load_runs set status = 'succeeded', finished_at = now() where load_run_id = '${late!.id}'`,
  );
  const build = await meltano(['invoke', 'dbt-postgres:run-hims'], env);
  t.equal(build.code, 0, 'the next build', { output: build.stdout.slice(-3000) });
  t.same(
    await query(db, `select patient_id from hims_analytics.dim_patients where patient_id = 'late-1'`),
    [{ patient_id: 'late-1' }],
    'the late-committed patient is built (it was below the newest row already built)',
  );
  const [n] = await query<{ star: number; stg: number }>(
    db,
    `select (select count(*)::int from hims_analytics.dim_patients) star, (select count(*)::int from stg.stg_hims__patients) stg`,
  );
  t.equal(n!.star, n!.stg, 'every staged patient is in the star schema');
});
