-- 0032: two lookups that read every registration at a province's size (#15), measured at 1,000,000 on
-- PostgreSQL. A device's last push (the devices screen): max(updated_at) of its registrations read all of
-- them, 50,000 a phone, 4.0 s for 20 phones; from the end of this index it is one entry a phone (0.3 ms).
-- The cash view's receipt collisions counted every registration's receipt number (1.9 s whatever the event's
-- size); with this index it looks up only the numbers of the event's registrations. Built here in 1.1 and
-- 2.0 s at 1M.
DROP INDEX registrations_device_idx;
CREATE INDEX registrations_device_updated_idx ON registrations (device_id, updated_at);
-- Not partial: without payment the number is NULL, and the planner's estimate of a partial index's condition
-- was a guess (0.5 % of the table) that made it read the whole table through this index.
CREATE INDEX registrations_receipt_no_idx ON registrations ((record->'payment'->>'receiptNo'));
