{#
  HIMS deletions: a resource is deleted when the server reported it deleted (_history DELETE, REST deleted flag)
  at or after the version we hold, or when its status is entered-in-error. Returns the join and the columns.
#}
{% macro hims_tombstones(resource_stream) -%}
  (select id, max(deleted_at) as deleted_at, max(_synced_at) as _synced_at
   from {{ ref('stg_hims__deleted_resources') }}
   where resource_type = '{{ resource_stream }}'
   group by id)
{%- endmacro %}
