-- 0023: people advised (tư vấn). A consultation is pushed by the phone that recorded it, idempotent by id;
-- the tallies sum `people` and the office lists the follow-ups due. The record (which may hold one
-- person's name and phone, given with consent) is kept whole; the columns are what the queries need.
CREATE TABLE consultations (
  id uuid PRIMARY KEY,
  device_id uuid NOT NULL REFERENCES devices (device_id),
  owner_id uuid NOT NULL REFERENCES users (id),
  team_id text REFERENCES teams (id),
  event_id text NOT NULL,
  recorded_at timestamptz NOT NULL,
  people integer NOT NULL,
  commune_code text,
  follow_up_on date,
  record jsonb NOT NULL,
  content_hash text NOT NULL,
  received_at timestamptz NOT NULL
);
CREATE INDEX consultations_event ON consultations (event_id, recorded_at);
CREATE INDEX consultations_follow_up ON consultations (follow_up_on) WHERE follow_up_on IS NOT NULL;
