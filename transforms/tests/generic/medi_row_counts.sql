{#
  tap-sql's counts (its `<source>__row_counts` control stream, one record per table per run) against the
  warehouse, for the table's latest count. One failing row per finding, with the figures:
    landed   every record that run wrote (rows and tombstones) is in raw, or in raw's rejects, under the run's
             load run id: nothing lost between the source and the warehouse
  and, when that run read the whole table under one snapshot (a full load; source_rows is null otherwise) and no
  later load has landed rows of the table since (the counts are the newest word on it):
    missing  staging holds no fewer live rows than the source held then, less the soft-deleted ones and less the
             keys the run's reconciliation tombstoned (a key deleted between the read and the reconciliation)
    extra    … and no more: more are keys the source no longer has that nothing marked deleted (a table that
             deletes hard and is not in reconcile_tables)
  Passes while the counts table does not exist yet (no run has written one).
#}
{% test medi_row_counts(model, source_name, counts_table, raw_table, stream, check) %}
{%- set counts = source(source_name, counts_table) -%}
{%- set raw = source(source_name, raw_table) -%}
{%- set have_counts = adapter.get_relation(database=counts.database, schema=counts.schema, identifier=counts.identifier) if execute else none -%}
{#- raw is created by the stream's first SCHEMA: missing, the table was never read, and nothing of it landed -#}
{%- set have_raw = adapter.get_relation(database=raw.database, schema=raw.schema, identifier=raw.identifier) if execute else none -%}
{%- if have_counts is none -%}
select 1 as no_counts_yet where false
{%- else -%}
with latest as (
  select * from {{ counts }} where stream = '{{ stream }}'
  order by counted_at desc, _sdc_sequence desc limit 1
)
{%- if check == 'landed' %}
{%- set rejects = adapter.get_relation(database=raw.database, schema=raw.schema, identifier=raw.identifier ~ '__rejects') if execute else none %},
run_rows as (
  {%- if have_raw is none %}
  select 0 as n
  {%- else %}
  -- the run's rows only: the BRIN index on _sdc_batched_at bounds the scan to what landed since the run started
  select count(*) as n from {{ raw }} l
  where l._sdc_load_run_id = (select _sdc_load_run_id from latest)
    and l._sdc_batched_at >= coalesce((select r.started_at from etl.load_runs r where r.load_run_id = (select _sdc_load_run_id from latest)), '-infinity')
  {%- endif %}
),
run_rejects as (
  {%- if rejects is not none %}
  select count(*) as n from {{ rejects }} j where j._sdc_load_run_id = (select _sdc_load_run_id from latest) and j._sdc_stream = '{{ stream }}'
  {%- else %}
  select 0 as n
  {%- endif %}
)
select latest.stream, latest.counted_at, latest._sdc_load_run_id as load_run_id,
  latest.rows_read + latest.tombstones as written, run_rows.n as landed, run_rejects.n as rejected
from latest, run_rows, run_rejects
where run_rows.n + run_rejects.n <> latest.rows_read + latest.tombstones
{%- else %}
select latest.stream, latest.counted_at, latest.source_rows, latest.source_deleted_rows, latest.tombstones,
  (select count(*) from {{ model }} where _deleted_at is null) as warehouse_live
from latest
where latest.source_rows is not null
  {%- if have_raw is not none %}
  and not exists (select 1 from {{ raw }} l where l._sdc_batched_at > latest._sdc_batched_at)
  {%- endif %}
  {%- if check == 'missing' %}
  and (select count(*) from {{ model }} where _deleted_at is null) < latest.source_rows - latest.source_deleted_rows - latest.tombstones
  {%- elif check == 'extra' %}
  and (select count(*) from {{ model }} where _deleted_at is null) > latest.source_rows - latest.source_deleted_rows
  {%- else %}
  {{ exceptions.raise_compiler_error("medi_row_counts: check must be landed, missing or extra; got " ~ check) }}
  {%- endif %}
{%- endif %}
{%- endif %}
{% endtest %}
