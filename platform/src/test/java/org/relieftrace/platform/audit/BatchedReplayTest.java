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

    @BatchedReplay(readsTables = false)
    static class BlindWriter {
        @EventHandler
        void on(Long event) {
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

    @Test
    void shadowTablesLoseTheirSecondaryIndexesOnlyWhenNoHandlerReadsItsTables() {
        assertThat(ProjectionReplays.allHandlers(SimpleEventHandlerInvoker.builder().eventHandlers(new BlindWriter())
                .build(), promise -> !promise.readsTables())).isTrue();
        assertThat(ProjectionReplays.allHandlers(SimpleEventHandlerInvoker.builder()
                .eventHandlers(new BlindWriter(), new Batched()).build(), promise -> !promise.readsTables())).isFalse();
    }
}
