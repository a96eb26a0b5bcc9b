package org.relieftrace.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.junit.jupiter.api.Test;

import org.relieftrace.platform.readmodel.BatchedReplay;

class BatchedReplayTest {

    @BatchedReplay
    static class Batched {
        @EventHandler
        void on(String event) {
        }
    }

    static class Plain {
        @EventHandler
        void on(Integer event) {
        }
    }

    @Test
    void aProjectionWhoseHandlersAllAllowItIsReplayedInBatches() {
        assertThat(ProjectionReplays.batched(SimpleEventHandlerInvoker.builder().eventHandlers(new Batched())
                .build())).isTrue();
    }

    @Test
    void oneHandlerWithoutThePromiseKeepsTheWholeProjectionUnbatched() {
        assertThat(ProjectionReplays.batched(SimpleEventHandlerInvoker.builder()
                .eventHandlers(new Batched(), new Plain()).build())).isFalse();
    }
}
