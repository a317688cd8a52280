{#
  Safe casts from raw text, in plain SQL so they run per row at full speed on PostgreSQL 15+ (no
  exception-block functions). medi_valid computes a column's validity once (the generated __checked model
  fences it with OFFSET 0); medi_cast_checked then casts only valid values and medi_error_checked names the
  reason, so a bad value sends its row to rejects instead of failing the build.
  Dates: `YYYY-MM-DD`, optionally followed by a time (the date part is used). `1900-01-01` is the source's
  "no date" sentinel and reads as NULL. Timestamps: `YYYY-MM-DD[ T]HH:MM[:SS[.fff]]` in var('source_time_zone').
#}

{% macro medi_re(type) -%}
  {%- if type == 'integer' -%}'^[-+]?[0-9]{1,18}$'
  {%- elif type == 'decimal' -%}'^[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)$'
  {%- else -%}{{ exceptions.raise_compiler_error('medi_re: no pattern for type ' ~ type) }}
  {%- endif -%}
{%- endmacro %}

{# true when the day exists in that month (rejects 2024-02-30 without raising); integer arithmetic only #}
{% macro medi_real_date(v) -%}
  (substr({{ v }}, 9, 2)::int <= case substr({{ v }}, 6, 2)
     when '02' then case when substr({{ v }}, 1, 4)::int % 4 = 0 and (substr({{ v }}, 1, 4)::int % 100 <> 0 or substr({{ v }}, 1, 4)::int % 400 = 0) then 29 else 28 end
     when '04' then 30 when '06' then 30 when '09' then 30 when '11' then 30 else 31 end)
{%- endmacro %}

{#
  Date-like values are checked by their shape (digits mapped to 0 by translate(), then compared with the
  accepted shapes: about twice as fast as a regular expression) and their ranges in integer arithmetic.
#}
{% macro medi_date_shape(v) -%}
  translate({{ v }}, '123456789', '000000000') in (
    '0000-00-00', '0000-00-00 00:00', '0000-00-00 00:00:00', '0000-00-00 00:00:00.0', '0000-00-00 00:00:00.00',
    '0000-00-00 00:00:00.000', '0000-00-00 00:00:00.0000', '0000-00-00 00:00:00.00000', '0000-00-00 00:00:00.000000',
    '0000-00-00T00:00', '0000-00-00T00:00:00', '0000-00-00T00:00:00.000', '0000-00-00T00:00:00.000000')
{%- endmacro %}

{% macro medi_ok(col, type) -%}
  {%- set v = adapter.quote(col) -%}
  {%- if type in ('date', 'timestamp') -%}
  ({{ medi_date_shape(v) }}
   and substr({{ v }}, 6, 2)::int between 1 and 12 and substr({{ v }}, 9, 2)::int >= 1 and {{ medi_real_date(v) }}
   and (length({{ v }}) = 10 or (substr({{ v }}, 12, 2)::int <= 23 and substr({{ v }}, 15, 2)::int <= 59 and (length({{ v }}) = 16 or substr({{ v }}, 18, 2)::int <= 59))))
  {%- elif type in ('string', 'json') -%}
  true
  {%- elif type == 'boolean' -%}
  (lower({{ v }}) in ('0', '1', 'true', 'false', 't', 'f', 'yes', 'no', 'y', 'n'))
  {%- else -%}
  ({{ v }} ~ {{ medi_re(type) }})
  {%- endif -%}
{%- endmacro %}

{# the cast, given a column whose validity was already computed as ok_flag (a boolean column) #}
{% macro medi_cast_checked(col, type, ok_flag) -%}
  {%- set v = adapter.quote(col) -%}
  {%- set ok = adapter.quote(ok_flag) -%}
  {%- if type == 'string' -%}{{ v }}
  {%- elif type == 'json' -%}(case when {{ v }} is not null then {{ v }}::jsonb end)
  {%- elif type == 'integer' -%}(case when {{ ok }} then {{ v }}::bigint end)
  {%- elif type == 'decimal' -%}(case when {{ ok }} then {{ v }}::numeric end)
  {%- elif type == 'boolean' -%}(case when {{ ok }} then lower({{ v }}) in ('1', 'true', 't', 'yes', 'y') end)
  {%- elif type == 'date' -%}(case when {{ ok }} and substr({{ v }}, 1, 10) <> '1900-01-01' then substr({{ v }}, 1, 10)::date end)
  {%- elif type == 'timestamp' -%}(case when {{ ok }} and substr({{ v }}, 1, 10) <> '1900-01-01' then ({{ v }}::timestamp at time zone '{{ var("source_time_zone") }}') end)
  {%- endif -%}
{%- endmacro %}

{# the reason a value fails, given its precomputed ok flag; NULL when acceptable. Values are never echoed. #}
{% macro medi_error_checked(col, type, ok_flag, required=false, domain=none) -%}
  {%- set v = adapter.quote(col) -%}
  (case
    {%- if required %}
    when {{ v }} is null then 'required'
    {%- endif %}
    {%- if domain %}
    when not {{ adapter.quote(ok_flag) }} then (case when {{ medi_ok(col, type) }} then 'not in domain' else 'not a valid {{ type }}' end)
    {%- else %}
    when not {{ adapter.quote(ok_flag) }} then 'not a valid {{ type }}'
    {%- endif %}
  end)
{%- endmacro %}

{# true when the value is acceptable (NULL counts as acceptable here; `required` is checked separately) #}
{% macro medi_valid(col, type, domain=none) -%}
  {%- set v = adapter.quote(col) -%}
  ({{ v }} is null or ({{ medi_ok(col, type) }}{% if domain %} and {{ v }} in ({% for d in domain %}'{{ d | replace("'", "''") }}'{% if not loop.last %}, {% endif %}{% endfor %}){% endif %}))
{%- endmacro %}
