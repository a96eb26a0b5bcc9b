package org.relieftrace.supplies.stock;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.contracts.supplies.ReceiptLine;
import org.relieftrace.contracts.supplies.ReceiptSource;
import org.relieftrace.contracts.supplies.ReceiveStock;
import org.relieftrace.contracts.supplies.StockReceived;
import org.relieftrace.platform.domain.DomainRuleViolation;

class DepotStockTest {

    private static final UUID DEPOT = UUID.randomUUID();
    private static final UUID RECEIPT = UUID.randomUUID();
    private static final UUID LOT = UUID.randomUUID();
    private static final LocalDate MADE = LocalDate.of(2026, 3, 1);
    private static final LocalDate EXPIRES = LocalDate.of(2028, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 20);

    private FixtureConfiguration<DepotStock> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DepotStock.class);
    }

    private static ReceiptLine line(UUID lot, String item, long quantity, LocalDate made, LocalDate expires) {
        return new ReceiptLine(lot, item, "L-" + item, quantity, "顶", "12㎡", "重庆", made, expires);
    }

    private static StockReceived received(UUID receipt, UUID lot, String item, long quantity) {
        return new StockReceived(DEPOT, receipt, lot, item, "L-" + item, quantity, "顶", "12㎡", "重庆", MADE,
                EXPIRES, TODAY, ReceiptSource.PROCUREMENT, "HT-2026-07", "某帐篷厂");
    }

    private static ReceiveStock receive(UUID receipt, ReceiptLine... lines) {
        return new ReceiveStock(DEPOT, receipt, ReceiptSource.PROCUREMENT, "HT-2026-07", "某帐篷厂", TODAY,
                List.of(lines));
    }

    @Test
    void firstReceiptOpensTheDepotsStockBookWithOneLotPerLine() {
        UUID second = UUID.randomUUID();
        fixture.givenNoPriorActivity()
                .when(receive(RECEIPT, line(LOT, "TENT-12", 40, MADE, EXPIRES), line(second, "QUILT", 100, MADE,
                        EXPIRES)))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(RECEIPT)
                .expectEvents(received(RECEIPT, LOT, "TENT-12", 40), received(RECEIPT, second, "QUILT", 100));
    }

    @Test
    void laterReceiptsAddToTheSameBook() {
        UUID receipt = UUID.randomUUID();
        UUID lot = UUID.randomUUID();
        fixture.given(received(RECEIPT, LOT, "TENT-12", 40))
                .when(receive(receipt, line(lot, "TENT-12", 10, MADE, EXPIRES)))
                .expectEvents(received(receipt, lot, "TENT-12", 10));
    }

    @Test
    void theSameLotIsNeverRecordedTwice() {
        fixture.given(received(RECEIPT, LOT, "TENT-12", 40))
                .when(receive(UUID.randomUUID(), line(LOT, "TENT-12", 40, MADE, EXPIRES)))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aLotThatExpiresBeforeItWasMadeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(receive(RECEIPT, line(LOT, "WATER", 10, EXPIRES, MADE)))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("Lot L-WATER expires before it was produced")
                .expectNoEvents();
    }

    @Test
    void aZeroQuantityIsRefusedAndNothingIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(receive(RECEIPT, line(LOT, "TENT-12", 40, MADE, EXPIRES), line(UUID.randomUUID(), "QUILT",
                        0, MADE, EXPIRES)))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }
}
