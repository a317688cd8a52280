-- generated from contracts/hims/invoices.yaml by `npm run codegen`; do not edit
-- The newest version of each id: the highest last_updated, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_hims', 'hims_invoices', {"id":"text","version_id":"text","last_updated":"timestamptz","status":"text","patient_id":"text","invoice_date":"timestamptz","invoice_date_text":"text","total_net":"numeric","total_gross":"numeric","currency":"text","line_items":"jsonb","resource":"jsonb","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  -- a tombstone has no cursor value: the key's values are those of its newest version, and it is deleted when a
  -- tombstone arrived no earlier than that version (the versions a tombstone names were read before it)
  row_number() over (partition by "id" order by (_sdc_deleted_at is not null and "last_updated" is null), "last_updated" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank,
  max(_sdc_received_at) filter (where _sdc_deleted_at is not null and "last_updated" is null) over (partition by "id") as _tombstone_received_at,
  max(_sdc_deleted_at) filter (where _sdc_deleted_at is not null and "last_updated" is null) over (partition by "id") as _tombstone_deleted_at
  from source
)

select
  "id"::text as "id",
  "version_id"::text as "version_id",
  "last_updated"::timestamptz as "last_updated",
  "status"::text as "status",
  "patient_id"::text as "patient_id",
  "invoice_date"::timestamptz as "invoice_date",
  "invoice_date_text"::text as "invoice_date_text",
  "total_net"::numeric as "total_net",
  "total_gross"::numeric as "total_gross",
  "currency"::text as "currency",
  "line_items"::jsonb as "line_items",
  "resource"::jsonb as "resource",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
