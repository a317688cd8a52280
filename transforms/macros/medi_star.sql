{#
  Star-schema tables (hims_analytics, tally_analytics) are incremental: each build takes only the rows whose
  `_changed_at` (when the warehouse received the newest version or tombstone behind the row) is at or after the
  last build's since mark, and upserts them on the model's unique key (delete+insert). `_changed_at` is stamped
  when a load writes a row, not when it commits, so a load that wrote before another one and committed after it
  and a build fell below "the newest one already built" for good. The mark is what the star tables read as of:
  they read the source's staging tables, built earlier in the same dbt run, so each staging table records its own
  since (the least of its build's time and the oldest running load run's start: macros/medi_incremental.sql,
  hooks in dbt_project.yml) and a star table's mark is the least of those of its source's staging tables
  (medi_since_from_staging). A row no staging table of this build saw was written at or after it. A table built
  before the marks reads past its newest row, as it did. A rerun with nothing new reads only rows of runs still
  running when the last build's staging was built.
#}

{#
  pre-hook of a star table: its since mark (for medi_mark_set) is the least since mark of the staging tables named
  `<prefix>%` in stg (a staging table without one, built before the marks, counts as -infinity: read everything
  once), never later than this transaction
#}
{% macro medi_since_from_staging(prefix) -%}
  select set_config('medi.since', least(transaction_timestamp(), (
    select min(coalesce(substring(obj_description(c.oid, 'pg_class') from 'since=([^|]+)')::timestamptz, '-infinity'))
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'stg' and c.relkind = 'r' and c.relname like '{{ prefix }}%' and c.relname not like '%\_\_rejects'
  ))::text, true)
{%- endmacro %}
{% macro medi_changed_since_last_build(column='_changed_at') -%}
  {%- if is_incremental() %}
  {%- set since = medi_mark('since') %}
  {%- if since is none %}
  where {{ column }} > (select coalesce(max({{ column }}), '-infinity'::timestamptz) from {{ this }})
  {%- else %}
  where {{ column }} >= '{{ since }}'::timestamptz
  {%- endif %}
  {%- endif %}
{%- endmacro %}
