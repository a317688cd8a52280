-- generated from contracts/apn/export_funding_claims.yaml by `npm run codegen`; do not edit
-- Every raw row once, with typed values and field_errors ('{}' when the row is valid). Each column is checked
-- once; the reasons and the row as landed are only assembled for rows that fail. Timestamps are read in the
-- source's zone, set for this model's transaction (medi_source_zone).
{{ config(materialized='incremental', incremental_strategy='append', on_schema_change='fail', pre_hook=['{{ medi_source_zone() }}', '{{ medi_since_set() }}', '{{ medi_checked_forget() }}', '{{ medi_checked_stats() }}'], post_hook="{{ medi_checked_sign('68884f317583bca2') }}", indexes=[{'columns': ['load_run_id', 'coalesce(source_row_number, 0)']}, {'columns': ['typed_at']}, {'columns': ['claim_id']}]) }}
{{ medi_checked_guard('68884f317583bca2') }}

with source as (
  select * from (
    {{ medi_source('raw_apn', 'apn_export_funding_claims', ["Claim ID","Fund Request ID","Program","Claim Status","Claim Amount","Currency","Submitted Date","Approved Date","Activity Name","Opportunity ID","AWS Account ID","Proof of Execution","Last Modified Date"], ["_source_uri","_source_version_id","_source_file_hash","_source_row_number","_source_date_extracted"]) }}
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
    nullif(btrim(source."Claim ID", E' \t\r\n'), '') as "claim_id",
    nullif(btrim(source."Fund Request ID", E' \t\r\n'), '') as "fund_request_id",
    nullif(btrim(source."Program", E' \t\r\n'), '') as "program",
    nullif(btrim(source."Claim Status", E' \t\r\n'), '') as "claim_status",
    nullif(btrim(source."Claim Amount", E' \t\r\n'), '') as "claim_amount",
    nullif(btrim(source."Currency", E' \t\r\n'), '') as "currency",
    nullif(btrim(source."Submitted Date", E' \t\r\n'), '') as "submitted_date",
    nullif(btrim(source."Approved Date", E' \t\r\n'), '') as "approved_date",
    nullif(btrim(source."Activity Name", E' \t\r\n'), '') as "activity_name",
    nullif(btrim(source."Opportunity ID", E' \t\r\n'), '') as "opportunity_id",
    nullif(btrim(source."AWS Account ID", E' \t\r\n'), '') as "aws_account_id",
    nullif(btrim(source."Proof of Execution", E' \t\r\n'), '') as "proof_of_execution",
    nullif(btrim(source."Last Modified Date", E' \t\r\n'), '') as "last_modified_date",
    source."Claim ID" as "__raw_claim_id",
    source."Fund Request ID" as "__raw_fund_request_id",
    source."Program" as "__raw_program",
    source."Claim Status" as "__raw_claim_status",
    source."Claim Amount" as "__raw_claim_amount",
    source."Currency" as "__raw_currency",
    source."Submitted Date" as "__raw_submitted_date",
    source."Approved Date" as "__raw_approved_date",
    source."Activity Name" as "__raw_activity_name",
    source."Opportunity ID" as "__raw_opportunity_id",
    source."AWS Account ID" as "__raw_aws_account_id",
    source."Proof of Execution" as "__raw_proof_of_execution",
    source."Last Modified Date" as "__raw_last_modified_date",
    _source_uri as source_uri,
    _source_version_id as source_version_id,
    _source_file_hash as source_file_hash,
    _source_row_number as source_row_number,
    _source_date_extracted as date_extracted,
    _sdc_load_run_id as load_run_id,
    _sdc_batched_at as loaded_at
  from source
),

renamed as (
  -- OFFSET 0 here too: folded into the checks, each trimmed value was recomputed at every use (a date
  -- check uses its value ~9 times), which cost ~20% of this model
  select * from trimmed
  offset 0
),

validated as (
  -- OFFSET 0 keeps this subquery from being folded into its users, so each check runs once per row
  select * from (
    select
      renamed.*,
      {{ medi_valid('claim_id', 'string') }} as "__ok_claim_id",
      {{ medi_valid('fund_request_id', 'string') }} as "__ok_fund_request_id",
      {{ medi_valid('program', 'string') }} as "__ok_program",
      {{ medi_valid('claim_status', 'string') }} as "__ok_claim_status",
      {{ medi_valid('claim_amount', 'decimal') }} as "__ok_claim_amount",
      {{ medi_valid('currency', 'string') }} as "__ok_currency",
      {{ medi_valid('submitted_date', 'date') }} as "__ok_submitted_date",
      {{ medi_valid('approved_date', 'date') }} as "__ok_approved_date",
      {{ medi_valid('activity_name', 'string') }} as "__ok_activity_name",
      {{ medi_valid('opportunity_id', 'string') }} as "__ok_opportunity_id",
      {{ medi_valid('aws_account_id', 'string') }} as "__ok_aws_account_id",
      {{ medi_valid('proof_of_execution', 'string') }} as "__ok_proof_of_execution",
      {{ medi_valid('last_modified_date', 'string') }} as "__ok_last_modified_date"
    from renamed
    offset 0
  ) checked
),

flagged as (
  select
    validated.*,
    ("claim_id" is null or not "__ok_claim_id"
      or "fund_request_id" is null or not "__ok_fund_request_id"
      or not "__ok_program"
      or "claim_status" is null or not "__ok_claim_status"
      or not "__ok_claim_amount"
      or not "__ok_currency"
      or not "__ok_submitted_date"
      or not "__ok_approved_date"
      or not "__ok_activity_name"
      or not "__ok_opportunity_id"
      or not "__ok_aws_account_id"
      or not "__ok_proof_of_execution"
      or not "__ok_last_modified_date") as __has_error
  from validated
)

select
    {{ medi_cast_checked('claim_id', 'string', '__ok_claim_id') }} as "claim_id",
    {{ medi_cast_checked('fund_request_id', 'string', '__ok_fund_request_id') }} as "fund_request_id",
    {{ medi_cast_checked('program', 'string', '__ok_program') }} as "program",
    {{ medi_cast_checked('claim_status', 'string', '__ok_claim_status') }} as "claim_status",
    {{ medi_cast_checked('claim_amount', 'decimal', '__ok_claim_amount') }} as "claim_amount",
    {{ medi_cast_checked('currency', 'string', '__ok_currency') }} as "currency",
    {{ medi_cast_checked('submitted_date', 'date', '__ok_submitted_date') }} as "submitted_date",
    {{ medi_cast_checked('approved_date', 'date', '__ok_approved_date') }} as "approved_date",
    {{ medi_cast_checked('activity_name', 'string', '__ok_activity_name') }} as "activity_name",
    {{ medi_cast_checked('opportunity_id', 'string', '__ok_opportunity_id') }} as "opportunity_id",
    {{ medi_cast_checked('aws_account_id', 'string', '__ok_aws_account_id') }} as "aws_account_id",
    {{ medi_cast_checked('proof_of_execution', 'string', '__ok_proof_of_execution') }} as "proof_of_execution",
    {{ medi_cast_checked('last_modified_date', 'string', '__ok_last_modified_date') }} as "last_modified_date",
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
        'Claim ID', "__raw_claim_id",
        'Fund Request ID', "__raw_fund_request_id",
        'Program', "__raw_program",
        'Claim Status', "__raw_claim_status",
        'Claim Amount', "__raw_claim_amount",
        'Currency', "__raw_currency",
        'Submitted Date', "__raw_submitted_date",
        'Approved Date', "__raw_approved_date",
        'Activity Name', "__raw_activity_name",
        'Opportunity ID', "__raw_opportunity_id",
        'AWS Account ID', "__raw_aws_account_id",
        'Proof of Execution', "__raw_proof_of_execution",
        'Last Modified Date', "__raw_last_modified_date"
      )
  end as source_row,
  case when __has_error then jsonb_strip_nulls(
    jsonb_build_object(
        'claim_id', {{ medi_error_checked('claim_id', 'string', '__ok_claim_id', required=true, domain=none) }},
        'fund_request_id', {{ medi_error_checked('fund_request_id', 'string', '__ok_fund_request_id', required=true, domain=none) }},
        'claim_status', {{ medi_error_checked('claim_status', 'string', '__ok_claim_status', required=true, domain=none) }},
        'claim_amount', {{ medi_error_checked('claim_amount', 'decimal', '__ok_claim_amount', required=false, domain=none) }},
        'submitted_date', {{ medi_error_checked('submitted_date', 'date', '__ok_submitted_date', required=false, domain=none) }},
        'approved_date', {{ medi_error_checked('approved_date', 'date', '__ok_approved_date', required=false, domain=none) }}
      )
  ) else '{}'::jsonb end as field_errors
from flagged
