-- TRUNCATE skips row triggers: refuse it with a statement trigger (the log stays append-only).
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
