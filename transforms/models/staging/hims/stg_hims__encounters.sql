-- generated from contracts/hims/encounters.yaml by `npm run codegen`; do not edit
-- The newest version of each id: the highest last_updated, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_hims', 'hims_encounters', {"id":"text","version_id":"text","last_updated":"timestamptz","status":"text","class_code":"text","patient_id":"text","practitioner_id":"text","appointment_id":"text","period_start":"timestamptz","period_start_text":"text","period_end":"timestamptz","period_end_text":"text","resource":"jsonb","_sdc_deleted_at":"timestamptz"}) }}
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
  "class_code"::text as "class_code",
  "patient_id"::text as "patient_id",
  "practitioner_id"::text as "practitioner_id",
  "appointment_id"::text as "appointment_id",
  "period_start"::timestamptz as "period_start",
  "period_start_text"::text as "period_start_text",
  "period_end"::timestamptz as "period_end",
  "period_end_text"::text as "period_end_text",
  "resource"::jsonb as "resource",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
