-- generated from contracts/odoo/project_project.yaml by `npm run codegen`; do not edit
-- The newest version of each id: the highest write_date, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_odoo', 'odoo_project_project', {"id":"bigint","access_token":"text","account_id":"bigint","account_id_name":"text","active":"boolean","activity_ids":"jsonb","alias_id":"bigint","alias_id_name":"text","allow_billable":"boolean","allow_milestones":"boolean","allow_recurring_tasks":"boolean","allow_task_dependencies":"boolean","collaborator_ids":"jsonb","color":"bigint","company_id":"bigint","company_id_name":"text","create_date":"timestamptz","create_uid":"bigint","create_uid_name":"text","date":"date","date_start":"date","description":"text","favorite_user_ids":"jsonb","is_template":"boolean","label_tasks":"text","label_tasks__ar":"text","last_update_id":"bigint","last_update_id_name":"text","last_update_status":"text","message_follower_ids":"jsonb","message_ids":"jsonb","milestone_ids":"jsonb","name":"text","name__ar":"text","partner_id":"bigint","partner_id_name":"text","privacy_visibility":"text","rating_ids":"jsonb","reinvoiced_sale_order_id":"bigint","reinvoiced_sale_order_id_name":"text","sale_line_id":"bigint","sale_line_id_name":"text","sequence":"bigint","stage_id":"bigint","stage_id_name":"text","tag_ids":"jsonb","task_ids":"jsonb","task_properties_definition":"jsonb","tasks":"jsonb","type_ids":"jsonb","update_ids":"jsonb","user_id":"bigint","user_id_name":"text","website_message_ids":"jsonb","write_date":"timestamptz","write_uid":"bigint","write_uid_name":"text","x_aws_account_id":"bigint","x_aws_account_id_name":"text","_sdc_deleted_at":"timestamptz"}) }}
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
  "access_token"::text as "access_token",
  "account_id"::bigint as "account_id",
  "account_id_name"::text as "account_id_name",
  "active"::boolean as "active",
  "activity_ids"::jsonb as "activity_ids",
  "alias_id"::bigint as "alias_id",
  "alias_id_name"::text as "alias_id_name",
  "allow_billable"::boolean as "allow_billable",
  "allow_milestones"::boolean as "allow_milestones",
  "allow_recurring_tasks"::boolean as "allow_recurring_tasks",
  "allow_task_dependencies"::boolean as "allow_task_dependencies",
  "collaborator_ids"::jsonb as "collaborator_ids",
  "color"::bigint as "color",
  "company_id"::bigint as "company_id",
  "company_id_name"::text as "company_id_name",
  "create_date"::timestamptz as "create_date",
  "create_uid"::bigint as "create_uid",
  "create_uid_name"::text as "create_uid_name",
  "date"::date as "date",
  "date_start"::date as "date_start",
  "description"::text as "description",
  "favorite_user_ids"::jsonb as "favorite_user_ids",
  "is_template"::boolean as "is_template",
  "label_tasks"::text as "label_tasks",
  "label_tasks__ar"::text as "label_tasks__ar",
  "last_update_id"::bigint as "last_update_id",
  "last_update_id_name"::text as "last_update_id_name",
  "last_update_status"::text as "last_update_status",
  "message_follower_ids"::jsonb as "message_follower_ids",
  "message_ids"::jsonb as "message_ids",
  "milestone_ids"::jsonb as "milestone_ids",
  "name"::text as "name",
  "name__ar"::text as "name__ar",
  "partner_id"::bigint as "partner_id",
  "partner_id_name"::text as "partner_id_name",
  "privacy_visibility"::text as "privacy_visibility",
  "rating_ids"::jsonb as "rating_ids",
  "reinvoiced_sale_order_id"::bigint as "reinvoiced_sale_order_id",
  "reinvoiced_sale_order_id_name"::text as "reinvoiced_sale_order_id_name",
  "sale_line_id"::bigint as "sale_line_id",
  "sale_line_id_name"::text as "sale_line_id_name",
  "sequence"::bigint as "sequence",
  "stage_id"::bigint as "stage_id",
  "stage_id_name"::text as "stage_id_name",
  "tag_ids"::jsonb as "tag_ids",
  "task_ids"::jsonb as "task_ids",
  "task_properties_definition"::jsonb as "task_properties_definition",
  "tasks"::jsonb as "tasks",
  "type_ids"::jsonb as "type_ids",
  "update_ids"::jsonb as "update_ids",
  "user_id"::bigint as "user_id",
  "user_id_name"::text as "user_id_name",
  "website_message_ids"::jsonb as "website_message_ids",
  "write_date"::timestamptz as "write_date",
  "write_uid"::bigint as "write_uid",
  "write_uid_name"::text as "write_uid_name",
  "x_aws_account_id"::bigint as "x_aws_account_id",
  "x_aws_account_id_name"::text as "x_aws_account_id_name",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
