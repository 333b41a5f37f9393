-- 0030: a supervisor's tally counted by SQL too (#15). A team's tally keeps its own history: someone enrolled
-- earlier by another team is still new to this one (tally-records.ts). So each fact row also says whether the
-- enrolment is new judged from the person's approved records in the registration's own team alone
-- (`team_vsi_new`, `team_hi_new`: the only facts that depend on history), and which team that is. A
-- registration's team is fixed when it is first stored. The facts are worked out again after this migration
-- (FACTS_VERSION in tally-facts.ts), so the defaults below are never counted.
ALTER TABLE tally_facts
  ADD COLUMN team_id text,
  ADD COLUMN team_vsi_new boolean NOT NULL DEFAULT FALSE,
  ADD COLUMN team_hi_new boolean NOT NULL DEFAULT FALSE;
CREATE INDEX tally_facts_team_idx ON tally_facts (team_id, collected_at);

-- A registration's team joins the columns whose change marks its people stale, should it ever change.
DROP TRIGGER registrations_tally_update ON registrations;
CREATE TRIGGER registrations_tally_update AFTER UPDATE ON registrations
  FOR EACH ROW
  WHEN ((OLD.review_status = 'approved' OR NEW.review_status = 'approved')
    AND (OLD.review_status, OLD.voided, OLD.tally_record, OLD.owner_id, OLD.event_id, OLD.collected_at, OLD.team_id)
      IS DISTINCT FROM (NEW.review_status, NEW.voided, NEW.tally_record, NEW.owner_id, NEW.event_id, NEW.collected_at, NEW.team_id))
  EXECUTE FUNCTION tally_facts_mark_stale();
