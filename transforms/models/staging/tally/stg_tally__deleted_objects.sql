-- generated from contracts/tally/deleted_objects.yaml by `npm run codegen`; do not edit
-- The newest version of each company, object_type, master_id: the latest received; _deleted_at says when the source deleted it.
{{ config(materialized='table', indexes=[{'columns': ['company', 'object_type', 'master_id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_tally', 'tally_deleted_objects', {"company":"text","object_type":"text","master_id":"bigint","detected_at":"timestamptz","books_counter":"bigint","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  row_number() over (partition by "company", "object_type", "master_id" order by _sdc_received_at desc, _sdc_sequence desc) as version_rank
  from source
)

select
  "company"::text as "company",
  "object_type"::text as "object_type",
  "master_id"::bigint as "master_id",
  "detected_at"::timestamptz as "detected_at",
  "books_counter"::bigint as "books_counter",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  _sdc_deleted_at as _deleted_at
from ranked
where version_rank = 1
