package org.relieftrace.supplies.stock;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.contracts.supplies.ReceiptSource;
import org.relieftrace.contracts.supplies.StockReceived;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.supplies.stock.StockCommands.ApproveWriteOff;
import org.relieftrace.supplies.stock.StockCommands.DistributeStock;
import org.relieftrace.supplies.stock.StockCommands.IssueReservation;
import org.relieftrace.supplies.stock.StockCommands.ReleaseReservation;
import org.relieftrace.supplies.stock.StockCommands.RequestWriteOff;
import org.relieftrace.supplies.stock.StockCommands.ReserveStock;
import org.relieftrace.supplies.stock.StockCommands.Want;
import org.relieftrace.supplies.stock.StockEvents.ReservationIssued;
import org.relieftrace.supplies.stock.StockEvents.ReservationReleased;
import org.relieftrace.supplies.stock.StockEvents.StockDistributed;
import org.relieftrace.supplies.stock.StockEvents.StockReservationRefused;
import org.relieftrace.supplies.stock.StockEvents.StockReserved;
import org.relieftrace.supplies.stock.StockEvents.StockWrittenOff;
import org.relieftrace.supplies.stock.StockEvents.WriteOffRequested;

class StockRulesTest {

    private static final UUID DEPOT = UUID.randomUUID();
    private static final UUID EARLY = UUID.randomUUID();
    private static final UUID LATE = UUID.randomUUID();
    private static final UUID OLD = UUID.randomUUID();
    private static final UUID TRANSFER = UUID.randomUUID();
    private static final UUID HOUSEHOLD = UUID.randomUUID();
    private static final UUID DISASTER = UUID.randomUUID();
    private static final LocalDate MADE = LocalDate.of(2026, 1, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 20);

    private FixtureConfiguration<DepotStock> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DepotStock.class);
    }

    private static StockReceived lot(UUID lot, String number, long quantity, LocalDate expires) {
        return new StockReceived(DEPOT, UUID.randomUUID(), lot, "WATER", number, quantity, "箱", "550ml", "重庆",
                MADE, expires, MADE, ReceiptSource.PROCUREMENT, "HT-1", "某水厂");
    }

    private static LotQuantity part(UUID lot, String number, LocalDate expires, long quantity) {
        return new LotQuantity(lot, "WATER", number, "箱", MADE, expires, quantity);
    }

    private final StockReceived early = lot(EARLY, "W-EARLY", 30, LocalDate.of(2026, 12, 1));
    private final StockReceived late = lot(LATE, "W-LATE", 50, LocalDate.of(2027, 6, 1));
    private final StockReceived expired = lot(OLD, "W-OLD", 20, LocalDate.of(2026, 7, 1));

    @Test
    void aReservationTakesTheEarliestExpiringUsableLotsFirst() {
        fixture.given(late, early, expired)
                .when(new ReserveStock(DEPOT, TRANSFER, List.of(new Want("WATER", 40, null)), TODAY))
                .expectEvents(new StockReserved(DEPOT, TRANSFER, List.of(
                        part(EARLY, "W-EARLY", LocalDate.of(2026, 12, 1), 30),
                        part(LATE, "W-LATE", LocalDate.of(2027, 6, 1), 10))));
    }

    @Test
    void aReservationBeyondTheUsableStockIsRefusedAndSetsNothingAside() {
        fixture.given(early, expired)
                .when(new ReserveStock(DEPOT, TRANSFER, List.of(new Want("WATER", 31, null)), TODAY))
                .expectEvents(new StockReservationRefused(DEPOT, TRANSFER, "insufficient-stock", "WATER"));
    }

    @Test
    void aNamedExpiredLotCannotBeReserved() {
        fixture.given(expired)
                .when(new ReserveStock(DEPOT, TRANSFER, List.of(new Want("WATER", 5, OLD)), TODAY))
                .expectEvents(new StockReservationRefused(DEPOT, TRANSFER, "lot-expired", "W-OLD"));
    }

    @Test
    void reservedStockIsNotAvailableToADistribution() {
        fixture.given(early, new StockReserved(DEPOT, TRANSFER, List.of(part(EARLY, "W-EARLY",
                        LocalDate.of(2026, 12, 1), 25))))
                .when(new DistributeStock(DEPOT, UUID.randomUUID(), HOUSEHOLD, DISASTER, "张三", "x",
                        new Want("WATER", 6, null), null, TODAY))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anExpiredLotLeavesOnlyByWriteOff() {
        UUID writeOff = UUID.randomUUID();
        fixture.given(expired)
                .when(new DistributeStock(DEPOT, UUID.randomUUID(), HOUSEHOLD, DISASTER, "张三", "x",
                        new Want("WATER", 1, OLD), null, TODAY))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
        fixture.given(expired, new WriteOffRequested(DEPOT, writeOff, OLD, 20, "EXPIRED", "keeper"))
                .when(new ApproveWriteOff(DEPOT, writeOff, "officer"))
                .expectEvents(new StockWrittenOff(DEPOT, writeOff, OLD, "WATER", 20, "EXPIRED", "officer"));
    }

    @Test
    void theRequesterOfAWriteOffCannotApproveIt() {
        UUID writeOff = UUID.randomUUID();
        fixture.given(expired, new WriteOffRequested(DEPOT, writeOff, OLD, 20, "EXPIRED", "keeper"))
                .when(new ApproveWriteOff(DEPOT, writeOff, "keeper"))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("keeper raised or already handled write-off " + writeOff
                        + " and cannot approve it")
                .expectNoEvents();
    }

    @Test
    void aWriteOffCannotExceedWhatIsAvailable() {
        fixture.given(early)
                .when(new RequestWriteOff(DEPOT, UUID.randomUUID(), EARLY, 31, "DAMAGED", "keeper"))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void aHouseholdGetsNoMoreThanItsLimitPerDisaster() {
        StockDistributed first = new StockDistributed(DEPOT, UUID.randomUUID(), HOUSEHOLD, DISASTER, "张三", "x",
                List.of(part(EARLY, "W-EARLY", LocalDate.of(2026, 12, 1), 1)));
        fixture.given(early, first)
                .when(new DistributeStock(DEPOT, UUID.randomUUID(), HOUSEHOLD, DISASTER, "张三", "x",
                        new Want("WATER", 1, null), 1L, TODAY))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
        fixture.given(early, first)
                .when(new DistributeStock(DEPOT, UUID.randomUUID(), HOUSEHOLD, UUID.randomUUID(), "张三", "x",
                        new Want("WATER", 1, null), 1L, TODAY))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void releasingGivesTheReservationBackAndIssuingTakesItOut() {
        StockReserved reserved = new StockReserved(DEPOT, TRANSFER, List.of(part(EARLY, "W-EARLY",
                LocalDate.of(2026, 12, 1), 30)));
        fixture.given(early, reserved)
                .when(new ReleaseReservation(DEPOT, TRANSFER, "cancelled"))
                .expectEvents(new ReservationReleased(DEPOT, TRANSFER, reserved.lots(), "cancelled"));
        fixture.given(early, reserved)
                .when(new IssueReservation(DEPOT, TRANSFER))
                .expectEvents(new ReservationIssued(DEPOT, TRANSFER, reserved.lots()));
        fixture.given(early, reserved, new ReservationIssued(DEPOT, TRANSFER, reserved.lots()))
                .when(new DistributeStock(DEPOT, UUID.randomUUID(), HOUSEHOLD, DISASTER, "张三", "x",
                        new Want("WATER", 1, null), null, TODAY))
                .expectException(DomainRuleViolation.class);
    }
}
