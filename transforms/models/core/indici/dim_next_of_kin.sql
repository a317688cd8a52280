-- generated from contracts/indici/next_of_kin.yaml by `npm run codegen`; do not edit
-- One row per natural key (nextto_kin_id, practice_id, per_org_id): the newest staged version. Incremental: a build
-- replaces only the keys that rows typed since its last build name (delete+insert on the key), each with its
-- newest valid version among all typed rows, chosen as staging chooses; so the table is what a full build
-- gives, backfills of older batches included, without ranking all history every night.
-- depends_on: {{ ref('stg_indici__next_of_kin__checked') }}
{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key=['nextto_kin_id', 'practice_id', 'per_org_id'], on_schema_change='fail', indexes=[{'columns': ['nextto_kin_id', 'practice_id', 'per_org_id'], 'unique': true}], pre_hook=['{{ medi_since_set() }}'], post_hook=["{{ medi_mark_set('dim_next_of_kin', ref('stg_indici__next_of_kin__checked')) }}"]) }}

{% if is_incremental() %}
with touched as (
  select distinct "nextto_kin_id", "practice_id", "per_org_id" from {{ ref('stg_indici__next_of_kin__checked') }}
  where field_errors = '{}'::jsonb and {{ medi_typed_since() }}
),

newest as (
  select * from (
    select *, row_number() over (partition by "nextto_kin_id", "practice_id", "per_org_id" order by date_extracted desc nulls last, regexp_replace(source_uri, '^.*/', '') desc, source_uri desc, loaded_at desc, source_file_hash desc, source_row_number desc) as version_rank
    from {{ ref('stg_indici__next_of_kin__checked') }}
    where field_errors = '{}'::jsonb and ("nextto_kin_id", "practice_id", "per_org_id") in (select * from touched)
  ) ranked
  where version_rank = 1
)
{% else %}
with newest as (
  select * from {{ ref('stg_indici__next_of_kin') }}
)
{% endif %}

select
  md5(concat_ws('|', "nextto_kin_id", "practice_id", "per_org_id")) as next_of_kin_sk,
  "nextto_kin_id",
  "patient_id",
  "nok_profile_id",
  etl.nhi_hash("nhi_number") as "nhi_number_hash",
  coalesce(etl.nhi_format("nhi_number"), case when "nhi_number" is not null then 'invalid' end) as "nhi_number_format",
  "name",
  "full_address",
  "cell_number",
  "day_phone",
  "night_phone",
  "is_emergency",
  "relationship_type_id",
  "relationship_type",
  "is_active",
  "is_deleted",
  "inserted_by_id",
  "inserted_by",
  "updated_by_id",
  "updated_by",
  "inserted_at",
  "updated_at",
  "user_logging_id",
  "logging_user_name",
  "is_gp2gp",
  "permanent_address_latitude",
  "permanent_address_longitude",
  "practice_id",
  "per_org_id",
  "loaded_date_time",
  (to_timestamp('20' || date_extracted || '+00', 'YYYYMMDDHH24MITZH') at time zone 'UTC' at time zone '{{ var("source_time_zone") }}') as extracted_at,
  source_version_id,
  source_file_hash,
  date_extracted,
  load_run_id,
  typed_at
from newest
