-- Zones and the four roles. Roles are NOLOGIN groups: grant them to real login users.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'medi_migrator') THEN CREATE ROLE medi_migrator NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'medi_loader') THEN CREATE ROLE medi_loader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'medi_transformer') THEN CREATE ROLE medi_transformer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'medi_reader') THEN CREATE ROLE medi_reader NOLOGIN; END IF;
END
$$;

CREATE SCHEMA IF NOT EXISTS raw;
CREATE SCHEMA IF NOT EXISTS stg;
CREATE SCHEMA IF NOT EXISTS core;
CREATE SCHEMA IF NOT EXISTS etl;

ALTER SCHEMA raw OWNER TO medi_migrator;
ALTER SCHEMA stg OWNER TO medi_migrator;
ALTER SCHEMA core OWNER TO medi_migrator;
ALTER SCHEMA etl OWNER TO medi_migrator;

-- loader: writes raw and etl (creates raw tables from SCHEMA messages).
GRANT USAGE, CREATE ON SCHEMA raw TO medi_loader;
GRANT USAGE ON SCHEMA etl TO medi_loader;
-- transformer: reads raw and etl, builds stg and core.
GRANT USAGE ON SCHEMA raw, etl TO medi_transformer;
GRANT USAGE, CREATE ON SCHEMA stg, core TO medi_transformer;
-- reader: core only.
GRANT USAGE ON SCHEMA core TO medi_reader;
