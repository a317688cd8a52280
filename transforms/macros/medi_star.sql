{#
  Star-schema tables (hims_analytics, tally_analytics) are incremental: each build takes only the rows whose
  `_changed_at` (when the warehouse received the newest version or tombstone behind the row) is at or after the
  last build's since mark, and upserts them on the model's unique key (delete+insert). The mark
  (macros/medi_incremental.sql: the least of that build's time and the oldest running load run's start) is what
  makes this exact: `_changed_at` is stamped when a load writes a row, not when it commits, so a load that wrote
  before another one and committed after it and a build fell below "the newest one already built" for good.
  dbt_project.yml sets the hooks that keep the mark. A table built before the marks reads past its newest row,
  as it did. A rerun with nothing new reads only rows of runs still running at the last build.
#}
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
