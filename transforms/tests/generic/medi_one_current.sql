{# SCD2: every natural key has exactly one current row. #}
{% test medi_one_current(model, columns) %}
select {{ columns | join(', ') }}, count(*) filter (where is_current) as current_rows
from {{ model }}
group by {{ columns | join(', ') }}
having count(*) filter (where is_current) <> 1
{% endtest %}
