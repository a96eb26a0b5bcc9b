package org.relieftrace.supplies.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.supplies.stock.StockCommands.Want;
import org.relieftrace.supplies.transfer.TransferCommands.RequestTransfer;
import org.relieftrace.supplies.transfer.TransferEvents.TransferRequested;
import org.relieftrace.supplies.transfer.TransferRules.End;
import org.relieftrace.supplies.transfer.TransferRules.NamedLot;

import static org.assertj.core.api.Assertions.assertThat;

class TransferRequestTest {

    private static final UUID TRANSFER = UUID.randomUUID();
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 21);
    private static final End COUNTY = new End(UUID.randomUUID(), "YC-COUNTY-01", "COUNTY", "500118000000");
    private static final End TOWNSHIP = new End(UUID.randomUUID(), "ZT-01", "TOWNSHIP", "500118116000");
    private static final End OTHER_TOWNSHIP = new End(UUID.randomUUID(), "SQ-01", "TOWNSHIP", "500118117000");
    private static final End VILLAGE = new End(UUID.randomUUID(), "ZT-201", "VILLAGE", "500118116201");
    private static final End NEIGHBOUR = new End(UUID.randomUUID(), "ZT-202", "VILLAGE", "500118116202");
    private static final End FAR_VILLAGE = new End(UUID.randomUUID(), "SQ-201", "VILLAGE", "500118117201");
    private static final UUID LOT = UUID.randomUUID();
    private static final List<Want> LINES = List.of(new Want("TENT-12", 5, null));

    private FixtureConfiguration<Transfer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Transfer.class);
    }

    private static RequestTransfer request(End from, End to, List<NamedLot> lots) {
        return new RequestTransfer(TRANSFER, null, from, to, LINES, lots, TODAY);
    }

    @Test
    void goodsGoDownTheTiersInsideTheSourcesDivision() {
        fixture.givenNoPriorActivity()
                .when(request(COUNTY, TOWNSHIP, List.of()))
                .expectEvents(new TransferRequested(TRANSFER, null, COUNTY.depotId(), COUNTY.division(),
                        TOWNSHIP.depotId(), TOWNSHIP.division(), false, LINES));
    }

    @Test
    void goodsMayGoSidewaysToTheSameTierAsALateralTransfer() {
        fixture.givenNoPriorActivity()
                .when(request(VILLAGE, NEIGHBOUR, List.of()))
                .expectEvents(new TransferRequested(TRANSFER, null, VILLAGE.depotId(), VILLAGE.division(),
                        NEIGHBOUR.depotId(), NEIGHBOUR.division(), true, LINES));
    }

    @Test
    void goodsNeverGoUpTheTiers() {
        fixture.givenNoPriorActivity()
                .when(request(VILLAGE, TOWNSHIP, List.of()))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("Goods go to a lower tier inside the source's division, or to the same tier");
    }

    @Test
    void goodsGoDownOnlyInsideTheSourcesDivision() {
        fixture.givenNoPriorActivity()
                .when(request(TOWNSHIP, FAR_VILLAGE, List.of()))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void aNamedLotThatHasExpiredIsRefused() {
        fixture.givenNoPriorActivity()
                .when(request(COUNTY, TOWNSHIP, List.of(new NamedLot(LOT, "T-OLD", TODAY))))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("Lot T-OLD expired on 2026-07-21; it leaves stock only by write-off");
    }

    @Test
    void aNamedLotThatExpiresLaterMayGo() {
        fixture.givenNoPriorActivity()
                .when(request(COUNTY, TOWNSHIP, List.of(new NamedLot(LOT, "T-NEW", TODAY.plusDays(1)))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aDepotCannotSendToItself() {
        fixture.givenNoPriorActivity()
                .when(request(TOWNSHIP, TOWNSHIP, List.of()))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("A transfer needs two different depots");
    }

    @Test
    void aLateralTransferIsApprovedByTheCommonParent() {
        assertThat(TransferRules.approvingDivision(VILLAGE.division(), NEIGHBOUR.division(), true))
                .isEqualTo("500118116000");
        assertThat(TransferRules.approvingDivision(VILLAGE.division(), FAR_VILLAGE.division(), true))
                .isEqualTo("500118000000");
        assertThat(TransferRules.approvingDivision(TOWNSHIP.division(), OTHER_TOWNSHIP.division(), true))
                .isEqualTo("500118000000");
        assertThat(TransferRules.approvingDivision(COUNTY.division(), TOWNSHIP.division(), false))
                .isEqualTo("500118000000");
    }
}
