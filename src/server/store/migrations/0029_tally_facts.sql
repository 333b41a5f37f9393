-- 0029: the campaign tally counted by SQL (#15). Each participant of each approved, not voided registration
-- has one row of facts: whether the enrolment counts as new, renewed, helped, and the money — worked out in
-- TypeScript (participantFactsBuilder, the same rulebook as the phone) from the person's earlier approved
-- records, and kept here so a tally is one aggregate instead of re-reading every record.
--
-- Whether an enrolment is new depends on the person's own earlier records, so any write that changes a
-- person's approved history marks that person stale (the triggers below, on every path that writes a
-- registration); the next tally works out again the facts of the people marked (tally-facts.ts). The facts also depend on the rules: `tally_facts_state` holds a fingerprint of the rule
-- set they were worked out under, and a tally under other rules (or the first one after this migration)
-- works them all out again.
CREATE TABLE tally_facts (
  registration_id uuid NOT NULL,
  participant_index smallint NOT NULL,
  id_number text NOT NULL,
  event_id text NOT NULL,
  owner_id uuid NOT NULL,
  collected_at timestamptz NOT NULL,
  -- The Vietnam date of collected_at.
  day date NOT NULL,
  province_code text NOT NULL,
  commune_code text,
  -- foldName of the commune as typed, and the spelling as typed (NFC, trimmed), for communes without a code.
  commune_folded text NOT NULL,
  commune_spelling text NOT NULL,
  vsi_new boolean NOT NULL,
  hi_new boolean NOT NULL,
  hi_renewed boolean NOT NULL,
  vssid_assisted boolean NOT NULL,
  cashless_pension boolean NOT NULL,
  state_support_vnd bigint NOT NULL,
  -- The registration's cash, on its first participant's row (the payer's) only; 0 on the others.
  collected_vnd bigint NOT NULL,
  -- For each count above and each breakdown: the day of the person's latest earlier row (in collection order)
  -- with the same fact, overall (total), at the same event, by the same collector, in the same commune (by
  -- code). NULL: none. A row counts the person in a breakdown row when no earlier row of theirs in it is in
  -- scope, that is, this day is NULL or before the scope's first day: distinct people without grouping by
  -- person. In a day's row, an earlier row the same day is `prev_total_… = day`.
  prev_total_vsi_new date,
  prev_total_hi_new date,
  prev_total_hi_renewed date,
  prev_total_vssid_assisted date,
  prev_total_cashless_pension date,
  prev_event_vsi_new date,
  prev_event_hi_new date,
  prev_event_hi_renewed date,
  prev_event_vssid_assisted date,
  prev_event_cashless_pension date,
  prev_owner_vsi_new date,
  prev_owner_hi_new date,
  prev_owner_hi_renewed date,
  prev_owner_vssid_assisted date,
  prev_owner_cashless_pension date,
  prev_commune_vsi_new date,
  prev_commune_hi_new date,
  prev_commune_hi_renewed date,
  prev_commune_vssid_assisted date,
  prev_commune_cashless_pension date,
  PRIMARY KEY (registration_id, participant_index)
);
CREATE INDEX tally_facts_person_idx ON tally_facts (id_number);
CREATE INDEX tally_facts_collected_idx ON tally_facts (collected_at);

CREATE INDEX tally_facts_event_idx ON tally_facts (event_id);
CREATE INDEX tally_facts_code_idx ON tally_facts (commune_code, collected_at, registration_id, participant_index);
CREATE INDEX tally_facts_codeless_idx ON tally_facts (province_code, commune_folded) WHERE commune_code IS NULL;

-- People whose facts must be worked out again before the next tally: one row per person per write, never a
-- unique key, so a writer never waits on a tally. A tally deletes exactly the rows it has seen (by mark_id),
-- so a mark committed while it works stays for the next one.
CREATE TABLE tally_facts_stale (mark_id bigserial PRIMARY KEY, id_number text NOT NULL);

CREATE TABLE tally_facts_state (
  only_row boolean PRIMARY KEY DEFAULT TRUE CHECK (only_row),
  -- Of the rule set the facts were worked out under; NULL: never worked out.
  rules_fingerprint text
);
INSERT INTO tally_facts_state (rules_fingerprint) VALUES (NULL);

-- Marks stale everyone on the old and the new version of a registration that is or was approved.
CREATE FUNCTION tally_facts_mark_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.review_status = 'approved' AND OLD.tally_record IS NOT NULL THEN
    INSERT INTO tally_facts_stale (id_number)
      SELECT DISTINCT p->>'idNumber' FROM jsonb_array_elements(OLD.tally_record->'participants') p;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.review_status = 'approved' AND NEW.tally_record IS NOT NULL THEN
    INSERT INTO tally_facts_stale (id_number)
      SELECT DISTINCT p->>'idNumber' FROM jsonb_array_elements(NEW.tally_record->'participants') p;
  END IF;
  RETURN NULL;
END $$;

-- A push of a pending record, an export mark, a pull cursor: none of them reach the tally, none fire these.
CREATE TRIGGER registrations_tally_insert AFTER INSERT ON registrations
  FOR EACH ROW WHEN (NEW.review_status = 'approved') EXECUTE FUNCTION tally_facts_mark_stale();
CREATE TRIGGER registrations_tally_delete AFTER DELETE ON registrations
  FOR EACH ROW WHEN (OLD.review_status = 'approved') EXECUTE FUNCTION tally_facts_mark_stale();
CREATE TRIGGER registrations_tally_update AFTER UPDATE ON registrations
  FOR EACH ROW
  WHEN ((OLD.review_status = 'approved' OR NEW.review_status = 'approved')
    AND (OLD.review_status, OLD.voided, OLD.tally_record, OLD.owner_id, OLD.event_id, OLD.collected_at)
      IS DISTINCT FROM (NEW.review_status, NEW.voided, NEW.tally_record, NEW.owner_id, NEW.event_id, NEW.collected_at))
  EXECUTE FUNCTION tally_facts_mark_stale();
