package org.relieftrace.relief.fund;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

import org.relieftrace.platform.testing.PostgresTestResource;
import org.relieftrace.relief.fund.FundCommands.ApportionFund;
import org.relieftrace.relief.fund.FundCommands.CommitFunds;
import org.relieftrace.relief.fund.FundCommands.DecideApportionment;
import org.relieftrace.relief.standard.ReliefCategory;
import org.relieftrace.relief.testing.ReliefFixtures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "county-finance", roles = "finance")
@OidcSecurity(claims = @Claim(key = "division", value = "500118000000"))
class FundResourceTest {

    @Inject
    ReliefFixtures fixtures;

    @Inject
    CommandGateway commands;

    private static String fund(String document, String extra) {
        return """
                {"countyCode": "500118000000", "sourceLevel": "CENTRAL", "documentNumber": "%s",
                 "title": "中央自然灾害救灾资金", "category": "TRANSITIONAL", "amountFen": 100000000,
                 "reason": "财政下达"%s}""".formatted(document, extra);
    }

    @Test
    void aFundIsAllocatedApportionedToTownshipsAndNeverOverApportioned() {
        String document = "财建〔2026〕" + UUID.randomUUID();
        String fundId = given().contentType(ContentType.JSON).body(fund(document, ""))
                .post("/api/relief/funds").then().statusCode(201)
                .header("Location", startsWith("http")).extract().path("fundId");
        String apportionmentId = given().contentType(ContentType.JSON)
                .body("{\"townshipCode\": \"500118116000\", \"amountFen\": 60000000}")
                .post("/api/relief/funds/{id}/apportion", fundId).then().statusCode(201)
                .body("status", equalTo("PENDING")).body("amountFen", equalTo(60000000))
                .extract().path("apportionmentId");
        given().contentType(ContentType.JSON).body("{\"townshipCode\": \"500118109000\", \"amountFen\": 40000001}")
                .post("/api/relief/funds/{id}/apportion", fundId).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/fund-over-apportioned"));
        given().contentType(ContentType.JSON).body("{\"townshipCode\": \"500119001000\", \"amountFen\": 1}")
                .post("/api/relief/funds/{id}/apportion", fundId).then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/township-outside-county"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/relief/funds/{id}/ledger", fundId).then().statusCode(200)
                        .body("apportionedFen", equalTo(0)).body("pendingFen", equalTo(60000000))
                        .body("townships", hasSize(0))
                        .body("pendingApportionments[0].apportionmentId", equalTo(apportionmentId))
                        .body("pendingApportionments[0].actions", hasSize(0)));
        commands.sendAndWait(new DecideApportionment(UUID.fromString(fundId), UUID.fromString(apportionmentId),
                true), ReliefFixtures.by("county-finance-2"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/relief/funds/{id}/ledger", fundId).then().statusCode(200)
                        .body("allocatedFen", equalTo(100000000)).body("apportionedFen", equalTo(60000000))
                        .body("pendingFen", equalTo(0)).body("pendingApportionments", hasSize(0))
                        .body("availableFen", equalTo(100000000)).body("committedFen", equalTo(0))
                        .body("townships[0].townshipCode", equalTo("500118116000"))
                        .body("townships[0].apportionedFen", equalTo(60000000)));
        given().get("/api/relief/funds?division=500118000000").then().statusCode(200)
                .body("items.documentNumber", hasItem(document)).body("total", greaterThanOrEqualTo(1));
    }

    @Test
    void whoRaisedAnApportionmentCannotApproveItAndASecondUserCan() {
        String fundId = given().contentType(ContentType.JSON).body(fund("财建〔2026〕" + UUID.randomUUID(), ""))
                .post("/api/relief/funds").then().statusCode(201).extract().path("fundId");
        String mine = given().contentType(ContentType.JSON)
                .body("{\"townshipCode\": \"500118116000\", \"amountFen\": 1000}")
                .post("/api/relief/funds/{id}/apportion", fundId).then().statusCode(201).extract()
                .path("apportionmentId");
        given().contentType(ContentType.JSON).body("{\"approve\": true}")
                .post("/api/relief/funds/{id}/apportionments/{a}/approval", fundId, mine).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/separation-of-duties"));
        assertThat(fixtures.events("FundApportioned", "apportionmentId", mine)).isZero();
        given().contentType(ContentType.JSON).body("{\"approve\": false}")
                .post("/api/relief/funds/{id}/apportionments/{a}/approval", fundId, mine).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        UUID theirs = UUID.randomUUID();
        commands.sendAndWait(new ApportionFund(UUID.fromString(fundId), theirs, "500118116000", 2000),
                ReliefFixtures.by("county-finance-2"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/relief/funds/{id}/ledger", fundId).then().statusCode(200)
                        .body("pendingApportionments.find { it.apportionmentId == '" + theirs + "' }.actions",
                                equalTo(List.of("approve", "reject"))));
        given().contentType(ContentType.JSON).body("{\"approve\": true}")
                .post("/api/relief/funds/{id}/apportionments/{a}/approval", fundId, theirs).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("shareFen", equalTo(2000));
        given().contentType(ContentType.JSON).body("{\"approve\": true}")
                .post("/api/relief/funds/{id}/apportionments/{a}/approval", fundId, theirs).then().statusCode(404);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/relief/funds/{id}/ledger", fundId).then().statusCode(200)
                        .body("apportionedFen", equalTo(2000)).body("pendingFen", equalTo(1000)));
    }

    @Test
    void badInputIsAProblemNamingTheFieldsAndNothingIsAppended() {
        String document = "财建〔2026〕" + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(fund(document, "").replace("\"amountFen\": 100000000", "\"amountFen\": -5")
                        .replace("\"500118000000\"", "\"500118116000\""))
                .post("/api/relief/funds").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("amountFen")).body("errors.field", hasItem("countyCode"));
        given().contentType(ContentType.JSON).body(fund(document, "").replace("CENTRAL", "GALACTIC"))
                .post("/api/relief/funds").then().statusCode(400).contentType("application/problem+json");
        assertThat(fixtures.events("FundAllocated", "documentNumber", document)).isZero();
    }

    @Test
    @TestSecurity(user = "county-civil", roles = "civil-affairs")
    @OidcSecurity(claims = @Claim(key = "division", value = "500118000000"))
    void civilAffairsStaffDoNotAllocateFunds() {
        given().contentType(ContentType.JSON).body(fund("财建〔2026〕" + UUID.randomUUID(), ""))
                .post("/api/relief/funds").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aFundIsApportionedTheMomentItIsAllocated() {
        for (int i = 0; i < 5; i++) {
            String fundId = given().contentType(ContentType.JSON).body(fund("财建〔2026〕" + UUID.randomUUID(), ""))
                    .post("/api/relief/funds").then().statusCode(201).extract().path("fundId");
            given().contentType(ContentType.JSON).body("{\"townshipCode\": \"500118116000\", \"amountFen\": 1000}")
                    .post("/api/relief/funds/{id}/apportion", fundId).then().statusCode(201)
                    .body("status", equalTo("PENDING"));
        }
        given().contentType(ContentType.JSON).body("{\"townshipCode\": \"500118116000\", \"amountFen\": 1000}")
                .post("/api/relief/funds/{id}/apportion", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void concurrentApprovalsNeverOverCommitAFund() throws Exception {
        UUID disaster = fixtures.disaster();
        UUID fundId = fixtures.fund(disaster, 100_000);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            attempts.add(() -> {
                try {
                    commands.sendAndWait(new CommitFunds(fundId, UUID.randomUUID(), ReliefFixtures.ZHUTUO,
                            ReliefCategory.TRANSITIONAL, disaster, 10_000), ReliefFixtures.by("county-civil"));
                    return true;
                } catch (RuntimeException refused) {
                    return false;
                }
            });
        }
        long committed = 0;
        for (Future<Boolean> attempt : pool.invokeAll(attempts)) {
            committed += attempt.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(committed).isEqualTo(10);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/relief/funds/{id}/ledger", fundId).then()
                        .body("committedFen", equalTo(100_000)).body("availableFen", equalTo(0)));
    }
}
