-- Each step now runs as its role (migrations: medi_migrator; target-postgres-medi: medi_loader; dbt and its
-- build marker and data-quality step: medi_transformer; readers: medi_reader). What that needs beyond
-- 0001-0005, the audit made append-only, and organisation row-level security on core for readers.

-- the build marker (scripts/dbt) records the last successful build in etl.config
GRANT INSERT, UPDATE ON etl.config TO medi_transformer;

-- Audit: the loader updates only the columns it fills in on its open run; finished rows never change (below).
REVOKE UPDATE ON etl.load_runs, etl.load_run_files, etl.health FROM medi_loader;
GRANT UPDATE (status, finished_at, committed_at, rows_loaded, rows_rejected, rows_skipped, streams, error) ON etl.load_runs TO medi_loader;
GRANT UPDATE (status, last_load_run_id, rows_read, rows_ingested, rows_rejected, rows_committed_through, finished_at, error,
  reprocessed_count, last_reprocessed_at, rows_replaced) ON etl.load_run_files TO medi_loader;
GRANT UPDATE (last_success_at, last_failure_at, last_load_run_id, last_rows) ON etl.health TO medi_loader;

CREATE OR REPLACE FUNCTION etl.audit_refuse(what text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit is append-only: %', what USING ERRCODE = 'insufficient_privilege';
END
$$;

-- A load run can be changed only while it runs, and only in what the loader fills in; it is never deleted.
CREATE OR REPLACE FUNCTION etl.load_runs_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN PERFORM etl.audit_refuse(format('load run %s cannot be deleted', OLD.load_run_id)); END IF;
  IF OLD.status <> 'running' THEN PERFORM etl.audit_refuse(format('load run %s finished (%s) and cannot be changed', OLD.load_run_id, OLD.status)); END IF;
  IF (NEW.load_run_id, NEW.plugin, NEW.started_at) IS DISTINCT FROM (OLD.load_run_id, OLD.plugin, OLD.started_at)
     OR NEW.meltano_run_id IS DISTINCT FROM OLD.meltano_run_id THEN
    PERFORM etl.audit_refuse(format('load run %s: its identity cannot be changed', OLD.load_run_id));
  END IF;
  IF NEW.finished_at IS DISTINCT FROM OLD.finished_at AND NEW.finished_at IS DISTINCT FROM now() THEN
    PERFORM etl.audit_refuse(format('load run %s: finished_at can only be set to the current time', OLD.load_run_id));
  END IF;
  RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS load_runs_append_only ON etl.load_runs;
CREATE TRIGGER load_runs_append_only BEFORE UPDATE OR DELETE ON etl.load_runs FOR EACH ROW EXECUTE FUNCTION etl.load_runs_guard();

-- A source file's row keeps its identity. Once finished (processed or failed) it changes only
-- - on behalf of an open load run (a re-sent file: same outcome, counters only grow; a failed file read again), or
-- - when a reprocess request restarts it: pending, counters zero, reprocessed_count + 1, stamped now.
CREATE OR REPLACE FUNCTION etl.load_run_files_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  open_run boolean;
  restart boolean;
BEGIN
  IF TG_OP = 'DELETE' THEN PERFORM etl.audit_refuse(format('source file %s cannot be deleted', OLD.source_uri)); END IF;
  IF (NEW.file_id, NEW.stream, NEW.source_uri, NEW.source_version_id, NEW.file_hash, NEW.started_at)
       IS DISTINCT FROM (OLD.file_id, OLD.stream, OLD.source_uri, OLD.source_version_id, OLD.file_hash, OLD.started_at)
     OR NEW.first_load_run_id IS DISTINCT FROM OLD.first_load_run_id THEN
    PERFORM etl.audit_refuse(format('source file %s: its identity cannot be changed', OLD.source_uri));
  END IF;
  IF NEW.finished_at IS DISTINCT FROM OLD.finished_at AND NEW.finished_at IS NOT NULL AND NEW.finished_at <> now() THEN
    PERFORM etl.audit_refuse(format('source file %s: finished_at can only be set to the current time', OLD.source_uri));
  END IF;
  IF OLD.status = 'pending' THEN RETURN NEW; END IF;
  restart := NEW.reprocessed_count = OLD.reprocessed_count + 1 AND NEW.status = 'pending' AND NEW.last_reprocessed_at = now()
    AND NEW.rows_read = 0 AND NEW.rows_ingested = 0 AND NEW.rows_rejected = 0 AND NEW.rows_committed_through = 0 AND NEW.finished_at IS NULL;
  IF restart THEN RETURN NEW; END IF;
  open_run := EXISTS (SELECT 1 FROM etl.load_runs r WHERE r.load_run_id = NEW.last_load_run_id AND r.status = 'running');
  IF NOT open_run OR (NEW.reprocessed_count, NEW.last_reprocessed_at, NEW.rows_replaced) IS DISTINCT FROM (OLD.reprocessed_count, OLD.last_reprocessed_at, OLD.rows_replaced) THEN
    PERFORM etl.audit_refuse(format('source file %s finished (%s) and cannot be changed', OLD.source_uri, OLD.status));
  END IF;
  IF OLD.status = 'processed' AND (NEW.status <> 'processed' OR (NEW.rows_read, NEW.rows_rejected) IS DISTINCT FROM (OLD.rows_read, OLD.rows_rejected)
     OR NEW.finished_at IS DISTINCT FROM OLD.finished_at OR NEW.rows_ingested < OLD.rows_ingested OR NEW.rows_committed_through < OLD.rows_committed_through) THEN
    PERFORM etl.audit_refuse(format('source file %s was processed: its outcome cannot be rewritten', OLD.source_uri));
  END IF;
  RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS load_run_files_append_only ON etl.load_run_files;
CREATE TRIGGER load_run_files_append_only BEFORE UPDATE OR DELETE ON etl.load_run_files FOR EACH ROW EXECUTE FUNCTION etl.load_run_files_guard();

-- A stream's health only moves forward: a success or failure time is stamped now, never moved back or erased.
CREATE OR REPLACE FUNCTION etl.health_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN PERFORM etl.audit_refuse(format('health of %s/%s cannot be deleted', OLD.plugin, OLD.stream)); END IF;
  IF (NEW.plugin, NEW.stream) IS DISTINCT FROM (OLD.plugin, OLD.stream) THEN
    PERFORM etl.audit_refuse(format('health of %s/%s: its identity cannot be changed', OLD.plugin, OLD.stream));
  END IF;
  IF (NEW.last_success_at IS DISTINCT FROM OLD.last_success_at AND NEW.last_success_at IS DISTINCT FROM now())
     OR (NEW.last_failure_at IS DISTINCT FROM OLD.last_failure_at AND NEW.last_failure_at IS DISTINCT FROM now()) THEN
    PERFORM etl.audit_refuse(format('health of %s/%s: a success or failure can only be stamped with the current time', OLD.plugin, OLD.stream));
  END IF;
  RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS health_append_only ON etl.health;
CREATE TRIGGER health_append_only BEFORE UPDATE OR DELETE ON etl.health FOR EACH ROW EXECUTE FUNCTION etl.health_guard();

-- Organisations a login may see in core: the medi.orgs value its administrator set on it
-- (ALTER ROLE <login> SET medi.orgs = '685146,700001'), read from the catalog rather than from the session, so
-- a reader's own SET medi.orgs cannot widen it (and PostgreSQL lets only a superuser ALTER ROLE … SET it).
-- dbt puts a policy on every core table (transforms/macros/medi_org_rls.sql) keyed by per_org_id.
CREATE OR REPLACE FUNCTION core.medi_orgs() RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
  SELECT coalesce((SELECT array_remove(string_to_array(regexp_replace(substr(c, length('medi.orgs=') + 1), '\s', '', 'g'), ','), '')
                     FROM pg_roles r, unnest(r.rolconfig) c
                    WHERE r.rolname = session_user AND c LIKE 'medi.orgs=%'), '{}')
$$;
REVOKE ALL ON FUNCTION core.medi_orgs() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION core.medi_orgs() TO medi_reader, medi_transformer;
