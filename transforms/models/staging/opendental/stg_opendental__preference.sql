-- generated from contracts/opendental/preference.yaml by `npm run codegen`; do not edit
-- The newest version of each pref_num: the highest pref_num, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['pref_num'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_opendental', 'opendental_preference', {"PrefNum":"bigint","PrefName":"text","ValueString":"text","Comments":"text","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  -- a tombstone has no cursor value: the key's values are those of its newest version, and it is deleted when a
  -- tombstone arrived no earlier than that version (the versions a tombstone names were read before it)
  row_number() over (partition by "PrefNum" order by (_sdc_deleted_at is not null and "PrefNum" is null), "PrefNum" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank,
  max(_sdc_received_at) filter (where _sdc_deleted_at is not null and "PrefNum" is null) over (partition by "PrefNum") as _tombstone_received_at,
  max(_sdc_deleted_at) filter (where _sdc_deleted_at is not null and "PrefNum" is null) over (partition by "PrefNum") as _tombstone_deleted_at
  from source
)

select
  "PrefNum"::bigint as "pref_num",
  "PrefName"::text as "pref_name",
  "ValueString"::text as "value_string",
  "Comments"::text as "comments",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
