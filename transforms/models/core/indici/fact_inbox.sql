-- generated from contracts/indici/inbox.yaml by `npm run codegen`; do not edit
-- One row per natural key (inbox_folder_item_id, practice_id, per_org_id): the newest staged version. Incremental: a build
-- replaces only the keys that rows typed since its last build name (delete+insert on the key), each with its
-- newest valid version among all typed rows, chosen as staging chooses; so the table is what a full build
-- gives, backfills of older batches included, without ranking all history every night.
-- depends_on: {{ ref('stg_indici__inbox__checked') }}
{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key=['inbox_folder_item_id', 'practice_id', 'per_org_id'], on_schema_change='fail', indexes=[{'columns': ['inbox_folder_item_id', 'practice_id', 'per_org_id'], 'unique': true}], pre_hook=['{{ medi_since_set() }}'], post_hook=["{{ medi_mark_set('fact_inbox', ref('stg_indici__inbox__checked')) }}"]) }}

{% if is_incremental() %}
with touched as (
  select distinct "inbox_folder_item_id", "practice_id", "per_org_id" from {{ ref('stg_indici__inbox__checked') }}
  where field_errors = '{}'::jsonb and {{ medi_typed_since() }}
),

newest as (
  select * from (
    select *, row_number() over (partition by "inbox_folder_item_id", "practice_id", "per_org_id" order by date_extracted desc nulls last, regexp_replace(source_uri, '^.*/', '') desc, source_uri desc, loaded_at desc, source_file_hash desc, source_row_number desc) as version_rank
    from {{ ref('stg_indici__inbox__checked') }}
    where field_errors = '{}'::jsonb and ("inbox_folder_item_id", "practice_id", "per_org_id") in (select * from touched)
  ) ranked
  where version_rank = 1
)
{% else %}
with newest as (
  select * from {{ ref('stg_indici__inbox') }}
)
{% endif %}

select
  md5(concat_ws('|', "inbox_folder_item_id", "practice_id", "per_org_id")) as inbox_sk,
  "inbox_folder_item_id",
  "folder_id",
  "folder_name",
  "is_system_folder",
  "order_no",
  "item_type_id",
  "item_type",
  "patient_id",
  "provider_id",
  "practice_id",
  "patient_name",
  "provider",
  "practice_name",
  "from_org_id",
  "from_organization_name",
  "assign_to_id",
  "assign_to",
  "result_date",
  "message_subject_id",
  "message_subject",
  "comments",
  "mark_as_read",
  "is_confidential",
  "show_on_portal",
  "is_reviewed",
  "show_on_time_line",
  "is_active",
  "is_deleted",
  "inserted_by_id",
  "inserted_by",
  "updated_by_id",
  "updated_by",
  "inserted_at",
  "updated_at",
  "medtech_id",
  "dms_id",
  "is_repeat_rx",
  "is_replied_rx",
  "external_ref",
  "abnorm_result",
  "is_deactivated",
  "folder_group",
  "document_code",
  "is_gp2gp",
  "informat_id",
  "informat",
  "permanent_address_latitude",
  "permanent_address_longitude",
  "filed_at",
  "per_org_id",
  "loaded_date_time",
  (to_timestamp('20' || date_extracted || '+00', 'YYYYMMDDHH24MITZH') at time zone 'UTC' at time zone '{{ var("source_time_zone") }}') as extracted_at,
  source_version_id,
  source_file_hash,
  date_extracted,
  load_run_id,
  typed_at
from newest
