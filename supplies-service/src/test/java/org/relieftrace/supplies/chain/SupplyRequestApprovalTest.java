package org.relieftrace.supplies.chain;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
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

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "laisu-officer", roles = {"supplies-officer"})
@OidcSecurity(claims = @Claim(key = "division", value = "500118102000"))
class SupplyRequestApprovalTest {

    @Inject
    CommandGateway commandGateway;

    @Inject
    EventGateway events;

    @Inject
    DataSource dataSource;

    @Test
    void anOfficerOfAnotherTownshipCannotApproveOrRejectAVillagesRequest() throws Exception {
        UUID request = UUID.randomUUID();
        commandGateway.sendAndWait(new SubmitSupplyRequest(request, ChainFixture.VILLAGE, "VILLAGE",
                UUID.randomUUID(), 40, List.of(new RequestedItem("TENT-12", 3))));
        given().contentType(ContentType.JSON).body("{}").post("/api/supplies/requests/{id}/approve", request)
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"reason\": \"非本镇\"}")
                .post("/api/supplies/requests/{id}/reject", request).then().statusCode(403);
        assertThat(new ChainFixture(events, dataSource).count("SELECT count(*) FROM eventstore.domain_event_entry"
                + " WHERE aggregate_identifier = ?", request.toString())).isEqualTo(1);
    }
}
