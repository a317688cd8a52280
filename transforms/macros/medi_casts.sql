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
    when not {{ adapter.quote(ok_flag) }} then 'not a valid {{ type }}'
    {%- if domain %}
    when {{ v }} not in ({% for d in domain %}'{{ d | replace("'", "''") }}'{% if not loop.last %}, {% endif %}{% endfor %}) then 'not in domain'
    {%- endif %}
  end)
{%- endmacro %}

{# true when the value is acceptable (NULL counts as acceptable here; `required` is checked separately) #}
{% macro medi_valid(col, type, domain=none) -%}
  {%- set v = adapter.quote(col) -%}
  ({{ v }} is null or ({{ medi_ok(col, type) }}{% if domain %} and {{ v }} in ({% for d in domain %}'{{ d | replace("'", "''") }}'{% if not loop.last %}, {% endif %}{% endfor %}){% endif %}))
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
