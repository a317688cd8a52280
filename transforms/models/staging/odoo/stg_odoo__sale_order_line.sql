-- generated from contracts/odoo/sale_order_line.yaml by `npm run codegen`; do not edit
-- The newest version of each id: the highest write_date, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_odoo', 'odoo_sale_order_line', {"id":"bigint","create_uid":"bigint","create_uid_name":"text","create_date":"timestamptz","write_uid":"bigint","write_uid_name":"text","write_date":"timestamptz","order_id":"bigint","order_id_name":"text","sequence":"bigint","company_id":"bigint","company_id_name":"text","currency_id":"bigint","currency_id_name":"text","order_partner_id":"bigint","order_partner_id_name":"text","salesman_id":"bigint","salesman_id_name":"text","state":"text","display_type":"text","is_downpayment":"boolean","is_expense":"boolean","product_id":"bigint","product_id_name":"text","name":"text","product_uom_qty":"numeric","product_uom":"bigint","product_uom_name":"text","tax_id":"jsonb","price_unit":"numeric","discount":"numeric","price_subtotal":"numeric","price_tax":"numeric","price_total":"numeric","price_reduce_taxexcl":"numeric","price_reduce_taxinc":"numeric","customer_lead":"numeric","qty_delivered_method":"text","qty_delivered":"numeric","qty_invoiced":"numeric","qty_to_invoice":"numeric","analytic_line_ids":"jsonb","invoice_lines":"jsonb","invoice_status":"text","untaxed_amount_invoiced":"numeric","untaxed_amount_to_invoice":"numeric","analytic_distribution":"jsonb","task_id":"bigint","task_id_name":"text","project_id":"bigint","project_id_name":"text","_sdc_deleted_at":"timestamptz"}) }}
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
  "order_id"::bigint as "order_id",
  "order_id_name"::text as "order_id_name",
  "sequence"::bigint as "sequence",
  "company_id"::bigint as "company_id",
  "company_id_name"::text as "company_id_name",
  "currency_id"::bigint as "currency_id",
  "currency_id_name"::text as "currency_id_name",
  "order_partner_id"::bigint as "order_partner_id",
  "order_partner_id_name"::text as "order_partner_id_name",
  "salesman_id"::bigint as "salesman_id",
  "salesman_id_name"::text as "salesman_id_name",
  "state"::text as "state",
  "display_type"::text as "display_type",
  "is_downpayment"::boolean as "is_downpayment",
  "is_expense"::boolean as "is_expense",
  "product_id"::bigint as "product_id",
  "product_id_name"::text as "product_id_name",
  "name"::text as "name",
  "product_uom_qty"::numeric as "product_uom_qty",
  "product_uom"::bigint as "product_uom",
  "product_uom_name"::text as "product_uom_name",
  "tax_id"::jsonb as "tax_id",
  "price_unit"::numeric as "price_unit",
  "discount"::numeric as "discount",
  "price_subtotal"::numeric as "price_subtotal",
  "price_tax"::numeric as "price_tax",
  "price_total"::numeric as "price_total",
  "price_reduce_taxexcl"::numeric as "price_reduce_taxexcl",
  "price_reduce_taxinc"::numeric as "price_reduce_taxinc",
  "customer_lead"::numeric as "customer_lead",
  "qty_delivered_method"::text as "qty_delivered_method",
  "qty_delivered"::numeric as "qty_delivered",
  "qty_invoiced"::numeric as "qty_invoiced",
  "qty_to_invoice"::numeric as "qty_to_invoice",
  "analytic_line_ids"::jsonb as "analytic_line_ids",
  "invoice_lines"::jsonb as "invoice_lines",
  "invoice_status"::text as "invoice_status",
  "untaxed_amount_invoiced"::numeric as "untaxed_amount_invoiced",
  "untaxed_amount_to_invoice"::numeric as "untaxed_amount_to_invoice",
  "analytic_distribution"::jsonb as "analytic_distribution",
  "task_id"::bigint as "task_id",
  "task_id_name"::text as "task_id_name",
  "project_id"::bigint as "project_id",
  "project_id_name"::text as "project_id_name",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
