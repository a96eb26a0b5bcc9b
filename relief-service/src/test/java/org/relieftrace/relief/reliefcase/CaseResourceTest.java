package org.relieftrace.relief.reliefcase;

import java.time.Duration;
import java.time.LocalDate;
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
import org.relieftrace.relief.reliefcase.CaseCommands.PutOnNotice;
import org.relieftrace.relief.reliefcase.CaseCommands.ReviewCase;
import org.relieftrace.relief.testing.ReliefFixtures;
import org.relieftrace.relief.testing.ReliefFixtures.Household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "village-civil", roles = "civil-affairs")
@OidcSecurity(claims = @Claim(key = "division", value = "500118116201"))
class CaseResourceTest {

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

    private String caseBody(UUID household, String period) {
        return """
                {"householdId": "%s", "category": "TRANSITIONAL", "disasterId": "%s", "period": "%s",
                 "origin": "NOMINATION", "statement": "房屋进水无法居住", "reason": "村民小组提名"}
                """.formatted(household, disaster, period);
    }

    private static String appraisal(int members, String on) {
        return """
                {"membersCovered": %d, "months": 3, "deceasedPersons": 0, "minutesReference": "村民代表会议记录第7号",
                 "appraisedOn": "%s", "reason": "民主评议"}""".formatted(members, on);
    }

    private void awaitStatus(Object caseId, String status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/relief/cases/{id}", caseId).then().statusCode(200).body("status", equalTo(status)));
    }

    @Test
    void aCaseIsOpenedOncePerHouseholdCategoryDisasterAndPeriod() {
        Household household = fixtures.household("500118116201", "张大山");
        String caseId = given().contentType(ContentType.JSON).body(caseBody(household.householdId(), "2026-07"))
                .post("/api/relief/cases").then().statusCode(201).extract().path("caseId");
        given().contentType(ContentType.JSON).body(caseBody(household.householdId(), "2026-07"))
                .post("/api/relief/cases").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/case-already-exists"))
                .body("detail", containsString(caseId));
        given().contentType(ContentType.JSON).body(caseBody(household.householdId(), "2026-08"))
                .post("/api/relief/cases").then().statusCode(201);
        assertThat(fixtures.events("CaseOpened", "caseId", caseId)).isEqualTo(1);
    }

    @Test
    void badInputIsAProblemNamingTheFieldsAndNothingIsAppended() {
        UUID unknown = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(caseBody(unknown, "July"))
                .post("/api/relief/cases").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("period"));
        given().contentType(ContentType.JSON).body(caseBody(unknown, "2026-07"))
                .post("/api/relief/cases").then().statusCode(400)
                .body("errors.field", hasItem("householdId"));
        given().contentType(ContentType.JSON).body(caseBody(unknown, "2026-07").replace("TRANSITIONAL", "LOTTERY"))
                .post("/api/relief/cases").then().statusCode(400);
        assertThat(fixtures.events("CaseOpened", "householdId", unknown.toString())).isZero();
    }

    @Test
    void aCaseIsAppraisedTheMomentItIsOpenedAndListsTheStepsItsReaderMayTake() {
        Household household = fixtures.household("500118116201", "郑九塘");
        String caseId = given().contentType(ContentType.JSON).body(caseBody(household.householdId(), "2026-07"))
                .post("/api/relief/cases").then().statusCode(201).extract().path("caseId");
        given().contentType(ContentType.JSON).body(appraisal(2, ReliefFixtures.today().toString()))
                .post("/api/relief/cases/{id}/village-assessment", caseId).then().statusCode(204);
        awaitStatus(caseId, "APPRAISED");
        given().get("/api/relief/cases/{id}", caseId).then()
                .body("actions", contains("village-assessment"));
        given().get("/api/relief/cases?division=500118116201&status=APPRAISED&size=500").then().statusCode(200)
                .body("items.find { it.caseId == '" + caseId + "' }.actions", contains("village-assessment"))
                .body("total", greaterThanOrEqualTo(1)).body("size", equalTo(500));
        given().get("/api/relief/cases?size=501").then().statusCode(400);
    }

    @Test
    void theVillageAppraisesAndTheAmountFollowsTheStandardInForce() {
        Household household = fixtures.household("500118116201", "李二河");
        String caseId = given().contentType(ContentType.JSON).body(caseBody(household.householdId(), "2026-07"))
                .post("/api/relief/cases").then().statusCode(201).extract().path("caseId");
        awaitStatus(caseId, "OPEN");
        String today = ReliefFixtures.today().toString();
        given().contentType(ContentType.JSON).body(appraisal(3, today))
                .post("/api/relief/cases/{id}/village-assessment", caseId).then().statusCode(400)
                .body("errors.field", hasItem("membersCovered"));
        assertThat(fixtures.events("CaseAppraised", "caseId", caseId)).isZero();
        given().contentType(ContentType.JSON).body(appraisal(2, today))
                .post("/api/relief/cases/{id}/village-assessment", caseId).then().statusCode(204);
        awaitStatus(caseId, "APPRAISED");
        given().get("/api/relief/cases/{id}", caseId).then().body("proposedAmountFen", equalTo(2 * 3 * 60_000))
                .body("proposedBy", equalTo("village-civil")).body("appraisedBy", equalTo("village-civil"));
    }

    @Test
    @TestSecurity(user = "county-civil", roles = "civil-affairs")
    @OidcSecurity(claims = @Claim(key = "division", value = "500118000000"))
    void whoeverProposedAndAppraisedACaseDoesNotReviewIt() {
        Household household = fixtures.household("500118116202", "王三江");
        String caseId = given().contentType(ContentType.JSON).body(caseBody(household.householdId(), "2026-07"))
                .post("/api/relief/cases").then().statusCode(201).extract().path("caseId");
        awaitStatus(caseId, "OPEN");
        given().contentType(ContentType.JSON).body(appraisal(2, ReliefFixtures.today().minusDays(9).toString()))
                .post("/api/relief/cases/{id}/village-assessment", caseId).then().statusCode(204);
        awaitStatus(caseId, "APPRAISED");
        // a notice that ran its full period (a server-dated notice is shown in NoticeResourceTest)
        LocalDate posted = ReliefFixtures.today().minusDays(8);
        commands.sendAndWait(new PutOnNotice(UUID.fromString(caseId), UUID.randomUUID(), posted, posted.plusDays(7)),
                ReliefFixtures.by("village-civil"));
        awaitStatus(caseId, "ON_NOTICE");
        given().contentType(ContentType.JSON).body("{\"decision\": \"PASS\", \"opinion\": \"同意\"}")
                .post("/api/relief/cases/{id}/township-review", caseId).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/separation-of-duties"))
                .body("detail", containsString("county-civil"));
    }

    @Test
    @TestSecurity(user = "zhutuo-civil", roles = "civil-affairs")
    @OidcSecurity(claims = @Claim(key = "division", value = "500118116000"))
    void anUpheldObjectionSendsTheCaseBackToTheVillage() {
        Household household = fixtures.household("500118116203", "赵四海");
        UUID caseId = fixtures.postedCase(household, disaster, 360_000);
        awaitStatus(caseId, "ON_NOTICE");
        String objectionId = given().contentType(ContentType.JSON)
                .body("{\"objector\": \"村民钱五\", \"content\": \"该户房屋未进水\"}")
                .post("/api/relief/cases/{id}/objections", caseId).then().statusCode(201)
                .extract().path("objectionId");
        given().contentType(ContentType.JSON).body("{\"decision\": \"PASS\"}")
                .post("/api/relief/cases/{id}/township-review", caseId).then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/objection-open"));
        given().contentType(ContentType.JSON).body("{\"upheld\": true, \"finding\": \"经入户核实，异议成立\"}")
                .post("/api/relief/cases/{id}/objections/{o}/resolution", caseId, objectionId).then().statusCode(204);
        awaitStatus(caseId, "RETURNED");
        given().contentType(ContentType.JSON).body("{\"decision\": \"PASS\"}")
                .post("/api/relief/cases/{id}/township-review", caseId).then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/case-wrong-state"));
    }

    @Test
    void villageStaffDoNotReview() {
        Household household = fixtures.household("500118116201", "孙六溪");
        UUID caseId = fixtures.postedCase(household, disaster, 360_000);
        awaitStatus(caseId, "ON_NOTICE");
        given().contentType(ContentType.JSON).body("{\"decision\": \"PASS\"}")
                .post("/api/relief/cases/{id}/township-review", caseId).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "county-civil", roles = "civil-affairs")
    @OidcSecurity(claims = @Claim(key = "division", value = "500118000000"))
    void theCountyApprovesAtTheStandardAndCommitsItFromTheFund() {
        Household household = fixtures.household("500118116204", "周七湾");
        UUID fundId = fixtures.fund(disaster, 1_000_000);
        UUID caseId = fixtures.postedCase(household, disaster, 360_000);
        commands.sendAndWait(new ReviewCase(caseId, true, "同意", ReliefFixtures.today()),
                ReliefFixtures.by("zhutuo-civil"));
        awaitStatus(caseId, "REVIEWED");
        given().contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVE\", \"fundId\": \"" + fundId + "\", \"amountFen\": 400000}")
                .post("/api/relief/cases/{id}/county-approval", caseId).then().statusCode(400)
                .body("errors.field", hasItem("overrideReason"));
        given().contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVE\", \"fundId\": \"" + fundId + "\", \"opinion\": \"同意\"}")
                .post("/api/relief/cases/{id}/county-approval", caseId).then().statusCode(204);
        awaitStatus(caseId, "APPROVED");
        given().get("/api/relief/cases/{id}", caseId).then().body("amountFen", equalTo(360_000))
                .body("approvedBy", equalTo("county-civil")).body("payoutDue", notNullValue());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/relief/funds/{id}/ledger", fundId).then().statusCode(200)
                        .body("committedFen", equalTo(360_000)).body("availableFen", equalTo(640_000)));
    }

    @Test
    @TestSecurity(user = "county-civil", roles = "civil-affairs")
    @OidcSecurity(claims = @Claim(key = "division", value = "500118000000"))
    void whoeverOverridesTheAmountDoesNotConfirmItThemselves() {
        Household household = fixtures.household("500118116204", "吴八坝");
        UUID fundId = fixtures.fund(disaster, 1_000_000);
        UUID caseId = fixtures.postedCase(household, disaster, 360_000);
        commands.sendAndWait(new ReviewCase(caseId, true, "同意", ReliefFixtures.today()),
                ReliefFixtures.by("zhutuo-civil"));
        awaitStatus(caseId, "REVIEWED");
        given().contentType(ContentType.JSON).body("{\"decision\": \"APPROVE\", \"fundId\": \"" + fundId
                        + "\", \"amountFen\": 400000, \"overrideReason\": \"家中有重病人\"}")
                .post("/api/relief/cases/{id}/county-approval", caseId).then().statusCode(204);
        awaitStatus(caseId, "AWAITING_SECOND_APPROVAL");
        given().contentType(ContentType.JSON).body("{}")
                .post("/api/relief/cases/{id}/county-approval/confirmation", caseId).then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/separation-of-duties"));
        given().get("/api/relief/funds/{id}/ledger", fundId).then().body("committedFen", equalTo(0));
    }
}
