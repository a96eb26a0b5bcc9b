-- registry.household was where the copy came from (a comment, not a reference)
CREATE TABLE relief.known_household (id uuid PRIMARY KEY);
/* supplies.lot_stock
   is mentioned in a comment too */
CREATE VIEW relief.stock AS SELECT * FROM supplies.lot_stock;
INSERT INTO eventstore.snapshot_archive SELECT * FROM eventstore.snapshot_event_entry;
