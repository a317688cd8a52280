-- generated from contracts/odoo/product_template.yaml by `npm run codegen`; do not edit
-- The newest version of each id: the highest write_date, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_odoo', 'odoo_product_template', {"id":"bigint","account_tag_ids":"jsonb","active":"boolean","activity_ids":"jsonb","attribute_line_ids":"jsonb","can_image_1024_be_zoomed":"boolean","categ_id":"bigint","categ_id_name":"text","color":"bigint","combo_ids":"jsonb","company_id":"bigint","company_id_name":"text","create_date":"timestamptz","create_uid":"bigint","create_uid_name":"text","default_code":"text","description":"text","description__ar":"text","description_purchase":"text","description_purchase__ar":"text","description_sale":"text","description_sale__ar":"text","expense_policy":"text","has_configurable_attributes":"boolean","invoice_policy":"text","is_favorite":"boolean","list_price":"numeric","message_follower_ids":"jsonb","message_ids":"jsonb","name":"text","name__ar":"text","optional_product_ids":"jsonb","pricelist_rule_ids":"jsonb","product_document_ids":"jsonb","product_properties":"jsonb","product_tag_ids":"jsonb","product_variant_ids":"jsonb","project_id":"bigint","project_id_name":"text","project_template_id":"bigint","project_template_id_name":"text","property_account_expense_id":"bigint","property_account_expense_id_name":"text","property_account_income_id":"bigint","property_account_income_id_name":"text","purchase_ok":"boolean","rating_ids":"jsonb","sale_line_warn_msg":"text","sale_ok":"boolean","seller_ids":"jsonb","sequence":"bigint","service_tracking":"text","service_type":"text","supplier_taxes_id":"jsonb","task_template_id":"bigint","task_template_id_name":"text","taxes_id":"jsonb","type":"text","uom_id":"bigint","uom_id_name":"text","uom_ids":"jsonb","variant_seller_ids":"jsonb","volume":"numeric","website_message_ids":"jsonb","weight":"numeric","write_date":"timestamptz","write_uid":"bigint","write_uid_name":"text","_sdc_deleted_at":"timestamptz"}) }}
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
  "account_tag_ids"::jsonb as "account_tag_ids",
  "active"::boolean as "active",
  "activity_ids"::jsonb as "activity_ids",
  "attribute_line_ids"::jsonb as "attribute_line_ids",
  "can_image_1024_be_zoomed"::boolean as "can_image_1024_be_zoomed",
  "categ_id"::bigint as "categ_id",
  "categ_id_name"::text as "categ_id_name",
  "color"::bigint as "color",
  "combo_ids"::jsonb as "combo_ids",
  "company_id"::bigint as "company_id",
  "company_id_name"::text as "company_id_name",
  "create_date"::timestamptz as "create_date",
  "create_uid"::bigint as "create_uid",
  "create_uid_name"::text as "create_uid_name",
  "default_code"::text as "default_code",
  "description"::text as "description",
  "description__ar"::text as "description__ar",
  "description_purchase"::text as "description_purchase",
  "description_purchase__ar"::text as "description_purchase__ar",
  "description_sale"::text as "description_sale",
  "description_sale__ar"::text as "description_sale__ar",
  "expense_policy"::text as "expense_policy",
  "has_configurable_attributes"::boolean as "has_configurable_attributes",
  "invoice_policy"::text as "invoice_policy",
  "is_favorite"::boolean as "is_favorite",
  "list_price"::numeric as "list_price",
  "message_follower_ids"::jsonb as "message_follower_ids",
  "message_ids"::jsonb as "message_ids",
  "name"::text as "name",
  "name__ar"::text as "name__ar",
  "optional_product_ids"::jsonb as "optional_product_ids",
  "pricelist_rule_ids"::jsonb as "pricelist_rule_ids",
  "product_document_ids"::jsonb as "product_document_ids",
  "product_properties"::jsonb as "product_properties",
  "product_tag_ids"::jsonb as "product_tag_ids",
  "product_variant_ids"::jsonb as "product_variant_ids",
  "project_id"::bigint as "project_id",
  "project_id_name"::text as "project_id_name",
  "project_template_id"::bigint as "project_template_id",
  "project_template_id_name"::text as "project_template_id_name",
  "property_account_expense_id"::bigint as "property_account_expense_id",
  "property_account_expense_id_name"::text as "property_account_expense_id_name",
  "property_account_income_id"::bigint as "property_account_income_id",
  "property_account_income_id_name"::text as "property_account_income_id_name",
  "purchase_ok"::boolean as "purchase_ok",
  "rating_ids"::jsonb as "rating_ids",
  "sale_line_warn_msg"::text as "sale_line_warn_msg",
  "sale_ok"::boolean as "sale_ok",
  "seller_ids"::jsonb as "seller_ids",
  "sequence"::bigint as "sequence",
  "service_tracking"::text as "service_tracking",
  "service_type"::text as "service_type",
  "supplier_taxes_id"::jsonb as "supplier_taxes_id",
  "task_template_id"::bigint as "task_template_id",
  "task_template_id_name"::text as "task_template_id_name",
  "taxes_id"::jsonb as "taxes_id",
  "type"::text as "type",
  "uom_id"::bigint as "uom_id",
  "uom_id_name"::text as "uom_id_name",
  "uom_ids"::jsonb as "uom_ids",
  "variant_seller_ids"::jsonb as "variant_seller_ids",
  "volume"::numeric as "volume",
  "website_message_ids"::jsonb as "website_message_ids",
  "weight"::numeric as "weight",
  "write_date"::timestamptz as "write_date",
  "write_uid"::bigint as "write_uid",
  "write_uid_name"::text as "write_uid_name",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
