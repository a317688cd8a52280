-- generated from contracts/indici/practice_info.yaml by `npm run codegen`; do not edit
-- Every raw row once, with typed values and field_errors ('{}' when the row is valid). Each column is checked
-- once; the reasons and the row as landed are only assembled for rows that fail. Timestamps are read in the
-- source's zone, set for this model's transaction (medi_source_zone).
{{ config(materialized='incremental', incremental_strategy='append', on_schema_change='fail', pre_hook=['{{ medi_source_zone() }}', '{{ medi_since_set() }}', '{{ medi_checked_forget() }}', '{{ medi_checked_stats() }}'], post_hook="{{ medi_checked_sign('746f6d31f76a1159') }}", indexes=[{'columns': ['load_run_id', 'coalesce(source_row_number, 0)']}, {'columns': ['typed_at']}, {'columns': ['practice_id', 'per_org_id']}]) }}
{{ medi_checked_guard('746f6d31f76a1159') }}

with source as (
  select * from (
    {{ medi_source('raw_indici', 'indici_practice_info', ["PracticeID","PracticeName","PracticeCategory","PracticeSpeciality","PHO","OrganizationType","OrgShortName","OrgCode","EDIAccount","LegalEntityTitle","LegalStatus","IncorporationNumber","LegalDate","Comments","Formula","OwnershipModel","Rural","PrimaryPhone","SecondaryPhone","OtherPhone","PrimaryEmail","SecondaryEmail","OtherEmail","Pager","Fax1","Fax2","HealthFacilityNo","HPIFacilityNo","HPIFacilityExt","HPIOrganizationID","HPIOrganizationExt","GSTNo","ACCNo","BankAccountNo","MOHSendingPracticeID","AfterHoursNumber","EmergencyNumber","IsActive","IsDeleted","PerOrgID","LoadedDateTime"], ["_source_uri","_source_bucket","_source_key","_source_version_id","_source_file_hash","_source_row_number","_source_date_extracted","_source_per_org_id","_source_practice_id","_source_checked"]) }}
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
    nullif(btrim(source."PracticeID", E' \t\r\n'), '') as "practice_id",
    nullif(btrim(source."PracticeName", E' \t\r\n'), '') as "practice_name",
    nullif(btrim(source."PracticeCategory", E' \t\r\n'), '') as "practice_category",
    nullif(btrim(source."PracticeSpeciality", E' \t\r\n'), '') as "practice_speciality",
    nullif(btrim(source."PHO", E' \t\r\n'), '') as "pho",
    nullif(btrim(source."OrganizationType", E' \t\r\n'), '') as "organization_type",
    nullif(btrim(source."OrgShortName", E' \t\r\n'), '') as "org_short_name",
    nullif(btrim(source."OrgCode", E' \t\r\n'), '') as "org_code",
    nullif(btrim(source."EDIAccount", E' \t\r\n'), '') as "edi_account",
    nullif(btrim(source."LegalEntityTitle", E' \t\r\n'), '') as "legal_entity_title",
    nullif(btrim(source."LegalStatus", E' \t\r\n'), '') as "legal_status",
    nullif(btrim(source."IncorporationNumber", E' \t\r\n'), '') as "incorporation_number",
    nullif(btrim(source."LegalDate", E' \t\r\n'), '') as "legal_date",
    nullif(btrim(source."Comments", E' \t\r\n'), '') as "comments",
    nullif(btrim(source."Formula", E' \t\r\n'), '') as "formula",
    nullif(btrim(source."OwnershipModel", E' \t\r\n'), '') as "ownership_model",
    nullif(btrim(source."Rural", E' \t\r\n'), '') as "rural",
    nullif(btrim(source."PrimaryPhone", E' \t\r\n'), '') as "primary_phone",
    nullif(btrim(source."SecondaryPhone", E' \t\r\n'), '') as "secondary_phone",
    nullif(btrim(source."OtherPhone", E' \t\r\n'), '') as "other_phone",
    nullif(btrim(source."PrimaryEmail", E' \t\r\n'), '') as "primary_email",
    nullif(btrim(source."SecondaryEmail", E' \t\r\n'), '') as "secondary_email",
    nullif(btrim(source."OtherEmail", E' \t\r\n'), '') as "other_email",
    nullif(btrim(source."Pager", E' \t\r\n'), '') as "pager",
    nullif(btrim(source."Fax1", E' \t\r\n'), '') as "fax1",
    nullif(btrim(source."Fax2", E' \t\r\n'), '') as "fax2",
    nullif(btrim(source."HealthFacilityNo", E' \t\r\n'), '') as "health_facility_no",
    nullif(btrim(source."HPIFacilityNo", E' \t\r\n'), '') as "hpi_facility_no",
    nullif(btrim(source."HPIFacilityExt", E' \t\r\n'), '') as "hpi_facility_ext",
    nullif(btrim(source."HPIOrganizationID", E' \t\r\n'), '') as "hpi_organization_id",
    nullif(btrim(source."HPIOrganizationExt", E' \t\r\n'), '') as "hpi_organization_ext",
    nullif(btrim(source."GSTNo", E' \t\r\n'), '') as "gst_no",
    nullif(btrim(source."ACCNo", E' \t\r\n'), '') as "acc_no",
    nullif(btrim(source."BankAccountNo", E' \t\r\n'), '') as "bank_account_no",
    nullif(btrim(source."MOHSendingPracticeID", E' \t\r\n'), '') as "moh_sending_practice_id",
    nullif(btrim(source."AfterHoursNumber", E' \t\r\n'), '') as "after_hours_number",
    nullif(btrim(source."EmergencyNumber", E' \t\r\n'), '') as "emergency_number",
    nullif(btrim(source."IsActive", E' \t\r\n'), '') as "is_active",
    nullif(btrim(source."IsDeleted", E' \t\r\n'), '') as "is_deleted",
    nullif(btrim(source."PerOrgID", E' \t\r\n'), '') as "per_org_id",
    nullif(btrim(source."LoadedDateTime", E' \t\r\n'), '') as "loaded_date_time",
    source."PracticeID" as "__raw_practice_id",
    source."PracticeName" as "__raw_practice_name",
    source."PracticeCategory" as "__raw_practice_category",
    source."PracticeSpeciality" as "__raw_practice_speciality",
    source."PHO" as "__raw_pho",
    source."OrganizationType" as "__raw_organization_type",
    source."OrgShortName" as "__raw_org_short_name",
    source."OrgCode" as "__raw_org_code",
    source."EDIAccount" as "__raw_edi_account",
    source."LegalEntityTitle" as "__raw_legal_entity_title",
    source."LegalStatus" as "__raw_legal_status",
    source."IncorporationNumber" as "__raw_incorporation_number",
    source."LegalDate" as "__raw_legal_date",
    source."Comments" as "__raw_comments",
    source."Formula" as "__raw_formula",
    source."OwnershipModel" as "__raw_ownership_model",
    source."Rural" as "__raw_rural",
    source."PrimaryPhone" as "__raw_primary_phone",
    source."SecondaryPhone" as "__raw_secondary_phone",
    source."OtherPhone" as "__raw_other_phone",
    source."PrimaryEmail" as "__raw_primary_email",
    source."SecondaryEmail" as "__raw_secondary_email",
    source."OtherEmail" as "__raw_other_email",
    source."Pager" as "__raw_pager",
    source."Fax1" as "__raw_fax1",
    source."Fax2" as "__raw_fax2",
    source."HealthFacilityNo" as "__raw_health_facility_no",
    source."HPIFacilityNo" as "__raw_hpi_facility_no",
    source."HPIFacilityExt" as "__raw_hpi_facility_ext",
    source."HPIOrganizationID" as "__raw_hpi_organization_id",
    source."HPIOrganizationExt" as "__raw_hpi_organization_ext",
    source."GSTNo" as "__raw_gst_no",
    source."ACCNo" as "__raw_acc_no",
    source."BankAccountNo" as "__raw_bank_account_no",
    source."MOHSendingPracticeID" as "__raw_moh_sending_practice_id",
    source."AfterHoursNumber" as "__raw_after_hours_number",
    source."EmergencyNumber" as "__raw_emergency_number",
    source."IsActive" as "__raw_is_active",
    source."IsDeleted" as "__raw_is_deleted",
    source."PerOrgID" as "__raw_per_org_id",
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
  where _source_checked is distinct from 'a6d3801de9b00406'
  offset 0
),

validated as (
  -- OFFSET 0 keeps this subquery from being folded into its users, so each check runs once per row
  select * from (
    select
      renamed.*,
      {{ medi_valid('practice_id', 'integer') }} as "__ok_practice_id",
      {{ medi_valid('practice_name', 'string') }} as "__ok_practice_name",
      {{ medi_valid('practice_category', 'string') }} as "__ok_practice_category",
      {{ medi_valid('practice_speciality', 'string') }} as "__ok_practice_speciality",
      {{ medi_valid('pho', 'string') }} as "__ok_pho",
      {{ medi_valid('organization_type', 'string') }} as "__ok_organization_type",
      {{ medi_valid('org_short_name', 'string') }} as "__ok_org_short_name",
      {{ medi_valid('org_code', 'string') }} as "__ok_org_code",
      {{ medi_valid('edi_account', 'string') }} as "__ok_edi_account",
      {{ medi_valid('legal_entity_title', 'string') }} as "__ok_legal_entity_title",
      {{ medi_valid('legal_status', 'string') }} as "__ok_legal_status",
      {{ medi_valid('incorporation_number', 'string') }} as "__ok_incorporation_number",
      {{ medi_valid('legal_date', 'date') }} as "__ok_legal_date",
      {{ medi_valid('comments', 'string') }} as "__ok_comments",
      {{ medi_valid('formula', 'string') }} as "__ok_formula",
      {{ medi_valid('ownership_model', 'string') }} as "__ok_ownership_model",
      {{ medi_valid('rural', 'string') }} as "__ok_rural",
      {{ medi_valid('primary_phone', 'string') }} as "__ok_primary_phone",
      {{ medi_valid('secondary_phone', 'string') }} as "__ok_secondary_phone",
      {{ medi_valid('other_phone', 'string') }} as "__ok_other_phone",
      {{ medi_valid('primary_email', 'string') }} as "__ok_primary_email",
      {{ medi_valid('secondary_email', 'string') }} as "__ok_secondary_email",
      {{ medi_valid('other_email', 'string') }} as "__ok_other_email",
      {{ medi_valid('pager', 'string') }} as "__ok_pager",
      {{ medi_valid('fax1', 'string') }} as "__ok_fax1",
      {{ medi_valid('fax2', 'string') }} as "__ok_fax2",
      {{ medi_valid('health_facility_no', 'string') }} as "__ok_health_facility_no",
      {{ medi_valid('hpi_facility_no', 'string') }} as "__ok_hpi_facility_no",
      {{ medi_valid('hpi_facility_ext', 'string') }} as "__ok_hpi_facility_ext",
      {{ medi_valid('hpi_organization_id', 'string') }} as "__ok_hpi_organization_id",
      {{ medi_valid('hpi_organization_ext', 'string') }} as "__ok_hpi_organization_ext",
      {{ medi_valid('gst_no', 'string') }} as "__ok_gst_no",
      {{ medi_valid('acc_no', 'string') }} as "__ok_acc_no",
      {{ medi_valid('bank_account_no', 'string') }} as "__ok_bank_account_no",
      {{ medi_valid('moh_sending_practice_id', 'string') }} as "__ok_moh_sending_practice_id",
      {{ medi_valid('after_hours_number', 'string') }} as "__ok_after_hours_number",
      {{ medi_valid('emergency_number', 'string') }} as "__ok_emergency_number",
      {{ medi_valid('is_active', 'boolean') }} as "__ok_is_active",
      {{ medi_valid('is_deleted', 'boolean') }} as "__ok_is_deleted",
      {{ medi_valid('per_org_id', 'string') }} as "__ok_per_org_id",
      {{ medi_valid('loaded_date_time', 'timestamp') }} as "__ok_loaded_date_time"
    from renamed
    offset 0
  ) checked
),

flagged as (
  select
    validated.*,
    ("practice_id" is null or not "__ok_practice_id"
      or not "__ok_practice_name"
      or not "__ok_practice_category"
      or not "__ok_practice_speciality"
      or not "__ok_pho"
      or not "__ok_organization_type"
      or not "__ok_org_short_name"
      or not "__ok_org_code"
      or not "__ok_edi_account"
      or not "__ok_legal_entity_title"
      or not "__ok_legal_status"
      or not "__ok_incorporation_number"
      or not "__ok_legal_date"
      or not "__ok_comments"
      or not "__ok_formula"
      or not "__ok_ownership_model"
      or not "__ok_rural"
      or not "__ok_primary_phone"
      or not "__ok_secondary_phone"
      or not "__ok_other_phone"
      or not "__ok_primary_email"
      or not "__ok_secondary_email"
      or not "__ok_other_email"
      or not "__ok_pager"
      or not "__ok_fax1"
      or not "__ok_fax2"
      or not "__ok_health_facility_no"
      or not "__ok_hpi_facility_no"
      or not "__ok_hpi_facility_ext"
      or not "__ok_hpi_organization_id"
      or not "__ok_hpi_organization_ext"
      or not "__ok_gst_no"
      or not "__ok_acc_no"
      or not "__ok_bank_account_no"
      or not "__ok_moh_sending_practice_id"
      or not "__ok_after_hours_number"
      or not "__ok_emergency_number"
      or not "__ok_is_active"
      or not "__ok_is_deleted"
      or "per_org_id" is null or not "__ok_per_org_id"
      or not "__ok_loaded_date_time") as __has_error
  from validated
)

-- Rows the tap marked as passing every check of this contract as it stands (the fingerprint of its columns'
-- types, required flags, domains and null spellings, and of the rules' version): they are only cast. Unmarked
-- rows, and rows marked under other rules, are checked above. Neither this nor `trimmed` is fenced or
-- materialized, so PostgreSQL casts these rows in parallel workers (measured ~2× faster than in one process).
select
    {{ medi_cast_valid('practice_id', 'integer') }} as "practice_id",
    {{ medi_cast_valid('practice_name', 'string') }} as "practice_name",
    {{ medi_cast_valid('practice_category', 'string') }} as "practice_category",
    {{ medi_cast_valid('practice_speciality', 'string') }} as "practice_speciality",
    {{ medi_cast_valid('pho', 'string') }} as "pho",
    {{ medi_cast_valid('organization_type', 'string') }} as "organization_type",
    {{ medi_cast_valid('org_short_name', 'string') }} as "org_short_name",
    {{ medi_cast_valid('org_code', 'string') }} as "org_code",
    {{ medi_cast_valid('edi_account', 'string') }} as "edi_account",
    {{ medi_cast_valid('legal_entity_title', 'string') }} as "legal_entity_title",
    {{ medi_cast_valid('legal_status', 'string') }} as "legal_status",
    {{ medi_cast_valid('incorporation_number', 'string') }} as "incorporation_number",
    {{ medi_cast_valid('legal_date', 'date') }} as "legal_date",
    {{ medi_cast_valid('comments', 'string') }} as "comments",
    {{ medi_cast_valid('formula', 'string') }} as "formula",
    {{ medi_cast_valid('ownership_model', 'string') }} as "ownership_model",
    {{ medi_cast_valid('rural', 'string') }} as "rural",
    {{ medi_cast_valid('primary_phone', 'string') }} as "primary_phone",
    {{ medi_cast_valid('secondary_phone', 'string') }} as "secondary_phone",
    {{ medi_cast_valid('other_phone', 'string') }} as "other_phone",
    {{ medi_cast_valid('primary_email', 'string') }} as "primary_email",
    {{ medi_cast_valid('secondary_email', 'string') }} as "secondary_email",
    {{ medi_cast_valid('other_email', 'string') }} as "other_email",
    {{ medi_cast_valid('pager', 'string') }} as "pager",
    {{ medi_cast_valid('fax1', 'string') }} as "fax1",
    {{ medi_cast_valid('fax2', 'string') }} as "fax2",
    {{ medi_cast_valid('health_facility_no', 'string') }} as "health_facility_no",
    {{ medi_cast_valid('hpi_facility_no', 'string') }} as "hpi_facility_no",
    {{ medi_cast_valid('hpi_facility_ext', 'string') }} as "hpi_facility_ext",
    {{ medi_cast_valid('hpi_organization_id', 'string') }} as "hpi_organization_id",
    {{ medi_cast_valid('hpi_organization_ext', 'string') }} as "hpi_organization_ext",
    {{ medi_cast_valid('gst_no', 'string') }} as "gst_no",
    {{ medi_cast_valid('acc_no', 'string') }} as "acc_no",
    {{ medi_cast_valid('bank_account_no', 'string') }} as "bank_account_no",
    {{ medi_cast_valid('moh_sending_practice_id', 'string') }} as "moh_sending_practice_id",
    {{ medi_cast_valid('after_hours_number', 'string') }} as "after_hours_number",
    {{ medi_cast_valid('emergency_number', 'string') }} as "emergency_number",
    {{ medi_cast_valid('is_active', 'boolean') }} as "is_active",
    {{ medi_cast_valid('is_deleted', 'boolean') }} as "is_deleted",
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
where _source_checked = 'a6d3801de9b00406'

union all

select
    {{ medi_cast_checked('practice_id', 'integer', '__ok_practice_id') }} as "practice_id",
    {{ medi_cast_checked('practice_name', 'string', '__ok_practice_name') }} as "practice_name",
    {{ medi_cast_checked('practice_category', 'string', '__ok_practice_category') }} as "practice_category",
    {{ medi_cast_checked('practice_speciality', 'string', '__ok_practice_speciality') }} as "practice_speciality",
    {{ medi_cast_checked('pho', 'string', '__ok_pho') }} as "pho",
    {{ medi_cast_checked('organization_type', 'string', '__ok_organization_type') }} as "organization_type",
    {{ medi_cast_checked('org_short_name', 'string', '__ok_org_short_name') }} as "org_short_name",
    {{ medi_cast_checked('org_code', 'string', '__ok_org_code') }} as "org_code",
    {{ medi_cast_checked('edi_account', 'string', '__ok_edi_account') }} as "edi_account",
    {{ medi_cast_checked('legal_entity_title', 'string', '__ok_legal_entity_title') }} as "legal_entity_title",
    {{ medi_cast_checked('legal_status', 'string', '__ok_legal_status') }} as "legal_status",
    {{ medi_cast_checked('incorporation_number', 'string', '__ok_incorporation_number') }} as "incorporation_number",
    {{ medi_cast_checked('legal_date', 'date', '__ok_legal_date') }} as "legal_date",
    {{ medi_cast_checked('comments', 'string', '__ok_comments') }} as "comments",
    {{ medi_cast_checked('formula', 'string', '__ok_formula') }} as "formula",
    {{ medi_cast_checked('ownership_model', 'string', '__ok_ownership_model') }} as "ownership_model",
    {{ medi_cast_checked('rural', 'string', '__ok_rural') }} as "rural",
    {{ medi_cast_checked('primary_phone', 'string', '__ok_primary_phone') }} as "primary_phone",
    {{ medi_cast_checked('secondary_phone', 'string', '__ok_secondary_phone') }} as "secondary_phone",
    {{ medi_cast_checked('other_phone', 'string', '__ok_other_phone') }} as "other_phone",
    {{ medi_cast_checked('primary_email', 'string', '__ok_primary_email') }} as "primary_email",
    {{ medi_cast_checked('secondary_email', 'string', '__ok_secondary_email') }} as "secondary_email",
    {{ medi_cast_checked('other_email', 'string', '__ok_other_email') }} as "other_email",
    {{ medi_cast_checked('pager', 'string', '__ok_pager') }} as "pager",
    {{ medi_cast_checked('fax1', 'string', '__ok_fax1') }} as "fax1",
    {{ medi_cast_checked('fax2', 'string', '__ok_fax2') }} as "fax2",
    {{ medi_cast_checked('health_facility_no', 'string', '__ok_health_facility_no') }} as "health_facility_no",
    {{ medi_cast_checked('hpi_facility_no', 'string', '__ok_hpi_facility_no') }} as "hpi_facility_no",
    {{ medi_cast_checked('hpi_facility_ext', 'string', '__ok_hpi_facility_ext') }} as "hpi_facility_ext",
    {{ medi_cast_checked('hpi_organization_id', 'string', '__ok_hpi_organization_id') }} as "hpi_organization_id",
    {{ medi_cast_checked('hpi_organization_ext', 'string', '__ok_hpi_organization_ext') }} as "hpi_organization_ext",
    {{ medi_cast_checked('gst_no', 'string', '__ok_gst_no') }} as "gst_no",
    {{ medi_cast_checked('acc_no', 'string', '__ok_acc_no') }} as "acc_no",
    {{ medi_cast_checked('bank_account_no', 'string', '__ok_bank_account_no') }} as "bank_account_no",
    {{ medi_cast_checked('moh_sending_practice_id', 'string', '__ok_moh_sending_practice_id') }} as "moh_sending_practice_id",
    {{ medi_cast_checked('after_hours_number', 'string', '__ok_after_hours_number') }} as "after_hours_number",
    {{ medi_cast_checked('emergency_number', 'string', '__ok_emergency_number') }} as "emergency_number",
    {{ medi_cast_checked('is_active', 'boolean', '__ok_is_active') }} as "is_active",
    {{ medi_cast_checked('is_deleted', 'boolean', '__ok_is_deleted') }} as "is_deleted",
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
        'PracticeID', "__raw_practice_id",
        'PracticeName', "__raw_practice_name",
        'PracticeCategory', "__raw_practice_category",
        'PracticeSpeciality', "__raw_practice_speciality",
        'PHO', "__raw_pho",
        'OrganizationType', "__raw_organization_type",
        'OrgShortName', "__raw_org_short_name",
        'OrgCode', "__raw_org_code",
        'EDIAccount', "__raw_edi_account",
        'LegalEntityTitle', "__raw_legal_entity_title",
        'LegalStatus', "__raw_legal_status",
        'IncorporationNumber', "__raw_incorporation_number",
        'LegalDate', "__raw_legal_date",
        'Comments', "__raw_comments",
        'Formula', "__raw_formula",
        'OwnershipModel', "__raw_ownership_model",
        'Rural', "__raw_rural",
        'PrimaryPhone', "__raw_primary_phone",
        'SecondaryPhone', "__raw_secondary_phone",
        'OtherPhone', "__raw_other_phone",
        'PrimaryEmail', "__raw_primary_email",
        'SecondaryEmail', "__raw_secondary_email",
        'OtherEmail', "__raw_other_email",
        'Pager', "__raw_pager",
        'Fax1', "__raw_fax1",
        'Fax2', "__raw_fax2",
        'HealthFacilityNo', "__raw_health_facility_no",
        'HPIFacilityNo', "__raw_hpi_facility_no",
        'HPIFacilityExt', "__raw_hpi_facility_ext",
        'HPIOrganizationID', "__raw_hpi_organization_id",
        'HPIOrganizationExt', "__raw_hpi_organization_ext",
        'GSTNo', "__raw_gst_no",
        'ACCNo', "__raw_acc_no",
        'BankAccountNo', "__raw_bank_account_no",
        'MOHSendingPracticeID', "__raw_moh_sending_practice_id",
        'AfterHoursNumber', "__raw_after_hours_number",
        'EmergencyNumber', "__raw_emergency_number",
        'IsActive', "__raw_is_active",
        'IsDeleted', "__raw_is_deleted",
        'PerOrgID', "__raw_per_org_id"
      )
      || jsonb_build_object(
        'LoadedDateTime', "__raw_loaded_date_time"
      )
  end as source_row,
  case when __has_error then jsonb_strip_nulls(
    jsonb_build_object(
        'practice_id', {{ medi_error_checked('practice_id', 'integer', '__ok_practice_id', required=true, domain=none) }},
        'legal_date', {{ medi_error_checked('legal_date', 'date', '__ok_legal_date', required=false, domain=none) }},
        'is_active', {{ medi_error_checked('is_active', 'boolean', '__ok_is_active', required=false, domain=none) }},
        'is_deleted', {{ medi_error_checked('is_deleted', 'boolean', '__ok_is_deleted', required=false, domain=none) }},
        'per_org_id', {{ medi_error_checked('per_org_id', 'string', '__ok_per_org_id', required=true, domain=none) }},
        'loaded_date_time', {{ medi_error_checked('loaded_date_time', 'timestamp', '__ok_loaded_date_time', required=false, domain=none) }}
      )
  ) else '{}'::jsonb end as field_errors
from flagged
