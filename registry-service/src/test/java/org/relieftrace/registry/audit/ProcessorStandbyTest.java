package org.relieftrace.registry.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.relieftrace.platform.axon.AxonRuntime;
import org.relieftrace.platform.testing.PostgresTestResource;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * With several instances of a service, a processor whose segments another instance holds is on standby here: the
 * readiness check says so (and stays up) instead of reporting the lag of the whole store.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ProcessorStandbyTest {

    private static final String GROUP = "capacity";
    private static final String CHECK = "checks.find { it.name == 'event-store and processors' }.data.capacity";

    @Inject
    AxonRuntime axon;

    @Inject
    DataSource dataSource;

    @Test
    void aProcessorWhoseSegmentAnotherInstanceHoldsIsOnStandbyAndTheServiceStaysReady() throws SQLException {
        StreamingEventProcessor processor = (StreamingEventProcessor) axon.configuration()
                .eventProcessingConfiguration().eventProcessor(GROUP).orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> !processor.processingStatus().isEmpty());
        given().when().get("/q/health/ready").then().body(CHECK, startsWith("running, lag "));

        processor.releaseSegment(0, 3, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> processor.processingStatus().isEmpty());
        try {
            // claimed again on each try, in case this instance's release of the claim was written after ours
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                claimAs("another-instance");
                given().when().get("/q/health/ready").then().statusCode(200)
                        .body("status", equalTo("UP"))
                        .body(CHECK, equalTo("standby"));
            });
        } finally {
            claimAs(null);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !processor.processingStatus().isEmpty());
        given().when().get("/q/health/ready").then().body(CHECK, startsWith("running, lag "));
    }

    /** Sets the segment's owner as another instance would claim it (or frees it with {@code null}). */
    private void claimAs(String owner) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE registry.token_entry SET owner = ?, timestamp = ? WHERE processor_name = ?")) {
            update.setString(1, owner);
            update.setString(2, Instant.now().toString());
            update.setString(3, GROUP);
            update.executeUpdate();
        }
    }
}
