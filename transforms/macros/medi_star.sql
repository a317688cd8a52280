{#
  Star-schema tables (hims_analytics, tally_analytics) are incremental: each build takes only the rows whose
  `_changed_at` (when the warehouse received the newest version or tombstone behind the row) is past the
  newest one already built, and upserts them on the model's unique key (delete+insert). A rerun with nothing
  new changes nothing.
#}
{% macro medi_changed_since_last_build(column='_changed_at') -%}
  {%- if is_incremental() %}
  where {{ column }} > (select coalesce(max({{ column }}), '-infinity'::timestamptz) from {{ this }})
  {%- endif %}
{%- endmacro %}
