-- generated from contracts/tally/vouchers.yaml by `npm run codegen`; do not edit
-- The newest version of each company, guid: the highest alter_id, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['company', 'guid'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_tally', 'tally_vouchers', {"company":"text","guid":"text","master_id":"bigint","alter_id":"bigint","date":"date","voucher_type":"text","voucher_number":"text","party_ledger":"text","reference":"text","narration":"text","is_invoice":"boolean","is_cancelled":"boolean","is_optional":"boolean","is_order_voucher":"boolean","vch_key":"text","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  -- a tombstone has no cursor value: the key's values are those of its newest version, and it is deleted when a
  -- tombstone arrived no earlier than that version (the versions a tombstone names were read before it)
  row_number() over (partition by "company", "guid" order by (_sdc_deleted_at is not null and "alter_id" is null), "alter_id" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank,
  max(_sdc_received_at) filter (where _sdc_deleted_at is not null and "alter_id" is null) over (partition by "company", "guid") as _tombstone_received_at,
  max(_sdc_deleted_at) filter (where _sdc_deleted_at is not null and "alter_id" is null) over (partition by "company", "guid") as _tombstone_deleted_at
  from source
)

select
  "company"::text as "company",
  "guid"::text as "guid",
  "master_id"::bigint as "master_id",
  "alter_id"::bigint as "alter_id",
  "date"::date as "date",
  "voucher_type"::text as "voucher_type",
  "voucher_number"::text as "voucher_number",
  "party_ledger"::text as "party_ledger",
  "reference"::text as "reference",
  "narration"::text as "narration",
  "is_invoice"::boolean as "is_invoice",
  "is_cancelled"::boolean as "is_cancelled",
  "is_optional"::boolean as "is_optional",
  "is_order_voucher"::boolean as "is_order_voucher",
  "vch_key"::text as "vch_key",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
