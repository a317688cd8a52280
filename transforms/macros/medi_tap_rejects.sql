{#
  Rows a file tap rejected before landing (wrong field count) for one stream, shaped like a rejects model:
  empty when none were ever rejected (the table does not exist yet). per_org_id is the file's PerOrgID (its name);
  NULL for rows landed before the tap sent it.
#}
{% macro medi_tap_rejects(source_name, table_name, stream) -%}
  {%- set src = source(source_name, table_name) -%}
  {%- set rel = adapter.get_relation(database=target.database, schema=src.schema, identifier=src.identifier) if execute else none -%}
  {%- if rel is not none -%}
  {%- set has_org = adapter.get_columns_in_relation(rel) | selectattr('name', 'equalto', '_source_per_org_id') | list | length > 0 -%}
  select
    _source_uri as source_uri,
    _source_version_id as source_version_id,
    _source_file_hash as source_file_hash,
    _source_row_number as source_row_number,
    _source_date_extracted as date_extracted,
    _sdc_load_run_id as load_run_id,
    _sdc_batched_at as loaded_at,
    jsonb_build_object('row_text', row_text, 'field_count', field_count) as source_row,
    jsonb_build_object('_row', reason) as field_errors,
    {{ '_source_per_org_id' if has_org else 'null::text' }} as per_org_id
  from {{ src }}
  where stream = '{{ stream }}'
  {%- else -%}
  select null::text, null::text, null::text, null::bigint, null::text, null::uuid, null::timestamptz, null::jsonb, null::jsonb, null::text where false
  {%- endif -%}
{%- endmacro %}
