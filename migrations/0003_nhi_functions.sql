-- NHI helpers for core: validation (original mod-11 and HISO 10046:2023 mod-23 formats) and a keyed hash.
-- The HMAC key never appears in SQL: it arrives as the session setting medi.nhi_hmac_key, which clients
-- pass in the connection (PGOPTIONS="-c medi.nhi_hmac_key=<hex key>" built from MEDI_NHI_HMAC_KEY).
CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE OR REPLACE FUNCTION etl.nhi_format(raw text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  nhi text := upper(btrim(raw));
  letters constant text := 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  s int := 0;
  v int;
  ch text;
  r int;
BEGIN
  IF nhi IS NULL THEN RETURN NULL; END IF;
  IF nhi !~ '^[A-HJ-NP-Z]{3}[0-9]{2}([0-9][0-9]|[A-HJ-NP-Z][A-HJ-NP-Z])$' THEN RETURN NULL; END IF;
  FOR i IN 1..6 LOOP
    ch := substr(nhi, i, 1);
    v := CASE WHEN ch ~ '[0-9]' THEN ch::int ELSE strpos(letters, ch) END;
    s := s + v * (8 - i);
  END LOOP;
  IF nhi ~ '^[A-Z]{3}[0-9]{4}$' THEN
    r := s % 11;
    IF r = 0 THEN RETURN NULL; END IF;
    RETURN CASE WHEN (11 - r) % 10 = substr(nhi, 7, 1)::int THEN 'original' END;
  END IF;
  IF nhi ~ '^[A-Z]{3}[0-9]{2}[A-Z]{2}$' THEN
    r := s % 23;
    RETURN CASE WHEN 23 - r = strpos(letters, substr(nhi, 7, 1)) THEN 'new' END;
  END IF;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION etl.nhi_hash(raw text) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = etl, public AS $$
DECLARE
  k text := current_setting('medi.nhi_hmac_key', true);
BEGIN
  IF raw IS NULL OR btrim(raw) = '' THEN RETURN NULL; END IF;
  IF k IS NULL OR k = '' THEN
    RAISE EXCEPTION 'NHI hashing key is not set: export MEDI_NHI_HMAC_KEY (clients pass it as medi.nhi_hmac_key via PGOPTIONS)';
  END IF;
  RETURN encode(hmac(upper(btrim(raw)), k, 'sha256'), 'hex');
END
$$;

ALTER FUNCTION etl.nhi_format(text) OWNER TO medi_migrator;
ALTER FUNCTION etl.nhi_hash(text) OWNER TO medi_migrator;
GRANT EXECUTE ON FUNCTION etl.nhi_format(text), etl.nhi_hash(text) TO medi_transformer;
