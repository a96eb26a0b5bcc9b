package org.relieftrace.registry.audit;

import java.time.Duration;
import java.util.Optional;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.relieftrace.contracts.registry.DivisionRegistered;
import org.relieftrace.chain.CheckpointSeal;
import org.relieftrace.platform.testing.PostgresTestResource;
import org.relieftrace.registry.testing.Rows;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Making a checkpoint when nothing new has settled answers 200 saying so, never a 500, and appends nothing. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "admin", roles = "admin")
class CheckpointNothingNewTest {

    private static final String CHECKPOINTS = "/api/registry/audit/checkpoints";
    private static final String COUNTY = "500118000000";

    @Inject
    DataSource dataSource;

    @Inject
    EventGateway events;

    private long events() {
        return Rows.count(dataSource, "SELECT count(*) FROM eventstore.domain_event_entry");
    }

    private long checkpoints() {
        return Rows.count(dataSource, "SELECT count(*) FROM registry.audit_checkpoint");
    }

    private Response checkpoint() {
        Response answer = given().post(CHECKPOINTS).then().extract().response();
        assertThat(answer.statusCode()).as(answer.asString()).isIn(200, 201);
        return answer;
    }

    @Test
    void aCheckpointWithNothingNewAnswers200NamingTheLatestAndSealsNothing() {
        events.publish(new DivisionRegistered(COUNTY, "永川区", "COUNTY", null));
        // sealed once the event is older than the settle time (10 s by default)
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> checkpoint().statusCode() == 201);
        Response nothingNew = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(this::checkpoint, answer -> answer.statusCode() == 200);
        long eventsBefore = events();
        long checkpointsBefore = checkpoints();
        long newest = Rows.count(dataSource, "SELECT max(global_index) FROM registry.audit_checkpoint");

        JsonPath body = nothingNew.then().contentType("application/json").extract().jsonPath();
        assertThat(body.getString("outcome")).isEqualTo("NOTHING_NEW");
        assertThat(body.getLong("latest.globalIndex")).isEqualTo(newest);
        assertThat(body.getString("latest.signature")).isNotBlank();
        assertThat(body.getString("detail")).contains("global index " + newest);
        given().post(CHECKPOINTS).then().statusCode(200);
        assertThat(events()).isEqualTo(eventsBefore);
        assertThat(checkpoints()).isEqualTo(checkpointsBefore);
    }

    @Test
    void withNoCheckpointEverTheAnswerSaysNothingHasSettled() {
        CheckpointSeal.NothingNew none = CheckpointSeal.NothingNew.after(Optional.empty());
        assertThat(none.outcome()).isEqualTo("NOTHING_SETTLED");
        assertThat(none.latest()).isNull();
    }
}
