package org.relieftrace.relief.payment;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

import org.relieftrace.contracts.registry.PayoutAccountSet;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.testing.PostgresTestResource;
import org.relieftrace.relief.testing.ReliefFixtures;
import org.relieftrace.relief.testing.ReliefFixtures.Household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** 双人复核: a batch's bank file needs a second user's release; a flagged account's payment a second check. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "county-finance", roles = "finance")
@OidcSecurity(claims = @Claim(key = "division", value = "500118000000"))
class BatchReleaseResourceTest {

    private static final long AMOUNT = 360_000;

    @Inject
    ReliefFixtures fixtures;

    @Inject
    EventGateway events;

    private UUID disaster;
    private UUID fund;

    @BeforeEach
    void aFloodAndItsFund() {
        disaster = fixtures.disaster();
        fund = fixtures.fund(disaster, 10 * AMOUNT);
    }

    private static String batch(String village) {
        return "{\"divisionCode\": \"" + village + "\", \"title\": \"过渡期生活救助\"}";
    }

    private static String refusal(Runnable command) {
        return catchThrowableOfType(DomainRuleViolation.class, command::run).code();
    }

    @Test
    void theMakerCannotReleaseABatchAndItsBankFileIsUnavailableUntilASecondUserDoes() {
        String village = "500118116221";
        fixtures.approvedCase(fixtures.household(village, "周一川"), disaster, fund, AMOUNT);
        String batchId = given().contentType(ContentType.JSON).body(batch(village))
                .post("/api/relief/payment-batches").then().statusCode(201).extract().path("batchId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/relief/payment-batches/{id}", batchId).then().statusCode(200)
                        .body("batch.preparedBy", equalTo("county-finance")).body("batch.releasedFiles", equalTo(0))
                        .body("batch.actions", not(hasItem("release")))
                        .body("batch.actions", not(hasItem("download-bank-file"))));
        given().get("/api/relief/payment-batches/{id}/bank-file", batchId).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/batch-not-released"));
        given().contentType("text/csv").body("paymentId,amount,status\n" + UUID.randomUUID() + ",1.00,PAID\n")
                .post("/api/relief/payment-batches/{id}/bank-results", batchId).then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/batch-not-released"));
        given().post("/api/relief/payment-batches/{id}/release", batchId).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/separation-of-duties"));
        assertThat(fixtures.events("BatchReleased", "batchId", batchId)).isZero();

        assertThat(fixtures.release(UUID.fromString(batchId))).isEqualTo(1);
        String file = given().get("/api/relief/payment-batches/{id}/bank-file", batchId).then().statusCode(200)
                .extract().asString();
        assertThat(file.lines()).hasSize(4).anyMatch(line -> line.contains("周一川"));
        given().get("/api/relief/payment-batches/{id}", batchId).then().statusCode(200)
                .body("batch.status", equalTo("RELEASED")).body("batch.releasedBy", equalTo("county-finance-2"))
                .body("batch.actions", hasItem("download-bank-file"));
        assertThat(refusal(() -> fixtures.release(UUID.fromString(batchId)))).isEqualTo("nothing-to-release");
    }

    @Test
    void aPaymentToARecentlyChangedAccountIsHeldOutOfTheFileUntilASecondCheckMatchesTheHolder() {
        String village = "500118116222";
        Household steady = fixtures.household(village, "吴二川");
        Household changed = fixtures.household(village, "郑三川");
        Household members = fixtures.household(village, "王四川");
        fixtures.changeAccount(changed, "6217995000099990001", "registry-clerk");
        events.publish(new PayoutAccountSet(members.householdId(), members.member().personId(), "重庆农村商业银行",
                "6228480099990002", members.member().name()));
        UUID steadyCase = fixtures.approvedCase(steady, disaster, fund, AMOUNT);
        UUID changedCase = fixtures.approvedCase(changed, disaster, fund, AMOUNT);
        UUID membersCase = fixtures.approvedCase(members, disaster, fund, AMOUNT);
        given().header("Accept-Language", "en").get("/api/relief/cases/{id}", membersCase).then().statusCode(200)
                .body("held.code", equalTo("account-not-payees-own"))
                .body("held.text", containsString("payee's own card"));
        given().get("/api/relief/cases?division={v}&status=APPROVED", village).then().statusCode(200)
                .body("items.find { it.caseId == '" + membersCase + "' }.held.code", equalTo("account-not-payees-own"))
                .body("items.find { it.caseId == '" + steadyCase + "' }.held", nullValue());

        String batchId = given().contentType(ContentType.JSON).body(batch(village))
                .post("/api/relief/payment-batches").then().statusCode(201)
                .body("lines", equalTo(2)).body("flagged[0].code", equalTo("account-recently-changed"))
                .body("held[0].caseId", equalTo(membersCase.toString()))
                .body("held[0].code", equalTo("account-not-payees-own")).extract().path("batchId");
        UUID batch = UUID.fromString(batchId);
        UUID held = PaymentCommands.paymentIdOf(changedCase, 1, 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/relief/payment-batches/{id}", batchId).then().statusCode(200)
                        .body("batch.heldPayments", equalTo(1))
                        .body("batch.heldCases[0].held.text", containsString("本人的卡"))
                        .body("payments.find { it.paymentId == '" + held + "' }.held.code",
                                equalTo("account-recently-changed"))
                        .body("payments.find { it.paymentId == '" + held + "' }.actions", equalTo(List.of())));
        given().get("/api/relief/cases/{id}", changedCase).then().body("held.code",
                equalTo("account-recently-changed"));

        assertThat(fixtures.release(batch)).isEqualTo(1);
        String first = given().get("/api/relief/payment-batches/{id}/bank-file", batchId).then().statusCode(200)
                .extract().asString();
        assertThat(first).contains("吴二川").doesNotContain("郑三川").contains("TOTAL,1,3600.00");

        given().contentType(ContentType.JSON).body("{\"holderName\": \"郑三川\"}")
                .post("/api/relief/payment-batches/{b}/payments/{p}/account-confirmation", batchId, held).then()
                .statusCode(409).body("type", equalTo("https://relieftrace.org/problems/separation-of-duties"));
        assertThat(refusal(() -> fixtures.confirm(batch, held, "郑三川", "registry-clerk")))
                .isEqualTo("separation-of-duties");
        assertThat(refusal(() -> fixtures.confirm(batch, held, "郑山川", "county-finance-2")))
                .isEqualTo("account-holder-mismatch");
        assertThat(fixtures.events("HeldPaymentConfirmed", "paymentId", held.toString())).isZero();

        fixtures.confirm(batch, held, " 郑三川 ", "county-finance-2");
        assertThat(fixtures.release(batch)).isEqualTo(2);
        String second = given().get("/api/relief/payment-batches/{id}/bank-file?file=2", batchId).then()
                .statusCode(200).extract().asString();
        assertThat(second).contains("郑三川").contains("6217995000099990001").doesNotContain("吴二川");
        assertThat(given().get("/api/relief/payment-batches/{id}/bank-file?file=1", batchId).then()
                .statusCode(200).extract().asString()).isEqualTo(first);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/relief/payment-batches/{id}", batchId).then()
                        .body("payments.find { it.paymentId == '" + held + "' }.held", nullValue())
                        .body("payments.find { it.paymentId == '" + held + "' }.fileNo", equalTo(2))
                        .body("batch.heldPayments", equalTo(0)));
        given().get("/api/relief/cases/{id}", steadyCase).then().body("held", nullValue());
    }
}
