package org.relieftrace.registry.depot;

import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.contracts.registry.DepotCapacityDeclared;
import org.relieftrace.contracts.registry.DepotKeepersAssigned;
import org.relieftrace.contracts.registry.DepotRegistered;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.registry.depot.DepotCommands.RegisterDepot;

import static org.assertj.core.api.Assertions.assertThat;

class DepotTest {

    private static final UUID DEPOT = UUID.nameUUIDFromBytes("depot:ZT-TOWN-01".getBytes());
    private static final String ZHUTUO = "500118116000";

    private FixtureConfiguration<Depot> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Depot.class);
    }

    private static RegisterDepot register(Long capacity, List<String> keepers) {
        return new RegisterDepot(DEPOT, "ZT-TOWN-01", "朱沱镇应急物资储备库", ZHUTUO, "TOWNSHIP", DepotKind.GOVERNMENT,
                29.02, 105.85, "重庆市永川区朱沱镇", capacity, keepers);
    }

    private static DepotRegistered registered() {
        return new DepotRegistered(DEPOT, "ZT-TOWN-01", "朱沱镇应急物资储备库", ZHUTUO, "TOWNSHIP", "GOVERNMENT", 29.02,
                105.85, "重庆市永川区朱沱镇");
    }

    @Test
    void aDepotIsRegisteredWithItsCapacityAndItsKeepersSorted() {
        fixture.givenNoPriorActivity()
                .when(register(1200L, List.of("zhutuo-keeper-2", "zhutuo-keeper")))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(DEPOT)
                .expectEvents(registered(), new DepotCapacityDeclared(DEPOT, 1200),
                        new DepotKeepersAssigned(DEPOT, List.of("zhutuo-keeper", "zhutuo-keeper-2")));
    }

    @Test
    void aDepotWithoutCapacityOrKeepersIsOnlyRegistered() {
        fixture.givenNoPriorActivity()
                .when(register(null, List.of()))
                .expectEvents(registered());
    }

    @Test
    void theSameDepotIsNeverRegisteredTwice() {
        fixture.given(registered())
                .when(register(null, null))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aCapacityOfZeroIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register(0L, List.of()))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void theRegistryStreamOfADepotNeverCollidesWithItsStockBook() {
        assertThat(new RegisterDepot(DEPOT, null, null, null, null, null, null, null, null, null, null).stream())
                .isEqualTo("depot:" + DEPOT).isNotEqualTo(DEPOT.toString());
    }
}
