-- generated from contracts/indici/immunisation.yaml by `npm run codegen`; do not edit
-- One row per natural key (appointment_immunisation_id, practice_id, per_org_id): the newest staged version. Incremental: a build
-- replaces only the keys that rows typed since its last build name (delete+insert on the key), each with its
-- newest valid version among all typed rows, chosen as staging chooses; so the table is what a full build
-- gives, backfills of older batches included, without ranking all history every night.
-- depends_on: {{ ref('stg_indici__immunisation__checked') }}
{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key=['appointment_immunisation_id', 'practice_id', 'per_org_id'], on_schema_change='fail', indexes=[{'columns': ['appointment_immunisation_id', 'practice_id', 'per_org_id'], 'unique': true}], pre_hook=['{{ medi_since_set() }}'], post_hook=["{{ medi_mark_set('fact_immunisations', ref('stg_indici__immunisation__checked')) }}"]) }}

{% if is_incremental() %}
with touched as (
  select distinct "appointment_immunisation_id", "practice_id", "per_org_id" from {{ ref('stg_indici__immunisation__checked') }}
  where field_errors = '{}'::jsonb and {{ medi_typed_since() }}
),

newest as (
  select * from (
    select *, row_number() over (partition by "appointment_immunisation_id", "practice_id", "per_org_id" order by date_extracted desc nulls last, regexp_replace(source_uri, '^.*/', '') desc, source_uri desc, loaded_at desc, source_file_hash desc, source_row_number desc) as version_rank
    from {{ ref('stg_indici__immunisation__checked') }}
    where field_errors = '{}'::jsonb and ("appointment_immunisation_id", "practice_id", "per_org_id") in (select * from touched)
  ) ranked
  where version_rank = 1
)
{% else %}
with newest as (
  select * from {{ ref('stg_indici__immunisation') }}
)
{% endif %}

select
  md5(concat_ws('|', "appointment_immunisation_id", "practice_id", "per_org_id")) as immunisation_sk,
  "appointment_immunisation_id",
  "patient_id",
  "appointment_id",
  "patient_schedule_id",
  "vaccine_id",
  "vaccine_name",
  "vaccine_code",
  "dose",
  "dose_number",
  "administration_site_id",
  "administration_site",
  "route_id",
  "route",
  "batch_number",
  "expiry_date",
  "immunisation_status_id",
  "immunisation_status",
  "vaccine_out_come_id",
  "vaccine_out_come",
  "is_nir_ack",
  "reason",
  "provider_id",
  "provider",
  "comments",
  "administration_time",
  "vaccine_indication_id",
  "vaccine_indication",
  "vaccine_indication_code",
  "needle_length",
  "has_diluent",
  "diluent_batch_no",
  "diluent_expiry_date",
  "is_confidential",
  "costing_code_id",
  "costing_code",
  "brand_id",
  "brand",
  "is_active",
  "is_deleted",
  "inserted_by_id",
  "inserted_by",
  "updated_by_id",
  "updated_by",
  "inserted_at",
  "updated_at",
  "is_parked",
  "medtech_id",
  "practice_id",
  "practice",
  "is_auto_bill",
  "vaccinator_id",
  "vaccinator",
  "user_logging_id",
  "logging_user_name",
  "nir_sent_date",
  "show_on_portal",
  "vaccinator_code",
  "permanent_address_latitude",
  "permanent_address_longitude",
  "practice_location_id",
  "location_name",
  "vaccine_group_id",
  "vaccine_group",
  "per_org_id",
  "loaded_date_time",
  (to_timestamp('20' || date_extracted || '+00', 'YYYYMMDDHH24MITZH') at time zone 'UTC' at time zone '{{ var("source_time_zone") }}') as extracted_at,
  source_version_id,
  source_file_hash,
  date_extracted,
  load_run_id,
  typed_at
from newest
