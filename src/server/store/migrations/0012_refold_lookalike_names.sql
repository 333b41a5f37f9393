-- 0012: names and communes are folded with NFKC and look-alike letters since issue #10 (Cyrillic "у" in
-- "Huуền", "Ð" U+00D0 for "Đ", fullwidth "Ｌục"). A name folded before kept such letters, so its key contains
-- something other than printable ASCII; clearing it makes backfillPeople (open-store.ts) fold it again with
-- today's foldName at start-up and then rebuild every duplicate flag. Names that were plain Vietnamese folded
-- to ASCII already and are left alone.
UPDATE registration_people SET folded_name = NULL
 WHERE folded_name ~ '[^ -~]' OR commune_folded ~ '[^ -~]';
