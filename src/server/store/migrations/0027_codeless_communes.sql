-- The tally keys a commune typed without its code (before the commune picker, or outside the list) by the
-- code the same name carries elsewhere (tally-records.ts). This lists the names typed without a code, so
-- finding them reads a handful of index entries instead of every participant.
CREATE INDEX registration_people_codeless_commune_idx
  ON registration_people (commune_folded) WHERE commune_code IS NULL;
