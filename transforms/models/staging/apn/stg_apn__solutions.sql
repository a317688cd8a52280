-- generated from contracts/apn/solutions.yaml by `npm run codegen`; do not edit
-- The newest version of each id, catalog: the latest received; _deleted_at says when the source deleted it.
{{ config(materialized='table', indexes=[{'columns': ['id', 'catalog'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_apn', 'apn_solutions', {"catalog":"text","id":"text","arn":"text","name":"text","status":"text","category":"text","created_date":"timestamptz","aws_marketplace_solution_arn":"text","_sdc_deleted_at":"timestamptz"}) }}
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
  "name"::text as "name",
  "status"::text as "status",
  "category"::text as "category",
  "created_date"::timestamptz as "created_date",
  "aws_marketplace_solution_arn"::text as "aws_marketplace_solution_arn",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  _sdc_deleted_at as _deleted_at
from ranked
where version_rank = 1
