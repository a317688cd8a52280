-- Notifications (medi-notify, kit/notify/): the queue an application reads (the warehouse brief's
-- app.notification_queue), and the notifier's own durable state: the events it took in, its outbox of
-- deliveries (one per rule, event and channel: the idempotency key) and its rule state (failure streaks,
-- de-duplication windows). A NATS message is acknowledged only after its deliveries are committed here.
-- The role medi_notifier is made by migrations/bootstrap.sql with the others (the migrator cannot create roles).

CREATE SCHEMA IF NOT EXISTS app;
ALTER SCHEMA app OWNER TO medi_migrator;

CREATE TABLE IF NOT EXISTS app.notification_queue (
  notif_id     bigserial PRIMARY KEY,
  user_id      text NOT NULL,
  channel      text NOT NULL,
  subject      text NOT NULL,
  body_en      text NOT NULL,
  body_ar      text NOT NULL,
  status       text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'read', 'failed', 'cancelled')),
  scheduled_at timestamptz NOT NULL DEFAULT now(),
  created_at   timestamptz NOT NULL DEFAULT now(),
  -- the notifier's delivery key: one row per delivery and user, however often the notifier retries
  delivery_key text NOT NULL,
  CONSTRAINT notification_queue_delivery UNIQUE (delivery_key, user_id)
);
CREATE INDEX IF NOT EXISTS notification_queue_due ON app.notification_queue (user_id, scheduled_at) WHERE status = 'pending';

CREATE TABLE IF NOT EXISTS app.notify_events (
  event_id    text PRIMARY KEY,
  subject     text NOT NULL,
  stream_seq  bigint,
  received_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS app.notify_deliveries (
  delivery_key    text PRIMARY KEY,
  rule            text NOT NULL,
  channel         text NOT NULL,
  event_id        text NOT NULL,
  severity        text NOT NULL,
  subject         text NOT NULL,
  subject_ar      text NOT NULL,
  body_en         text NOT NULL,
  body_ar         text NOT NULL,
  facts           jsonb NOT NULL DEFAULT '{}'::jsonb,
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error      text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  sent_at         timestamptz
);
CREATE INDEX IF NOT EXISTS notify_deliveries_due ON app.notify_deliveries (channel, next_attempt_at) WHERE status = 'pending';

CREATE TABLE IF NOT EXISTS app.notify_state (
  rule       text NOT NULL,
  key        text NOT NULL,
  value      jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (rule, key)
);

ALTER TABLE app.notification_queue OWNER TO medi_migrator;
ALTER TABLE app.notify_events OWNER TO medi_migrator;
ALTER TABLE app.notify_deliveries OWNER TO medi_migrator;
ALTER TABLE app.notify_state OWNER TO medi_migrator;

GRANT USAGE ON SCHEMA app, etl, stg TO medi_notifier;
GRANT SELECT, INSERT, UPDATE ON app.notification_queue, app.notify_events, app.notify_deliveries, app.notify_state TO medi_notifier;
GRANT USAGE ON SEQUENCE app.notification_queue_notif_id_seq TO medi_notifier;
-- the run's per-stream counts for the summary (read only)
GRANT SELECT ON etl.load_runs, etl.load_run_files TO medi_notifier;
-- stg rejects (the quarantine) of a run, counted for the summary and the quarantine-rate rule
ALTER DEFAULT PRIVILEGES FOR ROLE medi_transformer IN SCHEMA stg GRANT SELECT ON TABLES TO medi_notifier;
