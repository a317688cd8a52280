{#
  A raw table, or an empty relation of the same shape when the stream has not landed yet, so staging
  builds (empty) for every contract instead of failing on a stream that has had no file so far.
#}
{% macro medi_source(source_name, table_name, text_columns, lineage_columns) -%}
  {%- set src = source(source_name, table_name) -%}
  {%- set rel = adapter.get_relation(database=target.database, schema=src.schema, identifier=src.identifier) if execute else none -%}
  {%- if rel is not none -%}
  select * from {{ src }}
  {%- else -%}
  select
    {%- for c in text_columns %}
    null::text as {{ adapter.quote(c) }},
    {%- endfor %}
    {%- for c in lineage_columns %}
    null::{{ 'bigint' if c == '_source_row_number' else 'text' }} as {{ c }},
    {%- endfor %}
    null::uuid as _sdc_load_run_id
  where false
  {%- endif -%}
{%- endmacro %}

{#
  The same for a typed stream: `columns` maps each raw column to its PostgreSQL type, so an empty stand-in
  has the types staging casts from.
#}
{% macro medi_source_typed(source_name, table_name, columns) -%}
  {%- set src = source(source_name, table_name) -%}
  {%- set rel = adapter.get_relation(database=target.database, schema=src.schema, identifier=src.identifier) if execute else none -%}
  {%- if rel is not none -%}
  select * from {{ src }}
  {%- else -%}
  select
    {%- for c, t in columns.items() %}
    null::{{ t }} as {{ adapter.quote(c) }},
    {%- endfor %}
    null::timestamptz as _sdc_received_at,
    null::bigint as _sdc_sequence,
    null::uuid as _sdc_load_run_id
  where false
  {%- endif -%}
{%- endmacro %}
