-- generated from contracts/apn/api_calls.yaml by `npm run codegen`; do not edit
-- The newest version of each run_started_at, catalog, operation: the latest received; _deleted_at says when the source deleted it.
{{ config(materialized='table', indexes=[{'columns': ['run_started_at', 'catalog', 'operation'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_apn', 'apn_api_calls', {"run_started_at":"timestamptz","catalog":"text","operation":"text","calls":"bigint","throttled":"bigint","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  row_number() over (partition by "run_started_at", "catalog", "operation" order by _sdc_received_at desc, _sdc_sequence desc) as version_rank
  from source
)

select
  "run_started_at"::timestamptz as "run_started_at",
  "catalog"::text as "catalog",
  "operation"::text as "operation",
  "calls"::bigint as "calls",
  "throttled"::bigint as "throttled",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  _sdc_deleted_at as _deleted_at
from ranked
where version_rank = 1
