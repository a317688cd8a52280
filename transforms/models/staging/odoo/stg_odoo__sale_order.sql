-- generated from contracts/odoo/sale_order.yaml by `npm run codegen`; do not edit
-- The newest version of each id: the highest write_date, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_odoo', 'odoo_sale_order', {"id":"bigint","create_uid":"bigint","create_uid_name":"text","write_uid":"bigint","write_uid_name":"text","write_date":"timestamptz","name":"text","company_id":"bigint","company_id_name":"text","partner_id":"bigint","partner_id_name":"text","state":"text","locked":"boolean","client_order_ref":"text","create_date":"timestamptz","commitment_date":"timestamptz","date_order":"timestamptz","origin":"text","reference":"text","require_signature":"boolean","require_payment":"boolean","prepayment_percent":"numeric","signed_by":"text","signed_on":"timestamptz","validity_date":"date","journal_id":"bigint","journal_id_name":"text","note":"text","partner_invoice_id":"bigint","partner_invoice_id_name":"text","partner_shipping_id":"bigint","partner_shipping_id_name":"text","fiscal_position_id":"bigint","fiscal_position_id_name":"text","payment_term_id":"bigint","payment_term_id_name":"text","pricelist_id":"bigint","pricelist_id_name":"text","currency_id":"bigint","currency_id_name":"text","currency_rate":"numeric","user_id":"bigint","user_id_name":"text","team_id":"bigint","team_id_name":"text","order_line":"jsonb","amount_untaxed":"numeric","amount_tax":"numeric","amount_total":"numeric","invoice_status":"text","opportunity_id":"bigint","opportunity_id_name":"text","tag_ids":"jsonb","campaign_id":"bigint","campaign_id_name":"text","medium_id":"bigint","medium_id_name":"text","source_id":"bigint","source_id_name":"text","x_aws_account_id":"bigint","x_aws_account_id_name":"text","message_follower_ids":"jsonb","message_ids":"jsonb","activity_ids":"jsonb","_sdc_deleted_at":"timestamptz"}) }}
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
  "write_uid"::bigint as "write_uid",
  "write_uid_name"::text as "write_uid_name",
  "write_date"::timestamptz as "write_date",
  "name"::text as "name",
  "company_id"::bigint as "company_id",
  "company_id_name"::text as "company_id_name",
  "partner_id"::bigint as "partner_id",
  "partner_id_name"::text as "partner_id_name",
  "state"::text as "state",
  "locked"::boolean as "locked",
  "client_order_ref"::text as "client_order_ref",
  "create_date"::timestamptz as "create_date",
  "commitment_date"::timestamptz as "commitment_date",
  "date_order"::timestamptz as "date_order",
  "origin"::text as "origin",
  "reference"::text as "reference",
  "require_signature"::boolean as "require_signature",
  "require_payment"::boolean as "require_payment",
  "prepayment_percent"::numeric as "prepayment_percent",
  "signed_by"::text as "signed_by",
  "signed_on"::timestamptz as "signed_on",
  "validity_date"::date as "validity_date",
  "journal_id"::bigint as "journal_id",
  "journal_id_name"::text as "journal_id_name",
  "note"::text as "note",
  "partner_invoice_id"::bigint as "partner_invoice_id",
  "partner_invoice_id_name"::text as "partner_invoice_id_name",
  "partner_shipping_id"::bigint as "partner_shipping_id",
  "partner_shipping_id_name"::text as "partner_shipping_id_name",
  "fiscal_position_id"::bigint as "fiscal_position_id",
  "fiscal_position_id_name"::text as "fiscal_position_id_name",
  "payment_term_id"::bigint as "payment_term_id",
  "payment_term_id_name"::text as "payment_term_id_name",
  "pricelist_id"::bigint as "pricelist_id",
  "pricelist_id_name"::text as "pricelist_id_name",
  "currency_id"::bigint as "currency_id",
  "currency_id_name"::text as "currency_id_name",
  "currency_rate"::numeric as "currency_rate",
  "user_id"::bigint as "user_id",
  "user_id_name"::text as "user_id_name",
  "team_id"::bigint as "team_id",
  "team_id_name"::text as "team_id_name",
  "order_line"::jsonb as "order_line",
  "amount_untaxed"::numeric as "amount_untaxed",
  "amount_tax"::numeric as "amount_tax",
  "amount_total"::numeric as "amount_total",
  "invoice_status"::text as "invoice_status",
  "opportunity_id"::bigint as "opportunity_id",
  "opportunity_id_name"::text as "opportunity_id_name",
  "tag_ids"::jsonb as "tag_ids",
  "campaign_id"::bigint as "campaign_id",
  "campaign_id_name"::text as "campaign_id_name",
  "medium_id"::bigint as "medium_id",
  "medium_id_name"::text as "medium_id_name",
  "source_id"::bigint as "source_id",
  "source_id_name"::text as "source_id_name",
  "x_aws_account_id"::bigint as "x_aws_account_id",
  "x_aws_account_id_name"::text as "x_aws_account_id_name",
  "message_follower_ids"::jsonb as "message_follower_ids",
  "message_ids"::jsonb as "message_ids",
  "activity_ids"::jsonb as "activity_ids",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
