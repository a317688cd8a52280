-- generated from contracts/apn/export_funding_request_history.yaml by `npm run codegen`; do not edit
-- Every raw row once, with typed values and field_errors ('{}' when the row is valid). Each column is checked
-- once; the reasons and the row as landed are only assembled for rows that fail. Timestamps are read in the
-- source's zone, set for this model's transaction (medi_source_zone).
{{ config(materialized='incremental', incremental_strategy='append', on_schema_change='fail', pre_hook=['{{ medi_source_zone() }}', '{{ medi_since_set() }}', '{{ medi_checked_forget() }}', '{{ medi_checked_stats() }}'], post_hook="{{ medi_checked_sign('598150a301061d30') }}", indexes=[{'columns': ['load_run_id', 'coalesce(source_row_number, 0)']}, {'columns': ['typed_at']}, {'columns': ['fund_request_id', 'changed_at']}]) }}
{{ medi_checked_guard('598150a301061d30') }}

with source as (
  select * from (
    {{ medi_source('raw_apn', 'apn_export_funding_request_history', ["Fund Request ID","Changed At","Status","Stage","Changed By","Comment","Requested Amount","Currency"], ["_source_uri","_source_version_id","_source_file_hash","_source_row_number","_source_date_extracted"]) }}
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
    nullif(btrim(source."Fund Request ID", E' \t\r\n'), '') as "fund_request_id",
    nullif(btrim(source."Changed At", E' \t\r\n'), '') as "changed_at",
    nullif(btrim(source."Status", E' \t\r\n'), '') as "status",
    nullif(btrim(source."Stage", E' \t\r\n'), '') as "stage",
    nullif(btrim(source."Changed By", E' \t\r\n'), '') as "changed_by",
    nullif(btrim(source."Comment", E' \t\r\n'), '') as "comment",
    nullif(btrim(source."Requested Amount", E' \t\r\n'), '') as "requested_amount",
    nullif(btrim(source."Currency", E' \t\r\n'), '') as "currency",
    source."Fund Request ID" as "__raw_fund_request_id",
    source."Changed At" as "__raw_changed_at",
    source."Status" as "__raw_status",
    source."Stage" as "__raw_stage",
    source."Changed By" as "__raw_changed_by",
    source."Comment" as "__raw_comment",
    source."Requested Amount" as "__raw_requested_amount",
    source."Currency" as "__raw_currency",
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
      {{ medi_valid('fund_request_id', 'string') }} as "__ok_fund_request_id",
      {{ medi_valid('changed_at', 'string') }} as "__ok_changed_at",
      {{ medi_valid('status', 'string') }} as "__ok_status",
      {{ medi_valid('stage', 'string') }} as "__ok_stage",
      {{ medi_valid('changed_by', 'string') }} as "__ok_changed_by",
      {{ medi_valid('comment', 'string') }} as "__ok_comment",
      {{ medi_valid('requested_amount', 'decimal') }} as "__ok_requested_amount",
      {{ medi_valid('currency', 'string') }} as "__ok_currency"
    from renamed
    offset 0
  ) checked
),

flagged as (
  select
    validated.*,
    ("fund_request_id" is null or not "__ok_fund_request_id"
      or "changed_at" is null or not "__ok_changed_at"
      or "status" is null or not "__ok_status"
      or not "__ok_stage"
      or not "__ok_changed_by"
      or not "__ok_comment"
      or not "__ok_requested_amount"
      or not "__ok_currency") as __has_error
  from validated
)

select
    {{ medi_cast_checked('fund_request_id', 'string', '__ok_fund_request_id') }} as "fund_request_id",
    {{ medi_cast_checked('changed_at', 'string', '__ok_changed_at') }} as "changed_at",
    {{ medi_cast_checked('status', 'string', '__ok_status') }} as "status",
    {{ medi_cast_checked('stage', 'string', '__ok_stage') }} as "stage",
    {{ medi_cast_checked('changed_by', 'string', '__ok_changed_by') }} as "changed_by",
    {{ medi_cast_checked('comment', 'string', '__ok_comment') }} as "comment",
    {{ medi_cast_checked('requested_amount', 'decimal', '__ok_requested_amount') }} as "requested_amount",
    {{ medi_cast_checked('currency', 'string', '__ok_currency') }} as "currency",
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
        'Fund Request ID', "__raw_fund_request_id",
        'Changed At', "__raw_changed_at",
        'Status', "__raw_status",
        'Stage', "__raw_stage",
        'Changed By', "__raw_changed_by",
        'Comment', "__raw_comment",
        'Requested Amount', "__raw_requested_amount",
        'Currency', "__raw_currency"
      )
  end as source_row,
  case when __has_error then jsonb_strip_nulls(
    jsonb_build_object(
        'fund_request_id', {{ medi_error_checked('fund_request_id', 'string', '__ok_fund_request_id', required=true, domain=none) }},
        'changed_at', {{ medi_error_checked('changed_at', 'string', '__ok_changed_at', required=true, domain=none) }},
        'status', {{ medi_error_checked('status', 'string', '__ok_status', required=true, domain=none) }},
        'requested_amount', {{ medi_error_checked('requested_amount', 'decimal', '__ok_requested_amount', required=false, domain=none) }}
      )
  ) else '{}'::jsonb end as field_errors
from flagged
