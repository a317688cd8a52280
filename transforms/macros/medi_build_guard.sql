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

{#
  Before each model (a project-wide pre-hook): the session that took the build lock for this build (its server
  pid, the setting medi.build_lock_pid that kit/warehouse/build-lock-cli.ts puts in PGOPTIONS) still holds it.
  Killed alone (an orchestrator's SIGKILL reaches the lock's process, not the dbt it started), its lock went with
  its connection and another build may hold it now: this build stops at its next model rather than interleave
  watermarks with that one. (A setting, not env_var(): dbt re-parses every model when a variable its project's
  hooks read changes, and the pid changes with every build.)
#}
{% macro medi_build_lock_alive() -%}
  do $medi$ declare holder text := current_setting('medi.build_lock_pid', true); begin
    if holder ~ '^[0-9]+$' and not exists (
      select 1 from pg_locks
      where locktype = 'advisory' and granted and pid = holder::int and objsubid = 1
        and database = (select oid from pg_database where datname = current_database())
        and (classid::bigint << 32 | objid::bigint) = hashtextextended('medi-dbt-build', 0)
    ) then
      raise exception 'the session holding this build''s lock (server pid %) is gone: its process was killed, and another build may hold the lock now; this build stops (run it again)', holder;
    end if;
  end $medi$
{%- endmacro %}
