package org.relieftrace.registry.audit;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import org.relieftrace.platform.axon.AxonRuntime;
import org.relieftrace.platform.testing.PostgresTestResource;

import static org.awaitility.Awaitility.await;

/**
 * Configured as one of two instances while it runs alone: the instance gives up the segments beyond its share for
 * the other instance to claim and, as nobody does, takes them back — a missing instance leaves no segment unhandled.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestProfile(SegmentBalancingTest.OneOfTwo.class)
class SegmentBalancingTest {

    /** Two instances configured, balanced every second, segments claimed every half second. */
    public static class OneOfTwo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("relief.instances", "2", "relief.segment-balance-interval", "1s",
                    "relief.token-claim-interval", "500ms");
        }
    }

    @Inject
    AxonRuntime axon;

    @Test
    void segmentsBeyondTheShareAreGivenUpAndTakenBackWhenNoOtherInstanceClaimsThem() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> held() == total());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> held() < total());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> held() == total());
    }

    /** Segments of all the service's processors, as the token table has them. */
    private int total() {
        var processing = axon.configuration().eventProcessingConfiguration();
        return processing.eventProcessors().keySet().stream().mapToInt(name -> axon.transactionManager()
                .fetchInTransaction(() -> processing.tokenStore(name).fetchSegments(name).length)).sum();
    }

    /** Segments this instance holds over all its processors. */
    private int held() {
        return axon.configuration().eventProcessingConfiguration().eventProcessors().values().stream()
                .mapToInt(processor -> ((StreamingEventProcessor) processor).processingStatus().size()).sum();
    }
}
