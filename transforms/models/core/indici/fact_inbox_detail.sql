-- generated from contracts/indici/inbox_detail.yaml by `npm run codegen`; do not edit
-- One row per natural key (inbox_folder_item_inline_id, practice_id, per_org_id): the newest staged version.
{{ config(materialized='table', indexes=[{'columns': ['inbox_folder_item_inline_id', 'practice_id', 'per_org_id'], 'unique': true}]) }}

select
  md5(concat_ws('|', "inbox_folder_item_inline_id", "practice_id", "per_org_id")) as inbox_detail_sk,
  "inbox_folder_item_inline_id",
  "inbox_folder_item_id",
  "patient_id",
  "practice_id",
  "practice_name",
  "prompt",
  "result",
  "abnorm",
  "unit",
  "result_code",
  "reference_ranges",
  "line_number",
  "inserted_at",
  "is_confidential",
  "show_on_portal",
  "is_active",
  "is_deleted",
  "per_org_id",
  "loaded_date_time",
  (to_timestamp('20' || date_extracted, 'YYYYMMDDHH24MI')::timestamp at time zone '{{ var("source_time_zone") }}') as extracted_at,
  source_version_id,
  source_file_hash,
  date_extracted,
  load_run_id
from {{ ref('stg_indici__inbox_detail') }}
