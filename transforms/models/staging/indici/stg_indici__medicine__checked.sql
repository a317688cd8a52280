-- generated from contracts/indici/medicine.yaml by `npm run codegen`; do not edit
-- Every raw row once, with typed values and field_errors ('{}' when the row is valid).
{{ config(materialized='table') }}

with source as (
  {{ medi_source('raw_indici', 'indici_medicine', ["MedicineID","MedicineName","MedicineShortName","SCTID","Type","PharmaCode","IsActive","IsDeleted","PerOrgId","PracticeID","LoadedDateTime"], ["_source_uri","_source_bucket","_source_key","_source_version_id","_source_file_hash","_source_row_number","_source_date_extracted","_source_per_org_id","_source_practice_id"]) }}
),

renamed as (
  select
    nullif(btrim(source."MedicineID", E' \t\r\n'), '') as "medicine_id",
    nullif(btrim(source."MedicineName", E' \t\r\n'), '') as "medicine_name",
    nullif(btrim(source."MedicineShortName", E' \t\r\n'), '') as "medicine_short_name",
    nullif(btrim(source."SCTID", E' \t\r\n'), '') as "sct_id",
    nullif(btrim(source."Type", E' \t\r\n'), '') as "type",
    nullif(btrim(source."PharmaCode", E' \t\r\n'), '') as "pharma_code",
    nullif(btrim(source."IsActive", E' \t\r\n'), '') as "is_active",
    nullif(btrim(source."IsDeleted", E' \t\r\n'), '') as "is_deleted",
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
        'MedicineID', source."MedicineID",
        'MedicineName', source."MedicineName",
        'MedicineShortName', source."MedicineShortName",
        'SCTID', source."SCTID",
        'Type', source."Type",
        'PharmaCode', source."PharmaCode",
        'IsActive', source."IsActive",
        'IsDeleted', source."IsDeleted",
        'PerOrgId', source."PerOrgId",
        'PracticeID', source."PracticeID",
        'LoadedDateTime', source."LoadedDateTime"
      ) as source_row
  from source
),

typed as (
  select
    {{ medi_cast('medicine_id', 'integer') }} as "medicine_id",
    {{ medi_cast('medicine_name', 'string') }} as "medicine_name",
    {{ medi_cast('medicine_short_name', 'string') }} as "medicine_short_name",
    {{ medi_cast('sct_id', 'string') }} as "sct_id",
    {{ medi_cast('type', 'string') }} as "type",
    {{ medi_cast('pharma_code', 'string') }} as "pharma_code",
    {{ medi_cast('is_active', 'boolean') }} as "is_active",
    {{ medi_cast('is_deleted', 'boolean') }} as "is_deleted",
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
      'medicine_id', {{ medi_check('medicine_id', 'integer', required=true, domain=none) }},
      'medicine_name', {{ medi_check('medicine_name', 'string', required=false, domain=none) }},
      'medicine_short_name', {{ medi_check('medicine_short_name', 'string', required=false, domain=none) }},
      'sct_id', {{ medi_check('sct_id', 'string', required=false, domain=none) }},
      'type', {{ medi_check('type', 'string', required=false, domain=none) }},
      'pharma_code', {{ medi_check('pharma_code', 'string', required=false, domain=none) }},
      'is_active', {{ medi_check('is_active', 'boolean', required=false, domain=none) }},
      'is_deleted', {{ medi_check('is_deleted', 'boolean', required=false, domain=none) }},
      'per_org_id', {{ medi_check('per_org_id', 'string', required=true, domain=none) }},
      'practice_id', {{ medi_check('practice_id', 'integer', required=true, domain=none) }},
      'loaded_date_time', {{ medi_check('loaded_date_time', 'timestamp', required=false, domain=none) }}
    )
    ) as field_errors
  from renamed
)

select * from typed
