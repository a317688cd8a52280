-- generated from contracts/indici/vaccine.yaml by `npm run codegen`; do not edit
-- SCD2: one row per change of the tracked attributes (vaccine_code, vaccine_name, is_active, is_deleted).
{{ config(materialized='table', indexes=[{'columns': ['vaccine_sk'], 'unique': true}]) }}

with versions as (
  select *,
    (to_timestamp('20' || date_extracted, 'YYYYMMDDHH24MI')::timestamp at time zone '{{ var("source_time_zone") }}') as extracted_at,
    md5(row("vaccine_code", "vaccine_name", "is_active", "is_deleted")::text) as attr_hash
  from {{ ref('stg_indici__vaccine__checked') }}
  where field_errors = '{}'::jsonb
),

-- one version per key and DateExtracted, chosen as staging chooses: a first delivery's full load and delta
-- share a DateExtracted, and two versions valid from the same instant are no history
per_batch as (
  select * from (
    select *, row_number() over (partition by "vaccine_id", "practice_id", "per_org_id", extracted_at order by source_uri desc, loaded_at desc, source_file_hash desc, source_row_number desc) as batch_rank
    from versions
  ) v
  where batch_rank = 1
),

ordered as (
  select *, lag(attr_hash) over (partition by "vaccine_id", "practice_id", "per_org_id" order by extracted_at) as prev_hash
  from per_batch
),

changes as (
  select * from ordered where prev_hash is distinct from attr_hash
)

select
  md5(concat_ws('|', "vaccine_id", "practice_id", "per_org_id", extracted_at::text, source_row_number::text)) as vaccine_sk,
  "vaccine_id",
  "vaccine_code",
  "vaccine_name",
  "long_description",
  "is_active",
  "is_deleted",
  "coding_system",
  "gender_id",
  "gender",
  "is_nir",
  "per_org_id",
  "practice_id",
  "loaded_date_time",
  extracted_at as valid_from,
  lead(extracted_at) over (partition by "vaccine_id", "practice_id", "per_org_id" order by extracted_at) as valid_to,
  lead(extracted_at) over (partition by "vaccine_id", "practice_id", "per_org_id" order by extracted_at) is null as is_current,
  source_version_id,
  source_file_hash,
  date_extracted,
  load_run_id
from changes
