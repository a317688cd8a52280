-- generated from contracts/apn/engagements.yaml by `npm run codegen`; do not edit
-- The newest version of each id, catalog: the latest received; _deleted_at says when the source deleted it.
{{ config(materialized='table', indexes=[{'columns': ['id', 'catalog'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_apn', 'apn_engagements', {"catalog":"text","id":"text","arn":"text","title":"text","created_at":"timestamptz","created_by":"text","modified_at":"timestamptz","modified_by":"text","member_count":"bigint","context_types":"jsonb","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  row_number() over (partition by "id", "catalog" order by _sdc_received_at desc, _sdc_sequence desc) as version_rank
  from source
)

select
  "catalog"::text as "catalog",
  "id"::text as "id",
  "arn"::text as "arn",
  "title"::text as "title",
  "created_at"::timestamptz as "created_at",
  "created_by"::text as "created_by",
  "modified_at"::timestamptz as "modified_at",
  "modified_by"::text as "modified_by",
  "member_count"::bigint as "member_count",
  "context_types"::jsonb as "context_types",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  _sdc_deleted_at as _deleted_at
from ranked
where version_rank = 1
