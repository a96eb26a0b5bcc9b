package org.relieftrace.supplies.transfer;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.relieftrace.platform.testing.PostgresTestResource;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed attempt of a saga step stays counted when the saga's own transaction is rolled back. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class StepAttemptsTest {

    @Inject
    StepAttempts attempts;

    @Inject
    TransactionManager transactions;

    @Test
    void failedAttemptsSurviveTheRollbackOfTheSagasTransaction() throws Exception {
        UUID transfer = UUID.randomUUID();
        transactions.begin();
        assertThat(attempts.failed(transfer, "issue", "connection reset")).isEqualTo(1);
        assertThat(attempts.failed(transfer, "issue", "connection reset")).isEqualTo(2);
        transactions.rollback();
        assertThat(attempts.failed(transfer, "issue", "timeout")).isEqualTo(3);
        assertThat(attempts.failed(transfer, "arrive", "timeout")).isEqualTo(1);
    }
}
