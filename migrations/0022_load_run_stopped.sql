-- A load run that SIGTERM cut short commits what it read and releases its state, as before, but is recorded as
-- 'stopped', not 'succeeded': it did not read its input to the end, so its streams' last success (etl.health) stays
-- as it was and `medi-warehouse dq` does not announce it as a completed sync.
ALTER TABLE etl.load_runs DROP CONSTRAINT IF EXISTS load_runs_status_check;
ALTER TABLE etl.load_runs ADD CONSTRAINT load_runs_status_check CHECK (status IN ('running', 'succeeded', 'failed', 'stopped'));
