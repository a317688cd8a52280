-- Audit and control tables. load_run_files makes every source file process-once.
CREATE TABLE IF NOT EXISTS etl.load_runs (
  load_run_id     uuid PRIMARY KEY,
  plugin          text NOT NULL,
  meltano_run_id  text,
  status          text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'succeeded', 'failed')),
  started_at      timestamptz NOT NULL DEFAULT now(),
  finished_at     timestamptz,
  rows_loaded     bigint NOT NULL DEFAULT 0,
  rows_rejected   bigint NOT NULL DEFAULT 0,
  rows_skipped    bigint NOT NULL DEFAULT 0,
  streams         jsonb NOT NULL DEFAULT '{}'::jsonb,
  error           text
);

CREATE TABLE IF NOT EXISTS etl.load_run_files (
  file_id          bigserial PRIMARY KEY,
  stream           text NOT NULL,
  source_uri       text NOT NULL,
  source_version_id text NOT NULL DEFAULT '',
  file_hash        text NOT NULL,
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'processed', 'failed')),
  first_load_run_id uuid REFERENCES etl.load_runs(load_run_id),
  last_load_run_id uuid REFERENCES etl.load_runs(load_run_id),
  rows_read        bigint NOT NULL DEFAULT 0,
  rows_ingested    bigint NOT NULL DEFAULT 0,
  rows_rejected    bigint NOT NULL DEFAULT 0,
  -- highest source row number committed: a replay skips rows at or below it, so a crash never duplicates.
  rows_committed_through bigint NOT NULL DEFAULT 0,
  started_at       timestamptz NOT NULL DEFAULT now(),
  finished_at      timestamptz,
  error            text,
  CONSTRAINT load_run_files_source_identity UNIQUE (stream, source_uri, source_version_id, file_hash)
);

CREATE TABLE IF NOT EXISTS etl.dq_results (
  dq_result_id  bigserial PRIMARY KEY,
  load_run_id   uuid REFERENCES etl.load_runs(load_run_id),
  checked_at    timestamptz NOT NULL DEFAULT now(),
  zone          text NOT NULL,
  table_name    text NOT NULL,
  check_name    text NOT NULL,
  column_name   text,
  observed      numeric,
  threshold     numeric,
  passed        boolean NOT NULL,
  details       jsonb NOT NULL DEFAULT '{}'::jsonb
);

CREATE TABLE IF NOT EXISTS etl.health (
  plugin               text NOT NULL,
  stream               text NOT NULL,
  last_success_at      timestamptz,
  last_failure_at      timestamptz,
  last_load_run_id     uuid,
  last_rows            bigint,
  PRIMARY KEY (plugin, stream)
);

CREATE TABLE IF NOT EXISTS etl.config (
  key         text PRIMARY KEY,
  value       jsonb NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE etl.load_runs OWNER TO medi_migrator;
ALTER TABLE etl.load_run_files OWNER TO medi_migrator;
ALTER TABLE etl.dq_results OWNER TO medi_migrator;
ALTER TABLE etl.health OWNER TO medi_migrator;
ALTER TABLE etl.config OWNER TO medi_migrator;

GRANT SELECT, INSERT, UPDATE ON etl.load_runs, etl.load_run_files, etl.health TO medi_loader;
GRANT USAGE ON SEQUENCE etl.load_run_files_file_id_seq TO medi_loader;
GRANT SELECT ON etl.config TO medi_loader;
GRANT SELECT ON ALL TABLES IN SCHEMA etl TO medi_transformer;
GRANT INSERT ON etl.dq_results TO medi_transformer;
GRANT USAGE ON SEQUENCE etl.dq_results_dq_result_id_seq TO medi_transformer;
-- raw tables created later by the loader stay readable by the transformer.
ALTER DEFAULT PRIVILEGES FOR ROLE medi_loader IN SCHEMA raw GRANT SELECT ON TABLES TO medi_transformer;
ALTER DEFAULT PRIVILEGES FOR ROLE medi_transformer IN SCHEMA core GRANT SELECT ON TABLES TO medi_reader;
