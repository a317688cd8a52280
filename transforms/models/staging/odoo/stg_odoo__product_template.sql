-- generated from contracts/odoo/product_template.yaml by `npm run codegen`; do not edit
-- The newest version of each id: the highest write_date, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_odoo', 'odoo_product_template', {"id":"bigint","create_uid":"bigint","create_uid_name":"text","create_date":"timestamptz","write_uid":"bigint","write_uid_name":"text","write_date":"timestamptz","name":"text","name__ar":"text","sequence":"bigint","description":"text","description__ar":"text","description_purchase":"text","description_purchase__ar":"text","description_sale":"text","description_sale__ar":"text","type":"text","categ_id":"bigint","categ_id_name":"text","list_price":"numeric","volume":"numeric","weight":"numeric","sale_ok":"boolean","purchase_ok":"boolean","uom_id":"bigint","uom_id_name":"text","uom_po_id":"bigint","uom_po_id_name":"text","company_id":"bigint","company_id_name":"text","active":"boolean","color":"bigint","product_variant_ids":"jsonb","default_code":"text","taxes_id":"jsonb","invoice_policy":"text","service_type":"text","sale_line_warn":"text","expense_policy":"text","service_tracking":"text","project_id":"bigint","project_id_name":"text","message_follower_ids":"jsonb","message_ids":"jsonb","activity_ids":"jsonb","_sdc_deleted_at":"timestamptz"}) }}
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
  "name__ar"::text as "name__ar",
  "sequence"::bigint as "sequence",
  "description"::text as "description",
  "description__ar"::text as "description__ar",
  "description_purchase"::text as "description_purchase",
  "description_purchase__ar"::text as "description_purchase__ar",
  "description_sale"::text as "description_sale",
  "description_sale__ar"::text as "description_sale__ar",
  "type"::text as "type",
  "categ_id"::bigint as "categ_id",
  "categ_id_name"::text as "categ_id_name",
  "list_price"::numeric as "list_price",
  "volume"::numeric as "volume",
  "weight"::numeric as "weight",
  "sale_ok"::boolean as "sale_ok",
  "purchase_ok"::boolean as "purchase_ok",
  "uom_id"::bigint as "uom_id",
  "uom_id_name"::text as "uom_id_name",
  "uom_po_id"::bigint as "uom_po_id",
  "uom_po_id_name"::text as "uom_po_id_name",
  "company_id"::bigint as "company_id",
  "company_id_name"::text as "company_id_name",
  "active"::boolean as "active",
  "color"::bigint as "color",
  "product_variant_ids"::jsonb as "product_variant_ids",
  "default_code"::text as "default_code",
  "taxes_id"::jsonb as "taxes_id",
  "invoice_policy"::text as "invoice_policy",
  "service_type"::text as "service_type",
  "sale_line_warn"::text as "sale_line_warn",
  "expense_policy"::text as "expense_policy",
  "service_tracking"::text as "service_tracking",
  "project_id"::bigint as "project_id",
  "project_id_name"::text as "project_id_name",
  "message_follower_ids"::jsonb as "message_follower_ids",
  "message_ids"::jsonb as "message_ids",
  "activity_ids"::jsonb as "activity_ids",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
