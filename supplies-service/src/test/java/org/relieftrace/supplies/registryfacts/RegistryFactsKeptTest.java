package org.relieftrace.supplies.registryfacts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.relieftrace.platform.testing.PostgresTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With several instances, the registry's facts are written by the instance that handles the {@code registry-facts}
 * projection; another instance never sees those events, so a fact it keeps must not outlive {@link
 * RegistryFacts#KEPT_FOR}. Here the table changes under the running instance as another instance's projection would
 * change it.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class RegistryFactsKeptTest {

    @Inject
    RegistryFacts facts;

    @Inject
    DataSource dataSource;

    @Test
    void aDepotChangedByAnotherInstanceIsSeenOnceTheKeptFactIsOldEnough() throws SQLException {
        UUID depot = UUID.randomUUID();
        String code = "KEPT-" + depot.toString().substring(0, 8);
        sql("INSERT INTO supplies.known_depot (depot_id, code, name, division_code, tier, kind)"
                + " VALUES (?, ?, '旧名称', '500118116000', 'TOWNSHIP', 'GOVERNMENT')", depot, code);
        assertThat(facts.depot(depot)).get().extracting(RegistryFacts.Depot::name).isEqualTo("旧名称");

        sql("UPDATE supplies.known_depot SET name = '新名称' WHERE depot_id = ?", depot);

        assertThat(facts.depot(depot)).get().extracting(RegistryFacts.Depot::name).isEqualTo("旧名称");
        await().atMost(RegistryFacts.KEPT_FOR.plus(Duration.ofSeconds(10))).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(facts.depot(depot)).get().extracting(RegistryFacts.Depot::name)
                        .isEqualTo("新名称"));
    }

    private void sql(String statement, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }
}
