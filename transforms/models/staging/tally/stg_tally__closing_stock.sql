-- generated from contracts/tally/closing_stock.yaml by `npm run codegen`; do not edit
-- The newest version of each company, stock_item_guid, as_of: the highest books_version, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['company', 'stock_item_guid', 'as_of'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_tally', 'tally_closing_stock', {"company":"text","stock_item_guid":"text","stock_item":"text","as_of":"date","books_version":"bigint","closing_qty":"numeric","unit":"text","closing_rate":"numeric","closing_value":"numeric","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  -- a tombstone has no cursor value: the key's values are those of its newest version, and it is deleted when a
  -- tombstone arrived no earlier than that version (the versions a tombstone names were read before it)
  row_number() over (partition by "company", "stock_item_guid", "as_of" order by (_sdc_deleted_at is not null and "books_version" is null), "books_version" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank,
  max(_sdc_received_at) filter (where _sdc_deleted_at is not null and "books_version" is null) over (partition by "company", "stock_item_guid", "as_of") as _tombstone_received_at,
  max(_sdc_deleted_at) filter (where _sdc_deleted_at is not null and "books_version" is null) over (partition by "company", "stock_item_guid", "as_of") as _tombstone_deleted_at
  from source
)

select
  "company"::text as "company",
  "stock_item_guid"::text as "stock_item_guid",
  "stock_item"::text as "stock_item",
  "as_of"::date as "as_of",
  "books_version"::bigint as "books_version",
  "closing_qty"::numeric as "closing_qty",
  "unit"::text as "unit",
  "closing_rate"::numeric as "closing_rate",
  "closing_value"::numeric as "closing_value",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
