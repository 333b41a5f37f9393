-- 0011: a receipt number is used by one registration only (issue #10). Not a unique index on registrations:
-- old data may already hold the same number twice, and such an index would fail this migration. Instead each
-- number is claimed once, by the first registration that used it (oldest revision received first); a later
-- registration pushing a claimed number is answered `conflict` (`receipt_number_taken`). Collisions already in
-- old data stay visible to the office in the cash view. No foreign key: a claim must not take row locks on
-- registrations (lock order, take-change-seq.ts).
CREATE TABLE receipt_claims (
  receipt_no text PRIMARY KEY,
  registration_id uuid NOT NULL,
  claimed_at timestamptz NOT NULL
);

INSERT INTO receipt_claims (receipt_no, registration_id, claimed_at)
SELECT DISTINCT ON (v.record->'payment'->>'receiptNo') v.record->'payment'->>'receiptNo', v.registration_id, v.received_at
  FROM registration_revisions v
 WHERE jsonb_typeof(v.record->'payment') = 'object' AND v.record->'payment'->>'receiptNo' IS NOT NULL
 ORDER BY v.record->'payment'->>'receiptNo', v.received_at, v.registration_id;
