-- generated from contracts/indici/inbox_detail.yaml by `npm run codegen`; do not edit
-- Every raw row once, with typed values and field_errors ('{}' when the row is valid).
{{ config(materialized='table') }}

with source as (
  {{ medi_source('raw_indici', 'indici_inbox_detail', ["InBoxFolderItemInLineID","InboxFolderItemID","PatientID","PracticeID","PracticeName","Prompt","Result","AbNorm","Unit","ResultCode","ReferenceRanges","LineNumber","InsertedAt","IsConfidential","ShowonPortal","IsActive","IsDeleted","PerOrgId","LoadedDateTime"], ["_source_uri","_source_bucket","_source_key","_source_version_id","_source_file_hash","_source_row_number","_source_date_extracted","_source_per_org_id","_source_practice_id"]) }}
),

renamed as (
  select
    nullif(btrim(source."InBoxFolderItemInLineID", E' \t\r\n'), '') as "inbox_folder_item_inline_id",
    nullif(btrim(source."InboxFolderItemID", E' \t\r\n'), '') as "inbox_folder_item_id",
    nullif(btrim(source."PatientID", E' \t\r\n'), '') as "patient_id",
    nullif(btrim(source."PracticeID", E' \t\r\n'), '') as "practice_id",
    nullif(btrim(source."PracticeName", E' \t\r\n'), '') as "practice_name",
    nullif(btrim(source."Prompt", E' \t\r\n'), '') as "prompt",
    nullif(btrim(source."Result", E' \t\r\n'), '') as "result",
    nullif(btrim(source."AbNorm", E' \t\r\n'), '') as "abnorm",
    nullif(btrim(source."Unit", E' \t\r\n'), '') as "unit",
    nullif(btrim(source."ResultCode", E' \t\r\n'), '') as "result_code",
    nullif(btrim(source."ReferenceRanges", E' \t\r\n'), '') as "reference_ranges",
    nullif(btrim(source."LineNumber", E' \t\r\n'), '') as "line_number",
    nullif(btrim(source."InsertedAt", E' \t\r\n'), '') as "inserted_at",
    nullif(btrim(source."IsConfidential", E' \t\r\n'), '') as "is_confidential",
    nullif(btrim(source."ShowonPortal", E' \t\r\n'), '') as "show_on_portal",
    nullif(btrim(source."IsActive", E' \t\r\n'), '') as "is_active",
    nullif(btrim(source."IsDeleted", E' \t\r\n'), '') as "is_deleted",
    nullif(btrim(source."PerOrgId", E' \t\r\n'), '') as "per_org_id",
    nullif(btrim(source."LoadedDateTime", E' \t\r\n'), '') as "loaded_date_time",
    _source_uri as source_uri,
    _source_version_id as source_version_id,
    _source_file_hash as source_file_hash,
    _source_row_number as source_row_number,
    _source_date_extracted as date_extracted,
    _sdc_load_run_id as load_run_id,
    -- the source row as landed, field by field (raw is lossless), for rejects
    jsonb_build_object(
        'InBoxFolderItemInLineID', source."InBoxFolderItemInLineID",
        'InboxFolderItemID', source."InboxFolderItemID",
        'PatientID', source."PatientID",
        'PracticeID', source."PracticeID",
        'PracticeName', source."PracticeName",
        'Prompt', source."Prompt",
        'Result', source."Result",
        'AbNorm', source."AbNorm",
        'Unit', source."Unit",
        'ResultCode', source."ResultCode",
        'ReferenceRanges', source."ReferenceRanges",
        'LineNumber', source."LineNumber",
        'InsertedAt', source."InsertedAt",
        'IsConfidential', source."IsConfidential",
        'ShowonPortal', source."ShowonPortal",
        'IsActive', source."IsActive",
        'IsDeleted', source."IsDeleted",
        'PerOrgId', source."PerOrgId",
        'LoadedDateTime', source."LoadedDateTime"
      ) as source_row
  from source
),

typed as (
  select
    {{ medi_cast('inbox_folder_item_inline_id', 'integer') }} as "inbox_folder_item_inline_id",
    {{ medi_cast('inbox_folder_item_id', 'integer') }} as "inbox_folder_item_id",
    {{ medi_cast('patient_id', 'integer') }} as "patient_id",
    {{ medi_cast('practice_id', 'integer') }} as "practice_id",
    {{ medi_cast('practice_name', 'string') }} as "practice_name",
    {{ medi_cast('prompt', 'string') }} as "prompt",
    {{ medi_cast('result', 'string') }} as "result",
    {{ medi_cast('abnorm', 'string') }} as "abnorm",
    {{ medi_cast('unit', 'string') }} as "unit",
    {{ medi_cast('result_code', 'string') }} as "result_code",
    {{ medi_cast('reference_ranges', 'string') }} as "reference_ranges",
    {{ medi_cast('line_number', 'integer') }} as "line_number",
    {{ medi_cast('inserted_at', 'timestamp') }} as "inserted_at",
    {{ medi_cast('is_confidential', 'boolean') }} as "is_confidential",
    {{ medi_cast('show_on_portal', 'boolean') }} as "show_on_portal",
    {{ medi_cast('is_active', 'boolean') }} as "is_active",
    {{ medi_cast('is_deleted', 'boolean') }} as "is_deleted",
    {{ medi_cast('per_org_id', 'string') }} as "per_org_id",
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
      'inbox_folder_item_inline_id', {{ medi_check('inbox_folder_item_inline_id', 'integer', required=true, domain=none) }},
      'inbox_folder_item_id', {{ medi_check('inbox_folder_item_id', 'integer', required=false, domain=none) }},
      'patient_id', {{ medi_check('patient_id', 'integer', required=false, domain=none) }},
      'practice_id', {{ medi_check('practice_id', 'integer', required=true, domain=none) }},
      'practice_name', {{ medi_check('practice_name', 'string', required=false, domain=none) }},
      'prompt', {{ medi_check('prompt', 'string', required=false, domain=none) }},
      'result', {{ medi_check('result', 'string', required=false, domain=none) }},
      'abnorm', {{ medi_check('abnorm', 'string', required=false, domain=none) }},
      'unit', {{ medi_check('unit', 'string', required=false, domain=none) }},
      'result_code', {{ medi_check('result_code', 'string', required=false, domain=none) }},
      'reference_ranges', {{ medi_check('reference_ranges', 'string', required=false, domain=none) }},
      'line_number', {{ medi_check('line_number', 'integer', required=false, domain=none) }},
      'inserted_at', {{ medi_check('inserted_at', 'timestamp', required=false, domain=none) }},
      'is_confidential', {{ medi_check('is_confidential', 'boolean', required=false, domain=none) }},
      'show_on_portal', {{ medi_check('show_on_portal', 'boolean', required=false, domain=none) }},
      'is_active', {{ medi_check('is_active', 'boolean', required=false, domain=none) }},
      'is_deleted', {{ medi_check('is_deleted', 'boolean', required=false, domain=none) }},
      'per_org_id', {{ medi_check('per_org_id', 'string', required=true, domain=none) }},
      'loaded_date_time', {{ medi_check('loaded_date_time', 'timestamp', required=false, domain=none) }}
    )
    ) as field_errors
  from renamed
)

select * from typed
