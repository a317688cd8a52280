-- generated from contracts/apn/benefit_applications.yaml by `npm run codegen`; do not edit
-- The newest version of each id, catalog: the latest received; _deleted_at says when the source deleted it.
{{ config(materialized='table', indexes=[{'columns': ['id', 'catalog'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_apn', 'apn_benefit_applications', {"catalog":"text","id":"text","arn":"text","name":"text","description":"text","benefit_id":"text","programs":"jsonb","fulfillment_types":"jsonb","status":"text","stage":"text","status_reason":"text","status_reason_code":"text","status_reason_codes":"jsonb","created_at":"timestamptz","updated_at":"timestamptz","revision":"text","benefit_application_details":"jsonb","associated_resources":"jsonb","partner_contacts":"jsonb","file_details":"jsonb","_sdc_deleted_at":"timestamptz"}) }}
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
  "benefit_id"::text as "benefit_id",
  "programs"::jsonb as "programs",
  "fulfillment_types"::jsonb as "fulfillment_types",
  "status"::text as "status",
  "stage"::text as "stage",
  "status_reason"::text as "status_reason",
  "status_reason_code"::text as "status_reason_code",
  "status_reason_codes"::jsonb as "status_reason_codes",
  "created_at"::timestamptz as "created_at",
  "updated_at"::timestamptz as "updated_at",
  "revision"::text as "revision",
  "benefit_application_details"::jsonb as "benefit_application_details",
  "associated_resources"::jsonb as "associated_resources",
  "partner_contacts"::jsonb as "partner_contacts",
  "file_details"::jsonb as "file_details",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  _sdc_deleted_at as _deleted_at
from ranked
where version_rank = 1
