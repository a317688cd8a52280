{#
  Rows a file tap rejected before landing (wrong field count) for one stream, shaped like a rejects model:
  empty when none were ever rejected (the table does not exist yet). per_org_id is the file's PerOrgID (its name);
  NULL for rows landed before the tap sent it.
#}
{% macro medi_tap_rejects(source_name, table_name, stream, incremental=false) -%}
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
  from {{ src }} landed
  where stream = '{{ stream }}'
  {%- if incremental and is_incremental() %}
    -- an incremental rejects model: the rows loaded since its last build's bound that it does not hold yet
    and {{ medi_since('landed._sdc_batched_at') }}
    and not exists (
      select 1 from {{ this }} r
      where r.load_run_id = landed._sdc_load_run_id
        and r.source_uri is not distinct from landed._source_uri and r.source_version_id is not distinct from landed._source_version_id
        and r.source_file_hash is not distinct from landed._source_file_hash and r.source_row_number is not distinct from landed._source_row_number
    )
  {%- endif %}
  {%- else -%}
  select null::text, null::text, null::text, null::bigint, null::text, null::uuid, null::timestamptz, null::jsonb, null::jsonb, null::text where false
  {%- endif -%}
{%- endmacro %}

{#
  Before an incremental rejects build: forget the rejects of files reprocessed since its last build (their raw
  rows, and so their typed rows, were replaced), as medi_checked_forget does for typed staging. A table without
  marks (built before them) is emptied: the build then appends every reject again, as a full build would.
#}
{% macro medi_rejects_forget() -%}
  {%- if is_incremental() and medi_mark('typed') is none -%}
  delete from {{ this }}
  {%- elif is_incremental() -%}
  delete from {{ this }} r using etl.load_run_files f
  where f.last_reprocessed_at is not null
    and r.source_uri = f.source_uri and coalesce(r.source_version_id, '') = f.source_version_id
    and r.source_file_hash = f.file_hash and r.loaded_at < f.last_reprocessed_at
    and {{ medi_since('f.last_reprocessed_at') }}
  {%- else -%}
  select 'nothing to forget in a full build'
  {%- endif -%}
{%- endmacro %}
