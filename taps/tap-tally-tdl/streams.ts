// One stream per Tally contract: the contract (generated) plus a fetch. Incremental by AlterID: a stream whose
// company counter has not moved past its bookmark asks Tally nothing; otherwise a GUID/MasterID sweep finds
// deleted objects (kept between runs as live-id ranges) and `$AlterID > bookmark` fetches the changed ones.
// Vouchers are asked for in date batches sized from per-day counts, so Tally never builds one huge reply.
import type { Logger } from '../../kit/singer/log.js';
import { defineStream, Watermark, type FetchContext, type StreamDef } from '../../kit/singer/tap-kit.js';
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

function base(o: TallyObject, company: string): Rec {
  const n = o.node;
  const guid = v.str(n.GUID);
  if (!guid) throw new v.TallyValueError(`<${o.element}> without a GUID`);
  return {
    company,
    guid,
    master_id: v.number(n.MASTERID, 'MasterID'),
    alter_id: v.number(n.ALTERID, 'AlterID'),
    name: v.str(n['@_NAME']) ?? v.str(n.NAME),
  };
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
      mailing_name: v.str(n.MAILINGNAME),
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
      base_units: v.str(n.BASEUNITS),
      additional_units: v.str(n.ADDITIONALUNITS),
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
      base_units: v.str(n.BASEUNITS),
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

/** Ids deleted since the last sweep: emitted before the new live set is remembered. */
async function sweep(ctx: Ctx, stream: string, company: string, counter: number, lists: AsyncIterable<number>): Promise<IdRanges> {
  const live = new IdRanges();
  for await (const id of lists) live.add(id);
  const before = IdRanges.from(ctx.memo);
  const detected_at = new Date().toISOString();
  let n = 0;
  for (const master_id of before.minus(live)) {
    await ctx.emit(DELETED, { company, object_type: stream, master_id, detected_at, books_counter: counter });
    n++;
  }
  if (n) ctx.logger.info(`${stream} "${company}": ${n} deleted since the last sync`);
  return live;
}

function companyOf(ctx: Ctx): string {
  return String(ctx.partition.company);
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
        live = await sweep(
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
        );
      }
      const req = {
        id,
        type: spec.type,
        fetch: [...COMMON_FETCH, ...spec.fetch],
        ...(since !== undefined ? { filters: { MediChanged: alterIdAbove(since) } } : {}),
      };
      for await (const rec of ctx.client.export(stream, company, req, ctx.emit, (o) => ({ ...base(o, company), ...spec.map(o.node) }))) {
        live.add(rec.master_id as number);
        yield rec;
      }
      ctx.client.settle(stream, company);
      ctx.setMemo(live.toJSON());
      yield new Watermark(info.altMstId);
    },
  });
}

const LEDGER_LINES = tally.voucherLedgerEntries.singer.stream;
const STOCK_LINES = tally.voucherInventoryEntries.singer.stream;

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
    vch_key: v.str(n['@_VCHKEY']),
  };
  const line = { company, voucher_guid: b.guid, voucher_alter_id: b.alter_id, voucher_date: date };
  const ledger = v.children(n, 'ALLLEDGERENTRIES').map((e, i) => ({
    ...line,
    line_no: i + 1,
    ledger: v.str(e.LEDGERNAME),
    is_deemed_positive: v.logical(e.ISDEEMEDPOSITIVE),
    amount: d(v.amount(e.AMOUNT, 'ledger AMOUNT')),
    cost_allocations: v.children(e, 'CATEGORYALLOCATIONS').flatMap((cat) =>
      v.children(cat, 'COSTCENTREALLOCATIONS').map((cc) => ({
        category: v.str(cat.CATEGORY),
        cost_centre: v.str(cc.NAME),
        amount: d(v.amount(cc.AMOUNT, 'cost centre AMOUNT')),
      })),
    ),
  }));
  const stock = v.children(n, 'ALLINVENTORYENTRIES').map((e, i) => {
    const inward = v.logical(e.ISDEEMEDPOSITIVE);
    const qty = v.quantity(e.ACTUALQTY, 'ACTUALQTY');
    const billed = v.quantity(e.BILLEDQTY, 'BILLEDQTY');
    const r = v.rate(e.RATE, 'RATE');
    const batch = v.children(e, 'BATCHALLOCATIONS')[0];
    // Tally writes quantities unsigned: the direction is ISDEEMEDPOSITIVE (No = outward)
    const signed = (q: string | null) => d(q === null ? null : inward === false ? v.negate(q) : q);
    return {
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
      godown: batch ? v.str(batch.GODOWNNAME) : null,
      batch: batch ? v.str(batch.BATCHNAME) : null,
    };
  });
  return { voucher, ledger, stock };
}

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

/** Date batches of at most voucher_batch_size live vouchers (those with AlterID > since, when given). */
async function voucherBatches(
  ctx: Ctx,
  company: string,
  since: number | undefined,
): Promise<Array<{ from: string; to: string; count: number }>> {
  const stream = tally.vouchers.singer.stream;
  const days: Array<[string, number]> = [];
  const req = {
    id: 'MediVoucherDays',
    type: 'Voucher',
    fetch: ['MediDay', 'MediCount'],
    by: 'MediDay : $Date',
    aggrCompute: 'MediCount : SUM : $$Number:1',
    filters: { MediLive: LIVE_VOUCHERS, ...(since !== undefined ? { MediChanged: alterIdAbove(since) } : {}) },
  };
  for await (const d of ctx.client.export(
    stream,
    company,
    req,
    ctx.emit,
    (o) => [v.date(o.node.MEDIDAY, 'day')!, v.number(o.node.MEDICOUNT, 'count') ?? 0] as [string, number],
  ))
    days.push(d);
  return packDays(
    days.map(([d, n]) => [d.replace(/-/g, ''), n]),
    ctx.config.voucher_batch_size,
  );
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
    if (ctx.config.deletion_sweep && ctx.memo !== undefined) {
      const batches = await voucherBatches(ctx, company, undefined);
      live = await sweep(
        ctx,
        stream,
        company,
        info.altVchId,
        (async function* () {
          for (const b of batches) {
            const req = {
              id: 'MediVoucherSweep',
              type: 'Voucher',
              fetch: ['GUID', 'MASTERID', 'ALTERID'],
              filters: { MediLive: LIVE_VOUCHERS, MediPeriod: dateRange(b.from, b.to) },
            };
            for await (const mid of ctx.client.export(stream, company, req, ctx.emit, (o) => v.number(o.node.MASTERID, 'MasterID')))
              if (mid !== null) yield mid;
          }
        })(),
      );
    }
    const batches = await voucherBatches(ctx, company, since);
    ctx.logger.info(
      `${stream} "${company}": ${batches.reduce((n, b) => n + b.count, 0)} vouchers to read in ${batches.length} date batch(es)`,
    );
    for (const b of batches) {
      const req = {
        id: 'MediVouchers',
        type: 'Voucher',
        fetch: VOUCHER_FETCH,
        filters: {
          MediLive: LIVE_VOUCHERS,
          MediPeriod: dateRange(b.from, b.to),
          ...(since !== undefined ? { MediChanged: alterIdAbove(since) } : {}),
        },
      };
      for await (const r of ctx.client.export(stream, company, req, ctx.emit, (o) => voucherRecords(o, company))) {
        live.add(r.voucher.master_id as number);
        yield r.voucher;
        for (const l of r.ledger) await ctx.emit(LEDGER_LINES, l);
        for (const s of r.stock) await ctx.emit(STOCK_LINES, s);
      }
    }
    ctx.client.settle(stream, company);
    ctx.setMemo(live.toJSON());
    yield new Watermark(info.altVchId);
  },
});

/**
 * Closing stock per item, taken when the books changed. Its bookmark is AltMstId + AltVchId, set by a
 * Watermark whether or not any item came back: a company without stock items is not asked again until its
 * books change.
 */
const closingStock = defineStream<TallyConfig, TallyClient>({
  singer: tally.closingStock.singer,
  partitions,
  async *fetch(ctx) {
    const stream = tally.closingStock.singer.stream;
    const company = companyOf(ctx);
    const info: CompanyInfo = await ctx.client.company(company);
    const version = info.altMstId + info.altVchId;
    if (ctx.since !== undefined && Number(ctx.since) >= version) return;
    const asOf = info.lastVoucherDate ?? new Date().toISOString().slice(0, 10);
    const req = {
      id: 'MediClosingStock',
      type: 'StockItem',
      fetch: ['GUID', 'NAME', 'BASEUNITS', 'CLOSINGBALANCE', 'CLOSINGRATE', 'CLOSINGVALUE'],
    };
    yield* ctx.client.export(stream, company, req, ctx.emit, (o) => {
      const q = v.quantity(o.node.CLOSINGBALANCE, 'ClosingBalance');
      return {
        company,
        stock_item_guid: v.str(o.node.GUID),
        stock_item: v.str(o.node['@_NAME']),
        as_of: asOf,
        books_version: version,
        closing_qty: d(q.value),
        unit: q.unit ?? v.str(o.node.BASEUNITS),
        closing_rate: d(v.rate(o.node.CLOSINGRATE, 'ClosingRate').value),
        closing_value: d(v.amount(o.node.CLOSINGVALUE, 'ClosingValue')),
      };
    });
    ctx.client.settle(stream, company);
    yield new Watermark(version);
  },
});

export const STREAMS: StreamDef<TallyConfig, TallyClient>[] = [...MASTERS.map(masterStream), vouchers, closingStock];
export const EXTRA_STREAMS = [tally.deletedObjects.singer, tally.quarantine.singer];

export function createClient(cfg: TallyConfig, logger: Logger): TallyClient {
  return new TallyClient(cfg, logger);
}
