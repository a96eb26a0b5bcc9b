package org.relieftrace.supplies.transfer;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OverdueInTransitTest {

    private static final Instant DISPATCHED = Instant.parse("2026-07-21T02:00:00Z");

    @Test
    void aTransferOnTheRoadLongerThanTheConfiguredDaysIsOverdue() {
        assertThat(TransferQueries.overdueInTransit("DISPATCHED", DISPATCHED,
                DISPATCHED.plus(Duration.ofDays(3)).plusSeconds(1), 3)).isTrue();
        assertThat(TransferQueries.overdueInTransit("DISPATCHED", DISPATCHED,
                DISPATCHED.plus(Duration.ofDays(3)).minusSeconds(1), 3)).isFalse();
    }

    @Test
    void aReceivedTransferIsNeverOverdue() {
        assertThat(TransferQueries.overdueInTransit("RECEIVED", DISPATCHED, DISPATCHED.plus(Duration.ofDays(30)), 3))
                .isFalse();
        assertThat(TransferQueries.overdueInTransit("RESERVED", null, Instant.now(), 3)).isFalse();
    }
}
