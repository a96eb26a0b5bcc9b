package org.relieftrace.platform.command;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.platform.domain.DomainRuleViolation;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyRetryTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final ConcurrencyRetry retry = new ConcurrencyRetry(executor, 3, 1);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static List<Class<? extends Throwable>[]> failures(int count) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            @SuppressWarnings("unchecked")
            Class<? extends Throwable>[] chain = new Class[]{ConcurrencyException.class};
            failures.add(chain);
        }
        return failures;
    }

    @Test
    void aCommandThatLostARaceIsDispatchedAgain() throws Exception {
        CountDownLatch dispatched = new CountDownLatch(1);
        boolean scheduled = retry.scheduleRetry(GenericCommandMessage.asCommandMessage("cmd"),
                new RuntimeException(new ConcurrencyException("sequence 7 taken")), failures(1),
                dispatched::countDown);
        assertThat(scheduled).isTrue();
        assertThat(dispatched.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aBrokenBusinessRuleIsNeverRetried() {
        boolean scheduled = retry.scheduleRetry(GenericCommandMessage.asCommandMessage("cmd"),
                new DomainRuleViolation("insufficient-stock", "not enough"), failures(1), () -> { });
        assertThat(scheduled).isFalse();
    }

    @Test
    void retriesStopAfterTheLimit() {
        boolean scheduled = retry.scheduleRetry(GenericCommandMessage.asCommandMessage("cmd"),
                new ConcurrencyException("again"), failures(4), () -> { });
        assertThat(scheduled).isFalse();
    }
}
