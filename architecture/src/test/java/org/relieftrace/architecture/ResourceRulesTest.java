package org.relieftrace.architecture;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceRulesTest {

    private static final String RESOURCES = "org.relieftrace.supplies.fixtures.resources";
    private static final String[] ALL = {"CleanResource", "JdbcResource", "PlatformSqlResource",
            "EventStoreResource", "AggregateResource", "IdentifiedAggregateResource", "QueryGatewayResource",
            "StockCounts", "StockQueries"};

    private final ArchitectureRules rules = new ArchitectureRules(Module.SUPPLIES);

    @Test
    void aResourceWithSqlOrTheEventStoreIsReported() {
        List<String> report = Violations.of(rules.resourcesUseNoPersistence(), RESOURCES);

        assertThat(Violations.named(report, ALL))
                .containsExactly("JdbcResource", "PlatformSqlResource", "EventStoreResource", "StockCounts");
    }

    @Test
    void aResourceThatUsesAnAggregateIsReported() {
        List<String> report = Violations.of(rules.resourcesUseNoAggregates(), RESOURCES);

        assertThat(report).anyMatch(line -> line.contains("AggregateResource")
                        && line.contains("StockAggregate"))
                .anyMatch(line -> line.contains("IdentifiedAggregateResource") && line.contains("LotRecord"))
                .noneMatch(line -> line.contains("CleanResource"));
    }

    @Test
    void aResourceThatAsksTheQueryGatewayIsReported() {
        List<String> report = Violations.of(rules.resourcesCallQueriesDirectly(), RESOURCES);

        assertThat(Violations.named(report, ALL)).containsExactly("QueryGatewayResource");
    }

    @Test
    void aResourceThatSendsACommandAndCallsItsQueriesPasses() {
        assertThat(Violations.of(rules.resourcesUseNoPersistence(), RESOURCES))
                .noneMatch(line -> line.contains("CleanResource") || line.contains("StockQueries"));
        assertThat(Violations.of(rules.resourcesCallQueriesDirectly(), RESOURCES))
                .noneMatch(line -> line.contains("CleanResource"));
    }
}
