-- generated from contracts/apn/engagement_invitations.yaml by `npm run codegen`; do not edit
-- The newest version of each id, catalog: the latest received; _deleted_at says when the source deleted it.
{{ config(materialized='table', indexes=[{'columns': ['id', 'catalog'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_apn', 'apn_engagement_invitations', {"catalog":"text","id":"text","arn":"text","payload_type":"text","engagement_id":"text","engagement_title":"text","status":"text","invitation_date":"timestamptz","expiration_date":"timestamptz","sender_aws_account_id":"text","sender_company_name":"text","receiver_aws_account_id":"text","receiver_alias":"text","participant_type":"text","_sdc_deleted_at":"timestamptz"}) }}
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
  "payload_type"::text as "payload_type",
  "engagement_id"::text as "engagement_id",
  "engagement_title"::text as "engagement_title",
  "status"::text as "status",
  "invitation_date"::timestamptz as "invitation_date",
  "expiration_date"::timestamptz as "expiration_date",
  "sender_aws_account_id"::text as "sender_aws_account_id",
  "sender_company_name"::text as "sender_company_name",
  "receiver_aws_account_id"::text as "receiver_aws_account_id",
  "receiver_alias"::text as "receiver_alias",
  "participant_type"::text as "participant_type",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  _sdc_deleted_at as _deleted_at
from ranked
where version_rank = 1
