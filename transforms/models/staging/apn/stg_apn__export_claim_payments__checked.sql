-- generated from contracts/apn/export_claim_payments.yaml by `npm run codegen`; do not edit
-- Every raw row once, with typed values and field_errors ('{}' when the row is valid). Each column is checked
-- once; the reasons and the row as landed are only assembled for rows that fail. Timestamps are read in the
-- source's zone, set for this model's transaction (medi_source_zone).
{{ config(materialized='incremental', incremental_strategy='append', on_schema_change='fail', pre_hook=['{{ medi_source_zone() }}', '{{ medi_since_set() }}', '{{ medi_checked_forget() }}', '{{ medi_checked_stats() }}'], post_hook="{{ medi_checked_sign('1d9b1b73c170fa02') }}", indexes=[{'columns': ['load_run_id', 'coalesce(source_row_number, 0)']}, {'columns': ['typed_at']}, {'columns': ['payment_id']}]) }}
{{ medi_checked_guard('1d9b1b73c170fa02') }}

with source as (
  select * from (
    {{ medi_source('raw_apn', 'apn_export_claim_payments', ["Payment ID","Claim ID","Payment Status","Payment Amount","Currency","Payment Date","Invoice Number","PO Number"], ["_source_uri","_source_version_id","_source_file_hash","_source_row_number","_source_date_extracted"]) }}
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
    nullif(btrim(source."Payment ID", E' \t\r\n'), '') as "payment_id",
    nullif(btrim(source."Claim ID", E' \t\r\n'), '') as "claim_id",
    nullif(btrim(source."Payment Status", E' \t\r\n'), '') as "payment_status",
    nullif(btrim(source."Payment Amount", E' \t\r\n'), '') as "payment_amount",
    nullif(btrim(source."Currency", E' \t\r\n'), '') as "currency",
    nullif(btrim(source."Payment Date", E' \t\r\n'), '') as "payment_date",
    nullif(btrim(source."Invoice Number", E' \t\r\n'), '') as "invoice_number",
    nullif(btrim(source."PO Number", E' \t\r\n'), '') as "po_number",
    source."Payment ID" as "__raw_payment_id",
    source."Claim ID" as "__raw_claim_id",
    source."Payment Status" as "__raw_payment_status",
    source."Payment Amount" as "__raw_payment_amount",
    source."Currency" as "__raw_currency",
    source."Payment Date" as "__raw_payment_date",
    source."Invoice Number" as "__raw_invoice_number",
    source."PO Number" as "__raw_po_number",
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
      {{ medi_valid('payment_id', 'string') }} as "__ok_payment_id",
      {{ medi_valid('claim_id', 'string') }} as "__ok_claim_id",
      {{ medi_valid('payment_status', 'string') }} as "__ok_payment_status",
      {{ medi_valid('payment_amount', 'decimal') }} as "__ok_payment_amount",
      {{ medi_valid('currency', 'string') }} as "__ok_currency",
      {{ medi_valid('payment_date', 'date') }} as "__ok_payment_date",
      {{ medi_valid('invoice_number', 'string') }} as "__ok_invoice_number",
      {{ medi_valid('po_number', 'string') }} as "__ok_po_number"
    from renamed
    offset 0
  ) checked
),

flagged as (
  select
    validated.*,
    ("payment_id" is null or not "__ok_payment_id"
      or "claim_id" is null or not "__ok_claim_id"
      or "payment_status" is null or not "__ok_payment_status"
      or not "__ok_payment_amount"
      or not "__ok_currency"
      or not "__ok_payment_date"
      or not "__ok_invoice_number"
      or not "__ok_po_number") as __has_error
  from validated
)

select
    {{ medi_cast_checked('payment_id', 'string', '__ok_payment_id') }} as "payment_id",
    {{ medi_cast_checked('claim_id', 'string', '__ok_claim_id') }} as "claim_id",
    {{ medi_cast_checked('payment_status', 'string', '__ok_payment_status') }} as "payment_status",
    {{ medi_cast_checked('payment_amount', 'decimal', '__ok_payment_amount') }} as "payment_amount",
    {{ medi_cast_checked('currency', 'string', '__ok_currency') }} as "currency",
    {{ medi_cast_checked('payment_date', 'date', '__ok_payment_date') }} as "payment_date",
    {{ medi_cast_checked('invoice_number', 'string', '__ok_invoice_number') }} as "invoice_number",
    {{ medi_cast_checked('po_number', 'string', '__ok_po_number') }} as "po_number",
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
        'Payment ID', "__raw_payment_id",
        'Claim ID', "__raw_claim_id",
        'Payment Status', "__raw_payment_status",
        'Payment Amount', "__raw_payment_amount",
        'Currency', "__raw_currency",
        'Payment Date', "__raw_payment_date",
        'Invoice Number', "__raw_invoice_number",
        'PO Number', "__raw_po_number"
      )
  end as source_row,
  case when __has_error then jsonb_strip_nulls(
    jsonb_build_object(
        'payment_id', {{ medi_error_checked('payment_id', 'string', '__ok_payment_id', required=true, domain=none) }},
        'claim_id', {{ medi_error_checked('claim_id', 'string', '__ok_claim_id', required=true, domain=none) }},
        'payment_status', {{ medi_error_checked('payment_status', 'string', '__ok_payment_status', required=true, domain=none) }},
        'payment_amount', {{ medi_error_checked('payment_amount', 'decimal', '__ok_payment_amount', required=false, domain=none) }},
        'payment_date', {{ medi_error_checked('payment_date', 'date', '__ok_payment_date', required=false, domain=none) }}
      )
  ) else '{}'::jsonb end as field_errors
from flagged
