package org.relieftrace.supplies.pledge;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.supplies.pledge.PledgeCommands.ClosePledge;
import org.relieftrace.supplies.pledge.PledgeCommands.PledgedQuantity;
import org.relieftrace.supplies.pledge.PledgeCommands.ReceiveAgainstPledge;
import org.relieftrace.supplies.pledge.PledgeCommands.RecordPledge;
import org.relieftrace.supplies.pledge.PledgeEvents.PledgeClosed;
import org.relieftrace.supplies.pledge.PledgeEvents.PledgeReceived;
import org.relieftrace.supplies.pledge.PledgeEvents.PledgeRecorded;

/** 捐赠承诺: recorded, received against up to what is left, closed once. */
class PledgeTest {

    private static final UUID PLEDGE = UUID.randomUUID();
    private static final UUID DEPOT = UUID.randomUUID();
    private static final String ZHUTUO = "500118116000";
    private static final String VILLAGE = "500118116201";
    private static final LocalDate EXPECTED = LocalDate.of(2026, 7, 25);
    private static final List<PledgedQuantity> LINES = List.of(new PledgedQuantity("QUILT", 300),
            new PledgedQuantity("WATER-550", 100));
    private static final PledgeRecorded RECORDED = new PledgeRecorded(PLEDGE, "永川区红十字会", ZHUTUO, EXPECTED, LINES);

    private FixtureConfiguration<Pledge> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Pledge.class);
    }

    private static ReceiveAgainstPledge receive(UUID receipt, String division, String item, long quantity) {
        return new ReceiveAgainstPledge(PLEDGE, receipt, DEPOT, division, List.of(new PledgedQuantity(item,
                quantity)));
    }

    @Test
    void aPledgeIsRecordedWithItsItems() {
        fixture.givenNoPriorActivity()
                .when(new RecordPledge(PLEDGE, " 永川区红十字会 ", ZHUTUO, EXPECTED, LINES))
                .expectResultMessagePayload(PLEDGE)
                .expectEvents(RECORDED);
    }

    @Test
    void aPledgeWithoutItemsOrWithAnItemTwiceIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordPledge(PLEDGE, "某企业", ZHUTUO, EXPECTED, List.of()))
                .expectException(DomainRuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordPledge(PLEDGE, "某企业", ZHUTUO, EXPECTED, List.of(new PledgedQuantity("QUILT", 1),
                        new PledgedQuantity("QUILT", 2))))
                .expectException(DomainRuleViolation.class).expectNoEvents();
    }

    @Test
    void goodsWithinWhatIsLeftAreReceivedAtADepotInsideTheDivision() {
        UUID receipt = UUID.randomUUID();
        fixture.given(RECORDED, new PledgeReceived(PLEDGE, UUID.randomUUID(), DEPOT,
                        List.of(new PledgedQuantity("QUILT", 200))))
                .when(receive(receipt, VILLAGE, "QUILT", 100))
                .expectEvents(new PledgeReceived(PLEDGE, receipt, DEPOT, List.of(new PledgedQuantity("QUILT", 100))));
    }

    @Test
    void goodsBeyondWhatIsLeftAreRefusedNamingItemAskedAndLeft() {
        fixture.given(RECORDED, new PledgeReceived(PLEDGE, UUID.randomUUID(), DEPOT,
                        List.of(new PledgedQuantity("QUILT", 200))))
                .when(receive(UUID.randomUUID(), ZHUTUO, "QUILT", 101))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("The pledge has 100 of QUILT left, 101 received")
                .expectNoEvents();
    }

    @Test
    void anItemNotPledgedOrADepotOutsideTheDivisionIsRefused() {
        fixture.given(RECORDED)
                .when(receive(UUID.randomUUID(), ZHUTUO, "TENT-12", 1))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("The pledge names no TENT-12")
                .expectNoEvents();
        fixture.given(RECORDED)
                .when(receive(UUID.randomUUID(), "500118109000", "QUILT", 1))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void theSameReceiptAgainChangesNothing() {
        UUID receipt = UUID.randomUUID();
        fixture.given(RECORDED, new PledgeReceived(PLEDGE, receipt, DEPOT, List.of(new PledgedQuantity("QUILT",
                        300))))
                .when(receive(receipt, ZHUTUO, "QUILT", 300))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aClosedPledgeSaysWhatWillNotComeAndReceivesNothingMore() {
        fixture.given(RECORDED, new PledgeReceived(PLEDGE, UUID.randomUUID(), DEPOT,
                        List.of(new PledgedQuantity("QUILT", 300))))
                .when(new ClosePledge(PLEDGE))
                .expectEvents(new PledgeClosed(PLEDGE, List.of(new PledgedQuantity("WATER-550", 100))));
        fixture.given(RECORDED, new PledgeClosed(PLEDGE, LINES))
                .when(receive(UUID.randomUUID(), ZHUTUO, "QUILT", 1))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("The pledge is closed")
                .expectNoEvents();
        fixture.given(RECORDED, new PledgeClosed(PLEDGE, LINES))
                .when(new ClosePledge(PLEDGE))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }
}
