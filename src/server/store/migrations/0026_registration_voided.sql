-- Whether the receipt was voided, kept by the database itself from the record: the tallies filter on it
-- without reading each whole record (a stored `record` is several kilobytes, read out of line).
ALTER TABLE registrations
  ADD COLUMN voided boolean GENERATED ALWAYS AS ((record -> 'void') IS NOT NULL) STORED;
