-- `change_seq` stays unique, but no longer as a key column. PostgreSQL counts a column with a plain unique
-- constraint as part of a key, so every UPDATE that sets it took the row's strongest lock (FOR UPDATE), which
-- waits for the key-share lock another transaction's foreign key holds on that row. A set-based push flags a
-- stored registration (a key-share lock, through registration_flags) before it takes the change lock
-- (save-new-batch.ts); a review of that registration, holding the change lock, then waited for the push, and
-- the push for the lock: a deadlock. A partial unique index keeps the uniqueness without making it a key.
ALTER TABLE registrations DROP CONSTRAINT registrations_change_seq_key;
CREATE UNIQUE INDEX registrations_change_seq_idx ON registrations (change_seq) WHERE change_seq IS NOT NULL;
