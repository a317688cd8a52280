-- generated from contracts/indici/recalls.yaml by `npm run codegen`; do not edit
-- One row per natural key (recall_id, practice_id, per_org_id): the newest staged version. Incremental: a build
-- replaces only the keys that rows typed since its last build name (delete+insert on the key), each with its
-- newest valid version among all typed rows, chosen as staging chooses; so the table is what a full build
-- gives, backfills of older batches included, without ranking all history every night.
-- depends_on: {{ ref('stg_indici__recalls__checked') }}
{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key=['recall_id', 'practice_id', 'per_org_id'], on_schema_change='fail', indexes=[{'columns': ['recall_id', 'practice_id', 'per_org_id'], 'unique': true}]) }}

{% if is_incremental() %}
with touched as (
  select distinct "recall_id", "practice_id", "per_org_id" from {{ ref('stg_indici__recalls__checked') }}
  where field_errors = '{}'::jsonb and typed_at > (select coalesce(max(typed_at), '-infinity') from {{ this }})
),

newest as (
  select * from (
    select c.*, row_number() over (partition by c."recall_id", c."practice_id", c."per_org_id" order by c.date_extracted desc nulls last, c.source_uri desc, c.loaded_at desc, c.source_file_hash desc, c.source_row_number desc) as version_rank
    from {{ ref('stg_indici__recalls__checked') }} c join touched t on t."recall_id" = c."recall_id" and t."practice_id" = c."practice_id" and t."per_org_id" = c."per_org_id"
    where c.field_errors = '{}'::jsonb
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
  (to_timestamp('20' || date_extracted, 'YYYYMMDDHH24MI')::timestamp at time zone '{{ var("source_time_zone") }}') as extracted_at,
  source_version_id,
  source_file_hash,
  date_extracted,
  load_run_id,
  typed_at
from newest
