-- medi-notify clears a rule's state (a failure streak ends, a de-duplication window closes) by deleting its row in
-- app.notify_state. 0020 granted the notifier SELECT, INSERT, UPDATE only, which went unseen while the notifier
-- connected as the login; now that it runs as medi_notifier (kit/warehouse/roles.ts), it needs DELETE there, and
-- only there: the queue, events and deliveries stay append-and-update.
GRANT DELETE ON app.notify_state TO medi_notifier;
