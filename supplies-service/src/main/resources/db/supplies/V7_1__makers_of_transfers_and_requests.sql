-- Who raised a transfer or a supply request, and who approved a request at each tier (user ids), so that a view's
-- actions leave out "approve" for them as the aggregates refuse it (separation of duties). Rows projected before
-- this are filled from the events' own metadata.
ALTER TABLE transfer_view ADD COLUMN requested_by VARCHAR(255);
ALTER TABLE supply_request ADD COLUMN submitted_by VARCHAR(255);
ALTER TABLE supply_request ADD COLUMN approver_ids TEXT NOT NULL DEFAULT '';

UPDATE transfer_view t SET requested_by = convert_from(e.meta_data, 'UTF8')::jsonb ->> 'userId'
FROM eventstore.domain_event_entry e
WHERE e.aggregate_identifier = t.transfer_id::text AND e.sequence_number = 0;

UPDATE supply_request r SET submitted_by = convert_from(e.meta_data, 'UTF8')::jsonb ->> 'userId'
FROM eventstore.domain_event_entry e
WHERE e.aggregate_identifier = r.request_id::text AND e.sequence_number = 0;

UPDATE supply_request r SET approver_ids = a.ids
FROM (SELECT e.aggregate_identifier,
             string_agg(COALESCE(convert_from(e.meta_data, 'UTF8')::jsonb ->> 'userId', '') || ';', ''
                        ORDER BY e.sequence_number) AS ids
      FROM eventstore.domain_event_entry e
      WHERE e.payload_type LIKE '%SupplyRequestApproved'
      GROUP BY e.aggregate_identifier) a
WHERE a.aggregate_identifier = r.request_id::text;
