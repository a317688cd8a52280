{# Fails when two rows share the same values of `columns` (a natural key must be unique). #}
{% test medi_unique_combination(model, columns) %}
select {{ columns | join(', ') }}, count(*) as n
from {{ model }}
group by {{ columns | join(', ') }}
having count(*) > 1
{% endtest %}
