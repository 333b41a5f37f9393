-- 0031: a team's whole tally in one scan, as the office's is (#15). The `prev_…` days of `tally_facts` are
-- worked out over every team's rows, so a team's tally had to reduce each person to one row per breakdown
-- (seconds for a team of hundreds of thousands of registrations). This table holds the same counting facts
-- for the rows of registrations that have a team, with new VSI and new HI judged by the team's own history
-- (`team_vsi_new`, `team_hi_new` of tally_facts) and the `prev_…` days worked out over the same team's rows
-- alone. It is filled and emptied with tally_facts (tally-facts.ts, moveIncoming); the facts are worked out
-- again after this migration (FACTS_VERSION 3), so it starts empty.
CREATE TABLE tally_team_facts (
  registration_id uuid NOT NULL,
  participant_index smallint NOT NULL,
  id_number text NOT NULL,
  team_id text NOT NULL,
  event_id text NOT NULL,
  owner_id uuid NOT NULL,
  collected_at timestamptz NOT NULL,
  day date NOT NULL,
  commune_code text,
  vsi_new boolean NOT NULL,
  hi_new boolean NOT NULL,
  hi_renewed boolean NOT NULL,
  vssid_assisted boolean NOT NULL,
  cashless_pension boolean NOT NULL,
  state_support_vnd bigint NOT NULL,
  collected_vnd bigint NOT NULL,
  -- As in tally_facts, over the rows of the same team.
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
CREATE INDEX tally_team_facts_person_idx ON tally_team_facts (id_number);
CREATE INDEX tally_team_facts_team_idx ON tally_team_facts (team_id, collected_at);
