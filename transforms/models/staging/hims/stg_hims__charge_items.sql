-- generated from contracts/hims/charge_items.yaml by `npm run codegen`; do not edit
-- The newest version of each id: the highest last_updated, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_hims', 'hims_charge_items', {"id":"text","version_id":"text","last_updated":"timestamptz","status":"text","code":"text","code_display":"text","patient_id":"text","encounter_id":"text","occurrence_at":"timestamptz","occurrence_at_text":"text","quantity":"numeric","price":"numeric","currency":"text","entered_at":"timestamptz","entered_at_text":"text","resource":"jsonb","_sdc_deleted_at":"timestamptz"}) }}
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
  "code"::text as "code",
  "code_display"::text as "code_display",
  "patient_id"::text as "patient_id",
  "encounter_id"::text as "encounter_id",
  "occurrence_at"::timestamptz as "occurrence_at",
  "occurrence_at_text"::text as "occurrence_at_text",
  "quantity"::numeric as "quantity",
  "price"::numeric as "price",
  "currency"::text as "currency",
  "entered_at"::timestamptz as "entered_at",
  "entered_at_text"::text as "entered_at_text",
  "resource"::jsonb as "resource",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
