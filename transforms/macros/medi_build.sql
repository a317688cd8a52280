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

{#
  JIT for one model's build: MEDI_BUILD_JIT `off` or `on` for the model's transaction; unset or empty, the
  server's setting stands. scripts/dbt sets `off`. Why: a staging build is one long query over wide rows whose
  cost is far above jit_above_cost, so PostgreSQL compiles it with LLVM in the leader and in each worker, and
  the expressions are mostly casts that JIT cannot speed up. 1M Indici appointments on 2 cores: JIT took
  5.2-6.1 s of the checked model's CREATE TABLE (optimization and emission), which ran 16.1-17.9 s with it
  and 13.1-14.2 s without.
#}
{% macro medi_build_jit() -%}
  {%- set v = env_var('MEDI_BUILD_JIT', '') | trim | lower -%}
  {%- if v == '' -%}
  select 'server setting for jit'
  {%- elif v in ('on', 'off') -%}
  select set_config('jit', '{{ v }}', true)
  {%- else -%}
  {{ exceptions.raise_compiler_error('MEDI_BUILD_JIT must be on, off or empty; got ' ~ v) }}
  {%- endif -%}
{%- endmacro %}
