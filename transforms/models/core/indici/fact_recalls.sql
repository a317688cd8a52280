-- generated from contracts/indici/recalls.yaml by `npm run codegen`; do not edit
-- One row per natural key (recall_id, practice_id, per_org_id): the newest staged version. Incremental: a build
-- replaces only the keys that rows typed since its last build name (delete+insert on the key), each with its
-- newest valid version among all typed rows, chosen as staging chooses; so the table is what a full build
-- gives, backfills of older batches included, without ranking all history every night.
-- depends_on: {{ ref('stg_indici__recalls__checked') }}
{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key=['recall_id', 'practice_id', 'per_org_id'], on_schema_change='fail', indexes=[{'columns': ['recall_id', 'practice_id', 'per_org_id'], 'unique': true}], pre_hook=['{{ medi_since_set() }}'], post_hook=["{{ medi_mark_set('fact_recalls', ref('stg_indici__recalls__checked')) }}"]) }}

{% if is_incremental() %}
with touched as (
  select distinct "recall_id", "practice_id", "per_org_id" from {{ ref('stg_indici__recalls__checked') }}
  where field_errors = '{}'::jsonb and {{ medi_typed_since() }}
),

newest as (
  select * from (
    select *, row_number() over (partition by "recall_id", "practice_id", "per_org_id" order by date_extracted desc nulls last, regexp_replace(source_uri, '^.*/', '') desc, source_uri desc, loaded_at desc, source_file_hash desc, source_row_number desc) as version_rank
    from {{ ref('stg_indici__recalls__checked') }}
    where field_errors = '{}'::jsonb and ("recall_id", "practice_id", "per_org_id") in (select * from touched)
  ) ranked
  where version_rank = 1
)
{% else %}
with newest as (
  select * from {{ ref('stg_indici__recalls') }}
)
{% endif %}

select
  md5(concat_ws('|', "recall_id", "practice_id", "per_org_id")) as recall_sk,
  "recall_id",
  "patient_id",
  "recall_date",
  "is_contacted",
  "notes",
  "patient_medtech_id",
  "recall_reason",
  "screening_type",
  "code",
  "vaccine",
  "vaccine_group",
  "recall_group",
  "inserted_at",
  "insertedby",
  "updated_at",
  "updated_by",
  "is_active",
  "practice",
  "practice_id",
  "provider_id",
  "is_deleted",
  "permanent_address_latitude",
  "permanent_address_longitude",
  "is_confidential",
  "show_on_patient_portal",
  "is_canceled",
  "recall_attempts",
  "scn_code",
  "per_org_id",
  "loaded_date_time",
  (to_timestamp('20' || date_extracted || '+00', 'YYYYMMDDHH24MITZH') at time zone 'UTC' at time zone '{{ var("source_time_zone") }}') as extracted_at,
  source_version_id,
  source_file_hash,
  date_extracted,
  load_run_id,
  typed_at
from newest
