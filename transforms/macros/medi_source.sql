{#
  A raw table, or an empty relation of the same shape when the stream has not landed yet, so staging
  builds (empty) for every contract instead of failing on a stream that has had no file so far.
#}
{% macro medi_source(source_name, table_name, text_columns, lineage_columns) -%}
  {%- set columns = {} -%}
  {%- for c in text_columns %}{% do columns.update({c: 'text'}) %}{% endfor -%}
  {%- for c in lineage_columns %}{% do columns.update({c: 'bigint' if c == '_source_row_number' else 'text'}) %}{% endfor -%}
  {{ medi_source_typed(source_name, table_name, columns) }}
{%- endmacro %}

{#
  A typed stream (and, through medi_source, a text one): `columns` maps each raw column to its PostgreSQL
  type, so an empty stand-in has the types staging casts from.
#}
{% macro medi_source_typed(source_name, table_name, columns) -%}
  {%- set src = source(source_name, table_name) -%}
  {%- set rel = adapter.get_relation(database=target.database, schema=src.schema, identifier=src.identifier) if execute else none -%}
  {%- if rel is not none -%}
  {#- a lineage column added after the table was created (e.g. _source_checked) reads as NULL on older tables -#}
  {%- set raw_columns = adapter.get_columns_in_relation(rel) -%}
  {%- set have = raw_columns | map(attribute='name') | list -%}
  {{- medi_source_drift(src, raw_columns, columns) -}}
  select *{% for c, t in columns.items() if c not in have %}, null::{{ t }} as {{ medi_ident(c) }}{% endfor %} from {{ src }}
  {%- else -%}
  select
    {%- for c, t in columns.items() %}
    null::{{ t }} as {{ medi_ident(c) }},
    {%- endfor %}
    null::timestamptz as _sdc_received_at,
    null::timestamptz as _sdc_extracted_at,
    null::timestamptz as _sdc_batched_at,
    null::bigint as _sdc_sequence,
    null::uuid as _sdc_load_run_id
  where false
  {%- endif -%}
{%- endmacro %}

{#
  A quoted identifier with its own double quotes doubled: medi_ident() only wraps the name, so a column a source
  named with a `"` (tap-sql discovers names as the source database spells them) would end the identifier early.
#}
{% macro medi_ident(name) -%}
  "{{ name | replace('"', '""') }}"
{%- endmacro %}

{#
  A raw column whose type is no longer the one the contract casts from fails the model, naming it: the target widens
  a column when a source's type changes (bigint to numeric, anything to text), and the generated cast would then
  round (2.5 read as bigint is 3) or fail on the first value that does not fit, with nothing said. The contract is
  rediscovered (`npm run contracts:discover`, then `npm run codegen`) or the source mended. Casts that keep every
  value pass: to text, and integers to numeric.
#}
{% macro medi_source_drift(src, raw_columns, columns) -%}
  {%- set names = {'timestamp with time zone': 'timestamptz', 'time without time zone': 'time', 'timestamp without time zone': 'timestamp', 'character varying': 'text', 'integer': 'bigint', 'smallint': 'bigint'} -%}
  {%- set drift = [] -%}
  {%- for col in raw_columns if col.name in columns -%}
    {%- set want = columns[col.name] -%}
    {%- set raw = names.get(col.dtype | lower, col.dtype | lower) -%}
    {%- if not (raw == want or want == 'text' or (raw == 'bigint' and want == 'numeric')) -%}
      {%- do drift.append('"' ~ col.name ~ '" is ' ~ col.dtype ~ ' in ' ~ src ~ ', the contract casts it from ' ~ want) -%}
    {%- endif -%}
  {%- endfor -%}
  {%- if drift -%}
    {{ exceptions.raise_compiler_error('raw column types changed since the contract was written (casting would change or refuse values): ' ~ (drift | join('; ')) ~ '. Rediscover the contract (npm run contracts:discover, then npm run codegen) or mend the source, then build again.') }}
  {%- endif -%}
{%- endmacro %}
