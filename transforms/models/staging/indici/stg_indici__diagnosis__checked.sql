-- generated from contracts/indici/diagnosis.yaml by `npm run codegen`; do not edit
-- Every raw row once, with typed values and field_errors ('{}' when the row is valid). Each column is checked
-- once; the reasons and the row as landed are only assembled for rows that fail. Timestamps are read in the
-- source's zone, set for this model's transaction (medi_source_zone).
{{ config(materialized='incremental', incremental_strategy='append', on_schema_change='fail', pre_hook=['{{ medi_source_zone() }}', '{{ medi_since_set() }}', '{{ medi_checked_forget() }}', '{{ medi_checked_stats() }}'], post_hook="{{ medi_checked_sign('4b0cb2f0b5b856ba') }}", indexes=[{'columns': ['load_run_id', 'coalesce(source_row_number, 0)']}, {'columns': ['typed_at']}, {'columns': ['diagnosis_id', 'practice_id', 'per_org_id']}]) }}
{{ medi_checked_guard('4b0cb2f0b5b856ba') }}

with source as (
  select * from (
    {{ medi_source('raw_indici', 'indici_diagnosis', ["DiagnosisID","AppointmentID","PatientID","DiseaseID","Disease","DiagnosisDate","DiagnosisByID","DiagnosisBy","Summary","IsLongTerm","AddtoProblem","IsHighlighted","SequenceNo","IsActive","IsDeleted","InsertedByID","InsertedBy","UpdatedByID","UpdatedBy","InsertedAt","UpdatedAt","IsConfidential","DiagnosisTypeID","DiagnosisType","ClassificationRecord","MedTechID","MedTechReadCode","MedTechReadTerm","IsMapped","PracticeID","Practice","OnSetDate","UserLoggingID","LoggingUserName","RecallID","Recall","ExclusionStartDate","ExclusionEndDate","ShowOnPortal","ExtAppointmentID","PatientMEDTechID","PermanentAddressLatitude","PermanentAddressLongitude","PracticeLocationID","LocationName","SNOMEDID","SnomedTerm","CONCEPTID","PerOrgId","LoadedDateTime"], ["_source_uri","_source_bucket","_source_key","_source_version_id","_source_file_hash","_source_row_number","_source_date_extracted","_source_per_org_id","_source_practice_id","_source_checked"]) }}
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
    nullif(btrim(source."DiagnosisID", E' \t\r\n'), '') as "diagnosis_id",
    nullif(btrim(source."AppointmentID", E' \t\r\n'), '') as "appointment_id",
    nullif(btrim(source."PatientID", E' \t\r\n'), '') as "patient_id",
    nullif(btrim(source."DiseaseID", E' \t\r\n'), '') as "disease_id",
    nullif(btrim(source."Disease", E' \t\r\n'), '') as "disease",
    nullif(btrim(source."DiagnosisDate", E' \t\r\n'), '') as "diagnosis_date",
    nullif(btrim(source."DiagnosisByID", E' \t\r\n'), '') as "diagnosis_by_id",
    nullif(btrim(source."DiagnosisBy", E' \t\r\n'), '') as "diagnosis_by",
    nullif(btrim(source."Summary", E' \t\r\n'), '') as "summary",
    nullif(btrim(source."IsLongTerm", E' \t\r\n'), '') as "is_long_term",
    nullif(btrim(source."AddtoProblem", E' \t\r\n'), '') as "addto_problem",
    nullif(btrim(source."IsHighlighted", E' \t\r\n'), '') as "is_highlighted",
    nullif(btrim(source."SequenceNo", E' \t\r\n'), '') as "sequence_no",
    nullif(btrim(source."IsActive", E' \t\r\n'), '') as "is_active",
    nullif(btrim(source."IsDeleted", E' \t\r\n'), '') as "is_deleted",
    nullif(btrim(source."InsertedByID", E' \t\r\n'), '') as "inserted_by_id",
    nullif(btrim(source."InsertedBy", E' \t\r\n'), '') as "inserted_by",
    nullif(btrim(source."UpdatedByID", E' \t\r\n'), '') as "updated_by_id",
    nullif(btrim(source."UpdatedBy", E' \t\r\n'), '') as "updated_by",
    nullif(btrim(source."InsertedAt", E' \t\r\n'), '') as "inserted_at",
    nullif(btrim(source."UpdatedAt", E' \t\r\n'), '') as "updated_at",
    nullif(btrim(source."IsConfidential", E' \t\r\n'), '') as "is_confidential",
    nullif(btrim(source."DiagnosisTypeID", E' \t\r\n'), '') as "diagnosis_type_id",
    nullif(btrim(source."DiagnosisType", E' \t\r\n'), '') as "diagnosis_type",
    nullif(btrim(source."ClassificationRecord", E' \t\r\n'), '') as "classification_record",
    nullif(btrim(source."MedTechID", E' \t\r\n'), '') as "medtech_id",
    nullif(btrim(source."MedTechReadCode", E' \t\r\n'), '') as "medtech_read_code",
    nullif(btrim(source."MedTechReadTerm", E' \t\r\n'), '') as "medtech_read_term",
    nullif(btrim(source."IsMapped", E' \t\r\n'), '') as "is_mapped",
    nullif(btrim(source."PracticeID", E' \t\r\n'), '') as "practice_id",
    nullif(btrim(source."Practice", E' \t\r\n'), '') as "practice",
    nullif(btrim(source."OnSetDate", E' \t\r\n'), '') as "on_set_date",
    nullif(btrim(source."UserLoggingID", E' \t\r\n'), '') as "user_logging_id",
    nullif(btrim(source."LoggingUserName", E' \t\r\n'), '') as "logging_user_name",
    nullif(btrim(source."RecallID", E' \t\r\n'), '') as "recall_id",
    nullif(btrim(source."Recall", E' \t\r\n'), '') as "recall",
    nullif(btrim(source."ExclusionStartDate", E' \t\r\n'), '') as "exclusion_start_date",
    nullif(btrim(source."ExclusionEndDate", E' \t\r\n'), '') as "exclusion_end_date",
    nullif(btrim(source."ShowOnPortal", E' \t\r\n'), '') as "show_on_portal",
    nullif(btrim(source."ExtAppointmentID", E' \t\r\n'), '') as "ext_appointment_id",
    nullif(btrim(source."PatientMEDTechID", E' \t\r\n'), '') as "patient_medtech_id",
    nullif(btrim(source."PermanentAddressLatitude", E' \t\r\n'), '') as "permanent_address_latitude",
    nullif(btrim(source."PermanentAddressLongitude", E' \t\r\n'), '') as "permanent_address_longitude",
    nullif(btrim(source."PracticeLocationID", E' \t\r\n'), '') as "practice_location_id",
    nullif(btrim(source."LocationName", E' \t\r\n'), '') as "location_name",
    nullif(btrim(source."SNOMEDID", E' \t\r\n'), '') as "snomed_id",
    nullif(btrim(source."SnomedTerm", E' \t\r\n'), '') as "snomed_term",
    nullif(btrim(source."CONCEPTID", E' \t\r\n'), '') as "concept_id",
    nullif(btrim(source."PerOrgId", E' \t\r\n'), '') as "per_org_id",
    nullif(btrim(source."LoadedDateTime", E' \t\r\n'), '') as "loaded_date_time",
    source."DiagnosisID" as "__raw_diagnosis_id",
    source."AppointmentID" as "__raw_appointment_id",
    source."PatientID" as "__raw_patient_id",
    source."DiseaseID" as "__raw_disease_id",
    source."Disease" as "__raw_disease",
    source."DiagnosisDate" as "__raw_diagnosis_date",
    source."DiagnosisByID" as "__raw_diagnosis_by_id",
    source."DiagnosisBy" as "__raw_diagnosis_by",
    source."Summary" as "__raw_summary",
    source."IsLongTerm" as "__raw_is_long_term",
    source."AddtoProblem" as "__raw_addto_problem",
    source."IsHighlighted" as "__raw_is_highlighted",
    source."SequenceNo" as "__raw_sequence_no",
    source."IsActive" as "__raw_is_active",
    source."IsDeleted" as "__raw_is_deleted",
    source."InsertedByID" as "__raw_inserted_by_id",
    source."InsertedBy" as "__raw_inserted_by",
    source."UpdatedByID" as "__raw_updated_by_id",
    source."UpdatedBy" as "__raw_updated_by",
    source."InsertedAt" as "__raw_inserted_at",
    source."UpdatedAt" as "__raw_updated_at",
    source."IsConfidential" as "__raw_is_confidential",
    source."DiagnosisTypeID" as "__raw_diagnosis_type_id",
    source."DiagnosisType" as "__raw_diagnosis_type",
    source."ClassificationRecord" as "__raw_classification_record",
    source."MedTechID" as "__raw_medtech_id",
    source."MedTechReadCode" as "__raw_medtech_read_code",
    source."MedTechReadTerm" as "__raw_medtech_read_term",
    source."IsMapped" as "__raw_is_mapped",
    source."PracticeID" as "__raw_practice_id",
    source."Practice" as "__raw_practice",
    source."OnSetDate" as "__raw_on_set_date",
    source."UserLoggingID" as "__raw_user_logging_id",
    source."LoggingUserName" as "__raw_logging_user_name",
    source."RecallID" as "__raw_recall_id",
    source."Recall" as "__raw_recall",
    source."ExclusionStartDate" as "__raw_exclusion_start_date",
    source."ExclusionEndDate" as "__raw_exclusion_end_date",
    source."ShowOnPortal" as "__raw_show_on_portal",
    source."ExtAppointmentID" as "__raw_ext_appointment_id",
    source."PatientMEDTechID" as "__raw_patient_medtech_id",
    source."PermanentAddressLatitude" as "__raw_permanent_address_latitude",
    source."PermanentAddressLongitude" as "__raw_permanent_address_longitude",
    source."PracticeLocationID" as "__raw_practice_location_id",
    source."LocationName" as "__raw_location_name",
    source."SNOMEDID" as "__raw_snomed_id",
    source."SnomedTerm" as "__raw_snomed_term",
    source."CONCEPTID" as "__raw_concept_id",
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
  where _source_checked is distinct from '1fa4a7719e4979f4'
  offset 0
),

validated as (
  -- OFFSET 0 keeps this subquery from being folded into its users, so each check runs once per row
  select * from (
    select
      renamed.*,
      {{ medi_valid('diagnosis_id', 'integer') }} as "__ok_diagnosis_id",
      {{ medi_valid('appointment_id', 'integer') }} as "__ok_appointment_id",
      {{ medi_valid('patient_id', 'integer') }} as "__ok_patient_id",
      {{ medi_valid('disease_id', 'integer') }} as "__ok_disease_id",
      {{ medi_valid('disease', 'string') }} as "__ok_disease",
      {{ medi_valid('diagnosis_date', 'date') }} as "__ok_diagnosis_date",
      {{ medi_valid('diagnosis_by_id', 'integer') }} as "__ok_diagnosis_by_id",
      {{ medi_valid('diagnosis_by', 'string') }} as "__ok_diagnosis_by",
      {{ medi_valid('summary', 'string') }} as "__ok_summary",
      {{ medi_valid('is_long_term', 'boolean') }} as "__ok_is_long_term",
      {{ medi_valid('addto_problem', 'boolean') }} as "__ok_addto_problem",
      {{ medi_valid('is_highlighted', 'boolean') }} as "__ok_is_highlighted",
      {{ medi_valid('sequence_no', 'integer') }} as "__ok_sequence_no",
      {{ medi_valid('is_active', 'boolean') }} as "__ok_is_active",
      {{ medi_valid('is_deleted', 'boolean') }} as "__ok_is_deleted",
      {{ medi_valid('inserted_by_id', 'integer') }} as "__ok_inserted_by_id",
      {{ medi_valid('inserted_by', 'string') }} as "__ok_inserted_by",
      {{ medi_valid('updated_by_id', 'integer') }} as "__ok_updated_by_id",
      {{ medi_valid('updated_by', 'string') }} as "__ok_updated_by",
      {{ medi_valid('inserted_at', 'timestamp') }} as "__ok_inserted_at",
      {{ medi_valid('updated_at', 'timestamp') }} as "__ok_updated_at",
      {{ medi_valid('is_confidential', 'boolean') }} as "__ok_is_confidential",
      {{ medi_valid('diagnosis_type_id', 'integer') }} as "__ok_diagnosis_type_id",
      {{ medi_valid('diagnosis_type', 'string') }} as "__ok_diagnosis_type",
      {{ medi_valid('classification_record', 'string') }} as "__ok_classification_record",
      {{ medi_valid('medtech_id', 'string') }} as "__ok_medtech_id",
      {{ medi_valid('medtech_read_code', 'string') }} as "__ok_medtech_read_code",
      {{ medi_valid('medtech_read_term', 'string') }} as "__ok_medtech_read_term",
      {{ medi_valid('is_mapped', 'boolean') }} as "__ok_is_mapped",
      {{ medi_valid('practice_id', 'integer') }} as "__ok_practice_id",
      {{ medi_valid('practice', 'string') }} as "__ok_practice",
      {{ medi_valid('on_set_date', 'date') }} as "__ok_on_set_date",
      {{ medi_valid('user_logging_id', 'string') }} as "__ok_user_logging_id",
      {{ medi_valid('logging_user_name', 'string') }} as "__ok_logging_user_name",
      {{ medi_valid('recall_id', 'integer') }} as "__ok_recall_id",
      {{ medi_valid('recall', 'string') }} as "__ok_recall",
      {{ medi_valid('exclusion_start_date', 'date') }} as "__ok_exclusion_start_date",
      {{ medi_valid('exclusion_end_date', 'date') }} as "__ok_exclusion_end_date",
      {{ medi_valid('show_on_portal', 'boolean') }} as "__ok_show_on_portal",
      {{ medi_valid('ext_appointment_id', 'string') }} as "__ok_ext_appointment_id",
      {{ medi_valid('patient_medtech_id', 'string') }} as "__ok_patient_medtech_id",
      {{ medi_valid('permanent_address_latitude', 'decimal') }} as "__ok_permanent_address_latitude",
      {{ medi_valid('permanent_address_longitude', 'decimal') }} as "__ok_permanent_address_longitude",
      {{ medi_valid('practice_location_id', 'integer') }} as "__ok_practice_location_id",
      {{ medi_valid('location_name', 'string') }} as "__ok_location_name",
      {{ medi_valid('snomed_id', 'string') }} as "__ok_snomed_id",
      {{ medi_valid('snomed_term', 'string') }} as "__ok_snomed_term",
      {{ medi_valid('concept_id', 'string') }} as "__ok_concept_id",
      {{ medi_valid('per_org_id', 'string') }} as "__ok_per_org_id",
      {{ medi_valid('loaded_date_time', 'timestamp') }} as "__ok_loaded_date_time"
    from renamed
    offset 0
  ) checked
),

flagged as (
  select
    validated.*,
    ("diagnosis_id" is null or not "__ok_diagnosis_id"
      or not "__ok_appointment_id"
      or not "__ok_patient_id"
      or not "__ok_disease_id"
      or not "__ok_disease"
      or not "__ok_diagnosis_date"
      or not "__ok_diagnosis_by_id"
      or not "__ok_diagnosis_by"
      or not "__ok_summary"
      or not "__ok_is_long_term"
      or not "__ok_addto_problem"
      or not "__ok_is_highlighted"
      or not "__ok_sequence_no"
      or not "__ok_is_active"
      or not "__ok_is_deleted"
      or not "__ok_inserted_by_id"
      or not "__ok_inserted_by"
      or not "__ok_updated_by_id"
      or not "__ok_updated_by"
      or not "__ok_inserted_at"
      or not "__ok_updated_at"
      or not "__ok_is_confidential"
      or not "__ok_diagnosis_type_id"
      or not "__ok_diagnosis_type"
      or not "__ok_classification_record"
      or not "__ok_medtech_id"
      or not "__ok_medtech_read_code"
      or not "__ok_medtech_read_term"
      or not "__ok_is_mapped"
      or "practice_id" is null or not "__ok_practice_id"
      or not "__ok_practice"
      or not "__ok_on_set_date"
      or not "__ok_user_logging_id"
      or not "__ok_logging_user_name"
      or not "__ok_recall_id"
      or not "__ok_recall"
      or not "__ok_exclusion_start_date"
      or not "__ok_exclusion_end_date"
      or not "__ok_show_on_portal"
      or not "__ok_ext_appointment_id"
      or not "__ok_patient_medtech_id"
      or not "__ok_permanent_address_latitude"
      or not "__ok_permanent_address_longitude"
      or not "__ok_practice_location_id"
      or not "__ok_location_name"
      or not "__ok_snomed_id"
      or not "__ok_snomed_term"
      or not "__ok_concept_id"
      or "per_org_id" is null or not "__ok_per_org_id"
      or not "__ok_loaded_date_time") as __has_error
  from validated
)

-- Rows the tap marked as passing every check of this contract as it stands (the fingerprint of its columns'
-- types, required flags, domains and null spellings, and of the rules' version): they are only cast. Unmarked
-- rows, and rows marked under other rules, are checked above. Neither this nor `trimmed` is fenced or
-- materialized, so PostgreSQL casts these rows in parallel workers (measured ~2× faster than in one process).
select
    {{ medi_cast_valid('diagnosis_id', 'integer') }} as "diagnosis_id",
    {{ medi_cast_valid('appointment_id', 'integer') }} as "appointment_id",
    {{ medi_cast_valid('patient_id', 'integer') }} as "patient_id",
    {{ medi_cast_valid('disease_id', 'integer') }} as "disease_id",
    {{ medi_cast_valid('disease', 'string') }} as "disease",
    {{ medi_cast_valid('diagnosis_date', 'date') }} as "diagnosis_date",
    {{ medi_cast_valid('diagnosis_by_id', 'integer') }} as "diagnosis_by_id",
    {{ medi_cast_valid('diagnosis_by', 'string') }} as "diagnosis_by",
    {{ medi_cast_valid('summary', 'string') }} as "summary",
    {{ medi_cast_valid('is_long_term', 'boolean') }} as "is_long_term",
    {{ medi_cast_valid('addto_problem', 'boolean') }} as "addto_problem",
    {{ medi_cast_valid('is_highlighted', 'boolean') }} as "is_highlighted",
    {{ medi_cast_valid('sequence_no', 'integer') }} as "sequence_no",
    {{ medi_cast_valid('is_active', 'boolean') }} as "is_active",
    {{ medi_cast_valid('is_deleted', 'boolean') }} as "is_deleted",
    {{ medi_cast_valid('inserted_by_id', 'integer') }} as "inserted_by_id",
    {{ medi_cast_valid('inserted_by', 'string') }} as "inserted_by",
    {{ medi_cast_valid('updated_by_id', 'integer') }} as "updated_by_id",
    {{ medi_cast_valid('updated_by', 'string') }} as "updated_by",
    {{ medi_cast_valid('inserted_at', 'timestamp') }} as "inserted_at",
    {{ medi_cast_valid('updated_at', 'timestamp') }} as "updated_at",
    {{ medi_cast_valid('is_confidential', 'boolean') }} as "is_confidential",
    {{ medi_cast_valid('diagnosis_type_id', 'integer') }} as "diagnosis_type_id",
    {{ medi_cast_valid('diagnosis_type', 'string') }} as "diagnosis_type",
    {{ medi_cast_valid('classification_record', 'string') }} as "classification_record",
    {{ medi_cast_valid('medtech_id', 'string') }} as "medtech_id",
    {{ medi_cast_valid('medtech_read_code', 'string') }} as "medtech_read_code",
    {{ medi_cast_valid('medtech_read_term', 'string') }} as "medtech_read_term",
    {{ medi_cast_valid('is_mapped', 'boolean') }} as "is_mapped",
    {{ medi_cast_valid('practice_id', 'integer') }} as "practice_id",
    {{ medi_cast_valid('practice', 'string') }} as "practice",
    {{ medi_cast_valid('on_set_date', 'date') }} as "on_set_date",
    {{ medi_cast_valid('user_logging_id', 'string') }} as "user_logging_id",
    {{ medi_cast_valid('logging_user_name', 'string') }} as "logging_user_name",
    {{ medi_cast_valid('recall_id', 'integer') }} as "recall_id",
    {{ medi_cast_valid('recall', 'string') }} as "recall",
    {{ medi_cast_valid('exclusion_start_date', 'date') }} as "exclusion_start_date",
    {{ medi_cast_valid('exclusion_end_date', 'date') }} as "exclusion_end_date",
    {{ medi_cast_valid('show_on_portal', 'boolean') }} as "show_on_portal",
    {{ medi_cast_valid('ext_appointment_id', 'string') }} as "ext_appointment_id",
    {{ medi_cast_valid('patient_medtech_id', 'string') }} as "patient_medtech_id",
    {{ medi_cast_valid('permanent_address_latitude', 'decimal') }} as "permanent_address_latitude",
    {{ medi_cast_valid('permanent_address_longitude', 'decimal') }} as "permanent_address_longitude",
    {{ medi_cast_valid('practice_location_id', 'integer') }} as "practice_location_id",
    {{ medi_cast_valid('location_name', 'string') }} as "location_name",
    {{ medi_cast_valid('snomed_id', 'string') }} as "snomed_id",
    {{ medi_cast_valid('snomed_term', 'string') }} as "snomed_term",
    {{ medi_cast_valid('concept_id', 'string') }} as "concept_id",
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
where _source_checked = '1fa4a7719e4979f4'

union all

select
    {{ medi_cast_checked('diagnosis_id', 'integer', '__ok_diagnosis_id') }} as "diagnosis_id",
    {{ medi_cast_checked('appointment_id', 'integer', '__ok_appointment_id') }} as "appointment_id",
    {{ medi_cast_checked('patient_id', 'integer', '__ok_patient_id') }} as "patient_id",
    {{ medi_cast_checked('disease_id', 'integer', '__ok_disease_id') }} as "disease_id",
    {{ medi_cast_checked('disease', 'string', '__ok_disease') }} as "disease",
    {{ medi_cast_checked('diagnosis_date', 'date', '__ok_diagnosis_date') }} as "diagnosis_date",
    {{ medi_cast_checked('diagnosis_by_id', 'integer', '__ok_diagnosis_by_id') }} as "diagnosis_by_id",
    {{ medi_cast_checked('diagnosis_by', 'string', '__ok_diagnosis_by') }} as "diagnosis_by",
    {{ medi_cast_checked('summary', 'string', '__ok_summary') }} as "summary",
    {{ medi_cast_checked('is_long_term', 'boolean', '__ok_is_long_term') }} as "is_long_term",
    {{ medi_cast_checked('addto_problem', 'boolean', '__ok_addto_problem') }} as "addto_problem",
    {{ medi_cast_checked('is_highlighted', 'boolean', '__ok_is_highlighted') }} as "is_highlighted",
    {{ medi_cast_checked('sequence_no', 'integer', '__ok_sequence_no') }} as "sequence_no",
    {{ medi_cast_checked('is_active', 'boolean', '__ok_is_active') }} as "is_active",
    {{ medi_cast_checked('is_deleted', 'boolean', '__ok_is_deleted') }} as "is_deleted",
    {{ medi_cast_checked('inserted_by_id', 'integer', '__ok_inserted_by_id') }} as "inserted_by_id",
    {{ medi_cast_checked('inserted_by', 'string', '__ok_inserted_by') }} as "inserted_by",
    {{ medi_cast_checked('updated_by_id', 'integer', '__ok_updated_by_id') }} as "updated_by_id",
    {{ medi_cast_checked('updated_by', 'string', '__ok_updated_by') }} as "updated_by",
    {{ medi_cast_checked('inserted_at', 'timestamp', '__ok_inserted_at') }} as "inserted_at",
    {{ medi_cast_checked('updated_at', 'timestamp', '__ok_updated_at') }} as "updated_at",
    {{ medi_cast_checked('is_confidential', 'boolean', '__ok_is_confidential') }} as "is_confidential",
    {{ medi_cast_checked('diagnosis_type_id', 'integer', '__ok_diagnosis_type_id') }} as "diagnosis_type_id",
    {{ medi_cast_checked('diagnosis_type', 'string', '__ok_diagnosis_type') }} as "diagnosis_type",
    {{ medi_cast_checked('classification_record', 'string', '__ok_classification_record') }} as "classification_record",
    {{ medi_cast_checked('medtech_id', 'string', '__ok_medtech_id') }} as "medtech_id",
    {{ medi_cast_checked('medtech_read_code', 'string', '__ok_medtech_read_code') }} as "medtech_read_code",
    {{ medi_cast_checked('medtech_read_term', 'string', '__ok_medtech_read_term') }} as "medtech_read_term",
    {{ medi_cast_checked('is_mapped', 'boolean', '__ok_is_mapped') }} as "is_mapped",
    {{ medi_cast_checked('practice_id', 'integer', '__ok_practice_id') }} as "practice_id",
    {{ medi_cast_checked('practice', 'string', '__ok_practice') }} as "practice",
    {{ medi_cast_checked('on_set_date', 'date', '__ok_on_set_date') }} as "on_set_date",
    {{ medi_cast_checked('user_logging_id', 'string', '__ok_user_logging_id') }} as "user_logging_id",
    {{ medi_cast_checked('logging_user_name', 'string', '__ok_logging_user_name') }} as "logging_user_name",
    {{ medi_cast_checked('recall_id', 'integer', '__ok_recall_id') }} as "recall_id",
    {{ medi_cast_checked('recall', 'string', '__ok_recall') }} as "recall",
    {{ medi_cast_checked('exclusion_start_date', 'date', '__ok_exclusion_start_date') }} as "exclusion_start_date",
    {{ medi_cast_checked('exclusion_end_date', 'date', '__ok_exclusion_end_date') }} as "exclusion_end_date",
    {{ medi_cast_checked('show_on_portal', 'boolean', '__ok_show_on_portal') }} as "show_on_portal",
    {{ medi_cast_checked('ext_appointment_id', 'string', '__ok_ext_appointment_id') }} as "ext_appointment_id",
    {{ medi_cast_checked('patient_medtech_id', 'string', '__ok_patient_medtech_id') }} as "patient_medtech_id",
    {{ medi_cast_checked('permanent_address_latitude', 'decimal', '__ok_permanent_address_latitude') }} as "permanent_address_latitude",
    {{ medi_cast_checked('permanent_address_longitude', 'decimal', '__ok_permanent_address_longitude') }} as "permanent_address_longitude",
    {{ medi_cast_checked('practice_location_id', 'integer', '__ok_practice_location_id') }} as "practice_location_id",
    {{ medi_cast_checked('location_name', 'string', '__ok_location_name') }} as "location_name",
    {{ medi_cast_checked('snomed_id', 'string', '__ok_snomed_id') }} as "snomed_id",
    {{ medi_cast_checked('snomed_term', 'string', '__ok_snomed_term') }} as "snomed_term",
    {{ medi_cast_checked('concept_id', 'string', '__ok_concept_id') }} as "concept_id",
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
        'DiagnosisID', "__raw_diagnosis_id",
        'AppointmentID', "__raw_appointment_id",
        'PatientID', "__raw_patient_id",
        'DiseaseID', "__raw_disease_id",
        'Disease', "__raw_disease",
        'DiagnosisDate', "__raw_diagnosis_date",
        'DiagnosisByID', "__raw_diagnosis_by_id",
        'DiagnosisBy', "__raw_diagnosis_by",
        'Summary', "__raw_summary",
        'IsLongTerm', "__raw_is_long_term",
        'AddtoProblem', "__raw_addto_problem",
        'IsHighlighted', "__raw_is_highlighted",
        'SequenceNo', "__raw_sequence_no",
        'IsActive', "__raw_is_active",
        'IsDeleted', "__raw_is_deleted",
        'InsertedByID', "__raw_inserted_by_id",
        'InsertedBy', "__raw_inserted_by",
        'UpdatedByID', "__raw_updated_by_id",
        'UpdatedBy', "__raw_updated_by",
        'InsertedAt', "__raw_inserted_at",
        'UpdatedAt', "__raw_updated_at",
        'IsConfidential', "__raw_is_confidential",
        'DiagnosisTypeID', "__raw_diagnosis_type_id",
        'DiagnosisType', "__raw_diagnosis_type",
        'ClassificationRecord', "__raw_classification_record",
        'MedTechID', "__raw_medtech_id",
        'MedTechReadCode', "__raw_medtech_read_code",
        'MedTechReadTerm', "__raw_medtech_read_term",
        'IsMapped', "__raw_is_mapped",
        'PracticeID', "__raw_practice_id",
        'Practice', "__raw_practice",
        'OnSetDate', "__raw_on_set_date",
        'UserLoggingID', "__raw_user_logging_id",
        'LoggingUserName', "__raw_logging_user_name",
        'RecallID', "__raw_recall_id",
        'Recall', "__raw_recall",
        'ExclusionStartDate', "__raw_exclusion_start_date",
        'ExclusionEndDate', "__raw_exclusion_end_date",
        'ShowOnPortal', "__raw_show_on_portal",
        'ExtAppointmentID', "__raw_ext_appointment_id"
      )
      || jsonb_build_object(
        'PatientMEDTechID', "__raw_patient_medtech_id",
        'PermanentAddressLatitude', "__raw_permanent_address_latitude",
        'PermanentAddressLongitude', "__raw_permanent_address_longitude",
        'PracticeLocationID', "__raw_practice_location_id",
        'LocationName', "__raw_location_name",
        'SNOMEDID', "__raw_snomed_id",
        'SnomedTerm', "__raw_snomed_term",
        'CONCEPTID', "__raw_concept_id",
        'PerOrgId', "__raw_per_org_id",
        'LoadedDateTime', "__raw_loaded_date_time"
      )
  end as source_row,
  case when __has_error then jsonb_strip_nulls(
    jsonb_build_object(
        'diagnosis_id', {{ medi_error_checked('diagnosis_id', 'integer', '__ok_diagnosis_id', required=true, domain=none) }},
        'appointment_id', {{ medi_error_checked('appointment_id', 'integer', '__ok_appointment_id', required=false, domain=none) }},
        'patient_id', {{ medi_error_checked('patient_id', 'integer', '__ok_patient_id', required=false, domain=none) }},
        'disease_id', {{ medi_error_checked('disease_id', 'integer', '__ok_disease_id', required=false, domain=none) }},
        'diagnosis_date', {{ medi_error_checked('diagnosis_date', 'date', '__ok_diagnosis_date', required=false, domain=none) }},
        'diagnosis_by_id', {{ medi_error_checked('diagnosis_by_id', 'integer', '__ok_diagnosis_by_id', required=false, domain=none) }},
        'is_long_term', {{ medi_error_checked('is_long_term', 'boolean', '__ok_is_long_term', required=false, domain=none) }},
        'addto_problem', {{ medi_error_checked('addto_problem', 'boolean', '__ok_addto_problem', required=false, domain=none) }},
        'is_highlighted', {{ medi_error_checked('is_highlighted', 'boolean', '__ok_is_highlighted', required=false, domain=none) }},
        'sequence_no', {{ medi_error_checked('sequence_no', 'integer', '__ok_sequence_no', required=false, domain=none) }},
        'is_active', {{ medi_error_checked('is_active', 'boolean', '__ok_is_active', required=false, domain=none) }},
        'is_deleted', {{ medi_error_checked('is_deleted', 'boolean', '__ok_is_deleted', required=false, domain=none) }},
        'inserted_by_id', {{ medi_error_checked('inserted_by_id', 'integer', '__ok_inserted_by_id', required=false, domain=none) }},
        'updated_by_id', {{ medi_error_checked('updated_by_id', 'integer', '__ok_updated_by_id', required=false, domain=none) }},
        'inserted_at', {{ medi_error_checked('inserted_at', 'timestamp', '__ok_inserted_at', required=false, domain=none) }},
        'updated_at', {{ medi_error_checked('updated_at', 'timestamp', '__ok_updated_at', required=false, domain=none) }},
        'is_confidential', {{ medi_error_checked('is_confidential', 'boolean', '__ok_is_confidential', required=false, domain=none) }},
        'diagnosis_type_id', {{ medi_error_checked('diagnosis_type_id', 'integer', '__ok_diagnosis_type_id', required=false, domain=none) }},
        'is_mapped', {{ medi_error_checked('is_mapped', 'boolean', '__ok_is_mapped', required=false, domain=none) }},
        'practice_id', {{ medi_error_checked('practice_id', 'integer', '__ok_practice_id', required=true, domain=none) }},
        'on_set_date', {{ medi_error_checked('on_set_date', 'date', '__ok_on_set_date', required=false, domain=none) }},
        'recall_id', {{ medi_error_checked('recall_id', 'integer', '__ok_recall_id', required=false, domain=none) }},
        'exclusion_start_date', {{ medi_error_checked('exclusion_start_date', 'date', '__ok_exclusion_start_date', required=false, domain=none) }},
        'exclusion_end_date', {{ medi_error_checked('exclusion_end_date', 'date', '__ok_exclusion_end_date', required=false, domain=none) }},
        'show_on_portal', {{ medi_error_checked('show_on_portal', 'boolean', '__ok_show_on_portal', required=false, domain=none) }},
        'permanent_address_latitude', {{ medi_error_checked('permanent_address_latitude', 'decimal', '__ok_permanent_address_latitude', required=false, domain=none) }},
        'permanent_address_longitude', {{ medi_error_checked('permanent_address_longitude', 'decimal', '__ok_permanent_address_longitude', required=false, domain=none) }},
        'practice_location_id', {{ medi_error_checked('practice_location_id', 'integer', '__ok_practice_location_id', required=false, domain=none) }},
        'per_org_id', {{ medi_error_checked('per_org_id', 'string', '__ok_per_org_id', required=true, domain=none) }},
        'loaded_date_time', {{ medi_error_checked('loaded_date_time', 'timestamp', '__ok_loaded_date_time', required=false, domain=none) }}
      )
  ) else '{}'::jsonb end as field_errors
from flagged
