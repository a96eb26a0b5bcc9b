package org.relieftrace.supplies.transfer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.platform.domain.DomainRuleViolation;

import org.relieftrace.supplies.stock.LotQuantity;
import org.relieftrace.supplies.stock.StockCommands.ArrivedLot;
import org.relieftrace.supplies.stock.StockCommands.IssueReservation;
import org.relieftrace.supplies.stock.StockCommands.ReceiveTransferredStock;
import org.relieftrace.supplies.stock.StockCommands.ReleaseReservation;
import org.relieftrace.supplies.stock.StockCommands.ReserveStock;
import org.relieftrace.supplies.stock.StockCommands.Want;
import org.relieftrace.supplies.stock.StockEvents.StockReservationRefused;
import org.relieftrace.supplies.stock.StockEvents.StockReserved;
import org.relieftrace.supplies.stock.StockEvents.TransferredStockReceived;
import org.relieftrace.supplies.transfer.TransferCommands.CloseTransfer;
import org.relieftrace.supplies.transfer.TransferCommands.FailTransfer;
import org.relieftrace.supplies.transfer.TransferCommands.RecordReservation;
import org.relieftrace.supplies.transfer.TransferCommands.RecordStepFailure;
import org.relieftrace.supplies.transfer.TransferEvents.TransferApproved;
import org.relieftrace.supplies.transfer.TransferEvents.TransferCancelled;
import org.relieftrace.supplies.transfer.TransferEvents.TransferDispatched;
import org.relieftrace.supplies.transfer.TransferEvents.TransferReceived;
import org.relieftrace.supplies.transfer.TransferEvents.TransferRejected;

import static org.assertj.core.api.Assertions.assertThat;

class TransferSagaTest {

    private static final UUID TRANSFER = UUID.randomUUID();
    private static final UUID FROM = UUID.randomUUID();
    private static final UUID TO = UUID.randomUUID();
    private static final List<Want> LINES = List.of(new Want("TENT-12", 200, null));
    private static final LotQuantity LOT = new LotQuantity(UUID.randomUUID(), "TENT-12", "T-1", "顶",
            LocalDate.of(2026, 1, 1), null, 200);

    private SagaTestFixture<TransferSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(TransferSaga.class);
        fixture.registerResource(new SagaSteps());
        fixture.registerResource(counted);
    }

    /** Counts failed attempts in memory, as the service counts them in its own table. */
    private static final class CountedAttempts extends StepAttempts {

        private final Map<String, Integer> failed = new HashMap<>();

        @Override
        public int failed(UUID transferId, String step, String why) {
            return failed.merge(transferId + ":" + step, 1, Integer::sum);
        }
    }

    private final CountedAttempts counted = new CountedAttempts();

    private TransferApproved approved() {
        return new TransferApproved(TRANSFER, FROM, LINES);
    }

    @Test
    void anApprovedTransferAsksTheSourceToReserve() {
        LocalDate today = LocalDate.ofInstant(fixture.currentTime(), ZoneId.of("Asia/Shanghai"));
        fixture.givenNoPriorActivity()
                .whenPublishingA(approved())
                .expectActiveSagas(1)
                .expectDispatchedCommands(new ReserveStock(FROM, TRANSFER, LINES, today));
    }

    @Test
    void aReservationIsRecordedOnTheTransfer() {
        fixture.givenAPublished(approved())
                .whenPublishingA(new StockReserved(FROM, TRANSFER, List.of(LOT)))
                .expectDispatchedCommands(new RecordReservation(TRANSFER, List.of(LOT)));
    }

    @Test
    void aRefusedReservationFailsTheTransferAndEndsTheSaga() {
        fixture.givenAPublished(approved())
                .whenPublishingA(new StockReservationRefused(FROM, TRANSFER, "insufficient-stock", "TENT-12"))
                .expectDispatchedCommands(new FailTransfer(TRANSFER, "insufficient-stock", "TENT-12"))
                .expectActiveSagas(0);
    }

    @Test
    void aCancelledTransferGivesItsReservationBack() {
        fixture.givenAPublished(approved())
                .andThenAPublished(new StockReserved(FROM, TRANSFER, List.of(LOT)))
                .whenPublishingA(new TransferCancelled(TRANSFER, FROM))
                .expectDispatchedCommands(new ReleaseReservation(FROM, TRANSFER, "cancelled"))
                .expectActiveSagas(0);
    }

    @Test
    void aRejectedTransferGivesItsReservationBack() {
        fixture.givenAPublished(approved())
                .andThenAPublished(new StockReserved(FROM, TRANSFER, List.of(LOT)))
                .whenPublishingA(new TransferRejected(TRANSFER, FROM))
                .expectDispatchedCommands(new ReleaseReservation(FROM, TRANSFER, "rejected"))
                .expectActiveSagas(0);
    }

    @Test
    void aReservationThatLandsAfterTheCancellationIsGivenBackAtOnce() {
        fixture.givenAPublished(approved())
                .andThenAPublished(new TransferCancelled(TRANSFER, FROM))
                .whenPublishingA(new StockReserved(FROM, TRANSFER, List.of(LOT)))
                .expectDispatchedCommands(new ReleaseReservation(FROM, TRANSFER, "withdrawn"))
                .expectActiveSagas(0);
    }

    @Test
    void dispatchIssuesTheReservationAndReceiptFillsTheDestinationThenCloses() {
        ArrivedLot arrived = new ArrivedLot(UUID.randomUUID(), LOT, 198, 2, 0, "雨淋受损");
        LocalDate day = LocalDate.of(2026, 7, 21);
        fixture.givenAPublished(approved())
                .andThenAPublished(new StockReserved(FROM, TRANSFER, List.of(LOT)))
                .whenPublishingA(new TransferDispatched(TRANSFER, FROM, TO, "渝A12345", "李四", "YD-1", day,
                        List.of(LOT)))
                .expectDispatchedCommands(new IssueReservation(FROM, TRANSFER));
        fixture.givenAPublished(approved())
                .whenPublishingA(new TransferReceived(TRANSFER, null, FROM, TO, day, List.of(arrived)))
                .expectDispatchedCommands(new ReceiveTransferredStock(TO, TRANSFER, FROM, day, List.of(arrived)));
        fixture.givenAPublished(approved())
                .whenPublishingA(new TransferredStockReceived(TO, TRANSFER, FROM, day, List.of(arrived)))
                .expectDispatchedCommands(new CloseTransfer(TRANSFER))
                .expectActiveSagas(0);
    }

    @Test
    void aReservationStepThatBreaksARuleFailsTheTransferWithTheReasonAndEndsTheSaga() {
        LocalDate today = LocalDate.ofInstant(fixture.currentTime(), ZoneId.of("Asia/Shanghai"));
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof ReserveStock) {
                throw new DomainRuleViolation("depot-closed", "Depot is closed");
            }
            return null;
        });
        fixture.givenNoPriorActivity()
                .whenPublishingA(approved())
                .expectDispatchedCommands(new ReserveStock(FROM, TRANSFER, LINES, today),
                        new RecordStepFailure(TRANSFER, "reserve", "depot-closed", "Depot is closed"))
                .expectActiveSagas(0);
    }

    @Test
    void aReservationTheTransferCannotRecordIsGivenBackAndTheTransferFails() {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof RecordReservation) {
                throw new DomainRuleViolation("transfer-wrong-state", "wrong state");
            }
            return null;
        });
        fixture.givenAPublished(approved())
                .whenPublishingA(new StockReserved(FROM, TRANSFER, List.of(LOT)))
                .expectDispatchedCommands(new RecordReservation(TRANSFER, List.of(LOT)),
                        new RecordStepFailure(TRANSFER, "reserved", "transfer-wrong-state", "wrong state"),
                        new ReleaseReservation(FROM, TRANSFER, "failed"))
                .expectActiveSagas(0);
    }

    @Test
    void anUnexpectedFailureIsCountedAndLeftForTheEventsRedeliveryWithoutFailingTheTransfer() {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof IssueReservation) {
                throw new IllegalStateException("connection reset");
            }
            return null;
        });
        fixture.givenAPublished(approved())
                .andThenAPublished(new StockReserved(FROM, TRANSFER, List.of(LOT)))
                .whenPublishingA(dispatched())
                .expectDispatchedCommands(new IssueReservation(FROM, TRANSFER))
                .expectActiveSagas(1);
        assertThat(counted.failed).containsEntry(TRANSFER + ":issue", 1);
    }

    @Test
    void theDeliveryThatFailsForTheLastAllowedTimeFailsTheTransferInsteadOfBlockingTheProcessor() {
        AtomicInteger attempts = new AtomicInteger();
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof IssueReservation) {
                attempts.incrementAndGet();
                throw new IllegalStateException("connection reset");
            }
            return null;
        });
        // two earlier deliveries of the dispatch failed; their count is kept outside the saga's transaction
        counted.failed.put(TRANSFER + ":issue", TransferSaga.ATTEMPTS - 1);
        fixture.givenAPublished(approved())
                .andThenAPublished(new StockReserved(FROM, TRANSFER, List.of(LOT)))
                .whenPublishingA(dispatched())
                .expectDispatchedCommands(new IssueReservation(FROM, TRANSFER),
                        new RecordStepFailure(TRANSFER, "issue", "step-failed", "connection reset"))
                .expectActiveSagas(0);
        assertThat(attempts.get()).isEqualTo(1);
        assertThat(counted.failed).containsEntry(TRANSFER + ":issue", TransferSaga.ATTEMPTS);
    }

    @Test
    void aStepThatFailedBeforeAndSucceedsOnRedeliveryCarriesOn() {
        counted.failed.put(TRANSFER + ":issue", 1);
        fixture.givenAPublished(approved())
                .andThenAPublished(new StockReserved(FROM, TRANSFER, List.of(LOT)))
                .whenPublishingA(dispatched())
                .expectDispatchedCommands(new IssueReservation(FROM, TRANSFER))
                .expectActiveSagas(1);
    }

    private static TransferDispatched dispatched() {
        return new TransferDispatched(TRANSFER, FROM, TO, "渝A12345", "李四", "YD-1", LocalDate.of(2026, 7, 21),
                List.of(LOT));
    }
}
