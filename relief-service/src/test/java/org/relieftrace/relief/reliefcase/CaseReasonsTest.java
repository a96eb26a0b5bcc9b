package org.relieftrace.relief.reliefcase;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

import org.relieftrace.platform.testing.PostgresTestResource;
import org.relieftrace.relief.reliefcase.CaseCommands.ReviewCase;
import org.relieftrace.relief.testing.ReliefFixtures;
import org.relieftrace.relief.testing.ReliefFixtures.Household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Every rejection and every override of a case says why: without it the step is {@code 400} and nothing is appended. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "county-civil", roles = "civil-affairs")
@OidcSecurity(claims = @Claim(key = "division", value = "500118000000"))
class CaseReasonsTest {

    @Inject
    ReliefFixtures fixtures;

    @Inject
    CommandGateway commands;

    private UUID disaster;

    @BeforeEach
    void aFloodAndAStandard() {
        fixtures.standard();
        disaster = fixtures.disaster();
    }

    private void awaitStatus(Object caseId, String status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/relief/cases/{id}", caseId).then().statusCode(200).body("status", equalTo(status)));
    }

    @Test
    void theTownshipRejectsOnlyWithItsReason() {
        UUID caseId = fixtures.postedCase(fixtures.household("500118116202", "钱一沟"), disaster, 360_000);
        awaitStatus(caseId, "ON_NOTICE");
        for (String body : new String[] {"{\"decision\": \"REJECT\"}", "{\"decision\": \"REJECT\", \"opinion\": \"  \"}"}) {
            given().contentType(ContentType.JSON).body(body)
                    .post("/api/relief/cases/{id}/township-review", caseId).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("opinion"));
        }
        assertThat(fixtures.events("CaseRejected", "caseId", caseId.toString())).isZero();
        given().contentType(ContentType.JSON).body("{\"decision\": \"REJECT\", \"opinion\": \"家庭收入超过标准\"}")
                .post("/api/relief/cases/{id}/township-review", caseId).then().statusCode(204);
        awaitStatus(caseId, "REJECTED");
        assertThat(fixtures.events("CaseRejected", "opinion", "家庭收入超过标准")).isEqualTo(1);
    }

    @Test
    void theCountyRejectsOnlyWithItsReasonAndOverridesOnlyWithOne() {
        UUID fundId = fixtures.fund(disaster, 1_000_000);
        UUID caseId = fixtures.postedCase(fixtures.household("500118116204", "孙二梁"), disaster, 360_000);
        commands.sendAndWait(new ReviewCase(caseId, true, "同意", ReliefFixtures.today()),
                ReliefFixtures.by("zhutuo-civil"));
        awaitStatus(caseId, "REVIEWED");
        given().contentType(ContentType.JSON).body("{\"decision\": \"REJECT\", \"opinion\": \"\"}")
                .post("/api/relief/cases/{id}/county-approval", caseId).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("opinion"));
        given().contentType(ContentType.JSON).body("{\"decision\": \"APPROVE\", \"fundId\": \"" + fundId
                        + "\", \"amountFen\": 400000, \"overrideReason\": \" \"}")
                .post("/api/relief/cases/{id}/county-approval", caseId).then().statusCode(400)
                .body("errors.field", hasItem("overrideReason"));
        assertThat(fixtures.events("CaseRejected", "caseId", caseId.toString())).isZero();
        assertThat(fixtures.events("CaseApprovalProposed", "caseId", caseId.toString())).isZero();
        given().get("/api/relief/cases/{id}", caseId).then().body("status", equalTo("REVIEWED"));
    }

    @Test
    @TestSecurity(user = "zhutuo-civil", roles = "civil-affairs")
    @OidcSecurity(claims = @Claim(key = "division", value = "500118116000"))
    void anObjectionIsUpheldOrDismissedOnlyWithAFinding() {
        Household household = fixtures.household("500118116203", "李三岗");
        UUID caseId = fixtures.postedCase(household, disaster, 360_000);
        awaitStatus(caseId, "ON_NOTICE");
        String objectionId = given().contentType(ContentType.JSON)
                .body("{\"objector\": \"村民周六\", \"content\": \"该户未受灾\"}")
                .post("/api/relief/cases/{id}/objections", caseId).then().statusCode(201)
                .extract().path("objectionId");
        for (String upheld : new String[] {"true", "false"}) {
            given().contentType(ContentType.JSON).body("{\"upheld\": " + upheld + ", \"finding\": \" \"}")
                    .post("/api/relief/cases/{id}/objections/{o}/resolution", caseId, objectionId).then()
                    .statusCode(400).body("errors.field", hasItem("finding"));
        }
        assertThat(fixtures.events("ObjectionResolved", "caseId", caseId.toString())).isZero();
    }
}
