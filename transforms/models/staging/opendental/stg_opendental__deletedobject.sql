-- generated from contracts/opendental/deletedobject.yaml by `npm run codegen`; do not edit
-- The newest version of each deleted_object_num: a tombstone, else the highest date_t_stamp, then the latest received; _deleted_at says when the source deleted it.
{{ config(materialized='table', indexes=[{'columns': ['deleted_object_num'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_opendental', 'opendental_deletedobject', {"DeletedObjectNum":"bigint","ObjectNum":"bigint","ObjectType":"bigint","DateTStamp":"timestamptz","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*, row_number() over (partition by "DeletedObjectNum" order by (_sdc_deleted_at is not null and "DateTStamp" is null) desc, "DateTStamp" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank
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
  _sdc_deleted_at as _deleted_at
from ranked
where version_rank = 1
