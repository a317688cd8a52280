-- generated from contracts/odoo/res_users.yaml by `npm run codegen`; do not edit
-- The newest version of each id: the highest write_date, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_odoo', 'odoo_res_users', {"id":"bigint","action_id":"bigint","action_id_name":"text","active":"boolean","api_key_ids":"jsonb","auth_passkey_key_ids":"jsonb","company_id":"bigint","company_id_name":"text","company_ids":"jsonb","create_date":"timestamptz","create_uid":"bigint","create_uid_name":"text","crm_team_member_ids":"jsonb","device_ids":"jsonb","favorite_project_ids":"jsonb","group_ids":"jsonb","log_ids":"jsonb","login":"text","manual_im_status":"text","notification_type":"text","odoobot_failed":"boolean","odoobot_state":"text","out_of_office_from":"timestamptz","out_of_office_message":"text","out_of_office_to":"timestamptz","partner_id":"bigint","partner_id_name":"text","presence_ids":"jsonb","res_users_settings_ids":"jsonb","resource_ids":"jsonb","role_ids":"jsonb","sale_team_id":"bigint","sale_team_id_name":"text","share":"boolean","signature":"text","totp_last_counter":"bigint","totp_trusted_device_ids":"jsonb","tour_enabled":"boolean","write_date":"timestamptz","write_uid":"bigint","write_uid_name":"text","_sdc_deleted_at":"timestamptz"}) }}
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
  "action_id"::bigint as "action_id",
  "action_id_name"::text as "action_id_name",
  "active"::boolean as "active",
  "api_key_ids"::jsonb as "api_key_ids",
  "auth_passkey_key_ids"::jsonb as "auth_passkey_key_ids",
  "company_id"::bigint as "company_id",
  "company_id_name"::text as "company_id_name",
  "company_ids"::jsonb as "company_ids",
  "create_date"::timestamptz as "create_date",
  "create_uid"::bigint as "create_uid",
  "create_uid_name"::text as "create_uid_name",
  "crm_team_member_ids"::jsonb as "crm_team_member_ids",
  "device_ids"::jsonb as "device_ids",
  "favorite_project_ids"::jsonb as "favorite_project_ids",
  "group_ids"::jsonb as "group_ids",
  "log_ids"::jsonb as "log_ids",
  "login"::text as "login",
  "manual_im_status"::text as "manual_im_status",
  "notification_type"::text as "notification_type",
  "odoobot_failed"::boolean as "odoobot_failed",
  "odoobot_state"::text as "odoobot_state",
  "out_of_office_from"::timestamptz as "out_of_office_from",
  "out_of_office_message"::text as "out_of_office_message",
  "out_of_office_to"::timestamptz as "out_of_office_to",
  "partner_id"::bigint as "partner_id",
  "partner_id_name"::text as "partner_id_name",
  "presence_ids"::jsonb as "presence_ids",
  "res_users_settings_ids"::jsonb as "res_users_settings_ids",
  "resource_ids"::jsonb as "resource_ids",
  "role_ids"::jsonb as "role_ids",
  "sale_team_id"::bigint as "sale_team_id",
  "sale_team_id_name"::text as "sale_team_id_name",
  "share"::boolean as "share",
  "signature"::text as "signature",
  "totp_last_counter"::bigint as "totp_last_counter",
  "totp_trusted_device_ids"::jsonb as "totp_trusted_device_ids",
  "tour_enabled"::boolean as "tour_enabled",
  "write_date"::timestamptz as "write_date",
  "write_uid"::bigint as "write_uid",
  "write_uid_name"::text as "write_uid_name",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
