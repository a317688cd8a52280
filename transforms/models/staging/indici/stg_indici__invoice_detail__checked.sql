-- generated from contracts/indici/invoice_detail.yaml by `npm run codegen`; do not edit
-- Every raw row once, with typed values and field_errors ('{}' when the row is valid). Each column is checked
-- once; the reasons and the row as landed are only assembled for rows that fail. Timestamps are read in the
-- source's zone, set for this model's transaction (medi_source_zone).
{{ config(materialized='incremental', incremental_strategy='append', on_schema_change='fail', pre_hook=['{{ medi_source_zone() }}', '{{ medi_since_set() }}', '{{ medi_checked_forget() }}', '{{ medi_checked_stats() }}'], post_hook="{{ medi_checked_sign('31c1dee6c5064296') }}", indexes=[{'columns': ['load_run_id', 'coalesce(source_row_number, 0)']}, {'columns': ['typed_at']}, {'columns': ['invoice_detail_id', 'practice_id', 'per_org_id']}]) }}
{{ medi_checked_guard('31c1dee6c5064296') }}

with source as (
  select * from (
    {{ medi_source('raw_indici', 'indici_invoice_detail', ["InvoiceDetailID","InvoiceTransactionID","MasterServiceSubServiceID","AppointmentServiceID","Comments","Quantity","ClaimAmount","CoPayment","GrossClaimAmount","GrossCoPayment","IsBillingAmount","FunderID","FunderName","ContractServiceID","ContractServiceName","IsFunded","SubmissionStatus","CaseNo","SequenceNo","BillingClaimStatusID","MasterServiceName","MasterServiceCode","MasterServiceDescription","ServiceName","Description","Code","FeeCode","ServiceCode","SubServiceDescription","Duration","IsCommonService","ServiceCodeForClaim","IsActive","IsDeleted","InsertedByID","UpdatedByID","InsertedBy","UpdatedBy","InsertedAt","UpdatedAt","UserLoggingID","LoggingUserName","BillingRefID","BillingReferralID","PermanentAddressLatitude","PermanentAddressLongitude","PracticeID","PerOrgID","LoadedDateTime"], ["_source_uri","_source_bucket","_source_key","_source_version_id","_source_file_hash","_source_row_number","_source_date_extracted","_source_per_org_id","_source_practice_id","_source_checked"]) }}
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
    nullif(btrim(source."InvoiceDetailID", E' \t\r\n'), '') as "invoice_detail_id",
    nullif(btrim(source."InvoiceTransactionID", E' \t\r\n'), '') as "invoice_transaction_id",
    nullif(btrim(source."MasterServiceSubServiceID", E' \t\r\n'), '') as "master_service_sub_service_id",
    nullif(btrim(source."AppointmentServiceID", E' \t\r\n'), '') as "appointment_service_id",
    nullif(btrim(source."Comments", E' \t\r\n'), '') as "comments",
    nullif(btrim(source."Quantity", E' \t\r\n'), '') as "quantity",
    nullif(btrim(source."ClaimAmount", E' \t\r\n'), '') as "claim_amount",
    nullif(btrim(source."CoPayment", E' \t\r\n'), '') as "co_payment",
    nullif(btrim(source."GrossClaimAmount", E' \t\r\n'), '') as "gross_claim_amount",
    nullif(btrim(source."GrossCoPayment", E' \t\r\n'), '') as "gross_co_payment",
    nullif(btrim(source."IsBillingAmount", E' \t\r\n'), '') as "is_billing_amount",
    nullif(btrim(source."FunderID", E' \t\r\n'), '') as "funder_id",
    nullif(btrim(source."FunderName", E' \t\r\n'), '') as "funder_name",
    nullif(btrim(source."ContractServiceID", E' \t\r\n'), '') as "contract_service_id",
    nullif(btrim(source."ContractServiceName", E' \t\r\n'), '') as "contract_service_name",
    nullif(btrim(source."IsFunded", E' \t\r\n'), '') as "is_funded",
    nullif(btrim(source."SubmissionStatus", E' \t\r\n'), '') as "submission_status",
    nullif(btrim(source."CaseNo", E' \t\r\n'), '') as "case_no",
    nullif(btrim(source."SequenceNo", E' \t\r\n'), '') as "sequence_no",
    nullif(btrim(source."BillingClaimStatusID", E' \t\r\n'), '') as "billing_claim_status_id",
    nullif(btrim(source."MasterServiceName", E' \t\r\n'), '') as "master_service_name",
    nullif(btrim(source."MasterServiceCode", E' \t\r\n'), '') as "master_service_code",
    nullif(btrim(source."MasterServiceDescription", E' \t\r\n'), '') as "master_service_description",
    nullif(btrim(source."ServiceName", E' \t\r\n'), '') as "service_name",
    nullif(btrim(source."Description", E' \t\r\n'), '') as "description",
    nullif(btrim(source."Code", E' \t\r\n'), '') as "code",
    nullif(btrim(source."FeeCode", E' \t\r\n'), '') as "fee_code",
    nullif(btrim(source."ServiceCode", E' \t\r\n'), '') as "service_code",
    nullif(btrim(source."SubServiceDescription", E' \t\r\n'), '') as "sub_service_description",
    nullif(btrim(source."Duration", E' \t\r\n'), '') as "duration",
    nullif(btrim(source."IsCommonService", E' \t\r\n'), '') as "is_common_service",
    nullif(btrim(source."ServiceCodeForClaim", E' \t\r\n'), '') as "service_code_for_claim",
    nullif(btrim(source."IsActive", E' \t\r\n'), '') as "is_active",
    nullif(btrim(source."IsDeleted", E' \t\r\n'), '') as "is_deleted",
    nullif(btrim(source."InsertedByID", E' \t\r\n'), '') as "inserted_by_id",
    nullif(btrim(source."UpdatedByID", E' \t\r\n'), '') as "updated_by_id",
    nullif(btrim(source."InsertedBy", E' \t\r\n'), '') as "inserted_by",
    nullif(btrim(source."UpdatedBy", E' \t\r\n'), '') as "updated_by",
    nullif(btrim(source."InsertedAt", E' \t\r\n'), '') as "inserted_at",
    nullif(btrim(source."UpdatedAt", E' \t\r\n'), '') as "updated_at",
    nullif(btrim(source."UserLoggingID", E' \t\r\n'), '') as "user_logging_id",
    nullif(btrim(source."LoggingUserName", E' \t\r\n'), '') as "logging_user_name",
    nullif(btrim(source."BillingRefID", E' \t\r\n'), '') as "billing_ref_id",
    nullif(btrim(source."BillingReferralID", E' \t\r\n'), '') as "billing_referral_id",
    nullif(btrim(source."PermanentAddressLatitude", E' \t\r\n'), '') as "permanent_address_latitude",
    nullif(btrim(source."PermanentAddressLongitude", E' \t\r\n'), '') as "permanent_address_longitude",
    nullif(btrim(source."PracticeID", E' \t\r\n'), '') as "practice_id",
    nullif(btrim(source."PerOrgID", E' \t\r\n'), '') as "per_org_id",
    nullif(btrim(source."LoadedDateTime", E' \t\r\n'), '') as "loaded_date_time",
    source."InvoiceDetailID" as "__raw_invoice_detail_id",
    source."InvoiceTransactionID" as "__raw_invoice_transaction_id",
    source."MasterServiceSubServiceID" as "__raw_master_service_sub_service_id",
    source."AppointmentServiceID" as "__raw_appointment_service_id",
    source."Comments" as "__raw_comments",
    source."Quantity" as "__raw_quantity",
    source."ClaimAmount" as "__raw_claim_amount",
    source."CoPayment" as "__raw_co_payment",
    source."GrossClaimAmount" as "__raw_gross_claim_amount",
    source."GrossCoPayment" as "__raw_gross_co_payment",
    source."IsBillingAmount" as "__raw_is_billing_amount",
    source."FunderID" as "__raw_funder_id",
    source."FunderName" as "__raw_funder_name",
    source."ContractServiceID" as "__raw_contract_service_id",
    source."ContractServiceName" as "__raw_contract_service_name",
    source."IsFunded" as "__raw_is_funded",
    source."SubmissionStatus" as "__raw_submission_status",
    source."CaseNo" as "__raw_case_no",
    source."SequenceNo" as "__raw_sequence_no",
    source."BillingClaimStatusID" as "__raw_billing_claim_status_id",
    source."MasterServiceName" as "__raw_master_service_name",
    source."MasterServiceCode" as "__raw_master_service_code",
    source."MasterServiceDescription" as "__raw_master_service_description",
    source."ServiceName" as "__raw_service_name",
    source."Description" as "__raw_description",
    source."Code" as "__raw_code",
    source."FeeCode" as "__raw_fee_code",
    source."ServiceCode" as "__raw_service_code",
    source."SubServiceDescription" as "__raw_sub_service_description",
    source."Duration" as "__raw_duration",
    source."IsCommonService" as "__raw_is_common_service",
    source."ServiceCodeForClaim" as "__raw_service_code_for_claim",
    source."IsActive" as "__raw_is_active",
    source."IsDeleted" as "__raw_is_deleted",
    source."InsertedByID" as "__raw_inserted_by_id",
    source."UpdatedByID" as "__raw_updated_by_id",
    source."InsertedBy" as "__raw_inserted_by",
    source."UpdatedBy" as "__raw_updated_by",
    source."InsertedAt" as "__raw_inserted_at",
    source."UpdatedAt" as "__raw_updated_at",
    source."UserLoggingID" as "__raw_user_logging_id",
    source."LoggingUserName" as "__raw_logging_user_name",
    source."BillingRefID" as "__raw_billing_ref_id",
    source."BillingReferralID" as "__raw_billing_referral_id",
    source."PermanentAddressLatitude" as "__raw_permanent_address_latitude",
    source."PermanentAddressLongitude" as "__raw_permanent_address_longitude",
    source."PracticeID" as "__raw_practice_id",
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
  where _source_checked is distinct from '6a32f6eea90b7289'
  offset 0
),

validated as (
  -- OFFSET 0 keeps this subquery from being folded into its users, so each check runs once per row
  select * from (
    select
      renamed.*,
      {{ medi_valid('invoice_detail_id', 'integer') }} as "__ok_invoice_detail_id",
      {{ medi_valid('invoice_transaction_id', 'integer') }} as "__ok_invoice_transaction_id",
      {{ medi_valid('master_service_sub_service_id', 'integer') }} as "__ok_master_service_sub_service_id",
      {{ medi_valid('appointment_service_id', 'integer') }} as "__ok_appointment_service_id",
      {{ medi_valid('comments', 'string') }} as "__ok_comments",
      {{ medi_valid('quantity', 'decimal') }} as "__ok_quantity",
      {{ medi_valid('claim_amount', 'decimal') }} as "__ok_claim_amount",
      {{ medi_valid('co_payment', 'decimal') }} as "__ok_co_payment",
      {{ medi_valid('gross_claim_amount', 'decimal') }} as "__ok_gross_claim_amount",
      {{ medi_valid('gross_co_payment', 'decimal') }} as "__ok_gross_co_payment",
      {{ medi_valid('is_billing_amount', 'boolean') }} as "__ok_is_billing_amount",
      {{ medi_valid('funder_id', 'integer') }} as "__ok_funder_id",
      {{ medi_valid('funder_name', 'string') }} as "__ok_funder_name",
      {{ medi_valid('contract_service_id', 'integer') }} as "__ok_contract_service_id",
      {{ medi_valid('contract_service_name', 'string') }} as "__ok_contract_service_name",
      {{ medi_valid('is_funded', 'boolean') }} as "__ok_is_funded",
      {{ medi_valid('submission_status', 'string') }} as "__ok_submission_status",
      {{ medi_valid('case_no', 'string') }} as "__ok_case_no",
      {{ medi_valid('sequence_no', 'integer') }} as "__ok_sequence_no",
      {{ medi_valid('billing_claim_status_id', 'integer') }} as "__ok_billing_claim_status_id",
      {{ medi_valid('master_service_name', 'string') }} as "__ok_master_service_name",
      {{ medi_valid('master_service_code', 'string') }} as "__ok_master_service_code",
      {{ medi_valid('master_service_description', 'string') }} as "__ok_master_service_description",
      {{ medi_valid('service_name', 'string') }} as "__ok_service_name",
      {{ medi_valid('description', 'string') }} as "__ok_description",
      {{ medi_valid('code', 'string') }} as "__ok_code",
      {{ medi_valid('fee_code', 'string') }} as "__ok_fee_code",
      {{ medi_valid('service_code', 'string') }} as "__ok_service_code",
      {{ medi_valid('sub_service_description', 'string') }} as "__ok_sub_service_description",
      {{ medi_valid('duration', 'string') }} as "__ok_duration",
      {{ medi_valid('is_common_service', 'boolean') }} as "__ok_is_common_service",
      {{ medi_valid('service_code_for_claim', 'string') }} as "__ok_service_code_for_claim",
      {{ medi_valid('is_active', 'boolean') }} as "__ok_is_active",
      {{ medi_valid('is_deleted', 'boolean') }} as "__ok_is_deleted",
      {{ medi_valid('inserted_by_id', 'integer') }} as "__ok_inserted_by_id",
      {{ medi_valid('updated_by_id', 'integer') }} as "__ok_updated_by_id",
      {{ medi_valid('inserted_by', 'string') }} as "__ok_inserted_by",
      {{ medi_valid('updated_by', 'string') }} as "__ok_updated_by",
      {{ medi_valid('inserted_at', 'timestamp') }} as "__ok_inserted_at",
      {{ medi_valid('updated_at', 'timestamp') }} as "__ok_updated_at",
      {{ medi_valid('user_logging_id', 'string') }} as "__ok_user_logging_id",
      {{ medi_valid('logging_user_name', 'string') }} as "__ok_logging_user_name",
      {{ medi_valid('billing_ref_id', 'integer') }} as "__ok_billing_ref_id",
      {{ medi_valid('billing_referral_id', 'integer') }} as "__ok_billing_referral_id",
      {{ medi_valid('permanent_address_latitude', 'decimal') }} as "__ok_permanent_address_latitude",
      {{ medi_valid('permanent_address_longitude', 'decimal') }} as "__ok_permanent_address_longitude",
      {{ medi_valid('practice_id', 'integer') }} as "__ok_practice_id",
      {{ medi_valid('per_org_id', 'string') }} as "__ok_per_org_id",
      {{ medi_valid('loaded_date_time', 'timestamp') }} as "__ok_loaded_date_time"
    from renamed
    offset 0
  ) checked
),

flagged as (
  select
    validated.*,
    ("invoice_detail_id" is null or not "__ok_invoice_detail_id"
      or not "__ok_invoice_transaction_id"
      or not "__ok_master_service_sub_service_id"
      or not "__ok_appointment_service_id"
      or not "__ok_comments"
      or not "__ok_quantity"
      or not "__ok_claim_amount"
      or not "__ok_co_payment"
      or not "__ok_gross_claim_amount"
      or not "__ok_gross_co_payment"
      or not "__ok_is_billing_amount"
      or not "__ok_funder_id"
      or not "__ok_funder_name"
      or not "__ok_contract_service_id"
      or not "__ok_contract_service_name"
      or not "__ok_is_funded"
      or not "__ok_submission_status"
      or not "__ok_case_no"
      or not "__ok_sequence_no"
      or not "__ok_billing_claim_status_id"
      or not "__ok_master_service_name"
      or not "__ok_master_service_code"
      or not "__ok_master_service_description"
      or not "__ok_service_name"
      or not "__ok_description"
      or not "__ok_code"
      or not "__ok_fee_code"
      or not "__ok_service_code"
      or not "__ok_sub_service_description"
      or not "__ok_duration"
      or not "__ok_is_common_service"
      or not "__ok_service_code_for_claim"
      or not "__ok_is_active"
      or not "__ok_is_deleted"
      or not "__ok_inserted_by_id"
      or not "__ok_updated_by_id"
      or not "__ok_inserted_by"
      or not "__ok_updated_by"
      or not "__ok_inserted_at"
      or not "__ok_updated_at"
      or not "__ok_user_logging_id"
      or not "__ok_logging_user_name"
      or not "__ok_billing_ref_id"
      or not "__ok_billing_referral_id"
      or not "__ok_permanent_address_latitude"
      or not "__ok_permanent_address_longitude"
      or "practice_id" is null or not "__ok_practice_id"
      or "per_org_id" is null or not "__ok_per_org_id"
      or not "__ok_loaded_date_time") as __has_error
  from validated
)

-- Rows the tap marked as passing every check of this contract as it stands (the fingerprint of its columns'
-- types, required flags, domains and null spellings, and of the rules' version): they are only cast. Unmarked
-- rows, and rows marked under other rules, are checked above. Neither this nor `trimmed` is fenced or
-- materialized, so PostgreSQL casts these rows in parallel workers (measured ~2× faster than in one process).
select
    {{ medi_cast_valid('invoice_detail_id', 'integer') }} as "invoice_detail_id",
    {{ medi_cast_valid('invoice_transaction_id', 'integer') }} as "invoice_transaction_id",
    {{ medi_cast_valid('master_service_sub_service_id', 'integer') }} as "master_service_sub_service_id",
    {{ medi_cast_valid('appointment_service_id', 'integer') }} as "appointment_service_id",
    {{ medi_cast_valid('comments', 'string') }} as "comments",
    {{ medi_cast_valid('quantity', 'decimal') }} as "quantity",
    {{ medi_cast_valid('claim_amount', 'decimal') }} as "claim_amount",
    {{ medi_cast_valid('co_payment', 'decimal') }} as "co_payment",
    {{ medi_cast_valid('gross_claim_amount', 'decimal') }} as "gross_claim_amount",
    {{ medi_cast_valid('gross_co_payment', 'decimal') }} as "gross_co_payment",
    {{ medi_cast_valid('is_billing_amount', 'boolean') }} as "is_billing_amount",
    {{ medi_cast_valid('funder_id', 'integer') }} as "funder_id",
    {{ medi_cast_valid('funder_name', 'string') }} as "funder_name",
    {{ medi_cast_valid('contract_service_id', 'integer') }} as "contract_service_id",
    {{ medi_cast_valid('contract_service_name', 'string') }} as "contract_service_name",
    {{ medi_cast_valid('is_funded', 'boolean') }} as "is_funded",
    {{ medi_cast_valid('submission_status', 'string') }} as "submission_status",
    {{ medi_cast_valid('case_no', 'string') }} as "case_no",
    {{ medi_cast_valid('sequence_no', 'integer') }} as "sequence_no",
    {{ medi_cast_valid('billing_claim_status_id', 'integer') }} as "billing_claim_status_id",
    {{ medi_cast_valid('master_service_name', 'string') }} as "master_service_name",
    {{ medi_cast_valid('master_service_code', 'string') }} as "master_service_code",
    {{ medi_cast_valid('master_service_description', 'string') }} as "master_service_description",
    {{ medi_cast_valid('service_name', 'string') }} as "service_name",
    {{ medi_cast_valid('description', 'string') }} as "description",
    {{ medi_cast_valid('code', 'string') }} as "code",
    {{ medi_cast_valid('fee_code', 'string') }} as "fee_code",
    {{ medi_cast_valid('service_code', 'string') }} as "service_code",
    {{ medi_cast_valid('sub_service_description', 'string') }} as "sub_service_description",
    {{ medi_cast_valid('duration', 'string') }} as "duration",
    {{ medi_cast_valid('is_common_service', 'boolean') }} as "is_common_service",
    {{ medi_cast_valid('service_code_for_claim', 'string') }} as "service_code_for_claim",
    {{ medi_cast_valid('is_active', 'boolean') }} as "is_active",
    {{ medi_cast_valid('is_deleted', 'boolean') }} as "is_deleted",
    {{ medi_cast_valid('inserted_by_id', 'integer') }} as "inserted_by_id",
    {{ medi_cast_valid('updated_by_id', 'integer') }} as "updated_by_id",
    {{ medi_cast_valid('inserted_by', 'string') }} as "inserted_by",
    {{ medi_cast_valid('updated_by', 'string') }} as "updated_by",
    {{ medi_cast_valid('inserted_at', 'timestamp') }} as "inserted_at",
    {{ medi_cast_valid('updated_at', 'timestamp') }} as "updated_at",
    {{ medi_cast_valid('user_logging_id', 'string') }} as "user_logging_id",
    {{ medi_cast_valid('logging_user_name', 'string') }} as "logging_user_name",
    {{ medi_cast_valid('billing_ref_id', 'integer') }} as "billing_ref_id",
    {{ medi_cast_valid('billing_referral_id', 'integer') }} as "billing_referral_id",
    {{ medi_cast_valid('permanent_address_latitude', 'decimal') }} as "permanent_address_latitude",
    {{ medi_cast_valid('permanent_address_longitude', 'decimal') }} as "permanent_address_longitude",
    {{ medi_cast_valid('practice_id', 'integer') }} as "practice_id",
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
where _source_checked = '6a32f6eea90b7289'

union all

select
    {{ medi_cast_checked('invoice_detail_id', 'integer', '__ok_invoice_detail_id') }} as "invoice_detail_id",
    {{ medi_cast_checked('invoice_transaction_id', 'integer', '__ok_invoice_transaction_id') }} as "invoice_transaction_id",
    {{ medi_cast_checked('master_service_sub_service_id', 'integer', '__ok_master_service_sub_service_id') }} as "master_service_sub_service_id",
    {{ medi_cast_checked('appointment_service_id', 'integer', '__ok_appointment_service_id') }} as "appointment_service_id",
    {{ medi_cast_checked('comments', 'string', '__ok_comments') }} as "comments",
    {{ medi_cast_checked('quantity', 'decimal', '__ok_quantity') }} as "quantity",
    {{ medi_cast_checked('claim_amount', 'decimal', '__ok_claim_amount') }} as "claim_amount",
    {{ medi_cast_checked('co_payment', 'decimal', '__ok_co_payment') }} as "co_payment",
    {{ medi_cast_checked('gross_claim_amount', 'decimal', '__ok_gross_claim_amount') }} as "gross_claim_amount",
    {{ medi_cast_checked('gross_co_payment', 'decimal', '__ok_gross_co_payment') }} as "gross_co_payment",
    {{ medi_cast_checked('is_billing_amount', 'boolean', '__ok_is_billing_amount') }} as "is_billing_amount",
    {{ medi_cast_checked('funder_id', 'integer', '__ok_funder_id') }} as "funder_id",
    {{ medi_cast_checked('funder_name', 'string', '__ok_funder_name') }} as "funder_name",
    {{ medi_cast_checked('contract_service_id', 'integer', '__ok_contract_service_id') }} as "contract_service_id",
    {{ medi_cast_checked('contract_service_name', 'string', '__ok_contract_service_name') }} as "contract_service_name",
    {{ medi_cast_checked('is_funded', 'boolean', '__ok_is_funded') }} as "is_funded",
    {{ medi_cast_checked('submission_status', 'string', '__ok_submission_status') }} as "submission_status",
    {{ medi_cast_checked('case_no', 'string', '__ok_case_no') }} as "case_no",
    {{ medi_cast_checked('sequence_no', 'integer', '__ok_sequence_no') }} as "sequence_no",
    {{ medi_cast_checked('billing_claim_status_id', 'integer', '__ok_billing_claim_status_id') }} as "billing_claim_status_id",
    {{ medi_cast_checked('master_service_name', 'string', '__ok_master_service_name') }} as "master_service_name",
    {{ medi_cast_checked('master_service_code', 'string', '__ok_master_service_code') }} as "master_service_code",
    {{ medi_cast_checked('master_service_description', 'string', '__ok_master_service_description') }} as "master_service_description",
    {{ medi_cast_checked('service_name', 'string', '__ok_service_name') }} as "service_name",
    {{ medi_cast_checked('description', 'string', '__ok_description') }} as "description",
    {{ medi_cast_checked('code', 'string', '__ok_code') }} as "code",
    {{ medi_cast_checked('fee_code', 'string', '__ok_fee_code') }} as "fee_code",
    {{ medi_cast_checked('service_code', 'string', '__ok_service_code') }} as "service_code",
    {{ medi_cast_checked('sub_service_description', 'string', '__ok_sub_service_description') }} as "sub_service_description",
    {{ medi_cast_checked('duration', 'string', '__ok_duration') }} as "duration",
    {{ medi_cast_checked('is_common_service', 'boolean', '__ok_is_common_service') }} as "is_common_service",
    {{ medi_cast_checked('service_code_for_claim', 'string', '__ok_service_code_for_claim') }} as "service_code_for_claim",
    {{ medi_cast_checked('is_active', 'boolean', '__ok_is_active') }} as "is_active",
    {{ medi_cast_checked('is_deleted', 'boolean', '__ok_is_deleted') }} as "is_deleted",
    {{ medi_cast_checked('inserted_by_id', 'integer', '__ok_inserted_by_id') }} as "inserted_by_id",
    {{ medi_cast_checked('updated_by_id', 'integer', '__ok_updated_by_id') }} as "updated_by_id",
    {{ medi_cast_checked('inserted_by', 'string', '__ok_inserted_by') }} as "inserted_by",
    {{ medi_cast_checked('updated_by', 'string', '__ok_updated_by') }} as "updated_by",
    {{ medi_cast_checked('inserted_at', 'timestamp', '__ok_inserted_at') }} as "inserted_at",
    {{ medi_cast_checked('updated_at', 'timestamp', '__ok_updated_at') }} as "updated_at",
    {{ medi_cast_checked('user_logging_id', 'string', '__ok_user_logging_id') }} as "user_logging_id",
    {{ medi_cast_checked('logging_user_name', 'string', '__ok_logging_user_name') }} as "logging_user_name",
    {{ medi_cast_checked('billing_ref_id', 'integer', '__ok_billing_ref_id') }} as "billing_ref_id",
    {{ medi_cast_checked('billing_referral_id', 'integer', '__ok_billing_referral_id') }} as "billing_referral_id",
    {{ medi_cast_checked('permanent_address_latitude', 'decimal', '__ok_permanent_address_latitude') }} as "permanent_address_latitude",
    {{ medi_cast_checked('permanent_address_longitude', 'decimal', '__ok_permanent_address_longitude') }} as "permanent_address_longitude",
    {{ medi_cast_checked('practice_id', 'integer', '__ok_practice_id') }} as "practice_id",
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
        'InvoiceDetailID', "__raw_invoice_detail_id",
        'InvoiceTransactionID', "__raw_invoice_transaction_id",
        'MasterServiceSubServiceID', "__raw_master_service_sub_service_id",
        'AppointmentServiceID', "__raw_appointment_service_id",
        'Comments', "__raw_comments",
        'Quantity', "__raw_quantity",
        'ClaimAmount', "__raw_claim_amount",
        'CoPayment', "__raw_co_payment",
        'GrossClaimAmount', "__raw_gross_claim_amount",
        'GrossCoPayment', "__raw_gross_co_payment",
        'IsBillingAmount', "__raw_is_billing_amount",
        'FunderID', "__raw_funder_id",
        'FunderName', "__raw_funder_name",
        'ContractServiceID', "__raw_contract_service_id",
        'ContractServiceName', "__raw_contract_service_name",
        'IsFunded', "__raw_is_funded",
        'SubmissionStatus', "__raw_submission_status",
        'CaseNo', "__raw_case_no",
        'SequenceNo', "__raw_sequence_no",
        'BillingClaimStatusID', "__raw_billing_claim_status_id",
        'MasterServiceName', "__raw_master_service_name",
        'MasterServiceCode', "__raw_master_service_code",
        'MasterServiceDescription', "__raw_master_service_description",
        'ServiceName', "__raw_service_name",
        'Description', "__raw_description",
        'Code', "__raw_code",
        'FeeCode', "__raw_fee_code",
        'ServiceCode', "__raw_service_code",
        'SubServiceDescription', "__raw_sub_service_description",
        'Duration', "__raw_duration",
        'IsCommonService', "__raw_is_common_service",
        'ServiceCodeForClaim', "__raw_service_code_for_claim",
        'IsActive', "__raw_is_active",
        'IsDeleted', "__raw_is_deleted",
        'InsertedByID', "__raw_inserted_by_id",
        'UpdatedByID', "__raw_updated_by_id",
        'InsertedBy', "__raw_inserted_by",
        'UpdatedBy', "__raw_updated_by",
        'InsertedAt', "__raw_inserted_at",
        'UpdatedAt', "__raw_updated_at"
      )
      || jsonb_build_object(
        'UserLoggingID', "__raw_user_logging_id",
        'LoggingUserName', "__raw_logging_user_name",
        'BillingRefID', "__raw_billing_ref_id",
        'BillingReferralID', "__raw_billing_referral_id",
        'PermanentAddressLatitude', "__raw_permanent_address_latitude",
        'PermanentAddressLongitude', "__raw_permanent_address_longitude",
        'PracticeID', "__raw_practice_id",
        'PerOrgID', "__raw_per_org_id",
        'LoadedDateTime', "__raw_loaded_date_time"
      )
  end as source_row,
  case when __has_error then jsonb_strip_nulls(
    jsonb_build_object(
        'invoice_detail_id', {{ medi_error_checked('invoice_detail_id', 'integer', '__ok_invoice_detail_id', required=true, domain=none) }},
        'invoice_transaction_id', {{ medi_error_checked('invoice_transaction_id', 'integer', '__ok_invoice_transaction_id', required=false, domain=none) }},
        'master_service_sub_service_id', {{ medi_error_checked('master_service_sub_service_id', 'integer', '__ok_master_service_sub_service_id', required=false, domain=none) }},
        'appointment_service_id', {{ medi_error_checked('appointment_service_id', 'integer', '__ok_appointment_service_id', required=false, domain=none) }},
        'quantity', {{ medi_error_checked('quantity', 'decimal', '__ok_quantity', required=false, domain=none) }},
        'claim_amount', {{ medi_error_checked('claim_amount', 'decimal', '__ok_claim_amount', required=false, domain=none) }},
        'co_payment', {{ medi_error_checked('co_payment', 'decimal', '__ok_co_payment', required=false, domain=none) }},
        'gross_claim_amount', {{ medi_error_checked('gross_claim_amount', 'decimal', '__ok_gross_claim_amount', required=false, domain=none) }},
        'gross_co_payment', {{ medi_error_checked('gross_co_payment', 'decimal', '__ok_gross_co_payment', required=false, domain=none) }},
        'is_billing_amount', {{ medi_error_checked('is_billing_amount', 'boolean', '__ok_is_billing_amount', required=false, domain=none) }},
        'funder_id', {{ medi_error_checked('funder_id', 'integer', '__ok_funder_id', required=false, domain=none) }},
        'contract_service_id', {{ medi_error_checked('contract_service_id', 'integer', '__ok_contract_service_id', required=false, domain=none) }},
        'is_funded', {{ medi_error_checked('is_funded', 'boolean', '__ok_is_funded', required=false, domain=none) }},
        'sequence_no', {{ medi_error_checked('sequence_no', 'integer', '__ok_sequence_no', required=false, domain=none) }},
        'billing_claim_status_id', {{ medi_error_checked('billing_claim_status_id', 'integer', '__ok_billing_claim_status_id', required=false, domain=none) }},
        'is_common_service', {{ medi_error_checked('is_common_service', 'boolean', '__ok_is_common_service', required=false, domain=none) }},
        'is_active', {{ medi_error_checked('is_active', 'boolean', '__ok_is_active', required=false, domain=none) }},
        'is_deleted', {{ medi_error_checked('is_deleted', 'boolean', '__ok_is_deleted', required=false, domain=none) }},
        'inserted_by_id', {{ medi_error_checked('inserted_by_id', 'integer', '__ok_inserted_by_id', required=false, domain=none) }},
        'updated_by_id', {{ medi_error_checked('updated_by_id', 'integer', '__ok_updated_by_id', required=false, domain=none) }},
        'inserted_at', {{ medi_error_checked('inserted_at', 'timestamp', '__ok_inserted_at', required=false, domain=none) }},
        'updated_at', {{ medi_error_checked('updated_at', 'timestamp', '__ok_updated_at', required=false, domain=none) }},
        'billing_ref_id', {{ medi_error_checked('billing_ref_id', 'integer', '__ok_billing_ref_id', required=false, domain=none) }},
        'billing_referral_id', {{ medi_error_checked('billing_referral_id', 'integer', '__ok_billing_referral_id', required=false, domain=none) }},
        'permanent_address_latitude', {{ medi_error_checked('permanent_address_latitude', 'decimal', '__ok_permanent_address_latitude', required=false, domain=none) }},
        'permanent_address_longitude', {{ medi_error_checked('permanent_address_longitude', 'decimal', '__ok_permanent_address_longitude', required=false, domain=none) }},
        'practice_id', {{ medi_error_checked('practice_id', 'integer', '__ok_practice_id', required=true, domain=none) }},
        'per_org_id', {{ medi_error_checked('per_org_id', 'string', '__ok_per_org_id', required=true, domain=none) }},
        'loaded_date_time', {{ medi_error_checked('loaded_date_time', 'timestamp', '__ok_loaded_date_time', required=false, domain=none) }}
      )
  ) else '{}'::jsonb end as field_errors
from flagged
