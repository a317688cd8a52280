-- generated from contracts/odoo/account_move_line.yaml by `npm run codegen`; do not edit
-- The newest version of each id: the highest write_date, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_odoo', 'odoo_account_move_line', {"id":"bigint","create_uid":"bigint","create_uid_name":"text","create_date":"timestamptz","write_uid":"bigint","write_uid_name":"text","write_date":"timestamptz","move_id":"bigint","move_id_name":"text","journal_id":"bigint","journal_id_name":"text","company_id":"bigint","company_id_name":"text","company_currency_id":"bigint","company_currency_id_name":"text","move_name":"text","parent_state":"text","date":"date","ref":"text","sequence":"bigint","move_type":"text","account_id":"bigint","account_id_name":"text","name":"text","debit":"numeric","credit":"numeric","balance":"numeric","amount_currency":"numeric","currency_id":"bigint","currency_id_name":"text","partner_id":"bigint","partner_id_name":"text","product_id":"bigint","product_id_name":"text","product_uom_id":"bigint","product_uom_id_name":"text","quantity":"numeric","price_unit":"numeric","discount":"numeric","price_subtotal":"numeric","price_total":"numeric","tax_ids":"jsonb","tax_line_id":"bigint","tax_line_id_name":"text","tax_base_amount":"numeric","tax_tag_ids":"jsonb","display_type":"text","reconciled":"boolean","full_reconcile_id":"bigint","full_reconcile_id_name":"text","matching_number":"text","amount_residual":"numeric","amount_residual_currency":"numeric","date_maturity":"date","blocked":"boolean","analytic_distribution":"jsonb","sale_line_ids":"jsonb","statement_line_id":"bigint","statement_line_id_name":"text","payment_id":"bigint","payment_id_name":"text","_sdc_deleted_at":"timestamptz"}) }}
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
  "move_id"::bigint as "move_id",
  "move_id_name"::text as "move_id_name",
  "journal_id"::bigint as "journal_id",
  "journal_id_name"::text as "journal_id_name",
  "company_id"::bigint as "company_id",
  "company_id_name"::text as "company_id_name",
  "company_currency_id"::bigint as "company_currency_id",
  "company_currency_id_name"::text as "company_currency_id_name",
  "move_name"::text as "move_name",
  "parent_state"::text as "parent_state",
  "date"::date as "date",
  "ref"::text as "ref",
  "sequence"::bigint as "sequence",
  "move_type"::text as "move_type",
  "account_id"::bigint as "account_id",
  "account_id_name"::text as "account_id_name",
  "name"::text as "name",
  "debit"::numeric as "debit",
  "credit"::numeric as "credit",
  "balance"::numeric as "balance",
  "amount_currency"::numeric as "amount_currency",
  "currency_id"::bigint as "currency_id",
  "currency_id_name"::text as "currency_id_name",
  "partner_id"::bigint as "partner_id",
  "partner_id_name"::text as "partner_id_name",
  "product_id"::bigint as "product_id",
  "product_id_name"::text as "product_id_name",
  "product_uom_id"::bigint as "product_uom_id",
  "product_uom_id_name"::text as "product_uom_id_name",
  "quantity"::numeric as "quantity",
  "price_unit"::numeric as "price_unit",
  "discount"::numeric as "discount",
  "price_subtotal"::numeric as "price_subtotal",
  "price_total"::numeric as "price_total",
  "tax_ids"::jsonb as "tax_ids",
  "tax_line_id"::bigint as "tax_line_id",
  "tax_line_id_name"::text as "tax_line_id_name",
  "tax_base_amount"::numeric as "tax_base_amount",
  "tax_tag_ids"::jsonb as "tax_tag_ids",
  "display_type"::text as "display_type",
  "reconciled"::boolean as "reconciled",
  "full_reconcile_id"::bigint as "full_reconcile_id",
  "full_reconcile_id_name"::text as "full_reconcile_id_name",
  "matching_number"::text as "matching_number",
  "amount_residual"::numeric as "amount_residual",
  "amount_residual_currency"::numeric as "amount_residual_currency",
  "date_maturity"::date as "date_maturity",
  "blocked"::boolean as "blocked",
  "analytic_distribution"::jsonb as "analytic_distribution",
  "sale_line_ids"::jsonb as "sale_line_ids",
  "statement_line_id"::bigint as "statement_line_id",
  "statement_line_id_name"::text as "statement_line_id_name",
  "payment_id"::bigint as "payment_id",
  "payment_id_name"::text as "payment_id_name",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
