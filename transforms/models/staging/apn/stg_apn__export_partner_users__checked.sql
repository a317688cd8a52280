-- generated from contracts/apn/export_partner_users.yaml by `npm run codegen`; do not edit
-- Every raw row once, with typed values and field_errors ('{}' when the row is valid). Each column is checked
-- once; the reasons and the row as landed are only assembled for rows that fail. Timestamps are read in the
-- source's zone, set for this model's transaction (medi_source_zone).
{{ config(materialized='incremental', incremental_strategy='append', on_schema_change='fail', pre_hook=['{{ medi_source_zone() }}', '{{ medi_since_set() }}', '{{ medi_checked_forget() }}', '{{ medi_checked_stats() }}'], post_hook="{{ medi_checked_sign('ddd4ce3503ea8afc') }}", indexes=[{'columns': ['load_run_id', 'coalesce(source_row_number, 0)']}, {'columns': ['typed_at']}, {'columns': ['user_id']}]) }}
{{ medi_checked_guard('ddd4ce3503ea8afc') }}

with source as (
  select * from (
    {{ medi_source('raw_apn', 'apn_export_partner_users', ["User ID","Email","First Name","Last Name","Role","Status","Last Login Date"], ["_source_uri","_source_version_id","_source_file_hash","_source_row_number","_source_date_extracted"]) }}
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
    nullif(btrim(source."User ID", E' \t\r\n'), '') as "user_id",
    nullif(btrim(source."Email", E' \t\r\n'), '') as "email",
    nullif(btrim(source."First Name", E' \t\r\n'), '') as "first_name",
    nullif(btrim(source."Last Name", E' \t\r\n'), '') as "last_name",
    nullif(btrim(source."Role", E' \t\r\n'), '') as "role",
    nullif(btrim(source."Status", E' \t\r\n'), '') as "status",
    nullif(btrim(source."Last Login Date", E' \t\r\n'), '') as "last_login_date",
    source."User ID" as "__raw_user_id",
    source."Email" as "__raw_email",
    source."First Name" as "__raw_first_name",
    source."Last Name" as "__raw_last_name",
    source."Role" as "__raw_role",
    source."Status" as "__raw_status",
    source."Last Login Date" as "__raw_last_login_date",
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
      {{ medi_valid('user_id', 'string') }} as "__ok_user_id",
      {{ medi_valid('email', 'string') }} as "__ok_email",
      {{ medi_valid('first_name', 'string') }} as "__ok_first_name",
      {{ medi_valid('last_name', 'string') }} as "__ok_last_name",
      {{ medi_valid('role', 'string') }} as "__ok_role",
      {{ medi_valid('status', 'string') }} as "__ok_status",
      {{ medi_valid('last_login_date', 'string') }} as "__ok_last_login_date"
    from renamed
    offset 0
  ) checked
),

flagged as (
  select
    validated.*,
    ("user_id" is null or not "__ok_user_id"
      or "email" is null or not "__ok_email"
      or not "__ok_first_name"
      or not "__ok_last_name"
      or not "__ok_role"
      or not "__ok_status"
      or not "__ok_last_login_date") as __has_error
  from validated
)

select
    {{ medi_cast_checked('user_id', 'string', '__ok_user_id') }} as "user_id",
    {{ medi_cast_checked('email', 'string', '__ok_email') }} as "email",
    {{ medi_cast_checked('first_name', 'string', '__ok_first_name') }} as "first_name",
    {{ medi_cast_checked('last_name', 'string', '__ok_last_name') }} as "last_name",
    {{ medi_cast_checked('role', 'string', '__ok_role') }} as "role",
    {{ medi_cast_checked('status', 'string', '__ok_status') }} as "status",
    {{ medi_cast_checked('last_login_date', 'string', '__ok_last_login_date') }} as "last_login_date",
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
        'User ID', "__raw_user_id",
        'Email', "__raw_email",
        'First Name', "__raw_first_name",
        'Last Name', "__raw_last_name",
        'Role', "__raw_role",
        'Status', "__raw_status",
        'Last Login Date', "__raw_last_login_date"
      )
  end as source_row,
  case when __has_error then jsonb_strip_nulls(
    jsonb_build_object(
        'user_id', {{ medi_error_checked('user_id', 'string', '__ok_user_id', required=true, domain=none) }},
        'email', {{ medi_error_checked('email', 'string', '__ok_email', required=true, domain=none) }}
      )
  ) else '{}'::jsonb end as field_errors
from flagged
