{#
  APN core helpers.
  apn_ref_or_empty: a model another job builds (core.aws_accounts and core.odoo_opportunities come from odoo-sync),
  referenced so dbt knows the dependency, read when its table exists and otherwise an empty stand-in with the
  columns used, so the hourly apn-sync builds before Odoo was ever synced.
  apn_domain / apn_company_name: the same normalisation as odoo_domain / odoo_company_name (macros/medi_odoo.sql),
  so the two sides of core.opportunity_matches compare like with like.
#}
{% macro apn_ref_or_empty(model_name, columns) -%}
  {%- set r = ref(model_name) -%}
  {%- set rel = adapter.get_relation(database=r.database, schema=r.schema, identifier=r.identifier) if execute else none -%}
  {%- if rel is not none -%}
  (select * from {{ r }})
  {%- else -%}
  (select {% for c, t in columns.items() %}null::{{ t }} as {{ medi_ident(c) }}{{ ', ' if not loop.last }}{% endfor %} where false)
  {%- endif -%}
{%- endmacro %}

{% macro apn_domain(website) -%}
  {{ odoo_domain(website, 'null::text') }}
{%- endmacro %}

{% macro apn_company_name(name) -%}
  {{ odoo_company_name(name) }}
{%- endmacro %}
