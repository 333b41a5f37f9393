-- 0010: cash handovers at the end of an event (issue #4). A collector declares the cash and the receipts handed
-- over; a supervisor of the team confirms the amount. Every declaration is kept (the latest counts), so a
-- corrected count never erases the first one. Amounts are whole đồng.
CREATE TABLE cash_handovers (
  id uuid PRIMARY KEY,
  -- Orders declarations of one collector made within the same instant: the later one counts.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  event_id text NOT NULL REFERENCES events (id),
  staff_id uuid NOT NULL REFERENCES users (id),
  team_id text REFERENCES teams (id),
  declared_vnd bigint NOT NULL CHECK (declared_vnd >= 0),
  receipt_nos jsonb NOT NULL DEFAULT '[]',
  -- What the server had received from the collector at the moment of declaring (non-voided amounts).
  computed_vnd bigint NOT NULL,
  declared_at timestamptz NOT NULL,
  confirmed_vnd bigint CHECK (confirmed_vnd >= 0),
  confirmed_by uuid REFERENCES users (id),
  confirmed_at timestamptz,
  comment text
);
CREATE INDEX cash_handovers_event_staff_idx ON cash_handovers (event_id, staff_id, declared_at DESC, seq DESC);
CREATE INDEX cash_handovers_team_idx ON cash_handovers (team_id, event_id);
