-- generated from contracts/odoo/c_aws_accounts.yaml by `npm run codegen`; do not edit
-- The newest version of each id: the highest write_date, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_odoo', 'odoo_c_aws_accounts', {"id":"bigint","create_uid":"bigint","create_uid_name":"text","create_date":"timestamptz","write_uid":"bigint","write_uid_name":"text","write_date":"timestamptz","message_follower_ids":"jsonb","message_ids":"jsonb","rating_ids":"jsonb","website_message_ids":"jsonb","activity_ids":"jsonb","name":"text","account_id":"text","partner_id":"bigint","partner_id_name":"text","company_id":"bigint","company_id_name":"text","user_id":"bigint","user_id_name":"text","payer_id":"bigint","payer_id_name":"text","is_payer":"boolean","billable":"boolean","environment":"text","root_email":"text","support_plan":"text","organization_id":"text","region":"text","spp_discount":"numeric","state":"text","date_joined":"date","notes":"text","active":"boolean","currency_id":"bigint","currency_id_name":"text","monthly_spend":"numeric","lead_ids":"jsonb","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  -- a tombstone has no cursor value: the key's values are those of its newest version, and it is deleted when a
  -- tombstone arrived no earlier than that version (the versions a tombstone names were read before it)
  row_number() over (partition by "id" order by (_sdc_deleted_at is not null and "write_date" is null), "write_date" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank,
  max(_sdc_received_at) filter (where _sdc_deleted_at is not null and "write_date" is null) over (partition by "id") as _tombstone_received_at,
  max(_sdc_deleted_at) filter (where _sdc_deleted_at is not null and "write_date" is null) over (partition by "id") as _tombstone_deleted_at
  from source
)

select
  "id"::bigint as "id",
  "create_uid"::bigint as "create_uid",
  "create_uid_name"::text as "create_uid_name",
  "create_date"::timestamptz as "create_date",
  "write_uid"::bigint as "write_uid",
  "write_uid_name"::text as "write_uid_name",
  "write_date"::timestamptz as "write_date",
  "message_follower_ids"::jsonb as "message_follower_ids",
  "message_ids"::jsonb as "message_ids",
  "rating_ids"::jsonb as "rating_ids",
  "website_message_ids"::jsonb as "website_message_ids",
  "activity_ids"::jsonb as "activity_ids",
  "name"::text as "name",
  "account_id"::text as "account_id",
  "partner_id"::bigint as "partner_id",
  "partner_id_name"::text as "partner_id_name",
  "company_id"::bigint as "company_id",
  "company_id_name"::text as "company_id_name",
  "user_id"::bigint as "user_id",
  "user_id_name"::text as "user_id_name",
  "payer_id"::bigint as "payer_id",
  "payer_id_name"::text as "payer_id_name",
  "is_payer"::boolean as "is_payer",
  "billable"::boolean as "billable",
  "environment"::text as "environment",
  "root_email"::text as "root_email",
  "support_plan"::text as "support_plan",
  "organization_id"::text as "organization_id",
  "region"::text as "region",
  "spp_discount"::numeric as "spp_discount",
  "state"::text as "state",
  "date_joined"::date as "date_joined",
  "notes"::text as "notes",
  "active"::boolean as "active",
  "currency_id"::bigint as "currency_id",
  "currency_id_name"::text as "currency_id_name",
  "monthly_spend"::numeric as "monthly_spend",
  "lead_ids"::jsonb as "lead_ids",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
