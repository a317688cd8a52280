-- generated from contracts/odoo/c_billing_bill_line.yaml by `npm run codegen`; do not edit
-- The newest version of each id: the highest write_date, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_odoo', 'odoo_c_billing_bill_line', {"id":"bigint","create_uid":"bigint","create_uid_name":"text","create_date":"timestamptz","write_uid":"bigint","write_uid_name":"text","write_date":"timestamptz","bill_id":"bigint","bill_id_name":"text","sequence":"bigint","name":"text","service_code":"text","usage_type":"text","product_id":"bigint","product_id_name":"text","quantity":"numeric","unit_price":"numeric","currency_id":"bigint","currency_id_name":"text","amount":"numeric","discount_amount":"numeric","line_type":"text","company_id":"bigint","company_id_name":"text","_sdc_deleted_at":"timestamptz"}) }}
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
  "bill_id"::bigint as "bill_id",
  "bill_id_name"::text as "bill_id_name",
  "sequence"::bigint as "sequence",
  "name"::text as "name",
  "service_code"::text as "service_code",
  "usage_type"::text as "usage_type",
  "product_id"::bigint as "product_id",
  "product_id_name"::text as "product_id_name",
  "quantity"::numeric as "quantity",
  "unit_price"::numeric as "unit_price",
  "currency_id"::bigint as "currency_id",
  "currency_id_name"::text as "currency_id_name",
  "amount"::numeric as "amount",
  "discount_amount"::numeric as "discount_amount",
  "line_type"::text as "line_type",
  "company_id"::bigint as "company_id",
  "company_id_name"::text as "company_id_name",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
