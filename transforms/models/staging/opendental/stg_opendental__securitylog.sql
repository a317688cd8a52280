-- generated from contracts/opendental/securitylog.yaml by `npm run codegen`; do not edit
-- The newest version of each security_log_num: the highest security_log_num, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['security_log_num'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_opendental', 'opendental_securitylog', {"SecurityLogNum":"bigint","PermType":"bigint","UserNum":"bigint","LogDateTime":"timestamptz","LogText":"text","PatNum":"bigint","CompName":"text","FKey":"bigint","LogSource":"bigint","DefNum":"bigint","DefNumError":"bigint","DateTPrevious":"timestamptz","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  -- a tombstone has no cursor value: the key's values are those of its newest version, and it is deleted when a
  -- tombstone arrived no earlier than that version (the versions a tombstone names were read before it)
  row_number() over (partition by "SecurityLogNum" order by (_sdc_deleted_at is not null and "SecurityLogNum" is null), "SecurityLogNum" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank,
  max(_sdc_received_at) filter (where _sdc_deleted_at is not null and "SecurityLogNum" is null) over (partition by "SecurityLogNum") as _tombstone_received_at,
  max(_sdc_deleted_at) filter (where _sdc_deleted_at is not null and "SecurityLogNum" is null) over (partition by "SecurityLogNum") as _tombstone_deleted_at
  from source
)

select
  "SecurityLogNum"::bigint as "security_log_num",
  "PermType"::bigint as "perm_type",
  "UserNum"::bigint as "user_num",
  "LogDateTime"::timestamptz as "log_date_time",
  "LogText"::text as "log_text",
  "PatNum"::bigint as "pat_num",
  "CompName"::text as "comp_name",
  "FKey"::bigint as "f_key",
  "LogSource"::bigint as "log_source",
  "DefNum"::bigint as "def_num",
  "DefNumError"::bigint as "def_num_error",
  "DateTPrevious"::timestamptz as "date_t_previous",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
