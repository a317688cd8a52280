-- generated from contracts/indici/practice_info.yaml by `npm run codegen`; do not edit
-- SCD2: one row per run of unchanged tracked attributes (practice_name, pho, is_active, is_deleted),
-- valid from the run's first version. Tracked attributes are type 2 (a change opens a row); every other column
-- and the lineage are type 1 within their row: the run's newest version's. So the current row is the version
-- staging keeps, in every column, and an older batch loaded late only adds or extends history before it.
-- Incremental: a build replaces the rows of only the keys that rows typed since its last build name, each
-- key's history computed again from all of its typed versions, so the table is what a full build gives.
{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key=['practice_id', 'per_org_id'], on_schema_change='fail', indexes=[{'columns': ['practice_sk'], 'unique': true}, {'columns': ['practice_id', 'per_org_id']}], pre_hook=['{{ medi_since_set() }}'], post_hook=["{{ medi_mark_set('dim_practice', ref('stg_indici__practice_info__checked')) }}"]) }}

with versions as (
  select *,
    (to_timestamp('20' || date_extracted || '+00', 'YYYYMMDDHH24MITZH') at time zone 'UTC' at time zone '{{ var("source_time_zone") }}') as extracted_at,
    md5(row("practice_name", "pho", "is_active", "is_deleted")::text) as attr_hash,
    row_number() over (partition by "practice_id", "per_org_id" order by date_extracted desc nulls last, regexp_replace(source_uri, '^.*/', '') desc, source_uri desc, loaded_at desc, source_file_hash desc, source_row_number desc) as version_rank
  from {{ ref('stg_indici__practice_info__checked') }}
  where field_errors = '{}'::jsonb{% if is_incremental() %}
    and ("practice_id", "per_org_id") in (
      select "practice_id", "per_org_id" from {{ ref('stg_indici__practice_info__checked') }} where field_errors = '{}'::jsonb and {{ medi_typed_since(own_typed_at=false) }}
    ){% endif %}
),

-- one version per key and DateExtracted, the one staging ranks first: a first delivery's full load and delta
-- share a DateExtracted, and two versions valid from the same instant are no history
per_batch as (
  select * from (
    select *, row_number() over (partition by "practice_id", "per_org_id", extracted_at order by version_rank) as batch_rank
    from versions
  ) v
  where batch_rank = 1
),

ordered as (
  select *, lag(attr_hash) over (partition by "practice_id", "per_org_id" order by version_rank desc) as prev_hash
  from per_batch
),

-- runs numbered oldest first: a version whose tracked attributes differ from the one before starts a run
runs as (
  select *, count(*) filter (where prev_hash is distinct from attr_hash) over (partition by "practice_id", "per_org_id" order by version_rank desc rows unbounded preceding) as run
  from ordered
),

-- each run's first version (its start and surrogate key) beside its newest (every value)
bounded as (
  select *,
    first_value(extracted_at) over (partition by "practice_id", "per_org_id", run order by version_rank desc) as run_from,
    first_value(source_row_number) over (partition by "practice_id", "per_org_id", run order by version_rank desc) as run_first_row_number,
    row_number() over (partition by "practice_id", "per_org_id", run order by version_rank) as newest_in_run
  from runs
)

select
  -- the run's start as text in UTC (medi_instant_text), not in the session's zone: the same keys under any PGTZ
  md5(concat_ws('|', "practice_id", "per_org_id", {{ medi_instant_text('run_from') }}, run_first_row_number::text)) as practice_sk,
  "practice_id",
  "practice_name",
  "practice_category",
  "practice_speciality",
  "pho",
  "organization_type",
  "org_short_name",
  "org_code",
  "edi_account",
  "legal_entity_title",
  "legal_status",
  "incorporation_number",
  "legal_date",
  "comments",
  "formula",
  "ownership_model",
  "rural",
  "primary_phone",
  "secondary_phone",
  "other_phone",
  "primary_email",
  "secondary_email",
  "other_email",
  "pager",
  "fax1",
  "fax2",
  "health_facility_no",
  "hpi_facility_no",
  "hpi_facility_ext",
  "hpi_organization_id",
  "hpi_organization_ext",
  "gst_no",
  "acc_no",
  "bank_account_no",
  "moh_sending_practice_id",
  "after_hours_number",
  "emergency_number",
  "is_active",
  "is_deleted",
  "per_org_id",
  "loaded_date_time",
  run_from as valid_from,
  lead(run_from) over (partition by "practice_id", "per_org_id" order by run) as valid_to,
  lead(run_from) over (partition by "practice_id", "per_org_id" order by run) is null as is_current,
  source_version_id,
  source_file_hash,
  date_extracted,
  load_run_id
from bounded
where newest_in_run = 1
