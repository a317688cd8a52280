{#
  HIMS deletions: a resource is deleted when the server reported it deleted (_history DELETE, REST deleted flag)
  for the version we hold or a later one, or when its status is entered-in-error. Returns the join and the columns.
  Versions decide where both are numbers (HAPI FHIR numbers them 1, 2, 3…; deleting version 2 writes version 3,
  and a re-create version 4): a deletion applies to the versions before its own. Otherwise times decide; a
  DELETE without a time (HAPI's form) carries the time the server built the history page, at or after the delete.
#}
{% macro hims_tombstones(resource_stream) -%}
  (select id, max(deleted_at) as deleted_at, max(_synced_at) as _synced_at,
     max(version_id::numeric) filter (where version_id ~ '^[0-9]{1,18}$') as deleted_version
   from {{ ref('stg_hims__deleted_resources') }}
   where resource_type = '{{ resource_stream }}'
   group by id)
{%- endmacro %}

{# Whether tombstone `t` applies to the version `v` holds (see hims_tombstones). #}
{% macro hims_deletion_applies(t, v) -%}
  case when {{ t }}.deleted_version is not null and {{ v }}.version_id ~ '^[0-9]{1,18}$'
    then {{ t }}.deleted_version > {{ v }}.version_id::numeric
    else {{ t }}.deleted_at >= {{ v }}.last_updated end
{%- endmacro %}
