-- generated from contracts/apn/export_claim_payments.yaml by `npm run codegen`; do not edit
-- Rows that failed a contract check: the row as landed and a JSON object of field → reason.
{{ config(materialized='incremental', incremental_strategy='append', on_schema_change='fail', indexes=[{'columns': ['load_run_id', 'coalesce(source_row_number, 0)']}], pre_hook=['{{ medi_since_set() }}', '{{ medi_rejects_forget() }}'], post_hook=["{{ medi_mark_set('stg_apn__export_claim_payments__rejects', ref('stg_apn__export_claim_payments__checked')) }}"]) }}

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
from {{ ref('stg_apn__export_claim_payments__checked') }} typed
where field_errors <> '{}'::jsonb{% if is_incremental() %} and {{ medi_typed_since(own_typed_at=false) }}
  and not exists (
    select 1 from {{ this }} r
    where r.load_run_id = typed.load_run_id and coalesce(r.source_row_number, 0) = coalesce(typed.source_row_number, 0)
      and r.source_uri is not distinct from typed.source_uri and r.source_version_id is not distinct from typed.source_version_id
      and r.source_file_hash is not distinct from typed.source_file_hash
  ){% endif %}

