{#
  An instant (timestamptz) as text that does not depend on the session: exactly what `ts::text` gives under
  TimeZone UTC and DateStyle ISO (the settings surrogate keys were first computed under), e.g.
  `2025-08-03 22:44:00+00` or `… 22:44:00.12+00`. `ts::text` follows the session's zone, so a build under
  another PGTZ gave other surrogate keys for the same history. (Years BC, which no source sends, lose their
  era; infinities are written as ::text writes them.)
#}
{% macro medi_instant_text(ts) -%}
  (case when isfinite({{ ts }}) then to_char({{ ts }} at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS')
     || rtrim(to_char({{ ts }} at time zone 'UTC', '.US'), '.0') || '+00' else ({{ ts }})::text end)
{%- endmacro %}
