package org.relieftrace.supplies.chain;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

import org.relieftrace.platform.testing.PostgresTestResource;
import org.relieftrace.supplies.request.SupplyRequestMessages.RequestedItem;
import org.relieftrace.supplies.request.SupplyRequestMessages.SubmitSupplyRequest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/**
 * A rejection or a cancellation of a transfer, and a rejection of a supply request, says why: without a reason (or
 * with a blank one) it is refused with a 400 naming the field, and nothing is appended; with one it is accepted.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "county-officer", roles = {"supplies-officer"})
@OidcSecurity(claims = @Claim(key = "division", value = ChainFixture.COUNTY))
class ReasonsRequiredTest {

    @Inject
    EventGateway events;

    @Inject
    DataSource dataSource;

    @Inject
    CommandGateway commandGateway;

    private ChainFixture chain;

    @BeforeEach
    void aCountyTownshipAndVillage() {
        chain = new ChainFixture(events, dataSource);
    }

    private long stream(UUID id) throws Exception {
        return chain.count("SELECT count(*) FROM eventstore.domain_event_entry WHERE aggregate_identifier = ?",
                id.toString());
    }

    private void refusedNamingTheReason(String path, UUID id, String body) {
        given().contentType(ContentType.JSON).body(body).post(path, id).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("reason"));
    }

    @Test
    void aTransferIsRejectedOrCancelledOnlyWithAReason() throws Exception {
        UUID rejected = chain.requestTransferAs("zhutuo-keeper", "TENT-12", 2);
        UUID cancelled = chain.requestTransferAs("zhutuo-keeper", "TENT-12", 2);
        for (String body : List.of("{}", "{\"reason\": \"  \"}")) {
            refusedNamingTheReason("/api/supplies/transfers/{id}/reject", rejected, body);
            refusedNamingTheReason("/api/supplies/transfers/{id}/cancel", cancelled, body);
        }
        given().contentType(ContentType.JSON).post("/api/supplies/transfers/{id}/cancel", cancelled).then()
                .statusCode(400).contentType("application/problem+json");
        assertThat(stream(rejected)).isEqualTo(1);
        assertThat(stream(cancelled)).isEqualTo(1);

        given().contentType(ContentType.JSON).body("{\"reason\": \"库存不足，改由乡镇调剂\"}")
                .post("/api/supplies/transfers/{id}/reject", rejected).then().statusCode(202);
        given().contentType(ContentType.JSON).body("{\"reason\": \"需求已满足\"}")
                .post("/api/supplies/transfers/{id}/cancel", cancelled).then().statusCode(202);
        assertThat(stream(rejected)).isEqualTo(2);
        assertThat(stream(cancelled)).isEqualTo(2);
        assertThat(chain.count("SELECT count(*) FROM eventstore.events WHERE aggregate_identifier = ?"
                + " AND meta_data ->> 'reason' = '库存不足，改由乡镇调剂'", rejected.toString())).isEqualTo(1);
    }

    @Test
    void aSupplyRequestIsRejectedOnlyWithAReason() throws Exception {
        UUID request = UUID.randomUUID();
        commandGateway.sendAndWait(new SubmitSupplyRequest(request, ChainFixture.TOWNSHIP, "TOWNSHIP",
                chain.disaster, 40, List.of(new RequestedItem("TENT-12", 3))));
        for (String body : List.of("{}", "{\"reason\": \"\"}")) {
            refusedNamingTheReason("/api/supplies/requests/{id}/reject", request, body);
        }
        assertThat(stream(request)).isEqualTo(1);
        given().contentType(ContentType.JSON).body("{\"reason\": \"受灾人数不实\"}")
                .post("/api/supplies/requests/{id}/reject", request).then().statusCode(200);
        assertThat(stream(request)).isEqualTo(2);
    }
}
