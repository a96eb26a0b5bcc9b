package org.relieftrace.supplies.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.supplies.stock.LotQuantity;
import org.relieftrace.supplies.stock.StockCommands.Want;
import org.relieftrace.supplies.transfer.TransferCommands.RecordStepFailure;
import org.relieftrace.supplies.transfer.TransferEvents.TransferApproved;
import org.relieftrace.supplies.transfer.TransferEvents.TransferCancelled;
import org.relieftrace.supplies.transfer.TransferEvents.TransferDispatched;
import org.relieftrace.supplies.transfer.TransferEvents.TransferFailed;
import org.relieftrace.supplies.transfer.TransferEvents.TransferRequested;
import org.relieftrace.supplies.transfer.TransferEvents.TransferReserved;
import org.relieftrace.supplies.transfer.TransferEvents.TransferStepFailed;

class TransferStepFailureTest {

    private static final UUID TRANSFER = UUID.randomUUID();
    private static final UUID FROM = UUID.randomUUID();
    private static final UUID TO = UUID.randomUUID();
    private static final List<Want> LINES = List.of(new Want("TENT-12", 5, null));
    private static final LotQuantity LOT = new LotQuantity(UUID.randomUUID(), "TENT-12", "T-1", "顶",
            LocalDate.of(2026, 1, 1), null, 5);

    private FixtureConfiguration<Transfer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Transfer.class);
    }

    private TransferRequested requested() {
        return new TransferRequested(TRANSFER, null, FROM, "500118000000", TO, "500118116000", false, LINES);
    }

    @Test
    void aDispatchedTransferWhoseIssueFailedIsFailedWithTheReason() {
        fixture.given(requested(), new TransferApproved(TRANSFER, FROM, LINES),
                        new TransferReserved(TRANSFER, List.of(LOT)),
                        new TransferDispatched(TRANSFER, FROM, TO, "渝A12345", "李四", "YD-1", LocalDate.of(2026, 7, 21),
                                List.of(LOT)))
                .when(new RecordStepFailure(TRANSFER, "issue", "step-failed", "connection reset"))
                .expectEvents(new TransferStepFailed(TRANSFER, "issue", "step-failed", "connection reset"),
                        new TransferFailed(TRANSFER, "step-failed", null));
    }

    @Test
    void aCancelledTransferOnlyRecordsTheFailedStep() {
        fixture.given(requested(), new TransferCancelled(TRANSFER, FROM))
                .when(new RecordStepFailure(TRANSFER, "release", "step-failed", "connection reset"))
                .expectEvents(new TransferStepFailed(TRANSFER, "release", "step-failed", "connection reset"));
    }
}
