-- generated from contracts/odoo/res_users.yaml by `npm run codegen`; do not edit
-- The newest version of each id: the highest write_date, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_odoo', 'odoo_res_users', {"id":"bigint","create_uid":"bigint","create_uid_name":"text","create_date":"timestamptz","write_uid":"bigint","write_uid_name":"text","write_date":"timestamptz","partner_id":"bigint","partner_id_name":"text","login":"text","signature":"text","active":"boolean","action_id":"bigint","action_id_name":"text","share":"boolean","company_id":"bigint","company_id_name":"text","company_ids":"jsonb","groups_id":"jsonb","notification_type":"text","target_sales_won":"bigint","target_sales_done":"bigint","employee_ids":"jsonb","_sdc_deleted_at":"timestamptz"}) }}
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
  "partner_id"::bigint as "partner_id",
  "partner_id_name"::text as "partner_id_name",
  "login"::text as "login",
  "signature"::text as "signature",
  "active"::boolean as "active",
  "action_id"::bigint as "action_id",
  "action_id_name"::text as "action_id_name",
  "share"::boolean as "share",
  "company_id"::bigint as "company_id",
  "company_id_name"::text as "company_id_name",
  "company_ids"::jsonb as "company_ids",
  "groups_id"::jsonb as "groups_id",
  "notification_type"::text as "notification_type",
  "target_sales_won"::bigint as "target_sales_won",
  "target_sales_done"::bigint as "target_sales_done",
  "employee_ids"::jsonb as "employee_ids",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
