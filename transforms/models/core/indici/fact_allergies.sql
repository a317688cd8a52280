-- generated from contracts/indici/allergies.yaml by `npm run codegen`; do not edit
-- One row per natural key (allergy_id, practice_id, per_org_id): the newest staged version. Incremental: a build
-- replaces only the keys that rows typed since its last build name (delete+insert on the key), each with its
-- newest valid version among all typed rows, chosen as staging chooses; so the table is what a full build
-- gives, backfills of older batches included, without ranking all history every night.
-- depends_on: {{ ref('stg_indici__allergies__checked') }}
{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key=['allergy_id', 'practice_id', 'per_org_id'], on_schema_change='fail', indexes=[{'columns': ['allergy_id', 'practice_id', 'per_org_id'], 'unique': true}], pre_hook=['{{ medi_since_set() }}'], post_hook=["{{ medi_mark_set('fact_allergies', ref('stg_indici__allergies__checked')) }}"]) }}

{% if is_incremental() %}
with touched as (
  select distinct "allergy_id", "practice_id", "per_org_id" from {{ ref('stg_indici__allergies__checked') }}
  where field_errors = '{}'::jsonb and {{ medi_typed_since() }}
),

newest as (
  select * from (
    select *, row_number() over (partition by "allergy_id", "practice_id", "per_org_id" order by date_extracted desc nulls last, regexp_replace(source_uri, '^.*/', '') desc, source_uri desc, loaded_at desc, source_file_hash desc, source_row_number desc) as version_rank
    from {{ ref('stg_indici__allergies__checked') }}
    where field_errors = '{}'::jsonb and ("allergy_id", "practice_id", "per_org_id") in (select * from touched)
  ) ranked
  where version_rank = 1
)
{% else %}
with newest as (
  select * from {{ ref('stg_indici__allergies') }}
)
{% endif %}

select
  md5(concat_ws('|', "allergy_id", "practice_id", "per_org_id")) as allergy_sk,
  "allergy_id",
  "appointment_id",
  "allergy_type_id",
  "allergy_type",
  "onset_date",
  "deactivation_reason",
  "medicine_id",
  "medicine",
  "reaction_id",
  "reactions",
  "reaction_type_id",
  "reaction_type",
  "severity_id",
  "severity",
  "reaction_notes",
  "is_active",
  "is_deleted",
  "inserted_by_id",
  "inserted_by",
  "updated_by_id",
  "updated_by",
  "inserted_at",
  "updated_at",
  "patient_id",
  "patient",
  "is_confidential",
  "practice_id",
  "practice",
  "mgen_code",
  "mcla_code",
  "medtech_id",
  "medicine_classification_id",
  "allergy_category_id",
  "allergy_category",
  "comment",
  "substance_type_id",
  "substance_type",
  "favourite_substance_id",
  "favourite_substance",
  "disease_id",
  "disease",
  "other_substance",
  "medicine_type_id",
  "medicine_type",
  "user_logging_id",
  "logging_user_name",
  "show_on_portal",
  "warning_type",
  "row_inactive",
  "is_reviewed",
  "provider_id",
  "provider",
  "practice_location_id",
  "location_name",
  "per_org_id",
  "loaded_date_time",
  (to_timestamp('20' || date_extracted || '+00', 'YYYYMMDDHH24MITZH') at time zone 'UTC' at time zone '{{ var("source_time_zone") }}') as extracted_at,
  source_version_id,
  source_file_hash,
  date_extracted,
  load_run_id,
  typed_at
from newest
