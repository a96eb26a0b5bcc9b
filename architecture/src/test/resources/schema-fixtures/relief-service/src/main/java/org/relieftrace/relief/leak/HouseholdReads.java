package org.relieftrace.relief.leak;

/** Read by the schema scan as text; never compiled. */
class HouseholdReads {
    // SELECT * FROM registry.household in a comment is not SQL the service runs
    static final String OWN = "SELECT id FROM relief.fund WHERE id = ?";
    static final String STORE = "SELECT payload FROM eventstore.domain_event_entry";
    static final String CONFIG_KEY = "registry.url";
    static final char QUOTE = '"';
    static final String HOUSEHOLD = "SELECT h.id FROM registry.household h WHERE h.division = ?";
    static final String LOTS = """
            SELECT l.item_code
              FROM relief.fund f
              JOIN supplies.lot_stock l ON l.fund_id = f.id
            """;
    static final String SHADOW = "insert into \"registry_replay\".household (id) values (?)";
    /* "SELECT * FROM supplies.transfer" */
}
