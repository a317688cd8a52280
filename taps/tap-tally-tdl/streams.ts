// One stream per Tally contract: the contract (generated) plus a fetch. Incremental by AlterID: a stream whose
// company counter has not moved past its bookmark asks Tally nothing; otherwise a GUID/MasterID sweep finds
// deleted objects (kept between runs as live-id ranges) and `$AlterID > bookmark` fetches the changed ones.
// Vouchers are asked for in date batches sized from per-day counts, so Tally never builds one huge reply.
import type { Logger } from '../../kit/singer/log.js';
import { defineStream, StreamFailure, Watermark, type FetchContext, type StreamDef } from '../../kit/singer/tap-kit.js';
import type { GeneratedContract } from '../../kit/contracts/generated-contract.js';
import * as tally from '../../generated/contracts/tally.js';
import { TallyClient, type CompanyInfo } from './client.js';
import { IdRanges } from './id-ranges.js';
import { alterIdAbove, dateRange, LIVE_VOUCHERS, packDays } from './tdl.js';
import type { TallyConfig } from './settings.js';
import type { TallyNode, TallyObject } from './xml-objects.js';
import * as v from './values.js';
import { Decimal } from '../../kit/singer/decimal.js';

type Ctx = FetchContext<TallyConfig, TallyClient>;
type Rec = Record<string, unknown>;

/** A decimal text as the record's value: written as an exact JSON number, never through a double. */
const d = (x: string | null): Decimal | null => (x === null ? null : new Decimal(x));

const COMMON_FETCH = ['GUID', 'MASTERID', 'ALTERID', 'NAME'];

const requiredColumns = new Map<GeneratedContract, string[]>();

/**
 * The record, once every column its contract requires has a value; else TallyValueError naming the column, so
 * the object is quarantined with that reason (a null there would fail the whole load in the target).
 */
function complete<R extends Rec>(contract: GeneratedContract, rec: R, what: string): R {
  let cols = requiredColumns.get(contract);
  if (!cols) requiredColumns.set(contract, (cols = contract.contract.columns.filter((c) => c.required).map((c) => c.name)));
  for (const c of cols)
    if (rec[c] === null || rec[c] === undefined) throw new v.TallyValueError(`${what} ${c} is empty, and it is required`);
  return rec;
}

function base(o: TallyObject, company: string): Rec {
  const n = o.node;
  const guid = v.str(n.GUID);
  if (!guid) throw new v.TallyValueError(`<${o.element}> without a GUID`);
  const master_id = v.number(n.MASTERID, 'MasterID');
  const alter_id = v.number(n.ALTERID, 'AlterID');
  // the ids key the live set and the bookmark: an object without them cannot be tracked
  if (master_id === null) throw new v.TallyValueError(`<${o.element}> without a MASTERID`);
  if (alter_id === null) throw new v.TallyValueError(`<${o.element}> without an ALTERID`);
  return { company, guid, master_id, alter_id, name: v.str(n['@_NAME']) ?? v.str(n.NAME) };
}

interface MasterSpec {
  contract: typeof tally.ledgers;
  /** TDL object type */
  type: string;
  fetch: string[];
  map: (n: TallyNode) => Rec;
}

const MASTERS: MasterSpec[] = [
  {
    contract: tally.groups,
    type: 'Group',
    fetch: ['PARENT', '_PRIMARYGROUP', 'ISREVENUE', 'ISDEEMEDPOSITIVE', 'ISRESERVED', 'AFFECTSGROSSPROFIT', 'SORTPOSITION'],
    map: (n) => ({
      parent: v.parent(n.PARENT),
      primary_group: v.str(n._PRIMARYGROUP),
      is_revenue: v.logical(n.ISREVENUE),
      is_deemed_positive: v.logical(n.ISDEEMEDPOSITIVE),
      is_reserved: v.logical(n.ISRESERVED),
      affects_gross_profit: v.logical(n.AFFECTSGROSSPROFIT),
      sort_position: v.number(n.SORTPOSITION),
    }),
  },
  {
    contract: tally.ledgers,
    type: 'Ledger',
    fetch: [
      'PARENT',
      'ONLYALIAS',
      'OPENINGBALANCE',
      'CLOSINGBALANCE',
      'ISREVENUE',
      'ISDEEMEDPOSITIVE',
      'MAILINGNAME',
      'ADDRESS',
      'LEDSTATENAME',
      'COUNTRYNAME',
      'PINCODE',
      'EMAIL',
      'INCOMETAXNUMBER',
      'PARTYGSTIN',
      'BILLCREDITPERIOD',
    ],
    map: (n) => ({
      parent: v.parent(n.PARENT),
      alias: v.str(n.ONLYALIAS),
      opening_balance: d(v.amount(n.OPENINGBALANCE, 'OpeningBalance')),
      closing_balance: d(v.amount(n.CLOSINGBALANCE, 'ClosingBalance')),
      is_revenue: v.logical(n.ISREVENUE),
      is_deemed_positive: v.logical(n.ISDEEMEDPOSITIVE),
      // TallyPrime writes it as a list (MAILINGNAME.LIST > MAILINGNAME); a plain leaf is read too
      mailing_name: v.str(n.MAILINGNAME) ?? v.list(n['MAILINGNAME.LIST'], 'MAILINGNAME'),
      address: v.list(n['ADDRESS.LIST'], 'ADDRESS'),
      state: v.str(n.LEDSTATENAME),
      country: v.str(n.COUNTRYNAME),
      pincode: v.str(n.PINCODE),
      email: v.str(n.EMAIL),
      pan: v.str(n.INCOMETAXNUMBER),
      gstin: v.str(n.PARTYGSTIN),
      bill_credit_period_days: v.dueDays(n.BILLCREDITPERIOD),
    }),
  },
  {
    contract: tally.voucherTypes,
    type: 'VoucherType',
    fetch: ['PARENT', 'NUMBERINGMETHOD', 'ISDEEMEDPOSITIVE', 'AFFECTSSTOCK'],
    map: (n) => ({
      parent: v.parent(n.PARENT),
      numbering_method: v.str(n.NUMBERINGMETHOD),
      is_deemed_positive: v.logical(n.ISDEEMEDPOSITIVE),
      affects_stock: v.logical(n.AFFECTSSTOCK),
    }),
  },
  {
    contract: tally.costCategories,
    type: 'CostCategory',
    fetch: ['ALLOCATEREVENUE', 'ALLOCATENONREVENUE'],
    map: (n) => ({ allocate_revenue: v.logical(n.ALLOCATEREVENUE), allocate_non_revenue: v.logical(n.ALLOCATENONREVENUE) }),
  },
  {
    contract: tally.costCentres,
    type: 'CostCentre',
    fetch: ['PARENT', 'CATEGORY', 'FORPAYROLL'],
    map: (n) => ({ parent: v.parent(n.PARENT), category: v.parent(n.CATEGORY), for_payroll: v.logical(n.FORPAYROLL) }),
  },
  {
    contract: tally.godowns,
    type: 'Godown',
    fetch: ['PARENT', 'ADDRESS'],
    map: (n) => ({ parent: v.parent(n.PARENT), address: v.list(n['ADDRESS.LIST'], 'ADDRESS') }),
  },
  {
    contract: tally.units,
    type: 'Unit',
    fetch: ['FORMALNAME', 'ISSIMPLEUNIT', 'BASEUNITS', 'ADDITIONALUNITS', 'CONVERSION'],
    map: (n) => ({
      formal_name: v.str(n.FORMALNAME),
      is_simple_unit: v.logical(n.ISSIMPLEUNIT),
      // `&#4; Not Applicable`: no unit
      base_units: v.parent(n.BASEUNITS),
      additional_units: v.parent(n.ADDITIONALUNITS),
      conversion: d(v.signedDecimal(v.text(n.CONVERSION), 'Conversion', 'a number')),
    }),
  },
  { contract: tally.stockGroups, type: 'StockGroup', fetch: ['PARENT'], map: (n) => ({ parent: v.parent(n.PARENT) }) },
  { contract: tally.stockCategories, type: 'StockCategory', fetch: ['PARENT'], map: (n) => ({ parent: v.parent(n.PARENT) }) },
  {
    contract: tally.stockItems,
    type: 'StockItem',
    fetch: [
      'PARENT',
      'CATEGORY',
      'BASEUNITS',
      'OPENINGBALANCE',
      'OPENINGRATE',
      'OPENINGVALUE',
      'CLOSINGBALANCE',
      'CLOSINGRATE',
      'CLOSINGVALUE',
      'COSTINGMETHOD',
      'PARTNO',
    ],
    map: (n) => ({
      parent: v.parent(n.PARENT),
      category: v.parent(n.CATEGORY),
      base_units: v.parent(n.BASEUNITS),
      opening_qty: d(v.quantity(n.OPENINGBALANCE, 'OpeningBalance').value),
      opening_rate: d(v.rate(n.OPENINGRATE, 'OpeningRate').value),
      opening_value: d(v.amount(n.OPENINGVALUE, 'OpeningValue')),
      closing_qty: d(v.quantity(n.CLOSINGBALANCE, 'ClosingBalance').value),
      closing_rate: d(v.rate(n.CLOSINGRATE, 'ClosingRate').value),
      closing_value: d(v.amount(n.CLOSINGVALUE, 'ClosingValue')),
      costing_method: v.str(n.COSTINGMETHOD),
      part_no: v.str(n.PARTNO),
    }),
  },
];

const DELETED = tally.deletedObjects.singer.stream;

/**
 * Ids deleted since the last sweep: emitted before the new live set is remembered. Only a complete listing is
 * believed: an object of it that could not be read (quarantined), or a gap `incomplete` names (a day whose count
 * could not be read), would read as deleted, so then nothing is marked deleted and the live set of last time is
 * kept for the next run's sweep (`skipped` says why). A sweep that finds nothing live, or under half of what was
 * live last time, is believed only once Tally is seen answering for the company: a company closed during the run
 * answers with empty collections (STATUS 1), which would mark every object deleted. Then the stream fails
 * instead, naming why, with its bookmark and live set kept.
 */
async function sweep(
  ctx: Ctx,
  stream: string,
  company: string,
  counter: number,
  lists: AsyncIterable<number>,
  incomplete: () => string | undefined = () => undefined,
): Promise<{ live: IdRanges; skipped?: string }> {
  const quarantinedBefore = ctx.client.quarantined(stream, company);
  const live = new IdRanges();
  for await (const id of lists) live.add(id);
  const before = IdRanges.from(ctx.memo);
  const unread = ctx.client.quarantined(stream, company) - quarantinedBefore;
  const skipped = unread ? `${unread} object(s) of the listing could not be read` : incomplete();
  if (skipped) {
    ctx.logger.error(
      `${stream} "${company}": deletion sweep skipped, ${skipped}: nothing is marked deleted, and the next run sweeps again`,
    );
    return { live: before, skipped };
  }
  const [was, now] = [before.size, live.size];
  // a counter below the bookmark: a company restored from a backup (said by sinceCounter) may well hold far fewer
  const restored = ctx.since !== undefined && Number(ctx.since) > counter;
  const found = `the deletion sweep found ${now} live object(s) where ${was} were live last time`;
  const why = was > 0 && (now === 0 || now * 2 < was) ? await ctx.client.answering(company) : undefined;
  // Tally still answers for the company (listed, its reserved groups there): the deletions are real (the only cost
  // centre deleted, a restore from a backup), and said
  if (why === null)
    ctx.logger.warn(
      `${stream} "${company}": ${found}${restored ? ', and the company was restored from a backup' : ''}; Tally answers for the company, so they are reported deleted`,
    );
  else if (why !== undefined)
    throw new StreamFailure(
      `${stream} for "${company}": ${found}; ${why}. Nothing is marked deleted; the bookmark and the live set are kept, so the company is read again once it is open`,
    );
  const detected_at = new Date().toISOString();
  let n = 0;
  for (const master_id of before.minus(live)) {
    await ctx.emit(DELETED, { company, object_type: stream, master_id, detected_at, books_counter: counter });
    n++;
  }
  if (n) ctx.logger.info(`${stream} "${company}": ${n} deleted since the last sync`);
  return { live };
}

function companyOf(ctx: Ctx): string {
  return String(ctx.partition.company);
}

/**
 * A read that returned nothing although the company's counter moved past the bookmark (or there is none) is
 * only believed once Tally is seen answering for the company: a company closed mid-run answers every data
 * request with an empty collection, and the bookmark would move past changes never received.
 */
async function believeEmpty(ctx: Ctx, stream: string, company: string): Promise<void> {
  const why = await ctx.client.answering(company);
  if (why !== null)
    throw new StreamFailure(`${stream} for "${company}": Tally returned nothing although the books changed; ${why}. The bookmark is kept`);
}

const partitions = async ({ client }: { client: TallyClient }) => (await client.selectedCompanies()).map((company) => ({ company }));

const UNCHANGED = Symbol('unchanged');

/**
 * Where to read from by the company's AlterID counter: UNCHANGED when the bookmark equals it (nothing asked);
 * the bookmark when the counter moved on; everything (undefined) when there is no bookmark, or when the counter
 * is below it: a counter never goes back in one company, so the company was restored from a backup or replaced,
 * and the bookmark means nothing there (said loudly: "unchanged" would have read nothing, for good).
 */
function sinceCounter(
  ctx: { since?: unknown; logger: Logger },
  what: string,
  counter: string,
  value: number,
): number | undefined | typeof UNCHANGED {
  if (ctx.since === undefined) return undefined;
  const since = Number(ctx.since);
  if (since === value) {
    ctx.logger.info(`${what} unchanged (${counter} ${value}), nothing asked`);
    return UNCHANGED;
  }
  if (since > value) {
    ctx.logger.warn(
      `${what}: ${counter} ${value} is below the bookmark ${since} (the company was restored from a backup or replaced): reading all of it again`,
    );
    return undefined;
  }
  return since;
}

function masterStream(spec: MasterSpec): StreamDef<TallyConfig, TallyClient> {
  const stream = spec.contract.singer.stream;
  return defineStream<TallyConfig, TallyClient>({
    singer: spec.contract.singer,
    partitions,
    async *fetch(ctx) {
      const company = companyOf(ctx);
      const info = await ctx.client.company(company);
      const since = sinceCounter(ctx, `${stream} "${company}": masters`, 'AltMstId', info.altMstId);
      if (since === UNCHANGED) return;
      const id = `Medi${spec.type}`;
      let live = IdRanges.from(ctx.memo);
      if (ctx.config.deletion_sweep && ctx.memo !== undefined) {
        // a skipped sweep has quarantined objects, which fail the stream at settle below
        ({ live } = await sweep(
          ctx,
          stream,
          company,
          info.altMstId,
          (async function* () {
            for await (const mid of ctx.client.export(
              stream,
              company,
              { id: `${id}Sweep`, type: spec.type, fetch: ['GUID', 'MASTERID', 'ALTERID'] },
              ctx.emit,
              (o) => v.number(o.node.MASTERID, 'MasterID'),
            ))
              if (mid !== null) yield mid;
          })(),
        ));
      }
      const req = {
        id,
        type: spec.type,
        fetch: [...COMMON_FETCH, ...spec.fetch],
        ...(since !== undefined ? { filters: { MediChanged: alterIdAbove(since) } } : {}),
      };
      let n = 0;
      for await (const rec of ctx.client.export(stream, company, req, ctx.emit, (o) =>
        complete(spec.contract, { ...base(o, company), ...spec.map(o.node) }, spec.type),
      )) {
        live.add(rec.master_id as number);
        n++;
        yield rec;
      }
      ctx.client.settle(stream, company);
      if (n === 0 && info.altMstId > 0) await believeEmpty(ctx, stream, company);
      ctx.setMemo(live.toJSON());
      yield new Watermark(info.altMstId);
    },
  });
}

const LEDGER_LINES = tally.voucherLedgerEntries.singer.stream;
const STOCK_LINES = tally.voucherInventoryEntries.singer.stream;

/** A ledger line (ALLLEDGERENTRIES). */
function ledgerLine(e: TallyNode, what: string): Rec {
  return {
    ledger: v.str(e.LEDGERNAME),
    is_deemed_positive: v.logical(e.ISDEEMEDPOSITIVE),
    amount: d(v.amount(e.AMOUNT, `${what} AMOUNT`)),
    cost_allocations: v.children(e, 'CATEGORYALLOCATIONS').flatMap((cat) =>
      v.children(cat, 'COSTCENTREALLOCATIONS').map((cc) => ({
        category: v.str(cat.CATEGORY),
        cost_centre: v.str(cc.NAME),
        amount: d(v.amount(cc.AMOUNT, 'cost centre AMOUNT')),
      })),
    ),
  };
}

function voucherRecords(o: TallyObject, company: string): { voucher: Rec; ledger: Rec[]; stock: Rec[] } {
  const n = o.node;
  const b = base(o, company);
  const date = v.date(n.DATE, 'voucher DATE');
  const voucher: Rec = {
    company,
    guid: b.guid,
    master_id: b.master_id,
    alter_id: b.alter_id,
    date,
    voucher_type: v.str(n.VOUCHERTYPENAME) ?? v.str(n['@_VCHTYPE']),
    voucher_number: v.str(n.VOUCHERNUMBER),
    party_ledger: v.str(n.PARTYLEDGERNAME),
    reference: v.str(n.REFERENCE),
    narration: v.str(n.NARRATION),
    is_invoice: v.logical(n.ISINVOICE),
    is_cancelled: v.logical(n.ISCANCELLED),
    is_optional: v.logical(n.ISOPTIONAL),
    is_order_voucher: v.logical(n[ORDER_VOUCHER], 'order voucher flag'),
    vch_key: v.str(n['@_VCHKEY']),
  };
  complete(tally.vouchers, voucher, 'voucher');
  const line = { company, voucher_guid: b.guid, voucher_alter_id: b.alter_id, voucher_date: date };
  const inventory = v.children(n, 'ALLINVENTORYENTRIES');
  // ALLLEDGERENTRIES holds every accounting line, an item invoice's sales/purchase ledger included; Tally repeats
  // that ledger under each stock line (ACCOUNTINGALLOCATIONS) as a breakdown, which is not read: it is not a line
  const ledger = v
    .children(n, 'ALLLEDGERENTRIES')
    .map((e, i) => complete(tally.voucherLedgerEntries, { ...line, line_no: i + 1, ...ledgerLine(e, 'ledger') }, `ledger line ${i + 1}:`));
  const stock = inventory.map((e, i) => {
    const inward = v.logical(e.ISDEEMEDPOSITIVE);
    const qty = v.quantity(e.ACTUALQTY, 'ACTUALQTY');
    const billed = v.quantity(e.BILLEDQTY, 'BILLEDQTY');
    const r = v.rate(e.RATE, 'RATE');
    // Tally writes quantities unsigned: the direction is ISDEEMEDPOSITIVE (No = outward)
    const signed = (q: string | null) => d(q === null ? null : inward === false ? v.negate(q) : q);
    // every godown/batch the line's quantity is split over; godown and batch name the first (one, mostly)
    const batches = v.children(e, 'BATCHALLOCATIONS').map((a) => {
      const q = v.quantity(a.ACTUALQTY, 'batch ACTUALQTY');
      return {
        godown: v.str(a.GODOWNNAME),
        // `&#4; Any`: the item keeps no batches
        batch: v.parent(a.BATCHNAME),
        quantity: signed(q.value),
        unit: q.unit,
        amount: d(v.amount(a.AMOUNT, 'batch AMOUNT')),
      };
    });
    return complete(
      tally.voucherInventoryEntries,
      {
        ...line,
        line_no: i + 1,
        stock_item: v.str(e.STOCKITEMNAME),
        is_inward: inward,
        quantity: signed(qty.value),
        unit: qty.unit,
        billed_quantity: signed(billed.value),
        rate: d(r.value),
        rate_unit: r.unit,
        amount: d(v.amount(e.AMOUNT, 'inventory AMOUNT')),
        godown: batches[0]?.godown ?? null,
        batch: batches[0]?.batch ?? null,
        batch_allocations: batches,
      },
      `stock line ${i + 1}:`,
    );
  });
  return { voucher, ledger, stock };
}

/**
 * Whether a voucher is a Purchase/Sales Order (of a type under one), as Tally computes it for the reference
 * loader: an order posts nothing, and its voucher type's name alone does not say so (a type may be renamed)
 */
const ORDER_VOUCHER = 'MEDIISORDER';
const VOUCHER_COMPUTE = { [ORDER_VOUCHER]: '$$IsOrderVch:$VoucherTypeName' };

const VOUCHER_FETCH = [
  'GUID',
  'MASTERID',
  'ALTERID',
  'DATE',
  'VOUCHERTYPENAME',
  'VOUCHERNUMBER',
  'PARTYLEDGERNAME',
  'REFERENCE',
  'NARRATION',
  'ISINVOICE',
  'ISCANCELLED',
  'ISOPTIONAL',
  'ALLLEDGERENTRIES.LEDGERNAME',
  'ALLLEDGERENTRIES.ISDEEMEDPOSITIVE',
  'ALLLEDGERENTRIES.AMOUNT',
  'ALLLEDGERENTRIES.CATEGORYALLOCATIONS',
  'ALLINVENTORYENTRIES.STOCKITEMNAME',
  'ALLINVENTORYENTRIES.ISDEEMEDPOSITIVE',
  'ALLINVENTORYENTRIES.RATE',
  'ALLINVENTORYENTRIES.AMOUNT',
  'ALLINVENTORYENTRIES.ACTUALQTY',
  'ALLINVENTORYENTRIES.BILLEDQTY',
  'ALLINVENTORYENTRIES.BATCHALLOCATIONS',
];

/**
 * Date batches of at most voucher_batch_size live vouchers (those with AlterID > since, when given), how many
 * vouchers have no date (no date range asks for them), and how many day counts could not be read (each
 * quarantined: its day's vouchers are in no batch). Counted the documented way: an aggregate collection over a
 * source Voucher collection (BY day, AGGRCOMPUTE count), the grouped day as Tally writes it.
 */
async function voucherBatches(
  ctx: Ctx,
  company: string,
  since: number | undefined,
): Promise<{ batches: Array<{ from: string; to: string; count: number }>; undated: number; unreadable: number }> {
  const stream = tally.vouchers.singer.stream;
  const days: Array<[string, number]> = [];
  const req = {
    id: 'MediVoucherDays',
    type: 'Voucher',
    fetch: [],
    by: 'MediDay : $Date',
    aggrCompute: 'MediCount : SUM : $$Number:1',
    filters: { MediLive: LIVE_VOUCHERS, ...(since !== undefined ? { MediChanged: alterIdAbove(since) } : {}) },
  };
  const quarantinedBefore = ctx.client.quarantined(stream, company);
  let undated = 0;
  for await (const [d, n] of ctx.client.export(stream, company, req, ctx.emit, (o) => {
    const count = v.number(o.node.MEDICOUNT, 'day count');
    // an empty count is no count: read as 0, that day's vouchers would be in no batch, and the sweep would call them deleted
    if (count === null) throw new v.TallyValueError(`a day count row without a count (day "${v.text(o.node.MEDIDAY).trim()}")`);
    return [v.groupedDay(o.node.MEDIDAY, 'day'), count] as const;
  }))
    if (d === null) undated += n;
    else days.push([d.replace(/-/g, ''), n]);
  return {
    batches: packDays(days, ctx.config.voucher_batch_size),
    undated,
    unreadable: ctx.client.quarantined(stream, company) - quarantinedBefore,
  };
}

const vouchers = defineStream<TallyConfig, TallyClient>({
  singer: tally.vouchers.singer,
  children: [tally.voucherLedgerEntries.singer, tally.voucherInventoryEntries.singer],
  partitions,
  async *fetch(ctx) {
    const stream = tally.vouchers.singer.stream;
    const company = companyOf(ctx);
    const info = await ctx.client.company(company);
    const since = sinceCounter(ctx, `${stream} "${company}": vouchers`, 'AltVchId', info.altVchId);
    if (since === UNCHANGED) return;
    let live = IdRanges.from(ctx.memo);
    // what this run could not read: once it has read the rest, the stream fails naming these, its bookmark kept
    const problems: string[] = [];
    const undatedText = (n: number) =>
      `Tally counts ${n} live voucher(s) without a date; they are in no date batch, so they were not read and no deletion was looked for. The bookmark is kept: give them a date in Tally`;
    if (ctx.config.deletion_sweep && ctx.memo !== undefined) {
      const all = await voucherBatches(ctx, company, undefined);
      // a voucher of a day left out of the listing (undated, or its day's count unreadable) would read as deleted
      const gap = all.undated
        ? undatedText(all.undated)
        : all.unreadable
          ? `${all.unreadable} day count(s) could not be read (each in tally_quarantine), so the vouchers of those days were not listed and no deletion was looked for`
          : undefined;
      if (gap) {
        ctx.logger.error(`${stream} "${company}": deletion sweep skipped: ${gap}`);
        problems.push(gap);
      } else {
        // a batch listing fewer vouchers than Tally counted for it is incomplete (a reply cut short, or read wrong)
        const short: string[] = [];
        const swept = await sweep(
          ctx,
          stream,
          company,
          info.altVchId,
          (async function* () {
            for (const b of all.batches) {
              const req = {
                id: 'MediVoucherSweep',
                type: 'Voucher',
                fetch: ['GUID', 'MASTERID', 'ALTERID'],
                filters: { MediLive: LIVE_VOUCHERS, MediPeriod: dateRange(b.from, b.to) },
              };
              let listed = 0;
              for await (const mid of ctx.client.export(stream, company, req, ctx.emit, (o) => v.number(o.node.MASTERID, 'MasterID')))
                if (mid !== null) {
                  listed++;
                  yield mid;
                }
              if (listed < b.count) short.push(`${b.from}..${b.to}: ${listed} of ${b.count}`);
            }
          })(),
          () => (short.length ? `fewer vouchers listed than Tally counted (${short.join(', ')})` : undefined),
        );
        live = swept.live;
        if (swept.skipped) problems.push(`the deletion sweep was skipped: ${swept.skipped}`);
      }
    }
    const changed = await voucherBatches(ctx, company, since);
    const { batches } = changed;
    if (changed.undated && !problems.some((p) => p.startsWith('Tally counts'))) problems.push(undatedText(changed.undated));
    if (changed.unreadable)
      problems.push(
        `${changed.unreadable} day count(s) could not be read (each in tally_quarantine), so the vouchers of those days were not read`,
      );
    ctx.logger.info(
      `${stream} "${company}": ${batches.reduce((n, b) => n + b.count, 0)} vouchers to read in ${batches.length} date batch(es)`,
    );
    let n = 0;
    for (const b of batches) {
      const req = {
        id: 'MediVouchers',
        type: 'Voucher',
        fetch: VOUCHER_FETCH,
        compute: VOUCHER_COMPUTE,
        filters: {
          MediLive: LIVE_VOUCHERS,
          MediPeriod: dateRange(b.from, b.to),
          ...(since !== undefined ? { MediChanged: alterIdAbove(since) } : {}),
        },
      };
      for await (const r of ctx.client.export(stream, company, req, ctx.emit, (o) => voucherRecords(o, company))) {
        live.add(r.voucher.master_id as number);
        n++;
        yield r.voucher;
        for (const l of r.ledger) await ctx.emit(LEDGER_LINES, l);
        for (const s of r.stock) await ctx.emit(STOCK_LINES, s);
      }
    }
    try {
      ctx.client.settle(stream, company);
    } catch (e) {
      if (problems.length && e instanceof StreamFailure) e.message += `; and ${problems.join('; and ')}`;
      throw e;
    }
    if (problems.length) throw new StreamFailure(`${stream} for "${company}": ${problems.join('; and ')}`);
    if (n === 0 && info.altVchId > 0) await believeEmpty(ctx, stream, company);
    ctx.setMemo(live.toJSON());
    yield new Watermark(info.altVchId);
  },
});

/**
 * Closing stock per item, taken when the books changed. Its bookmark is AltMstId + AltVchId, set by a
 * Watermark whether or not any item came back: a company without stock items is not asked again until its
 * books change. A version below the bookmark (a company restored from a backup) is read again, as sinceCounter says.
 */
const closingStock = defineStream<TallyConfig, TallyClient>({
  singer: tally.closingStock.singer,
  partitions,
  async *fetch(ctx) {
    const stream = tally.closingStock.singer.stream;
    const company = companyOf(ctx);
    const info: CompanyInfo = await ctx.client.company(company);
    const version = info.altMstId + info.altVchId;
    if (sinceCounter(ctx, `${stream} "${company}"`, 'AltMstId + AltVchId', version) === UNCHANGED) return;
    // the figures are the closing of the report period sent with the request: its last day is their date
    const period = await ctx.client.period(company);
    const asOf = period
      ? `${period.to.slice(0, 4)}-${period.to.slice(4, 6)}-${period.to.slice(6, 8)}`
      : (info.lastVoucherDate ?? new Date().toISOString().slice(0, 10));
    const req = {
      id: 'MediClosingStock',
      type: 'StockItem',
      fetch: ['GUID', 'NAME', 'BASEUNITS', 'CLOSINGBALANCE', 'CLOSINGRATE', 'CLOSINGVALUE'],
    };
    let n = 0;
    for await (const rec of ctx.client.export(stream, company, req, ctx.emit, (o) => {
      const q = v.quantity(o.node.CLOSINGBALANCE, 'ClosingBalance');
      return complete(
        tally.closingStock,
        {
          company,
          stock_item_guid: v.str(o.node.GUID),
          stock_item: v.str(o.node['@_NAME']),
          as_of: asOf,
          books_version: version,
          closing_qty: d(q.value),
          unit: q.unit ?? v.parent(o.node.BASEUNITS),
          closing_rate: d(v.rate(o.node.CLOSINGRATE, 'ClosingRate').value),
          closing_value: d(v.amount(o.node.CLOSINGVALUE, 'ClosingValue')),
        },
        'stock item',
      );
    })) {
      n++;
      yield rec;
    }
    ctx.client.settle(stream, company);
    if (n === 0 && version > 0) await believeEmpty(ctx, stream, company);
    yield new Watermark(version);
  },
});

export const STREAMS: StreamDef<TallyConfig, TallyClient>[] = [...MASTERS.map(masterStream), vouchers, closingStock];
export const EXTRA_STREAMS = [tally.deletedObjects.singer, tally.quarantine.singer];

export function createClient(cfg: TallyConfig, logger: Logger): TallyClient {
  return new TallyClient(cfg, logger);
}
