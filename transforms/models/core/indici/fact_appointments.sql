-- generated from contracts/indici/appointments.yaml by `npm run codegen`; do not edit
-- One row per natural key (appointment_id, practice_id, per_org_id): the newest staged version. Incremental: a build
-- replaces only the keys that rows typed since its last build name (delete+insert on the key), each with its
-- newest valid version among all typed rows, chosen as staging chooses; so the table is what a full build
-- gives, backfills of older batches included, without ranking all history every night.
-- depends_on: {{ ref('stg_indici__appointments__checked') }}
{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key=['appointment_id', 'practice_id', 'per_org_id'], on_schema_change='fail', indexes=[{'columns': ['appointment_id', 'practice_id', 'per_org_id'], 'unique': true}], pre_hook=['{{ medi_since_set() }}'], post_hook=["{{ medi_mark_set('fact_appointments', ref('stg_indici__appointments__checked')) }}"]) }}

{% if is_incremental() %}
with touched as (
  select distinct "appointment_id", "practice_id", "per_org_id" from {{ ref('stg_indici__appointments__checked') }}
  where field_errors = '{}'::jsonb and {{ medi_typed_since() }}
),

newest as (
  select * from (
    select *, row_number() over (partition by "appointment_id", "practice_id", "per_org_id" order by date_extracted desc nulls last, regexp_replace(source_uri, '^.*/', '') desc, source_uri desc, loaded_at desc, source_file_hash desc, source_row_number desc) as version_rank
    from {{ ref('stg_indici__appointments__checked') }}
    where field_errors = '{}'::jsonb and ("appointment_id", "practice_id", "per_org_id") in (select * from touched)
  ) ranked
  where version_rank = 1
)
{% else %}
with newest as (
  select * from {{ ref('stg_indici__appointments') }}
)
{% endif %}

select
  md5(concat_ws('|', "appointment_id", "practice_id", "per_org_id")) as appointment_sk,
  "appointment_id",
  "patient_id",
  "appointment_type",
  "appointment_status",
  "appointment_status_code",
  "schedule_date",
  "notes",
  "arrived",
  "waiting_forpayment",
  "appointment_completed",
  "consult_time",
  "booked",
  "medtech_id",
  "inserted_at",
  "inserted_by",
  "updated_at",
  "updated_by",
  "practice",
  "practice_id",
  "provider_id",
  "is_active",
  "is_deleted",
  "provider",
  "permanent_address_latitude",
  "permanent_address_longitude",
  "practice_location_id",
  "location_name",
  "reasonfor_visit",
  "status_group",
  "status_group_code",
  "duration",
  "appointment_out_come_id",
  "appointment_out_come",
  "appointment_type_id",
  "booking_source_id",
  "booking_source",
  "consult_end_time",
  "consult_start_time",
  "consult_timer_status_id",
  "description",
  "end_time",
  "generated_time",
  "gp_queue_time",
  "is_arrived",
  "is_consult_parked",
  "is_dummy",
  "last_appointment_status_date",
  "last_appointment_status_id",
  "cancel_reason",
  "parked_reason",
  "priority_id",
  "arrived_time",
  "cancelled_time",
  "not_arrived_time",
  "nurse_queue_time",
  "on_hold_time",
  "read_only_time",
  "self_assessment_completed_time",
  "self_assessment_queue_time",
  "start_time",
  "triage_queue_time",
  "virtual_queue_time",
  "is_confidential",
  "is_consentto_share",
  "per_org_id",
  "loaded_date_time",
  (to_timestamp('20' || date_extracted || '+00', 'YYYYMMDDHH24MITZH') at time zone 'UTC' at time zone '{{ var("source_time_zone") }}') as extracted_at,
  source_version_id,
  source_file_hash,
  date_extracted,
  load_run_id,
  typed_at
from newest
