-- generated from contracts/tally/voucher_inventory_entries.yaml by `npm run codegen`; do not edit
-- The newest version of each company, voucher_guid, voucher_alter_id, line_no: the highest voucher_alter_id, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['company', 'voucher_guid', 'voucher_alter_id', 'line_no'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_tally', 'tally_voucher_inventory_entries', {"company":"text","voucher_guid":"text","voucher_alter_id":"bigint","line_no":"bigint","voucher_date":"date","stock_item":"text","is_inward":"boolean","quantity":"numeric","unit":"text","billed_quantity":"numeric","rate":"numeric","rate_unit":"text","amount":"numeric","godown":"text","batch":"text","batch_allocations":"jsonb","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  -- a tombstone has no cursor value: the key's values are those of its newest version, and it is deleted when a
  -- tombstone arrived no earlier than that version (the versions a tombstone names were read before it)
  row_number() over (partition by "company", "voucher_guid", "voucher_alter_id", "line_no" order by (_sdc_deleted_at is not null and "voucher_alter_id" is null), "voucher_alter_id" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank,
  max(_sdc_received_at) filter (where _sdc_deleted_at is not null and "voucher_alter_id" is null) over (partition by "company", "voucher_guid", "voucher_alter_id", "line_no") as _tombstone_received_at,
  max(_sdc_deleted_at) filter (where _sdc_deleted_at is not null and "voucher_alter_id" is null) over (partition by "company", "voucher_guid", "voucher_alter_id", "line_no") as _tombstone_deleted_at
  from source
)

select
  "company"::text as "company",
  "voucher_guid"::text as "voucher_guid",
  "voucher_alter_id"::bigint as "voucher_alter_id",
  "line_no"::bigint as "line_no",
  "voucher_date"::date as "voucher_date",
  "stock_item"::text as "stock_item",
  "is_inward"::boolean as "is_inward",
  "quantity"::numeric as "quantity",
  "unit"::text as "unit",
  "billed_quantity"::numeric as "billed_quantity",
  "rate"::numeric as "rate",
  "rate_unit"::text as "rate_unit",
  "amount"::numeric as "amount",
  "godown"::text as "godown",
  "batch"::text as "batch",
  "batch_allocations"::jsonb as "batch_allocations",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
