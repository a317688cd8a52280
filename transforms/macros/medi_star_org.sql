{#
  The organisation of a star-schema row, for row-level security (macros/medi_org_rls.sql) as on core: readers see
  the rows whose per_org_id their login was granted (ALTER ROLE <login> SET medi.orgs = '…').
  Tally: each company is its own set of books. Var tally_org_ids (or env MEDI_TALLY_ORG_IDS, JSON) maps a company
  name to an organisation id ({"Medi Clinic Pvt Ltd": "685146"}); a company not mapped is 'tally:<company name>',
  so it is seen only by a reader granted exactly that, never by one granted another organisation.
  HIMS: one hospital per warehouse: var hims_org_id (or env MEDI_HIMS_ORG_ID; default 'hims').
#}
{% macro tally_per_org_id(company) -%}
{%- set mapping = var('tally_org_ids', fromjson(env_var('MEDI_TALLY_ORG_IDS', '{}'))) -%}
{%- if mapping -%}
coalesce(case {{ company }}{% for name, org in mapping.items() %} when {{ medi_sql_string(name) }} then {{ medi_sql_string(org) }}{% endfor %} end, 'tally:' || {{ company }})
{%- else -%}
'tally:' || {{ company }}
{%- endif -%}
{%- endmacro %}

{% macro hims_per_org_id() -%}
{{ medi_sql_string(var('hims_org_id', env_var('MEDI_HIMS_ORG_ID', 'hims'))) }}::text
{%- endmacro %}

{% macro medi_sql_string(value) -%}
'{{ (value | string) | replace("'", "''") }}'
{%- endmacro %}

{#
  A tap-sql source (one database: one practice or organisation): var sql_org_ids (or env MEDI_SQL_ORG_IDS, JSON)
  maps the source name to its organisation id ({"opendental": "685146"}); a source not mapped is 'sql:<source>',
  seen only by a reader granted exactly that.
#}
{% macro sql_per_org_id(source) -%}
{%- set mapping = var('sql_org_ids', fromjson(env_var('MEDI_SQL_ORG_IDS', '{}'))) -%}
{{ medi_sql_string(mapping.get(source, 'sql:' ~ source)) }}::text
{%- endmacro %}
