// generated from contracts/tally/*.yaml by `npm run codegen`; do not edit

export interface TallyClosingStockRecord {
company: string
stock_item_guid: string
stock_item: string
/**
 * Company LastVoucherDate when taken
 */
as_of: string
/**
 * AltMstId + AltVchId when taken (both only grow)
 */
books_version: number
closing_qty?: (number | null)
unit?: (string | null)
closing_rate?: (number | null)
closing_value?: (number | null)
}

export interface TallyCostCategoriesRecord {
/**
 * Company name as open in Tally (SVCURRENTCOMPANY)
 */
company: string
/**
 * Tally GUID: company GUID + MasterID
 */
guid: string
/**
 * Stable object id within the company
 */
master_id: number
/**
 * AlterID: bumped on every change; the incremental cursor
 */
alter_id: number
/**
 * Object name (reserved marker &#4; removed)
 */
name: string
allocate_revenue?: (boolean | null)
allocate_non_revenue?: (boolean | null)
}

export interface TallyCostCentresRecord {
/**
 * Company name as open in Tally (SVCURRENTCOMPANY)
 */
company: string
/**
 * Tally GUID: company GUID + MasterID
 */
guid: string
/**
 * Stable object id within the company
 */
master_id: number
/**
 * AlterID: bumped on every change; the incremental cursor
 */
alter_id: number
/**
 * Object name (reserved marker &#4; removed)
 */
name: string
/**
 * Parent name; a system root such as "&#4; Primary" is null
 */
parent?: (string | null)
category?: (string | null)
for_payroll?: (boolean | null)
}

export interface TallyDeletedObjectsRecord {
company: string
/**
 * Stream of the object, e.g. tally_vouchers
 */
object_type: string
master_id: number
detected_at: string
/**
 * AltMstId/AltVchId when detected
 */
books_counter: number
}

export interface TallyGodownsRecord {
/**
 * Company name as open in Tally (SVCURRENTCOMPANY)
 */
company: string
/**
 * Tally GUID: company GUID + MasterID
 */
guid: string
/**
 * Stable object id within the company
 */
master_id: number
/**
 * AlterID: bumped on every change; the incremental cursor
 */
alter_id: number
/**
 * Object name (reserved marker &#4; removed)
 */
name: string
/**
 * Parent name; a system root such as "&#4; Primary" is null
 */
parent?: (string | null)
address?: (string | null)
}

export interface TallyGroupsRecord {
/**
 * Company name as open in Tally (SVCURRENTCOMPANY)
 */
company: string
/**
 * Tally GUID: company GUID + MasterID
 */
guid: string
/**
 * Stable object id within the company
 */
master_id: number
/**
 * AlterID: bumped on every change; the incremental cursor
 */
alter_id: number
/**
 * Object name (reserved marker &#4; removed)
 */
name: string
/**
 * Parent name; a system root such as "&#4; Primary" is null
 */
parent?: (string | null)
primary_group?: (string | null)
is_revenue?: (boolean | null)
is_deemed_positive?: (boolean | null)
is_reserved?: (boolean | null)
affects_gross_profit?: (boolean | null)
sort_position?: (number | null)
}

export interface TallyLedgersRecord {
/**
 * Company name as open in Tally (SVCURRENTCOMPANY)
 */
company: string
/**
 * Tally GUID: company GUID + MasterID
 */
guid: string
/**
 * Stable object id within the company
 */
master_id: number
/**
 * AlterID: bumped on every change; the incremental cursor
 */
alter_id: number
/**
 * Object name (reserved marker &#4; removed)
 */
name: string
/**
 * Parent name; a system root such as "&#4; Primary" is null
 */
parent?: (string | null)
alias?: (string | null)
/**
 * Signed: negative = debit (printed Dr), positive = credit (printed Cr)
 */
opening_balance?: (number | null)
/**
 * Signed: negative = debit (printed Dr), positive = credit (printed Cr)
 */
closing_balance?: (number | null)
is_revenue?: (boolean | null)
is_deemed_positive?: (boolean | null)
mailing_name?: (string | null)
address?: (string | null)
state?: (string | null)
country?: (string | null)
pincode?: (string | null)
email?: (string | null)
pan?: (string | null)
gstin?: (string | null)
/**
 * "30 Days" → 30
 */
bill_credit_period_days?: (number | null)
}

export interface TallyQuarantineRecord {
company: string
stream: string
request_id: string
quarantine_id: string
reason: string
body?: (string | null)
body_bytes: number
body_sha256: string
body_truncated: boolean
encoding: string
received_at: string
}

export interface TallyStockCategoriesRecord {
/**
 * Company name as open in Tally (SVCURRENTCOMPANY)
 */
company: string
/**
 * Tally GUID: company GUID + MasterID
 */
guid: string
/**
 * Stable object id within the company
 */
master_id: number
/**
 * AlterID: bumped on every change; the incremental cursor
 */
alter_id: number
/**
 * Object name (reserved marker &#4; removed)
 */
name: string
/**
 * Parent name; a system root such as "&#4; Primary" is null
 */
parent?: (string | null)
}

export interface TallyStockGroupsRecord {
/**
 * Company name as open in Tally (SVCURRENTCOMPANY)
 */
company: string
/**
 * Tally GUID: company GUID + MasterID
 */
guid: string
/**
 * Stable object id within the company
 */
master_id: number
/**
 * AlterID: bumped on every change; the incremental cursor
 */
alter_id: number
/**
 * Object name (reserved marker &#4; removed)
 */
name: string
/**
 * Parent name; a system root such as "&#4; Primary" is null
 */
parent?: (string | null)
}

export interface TallyStockItemsRecord {
/**
 * Company name as open in Tally (SVCURRENTCOMPANY)
 */
company: string
/**
 * Tally GUID: company GUID + MasterID
 */
guid: string
/**
 * Stable object id within the company
 */
master_id: number
/**
 * AlterID: bumped on every change; the incremental cursor
 */
alter_id: number
/**
 * Object name (reserved marker &#4; removed)
 */
name: string
/**
 * Parent name; a system root such as "&#4; Primary" is null
 */
parent?: (string | null)
category?: (string | null)
base_units?: (string | null)
opening_qty?: (number | null)
opening_rate?: (number | null)
opening_value?: (number | null)
closing_qty?: (number | null)
closing_rate?: (number | null)
closing_value?: (number | null)
costing_method?: (string | null)
part_no?: (string | null)
}

export interface TallyUnitsRecord {
/**
 * Company name as open in Tally (SVCURRENTCOMPANY)
 */
company: string
/**
 * Tally GUID: company GUID + MasterID
 */
guid: string
/**
 * Stable object id within the company
 */
master_id: number
/**
 * AlterID: bumped on every change; the incremental cursor
 */
alter_id: number
/**
 * Object name (reserved marker &#4; removed)
 */
name: string
formal_name?: (string | null)
is_simple_unit?: (boolean | null)
base_units?: (string | null)
additional_units?: (string | null)
conversion?: (number | null)
}

export interface TallyVoucherInventoryEntriesRecord {
company: string
voucher_guid: string
voucher_alter_id: number
line_no: number
voucher_date: string
stock_item: string
/**
 * ISDEEMEDPOSITIVE: Yes = inward
 */
is_inward?: (boolean | null)
/**
 * Signed: inward positive, outward negative
 */
quantity?: (number | null)
unit?: (string | null)
billed_quantity?: (number | null)
rate?: (number | null)
rate_unit?: (string | null)
/**
 * Signed as Tally writes it
 */
amount?: (number | null)
/**
 * Godown of the first batch allocation (see batch_allocations for all); "&#4; Main Location" kept as Main Location
 */
godown?: (string | null)
/**
 * Batch of the first batch allocation (see batch_allocations for all)
 */
batch?: (string | null)
/**
 * [{godown, batch, quantity, unit, amount}] from BATCHALLOCATIONS.LIST, every godown/batch the line is split over; quantity signed as the line's
 */
batch_allocations?: {
[k: string]: unknown
}
}

export interface TallyVoucherLedgerEntriesRecord {
company: string
voucher_guid: string
/**
 * AlterID of the voucher version this line belongs to
 */
voucher_alter_id: number
/**
 * 1-based position in the voucher
 */
line_no: number
voucher_date: string
ledger: string
is_deemed_positive?: (boolean | null)
/**
 * Signed as Tally writes it: negative = debit (printed Dr), positive = credit (printed Cr); forex lines carry the base-currency value
 */
amount: number
/**
 * [{category, cost_centre, amount}] from CATEGORYALLOCATIONS.LIST
 */
cost_allocations?: {
[k: string]: unknown
}
}

export interface TallyVoucherTypesRecord {
/**
 * Company name as open in Tally (SVCURRENTCOMPANY)
 */
company: string
/**
 * Tally GUID: company GUID + MasterID
 */
guid: string
/**
 * Stable object id within the company
 */
master_id: number
/**
 * AlterID: bumped on every change; the incremental cursor
 */
alter_id: number
/**
 * Object name (reserved marker &#4; removed)
 */
name: string
/**
 * Parent name; a system root such as "&#4; Primary" is null
 */
parent?: (string | null)
numbering_method?: (string | null)
is_deemed_positive?: (boolean | null)
affects_stock?: (boolean | null)
}

export interface TallyVouchersRecord {
/**
 * Company name as open in Tally (SVCURRENTCOMPANY)
 */
company: string
/**
 * Tally GUID: company GUID + MasterID
 */
guid: string
/**
 * Stable object id within the company
 */
master_id: number
/**
 * AlterID: bumped on every change; the incremental cursor
 */
alter_id: number
/**
 * Voucher date (YYYYMMDD in Tally)
 */
date: string
voucher_type: string
voucher_number?: (string | null)
party_ledger?: (string | null)
reference?: (string | null)
/**
 * Line breaks (&#13;&#10;) kept
 */
narration?: (string | null)
is_invoice?: (boolean | null)
is_cancelled?: (boolean | null)
is_optional?: (boolean | null)
/**
 * A Purchase/Sales Order (or a type under one), as Tally computes it ($$IsOrderVch:$VoucherTypeName); it posts nothing, so it is left out of the facts
 */
is_order_voucher?: (boolean | null)
vch_key?: (string | null)
}
