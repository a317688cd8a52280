{#
  A build (run, build, seed, snapshot) must hold the warehouse's build lock, which scripts/dbt takes
  (kit/warehouse/build-lock-cli.ts): incremental models record watermarks, and two builds that interleave
  could each record one past rows the other has not committed yet, rows no later build would pick up.
  dbt started directly, outside scripts/dbt (or Meltano's dbt-postgres utility, which runs it), would skip
  the lock, so it is refused here before any model is built. Pure Jinja: no query, no cost to a locked build.
  `--vars '{medi_unlocked_build: true}'` builds anyway, for a warehouse nothing else builds on.
#}
{% macro medi_require_build_lock() %}
  {%- if execute and flags.WHICH in ('run', 'build', 'seed', 'snapshot')
        and env_var('MEDI_DBT_LOCK_HELD', '') == '' and not var('medi_unlocked_build', false) -%}
    {{ exceptions.raise_compiler_error(
      "dbt " ~ flags.WHICH ~ " was started without the warehouse's build lock. Run it through scripts/dbt ("
      ~ "for example `scripts/dbt " ~ flags.WHICH ~ " --select ...`) or `meltano invoke dbt-postgres:" ~ flags.WHICH
      ~ "`, which take the lock so two builds never interleave their watermarks; or pass "
      ~ "--vars '{medi_unlocked_build: true}' if nothing else builds on this warehouse.") }}
  {%- endif -%}
{% endmacro %}
