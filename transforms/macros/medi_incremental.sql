{#
  Incremental typed staging (stg_*__checked, for raw tables whose rows carry their file and row number): a
  build appends only the raw rows landed since the last one. Raw is append-only (but for a reprocess, below)
  and a (load run, file)'s rows are committed in row order, so "past that pair's last row already typed" is
  exactly the new rows, whatever order files were loaded in. Casting is deterministic, so the table is what a
  full rebuild would give, as long as the rows already in it were typed by this same model under the same
  rules and source zone. That is what the signature says: the model's generated text with the check rules'
  version (kit/contracts/dbt.ts), and the source_time_zone var, kept as the table's comment (medi_checked_sign,
  a post-hook). A build that finds another signature refuses to append (medi_checked_guard) and says how to
  rebuild; scripts/dbt rebuilds by itself (--full-refresh) when the project changed since the last scheduled
  build.
#}
{% macro medi_checked_signature(signature) -%}
  medi:{{ signature }}|{{ var('source_time_zone') }}
{%- endmacro %}

{# the signature, then the marks (medi_mark_set, below) #}
{% macro medi_checked_sign(signature) -%}
  {{ medi_mark_set(medi_checked_signature(signature)) }}
{%- endmacro %}

{% macro medi_checked_guard(signature) -%}
  {%- if execute and is_incremental() -%}
    {%- set found = run_query("select coalesce(obj_description('" ~ this ~ "'::regclass, 'pg_class'), '') as c").columns[0].values()[0] -%}
    {%- set found = (found.split('|')[:2]) | join('|') -%}
    {%- set want = medi_checked_signature(signature) -%}
    {%- if found != want -%}
      {{ exceptions.raise_compiler_error(this ~ " holds rows typed by another version of this model, under other check rules or in another source zone (found '" ~ found ~ "', this build is '" ~ want ~ "'): appending would mix them. Rebuild it: dbt run --full-refresh --select " ~ this.identifier ~ "+ (scripts/dbt does this itself when the project changed since the last scheduled build)") }}
    {%- endif -%}
  {%- endif -%}
{%- endmacro %}

{#
  Before an incremental build: fresh statistics on the columns that find the rows already typed. A table dbt
  has just created has none until autovacuum gets to it, and PostgreSQL then guessed thousands of (run, file)
  pairs where there was one and sorted all of raw for a merge join: 6.0 s against 2.1 s for the hash anti-join
  it picks with statistics (1M rows typed, none new). A first (full) build needs none and pays nothing.
#}
{% macro medi_checked_stats() -%}
  {%- if is_incremental() -%}
  analyze {{ this }} (load_run_id, source_uri, source_version_id, source_file_hash, source_row_number)
  {%- else -%}
  select 'no statistics needed for a full build'
  {%- endif -%}
{%- endmacro %}

{#
  Before an incremental build: forget the typed rows of a file that was reprocessed since they were typed. A
  reprocess (the tap's `reprocess` setting) deletes the file's raw rows and loads it again in one transaction,
  stamping etl.load_run_files.last_reprocessed_at with that transaction's time; rows typed from the deleted
  copies were loaded (loaded_at = raw's _sdc_batched_at) before it, the new copies at or after it. Without
  this the old copies stayed typed beside the new ones and their rejects counted twice.
#}
{% macro medi_checked_forget() -%}
  {%- if is_incremental() -%}
  delete from {{ this }} c using etl.load_run_files f
  where f.last_reprocessed_at is not null
    and c.source_uri = f.source_uri and coalesce(c.source_version_id, '') = f.source_version_id
    and c.source_file_hash = f.file_hash and c.loaded_at < f.last_reprocessed_at
    -- files reprocessed since the last build's bound: earlier ones were forgotten by an earlier build
    and {{ medi_since('f.last_reprocessed_at') }}
  {%- else -%}
  select 'nothing to forget in a full build'
  {%- endif -%}
{%- endmacro %}

{#
  Cost that follows the delta. An incremental model keeps two marks in its table's comment, after its signature
  (`|since=…|typed=…`), written by medi_mark_set (a post-hook, in the build's transaction) and read at the next
  build by medi_mark (compile time):
  - since: a time no row committed to raw after this build's snapshot was batched before. Every raw row is
    written by a load run (target-postgres-medi), in a transaction that starts (raw's _sdc_batched_at = now())
    after its run's etl.load_runs row was committed. So the rows this build did not see belong to runs still
    running when it started (started at or after their started_at) or to runs started after it (after its own
    transaction time): the bound is the least of this transaction's time and the oldest running run's start
    (medi_since_set, a pre-hook, before the model's statement reads raw). With it a build reads raw through
    the BRIN index on _sdc_batched_at the target keeps (connector.ts ensureLoadIndex), not all of it; what it
    finds there is still filtered exactly as before (past each load run and file's last row typed, looked up
    by an index), so the bound only skips rows that cannot be new.
  - typed: the newest typed_at of the typed staging this model read (core and rejects models): rows typed
    later are what the next build reads. The build lock (scripts/dbt, kit/warehouse/build-lock-cli.ts) keeps
    another build from typing rows between this build's statement and its mark.
  A table without marks (built before them, or by a model without marks) reads everything, as before.
#}
{% macro medi_mark(key) -%}
  {%- if execute and is_incremental() -%}
    {%- set found = run_query("select coalesce(obj_description('" ~ this ~ "'::regclass, 'pg_class'), '') as c").columns[0].values()[0] -%}
    {%- for part in found.split('|') if part.startswith(key ~ '=') -%}
      {{ return(part[(key | length) + 1:]) }}
    {%- endfor -%}
  {%- endif -%}
  {{ return(none) }}
{%- endmacro %}

{# `<column> >= since` when this table has a since mark, else true #}
{% macro medi_since(column) -%}
  {%- set since = medi_mark('since') -%}
  {%- if since is none -%} true {%- else -%} {{ column }} >= '{{ since }}'::timestamptz {%- endif -%}
{%- endmacro %}

{#
  typed staging rows typed since this model's last build (its typed mark); without a mark, those typed after the
  newest typed_at this table holds, or (own_typed_at=false: a table without the column) all of them
#}
{% macro medi_typed_since(column='typed_at', own_typed_at=true) -%}
  {%- set typed = medi_mark('typed') -%}
  {%- if typed is none and not own_typed_at -%}
  true
  {%- elif typed is none -%}
  {{ column }} > (select coalesce(max(typed_at), '-infinity') from {{ this }})
  {%- else -%}
  {{ column }} > '{{ typed }}'::timestamptz
  {%- endif -%}
{%- endmacro %}

{# pre-hook: this build's since bound, for medi_mark_set (transaction-local) #}
{% macro medi_since_set() -%}
  select set_config('medi.since', least(transaction_timestamp(), (select min(started_at) from etl.load_runs where status = 'running'))::text, true)
{%- endmacro %}

{# post-hook: the table's comment: `base` (the signature, or the model's name), then since, then typed when `typed_from` (a typed staging relation) is given #}
{% macro medi_mark_set(base, typed_from=none) -%}
  do $medi$ begin execute format('comment on table %s is %L', '{{ this }}',
    {{ "'" ~ base ~ "'" }} || '|since=' || current_setting('medi.since')
    {%- if typed_from is not none %} || '|typed=' || coalesce((select max(typed_at) from {{ typed_from }})::text, '-infinity'){% endif %}); end $medi$
{%- endmacro %}
