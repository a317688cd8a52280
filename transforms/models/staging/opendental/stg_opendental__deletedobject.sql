-- generated from contracts/opendental/deletedobject.yaml by `npm run codegen`; do not edit
-- The newest version of each deleted_object_num: the highest date_t_stamp, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['deleted_object_num'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_opendental', 'opendental_deletedobject', {"DeletedObjectNum":"bigint","ObjectNum":"bigint","ObjectType":"bigint","DateTStamp":"timestamptz","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  -- a tombstone has no cursor value: the key's values are those of its newest version, and it is deleted when a
  -- tombstone arrived no earlier than that version (the versions a tombstone names were read before it)
  row_number() over (partition by "DeletedObjectNum" order by (_sdc_deleted_at is not null and "DateTStamp" is null), "DateTStamp" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank,
  max(_sdc_received_at) filter (where _sdc_deleted_at is not null and "DateTStamp" is null) over (partition by "DeletedObjectNum") as _tombstone_received_at,
  max(_sdc_deleted_at) filter (where _sdc_deleted_at is not null and "DateTStamp" is null) over (partition by "DeletedObjectNum") as _tombstone_deleted_at
  from source
)

select
  "DeletedObjectNum"::bigint as "deleted_object_num",
  "ObjectNum"::bigint as "object_num",
  "ObjectType"::bigint as "object_type",
  "DateTStamp"::timestamptz as "date_t_stamp",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1
