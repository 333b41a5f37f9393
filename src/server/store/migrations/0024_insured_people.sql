-- 0024: what the agency knows, per province office: the participant list the office imports (ID, name,
-- household, HI card validity, facility, VSI paid-to month), carried to the phones of the teams whose events
-- are in a commune. A re-import replaces the province's list in one transaction; each row remembers the
-- list version that last changed it and a removed row (or one that moved to another commune) leaves a tombstone in its old commune, so a phone downloads only the
-- difference since its version.
CREATE TABLE insured_lists (
  province_code text PRIMARY KEY,
  version bigint NOT NULL,
  people integer NOT NULL,
  imported_by uuid NOT NULL REFERENCES users (id),
  imported_at timestamptz NOT NULL
);
CREATE TABLE insured_people (
  province_code text NOT NULL,
  id_number text NOT NULL,
  commune_code text NOT NULL,
  row_hash text NOT NULL,
  person jsonb NOT NULL,
  changed_in bigint NOT NULL,
  PRIMARY KEY (province_code, id_number)
);
CREATE INDEX insured_people_commune ON insured_people (commune_code, id_number);
CREATE TABLE insured_removed (
  province_code text NOT NULL,
  id_number text NOT NULL,
  commune_code text NOT NULL,
  removed_in bigint NOT NULL,
  PRIMARY KEY (province_code, id_number, commune_code)
);
CREATE INDEX insured_removed_commune ON insured_removed (commune_code, removed_in);
