package org.relieftrace.supplies.chain;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import javax.sql.DataSource;

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

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A transfer's {@code actions} name exactly the steps its caller's commands then accept; who requested a transfer is
 * neither offered its approval nor allowed it.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class TransferActionsTest {

    @Inject
    EventGateway events;

    @Inject
    DataSource dataSource;

    private ChainFixture chain;

    @BeforeEach
    void aCountyTownshipAndVillage() {
        chain = new ChainFixture(events, dataSource);
    }

    private void awaitActions(UUID transfer, String... verbs) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/supplies/transfers/{id}", transfer).then().statusCode(200)
                .body("actions", equalTo(List.of(verbs))));
    }

    private int post(UUID transfer, String verb, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/supplies/transfers/{id}/" + verb, transfer).then().extract().statusCode();
    }

    @Test
    @TestSecurity(user = "county-officer", roles = {"supplies-officer"})
    @OidcSecurity(claims = @Claim(key = "division", value = ChainFixture.COUNTY))
    void theCountyOfficerIsOfferedEachStepInTurnAndTheStepsOfferedAreAccepted() throws Exception {
        chain.receive(chain.county, "TENT-12", "T-ACT", 10, "2026-01-01", null);
        UUID transfer = chain.requestTransfer(chain.county, chain.township, "TENT-12", 4, null);
        awaitActions(transfer, "reject", "cancel");
        long before = streamLength(transfer);
        given().contentType(ContentType.JSON).body("{}").post("/api/supplies/transfers/{id}/approve", transfer)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/separation-of-duties"));
        org.assertj.core.api.Assertions.assertThat(streamLength(transfer)).isEqualTo(before);
        chain.approve(transfer);
        chain.awaitStatus(transfer, "RESERVED");
        awaitActions(transfer, "reject", "cancel", "dispatch");
        assertRefused(post(transfer, "approve", "{}"));
        assertRefused(post(transfer, "voucher", "{\"voucherNumber\": \"PZ-A\"}"));
        chain.dispatch(transfer);
        chain.awaitStatus(transfer, "DISPATCHED");
        awaitActions(transfer, "voucher", "receive");
        assertRefused(post(transfer, "cancel", "{\"reason\": \"不再需要\"}"));
        assertAccepted(post(transfer, "voucher", "{\"voucherNumber\": \"PZ-A\"}"));
        awaitActions(transfer, "receive");
        assertRefused(post(transfer, "voucher", "{\"voucherNumber\": \"PZ-B\"}"));
    }

    @Test
    @TestSecurity(user = "county-officer", roles = {"supplies-officer"})
    @OidcSecurity(claims = @Claim(key = "division", value = ChainFixture.COUNTY))
    void aTransferRequestedBySomeoneElseIsOfferedForApprovalAndApproved() {
        chain.receive(chain.county, "TENT-12", "T-ACT2", 10, "2026-01-01", null);
        UUID transfer = chain.requestTransferAs("zhutuo-keeper", "TENT-12", 3);
        awaitActions(transfer, "approve", "reject", "cancel");
        assertAccepted(post(transfer, "approve", "{\"reason\": \"同意\"}"));
        chain.awaitStatus(transfer, "RESERVED");
        awaitActions(transfer, "reject", "cancel", "dispatch");
    }

    private long streamLength(UUID transfer) throws Exception {
        return chain.count("SELECT count(*) FROM eventstore.domain_event_entry WHERE aggregate_identifier = ?",
                transfer.toString());
    }

    @Test
    @TestSecurity(user = "zhutuo-keeper", roles = {"depot-keeper"})
    @OidcSecurity(claims = {@Claim(key = "division", value = ChainFixture.TOWNSHIP),
            @Claim(key = "depots", value = "NONE")})
    void aKeeperOfTheDestinationMayOnlyCancelARequestedTransfer() {
        UUID transfer = chain.requestTransfer(chain.county, chain.township, "TENT-12", 4, null);
        awaitActions(transfer, "cancel");
        assertThat403(post(transfer, "approve", "{}"));
        assertThat403(post(transfer, "dispatch",
                "{\"vehicle\": \"渝A12345\", \"driver\": \"李四\", \"waybillNumber\": \"YD-A\"}"));
        assertAccepted(post(transfer, "cancel", "{\"reason\": \"不再需要\"}"));
        awaitActions(transfer);
    }

    private static void assertAccepted(int status) {
        org.assertj.core.api.Assertions.assertThat(status).isEqualTo(202);
    }

    private static void assertRefused(int status) {
        org.assertj.core.api.Assertions.assertThat(status).isEqualTo(409);
    }

    private static void assertThat403(int status) {
        org.assertj.core.api.Assertions.assertThat(status).isEqualTo(403);
    }
}
