package org.relieftrace.relief.reliefcase;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
import org.relieftrace.relief.reliefcase.NoticeEvents.NoticeEntry;
import org.relieftrace.relief.reliefcase.NoticeEvents.PaperRecord;
import org.relieftrace.relief.reliefcase.NoticeEvents.PostNotice;
import org.relieftrace.relief.standard.ReliefCategory;
import org.relieftrace.relief.testing.ReliefFixtures;
import org.relieftrace.relief.testing.ReliefFixtures.Household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * 公示 timed by the server: a notice is dated the day it is posted and runs at least the configured minimum; a case
 * is reviewed (and so approved) only after its notice ran its full period. A paper list recorded after the fact is
 * marked, needs its document and a reason, and counts from the day it was recorded until a county user other than
 * its recorder confirms it.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "county-civil", roles = "civil-affairs")
@OidcSecurity(claims = @Claim(key = "division", value = "500118000000"))
class NoticeResourceTest {

    private static final String PROBLEMS = "https://relieftrace.org/problems/";

    @Inject
    ReliefFixtures fixtures;

    @Inject
    CommandGateway commands;

    private UUID disaster;
    private final LocalDate today = ReliefFixtures.today();

    @BeforeEach
    void aFloodAndAStandard() {
        fixtures.standard();
        disaster = fixtures.disaster();
    }

    private void awaitCase(Object caseId, String path, Object value) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/relief/cases/{id}", caseId)
                .then().statusCode(200).body(path, equalTo(value)));
    }

    private long noticesOf(String village) {
        return fixtures.events("NoticePosted", "villageCode", village);
    }

    @Test
    @TestSecurity(user = "village-civil", roles = "civil-affairs")
    @OidcSecurity(claims = @Claim(key = "division", value = "500118116205"))
    void theServerDatesANoticeAndRefusesAClientDateOrAShortPeriod() {
        String village = "500118116205";
        UUID caseId = fixtures.appraisedCase(fixtures.household(village, "王三江"), disaster, 360_000);
        given().contentType(ContentType.JSON).body("{\"villageCode\": \"" + village + "\", \"postedOn\": \""
                        + today.minusDays(8) + "\"}")
                .post("/api/relief/public-notices").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("postedOn"));
        given().contentType(ContentType.JSON).body("{\"villageCode\": \"" + village + "\", \"days\": 3}")
                .post("/api/relief/public-notices").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "notice-period-too-short"));
        assertThat(noticesOf(village)).isZero();
        assertThat(fixtures.events("CasePostedOnNotice", "caseId", caseId.toString())).isZero();

        String noticeId = given().contentType(ContentType.JSON).body("{\"villageCode\": \"" + village + "\"}")
                .post("/api/relief/public-notices").then().statusCode(201).body("cases", equalTo(1))
                .extract().path("noticeId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .get("/api/relief/public-notices/{id}", noticeId).then().statusCode(200)
                .body("postedOn", equalTo(today.toString())).body("endsOn", equalTo(today.plusDays(7).toString()))
                .body("runsUntil", equalTo(today.plusDays(7).toString()))
                .body("recordedAfterTheFact", equalTo(false))
                .body("entries[0].headName", equalTo("王三江")).body("entries[0].proposedAmountFen", equalTo(360_000)));
        awaitCase(caseId, "status", "ON_NOTICE");
        given().get("/api/relief/cases/{id}", caseId).then().body("noticePostedOn", equalTo(today.toString()))
                .body("noticeRunsUntil", equalTo(today.plusDays(7).toString()))
                .body("noticeRecordedAfterTheFact", equalTo(false))
                .body("reviewDue", equalTo(today.plusDays(7 + 10).toString()));
        byte[] pdf = given().get("/api/relief/public-notices/{id}/pdf", noticeId).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        given().contentType(ContentType.JSON).body("{\"reason\": \"纸质公示已张贴\"}")
                .post("/api/relief/public-notices/{id}/confirmation", noticeId).then().statusCode(403);
    }

    @Test
    void aCaseIsNotReviewedOrApprovedBeforeItsNoticeRanItsFullPeriod() {
        String village = "500118116206";
        UUID fundId = fixtures.fund(disaster, 1_000_000);
        UUID caseId = fixtures.appraisedCase(fixtures.household(village, "刘五岭"), disaster, 360_000);
        given().contentType(ContentType.JSON).body("{\"villageCode\": \"" + village + "\"}")
                .post("/api/relief/public-notices").then().statusCode(201);
        awaitCase(caseId, "status", "ON_NOTICE");
        given().get("/api/relief/cases/{id}", caseId).then().body("actions", not(hasItem("township-review")));
        given().contentType(ContentType.JSON).body("{\"decision\": \"PASS\", \"opinion\": \"同意\"}")
                .post("/api/relief/cases/{id}/township-review", caseId).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "notice-not-complete"));
        given().contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVE\", \"fundId\": \"" + fundId + "\", \"opinion\": \"同意\"}")
                .post("/api/relief/cases/{id}/county-approval", caseId).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "case-wrong-state"));
        assertThat(fixtures.events("CaseReviewed", "caseId", caseId.toString())).isZero();
        assertThat(fixtures.events("CaseApproved", "caseId", caseId.toString())).isZero();
    }

    @Test
    void aPaperNoticeIsMarkedNeedsItsDocumentAndReasonAndItsRecorderCannotConfirmIt() {
        String village = "500118116207";
        UUID caseId = fixtures.appraisedCase(fixtures.household(village, "陈六坪"), disaster, 360_000);
        LocalDate putUp = today.minusDays(8);
        given().contentType(ContentType.JSON).body("{\"villageCode\": \"" + village + "\", \"postedOn\": \"" + putUp
                        + "\", \"documentReference\": \" \"}")
                .post("/api/relief/public-notices/paper").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("documentReference"))
                .body("errors.field", hasItem("reason"));
        assertThat(noticesOf(village)).isZero();

        String noticeId = given().contentType(ContentType.JSON).body("""
                        {"villageCode": "%s", "postedOn": "%s", "documentReference": "村务公开栏照片 2026-07 第3号",
                         "reason": "停电期间张贴纸质名单"}""".formatted(village, putUp))
                .post("/api/relief/public-notices/paper").then().statusCode(201).extract().path("noticeId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .get("/api/relief/public-notices/{id}", noticeId).then().statusCode(200)
                .body("recordedAfterTheFact", equalTo(true)).body("postedOn", equalTo(putUp.toString()))
                .body("endsOn", equalTo(putUp.plusDays(7).toString()))
                .body("runsUntil", equalTo(today.plusDays(7).toString()))
                .body("documentReference", equalTo("村务公开栏照片 2026-07 第3号"))
                .body("recordedReason", equalTo("停电期间张贴纸质名单")).body("recordedOn", equalTo(today.toString()))
                .body("recordedBy", equalTo("county-civil")).body("confirmedBy", nullValue())
                .body("actions", not(hasItem("confirmation"))));
        awaitCase(caseId, "noticeRecordedAfterTheFact", true);
        given().get("/api/relief/cases/{id}", caseId).then().body("noticeRecordedOn", equalTo(today.toString()))
                .body("noticeRunsUntil", equalTo(today.plusDays(7).toString()))
                .body("actions", not(hasItem("township-review")));
        given().contentType(ContentType.JSON).body("{\"decision\": \"PASS\", \"opinion\": \"同意\"}")
                .post("/api/relief/cases/{id}/township-review", caseId).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "notice-not-complete"));

        given().contentType(ContentType.JSON).body("{\"reason\": \" \"}")
                .post("/api/relief/public-notices/{id}/confirmation", noticeId).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().contentType(ContentType.JSON).body("{\"reason\": \"已核对照片\"}")
                .post("/api/relief/public-notices/{id}/confirmation", noticeId).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "separation-of-duties"));
        assertThat(fixtures.events("NoticeConfirmed", "noticeId", noticeId)).isZero();
    }

    @Test
    void aCountyConfirmationOfAPaperNoticeLetsTheCaseBeReviewedAndApproved() {
        String village = "500118116208";
        UUID fundId = fixtures.fund(disaster, 1_000_000);
        Household household = fixtures.household(village, "杨七坎");
        UUID caseId = fixtures.appraisedCase(household, disaster, 360_000);
        LocalDate putUp = today.minusDays(8);
        UUID noticeId = UUID.randomUUID();
        // recorded by the village, as POST /public-notices/paper does for it
        commands.sendAndWait(new PostNotice(noticeId, village, putUp, 7, 7, List.of(new NoticeEntry(caseId,
                        household.householdId(), "杨七坎", ReliefCategory.TRANSITIONAL, "2026-07", 2, 3, 360_000)),
                new PaperRecord("纸质公示登记簿第12页", "系统故障期间张贴", today)), ReliefFixtures.by("village-civil"));
        commands.sendAndWait(new PutOnNotice(caseId, noticeId, putUp, putUp.plusDays(7), today),
                ReliefFixtures.by("village-civil"));
        awaitCase(caseId, "noticeRunsUntil", today.plusDays(7).toString());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .get("/api/relief/public-notices/{id}", noticeId).then().statusCode(200)
                .body("recordedBy", equalTo("village-civil")).body("actions", hasItem("confirmation")));

        given().contentType(ContentType.JSON).body("{\"reason\": \"已核对登记簿与现场照片，公示自7月张贴\"}")
                .post("/api/relief/public-notices/{id}/confirmation", noticeId).then().statusCode(204);
        awaitCase(caseId, "noticeRunsUntil", putUp.plusDays(7).toString());
        given().get("/api/relief/cases/{id}", caseId).then().body("noticeConfirmedBy", equalTo("county-civil"))
                .body("noticeRecordedAfterTheFact", equalTo(true)).body("actions", hasItem("township-review"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .get("/api/relief/public-notices/{id}", noticeId).then().body("confirmedBy", equalTo("county-civil"))
                .body("confirmationReason", equalTo("已核对登记簿与现场照片，公示自7月张贴"))
                .body("runsUntil", equalTo(putUp.plusDays(7).toString()))
                .body("actions", not(hasItem("confirmation"))));
        given().contentType(ContentType.JSON).body("{\"reason\": \"再次确认\"}")
                .post("/api/relief/public-notices/{id}/confirmation", noticeId).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "notice-already-confirmed"));

        commands.sendAndWait(new ReviewCase(caseId, true, "同意", today), ReliefFixtures.by("zhutuo-civil"));
        awaitCase(caseId, "status", "REVIEWED");
        given().contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVE\", \"fundId\": \"" + fundId + "\", \"opinion\": \"同意\"}")
                .post("/api/relief/cases/{id}/county-approval", caseId).then().statusCode(204);
        awaitCase(caseId, "status", "APPROVED");
    }
}
