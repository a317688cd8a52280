-- generated from contracts/apn/benefit_allocations.yaml by `npm run codegen`; do not edit
-- The newest version of each id, catalog: the latest received; _deleted_at says when the source deleted it.
{{ config(materialized='table', indexes=[{'columns': ['id', 'catalog'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_apn', 'apn_benefit_allocations', {"catalog":"text","id":"text","arn":"text","name":"text","description":"text","status":"text","status_reason":"text","benefit_application_id":"text","benefit_id":"text","fulfillment_type":"text","applicable_benefit_ids":"jsonb","fulfillment_detail":"jsonb","disbursed_amount":"numeric","consumable_allocated_amount":"numeric","consumable_remaining_amount":"numeric","consumable_utilized_amount":"numeric","credit_allocated_amount":"numeric","credit_issued_amount":"numeric","credit_codes":"jsonb","access_description":"text","created_at":"timestamptz","updated_at":"timestamptz","starts_at":"timestamptz","expires_at":"timestamptz","_sdc_deleted_at":"timestamptz"}) }}
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
  "description"::text as "description",
  "status"::text as "status",
  "status_reason"::text as "status_reason",
  "benefit_application_id"::text as "benefit_application_id",
  "benefit_id"::text as "benefit_id",
  "fulfillment_type"::text as "fulfillment_type",
  "applicable_benefit_ids"::jsonb as "applicable_benefit_ids",
  "fulfillment_detail"::jsonb as "fulfillment_detail",
  "disbursed_amount"::numeric as "disbursed_amount",
  "consumable_allocated_amount"::numeric as "consumable_allocated_amount",
  "consumable_remaining_amount"::numeric as "consumable_remaining_amount",
  "consumable_utilized_amount"::numeric as "consumable_utilized_amount",
  "credit_allocated_amount"::numeric as "credit_allocated_amount",
  "credit_issued_amount"::numeric as "credit_issued_amount",
  "credit_codes"::jsonb as "credit_codes",
  "access_description"::text as "access_description",
  "created_at"::timestamptz as "created_at",
  "updated_at"::timestamptz as "updated_at",
  "starts_at"::timestamptz as "starts_at",
  "expires_at"::timestamptz as "expires_at",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  _sdc_deleted_at as _deleted_at
from ranked
where version_rank = 1
