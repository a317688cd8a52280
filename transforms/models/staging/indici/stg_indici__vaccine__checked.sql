-- generated from contracts/indici/vaccine.yaml by `npm run codegen`; do not edit
-- Every raw row once, with typed values and field_errors ('{}' when the row is valid). Each column is checked
-- once; the reasons and the row as landed are only assembled for rows that fail. Timestamps are read in the
-- source's zone, set for this model's transaction (medi_source_zone).
{{ config(materialized='incremental', incremental_strategy='append', on_schema_change='fail', pre_hook=['{{ medi_source_zone() }}', '{{ medi_since_set() }}', '{{ medi_checked_forget() }}', '{{ medi_checked_stats() }}'], post_hook="{{ medi_checked_sign('c64f39e3aeac02d1') }}", indexes=[{'columns': ['load_run_id', 'coalesce(source_row_number, 0)']}, {'columns': ['typed_at']}, {'columns': ['vaccine_id', 'practice_id', 'per_org_id']}]) }}
{{ medi_checked_guard('c64f39e3aeac02d1') }}

with source as (
  select * from (
    {{ medi_source('raw_indici', 'indici_vaccine', ["VaccineID","VaccineCode","VaccineName","LongDescription","IsActive","IsDeleted","CodingSystem","GenderID","Gender","IsNIR","PerOrgId","PracticeID","LoadedDateTime"], ["_source_uri","_source_bucket","_source_key","_source_version_id","_source_file_hash","_source_row_number","_source_date_extracted","_source_per_org_id","_source_practice_id","_source_checked"]) }}
  ) landed{% if is_incremental() %}
  -- only rows not typed yet: none of their (load run, file)'s rows from theirs on is here (a file's rows are
  -- committed in row order; coalesce: a missing lineage value must still match itself, or its rows would be
  -- typed again at every build). Raw is read only from the last build's bound (medi_since, macros/
  -- medi_incremental.sql), through its BRIN index; this table by its (load run, row number) index, one probe per
  -- new row, which stays cheap however few rows PostgreSQL expects to be new
  where {{ medi_since('landed._sdc_batched_at') }} and not exists (
    select 1 from {{ this }} seen
    where seen.load_run_id = landed._sdc_load_run_id and coalesce(seen.source_row_number, 0) >= coalesce(landed._source_row_number, 0)
      and coalesce(seen.source_uri, '') = coalesce(landed._source_uri, '') and coalesce(seen.source_version_id, '') = coalesce(landed._source_version_id, '')
      and coalesce(seen.source_file_hash, '') = coalesce(landed._source_file_hash, '')
  ){% endif %}
),

-- read by both branches when the tap marks checked rows, so not materialized: each branch scans raw itself
trimmed as not materialized (
  select
    nullif(btrim(source."VaccineID", E' \t\r\n'), '') as "vaccine_id",
    nullif(btrim(source."VaccineCode", E' \t\r\n'), '') as "vaccine_code",
    nullif(btrim(source."VaccineName", E' \t\r\n'), '') as "vaccine_name",
    nullif(btrim(source."LongDescription", E' \t\r\n'), '') as "long_description",
    nullif(btrim(source."IsActive", E' \t\r\n'), '') as "is_active",
    nullif(btrim(source."IsDeleted", E' \t\r\n'), '') as "is_deleted",
    nullif(btrim(source."CodingSystem", E' \t\r\n'), '') as "coding_system",
    nullif(btrim(source."GenderID", E' \t\r\n'), '') as "gender_id",
    nullif(btrim(source."Gender", E' \t\r\n'), '') as "gender",
    nullif(btrim(source."IsNIR", E' \t\r\n'), '') as "is_nir",
    nullif(btrim(source."PerOrgId", E' \t\r\n'), '') as "per_org_id",
    nullif(btrim(source."PracticeID", E' \t\r\n'), '') as "practice_id",
    nullif(btrim(source."LoadedDateTime", E' \t\r\n'), '') as "loaded_date_time",
    source."VaccineID" as "__raw_vaccine_id",
    source."VaccineCode" as "__raw_vaccine_code",
    source."VaccineName" as "__raw_vaccine_name",
    source."LongDescription" as "__raw_long_description",
    source."IsActive" as "__raw_is_active",
    source."IsDeleted" as "__raw_is_deleted",
    source."CodingSystem" as "__raw_coding_system",
    source."GenderID" as "__raw_gender_id",
    source."Gender" as "__raw_gender",
    source."IsNIR" as "__raw_is_nir",
    source."PerOrgId" as "__raw_per_org_id",
    source."PracticeID" as "__raw_practice_id",
    source."LoadedDateTime" as "__raw_loaded_date_time",
    _source_uri as source_uri,
    _source_version_id as source_version_id,
    _source_file_hash as source_file_hash,
    _source_row_number as source_row_number,
    _source_date_extracted as date_extracted,
    _sdc_load_run_id as load_run_id,
    _sdc_batched_at as loaded_at,
    _source_checked
  from source
),

renamed as (
  -- OFFSET 0 here too: folded into the checks, each trimmed value was recomputed at every use (a date
  -- check uses its value ~9 times), which cost ~20% of this model
  select * from trimmed
  where _source_checked is distinct from '0d031f99fdf446a7'
  offset 0
),

validated as (
  -- OFFSET 0 keeps this subquery from being folded into its users, so each check runs once per row
  select * from (
    select
      renamed.*,
      {{ medi_valid('vaccine_id', 'integer') }} as "__ok_vaccine_id",
      {{ medi_valid('vaccine_code', 'string') }} as "__ok_vaccine_code",
      {{ medi_valid('vaccine_name', 'string') }} as "__ok_vaccine_name",
      {{ medi_valid('long_description', 'string') }} as "__ok_long_description",
      {{ medi_valid('is_active', 'boolean') }} as "__ok_is_active",
      {{ medi_valid('is_deleted', 'boolean') }} as "__ok_is_deleted",
      {{ medi_valid('coding_system', 'string') }} as "__ok_coding_system",
      {{ medi_valid('gender_id', 'integer') }} as "__ok_gender_id",
      {{ medi_valid('gender', 'string') }} as "__ok_gender",
      {{ medi_valid('is_nir', 'boolean') }} as "__ok_is_nir",
      {{ medi_valid('per_org_id', 'string') }} as "__ok_per_org_id",
      {{ medi_valid('practice_id', 'integer') }} as "__ok_practice_id",
      {{ medi_valid('loaded_date_time', 'timestamp') }} as "__ok_loaded_date_time"
    from renamed
    offset 0
  ) checked
),

flagged as (
  select
    validated.*,
    ("vaccine_id" is null or not "__ok_vaccine_id"
      or not "__ok_vaccine_code"
      or not "__ok_vaccine_name"
      or not "__ok_long_description"
      or not "__ok_is_active"
      or not "__ok_is_deleted"
      or not "__ok_coding_system"
      or not "__ok_gender_id"
      or not "__ok_gender"
      or not "__ok_is_nir"
      or "per_org_id" is null or not "__ok_per_org_id"
      or "practice_id" is null or not "__ok_practice_id"
      or not "__ok_loaded_date_time") as __has_error
  from validated
)

-- Rows the tap marked as passing every check of this contract as it stands (the fingerprint of its columns'
-- types, required flags, domains and null spellings, and of the rules' version): they are only cast. Unmarked
-- rows, and rows marked under other rules, are checked above. Neither this nor `trimmed` is fenced or
-- materialized, so PostgreSQL casts these rows in parallel workers (measured ~2× faster than in one process).
select
    {{ medi_cast_valid('vaccine_id', 'integer') }} as "vaccine_id",
    {{ medi_cast_valid('vaccine_code', 'string') }} as "vaccine_code",
    {{ medi_cast_valid('vaccine_name', 'string') }} as "vaccine_name",
    {{ medi_cast_valid('long_description', 'string') }} as "long_description",
    {{ medi_cast_valid('is_active', 'boolean') }} as "is_active",
    {{ medi_cast_valid('is_deleted', 'boolean') }} as "is_deleted",
    {{ medi_cast_valid('coding_system', 'string') }} as "coding_system",
    {{ medi_cast_valid('gender_id', 'integer') }} as "gender_id",
    {{ medi_cast_valid('gender', 'string') }} as "gender",
    {{ medi_cast_valid('is_nir', 'boolean') }} as "is_nir",
    {{ medi_cast_valid('per_org_id', 'string') }} as "per_org_id",
    {{ medi_cast_valid('practice_id', 'integer') }} as "practice_id",
    {{ medi_cast_valid('loaded_date_time', 'timestamp') }} as "loaded_date_time",
  source_uri,
  source_version_id,
  source_file_hash,
  source_row_number,
  date_extracted,
  load_run_id,
  loaded_at,
  transaction_timestamp() as typed_at,
  null::jsonb as source_row,
  '{}'::jsonb as field_errors
from trimmed
where _source_checked = '0d031f99fdf446a7'

union all

select
    {{ medi_cast_checked('vaccine_id', 'integer', '__ok_vaccine_id') }} as "vaccine_id",
    {{ medi_cast_checked('vaccine_code', 'string', '__ok_vaccine_code') }} as "vaccine_code",
    {{ medi_cast_checked('vaccine_name', 'string', '__ok_vaccine_name') }} as "vaccine_name",
    {{ medi_cast_checked('long_description', 'string', '__ok_long_description') }} as "long_description",
    {{ medi_cast_checked('is_active', 'boolean', '__ok_is_active') }} as "is_active",
    {{ medi_cast_checked('is_deleted', 'boolean', '__ok_is_deleted') }} as "is_deleted",
    {{ medi_cast_checked('coding_system', 'string', '__ok_coding_system') }} as "coding_system",
    {{ medi_cast_checked('gender_id', 'integer', '__ok_gender_id') }} as "gender_id",
    {{ medi_cast_checked('gender', 'string', '__ok_gender') }} as "gender",
    {{ medi_cast_checked('is_nir', 'boolean', '__ok_is_nir') }} as "is_nir",
    {{ medi_cast_checked('per_org_id', 'string', '__ok_per_org_id') }} as "per_org_id",
    {{ medi_cast_checked('practice_id', 'integer', '__ok_practice_id') }} as "practice_id",
    {{ medi_cast_checked('loaded_date_time', 'timestamp', '__ok_loaded_date_time') }} as "loaded_date_time",
  source_uri,
  source_version_id,
  source_file_hash,
  source_row_number,
  date_extracted,
  load_run_id,
  loaded_at,
  transaction_timestamp() as typed_at,
  -- the source row as landed, field by field (raw is lossless), for rejects
  case when __has_error then
    jsonb_build_object(
        'VaccineID', "__raw_vaccine_id",
        'VaccineCode', "__raw_vaccine_code",
        'VaccineName', "__raw_vaccine_name",
        'LongDescription', "__raw_long_description",
        'IsActive', "__raw_is_active",
        'IsDeleted', "__raw_is_deleted",
        'CodingSystem', "__raw_coding_system",
        'GenderID', "__raw_gender_id",
        'Gender', "__raw_gender",
        'IsNIR', "__raw_is_nir",
        'PerOrgId', "__raw_per_org_id",
        'PracticeID', "__raw_practice_id",
        'LoadedDateTime', "__raw_loaded_date_time"
      )
  end as source_row,
  case when __has_error then jsonb_strip_nulls(
    jsonb_build_object(
        'vaccine_id', {{ medi_error_checked('vaccine_id', 'integer', '__ok_vaccine_id', required=true, domain=none) }},
        'is_active', {{ medi_error_checked('is_active', 'boolean', '__ok_is_active', required=false, domain=none) }},
        'is_deleted', {{ medi_error_checked('is_deleted', 'boolean', '__ok_is_deleted', required=false, domain=none) }},
        'gender_id', {{ medi_error_checked('gender_id', 'integer', '__ok_gender_id', required=false, domain=none) }},
        'is_nir', {{ medi_error_checked('is_nir', 'boolean', '__ok_is_nir', required=false, domain=none) }},
        'per_org_id', {{ medi_error_checked('per_org_id', 'string', '__ok_per_org_id', required=true, domain=none) }},
        'practice_id', {{ medi_error_checked('practice_id', 'integer', '__ok_practice_id', required=true, domain=none) }},
        'loaded_date_time', {{ medi_error_checked('loaded_date_time', 'timestamp', '__ok_loaded_date_time', required=false, domain=none) }}
      )
  ) else '{}'::jsonb end as field_errors
from flagged
