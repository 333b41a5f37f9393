-- 0001: accounts, devices, events, registrations with every revision, reviews and the audit log.
-- Same SQL on PGlite and PostgreSQL. Forward only: never edit a migration that has shipped; add the next one.

CREATE TABLE teams (
  id text PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  username text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('staff', 'supervisor', 'admin')),
  team_id text REFERENCES teams (id),
  display_name text NOT NULL,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Only the SHA-256 of a bearer token is stored: a copy of this table signs nobody in.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- Receipt prefixes are never reused, so they come from a sequence, not from max()+1.
CREATE SEQUENCE receipt_prefix_seq;

CREATE TABLE devices (
  device_id uuid PRIMARY KEY,
  receipt_prefix text NOT NULL UNIQUE,
  label text,
  registered_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  revoked_at timestamptz
);

-- A phone may be shared by several collectors; each must have registered it before pushing from it.
CREATE TABLE device_users (
  device_id uuid NOT NULL REFERENCES devices (device_id),
  user_id uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (device_id, user_id)
);

CREATE TABLE events (
  id text PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('art_performance', 'job_fair', 'village_meeting', 'post_office_week', 'other')),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  province_code text NOT NULL,
  commune text NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL,
  CHECK (ends_on >= starts_on)
);

-- The pull cursor: every write to a registration takes the next value (under an advisory lock, so commit
-- order equals sequence order and a puller never skips a change committed late).
CREATE SEQUENCE registration_change_seq;

CREATE TABLE registrations (
  id uuid PRIMARY KEY,
  revision integer NOT NULL CHECK (revision >= 1),
  owner_id uuid NOT NULL REFERENCES users (id),
  device_id uuid NOT NULL REFERENCES devices (device_id),
  event_id text NOT NULL REFERENCES events (id),
  team_id text REFERENCES teams (id),
  collected_at timestamptz NOT NULL,
  record jsonb NOT NULL,
  content_hash text NOT NULL,
  amount_collected bigint NOT NULL DEFAULT 0,
  review_status text NOT NULL DEFAULT 'pending' CHECK (review_status IN ('pending', 'approved', 'returned', 'rejected')),
  review_comment text,
  decided_by uuid REFERENCES users (id),
  decided_at timestamptz,
  change_seq bigint NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX registrations_owner_change_idx ON registrations (owner_id, change_seq);
CREATE INDEX registrations_owner_list_idx ON registrations (owner_id, collected_at DESC, id DESC);
CREATE INDEX registrations_team_list_idx ON registrations (team_id, collected_at DESC, id DESC);
CREATE INDEX registrations_list_idx ON registrations (collected_at DESC, id DESC);
CREATE INDEX registrations_event_idx ON registrations (event_id, review_status);

-- Every revision ever accepted, as received (after validation).
CREATE TABLE registration_revisions (
  registration_id uuid NOT NULL REFERENCES registrations (id),
  revision integer NOT NULL,
  record jsonb NOT NULL,
  content_hash text NOT NULL,
  device_id uuid NOT NULL,
  received_at timestamptz NOT NULL,
  PRIMARY KEY (registration_id, revision)
);

-- One row per participant of the latest revision: what the duplicate flag and the tallies query.
CREATE TABLE registration_people (
  registration_id uuid NOT NULL REFERENCES registrations (id),
  participant_index smallint NOT NULL,
  id_number text NOT NULL,
  has_vsi boolean NOT NULL,
  has_hi boolean NOT NULL,
  vssid_assisted boolean NOT NULL,
  cashless_pension boolean NOT NULL,
  PRIMARY KEY (registration_id, participant_index)
);
CREATE INDEX registration_people_id_number_idx ON registration_people (id_number);

CREATE TABLE reviews (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  registration_id uuid NOT NULL REFERENCES registrations (id),
  revision integer NOT NULL,
  decision text NOT NULL CHECK (decision IN ('approve', 'return', 'reject')),
  status text NOT NULL,
  comment text,
  decided_by uuid NOT NULL REFERENCES users (id),
  decided_at timestamptz NOT NULL
);
CREATE INDEX reviews_registration_idx ON reviews (registration_id, id);

-- Append-only: who did what to which entity. `detail` never holds personal data (no names, IDs, phones).
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_id uuid REFERENCES users (id),
  action text NOT NULL,
  entity text NOT NULL,
  entity_id text,
  detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
