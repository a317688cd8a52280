{#
  Odoo helpers for core. Tombstones: a record is deleted when id reconciliation found it gone after its last
  version (stg_odoo__deleted_records). Normalised matching keys: the bare host of a website or e-mail address
  (scheme, www., path, port dropped; lower case), and a company name lower-cased without punctuation or legal
  suffixes, so Odoo and APN records of one customer meet.
#}
{% macro odoo_tombstones(model) -%}
  (select id, max(deleted_at) as deleted_at
   from {{ ref('stg_odoo__deleted_records') }}
   where model = '{{ model }}'
   group by id)
{%- endmacro %}

{% macro odoo_domain(website, email) -%}
  nullif(coalesce(
    nullif(regexp_replace(lower(trim({{ website }})), '^([a-z][a-z0-9+.-]*://)?(www\.)?([^/:?#]+).*$', '\3'), ''),
    nullif(regexp_replace(lower(split_part(trim({{ email }}), '@', 2)), '^www\.', ''), '')
  ), '')
{%- endmacro %}

{% macro odoo_company_name(name) -%}
  nullif(trim(regexp_replace(regexp_replace(
    regexp_replace(lower({{ name }}), '[^[:alnum:][:space:]]+', ' ', 'g'),
    '\m(llc|ltd|limited|inc|co|corp|company|est|establishment|wll|fze|fzco|plc|gmbh|sa|spc)\M', ' ', 'g'),
    '\s+', ' ', 'g')), '')
{%- endmacro %}
