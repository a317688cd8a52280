-- generated from contracts/hims/deleted_resources.yaml by `npm run codegen`; do not edit
-- The newest version of each resource_type, id, version_id: the latest received; _deleted_at says when the source deleted it.
{{ config(materialized='table', indexes=[{'columns': ['resource_type', 'id', 'version_id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_hims', 'hims_deleted_resources', {"resource_type":"text","id":"text","version_id":"text","deleted_at":"timestamptz","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  row_number() over (partition by "resource_type", "id", "version_id" order by _sdc_received_at desc, _sdc_sequence desc) as version_rank
  from source
)

select
  "resource_type"::text as "resource_type",
  "id"::text as "id",
  "version_id"::text as "version_id",
  "deleted_at"::timestamptz as "deleted_at",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  _sdc_deleted_at as _deleted_at
from ranked
where version_rank = 1
