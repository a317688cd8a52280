{#
  Row-level security by organisation on a core table (a post-hook of every core model, in its transaction, so
  the table is never visible without it): medi_reader sees the rows whose per_org_id its login was granted with
  ALTER ROLE <login> SET medi.orgs = '<per_org_id>,…' (core.medi_orgs(), migrations/0010). The transformer owns
  the table, so its own builds and checks still see every row. The scalar subselect reads the list once per query, not once per row.
#}
{% macro medi_org_rls() -%}
alter table {{ this }} enable row level security;
drop policy if exists medi_reader_orgs on {{ this }};
create policy medi_reader_orgs on {{ this }} for select to medi_reader using (per_org_id::text = any ((select core.medi_orgs())::text[]))
{%- endmacro %}
