-- generated from contracts/tally/closing_stock.yaml by `npm run codegen`; do not edit
-- The newest version of each company, stock_item_guid, as_of: a tombstone, else the highest books_version, then the latest received; _deleted_at says when the source deleted it.
{{ config(materialized='table', indexes=[{'columns': ['company', 'stock_item_guid', 'as_of'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_tally', 'tally_closing_stock', {"company":"text","stock_item_guid":"text","stock_item":"text","as_of":"date","books_version":"bigint","closing_qty":"numeric","unit":"text","closing_rate":"numeric","closing_value":"numeric","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*, row_number() over (partition by "company", "stock_item_guid", "as_of" order by (_sdc_deleted_at is not null and "books_version" is null) desc, "books_version" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank
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
  _sdc_deleted_at as _deleted_at
from ranked
where version_rank = 1
