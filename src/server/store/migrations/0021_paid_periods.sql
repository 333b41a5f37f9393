-- 0021: a second registration of the same person for the same product is a hard duplicate only while the
-- first one's paid period has not nearly run out; after that it is a renewal and no flag
-- (src/domain/registration/paid-twice-until.ts). Each person row carries its collection day and, per
-- product, the day from which paying again is a renewal. The days are computed in TypeScript: clearing
-- folded_name makes backfillPeople fill every row at start-up, then rebuild every duplicate flag.
ALTER TABLE registration_people
  ADD COLUMN collected_on date,
  ADD COLUMN vsi_until date,
  ADD COLUMN hi_until date;
UPDATE registration_people SET folded_name = NULL;
