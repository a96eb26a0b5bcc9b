package org.relieftrace.supplies.stock;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.contracts.supplies.ReceiptSource;
import org.relieftrace.contracts.supplies.StockReceived;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.supplies.stock.StockCommands.ApproveStocktake;
import org.relieftrace.supplies.stock.StockEvents.StockAdjusted;
import org.relieftrace.supplies.stock.StockEvents.StocktakeApproved;
import org.relieftrace.supplies.stock.StockEvents.StocktakeCounted;
import org.relieftrace.supplies.stock.StockEvents.StocktakeStarted;
import org.relieftrace.supplies.stock.StockEvents.Variance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 盘点的职责分离 — who opened or counted a stocktake does not approve its adjustment; the aggregate and the actions
 * agree.
 */
class StocktakeSeparationTest {

    private static final UUID DEPOT = UUID.randomUUID();
    private static final UUID LOT = UUID.randomUUID();
    private static final UUID STOCKTAKE = UUID.randomUUID();
    private static final LocalDate MADE = LocalDate.of(2026, 1, 1);
    private static final Set<String> OFFICER = Set.of("supplies-officer");

    private FixtureConfiguration<DepotStock> fixture;

    private final StockReceived received = new StockReceived(DEPOT, UUID.randomUUID(), LOT, "WATER", "W-1", 30, "箱",
            "550ml", "重庆", MADE, null, MADE, ReceiptSource.PROCUREMENT, "HT-1", "某水厂");
    private final StocktakeStarted startedByOfficer = new StocktakeStarted(DEPOT, STOCKTAKE, "officer");

    private static StocktakeCounted countedBy(String who) {
        return new StocktakeCounted(DEPOT, STOCKTAKE, List.of(new Variance(LOT, "WATER", 30, 28, "破损两箱")), who);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DepotStock.class);
    }

    @Test
    void whoOpenedTheStocktakeCannotApproveItsAdjustment() {
        fixture.given(received, startedByOfficer, countedBy("keeper"))
                .when(new ApproveStocktake(DEPOT, STOCKTAKE, "officer"))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("officer raised or already handled stocktake " + STOCKTAKE
                        + " and cannot approve it")
                .expectNoEvents();
        assertThat(StocktakeRules.actions(true, "officer", List.of("keeper"), OFFICER, "officer", true))
                .containsExactly("counts");
    }

    @Test
    void anyoneWhoCountedCannotApproveEvenAfterSomeoneElseCountedAgain() {
        fixture.given(received, new StocktakeStarted(DEPOT, STOCKTAKE, "keeper"), countedBy("officer"),
                        countedBy("keeper"))
                .when(new ApproveStocktake(DEPOT, STOCKTAKE, "officer"))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
        assertThat(StocktakeRules.actions(true, "keeper", List.of("officer", "keeper"), OFFICER, "officer", true))
                .containsExactly("counts");
    }

    @Test
    void aSecondUserApprovesAndTheVarianceBecomesAnAdjustment() {
        fixture.given(received, startedByOfficer, countedBy("keeper"))
                .when(new ApproveStocktake(DEPOT, STOCKTAKE, "county-officer"))
                .expectEvents(new StockAdjusted(DEPOT, STOCKTAKE, LOT, "WATER", -2, "破损两箱"),
                        new StocktakeApproved(DEPOT, STOCKTAKE, "county-officer"));
        assertThat(StocktakeRules.actions(true, "officer", List.of("keeper"), OFFICER, "county-officer", true))
                .containsExactly("counts", "approve");
    }
}
