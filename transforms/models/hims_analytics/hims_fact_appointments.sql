-- One row per appointment, with patient, doctor and the encounter it led to (if any).
{{ config(materialized='incremental', alias='fact_appointments', unique_key=['appointment_id'], incremental_strategy='delete+insert',
          indexes=[{'columns': ['appointment_key'], 'unique': true}, {'columns': ['start_at']}]) }}

with appointments as (
  select * from {{ ref('stg_hims__appointments') }}
),

encounters as (
  select distinct on (appointment_id) appointment_id, id, class_code, status, period_start, period_end, _synced_at
  from {{ ref('stg_hims__encounters') }}
  where appointment_id is not null
  order by appointment_id, last_updated desc
),

tombstones as {{ hims_tombstones('hims_appointments') }},

final as (
  select
    md5('Appointment/' || a.id) as appointment_key,
    a.id as appointment_id,
    md5('Patient/' || a.patient_id) as patient_key,
    md5('Practitioner/' || a.practitioner_id) as doctor_key,
    a.status,
    a.start_at,
    a.end_at,
    a.minutes_duration,
    a.service_type,
    a.appointment_type,
    a.cancelation_reason,
    a.created_at,
    a.created_at_text,
    e.id as encounter_id,
    e.class_code as encounter_class,
    e.status as encounter_status,
    extract(epoch from (e.period_end - e.period_start))::int / 60 as encounter_minutes,
    (t.id is not null or a.status = 'entered-in-error') as is_deleted,
    t.deleted_at,
    a.last_updated as source_updated_at,
    greatest(a._synced_at, e._synced_at) as _synced_at,
    {{ hims_per_org_id() }} as per_org_id,
    'hims/Appointment/' || a.id as _source_id,
    greatest(a._synced_at, e._synced_at, t._synced_at) as _changed_at
  from appointments a
  left join encounters e on e.appointment_id = a.id
  left join tombstones t on t.id = a.id and {{ hims_deletion_applies("t", "a") }}
)

select * from final
{{ medi_changed_since_last_build() }}
