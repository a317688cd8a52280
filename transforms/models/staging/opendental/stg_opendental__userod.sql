-- generated from contracts/opendental/userod.yaml by `npm run codegen`; do not edit
-- The newest version of each user_num: the highest user_num, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['user_num'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_opendental', 'opendental_userod', {"UserNum":"bigint","UserName":"text","Password":"text","UserGroupNum":"bigint","EmployeeNum":"bigint","ClinicNum":"bigint","ProvNum":"bigint","IsHidden":"bigint","TaskListInBox":"bigint","AnesthProvType":"bigint","DefaultHidePopups":"bigint","PasswordIsStrong":"bigint","ClinicIsRestricted":"bigint","InboxHidePopups":"bigint","UserNumCEMT":"bigint","DateTFail":"timestamptz","FailedAttempts":"bigint","DomainUser":"text","IsPasswordResetRequired":"bigint","MobileWebPin":"text","MobileWebPinFailedAttempts":"bigint","DateTLastLogin":"timestamptz","EClipboardClinicalPin":"text","BadgeId":"text","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  -- a tombstone has no cursor value: the key's values are those of its newest version, and it is deleted when a
  -- tombstone arrived no earlier than that version (the versions a tombstone names were read before it)
  row_number() over (partition by "UserNum" order by (_sdc_deleted_at is not null and "UserNum" is null), "UserNum" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank,
  max(_sdc_received_at) filter (where _sdc_deleted_at is not null and "UserNum" is null) over (partition by "UserNum") as _tombstone_received_at,
  max(_sdc_deleted_at) filter (where _sdc_deleted_at is not null and "UserNum" is null) over (partition by "UserNum") as _tombstone_deleted_at
  from source
)

select
  "UserNum"::bigint as "user_num",
  "UserName"::text as "user_name",
  "Password"::text as "password",
  "UserGroupNum"::bigint as "user_group_num",
  "EmployeeNum"::bigint as "employee_num",
  "ClinicNum"::bigint as "clinic_num",
  "ProvNum"::bigint as "prov_num",
  "IsHidden"::bigint as "is_hidden",
  "TaskListInBox"::bigint as "task_list_in_box",
  "AnesthProvType"::bigint as "anesth_prov_type",
  "DefaultHidePopups"::bigint as "default_hide_popups",
  "PasswordIsStrong"::bigint as "password_is_strong",
  "ClinicIsRestricted"::bigint as "clinic_is_restricted",
  "InboxHidePopups"::bigint as "inbox_hide_popups",
  "UserNumCEMT"::bigint as "user_num_cemt",
  "DateTFail"::timestamptz as "date_t_fail",
  "FailedAttempts"::bigint as "failed_attempts",
  "DomainUser"::text as "domain_user",
  "IsPasswordResetRequired"::bigint as "is_password_reset_required",
  "MobileWebPin"::text as "mobile_web_pin",
  "MobileWebPinFailedAttempts"::bigint as "mobile_web_pin_failed_attempts",
  "DateTLastLogin"::timestamptz as "date_t_last_login",
  "EClipboardClinicalPin"::text as "e_clipboard_clinical_pin",
  "BadgeId"::text as "badge_id",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
