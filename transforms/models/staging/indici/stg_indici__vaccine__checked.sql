-- generated from contracts/indici/vaccine.yaml by `npm run codegen`; do not edit
-- Every raw row once, with typed values and field_errors ('{}' when the row is valid).
{{ config(materialized='table') }}

with source as (
  {{ medi_source('raw_indici', 'indici_vaccine', ["VaccineID","VaccineCode","VaccineName","LongDescription","IsActive","IsDeleted","CodingSystem","GenderID","Gender","IsNIR","PerOrgId","PracticeID","LoadedDateTime"], ["_source_uri","_source_bucket","_source_key","_source_version_id","_source_file_hash","_source_row_number","_source_date_extracted","_source_per_org_id","_source_practice_id"]) }}
),

renamed as (
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
    _source_uri as source_uri,
    _source_version_id as source_version_id,
    _source_file_hash as source_file_hash,
    _source_row_number as source_row_number,
    _source_date_extracted as date_extracted,
    _sdc_load_run_id as load_run_id,
    -- the source row as landed, field by field (raw is lossless), for rejects
    jsonb_build_object(
        'VaccineID', source."VaccineID",
        'VaccineCode', source."VaccineCode",
        'VaccineName', source."VaccineName",
        'LongDescription', source."LongDescription",
        'IsActive', source."IsActive",
        'IsDeleted', source."IsDeleted",
        'CodingSystem', source."CodingSystem",
        'GenderID', source."GenderID",
        'Gender', source."Gender",
        'IsNIR', source."IsNIR",
        'PerOrgId', source."PerOrgId",
        'PracticeID', source."PracticeID",
        'LoadedDateTime', source."LoadedDateTime"
      ) as source_row
  from source
),

typed as (
  select
    {{ medi_cast('vaccine_id', 'integer') }} as "vaccine_id",
    {{ medi_cast('vaccine_code', 'string') }} as "vaccine_code",
    {{ medi_cast('vaccine_name', 'string') }} as "vaccine_name",
    {{ medi_cast('long_description', 'string') }} as "long_description",
    {{ medi_cast('is_active', 'boolean') }} as "is_active",
    {{ medi_cast('is_deleted', 'boolean') }} as "is_deleted",
    {{ medi_cast('coding_system', 'string') }} as "coding_system",
    {{ medi_cast('gender_id', 'integer') }} as "gender_id",
    {{ medi_cast('gender', 'string') }} as "gender",
    {{ medi_cast('is_nir', 'boolean') }} as "is_nir",
    {{ medi_cast('per_org_id', 'string') }} as "per_org_id",
    {{ medi_cast('practice_id', 'integer') }} as "practice_id",
    {{ medi_cast('loaded_date_time', 'timestamp') }} as "loaded_date_time",
    source_uri,
    source_version_id,
    source_file_hash,
    source_row_number,
    date_extracted,
    load_run_id,
    source_row,
    jsonb_strip_nulls(
    jsonb_build_object(
      'vaccine_id', {{ medi_check('vaccine_id', 'integer', required=true, domain=none) }},
      'vaccine_code', {{ medi_check('vaccine_code', 'string', required=false, domain=none) }},
      'vaccine_name', {{ medi_check('vaccine_name', 'string', required=false, domain=none) }},
      'long_description', {{ medi_check('long_description', 'string', required=false, domain=none) }},
      'is_active', {{ medi_check('is_active', 'boolean', required=false, domain=none) }},
      'is_deleted', {{ medi_check('is_deleted', 'boolean', required=false, domain=none) }},
      'coding_system', {{ medi_check('coding_system', 'string', required=false, domain=none) }},
      'gender_id', {{ medi_check('gender_id', 'integer', required=false, domain=none) }},
      'gender', {{ medi_check('gender', 'string', required=false, domain=none) }},
      'is_nir', {{ medi_check('is_nir', 'boolean', required=false, domain=none) }},
      'per_org_id', {{ medi_check('per_org_id', 'string', required=true, domain=none) }},
      'practice_id', {{ medi_check('practice_id', 'integer', required=true, domain=none) }},
      'loaded_date_time', {{ medi_check('loaded_date_time', 'timestamp', required=false, domain=none) }}
    )
    ) as field_errors
  from renamed
)

select * from typed
