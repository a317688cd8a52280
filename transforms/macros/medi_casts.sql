{#
  Safe casts from raw text, in plain SQL so they run per row at full speed on PostgreSQL 15+ (no
  exception-block functions). medi_valid computes a column's validity once (the generated __checked model
  fences it with OFFSET 0); medi_cast_checked then casts only valid values and medi_error_checked names the
  reason, so a bad value sends its row to rejects instead of failing the build.
  Dates: `YYYY-MM-DD`, optionally followed by a time (the date part is used). `1900-01-01` is the source's
  "no date" sentinel and reads as NULL. Timestamps: `YYYY-MM-DD[ T]HH:MM[:SS[.fff]]` in var('source_time_zone'),
  with 1 to 7 fraction digits after either separator (7 is SQL Server's datetime2 default; PostgreSQL rounds to
  microseconds) (a model that casts them sets that zone for its session: medi_source_zone).
  Integers: digits with an optional sign, leading zeros allowed, within bigint's range. Decimals: what numeric
  holds (medi_numeric_fits).
  Year 0000 is refused (PostgreSQL has no year 0; the cast would fail the build).
  kit/contracts/row-check.ts mirrors these checks for taps (rows it passes skip them: medi_cast_valid); a
  change here needs the same change there and a new CHECK_RULES_VERSION.
#}

{% macro medi_re(type) -%}
  {%- if type == 'decimal' -%}'^[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)$'
  {%- else -%}{{ exceptions.raise_compiler_error('medi_re: no pattern for type ' ~ type) }}
  {%- endif -%}
{%- endmacro %}

{#
  Every valid month-day ('01-01' … '12-31', with '02-29'): a constant list of this size is hashed by
  PostgreSQL 14+, so one substr() and one probe check month, day and days-in-month together.
#}
{% macro medi_month_days() -%}
  {%- set lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] -%}
  {%- for m in range(1, 13) -%}{%- for d in range(1, lengths[m - 1] + 1) -%}'{{ '%02d' % m }}-{{ '%02d' % d }}'{% if not (m == 12 and d == 31) %}, {% endif %}{%- endfor -%}{%- endfor -%}
{%- endmacro %}

{#
  Checks are written for PostgreSQL's per-row cost: function calls that build text (translate, ::int of a
  substr) and regular expressions cost ~1 µs a value, while a substr(), a hashed IN-list probe or a
  one-character comparison cost a small fraction, and validation of every column was ~70% of a staging build.
  Date-like values: their shape (digits mapped to 0 by translate(), compared with the accepted shapes), then
  month-day from one hashed list, 29 February only in leap years, hours from a hashed list, and minutes and
  seconds by their first digit (the shape already proved both characters are digits).
#}
{% macro medi_date_shape(v) -%}
  translate({{ v }}, '123456789', '000000000') in (
    '0000-00-00', '0000-00-00 00:00', '0000-00-00 00:00:00', '0000-00-00 00:00:00.0', '0000-00-00 00:00:00.00',
    '0000-00-00 00:00:00.000', '0000-00-00 00:00:00.0000', '0000-00-00 00:00:00.00000', '0000-00-00 00:00:00.000000',
    '0000-00-00 00:00:00.0000000',
    '0000-00-00T00:00', '0000-00-00T00:00:00', '0000-00-00T00:00:00.0', '0000-00-00T00:00:00.00', '0000-00-00T00:00:00.000',
    '0000-00-00T00:00:00.0000', '0000-00-00T00:00:00.00000', '0000-00-00T00:00:00.000000', '0000-00-00T00:00:00.0000000')
{%- endmacro %}

{% macro medi_ok(col, type) -%}
  {%- set v = medi_ident(col) -%}
  {%- if type in ('date', 'timestamp') -%}
  ({{ medi_date_shape(v) }}
   and substr({{ v }}, 6, 5) in ({{ medi_month_days() }})
   and left({{ v }}, 4) <> '0000'
   and (substr({{ v }}, 6, 5) <> '02-29' or (substr({{ v }}, 1, 4)::int % 4 = 0 and (substr({{ v }}, 1, 4)::int % 100 <> 0 or substr({{ v }}, 1, 4)::int % 400 = 0)))
   and (length({{ v }}) = 10 or (substr({{ v }}, 12, 2) in ('00', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23')
        and substr({{ v }}, 15, 1) < '6' collate "C" and (length({{ v }}) = 16 or substr({{ v }}, 18, 1) < '6' collate "C"))))
  {%- elif type in ('string', 'json') -%}
  true
  {%- elif type == 'boolean' -%}
  ({{ v }} in ('0', '1') or lower({{ v }}) in ('0', '1', 'true', 'false', 't', 'f', 'yes', 'no', 'y', 'n'))
  {%- elif type == 'integer' -%}
  {#- ^[-+]?[0-9]+$ without a regular expression (ltrim() of the digits leaves nothing), in bigint's range -#}
  (case when left({{ v }}, 1) = '-' then {{ medi_bigint_digits('substr(' ~ v ~ ', 2)', '9223372036854775808') }}
        when left({{ v }}, 1) = '+' then {{ medi_bigint_digits('substr(' ~ v ~ ', 2)', '9223372036854775807') }}
        else {{ medi_bigint_digits(v, '9223372036854775807') }} end)
  {%- elif type == 'decimal' -%}
  ({{ v }} ~ {{ medi_re(type) }} and (length({{ v }}) <= 16384 or {{ medi_numeric_fits(v) }}))
  {%- else -%}
  ({{ v }} ~ {{ medi_re(type) }})
  {%- endif -%}
{%- endmacro %}

{#
  Digits `d` (an expression) of an integer whose magnitude is at most `most` (bigint's bound for its sign): up to
  18 digits always fit; more only when, leading zeros aside, there are 19 at most and, as text of equal length,
  they sort at or below the bound, so the range is decided exactly, never through a float.
#}
{% macro medi_bigint_digits(d, most) -%}
  (length({{ d }}) >= 1 and ltrim({{ d }}, '0123456789') = '' and (length({{ d }}) <= 18
     or length(ltrim({{ d }}, '0')) < 19
     or (length(ltrim({{ d }}, '0')) = 19 and ltrim({{ d }}, '0') <= '{{ most }}' collate "C")))
{%- endmacro %}

{#
  A decimal numeric can hold: at most 131072 digits before the point, leading zeros aside, and 16383 after it
  (trailing zeros count: they are its scale); more fails the cast ("value overflows numeric format"), which
  would fail the whole build. Regular expressions cannot count that far (quantifiers stop at 255), so lengths
  do; a value of at most 16384 characters cannot exceed either, and skips this.
#}
{% macro medi_numeric_fits(v) -%}
  (case when strpos({{ v }}, '.') = 0 then length(ltrim(ltrim({{ v }}, '+-'), '0')) <= 131072
        else length({{ v }}) - strpos({{ v }}, '.') <= 16383
             and length(ltrim(ltrim(left({{ v }}, strpos({{ v }}, '.') - 1), '+-'), '0')) <= 131072 end)
{%- endmacro %}

{# the cast, given a column whose validity was already computed as ok_flag (a boolean column) #}
{% macro medi_cast_checked(col, type, ok_flag) -%}
  {{ medi_cast_when(col, type, medi_ident(ok_flag)) }}
{%- endmacro %}

{# the cast of a value known to pass medi_valid (a row the tap marked as checked against this contract) #}
{% macro medi_cast_valid(col, type) -%}
  {{ medi_cast_when(col, type, none) }}
{%- endmacro %}

{#
  Timestamps are read in the session's zone, which the model sets to var('source_time_zone') with
  medi_source_zone() as its pre-hook: for a value without an offset (the only shape the checks let through)
  `v::timestamptz` is `v::timestamp at time zone <zone>`, DST gaps and overlaps included, and cheaper per value
  (the 200k-row appointments model took 3.8-4.0 s against 4.3-4.6 s).
#}
{% macro medi_source_zone() -%}
  set local timezone = '{{ var("source_time_zone") }}'
{%- endmacro %}

{% macro medi_cast_when(col, type, ok) -%}
  {%- set v = medi_ident(col) -%}
  {%- set when_ok = (ok ~ ' and ') if ok else '' -%}
  {%- if type == 'string' -%}{{ v }}
  {%- elif type == 'json' -%}(case when {{ v }} is not null then {{ v }}::jsonb end)
  {%- elif type in ('integer', 'decimal', 'boolean') -%}
  {%- set cast = {'integer': v ~ '::bigint', 'decimal': v ~ '::numeric', 'boolean': 'lower(' ~ v ~ ") in ('1', 'true', 't', 'yes', 'y')"}[type] -%}
  {%- if ok %}(case when {{ ok }} then {{ cast }} end){% else %}({{ cast }}){% endif %}
  {%- elif type == 'date' -%}(case when {{ when_ok }}substr({{ v }}, 1, 10) <> '1900-01-01' then substr({{ v }}, 1, 10)::date end)
  {%- elif type == 'timestamp' -%}(case when {{ when_ok }}substr({{ v }}, 1, 10) <> '1900-01-01' then ({{ v }}::timestamptz) end)
  {%- endif -%}
{%- endmacro %}

{# the reason a value fails, given its precomputed ok flag; NULL when acceptable. Values are never echoed. #}
{% macro medi_error_checked(col, type, ok_flag, required=false, domain=none) -%}
  {%- set v = medi_ident(col) -%}
  (case
    {%- if required %}
    when {{ v }} is null then 'required'
    {%- endif %}
    {%- if domain %}
    when not {{ medi_ident(ok_flag) }} then (case when {{ medi_ok(col, type) }} then 'not in domain' else 'not a valid {{ type }}' end)
    {%- else %}
    when not {{ medi_ident(ok_flag) }} then 'not a valid {{ type }}'
    {%- endif %}
  end)
{%- endmacro %}

{# true when the value is acceptable (NULL counts as acceptable here; `required` is checked separately) #}
{% macro medi_valid(col, type, domain=none) -%}
  {%- set v = medi_ident(col) -%}
  ({{ v }} is null or ({{ medi_ok(col, type) }}{% if domain %} and {{ v }} in ({% for d in domain %}'{{ d | replace("'", "''") }}'{% if not loop.last %}, {% endif %}{% endfor %}){% endif %}))
{%- endmacro %}
