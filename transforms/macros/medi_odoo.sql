{#
  Odoo helpers for core (a record unlinked in Odoo is the staging row whose _deleted_at is set: id reconciliation's
  tombstone on the model's own stream). Normalised matching keys: the bare host of a website or e-mail address
  (scheme, www., path, port dropped; lower case), and a company name lower-cased without punctuation or legal
  suffixes, so Odoo and APN records of one customer meet.
#}
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
