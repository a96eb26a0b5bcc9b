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
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.supplies.stock.ReversalRules.Status;
import org.relieftrace.supplies.stock.StockCommands.ApproveReversal;
import org.relieftrace.supplies.stock.StockCommands.DistributeStock;
import org.relieftrace.supplies.stock.StockCommands.RejectReversal;
import org.relieftrace.supplies.stock.StockCommands.RequestReversal;
import org.relieftrace.supplies.stock.StockCommands.ReversedDistribution;
import org.relieftrace.supplies.stock.StockCommands.Want;
import org.relieftrace.supplies.stock.StockEvents.DistributionReversed;
import org.relieftrace.supplies.stock.StockEvents.ReceiptReversed;
import org.relieftrace.supplies.stock.StockEvents.ReversalRejected;
import org.relieftrace.supplies.stock.StockEvents.ReversalRequested;
import org.relieftrace.supplies.stock.StockEvents.StockDistributed;
import org.relieftrace.supplies.stock.StockEvents.StockReserved;

import static org.assertj.core.api.Assertions.assertThat;

/** 冲正 — the stock book decides reversals: a reason, a second user, once, and never more than the lot still holds. */
class ReversalRulesTest {

    private static final UUID DEPOT = UUID.randomUUID();
    private static final UUID RECEIPT = UUID.randomUUID();
    private static final UUID LOT = UUID.randomUUID();
    private static final UUID DISTRIBUTION = UUID.randomUUID();
    private static final UUID HOUSEHOLD = UUID.randomUUID();
    private static final UUID DISASTER = UUID.randomUUID();
    private static final LocalDate MADE = LocalDate.of(2026, 1, 1);
    private static final Set<String> OFFICER = Set.of("supplies-officer");

    private FixtureConfiguration<DepotStock> fixture;

    private final StockReceived received = new StockReceived(DEPOT, RECEIPT, LOT, "WATER", "W-1", 20, "箱", "550ml",
            "重庆", MADE, null, MADE, ReceiptSource.PROCUREMENT, "HT-1", "某水厂");
    private final LotQuantity lot = new LotQuantity(LOT, "WATER", "W-1", "箱", MADE, null, 20);
    private final LotQuantity two = new LotQuantity(LOT, "WATER", "W-1", "箱", MADE, null, 2);
    private final StockDistributed handed = new StockDistributed(DEPOT, DISTRIBUTION, HOUSEHOLD, DISASTER, "张三",
            "x", List.of(two));
    private final ReversalRequested receiptAsked = new ReversalRequested(DEPOT, "RECEIPT", RECEIPT, "keeper", "录错");

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DepotStock.class);
    }

    @Test
    void aReversalNeedsItsReasonAndARecordOfThisDepot() {
        fixture.given(received)
                .when(new RequestReversal(DEPOT, "RECEIPT", RECEIPT, "keeper", "  "))
                .expectException(InvalidInput.class)
                .expectNoEvents();
        fixture.given(received)
                .when(new RequestReversal(DEPOT, "DISTRIBUTION", UUID.randomUUID(), "keeper", "发错"))
                .expectException(NotFound.class);
        fixture.given(received)
                .when(new RequestReversal(DEPOT, "RECEIPT", RECEIPT, "keeper", " 录错 "))
                .expectEvents(receiptAsked);
    }

    @Test
    void whoAskedCannotApproveNorRejectAndASecondUserApproves() {
        fixture.given(received, receiptAsked)
                .when(new ApproveReversal(DEPOT, "RECEIPT", RECEIPT, "keeper"))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("keeper raised or already handled the reversal of " + RECEIPT
                        + " and cannot approve it")
                .expectNoEvents();
        fixture.given(received, receiptAsked)
                .when(new RejectReversal(DEPOT, "RECEIPT", RECEIPT, "keeper", "撤回"))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
        fixture.given(received, receiptAsked)
                .when(new ApproveReversal(DEPOT, "RECEIPT", RECEIPT, "officer"))
                .expectEvents(new ReceiptReversed(DEPOT, RECEIPT, List.of(lot), "keeper", "officer", "录错"))
                .expectResultMessagePayload(null);
        assertThat(ReversalRules.actions(Status.REQUESTED, "keeper", true, OFFICER, "keeper", true)).isEmpty();
        assertThat(ReversalRules.actions(Status.REQUESTED, "keeper", true, OFFICER, "officer", true))
                .containsExactly("approval", "rejection");
    }

    @Test
    void aRecordIsReversedOnceAndARejectionNeedsItsReason() {
        fixture.given(received, receiptAsked, new ReceiptReversed(DEPOT, RECEIPT, List.of(lot), "keeper", "officer",
                        "录错"))
                .when(new RequestReversal(DEPOT, "RECEIPT", RECEIPT, "keeper", "再冲"))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("Record " + RECEIPT + " is already reversed");
        fixture.given(received, receiptAsked)
                .when(new RejectReversal(DEPOT, "RECEIPT", RECEIPT, "officer", ""))
                .expectException(InvalidInput.class);
        fixture.given(received, receiptAsked, new ReversalRejected(DEPOT, "RECEIPT", RECEIPT, "officer", "无误"))
                .when(new RequestReversal(DEPOT, "RECEIPT", RECEIPT, "keeper", "确有错误"))
                .expectSuccessfulHandlerExecution();
        assertThat(ReversalRules.actions(Status.REVERSED, "keeper", true, OFFICER, "officer", true)).isEmpty();
    }

    @Test
    void aReceiptWhoseGoodsMovedOnCannotBeReversed() {
        fixture.given(received, handed)
                .when(new RequestReversal(DEPOT, "RECEIPT", RECEIPT, "keeper", "录错"))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("Lot W-1 of receipt " + RECEIPT + " received 20 but only 18 is left to take"
                        + " back");
        fixture.given(received, receiptAsked, new StockReserved(DEPOT, UUID.randomUUID(), List.of(two)))
                .when(new ApproveReversal(DEPOT, "RECEIPT", RECEIPT, "officer"))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
        assertThat(ReversalRules.actions(Status.NONE, null, false, OFFICER, "officer", true)).isEmpty();
    }

    @Test
    void aDistributionReversedPutsTheGoodsBackAndFreesTheHouseholdsLimitHere() {
        ReversalRequested asked = new ReversalRequested(DEPOT, "DISTRIBUTION", DISTRIBUTION, "keeper", "发错户");
        fixture.given(received, handed, asked)
                .when(new ApproveReversal(DEPOT, "DISTRIBUTION", DISTRIBUTION, "officer"))
                .expectEvents(new DistributionReversed(DEPOT, DISTRIBUTION, HOUSEHOLD, DISASTER, List.of(two),
                        "keeper", "officer", "发错户"))
                .expectResultMessagePayload(new ReversedDistribution(HOUSEHOLD, DISASTER));
        fixture.given(received, handed, asked, new DistributionReversed(DEPOT, DISTRIBUTION, HOUSEHOLD, DISASTER,
                        List.of(two), "keeper", "officer", "发错户"))
                .when(new DistributeStock(DEPOT, UUID.randomUUID(), HOUSEHOLD, DISASTER, "张三", "x",
                        new Want("WATER", 2, null), 2L, MADE))
                .expectSuccessfulHandlerExecution();
    }
}
