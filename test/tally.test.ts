// tap-tally-tdl against the Tally simulator, through the real target and dbt: full then incremental sync,
// the deletion sweep, both encodings, a malformed reply quarantined without losing anything else, transport
// faults recovered within the retry bounds, and SIGKILL mid-sync → rerun → the same star schema.
import t from 'tap';
import { join } from 'node:path';
import { TallySim, applyMutation } from '../sim/tally/server.js';
import { Company, type Nested } from '../sim/tally/data.js';
import { ROOT, query, scratchDb } from './helpers.js';
import { pipeline, runTapAlone, dbtRun } from './pipeline.js';

const TAP = join(ROOT, 'dist/taps/tap-tally-tdl/main.js');

function books(vouchers = 600): Company[] {
  return [
    new Company({ name: 'Al Shifa Medical Centre LLC', seed: 101, vouchers, ledgers: 30, stockItems: 20 }),
    new Company({ name: 'مستشفى النور التخصصي', seed: 202, vouchers: 60, ledgers: 10, stockItems: 8 }),
  ];
}

async function startSim(vouchers?: number): Promise<{ sim: TallySim; url: string }> {
  const sim = new TallySim({ companies: books(vouchers) });
  const url = await sim.listen();
  return { sim, url };
}

const dbt = (db: string) => dbtRun(db, ['staging.tally+']);
const tapRecords = (config: Record<string, unknown>) => runTapAlone(TAP, config);

/** The star schema without sync times (which differ between runs by nature). */
const star = (db: string) =>
  Promise.all([
    query(
      db,
      `select ledger_key, ledger_name, group_name, primary_group, closing_balance, is_deleted, _source_id from tally_analytics.dim_ledgers order by 1`,
    ),
    query(db, `select cost_centre_key, cost_centre_name, category, is_deleted from tally_analytics.dim_cost_centres order by 1`),
    query(
      db,
      `select inventory_item_key, item_name, unit, closing_qty, closing_value, is_deleted from tally_analytics.dim_inventory_items order by 1`,
    ),
    query(
      db,
      `select voucher_line_key, voucher_date::text, voucher_type, voucher_number, ledger_key, amount::text, cost_centre_key, is_deleted, _source_id from tally_analytics.fact_vouchers order by 1`,
    ),
    query(
      db,
      `select stock_movement_key, inventory_item_key, quantity::text, rate::text, amount::text, godown, is_deleted from tally_analytics.fact_stock_movements order by 1`,
    ),
  ]);

t.test('full sync, no-op rerun, then incremental: only changed records move; deletions marked', async (t) => {
  const { sim, url } = await startSim();
  t.teardown(() => sim.close());
  const db = await scratchDb('tally_incremental');
  const cfg = { url, voucher_batch_size: 100, retry_base_ms: 20 };

  const full = await pipeline(cfg, db, undefined, { tap: TAP });
  t.equal(full.tapCode, 0, 'tap exit', { err: full.tapErr.slice(-2000) });
  t.equal(full.targetCode, 0, 'target exit', { err: full.targetErr.slice(-2000) });
  const live = sim.companies.reduce((n, c) => n + [...c.voucherIndexes()].filter((i) => !c.voucher(i).cancelled).length, 0);
  t.equal(full.streams.tally_vouchers, live, 'every live voucher read once (cancelled ones excluded)');
  const voucherReqs = sim.requests.filter((r) => r.id === 'MediVouchers');
  t.ok(voucherReqs.length > 6, `vouchers asked for in ${voucherReqs.length} date batches`);
  t.ok(
    voucherReqs.every((r) => r.objects <= 100),
    'no voucher request returned more than voucher_batch_size',
  );
  t.ok(
    sim.requests.every((r) => r.encoding === 'utf16le'),
    'requests sent as UTF-16LE by default',
  );
  t.equal(await dbt(db), 0, 'dbt run');
  const [bal] = await query<{ n: number; total: string }>(
    db,
    `select count(*)::int n, sum(amount)::text total from tally_analytics.fact_vouchers`,
  );
  t.equal(bal!.total, '0.00', 'every voucher balances: debits (negative) and credits sum to zero');
  const [unbalanced] = await query<{ n: number }>(
    db,
    `select count(*)::int n from (select company, voucher_guid from tally_analytics.fact_vouchers group by 1, 2 having sum(amount) <> 0) u`,
  );
  t.equal(unbalanced!.n, 0, 'each voucher balances on its own, item invoices included');
  const [noSalesLine] = await query<{ n: number; stock: number }>(
    db,
    `select count(*) filter (where not exists (select 1 from tally_analytics.fact_vouchers f where f.company = s.company
       and f.voucher_guid = s.voucher_guid and f.ledger_name in ('Pharmacy Sales', 'Drug Purchases')))::int n, count(*)::int stock
     from (select distinct company, voucher_guid from raw.tally_voucher_inventory_entries) s`,
  );
  t.ok(noSalesLine!.stock > 0, 'item invoices were read');
  t.equal(noSalesLine!.n, 0, 'the sales/purchase ledger of an item invoice (in ALLLEDGERENTRIES) is a ledger line, once');
  const [splits] = await query<{ lines: number; split: number; mismatched: number }>(
    db,
    `select count(*)::int lines,
       count(*) filter (where jsonb_array_length(batch_allocations) > 1)::int split,
       count(*) filter (where quantity <> (select sum((a->>'quantity')::numeric) from jsonb_array_elements(batch_allocations) a)
                           or amount <> (select sum((a->>'amount')::numeric) from jsonb_array_elements(batch_allocations) a))::int mismatched
     from raw.tally_voucher_inventory_entries`,
  );
  t.ok(splits!.split > 0, `stock lines split over two godowns keep both allocations (${splits!.split} of ${splits!.lines})`);
  t.equal(splits!.mismatched, 0, "the allocations add up to their line's quantity and amount");
  const [arabic] = await query<{ n: number }>(
    db,
    `select count(*)::int n from tally_analytics.dim_ledgers where ledger_name ~ '[\u0600-\u06FF]'`,
  );
  t.ok(arabic!.n > 0, 'Arabic ledger names arrive intact');
  const [reserved] = await query<{ parent: string | null; godowns: number }>(
    db,
    `select (select parent from raw.tally_groups where name = 'Capital Account' limit 1) as parent, (select count(*)::int from raw.tally_godowns where name = 'Main Location') as godowns`,
  );
  t.equal(reserved!.parent, null, '"&#4; Primary" parent is no parent');
  t.ok(reserved!.godowns >= 1, '"&#4; Main Location" is read as Main Location');
  const [narr] = await query<{ n: number }>(db, `select count(*)::int n from raw.tally_vouchers where narration like E'%\\r\\n%'`);
  t.ok(narr!.n > 0, 'narration line breaks (&#13;&#10;) are kept');

  // nothing changed: one company-list request, no records
  sim.requests.length = 0;
  const noop = await pipeline(cfg, db, full.lastState, { tap: TAP });
  t.equal(noop.tapCode, 0);
  t.equal(noop.records, 0, 'unchanged books: no records');
  t.same(
    sim.requests.map((r) => r.id),
    ['MediCompanies'],
    'unchanged AltMstId/AltVchId: only the company list is asked',
  );

  const company = sim.companies[0]!;
  const change = applyMutation(company, { alter_vouchers: 3, delete_vouchers: 2, add_vouchers: 4, alter_ledgers: 1, delete_ledgers: 1 });
  const cancelledAdded = change.added.filter((i) => company.voucher(i).cancelled).length;
  const inc = await pipeline(cfg, db, noop.lastState ?? full.lastState, { tap: TAP });
  t.equal(inc.tapCode, 0, 'incremental tap exit', { err: inc.tapErr.slice(-2000) });
  t.equal(inc.streams.tally_vouchers, 3 + 4 - cancelledAdded, 'only altered and added vouchers move');
  t.equal(inc.streams.tally_ledgers, 1, 'only the altered ledger moves');
  t.equal(inc.streams.tally_deleted_objects, 3, 'the sweep emits the 2 deleted vouchers and the deleted ledger');
  t.equal(await dbt(db), 0, 'dbt incremental run');
  const deleted = await query<{ voucher_master_id: number }>(
    db,
    `select distinct voucher_master_id::int from tally_analytics.fact_vouchers where is_deleted order by 1`,
  );
  t.same(
    deleted.map((d) => d.voucher_master_id),
    change.deleted.map((i) => 1_000_000 + i),
    'deleted vouchers are marked in fact_vouchers',
  );
  const [altered] = await query<{ n: number }>(
    db,
    `select count(distinct voucher_guid)::int n from tally_analytics.fact_vouchers where reference like 'REV-%'`,
  );
  t.equal(altered!.n, 3, 'altered vouchers carry their new version');
  const [dl] = await query<{ n: number }>(db, `select count(*)::int n from tally_analytics.dim_ledgers where is_deleted`);
  t.equal(dl!.n, 1, 'the deleted ledger is marked');
  const [lines] = await query<{ n: number; d: number }>(
    db,
    `select count(*)::int n, count(distinct (company, voucher_guid, line_no))::int d from tally_analytics.fact_vouchers`,
  );
  t.equal(lines!.n, lines!.d, 'one row per voucher line after the upsert');

  // dbt again with nothing new: the star schema does not change
  const before = await star(db);
  t.equal(await dbt(db), 0);
  t.same(await star(db), before, 'rebuild without new data changes nothing');
});

t.test('UTF-8 and UTF-16 requests give the same records', async (t) => {
  const { sim, url } = await startSim(150);
  t.teardown(() => sim.close());
  const u16 = await tapRecords({ url, encoding: 'utf16' });
  const u8 = await tapRecords({ url, encoding: 'utf8' });
  t.equal(u16.code, 0);
  t.equal(u8.code, 0);
  t.ok(
    sim.requests.some((r) => r.encoding === 'utf8') && sim.requests.some((r) => r.encoding === 'utf16le'),
    'the simulator saw both encodings',
  );
  t.ok(u16.records.length > 300);
  t.same(u8.records, u16.records, 'identical records');
  t.ok(
    u8.records.some((r) => r.record.company === 'مستشفى النور التخصصي'),
    'Arabic company name survives both encodings',
  );
});

t.test('a malformed reply is quarantined, its stream fails clearly, nothing else is lost', async (t) => {
  const { sim, url } = await startSim(300);
  t.teardown(() => sim.close());
  const db = await scratchDb('tally_malformed');
  sim.faults.arm({ kind: 'malformed', match: 'MediVouchers Al Shifa' });
  const cfg = { url, voucher_batch_size: 100, retry_base_ms: 20 };
  const bad = await pipeline(cfg, db, undefined, { tap: TAP });
  t.equal(bad.tapCode, 1, 'the run exits 1');
  t.equal(bad.targetCode, 0, 'the target commits what it got');
  t.match(
    bad.tapErr,
    /unparseable Tally reply to MediVouchers for "Al Shifa Medical Centre LLC".*closes <VOUCHER>|unparseable Tally reply to MediVouchers/,
    'clear error naming the request',
  );
  const [q] = await query<{ stream: string; reason: string; body: string; body_bytes: number }>(
    db,
    `select stream, reason, body, body_bytes::int from raw.tally_quarantine`,
  );
  t.equal(q!.stream, 'tally_vouchers');
  t.match(q!.reason, /closes|truncated|ends inside/);
  t.ok(q!.body.startsWith('<ENVELOPE>') && q!.body.length > 1000, 'raw body stored');
  const counts = await query<{ t: string; n: number }>(
    db,
    `select 'ledgers' t, count(*)::int n from raw.tally_ledgers union all select 'closing', count(*)::int from raw.tally_closing_stock union all select 'other company vouchers', count(*)::int from raw.tally_vouchers where company <> 'Al Shifa Medical Centre LLC'`,
  );
  for (const c of counts) t.ok(c.n > 0, `${c.t} still loaded`);
  const partition = bad.lastState?.bookmarks?.tally_vouchers?.partitions?.find(
    (p: any) => p.context.company === 'Al Shifa Medical Centre LLC',
  );
  t.notOk(partition?.replication_key_value, 'the failed partition keeps its bookmark (none yet)');

  const good = await pipeline(cfg, db, bad.lastState, { tap: TAP });
  t.equal(good.tapCode, 0, 'rerun without the fault completes');
  t.equal(await dbt(db), 0);
  const [v] = await query<{ n: number }>(
    db,
    `select count(distinct voucher_guid)::int n from tally_analytics.fact_vouchers where company = 'Al Shifa Medical Centre LLC'`,
  );
  const live = [...sim.companies[0]!.voucherIndexes()].filter((i) => !sim.companies[0]!.voucher(i).cancelled).length;
  t.equal(v!.n, live, 'after the rerun every voucher is there exactly once');
});

t.test('amounts as Tally prints them load exactly; one unreadable value quarantines its voucher alone', async (t) => {
  // the same books twice, one company answering in the plain signed form, the other as Tally prints amounts
  const plain = new Company({ name: 'Plain Books', seed: 505, vouchers: 240, ledgers: 16, stockItems: 10 });
  const printed = new Company({ name: 'Printed Books', seed: 505, vouchers: 240, ledgers: 16, stockItems: 10, amounts: 'printed' });
  const live = [...printed.voucherIndexes()].filter((i) => !printed.voucher(i).cancelled);
  const [huge, bad] = [live[10]!, live[20]!];
  plain.amountOverrides.set(huge, '-123456789012345.67');
  printed.amountOverrides.set(huge, '12,34,56,78,90,12,345.67 Dr');
  printed.amountOverrides.set(bad, '1,50,0O0.00 Dr');
  const sample = printed.voucher(live[0]!).fields.find((f) => !Array.isArray(f) && f.list === 'ALLLEDGERENTRIES') as Nested;
  const sampleAmount = (sample.items[0]!.find((f) => Array.isArray(f) && f[0] === 'AMOUNT') as string[])[2];
  t.match(sampleAmount, /^[\d,]+\.\d\d (Dr|Cr)$/, 'the simulator prints amounts with grouping and Dr/Cr');
  const sim = new TallySim({ companies: [plain, printed] });
  const url = await sim.listen();
  t.teardown(() => sim.close());
  const db = await scratchDb('tally_printed');
  const run = await pipeline({ url, voucher_batch_size: 100, retry_base_ms: 20 }, db, undefined, { tap: TAP });
  t.equal(run.tapCode, 1, 'the run exits 1, as for any quarantined reply', { err: run.tapErr.slice(-2000) });
  t.equal(run.targetCode, 0, 'the target commits what it got');
  t.match(
    run.tapErr,
    /tally_vouchers for \\?"Printed Books\\?": 1 object\(s\) with a value that cannot be read/,
    'the failure names the stream, company and count',
  );

  const badGuid = printed.voucher(bad).guid;
  const q = await query<{ stream: string; company: string; reason: string; body: string }>(
    db,
    `select stream, company, reason, body from raw.tally_quarantine`,
  );
  t.equal(q.length, 1, 'one record quarantined');
  t.equal(q[0]!.stream, 'tally_vouchers');
  t.equal(q[0]!.company, 'Printed Books');
  t.match(
    q[0]!.reason,
    `ledger AMOUNT "1,50,0O0.00 Dr" is not an amount (<VOUCHER> GUID ${badGuid}`,
    'the reason names the value and the voucher',
  );
  const body = q[0]!.body;
  t.ok(body.startsWith('<VOUCHER') && body.includes(badGuid) && body.endsWith('</VOUCHER>'), "the voucher's XML is kept");
  const counts = await query<{ company: string; n: number; bad: number }>(
    db,
    `select company, count(*)::int n, count(*) filter (where guid = $1)::int bad from raw.tally_vouchers group by 1 order by 1`,
    [badGuid],
  );
  t.same(
    counts,
    [
      { company: 'Plain Books', n: live.length, bad: 1 },
      { company: 'Printed Books', n: live.length - 1, bad: 0 },
    ],
    'every other voucher loaded; the unreadable one did not',
  );
  const [lines] = await query<{ n: number }>(
    db,
    `select count(*)::int n from raw.tally_voucher_ledger_entries where company = 'Printed Books' and voucher_guid = $1`,
    [badGuid],
  );
  t.equal(lines!.n, 0, 'nor did its lines');
  const partition = run.lastState?.bookmarks?.tally_vouchers?.partitions?.find((p: any) => p.context.company === 'Printed Books');
  t.notOk(partition?.replication_key_value, 'the failed partition keeps its bookmark (none yet), so the voucher is asked again');

  // raw: exact numeric, the same for both forms
  const both = async (sql: string) => {
    const [a, b] = await Promise.all(['Printed Books', 'Plain Books'].map((c) => query(db, sql, [c, badGuid])));
    return { printed: a!, plain: b! };
  };
  const ledgerLines = await both(`select voucher_guid, line_no, amount::text, cost_allocations::text from raw.tally_voucher_ledger_entries
    where company = $1 and voucher_guid <> $2 order by 1, 2`);
  t.same(ledgerLines.printed, ledgerLines.plain, 'ledger amounts: printed = plain, exactly');
  const stockLines = await both(`select voucher_guid, line_no, quantity::text, rate::text, amount::text
    from raw.tally_voucher_inventory_entries where company = $1 and voucher_guid <> $2 order by 1, 2`);
  t.same(stockLines.printed, stockLines.plain, 'stock amounts: printed = plain, exactly');
  const masters = await both(`select guid, opening_balance::text, closing_balance::text from raw.tally_ledgers
    where company = $1 and guid <> $2
    union all select guid, opening_value::text, closing_value::text from raw.tally_stock_items where company = $1 order by 1`);
  t.same(masters.printed, masters.plain, 'balances (Dr/Cr) and stock values ((-)): printed = plain');
  const [big] = await query<{ amount: string }>(
    db,
    `select amount::text from raw.tally_voucher_ledger_entries
    where company = 'Printed Books' and voucher_guid = $1 and line_no = 1`,
    [printed.voucher(huge).guid],
  );
  t.equal(big!.amount, '-123456789012345.67', '17 significant digits arrive exactly (a double would round them)');
  const [drcr] = await query<{ n: number; neg: number }>(
    db,
    `select count(*)::int n, count(*) filter (where is_deemed_positive)::int neg
    from raw.tally_voucher_ledger_entries where company = 'Printed Books' and amount < 0`,
  );
  t.ok(drcr!.n > 0 && drcr!.n === drcr!.neg, 'Dr lines are negative (debit), as in the plain form');

  // facts: exact too
  t.equal(await dbt(db), 0, 'dbt run');
  const facts = await both(`select voucher_guid, line_no, amount::text, debit_amount::text, credit_amount::text
    from tally_analytics.fact_vouchers where company = $1 and voucher_guid <> $2 order by 1, 2`);
  t.same(facts.printed, facts.plain, 'fact_vouchers: printed = plain, exactly');
  t.ok(
    facts.printed.some((r: any) => r.amount === '-123456789012345.67' && r.debit_amount === '123456789012345.67'),
    'the huge amount is exact in fact_vouchers',
  );
  const moves = await both(`select voucher_guid, line_no, quantity::text, rate::text, amount::text from tally_analytics.fact_stock_movements
    where company = $1 and voucher_guid <> $2 order by 1, 2`);
  t.same(moves.printed, moves.plain, 'fact_stock_movements: printed = plain, exactly');
});

t.test('503, a dropped connection and a timeout are retried within bounds; exhausted retries fail clearly', async (t) => {
  const { sim, url } = await startSim(200);
  t.teardown(() => sim.close());
  const clean = await tapRecords({ url });
  sim.faults.arm(
    { kind: 'status', status: 503, times: 2, match: 'MediLedger ' },
    { kind: 'truncate', match: 'MediVouchers' },
    { kind: 'timeout', match: 'MediGroup ' },
    { kind: 'latency', ms: 300, match: 'MediUnit ' },
  );
  const started = Date.now();
  const faulty = await tapRecords({ url, request_timeout_seconds: 1, retry_base_ms: 50 });
  t.equal(faulty.code, 0, 'recovered', { err: faulty.stderr.slice(-2000) });
  t.same(sim.faults.applied.map((f) => f.kind).sort(), ['latency', 'status', 'status', 'timeout', 'truncate']);
  const key = (r: { stream: string; record: Record<string, unknown> }) => `${r.stream}|${JSON.stringify(r.record)}`;
  t.same([...new Set(faulty.records.map(key))].sort(), [...new Set(clean.records.map(key))].sort(), 'same records as a clean run');
  t.ok(Date.now() - started < 20_000, 'recovery within the retry bounds');
  t.match(faulty.stderr, /retry 1\/3/);

  sim.faults.arm({ kind: 'status', status: 500, times: 10, match: 'MediCompanies' });
  const dead = await tapRecords({ url, retry_base_ms: 10 });
  t.equal(dead.code, 1);
  t.match(dead.stderr, /HTTP 500.*gave up after 4 attempts/);
});

t.test('SIGKILL mid-sync, then rerun from the last committed state: the same star schema as a clean run', async (t) => {
  const { sim, url } = await startSim(1500);
  t.teardown(() => sim.close());
  const cfg = { url, voucher_batch_size: 200 };
  const clean = await scratchDb('tally_clean');
  t.equal((await pipeline(cfg, clean, undefined, { tap: TAP })).tapCode, 0);
  t.equal(await dbt(clean), 0);

  const crashed = await scratchDb('tally_crashed');
  const killed = await pipeline(cfg, crashed, undefined, { tap: TAP, killAfterRecords: 2500, target: { batch_size_rows: 300 } });
  t.equal(killed.targetCode, null, 'target killed');
  const [partial] = await query<{ n: number }>(crashed, `select count(*)::int n from raw.tally_vouchers`);
  t.ok(partial!.n > 0 && partial!.n < 1500, `killed mid-vouchers (${partial!.n} committed)`);
  const rerun = await pipeline(cfg, crashed, killed.lastState, { tap: TAP });
  t.equal(rerun.tapCode, 0);
  t.equal(rerun.targetCode, 0);
  t.equal(await dbt(crashed), 0);
  t.same(await star(crashed), await star(clean), 'identical star schema');
});

t.test('a company whose AlterID counter went below the bookmark (restored or replaced) is read again, and said', async (t) => {
  const big = await startSim(600);
  t.teardown(() => big.sim.close());
  const first = await runTapAlone(TAP, { url: big.url, voucher_batch_size: 100, retry_base_ms: 20 });
  t.equal(first.code, 0, first.stderr.slice(-2000));
  t.ok(first.state, 'a state to resume from');
  // the same company restored from an older backup: fewer vouchers, a lower AltVchId than the bookmark
  const small = await startSim(100);
  t.teardown(() => small.sim.close());
  const again = await runTapAlone(TAP, { url: small.url, voucher_batch_size: 100, retry_base_ms: 20 }, first.state);
  t.equal(again.code, 0, again.stderr.slice(-2000));
  t.match(
    again.stderr,
    /AltVchId \d+ is below the bookmark \d+ \(the company was restored from a backup or replaced\): reading all of it again/,
  );
  const live = small.sim.companies[0]!;
  const expected = [...live.voucherIndexes()].filter((i) => !live.voucher(i).cancelled).length;
  const got = again.records.filter((r) => r.stream === 'tally_vouchers' && r.record.company === live.name).length;
  t.equal(got, expected, 'every live voucher of the restored company');
  const stock = again.records.filter((r) => r.stream === 'tally_closing_stock' && r.record.company === live.name);
  t.equal(stock.length, live.mastersOf('STOCKITEM').length, 'closing stock of every item is taken again too');
  t.match(again.stderr, /tally_closing_stock \\"Al Shifa Medical Centre LLC\\": AltMstId \+ AltVchId \d+ is below the bookmark/);
});

type Run = Awaited<ReturnType<typeof runTapAlone>>;
const partitionOf = (run: Run, stream: string, company: string) =>
  (run.state as any)?.bookmarks?.[stream]?.partitions?.find((p: any) => p.context.company === company);

t.test('a company closed mid-run: no deletions, bookmarks and live sets kept; reopened, it is read again', async (t) => {
  const { sim, url } = await startSim(300);
  t.teardown(() => sim.close());
  const cfg = { url, voucher_batch_size: 100, retry_base_ms: 20 };
  const first = await runTapAlone(TAP, cfg);
  t.equal(first.code, 0, first.stderr.slice(-2000));
  const company = sim.companies[0]!;
  const change = applyMutation(company, { alter_vouchers: 2, delete_vouchers: 1, alter_ledgers: 1 });
  // closed in Tally right after the company list was read: data requests get STATUS 1 and an empty collection
  sim.afterCompanyList = () => sim.closed.add(company.name);
  const closed = await runTapAlone(TAP, cfg, first.state);
  t.equal(closed.code, 1, 'the run fails');
  t.same(
    closed.records.filter((r) => r.stream === 'tally_deleted_objects'),
    [],
    'nothing is marked deleted',
  );
  t.match(
    closed.stderr,
    /tally_vouchers for \\"Al Shifa Medical Centre LLC\\": the deletion sweep found 0 live object\(s\) where \d+ were live last time; company \\"Al Shifa Medical Centre LLC\\" is no longer open in Tally/,
    'the failure names the stream, the company and why',
  );
  for (const stream of ['tally_vouchers', 'tally_ledgers', 'tally_groups', 'tally_closing_stock'])
    t.same(partitionOf(closed, stream, company.name), partitionOf(first, stream, company.name), `${stream}: bookmark and live set kept`);

  // without the sweep, the empty incremental read must not move the bookmark past the changes
  sim.closed.clear();
  const noSweep = await runTapAlone(TAP, { ...cfg, deletion_sweep: false }, first.state);
  t.equal(noSweep.code, 1);
  t.match(noSweep.stderr, /tally_vouchers for \\"Al Shifa Medical Centre LLC\\": Tally returned nothing although the books changed/);
  t.same(partitionOf(noSweep, 'tally_vouchers', company.name), partitionOf(first, 'tally_vouchers', company.name), 'bookmark kept');

  sim.afterCompanyList = undefined;
  sim.closed.clear();
  const reopened = await runTapAlone(TAP, cfg, closed.state);
  t.equal(reopened.code, 0, reopened.stderr.slice(-2000));
  t.same(
    reopened.records
      .filter((r) => r.stream === 'tally_deleted_objects')
      .map((r) => r.record.master_id)
      .sort(),
    change.deleted.map((i) => 1_000_000 + i),
    'reopened: exactly the deleted voucher is reported',
  );
  const vouchers = reopened.records.filter((r) => r.stream === 'tally_vouchers' && r.record.company === company.name);
  t.equal(vouchers.length, change.altered.length, 'and the altered vouchers are read');
  t.equal(reopened.records.filter((r) => r.stream === 'tally_ledgers').length, 1, 'and the altered ledger');

  // most vouchers really deleted while the company is open: Tally answers for it, so they are reported
  const most = [...company.voucherIndexes()].slice(0, 250);
  company.deleteVouchers(most);
  const massDeleted = await runTapAlone(TAP, cfg, reopened.state);
  t.equal(massDeleted.code, 0, massDeleted.stderr.slice(-2000));
  t.equal(
    massDeleted.records.filter((r) => r.stream === 'tally_deleted_objects' && r.record.object_type === 'tally_vouchers').length,
    most.length - change.deleted.filter((i) => most.includes(i)).length,
    'a real mass deletion is reported',
  );
  t.match(massDeleted.stderr, /Tally answers for the company, so they are reported deleted/, 'and said');
});

t.test('a voucher with an empty required value is quarantined; an undated one fails its stream clearly', async (t) => {
  const books = new Company({ name: 'Damaged Books', seed: 606, vouchers: 120, ledgers: 10, stockItems: 6 });
  const live = [...books.voucherIndexes()].filter((i) => !books.voucher(i).cancelled);
  const [noDate, noMasterId, undated] = [live[5]!, live[40]!, live[80]!];
  books.damaged.set(noDate, { blank: ['DATE'] });
  books.damaged.set(noMasterId, { omit: ['MASTERID'] });
  books.undated.add(undated);
  const sim = new TallySim({ companies: [books] });
  const url = await sim.listen();
  t.teardown(() => sim.close());
  const db = await scratchDb('tally_damaged');
  const run = await pipeline({ url, voucher_batch_size: 50, retry_base_ms: 20 }, db, undefined, { tap: TAP });
  t.equal(run.tapCode, 1, 'the run exits 1', { err: run.tapErr.slice(-2000) });
  t.equal(run.targetCode, 0, 'the target loads everything else', { err: run.targetErr.slice(-2000) });
  t.notMatch(run.tapErr, /Cannot read properties/, 'no crash');
  t.match(
    run.tapErr,
    /tally_vouchers for \\"Damaged Books\\": 2 object\(s\) with a value that cannot be read.*; and Tally counts 1 live voucher\(s\) without a date/,
    'the undated voucher is named with stream and company',
  );
  const q = await query<{ reason: string }>(db, `select reason from raw.tally_quarantine order by reason`);
  t.same(
    q.map((r) => r.reason.replace(/ \(<VOUCHER>.*$/, '')),
    ['<VOUCHER> without a MASTERID', 'voucher date is empty, and it is required'],
    'each damaged voucher is quarantined with its reason',
  );
  t.match(q.find((r) => r.reason.includes('date'))!.reason, books.voucher(noDate).guid);
  const [v] = await query<{ n: number; nulls: number }>(
    db,
    `select count(*)::int n, count(*) filter (where date is null or master_id is null)::int nulls from raw.tally_vouchers`,
  );
  t.equal(v!.n, live.length - 3, 'every other voucher loaded');
  t.equal(v!.nulls, 0, 'none with a null required value');
  const memos = JSON.stringify((run.lastState as any)?.bookmarks ?? {});
  t.notMatch(memos, /null/, 'no null ids in the state');
  t.notOk(
    partitionOf({ state: run.lastState } as Run, 'tally_vouchers', 'Damaged Books')?.replication_key_value,
    'the voucher bookmark stays',
  );
});

t.test('an error page in UTF-16 reads as text and fails only its stream, naming the request; no company open is said', async (t) => {
  const { sim, url } = await startSim(100);
  t.teardown(() => sim.close());
  sim.faults.arm({ kind: 'status', status: 500, times: 10, match: 'MediLedger Al Shifa' });
  const run = await runTapAlone(TAP, { url, retries: 1, retry_base_ms: 10 });
  t.equal(run.code, 1);
  t.match(
    run.stderr,
    /tally_ledgers for \\"Al Shifa Medical Centre LLC\\": Tally MediLedger for \\"Al Shifa Medical Centre LLC\\": HTTP 500 from [^ ]+: Service Unavailable \(gave up after 2 attempts\)/,
    'the error names stream, request and company, with the body as text',
  );
  t.ok(
    run.records.some((r) => r.stream === 'tally_vouchers' && r.record.company === 'Al Shifa Medical Centre LLC'),
    'the other streams completed',
  );

  const empty = new TallySim({ companies: [] });
  const emptyUrl = await empty.listen();
  t.teardown(() => empty.close());
  const none = await runTapAlone(TAP, { url: emptyUrl });
  t.equal(none.code, 0);
  t.match(none.stderr, /"level":"warn","message":"no company is open in Tally/, 'zero open companies is a warning');
});
