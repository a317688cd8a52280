-- generated from contracts/odoo/c_billing_spp_bill.yaml by `npm run codegen`; do not edit
-- The newest version of each id: the highest write_date, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_odoo', 'odoo_c_billing_spp_bill', {"id":"bigint","create_uid":"bigint","create_uid_name":"text","create_date":"timestamptz","write_uid":"bigint","write_uid_name":"text","write_date":"timestamptz","name":"text","aws_account_id":"bigint","aws_account_id_name":"text","payer_id":"bigint","payer_id_name":"text","partner_id":"bigint","partner_id_name":"text","billing_period":"text","period_start":"date","period_end":"date","currency_id":"bigint","currency_id_name":"text","usage_amount":"numeric","spp_discount_amount":"numeric","credits_amount":"numeric","total_amount":"numeric","state":"text","invoice_id":"bigint","invoice_id_name":"text","company_id":"bigint","company_id_name":"text","_sdc_deleted_at":"timestamptz"}) }}
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
  "aws_account_id"::bigint as "aws_account_id",
  "aws_account_id_name"::text as "aws_account_id_name",
  "payer_id"::bigint as "payer_id",
  "payer_id_name"::text as "payer_id_name",
  "partner_id"::bigint as "partner_id",
  "partner_id_name"::text as "partner_id_name",
  "billing_period"::text as "billing_period",
  "period_start"::date as "period_start",
  "period_end"::date as "period_end",
  "currency_id"::bigint as "currency_id",
  "currency_id_name"::text as "currency_id_name",
  "usage_amount"::numeric as "usage_amount",
  "spp_discount_amount"::numeric as "spp_discount_amount",
  "credits_amount"::numeric as "credits_amount",
  "total_amount"::numeric as "total_amount",
  "state"::text as "state",
  "invoice_id"::bigint as "invoice_id",
  "invoice_id_name"::text as "invoice_id_name",
  "company_id"::bigint as "company_id",
  "company_id_name"::text as "company_id_name",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
