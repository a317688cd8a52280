-- Run by the migration runner before every migrate, as the login user of DATABASE_URL (a superuser, or a user
-- with CREATEROLE that owns the database); the numbered migrations then run as medi_migrator. Idempotent.
-- This is the one step that needs more than the four roles: it makes them exist (they are cluster-wide, so
-- another database's migration may create them at the same moment), lets the login become each of them, lets
-- the migrator create schemas, and hands objects made before each step ran as its role to the role that builds
-- them now (raw → medi_loader; stg, core and the star schemas → medi_transformer; etl → medi_migrator).
DO $$
DECLARE
  r text;
  obj record;
BEGIN
  FOREACH r IN ARRAY ARRAY['medi_migrator', 'medi_loader', 'medi_transformer', 'medi_reader', 'medi_notifier'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      BEGIN
        EXECUTE format('CREATE ROLE %I NOLOGIN', r);
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL; -- created meanwhile by a migration of another database on this server
      END;
    END IF;
    -- a superuser may become any role already; anyone else needs membership to SET ROLE
    IF NOT pg_has_role(current_user, r, 'MEMBER') THEN
      EXECUTE format('GRANT %I TO %I', r, current_user);
    END IF;
  END LOOP;
  -- the migrator manages what the loader and transformer own (indexes, columns, grants)
  IF NOT pg_has_role('medi_migrator', 'medi_loader', 'MEMBER') THEN GRANT medi_loader TO medi_migrator; END IF;
  IF NOT pg_has_role('medi_migrator', 'medi_transformer', 'MEMBER') THEN GRANT medi_transformer TO medi_migrator; END IF;
  IF NOT has_database_privilege('medi_migrator', current_database(), 'CREATE') THEN
    EXECUTE format('GRANT CREATE ON DATABASE %I TO medi_migrator', current_database());
  END IF;

  -- zones made by hand or by an older version before the migrations ran: the migrator owns them
  FOR obj IN
    SELECT n.nspname FROM pg_namespace n
     WHERE n.nspname IN ('raw', 'stg', 'core', 'hims_analytics', 'tally_analytics', 'etl') AND pg_get_userbyid(n.nspowner) <> 'medi_migrator'
  LOOP
    EXECUTE format('ALTER SCHEMA %I OWNER TO medi_migrator', obj.nspname);
  END LOOP;
  -- objects made before the roles were connected (every step ran as the login user)
  FOR obj IN
    SELECT c.oid::regclass AS rel, n.nspname, c.relkind,
           CASE WHEN n.nspname = 'raw' THEN 'medi_loader' WHEN n.nspname = 'etl' THEN 'medi_migrator' ELSE 'medi_transformer' END AS owner
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname IN ('raw', 'stg', 'core', 'hims_analytics', 'tally_analytics', 'etl')
       AND c.relkind IN ('r', 'p', 'v', 'm')
       AND pg_get_userbyid(c.relowner) NOT IN ('medi_migrator', 'medi_loader', 'medi_transformer')
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO %I', CASE obj.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, obj.rel, obj.owner);
    IF obj.nspname = 'raw' THEN EXECUTE format('GRANT SELECT ON %s TO medi_transformer', obj.rel);
    ELSIF obj.nspname IN ('core', 'hims_analytics', 'tally_analytics') THEN EXECUTE format('GRANT SELECT ON %s TO medi_reader', obj.rel);
    END IF;
  END LOOP;
END
$$;
