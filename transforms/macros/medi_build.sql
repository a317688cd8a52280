{#
  Parallel workers for one model's build (a pre-hook of every model, for its transaction only): at most
  MEDI_BUILD_PARALLEL_WORKERS, never more than the server's own max_parallel_workers_per_gather. Unset or
  empty: the server's setting stands. scripts/dbt sets it to the host's cores − 1 when the database runs on
  the same host (it knows nothing of another host's cores).
  Why: a CREATE TABLE AS runs its SELECT in parallel workers, but the leader writes every row itself and also
  takes a share of the scan. With as many workers as cores, the workers and the leader fight over the cores
  while the leader is the bottleneck. 1M Indici appointments on 2 cores, alternating runs: the checked
  model's CREATE TABLE took 16.1–19.2 s (median 17.5 of 5) with one worker against 17.8–27.2 s (median 21.9)
  with PostgreSQL's default two, and 36 s with none.
#}
{% macro medi_build_workers() -%}
  {%- set n = env_var('MEDI_BUILD_PARALLEL_WORKERS', '') | trim -%}
  {%- if n == '' -%}
  select 'server setting for parallel workers'
  {%- elif modules.re.fullmatch('[0-9]+', n) -%}
  select set_config('max_parallel_workers_per_gather', least({{ n }}, current_setting('max_parallel_workers_per_gather')::int)::text, true)
  {%- else -%}
  {{ exceptions.raise_compiler_error('MEDI_BUILD_PARALLEL_WORKERS must be a whole number of workers, or empty; got ' ~ n) }}
  {%- endif -%}
{%- endmacro %}
