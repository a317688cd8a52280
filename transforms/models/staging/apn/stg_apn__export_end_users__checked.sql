-- generated from contracts/apn/export_end_users.yaml by `npm run codegen`; do not edit
-- Every raw row once, with typed values and field_errors ('{}' when the row is valid). Each column is checked
-- once; the reasons and the row as landed are only assembled for rows that fail. Timestamps are read in the
-- source's zone, set for this model's transaction (medi_source_zone).
{{ config(materialized='incremental', incremental_strategy='append', on_schema_change='fail', pre_hook=['{{ medi_source_zone() }}', '{{ medi_since_set() }}', '{{ medi_checked_forget() }}', '{{ medi_checked_stats() }}'], post_hook="{{ medi_checked_sign('0460835e26c45f05') }}", indexes=[{'columns': ['load_run_id', 'coalesce(source_row_number, 0)']}, {'columns': ['typed_at']}, {'columns': ['end_user_id']}]) }}
{{ medi_checked_guard('0460835e26c45f05') }}

with source as (
  select * from (
    {{ medi_source('raw_apn', 'apn_export_end_users', ["End User ID","Company Name","Website","Country","Industry","AWS Account ID","Created Date"], ["_source_uri","_source_version_id","_source_file_hash","_source_row_number","_source_date_extracted"]) }}
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
    nullif(btrim(source."End User ID", E' \t\r\n'), '') as "end_user_id",
    nullif(btrim(source."Company Name", E' \t\r\n'), '') as "company_name",
    nullif(btrim(source."Website", E' \t\r\n'), '') as "website",
    nullif(btrim(source."Country", E' \t\r\n'), '') as "country",
    nullif(btrim(source."Industry", E' \t\r\n'), '') as "industry",
    nullif(btrim(source."AWS Account ID", E' \t\r\n'), '') as "aws_account_id",
    nullif(btrim(source."Created Date", E' \t\r\n'), '') as "created_date",
    source."End User ID" as "__raw_end_user_id",
    source."Company Name" as "__raw_company_name",
    source."Website" as "__raw_website",
    source."Country" as "__raw_country",
    source."Industry" as "__raw_industry",
    source."AWS Account ID" as "__raw_aws_account_id",
    source."Created Date" as "__raw_created_date",
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
      {{ medi_valid('end_user_id', 'string') }} as "__ok_end_user_id",
      {{ medi_valid('company_name', 'string') }} as "__ok_company_name",
      {{ medi_valid('website', 'string') }} as "__ok_website",
      {{ medi_valid('country', 'string') }} as "__ok_country",
      {{ medi_valid('industry', 'string') }} as "__ok_industry",
      {{ medi_valid('aws_account_id', 'string') }} as "__ok_aws_account_id",
      {{ medi_valid('created_date', 'date') }} as "__ok_created_date"
    from renamed
    offset 0
  ) checked
),

flagged as (
  select
    validated.*,
    ("end_user_id" is null or not "__ok_end_user_id"
      or "company_name" is null or not "__ok_company_name"
      or not "__ok_website"
      or not "__ok_country"
      or not "__ok_industry"
      or not "__ok_aws_account_id"
      or not "__ok_created_date") as __has_error
  from validated
)

select
    {{ medi_cast_checked('end_user_id', 'string', '__ok_end_user_id') }} as "end_user_id",
    {{ medi_cast_checked('company_name', 'string', '__ok_company_name') }} as "company_name",
    {{ medi_cast_checked('website', 'string', '__ok_website') }} as "website",
    {{ medi_cast_checked('country', 'string', '__ok_country') }} as "country",
    {{ medi_cast_checked('industry', 'string', '__ok_industry') }} as "industry",
    {{ medi_cast_checked('aws_account_id', 'string', '__ok_aws_account_id') }} as "aws_account_id",
    {{ medi_cast_checked('created_date', 'date', '__ok_created_date') }} as "created_date",
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
        'End User ID', "__raw_end_user_id",
        'Company Name', "__raw_company_name",
        'Website', "__raw_website",
        'Country', "__raw_country",
        'Industry', "__raw_industry",
        'AWS Account ID', "__raw_aws_account_id",
        'Created Date', "__raw_created_date"
      )
  end as source_row,
  case when __has_error then jsonb_strip_nulls(
    jsonb_build_object(
        'end_user_id', {{ medi_error_checked('end_user_id', 'string', '__ok_end_user_id', required=true, domain=none) }},
        'company_name', {{ medi_error_checked('company_name', 'string', '__ok_company_name', required=true, domain=none) }},
        'created_date', {{ medi_error_checked('created_date', 'date', '__ok_created_date', required=false, domain=none) }}
      )
  ) else '{}'::jsonb end as field_errors
from flagged
