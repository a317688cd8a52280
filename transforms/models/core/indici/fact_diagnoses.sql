-- generated from contracts/indici/diagnosis.yaml by `npm run codegen`; do not edit
-- One row per natural key (diagnosis_id, practice_id, per_org_id): the newest staged version. Incremental: a build
-- replaces only the keys that rows typed since its last build name (delete+insert on the key), each with its
-- newest valid version among all typed rows, chosen as staging chooses; so the table is what a full build
-- gives, backfills of older batches included, without ranking all history every night.
-- depends_on: {{ ref('stg_indici__diagnosis__checked') }}
{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key=['diagnosis_id', 'practice_id', 'per_org_id'], on_schema_change='fail', indexes=[{'columns': ['diagnosis_id', 'practice_id', 'per_org_id'], 'unique': true}], pre_hook=['{{ medi_since_set() }}'], post_hook=["{{ medi_mark_set('fact_diagnoses', ref('stg_indici__diagnosis__checked')) }}"]) }}

{% if is_incremental() %}
with touched as (
  select distinct "diagnosis_id", "practice_id", "per_org_id" from {{ ref('stg_indici__diagnosis__checked') }}
  where field_errors = '{}'::jsonb and {{ medi_typed_since() }}
),

newest as (
  select * from (
    select *, row_number() over (partition by "diagnosis_id", "practice_id", "per_org_id" order by date_extracted desc nulls last, regexp_replace(source_uri, '^.*/', '') desc, source_uri desc, loaded_at desc, source_file_hash desc, source_row_number desc) as version_rank
    from {{ ref('stg_indici__diagnosis__checked') }}
    where field_errors = '{}'::jsonb and ("diagnosis_id", "practice_id", "per_org_id") in (select * from touched)
  ) ranked
  where version_rank = 1
)
{% else %}
with newest as (
  select * from {{ ref('stg_indici__diagnosis') }}
)
{% endif %}

select
  md5(concat_ws('|', "diagnosis_id", "practice_id", "per_org_id")) as diagnosis_sk,
  "diagnosis_id",
  "appointment_id",
  "patient_id",
  "disease_id",
  "disease",
  "diagnosis_date",
  "diagnosis_by_id",
  "diagnosis_by",
  "summary",
  "is_long_term",
  "addto_problem",
  "is_highlighted",
  "sequence_no",
  "is_active",
  "is_deleted",
  "inserted_by_id",
  "inserted_by",
  "updated_by_id",
  "updated_by",
  "inserted_at",
  "updated_at",
  "is_confidential",
  "diagnosis_type_id",
  "diagnosis_type",
  "classification_record",
  "medtech_id",
  "medtech_read_code",
  "medtech_read_term",
  "is_mapped",
  "practice_id",
  "practice",
  "on_set_date",
  "user_logging_id",
  "logging_user_name",
  "recall_id",
  "recall",
  "exclusion_start_date",
  "exclusion_end_date",
  "show_on_portal",
  "ext_appointment_id",
  "patient_medtech_id",
  "permanent_address_latitude",
  "permanent_address_longitude",
  "practice_location_id",
  "location_name",
  "snomed_id",
  "snomed_term",
  "concept_id",
  "per_org_id",
  "loaded_date_time",
  (to_timestamp('20' || date_extracted || '+00', 'YYYYMMDDHH24MITZH') at time zone 'UTC' at time zone '{{ var("source_time_zone") }}') as extracted_at,
  source_version_id,
  source_file_hash,
  date_extracted,
  load_run_id,
  typed_at
from newest
