{#
  Safe casts from raw text, in plain SQL so they run per row at full speed on PostgreSQL 15+ (no
  exception-block functions). A value that does not fit its type yields NULL from medi_cast and a reason
  from medi_check, so the row goes to rejects instead of failing the build.
  Dates: `YYYY-MM-DD`, optionally followed by a time (the date part is used). `1900-01-01` is the source's
  "no date" sentinel and reads as NULL. Timestamps: `YYYY-MM-DD[ T]HH:MM[:SS[.fff]]` in var('source_time_zone').
#}

{% macro medi_re(type) -%}
  {%- if type == 'integer' -%}'^[-+]?[0-9]{1,18}$'
  {%- elif type == 'decimal' -%}'^[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)$'
  {%- elif type == 'boolean' -%}'^(0|1|true|false|t|f|yes|no|y|n|TRUE|FALSE|True|False|Yes|No|Y|N)$'
  {%- elif type == 'date' -%}'^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ T]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]{1,6})?)?)?$'
  {%- elif type == 'timestamp' -%}'^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ T]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]{1,6})?)?)?$'
  {%- else -%}'.*'
  {%- endif -%}
{%- endmacro %}

{# true when the calendar date in the first 10 chars exists (rejects 2024-02-30 without raising) #}
{% macro medi_real_date(v) -%}
  (to_char((substr({{ v }}, 1, 8) || '01')::date + (substr({{ v }}, 9, 2)::int - 1), 'YYYY-MM-DD') = substr({{ v }}, 1, 10))
{%- endmacro %}

{% macro medi_ok(col, type) -%}
  {%- set v = adapter.quote(col) -%}
  {%- if type in ('date', 'timestamp') -%}
  ({{ v }} ~ {{ medi_re(type) }} and {{ medi_real_date(v) }})
  {%- elif type in ('string', 'json') -%}
  true
  {%- else -%}
  ({{ v }} ~ {{ medi_re(type) }})
  {%- endif -%}
{%- endmacro %}

{% macro medi_cast(col, type) -%}
  {%- set v = adapter.quote(col) -%}
  {%- if type == 'string' -%}{{ v }}
  {%- elif type == 'json' -%}(case when {{ v }} is not null then {{ v }}::jsonb end)
  {%- elif type == 'integer' -%}(case when {{ medi_ok(col, type) }} then {{ v }}::bigint end)
  {%- elif type == 'decimal' -%}(case when {{ medi_ok(col, type) }} then {{ v }}::numeric end)
  {%- elif type == 'boolean' -%}(case when {{ medi_ok(col, type) }} then lower({{ v }}) in ('1', 'true', 't', 'yes', 'y') end)
  {%- elif type == 'date' -%}(case when {{ medi_ok(col, type) }} and substr({{ v }}, 1, 10) <> '1900-01-01' then substr({{ v }}, 1, 10)::date end)
  {%- elif type == 'timestamp' -%}(case when {{ medi_ok(col, type) }} and substr({{ v }}, 1, 10) <> '1900-01-01' then ({{ v }}::timestamp at time zone '{{ var("source_time_zone") }}') end)
  {%- endif -%}
{%- endmacro %}

{# NULL when the value is acceptable, else the reason. Values are never echoed (they may be PII). #}
{% macro medi_check(col, type, required=false, domain=none) -%}
  {%- set v = adapter.quote(col) -%}
  {%- if not required and type in ('string', 'json') and not domain -%}
  null::text
  {%- else -%}
  (case
    {%- if required %}
    when {{ v }} is null then 'required'
    {%- endif %}
    {%- if type not in ('string', 'json') %}
    when {{ v }} is not null and not {{ medi_ok(col, type) }} then 'not a valid {{ type }}'
    {%- endif %}
    {%- if domain %}
    when {{ v }} is not null and {{ v }} not in ({% for d in domain %}'{{ d | replace("'", "''") }}'{% if not loop.last %}, {% endif %}{% endfor %}) then 'not in domain'
    {%- endif %}
  end)
  {%- endif -%}
{%- endmacro %}
