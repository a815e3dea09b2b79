-- The audit log stays append-only, with one exception: redaction. An UPDATE may only remove personal
-- data from an event (actor label and IP set to NULL, keys taken out of details), never change what
-- happened, when, to what or by whom (lib/privacy/purge.ts and account deletion use it). DELETE and
-- TRUNCATE are still refused.
CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND NEW.id = OLD.id
     AND NEW.at = OLD.at
     AND NEW.actor_kind = OLD.actor_kind
     AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
     AND NEW.action = OLD.action
     AND NEW.subject_type IS NOT DISTINCT FROM OLD.subject_type
     AND NEW.subject_id IS NOT DISTINCT FROM OLD.subject_id
     AND (NEW.actor_label IS NULL OR NEW.actor_label = OLD.actor_label)
     AND (NEW.ip IS NULL OR NEW.ip = OLD.ip)
     AND (NEW.details IS NULL OR (OLD.details IS NOT NULL AND OLD.details @> NEW.details))
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$ LANGUAGE plpgsql;
