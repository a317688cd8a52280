-- generated from contracts/odoo/c_aws_funding_request.yaml by `npm run codegen`; do not edit
-- The newest version of each id: the highest write_date, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_odoo', 'odoo_c_aws_funding_request', {"id":"bigint","create_uid":"bigint","create_uid_name":"text","create_date":"timestamptz","write_uid":"bigint","write_uid_name":"text","write_date":"timestamptz","name":"text","lead_id":"bigint","lead_id_name":"text","partner_id":"bigint","partner_id_name":"text","aws_account_id":"bigint","aws_account_id_name":"text","program":"text","state":"text","apn_funding_id":"text","currency_id":"bigint","currency_id_name":"text","amount_requested":"numeric","amount_approved":"numeric","amount_claimed":"numeric","date_submitted":"date","date_approved":"date","date_claim_due":"date","user_id":"bigint","user_id_name":"text","company_id":"bigint","company_id_name":"text","description":"text","active":"boolean","_sdc_deleted_at":"timestamptz"}) }}
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
  "name"::text as "name",
  "lead_id"::bigint as "lead_id",
  "lead_id_name"::text as "lead_id_name",
  "partner_id"::bigint as "partner_id",
  "partner_id_name"::text as "partner_id_name",
  "aws_account_id"::bigint as "aws_account_id",
  "aws_account_id_name"::text as "aws_account_id_name",
  "program"::text as "program",
  "state"::text as "state",
  "apn_funding_id"::text as "apn_funding_id",
  "currency_id"::bigint as "currency_id",
  "currency_id_name"::text as "currency_id_name",
  "amount_requested"::numeric as "amount_requested",
  "amount_approved"::numeric as "amount_approved",
  "amount_claimed"::numeric as "amount_claimed",
  "date_submitted"::date as "date_submitted",
  "date_approved"::date as "date_approved",
  "date_claim_due"::date as "date_claim_due",
  "user_id"::bigint as "user_id",
  "user_id_name"::text as "user_id_name",
  "company_id"::bigint as "company_id",
  "company_id_name"::text as "company_id_name",
  "description"::text as "description",
  "active"::boolean as "active",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
