-- generated from contracts/indici/patient_alerts.yaml by `npm run codegen`; do not edit
-- Every raw row once, with typed values and field_errors ('{}' when the row is valid). Each column is checked
-- once; the reasons and the row as landed are only assembled for rows that fail. Timestamps are read in the
-- source's zone, set for this model's transaction (medi_source_zone).
{{ config(materialized='incremental', incremental_strategy='append', on_schema_change='fail', pre_hook=['{{ medi_source_zone() }}', '{{ medi_since_set() }}', '{{ medi_checked_forget() }}', '{{ medi_checked_stats() }}'], post_hook="{{ medi_checked_sign('174dcd4ce7ae851f') }}", indexes=[{'columns': ['load_run_id', 'coalesce(source_row_number, 0)']}, {'columns': ['typed_at']}, {'columns': ['patient_alert_id', 'practice_id', 'per_org_id']}]) }}
{{ medi_checked_guard('174dcd4ce7ae851f') }}

with source as (
  select * from (
    {{ medi_source('raw_indici', 'indici_patient_alerts', ["PatientAlertID","PatientID","TypeID","Type","AlertID","Alert","SeverityID","Severity","AlertValue","LastUpdatedDate","EffectiveDate","ExpiryDate","Note","IsActive","IsDeleted","IsDeleted_2","InsertedByID","InsertedBy","UpdatedByID","UpdatedBy","InsertedAt","UpdatedAt","MedTechID","UserLoggingID","LoggingUserName","IsGP2GP","PermanentAddressLatitude","PermanentAddressLongitude","AlertState","PracticeID","ProviderID","PerOrgId","LoadedDateTime"], ["_source_uri","_source_bucket","_source_key","_source_version_id","_source_file_hash","_source_row_number","_source_date_extracted","_source_per_org_id","_source_practice_id","_source_checked"]) }}
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
    nullif(btrim(source."PatientAlertID", E' \t\r\n'), '') as "patient_alert_id",
    nullif(btrim(source."PatientID", E' \t\r\n'), '') as "patient_id",
    nullif(btrim(source."TypeID", E' \t\r\n'), '') as "type_id",
    nullif(btrim(source."Type", E' \t\r\n'), '') as "type",
    nullif(btrim(source."AlertID", E' \t\r\n'), '') as "alert_id",
    nullif(btrim(source."Alert", E' \t\r\n'), '') as "alert",
    nullif(btrim(source."SeverityID", E' \t\r\n'), '') as "severity_id",
    nullif(btrim(source."Severity", E' \t\r\n'), '') as "severity",
    nullif(btrim(source."AlertValue", E' \t\r\n'), '') as "alert_value",
    nullif(btrim(source."LastUpdatedDate", E' \t\r\n'), '') as "last_updated_date",
    nullif(btrim(source."EffectiveDate", E' \t\r\n'), '') as "effective_date",
    nullif(btrim(source."ExpiryDate", E' \t\r\n'), '') as "expiry_date",
    nullif(btrim(source."Note", E' \t\r\n'), '') as "note",
    nullif(btrim(source."IsActive", E' \t\r\n'), '') as "is_active",
    nullif(btrim(source."IsDeleted", E' \t\r\n'), '') as "is_deleted",
    nullif(btrim(source."IsDeleted_2", E' \t\r\n'), '') as "is_deleted_2",
    nullif(btrim(source."InsertedByID", E' \t\r\n'), '') as "inserted_by_id",
    nullif(btrim(source."InsertedBy", E' \t\r\n'), '') as "inserted_by",
    nullif(btrim(source."UpdatedByID", E' \t\r\n'), '') as "updated_by_id",
    nullif(btrim(source."UpdatedBy", E' \t\r\n'), '') as "updated_by",
    nullif(btrim(source."InsertedAt", E' \t\r\n'), '') as "inserted_at",
    nullif(btrim(source."UpdatedAt", E' \t\r\n'), '') as "updated_at",
    nullif(btrim(source."MedTechID", E' \t\r\n'), '') as "medtech_id",
    nullif(btrim(source."UserLoggingID", E' \t\r\n'), '') as "user_logging_id",
    nullif(btrim(source."LoggingUserName", E' \t\r\n'), '') as "logging_user_name",
    nullif(btrim(source."IsGP2GP", E' \t\r\n'), '') as "is_gp2gp",
    nullif(btrim(source."PermanentAddressLatitude", E' \t\r\n'), '') as "permanent_address_latitude",
    nullif(btrim(source."PermanentAddressLongitude", E' \t\r\n'), '') as "permanent_address_longitude",
    nullif(btrim(source."AlertState", E' \t\r\n'), '') as "alert_state",
    nullif(btrim(source."PracticeID", E' \t\r\n'), '') as "practice_id",
    nullif(btrim(source."ProviderID", E' \t\r\n'), '') as "provider_id",
    nullif(btrim(source."PerOrgId", E' \t\r\n'), '') as "per_org_id",
    nullif(btrim(source."LoadedDateTime", E' \t\r\n'), '') as "loaded_date_time",
    source."PatientAlertID" as "__raw_patient_alert_id",
    source."PatientID" as "__raw_patient_id",
    source."TypeID" as "__raw_type_id",
    source."Type" as "__raw_type",
    source."AlertID" as "__raw_alert_id",
    source."Alert" as "__raw_alert",
    source."SeverityID" as "__raw_severity_id",
    source."Severity" as "__raw_severity",
    source."AlertValue" as "__raw_alert_value",
    source."LastUpdatedDate" as "__raw_last_updated_date",
    source."EffectiveDate" as "__raw_effective_date",
    source."ExpiryDate" as "__raw_expiry_date",
    source."Note" as "__raw_note",
    source."IsActive" as "__raw_is_active",
    source."IsDeleted" as "__raw_is_deleted",
    source."IsDeleted_2" as "__raw_is_deleted_2",
    source."InsertedByID" as "__raw_inserted_by_id",
    source."InsertedBy" as "__raw_inserted_by",
    source."UpdatedByID" as "__raw_updated_by_id",
    source."UpdatedBy" as "__raw_updated_by",
    source."InsertedAt" as "__raw_inserted_at",
    source."UpdatedAt" as "__raw_updated_at",
    source."MedTechID" as "__raw_medtech_id",
    source."UserLoggingID" as "__raw_user_logging_id",
    source."LoggingUserName" as "__raw_logging_user_name",
    source."IsGP2GP" as "__raw_is_gp2gp",
    source."PermanentAddressLatitude" as "__raw_permanent_address_latitude",
    source."PermanentAddressLongitude" as "__raw_permanent_address_longitude",
    source."AlertState" as "__raw_alert_state",
    source."PracticeID" as "__raw_practice_id",
    source."ProviderID" as "__raw_provider_id",
    source."PerOrgId" as "__raw_per_org_id",
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
  where _source_checked is distinct from '267952c7b8b108c4'
  offset 0
),

validated as (
  -- OFFSET 0 keeps this subquery from being folded into its users, so each check runs once per row
  select * from (
    select
      renamed.*,
      {{ medi_valid('patient_alert_id', 'integer') }} as "__ok_patient_alert_id",
      {{ medi_valid('patient_id', 'integer') }} as "__ok_patient_id",
      {{ medi_valid('type_id', 'integer') }} as "__ok_type_id",
      {{ medi_valid('type', 'string') }} as "__ok_type",
      {{ medi_valid('alert_id', 'integer') }} as "__ok_alert_id",
      {{ medi_valid('alert', 'string') }} as "__ok_alert",
      {{ medi_valid('severity_id', 'integer') }} as "__ok_severity_id",
      {{ medi_valid('severity', 'string') }} as "__ok_severity",
      {{ medi_valid('alert_value', 'string') }} as "__ok_alert_value",
      {{ medi_valid('last_updated_date', 'timestamp') }} as "__ok_last_updated_date",
      {{ medi_valid('effective_date', 'date') }} as "__ok_effective_date",
      {{ medi_valid('expiry_date', 'date') }} as "__ok_expiry_date",
      {{ medi_valid('note', 'string') }} as "__ok_note",
      {{ medi_valid('is_active', 'boolean') }} as "__ok_is_active",
      {{ medi_valid('is_deleted', 'boolean') }} as "__ok_is_deleted",
      {{ medi_valid('is_deleted_2', 'boolean') }} as "__ok_is_deleted_2",
      {{ medi_valid('inserted_by_id', 'integer') }} as "__ok_inserted_by_id",
      {{ medi_valid('inserted_by', 'string') }} as "__ok_inserted_by",
      {{ medi_valid('updated_by_id', 'integer') }} as "__ok_updated_by_id",
      {{ medi_valid('updated_by', 'string') }} as "__ok_updated_by",
      {{ medi_valid('inserted_at', 'timestamp') }} as "__ok_inserted_at",
      {{ medi_valid('updated_at', 'timestamp') }} as "__ok_updated_at",
      {{ medi_valid('medtech_id', 'string') }} as "__ok_medtech_id",
      {{ medi_valid('user_logging_id', 'string') }} as "__ok_user_logging_id",
      {{ medi_valid('logging_user_name', 'string') }} as "__ok_logging_user_name",
      {{ medi_valid('is_gp2gp', 'boolean') }} as "__ok_is_gp2gp",
      {{ medi_valid('permanent_address_latitude', 'decimal') }} as "__ok_permanent_address_latitude",
      {{ medi_valid('permanent_address_longitude', 'decimal') }} as "__ok_permanent_address_longitude",
      {{ medi_valid('alert_state', 'string') }} as "__ok_alert_state",
      {{ medi_valid('practice_id', 'integer') }} as "__ok_practice_id",
      {{ medi_valid('provider_id', 'integer') }} as "__ok_provider_id",
      {{ medi_valid('per_org_id', 'string') }} as "__ok_per_org_id",
      {{ medi_valid('loaded_date_time', 'timestamp') }} as "__ok_loaded_date_time"
    from renamed
    offset 0
  ) checked
),

flagged as (
  select
    validated.*,
    ("patient_alert_id" is null or not "__ok_patient_alert_id"
      or not "__ok_patient_id"
      or not "__ok_type_id"
      or not "__ok_type"
      or not "__ok_alert_id"
      or not "__ok_alert"
      or not "__ok_severity_id"
      or not "__ok_severity"
      or not "__ok_alert_value"
      or not "__ok_last_updated_date"
      or not "__ok_effective_date"
      or not "__ok_expiry_date"
      or not "__ok_note"
      or not "__ok_is_active"
      or not "__ok_is_deleted"
      or not "__ok_is_deleted_2"
      or not "__ok_inserted_by_id"
      or not "__ok_inserted_by"
      or not "__ok_updated_by_id"
      or not "__ok_updated_by"
      or not "__ok_inserted_at"
      or not "__ok_updated_at"
      or not "__ok_medtech_id"
      or not "__ok_user_logging_id"
      or not "__ok_logging_user_name"
      or not "__ok_is_gp2gp"
      or not "__ok_permanent_address_latitude"
      or not "__ok_permanent_address_longitude"
      or not "__ok_alert_state"
      or "practice_id" is null or not "__ok_practice_id"
      or not "__ok_provider_id"
      or "per_org_id" is null or not "__ok_per_org_id"
      or not "__ok_loaded_date_time") as __has_error
  from validated
)

-- Rows the tap marked as passing every check of this contract as it stands (the fingerprint of its columns'
-- types, required flags, domains and null spellings, and of the rules' version): they are only cast. Unmarked
-- rows, and rows marked under other rules, are checked above. Neither this nor `trimmed` is fenced or
-- materialized, so PostgreSQL casts these rows in parallel workers (measured ~2× faster than in one process).
select
    {{ medi_cast_valid('patient_alert_id', 'integer') }} as "patient_alert_id",
    {{ medi_cast_valid('patient_id', 'integer') }} as "patient_id",
    {{ medi_cast_valid('type_id', 'integer') }} as "type_id",
    {{ medi_cast_valid('type', 'string') }} as "type",
    {{ medi_cast_valid('alert_id', 'integer') }} as "alert_id",
    {{ medi_cast_valid('alert', 'string') }} as "alert",
    {{ medi_cast_valid('severity_id', 'integer') }} as "severity_id",
    {{ medi_cast_valid('severity', 'string') }} as "severity",
    {{ medi_cast_valid('alert_value', 'string') }} as "alert_value",
    {{ medi_cast_valid('last_updated_date', 'timestamp') }} as "last_updated_date",
    {{ medi_cast_valid('effective_date', 'date') }} as "effective_date",
    {{ medi_cast_valid('expiry_date', 'date') }} as "expiry_date",
    {{ medi_cast_valid('note', 'string') }} as "note",
    {{ medi_cast_valid('is_active', 'boolean') }} as "is_active",
    {{ medi_cast_valid('is_deleted', 'boolean') }} as "is_deleted",
    {{ medi_cast_valid('is_deleted_2', 'boolean') }} as "is_deleted_2",
    {{ medi_cast_valid('inserted_by_id', 'integer') }} as "inserted_by_id",
    {{ medi_cast_valid('inserted_by', 'string') }} as "inserted_by",
    {{ medi_cast_valid('updated_by_id', 'integer') }} as "updated_by_id",
    {{ medi_cast_valid('updated_by', 'string') }} as "updated_by",
    {{ medi_cast_valid('inserted_at', 'timestamp') }} as "inserted_at",
    {{ medi_cast_valid('updated_at', 'timestamp') }} as "updated_at",
    {{ medi_cast_valid('medtech_id', 'string') }} as "medtech_id",
    {{ medi_cast_valid('user_logging_id', 'string') }} as "user_logging_id",
    {{ medi_cast_valid('logging_user_name', 'string') }} as "logging_user_name",
    {{ medi_cast_valid('is_gp2gp', 'boolean') }} as "is_gp2gp",
    {{ medi_cast_valid('permanent_address_latitude', 'decimal') }} as "permanent_address_latitude",
    {{ medi_cast_valid('permanent_address_longitude', 'decimal') }} as "permanent_address_longitude",
    {{ medi_cast_valid('alert_state', 'string') }} as "alert_state",
    {{ medi_cast_valid('practice_id', 'integer') }} as "practice_id",
    {{ medi_cast_valid('provider_id', 'integer') }} as "provider_id",
    {{ medi_cast_valid('per_org_id', 'string') }} as "per_org_id",
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
where _source_checked = '267952c7b8b108c4'

union all

select
    {{ medi_cast_checked('patient_alert_id', 'integer', '__ok_patient_alert_id') }} as "patient_alert_id",
    {{ medi_cast_checked('patient_id', 'integer', '__ok_patient_id') }} as "patient_id",
    {{ medi_cast_checked('type_id', 'integer', '__ok_type_id') }} as "type_id",
    {{ medi_cast_checked('type', 'string', '__ok_type') }} as "type",
    {{ medi_cast_checked('alert_id', 'integer', '__ok_alert_id') }} as "alert_id",
    {{ medi_cast_checked('alert', 'string', '__ok_alert') }} as "alert",
    {{ medi_cast_checked('severity_id', 'integer', '__ok_severity_id') }} as "severity_id",
    {{ medi_cast_checked('severity', 'string', '__ok_severity') }} as "severity",
    {{ medi_cast_checked('alert_value', 'string', '__ok_alert_value') }} as "alert_value",
    {{ medi_cast_checked('last_updated_date', 'timestamp', '__ok_last_updated_date') }} as "last_updated_date",
    {{ medi_cast_checked('effective_date', 'date', '__ok_effective_date') }} as "effective_date",
    {{ medi_cast_checked('expiry_date', 'date', '__ok_expiry_date') }} as "expiry_date",
    {{ medi_cast_checked('note', 'string', '__ok_note') }} as "note",
    {{ medi_cast_checked('is_active', 'boolean', '__ok_is_active') }} as "is_active",
    {{ medi_cast_checked('is_deleted', 'boolean', '__ok_is_deleted') }} as "is_deleted",
    {{ medi_cast_checked('is_deleted_2', 'boolean', '__ok_is_deleted_2') }} as "is_deleted_2",
    {{ medi_cast_checked('inserted_by_id', 'integer', '__ok_inserted_by_id') }} as "inserted_by_id",
    {{ medi_cast_checked('inserted_by', 'string', '__ok_inserted_by') }} as "inserted_by",
    {{ medi_cast_checked('updated_by_id', 'integer', '__ok_updated_by_id') }} as "updated_by_id",
    {{ medi_cast_checked('updated_by', 'string', '__ok_updated_by') }} as "updated_by",
    {{ medi_cast_checked('inserted_at', 'timestamp', '__ok_inserted_at') }} as "inserted_at",
    {{ medi_cast_checked('updated_at', 'timestamp', '__ok_updated_at') }} as "updated_at",
    {{ medi_cast_checked('medtech_id', 'string', '__ok_medtech_id') }} as "medtech_id",
    {{ medi_cast_checked('user_logging_id', 'string', '__ok_user_logging_id') }} as "user_logging_id",
    {{ medi_cast_checked('logging_user_name', 'string', '__ok_logging_user_name') }} as "logging_user_name",
    {{ medi_cast_checked('is_gp2gp', 'boolean', '__ok_is_gp2gp') }} as "is_gp2gp",
    {{ medi_cast_checked('permanent_address_latitude', 'decimal', '__ok_permanent_address_latitude') }} as "permanent_address_latitude",
    {{ medi_cast_checked('permanent_address_longitude', 'decimal', '__ok_permanent_address_longitude') }} as "permanent_address_longitude",
    {{ medi_cast_checked('alert_state', 'string', '__ok_alert_state') }} as "alert_state",
    {{ medi_cast_checked('practice_id', 'integer', '__ok_practice_id') }} as "practice_id",
    {{ medi_cast_checked('provider_id', 'integer', '__ok_provider_id') }} as "provider_id",
    {{ medi_cast_checked('per_org_id', 'string', '__ok_per_org_id') }} as "per_org_id",
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
        'PatientAlertID', "__raw_patient_alert_id",
        'PatientID', "__raw_patient_id",
        'TypeID', "__raw_type_id",
        'Type', "__raw_type",
        'AlertID', "__raw_alert_id",
        'Alert', "__raw_alert",
        'SeverityID', "__raw_severity_id",
        'Severity', "__raw_severity",
        'AlertValue', "__raw_alert_value",
        'LastUpdatedDate', "__raw_last_updated_date",
        'EffectiveDate', "__raw_effective_date",
        'ExpiryDate', "__raw_expiry_date",
        'Note', "__raw_note",
        'IsActive', "__raw_is_active",
        'IsDeleted', "__raw_is_deleted",
        'IsDeleted_2', "__raw_is_deleted_2",
        'InsertedByID', "__raw_inserted_by_id",
        'InsertedBy', "__raw_inserted_by",
        'UpdatedByID', "__raw_updated_by_id",
        'UpdatedBy', "__raw_updated_by",
        'InsertedAt', "__raw_inserted_at",
        'UpdatedAt', "__raw_updated_at",
        'MedTechID', "__raw_medtech_id",
        'UserLoggingID', "__raw_user_logging_id",
        'LoggingUserName', "__raw_logging_user_name",
        'IsGP2GP', "__raw_is_gp2gp",
        'PermanentAddressLatitude', "__raw_permanent_address_latitude",
        'PermanentAddressLongitude', "__raw_permanent_address_longitude",
        'AlertState', "__raw_alert_state",
        'PracticeID', "__raw_practice_id",
        'ProviderID', "__raw_provider_id",
        'PerOrgId', "__raw_per_org_id",
        'LoadedDateTime', "__raw_loaded_date_time"
      )
  end as source_row,
  case when __has_error then jsonb_strip_nulls(
    jsonb_build_object(
        'patient_alert_id', {{ medi_error_checked('patient_alert_id', 'integer', '__ok_patient_alert_id', required=true, domain=none) }},
        'patient_id', {{ medi_error_checked('patient_id', 'integer', '__ok_patient_id', required=false, domain=none) }},
        'type_id', {{ medi_error_checked('type_id', 'integer', '__ok_type_id', required=false, domain=none) }},
        'alert_id', {{ medi_error_checked('alert_id', 'integer', '__ok_alert_id', required=false, domain=none) }},
        'severity_id', {{ medi_error_checked('severity_id', 'integer', '__ok_severity_id', required=false, domain=none) }},
        'last_updated_date', {{ medi_error_checked('last_updated_date', 'timestamp', '__ok_last_updated_date', required=false, domain=none) }},
        'effective_date', {{ medi_error_checked('effective_date', 'date', '__ok_effective_date', required=false, domain=none) }},
        'expiry_date', {{ medi_error_checked('expiry_date', 'date', '__ok_expiry_date', required=false, domain=none) }},
        'is_active', {{ medi_error_checked('is_active', 'boolean', '__ok_is_active', required=false, domain=none) }},
        'is_deleted', {{ medi_error_checked('is_deleted', 'boolean', '__ok_is_deleted', required=false, domain=none) }},
        'is_deleted_2', {{ medi_error_checked('is_deleted_2', 'boolean', '__ok_is_deleted_2', required=false, domain=none) }},
        'inserted_by_id', {{ medi_error_checked('inserted_by_id', 'integer', '__ok_inserted_by_id', required=false, domain=none) }},
        'updated_by_id', {{ medi_error_checked('updated_by_id', 'integer', '__ok_updated_by_id', required=false, domain=none) }},
        'inserted_at', {{ medi_error_checked('inserted_at', 'timestamp', '__ok_inserted_at', required=false, domain=none) }},
        'updated_at', {{ medi_error_checked('updated_at', 'timestamp', '__ok_updated_at', required=false, domain=none) }},
        'is_gp2gp', {{ medi_error_checked('is_gp2gp', 'boolean', '__ok_is_gp2gp', required=false, domain=none) }},
        'permanent_address_latitude', {{ medi_error_checked('permanent_address_latitude', 'decimal', '__ok_permanent_address_latitude', required=false, domain=none) }},
        'permanent_address_longitude', {{ medi_error_checked('permanent_address_longitude', 'decimal', '__ok_permanent_address_longitude', required=false, domain=none) }},
        'practice_id', {{ medi_error_checked('practice_id', 'integer', '__ok_practice_id', required=true, domain=none) }},
        'provider_id', {{ medi_error_checked('provider_id', 'integer', '__ok_provider_id', required=false, domain=none) }},
        'per_org_id', {{ medi_error_checked('per_org_id', 'string', '__ok_per_org_id', required=true, domain=none) }},
        'loaded_date_time', {{ medi_error_checked('loaded_date_time', 'timestamp', '__ok_loaded_date_time', required=false, domain=none) }}
      )
  ) else '{}'::jsonb end as field_errors
from flagged
