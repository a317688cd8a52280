-- The Meltano extractor whose records a load run took (MELTANO_EXTRACTOR_NAME, given to the loader of an EL block),
-- set when the run is recorded. `medi-warehouse dq` runs as a Meltano utility, which is given no extractor name: it
-- names a checked run's extractor from here in the events it publishes, so medi-notify keys that job's streak as the
-- tap's own failures key it (`*:<extractor>`) and a completed run ends it.
ALTER TABLE etl.load_runs ADD COLUMN IF NOT EXISTS extractor text;
