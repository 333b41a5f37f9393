-- Duplicate flags link each participant to at most a few other registrations, the latest first
-- (refresh-flags.ts): latest collection day, then latest stored. `stored_order` numbers the people rows as
-- they are written (rows already here are numbered now, in no particular order), and the two indexes hand
-- the matches over in that order, so finding them reads a handful of index entries however many
-- registrations share the ID number, or the folded name and birth year.
CREATE SEQUENCE registration_people_stored_order;
ALTER TABLE registration_people
  ADD COLUMN stored_order bigint NOT NULL DEFAULT nextval('registration_people_stored_order');
CREATE INDEX registration_people_id_latest_idx
  ON registration_people (id_number, collected_on DESC, stored_order DESC);
CREATE INDEX registration_people_lookalike_latest_idx
  ON registration_people (folded_name, birth_year, collected_on DESC, stored_order DESC);
