-- Controlled reprocessing of a source file (tap-indici-s3 `reprocess`): the target deletes the file's earlier
-- rows and reloads it in one transaction; the audit keeps how often and when, and how many rows it replaced.
ALTER TABLE etl.load_run_files ADD COLUMN IF NOT EXISTS reprocessed_count integer NOT NULL DEFAULT 0;
ALTER TABLE etl.load_run_files ADD COLUMN IF NOT EXISTS last_reprocessed_at timestamptz;
ALTER TABLE etl.load_run_files ADD COLUMN IF NOT EXISTS rows_replaced bigint NOT NULL DEFAULT 0;
