-- generated from contracts/opendental/appointment.yaml by `npm run codegen`; do not edit
-- The newest version of each apt_num: the highest date_t_stamp, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['apt_num'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_opendental', 'opendental_appointment', {"AptNum":"bigint","PatNum":"bigint","AptStatus":"bigint","Pattern":"text","Confirmed":"bigint","TimeLocked":"bigint","Op":"bigint","Note":"text","ProvNum":"bigint","ProvHyg":"bigint","AptDateTime":"timestamptz","NextAptNum":"bigint","UnschedStatus":"bigint","IsNewPatient":"bigint","ProcDescript":"text","Assistant":"bigint","ClinicNum":"bigint","IsHygiene":"bigint","DateTStamp":"timestamptz","DateTimeArrived":"timestamptz","DateTimeSeated":"timestamptz","DateTimeDismissed":"timestamptz","InsPlan1":"bigint","InsPlan2":"bigint","DateTimeAskedToArrive":"timestamptz","ProcsColored":"text","ColorOverride":"bigint","AppointmentTypeNum":"bigint","SecUserNumEntry":"bigint","SecDateTEntry":"timestamptz","Priority":"bigint","ProvBarText":"text","PatternSecondary":"text","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  -- a tombstone has no cursor value: the key's values are those of its newest version, and it is deleted when a
  -- tombstone arrived no earlier than that version (the versions a tombstone names were read before it)
  row_number() over (partition by "AptNum" order by (_sdc_deleted_at is not null and "DateTStamp" is null), "DateTStamp" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank,
  max(_sdc_received_at) filter (where _sdc_deleted_at is not null and "DateTStamp" is null) over (partition by "AptNum") as _tombstone_received_at,
  max(_sdc_deleted_at) filter (where _sdc_deleted_at is not null and "DateTStamp" is null) over (partition by "AptNum") as _tombstone_deleted_at
  from source
)

select
  "AptNum"::bigint as "apt_num",
  "PatNum"::bigint as "pat_num",
  "AptStatus"::bigint as "apt_status",
  "Pattern"::text as "pattern",
  "Confirmed"::bigint as "confirmed",
  "TimeLocked"::bigint as "time_locked",
  "Op"::bigint as "op",
  "Note"::text as "note",
  "ProvNum"::bigint as "prov_num",
  "ProvHyg"::bigint as "prov_hyg",
  "AptDateTime"::timestamptz as "apt_date_time",
  "NextAptNum"::bigint as "next_apt_num",
  "UnschedStatus"::bigint as "unsched_status",
  "IsNewPatient"::bigint as "is_new_patient",
  "ProcDescript"::text as "proc_descript",
  "Assistant"::bigint as "assistant",
  "ClinicNum"::bigint as "clinic_num",
  "IsHygiene"::bigint as "is_hygiene",
  "DateTStamp"::timestamptz as "date_t_stamp",
  "DateTimeArrived"::timestamptz as "date_time_arrived",
  "DateTimeSeated"::timestamptz as "date_time_seated",
  "DateTimeDismissed"::timestamptz as "date_time_dismissed",
  "InsPlan1"::bigint as "ins_plan1",
  "InsPlan2"::bigint as "ins_plan2",
  "DateTimeAskedToArrive"::timestamptz as "date_time_asked_to_arrive",
  "ProcsColored"::text as "procs_colored",
  "ColorOverride"::bigint as "color_override",
  "AppointmentTypeNum"::bigint as "appointment_type_num",
  "SecUserNumEntry"::bigint as "sec_user_num_entry",
  "SecDateTEntry"::timestamptz as "sec_date_t_entry",
  "Priority"::bigint as "priority",
  "ProvBarText"::text as "prov_bar_text",
  "PatternSecondary"::text as "pattern_secondary",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
