-- generated from contracts/odoo/deleted_records.yaml by `npm run codegen`; do not edit
-- The newest version of each model, id: the latest received; _deleted_at says when the source deleted it.
{{ config(materialized='table', indexes=[{'columns': ['model', 'id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_odoo', 'odoo_deleted_records', {"model":"text","stream":"text","id":"bigint","deleted_at":"timestamptz","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*, row_number() over (partition by "model", "id" order by _sdc_received_at desc, _sdc_sequence desc) as version_rank
  from source
)

select
  "model"::text as "model",
  "stream"::text as "stream",
  "id"::bigint as "id",
  "deleted_at"::timestamptz as "deleted_at",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  _sdc_deleted_at as _deleted_at
from ranked
where version_rank = 1
