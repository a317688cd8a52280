-- Star schemas for the HIMS and Tally pipelines (dim_/fact_ tables built by dbt). Same role model as core:
-- the transformer builds them, the reader sees them.
CREATE SCHEMA IF NOT EXISTS hims_analytics;
CREATE SCHEMA IF NOT EXISTS tally_analytics;
ALTER SCHEMA hims_analytics OWNER TO medi_migrator;
ALTER SCHEMA tally_analytics OWNER TO medi_migrator;
GRANT USAGE, CREATE ON SCHEMA hims_analytics, tally_analytics TO medi_transformer;
GRANT USAGE ON SCHEMA hims_analytics, tally_analytics TO medi_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE medi_transformer IN SCHEMA hims_analytics, tally_analytics GRANT SELECT ON TABLES TO medi_reader;
