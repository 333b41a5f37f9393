-- 0002: review at scale (issue #5): searchable people, duplicate flags, override reasons, events of a team,
-- and the indexes behind the filtered, keyset-paginated review list and the audit-log search.
-- Folded names are computed in TypeScript (foldName, src/domain) so the query and the column always agree:
-- rows stored before this migration get them from backfillPeople() at start-up.

ALTER TABLE registration_people
  ADD COLUMN folded_name text,
  ADD COLUMN name_words text[],
  ADD COLUMN birth_year smallint,
  ADD COLUMN commune_code text,
  ADD COLUMN commune_folded text;

-- Name search: whole words in any order (GIN on the word array), or the start of the folded name.
CREATE INDEX registration_people_words_idx ON registration_people USING gin (name_words);
CREATE INDEX registration_people_name_prefix_idx ON registration_people (folded_name text_pattern_ops);
-- Soft duplicate flag: same folded name + birth year (+ commune, checked on the few rows found).
CREATE INDEX registration_people_name_year_idx ON registration_people (folded_name, birth_year);
CREATE INDEX registration_people_commune_code_idx ON registration_people (commune_code, registration_id);
CREATE INDEX registration_people_commune_name_idx ON registration_people (commune_folded, registration_id);

-- Possible duplicates, stored both ways (A→B and B→A) when a revision is stored. `kind` decides severity:
-- duplicate_id (same ID number) is hard and needs an override to approve; possible_duplicate is soft.
CREATE TABLE registration_flags (
  registration_id uuid NOT NULL REFERENCES registrations (id),
  other_id uuid NOT NULL REFERENCES registrations (id),
  kind text NOT NULL CHECK (kind IN ('duplicate_id', 'possible_duplicate')),
  participant_index smallint NOT NULL,
  other_participant_index smallint NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (registration_id, other_id, kind, participant_index, other_participant_index)
);
CREATE INDEX registration_flags_other_idx ON registration_flags (other_id);

ALTER TABLE reviews ADD COLUMN override_reason text;

ALTER TABLE events ADD COLUMN team_id text REFERENCES teams (id);

-- The review list: newest first inside each filter the queue uses most.
CREATE INDEX registrations_status_list_idx ON registrations (review_status, collected_at DESC, id DESC);
CREATE INDEX registrations_team_status_list_idx ON registrations (team_id, review_status, collected_at DESC, id DESC);
CREATE INDEX registrations_event_list_idx ON registrations (event_id, collected_at DESC, id DESC);
CREATE INDEX registrations_device_idx ON registrations (device_id);

CREATE INDEX audit_log_entity_id_idx ON audit_log (entity_id, id);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, id);
CREATE INDEX audit_log_action_idx ON audit_log (action, id);
CREATE INDEX audit_log_at_idx ON audit_log (at);

-- 0001 refused UPDATE and DELETE; TRUNCATE would still have emptied the log.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
