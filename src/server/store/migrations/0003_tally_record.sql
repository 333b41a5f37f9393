-- 0003: what the campaign tally reads of each registration, kept beside it (issue #5). Building it per
-- report from `record` cost more than the tally itself at 100,000 registrations; this column is written with
-- each revision (tallyRecordOf in TypeScript) and filled here once for rows stored before.
ALTER TABLE registrations ADD COLUMN tally_record jsonb;

UPDATE registrations r SET tally_record = jsonb_build_object(
  'id', r.id, 'revision', r.revision, 'eventId', r.event_id, 'collectedAt', r.record->'collectedAt',
  'payment', CASE WHEN jsonb_typeof(r.record->'payment') = 'object'
                  THEN jsonb_build_object('amountCollected', r.amount_collected) ELSE 'null'::jsonb END,
  'participants', (SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
      'idNumber', p->'idNumber', 'vsi', p->'vsi', 'hi', p->'hi', 'services', p->'services',
      'address', jsonb_build_object('provinceCode', p->'address'->'provinceCode',
                                    'communeCode', p->'address'->'communeCode', 'commune', p->'address'->'commune')))
      ORDER BY n)
    FROM jsonb_array_elements(r.record->'participants') WITH ORDINALITY AS x(p, n)));
