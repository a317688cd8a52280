-- generated from contracts/hims/appointments.yaml by `npm run codegen`; do not edit
-- The newest version of each id: the highest last_updated, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_hims', 'hims_appointments', {"id":"text","version_id":"text","last_updated":"timestamptz","status":"text","start_at":"timestamptz","end_at":"timestamptz","minutes_duration":"bigint","patient_id":"text","practitioner_id":"text","service_type":"text","appointment_type":"text","cancelation_reason":"text","created_at":"timestamptz","created_at_text":"text","resource":"jsonb","_sdc_deleted_at":"timestamptz"}) }}
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
  "start_at"::timestamptz as "start_at",
  "end_at"::timestamptz as "end_at",
  "minutes_duration"::bigint as "minutes_duration",
  "patient_id"::text as "patient_id",
  "practitioner_id"::text as "practitioner_id",
  "service_type"::text as "service_type",
  "appointment_type"::text as "appointment_type",
  "cancelation_reason"::text as "cancelation_reason",
  "created_at"::timestamptz as "created_at",
  "created_at_text"::text as "created_at_text",
  "resource"::jsonb as "resource",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
