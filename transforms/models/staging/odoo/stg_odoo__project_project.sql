-- generated from contracts/odoo/project_project.yaml by `npm run codegen`; do not edit
-- The newest version of each id: the highest write_date, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_odoo', 'odoo_project_project', {"id":"bigint","create_uid":"bigint","create_uid_name":"text","create_date":"timestamptz","write_uid":"bigint","write_uid_name":"text","write_date":"timestamptz","name":"text","name__ar":"text","description":"text","active":"boolean","sequence":"bigint","partner_id":"bigint","partner_id_name":"text","company_id":"bigint","company_id_name":"text","analytic_account_id":"bigint","analytic_account_id_name":"text","favorite_user_ids":"jsonb","label_tasks":"text","label_tasks__ar":"text","tasks":"jsonb","color":"bigint","user_id":"bigint","user_id_name":"text","privacy_visibility":"text","date_start":"date","date":"date","allow_task_dependencies":"boolean","allow_milestones":"boolean","tag_ids":"jsonb","last_update_status":"text","stage_id":"bigint","stage_id_name":"text","allow_billable":"boolean","sale_line_id":"bigint","sale_line_id_name":"text","allocated_hours":"numeric","x_aws_account_id":"bigint","x_aws_account_id_name":"text","message_follower_ids":"jsonb","message_ids":"jsonb","activity_ids":"jsonb","_sdc_deleted_at":"timestamptz"}) }}
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
  "description"::text as "description",
  "active"::boolean as "active",
  "sequence"::bigint as "sequence",
  "partner_id"::bigint as "partner_id",
  "partner_id_name"::text as "partner_id_name",
  "company_id"::bigint as "company_id",
  "company_id_name"::text as "company_id_name",
  "analytic_account_id"::bigint as "analytic_account_id",
  "analytic_account_id_name"::text as "analytic_account_id_name",
  "favorite_user_ids"::jsonb as "favorite_user_ids",
  "label_tasks"::text as "label_tasks",
  "label_tasks__ar"::text as "label_tasks__ar",
  "tasks"::jsonb as "tasks",
  "color"::bigint as "color",
  "user_id"::bigint as "user_id",
  "user_id_name"::text as "user_id_name",
  "privacy_visibility"::text as "privacy_visibility",
  "date_start"::date as "date_start",
  "date"::date as "date",
  "allow_task_dependencies"::boolean as "allow_task_dependencies",
  "allow_milestones"::boolean as "allow_milestones",
  "tag_ids"::jsonb as "tag_ids",
  "last_update_status"::text as "last_update_status",
  "stage_id"::bigint as "stage_id",
  "stage_id_name"::text as "stage_id_name",
  "allow_billable"::boolean as "allow_billable",
  "sale_line_id"::bigint as "sale_line_id",
  "sale_line_id_name"::text as "sale_line_id_name",
  "allocated_hours"::numeric as "allocated_hours",
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
