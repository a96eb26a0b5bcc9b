package org.relieftrace.architecture;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaReferencesTest {

    private static final Path RELIEF = Path.of("src/test/resources/schema-fixtures/relief-service");

    @Test
    void sqlThatNamesAnotherServicesSchemaIsReportedWithItsPlace() {
        List<String> found = new SchemaReferences(Module.RELIEF.foreignSchemas()).in(RELIEF);

        assertThat(found).extracting(line -> line.substring(0, line.indexOf(" in ")).replace('\\', '/'))
                .containsExactly(
                        "src/main/java/org/relieftrace/relief/leak/HouseholdReads.java:10: names schema 'registry'",
                        "src/main/java/org/relieftrace/relief/leak/HouseholdReads.java:14: names schema 'supplies'",
                        "src/main/java/org/relieftrace/relief/leak/HouseholdReads.java:16: names schema "
                                + "'registry_replay'",
                        "src/main/resources/db/relief/V9__copies.sql:5: names schema 'supplies'");
    }

    @Test
    void theOwnSchemaAndTheEventStoreAreAllowed() {
        SchemaReferences supplies = new SchemaReferences(Module.SUPPLIES.foreignSchemas());

        assertThat(supplies.namedIn("SELECT * FROM supplies.lot_stock JOIN eventstore.domain_event_entry e"))
                .isEmpty();
        assertThat(supplies.namedIn("SELECT * FROM relief.fund JOIN registry.depot d")).containsExactly("relief",
                "registry");
    }

    @Test
    void aModuleWhoseSqlIsNotCheckedReportsNothing() {
        assertThat(new SchemaReferences(Module.BENCH.foreignSchemas()).in(RELIEF)).isEmpty();
    }

    @Test
    void onlyLiteralsThatReadAsSqlAreScanned() {
        assertThat(SchemaReferences.readsAsSql("relief.clock.fixed")).isFalse();
        assertThat(SchemaReferences.readsAsSql("registry.household")).isFalse();
        assertThat(SchemaReferences.readsAsSql(" JOIN registry.household h ON h.id = c.household_id")).isTrue();
    }
}
