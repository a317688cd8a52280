-- generated from contracts/odoo/crm_team.yaml by `npm run codegen`; do not edit
-- The newest version of each id: the highest write_date, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_odoo', 'odoo_crm_team', {"id":"bigint","active":"boolean","alias_id":"bigint","alias_id_name":"text","assignment_domain":"text","assignment_optout":"boolean","color":"bigint","company_id":"bigint","company_id_name":"text","create_date":"timestamptz","create_uid":"bigint","create_uid_name":"text","crm_team_member_all_ids":"jsonb","crm_team_member_ids":"jsonb","favorite_user_ids":"jsonb","invoiced_target":"numeric","lead_properties_definition":"jsonb","message_follower_ids":"jsonb","message_ids":"jsonb","name":"text","name__ar":"text","rating_ids":"jsonb","sequence":"bigint","use_leads":"boolean","use_opportunities":"boolean","user_id":"bigint","user_id_name":"text","website_message_ids":"jsonb","write_date":"timestamptz","write_uid":"bigint","write_uid_name":"text","_sdc_deleted_at":"timestamptz"}) }}
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
  "active"::boolean as "active",
  "alias_id"::bigint as "alias_id",
  "alias_id_name"::text as "alias_id_name",
  "assignment_domain"::text as "assignment_domain",
  "assignment_optout"::boolean as "assignment_optout",
  "color"::bigint as "color",
  "company_id"::bigint as "company_id",
  "company_id_name"::text as "company_id_name",
  "create_date"::timestamptz as "create_date",
  "create_uid"::bigint as "create_uid",
  "create_uid_name"::text as "create_uid_name",
  "crm_team_member_all_ids"::jsonb as "crm_team_member_all_ids",
  "crm_team_member_ids"::jsonb as "crm_team_member_ids",
  "favorite_user_ids"::jsonb as "favorite_user_ids",
  "invoiced_target"::numeric as "invoiced_target",
  "lead_properties_definition"::jsonb as "lead_properties_definition",
  "message_follower_ids"::jsonb as "message_follower_ids",
  "message_ids"::jsonb as "message_ids",
  "name"::text as "name",
  "name__ar"::text as "name__ar",
  "rating_ids"::jsonb as "rating_ids",
  "sequence"::bigint as "sequence",
  "use_leads"::boolean as "use_leads",
  "use_opportunities"::boolean as "use_opportunities",
  "user_id"::bigint as "user_id",
  "user_id_name"::text as "user_id_name",
  "website_message_ids"::jsonb as "website_message_ids",
  "write_date"::timestamptz as "write_date",
  "write_uid"::bigint as "write_uid",
  "write_uid_name"::text as "write_uid_name",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
