-- generated from contracts/apn/export_claim_payments.yaml by `npm run codegen`; do not edit
-- Rows that failed a contract check: the row as landed and a JSON object of field → reason.
{{ config(materialized='table') }}

select
  source_uri,
  source_version_id,
  source_file_hash,
  source_row_number,
  date_extracted,
  load_run_id,
  loaded_at,
  source_row,
  field_errors,
  null::text as per_org_id
from {{ ref('stg_apn__export_claim_payments__checked') }}
where field_errors <> '{}'::jsonb

