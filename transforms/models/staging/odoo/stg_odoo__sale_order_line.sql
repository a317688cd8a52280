-- generated from contracts/odoo/sale_order_line.yaml by `npm run codegen`; do not edit
-- The newest version of each id: the highest write_date, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_odoo', 'odoo_sale_order_line', {"id":"bigint","analytic_distribution":"jsonb","analytic_line_ids":"jsonb","collapse_composition":"boolean","collapse_prices":"boolean","combo_item_id":"bigint","combo_item_id_name":"text","company_id":"bigint","company_id_name":"text","create_date":"timestamptz","create_uid":"bigint","create_uid_name":"text","currency_id":"bigint","currency_id_name":"text","customer_lead":"numeric","discount":"numeric","display_type":"text","extra_tax_data":"jsonb","invoice_lines":"jsonb","invoice_status":"text","is_downpayment":"boolean","is_expense":"boolean","is_optional":"boolean","is_service":"boolean","linked_line_id":"bigint","linked_line_id_name":"text","linked_line_ids":"jsonb","linked_virtual_id":"text","name":"text","order_id":"bigint","order_id_name":"text","order_partner_id":"bigint","order_partner_id_name":"text","price_reduce_taxexcl":"numeric","price_reduce_taxinc":"numeric","price_subtotal":"numeric","price_tax":"numeric","price_total":"numeric","price_unit":"numeric","product_custom_attribute_value_ids":"jsonb","product_document_ids":"jsonb","product_id":"bigint","product_id_name":"text","product_no_variant_attribute_value_ids":"jsonb","product_uom_id":"bigint","product_uom_id_name":"text","product_uom_qty":"numeric","project_id":"bigint","project_id_name":"text","qty_delivered":"numeric","qty_delivered_method":"text","qty_invoiced":"numeric","qty_to_invoice":"numeric","reached_milestones_ids":"jsonb","salesman_id":"bigint","salesman_id_name":"text","sequence":"bigint","state":"text","task_id":"bigint","task_id_name":"text","tax_ids":"jsonb","technical_price_unit":"numeric","untaxed_amount_invoiced":"numeric","untaxed_amount_to_invoice":"numeric","virtual_id":"text","write_date":"timestamptz","write_uid":"bigint","write_uid_name":"text","_sdc_deleted_at":"timestamptz"}) }}
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
  "analytic_distribution"::jsonb as "analytic_distribution",
  "analytic_line_ids"::jsonb as "analytic_line_ids",
  "collapse_composition"::boolean as "collapse_composition",
  "collapse_prices"::boolean as "collapse_prices",
  "combo_item_id"::bigint as "combo_item_id",
  "combo_item_id_name"::text as "combo_item_id_name",
  "company_id"::bigint as "company_id",
  "company_id_name"::text as "company_id_name",
  "create_date"::timestamptz as "create_date",
  "create_uid"::bigint as "create_uid",
  "create_uid_name"::text as "create_uid_name",
  "currency_id"::bigint as "currency_id",
  "currency_id_name"::text as "currency_id_name",
  "customer_lead"::numeric as "customer_lead",
  "discount"::numeric as "discount",
  "display_type"::text as "display_type",
  "extra_tax_data"::jsonb as "extra_tax_data",
  "invoice_lines"::jsonb as "invoice_lines",
  "invoice_status"::text as "invoice_status",
  "is_downpayment"::boolean as "is_downpayment",
  "is_expense"::boolean as "is_expense",
  "is_optional"::boolean as "is_optional",
  "is_service"::boolean as "is_service",
  "linked_line_id"::bigint as "linked_line_id",
  "linked_line_id_name"::text as "linked_line_id_name",
  "linked_line_ids"::jsonb as "linked_line_ids",
  "linked_virtual_id"::text as "linked_virtual_id",
  "name"::text as "name",
  "order_id"::bigint as "order_id",
  "order_id_name"::text as "order_id_name",
  "order_partner_id"::bigint as "order_partner_id",
  "order_partner_id_name"::text as "order_partner_id_name",
  "price_reduce_taxexcl"::numeric as "price_reduce_taxexcl",
  "price_reduce_taxinc"::numeric as "price_reduce_taxinc",
  "price_subtotal"::numeric as "price_subtotal",
  "price_tax"::numeric as "price_tax",
  "price_total"::numeric as "price_total",
  "price_unit"::numeric as "price_unit",
  "product_custom_attribute_value_ids"::jsonb as "product_custom_attribute_value_ids",
  "product_document_ids"::jsonb as "product_document_ids",
  "product_id"::bigint as "product_id",
  "product_id_name"::text as "product_id_name",
  "product_no_variant_attribute_value_ids"::jsonb as "product_no_variant_attribute_value_ids",
  "product_uom_id"::bigint as "product_uom_id",
  "product_uom_id_name"::text as "product_uom_id_name",
  "product_uom_qty"::numeric as "product_uom_qty",
  "project_id"::bigint as "project_id",
  "project_id_name"::text as "project_id_name",
  "qty_delivered"::numeric as "qty_delivered",
  "qty_delivered_method"::text as "qty_delivered_method",
  "qty_invoiced"::numeric as "qty_invoiced",
  "qty_to_invoice"::numeric as "qty_to_invoice",
  "reached_milestones_ids"::jsonb as "reached_milestones_ids",
  "salesman_id"::bigint as "salesman_id",
  "salesman_id_name"::text as "salesman_id_name",
  "sequence"::bigint as "sequence",
  "state"::text as "state",
  "task_id"::bigint as "task_id",
  "task_id_name"::text as "task_id_name",
  "tax_ids"::jsonb as "tax_ids",
  "technical_price_unit"::numeric as "technical_price_unit",
  "untaxed_amount_invoiced"::numeric as "untaxed_amount_invoiced",
  "untaxed_amount_to_invoice"::numeric as "untaxed_amount_to_invoice",
  "virtual_id"::text as "virtual_id",
  "write_date"::timestamptz as "write_date",
  "write_uid"::bigint as "write_uid",
  "write_uid_name"::text as "write_uid_name",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
