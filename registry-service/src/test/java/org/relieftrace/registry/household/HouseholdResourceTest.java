package org.relieftrace.registry.household;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import io.restassured.path.json.JsonPath;

import org.relieftrace.contracts.registry.DivisionRegistered;
import org.relieftrace.contracts.registry.HouseholdRegistered;
import org.relieftrace.contracts.registry.PayoutAccountSet;
import org.relieftrace.platform.testing.PostgresTestResource;
import org.relieftrace.registry.testing.Rows;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "zhutuo-civil", roles = "civil-affairs")
@OidcSecurity(claims = @Claim(key = "division", value = "500118116000"))
class HouseholdResourceTest {

    private static final String YONGCHUAN = "500118000000";
    private static final String ZHUTUO = "500118116000";
    private static final String VILLAGE_201 = "500118116201";
    private static final String VILLAGE_202 = "500118116202";
    private static final String LAISU = "500118109000";

    @Inject
    EventGateway events;

    @Inject
    DataSource dataSource;

    private String headId;

    @BeforeEach
    void theDivisionsAreRegistered() {
        events.publish(new DivisionRegistered(YONGCHUAN, "永川区", "COUNTY", null));
        events.publish(new DivisionRegistered(ZHUTUO, "朱沱镇", "TOWNSHIP", YONGCHUAN));
        events.publish(new DivisionRegistered(VILLAGE_201, "朱沱镇第2村", "VILLAGE", ZHUTUO));
        events.publish(new DivisionRegistered(VILLAGE_202, "朱沱镇第3村", "VILLAGE", ZHUTUO));
        events.publish(new DivisionRegistered(LAISU, "吉安镇", "TOWNSHIP", YONGCHUAN));
        await().atMost(Duration.ofSeconds(20)).until(() -> Rows.count(dataSource,
                "SELECT count(*) FROM registry.division WHERE code IN (?, ?, ?, ?, ?)",
                YONGCHUAN, ZHUTUO, VILLAGE_201, VILLAGE_202, LAISU) == 5);
        headId = TestPeople.randomIdNumber(true);
    }

    private static String household(String division, String idNumber) {
        return """
                {"divisionCode": "%s", "address": "朱沱镇第2村3组12号",
                 "head": {"name": "张德明", "idNumber": "%s", "phone": "13812345678"}, "reason": "入户登记"}
                """.formatted(division, idNumber);
    }

    private static String member(String name, String idNumber) {
        return """
                {"person": {"name": "%s", "idNumber": "%s", "relation": "配偶"}, "reason": "婚入"}
                """.formatted(name, idNumber);
    }

    private static String death(String on) {
        return """
                {"dateOfDeath": "%s", "documentReference": "死亡证明 渝朱沱2026-0017", "cause": "因灾遇难",
                 "reason": "洪灾遇难"}""".formatted(on);
    }

    private String register(String body) {
        String householdId = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/registry/households")
                .then().statusCode(201)
                .header("Location", containsString("/api/registry/households/"))
                .extract().path("householdId");
        awaitProjected(householdId);
        return householdId;
    }

    private void awaitProjected(String householdId) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/households/{id}", householdId).then().statusCode(200));
    }

    private String addMember(String householdId, String name, String idNumber) {
        String personId = given().contentType(ContentType.JSON).body(member(name, idNumber))
                .post("/api/registry/households/{id}/members", householdId)
                .then().statusCode(201).extract().path("personId");
        awaitMembers(householdId, personId);
        return personId;
    }

    private void awaitMembers(String householdId, String personId) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/households/{id}", householdId).then()
                        .body("members.personId", hasItem(personId)));
    }

    @Test
    void civilAffairsRegistersAHouseholdWhoseHeadsGenderAndBirthDateComeFromTheIdNumber() {
        String householdId = register(household(VILLAGE_201, headId));

        given().get("/api/registry/households/{id}", householdId).then().statusCode(200)
                .body("divisionCode", equalTo(VILLAGE_201)).body("address", equalTo("朱沱镇第2村3组12号"))
                .body("members", hasSize(1))
                .body("members[0].idNumber", equalTo(headId)).body("members[0].head", equalTo(true))
                .body("members[0].gender", equalTo("MALE"))
                .body("members[0].birthDate", equalTo(ResidentIds.birthDateOf(headId).toString()))
                .body("members[0].phone", equalTo("13812345678"))
                .body("payoutAccount", nullValue());
        given().queryParam("division", VILLAGE_201).queryParam("size", 500).get("/api/registry/households")
                .then().statusCode(200).body("items.householdId", hasItem(householdId));
        given().queryParam("size", 500).get("/api/registry/households").then().statusCode(200)
                .body("items.householdId", hasItem(householdId))
                .body("items.divisionCode", everyItem(startsWith("500118116")));
        assertThat(Rows.count(dataSource, "SELECT count(*) FROM eventstore.domain_event_entry"
                + " WHERE aggregate_identifier = ?", "household:" + householdId)).isEqualTo(1);
    }

    @Test
    void aPersonAlreadyInAHouseholdIsRefusedNamingThatHousehold() {
        String first = register(household(VILLAGE_201, headId));
        given().contentType(ContentType.JSON).body(household(VILLAGE_202, headId)).header("Accept-Language", "en")
                .post("/api/registry/households")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/person-already-registered"))
                .body("detail", equalTo("The person with this ID number is already registered in household "
                        + first + "."));
        String other = register(household(VILLAGE_202, TestPeople.randomIdNumber(false)));
        given().contentType(ContentType.JSON).body(member("张德明", headId))
                .post("/api/registry/households/{id}/members", other)
                .then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/person-already-registered"))
                .body("detail", containsString(first));
        assertThat(Rows.events(dataSource, "HouseholdRegistered", "headIdNumber", headId)).isEqualTo(1);
        assertThat(Rows.events(dataSource, "MemberAdded", "idNumber", headId)).isZero();
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingIsAppended() {
        String future = TestPeople.idNumber("500118", LocalDate.now().plusYears(1), 11);
        Map<String, String> cases = Map.of(
                household(VILLAGE_201, TestPeople.withWrongCheck(headId)), "head.idNumber",
                household(VILLAGE_201, future), "head.idNumber",
                household(VILLAGE_201, headId.substring(0, 17)), "head.idNumber",
                household(VILLAGE_201, headId).replace("13812345678", "12812345678"), "head.phone",
                household(VILLAGE_201, headId).replace("13812345678", "1381234567"), "head.phone",
                household(VILLAGE_201, headId).replace(", \"phone\": \"13812345678\"", ""), "head.phone",
                household("500118116299", headId), "divisionCode",
                household(VILLAGE_201, headId).replace("朱沱镇第2村3组12号", " "), "address",
                household(VILLAGE_201, headId).replace("\"张德明\"", "\"\""), "head.name");
        cases.forEach((body, field) -> given().contentType(ContentType.JSON).body(body)
                .header("Accept-Language", "en")
                .post("/api/registry/households")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(field))));
        assertThat(Rows.events(dataSource, "HouseholdRegistered", "headIdNumber", headId)).isZero();
        assertThat(Rows.events(dataSource, "HouseholdRegistered", "headIdNumber", future)).isZero();
    }

    @Test
    void membersJoinMoveLeaveAndDieAndTheHeadNeverLeaves() {
        String householdId = register(household(VILLAGE_201, headId));
        String other = register(household(VILLAGE_202, TestPeople.randomIdNumber(true)));
        String wife = addMember(householdId, "李秀英", TestPeople.randomIdNumber(false));
        String son = addMember(householdId, "张伟", TestPeople.randomIdNumber(true));
        String headPerson = ResidentIds.personIdOf(headId).toString();

        given().contentType(ContentType.JSON).body("{\"reason\": \"户主不能减员\"}")
                .post("/api/registry/households/{id}/members/{person}/removal", householdId, headPerson)
                .then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/head-cannot-leave"));
        given().contentType(ContentType.JSON).body("{\"reason\": \" \"}")
                .post("/api/registry/households/{id}/members/{person}/removal", householdId, wife)
                .then().statusCode(400).body("errors.field", contains("reason"));

        given().contentType(ContentType.JSON)
                .body("{\"toHouseholdId\": \"" + other + "\", \"reason\": \"分户\"}")
                .post("/api/registry/households/{id}/members/{person}/move", householdId, son)
                .then().statusCode(200).body("householdId", equalTo(other)).body("personId", equalTo(son));
        awaitMembers(other, son);
        given().get("/api/registry/households/{id}", householdId).then()
                .body("members.personId", not(hasItem(son)));

        given().contentType(ContentType.JSON).body("{\"dateOfDeath\": \"2026-07-01\", \"reason\": \"洪灾遇难\"}")
                .post("/api/registry/households/{id}/members/{person}/death", householdId, wife)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("documentReference", "cause"));
        given().contentType(ContentType.JSON).body(death("2026-07-01"))
                .post("/api/registry/households/{id}/members/{person}/death", householdId, wife)
                .then().statusCode(204);
        given().contentType(ContentType.JSON).body(death("2026-07-02"))
                .post("/api/registry/households/{id}/members/{person}/death", householdId, wife)
                .then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/person-already-deceased"));
        given().contentType(ContentType.JSON).body(death(LocalDate.now().plusDays(2).toString()))
                .post("/api/registry/households/{id}/members/{person}/death", householdId, headPerson)
                .then().statusCode(400).body("errors.field", contains("dateOfDeath"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/households/{id}", householdId).then()
                        .body("members.find { it.personId == '" + wife + "' }.deceasedOn", equalTo("2026-07-01")));

        given().contentType(ContentType.JSON).body("{\"reason\": \"迁出本县\"}")
                .post("/api/registry/households/{id}/members/{person}/removal", householdId, wife)
                .then().statusCode(204);
        given().contentType(ContentType.JSON).body("{\"reason\": \"迁出本县\"}")
                .post("/api/registry/households/{id}/members/{person}/removal", householdId, wife)
                .then().statusCode(404);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/households/{id}", householdId).then()
                        .body("members.personId", contains(headPerson)));
    }

    @Test
    void aRetriedMoveWithTheSameIdempotencyKeyMovesThePersonOnce() {
        String householdId = register(household(VILLAGE_201, headId));
        String other = register(household(VILLAGE_202, TestPeople.randomIdNumber(true)));
        String daughterId = TestPeople.randomIdNumber(false);
        String daughter = addMember(householdId, "张丽", daughterId);
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body("{\"toHouseholdId\": \"" + other + "\", \"reason\": \"出嫁\"}")
                    .post("/api/registry/households/{id}/members/{person}/move", householdId, daughter)
                    .then().statusCode(200).body("householdId", equalTo(other)).body("personId", equalTo(daughter));
        }
        awaitMembers(other, daughter);
        assertThat(Rows.events(dataSource, "MemberAdded", "idNumber", daughterId)).isEqualTo(2);
        assertThat(Rows.events(dataSource, "MemberRemoved", "personId", daughter)).isEqualTo(1);
        given().get("/api/registry/households/{id}/history", other).then()
                .body("entries[1].event", equalTo("MemberAdded"))
                .body("entries[1].change.movedFromHouseholdId", equalTo(householdId))
                .body("entries[1].reason", equalTo("出嫁"))
                .body("entries[1].username", equalTo("zhutuo-civil"));
    }

    @Test
    void commandsRightAfterARegistrationFindTheHouseholdWithoutWaitingForTheReadModel() {
        String householdId = given().contentType(ContentType.JSON).body(household(VILLAGE_201, headId))
                .post("/api/registry/households").then().statusCode(201).extract().path("householdId");
        given().contentType(ContentType.JSON).body(account("HEAD", "6217000012345678", "张德明", "开户"))
                .put("/api/registry/households/{id}/payout-account", householdId).then().statusCode(204);
        String wife = given().contentType(ContentType.JSON).body(member("李秀英", TestPeople.randomIdNumber(false)))
                .post("/api/registry/households/{id}/members", householdId)
                .then().statusCode(201).extract().path("personId");
        given().contentType(ContentType.JSON).body(death("2026-07-01"))
                .post("/api/registry/households/{id}/members/{person}/death", householdId, wife)
                .then().statusCode(204);
        given().contentType(ContentType.JSON)
                .body("{\"divisionCode\": \"" + VILLAGE_202 + "\", \"address\": \"朱沱镇第3村1组\","
                        + " \"reason\": \"易地扶贫搬迁\"}")
                .post("/api/registry/households/{id}/move", householdId).then().statusCode(204);
        String other = given().contentType(ContentType.JSON).body(household(VILLAGE_202,
                        TestPeople.randomIdNumber(true)))
                .post("/api/registry/households").then().statusCode(201).extract().path("householdId");
        String son = given().contentType(ContentType.JSON).body(member("张伟", TestPeople.randomIdNumber(true)))
                .post("/api/registry/households/{id}/members", householdId)
                .then().statusCode(201).extract().path("personId");
        given().contentType(ContentType.JSON).body("{\"toHouseholdId\": \"" + other + "\", \"reason\": \"分户\"}")
                .post("/api/registry/households/{id}/members/{person}/move", householdId, son)
                .then().statusCode(200).body("householdId", equalTo(other));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/households/{id}", householdId).then().statusCode(200)
                        .body("divisionCode", equalTo(VILLAGE_202))
                        .body("payoutAccount.holderName", equalTo("张德明"))
                        .body("members.find { it.personId == '" + wife + "' }.deceasedOn", equalTo("2026-07-01"))
                        .body("members.personId", not(hasItem(son))));
        awaitMembers(other, son);
    }

    @Test
    void aHouseholdMovesToAnotherVillageButNotOutOfTheCallersTownship() {
        String householdId = register(household(VILLAGE_201, headId));
        given().contentType(ContentType.JSON)
                .body("{\"divisionCode\": \"" + LAISU + "\", \"address\": \"吉安镇\", \"reason\": \"搬迁\"}")
                .post("/api/registry/households/{id}/move", householdId)
                .then().statusCode(403);
        given().contentType(ContentType.JSON)
                .body("{\"divisionCode\": \"" + VILLAGE_202 + "\", \"address\": \"朱沱镇第3村1组\","
                        + " \"reason\": \"易地扶贫搬迁\"}")
                .post("/api/registry/households/{id}/move", householdId)
                .then().statusCode(204);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/households/{id}", householdId).then()
                        .body("divisionCode", equalTo(VILLAGE_202)).body("address", equalTo("朱沱镇第3村1组")));
        given().get("/api/registry/households/{id}/history", householdId).then().statusCode(200)
                .body("entries.event", contains("HouseholdRegistered", "HouseholdMoved"))
                .body("entries[1].change.previousDivisionCode", equalTo(VILLAGE_201))
                .body("entries[1].change.divisionCode", equalTo(VILLAGE_202))
                .body("entries[1].reason", equalTo("易地扶贫搬迁"))
                .body("entries[1].username", equalTo("zhutuo-civil"));
    }

    @Test
    void thePayoutAccountIsACardInTheHoldersOwnNameAndItsChangesAreInTheHistory() {
        String householdId = register(household(VILLAGE_201, headId));
        String wifeId = TestPeople.randomIdNumber(false);
        String wife = addMember(householdId, "李秀英", wifeId);

        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(account("HEAD", "6217000012345678", "李秀英", "开户"))
                .put("/api/registry/households/{id}/payout-account", householdId)
                .then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/account-holder-name-mismatch"));
        given().contentType(ContentType.JSON).body(account("somebody", "6217000012345678", "张德明", "开户"))
                .put("/api/registry/households/{id}/payout-account", householdId)
                .then().statusCode(400).body("errors.field", contains("holder"));
        given().contentType(ContentType.JSON).body(account("HEAD", "62170000", "张德明", "开户"))
                .put("/api/registry/households/{id}/payout-account", householdId)
                .then().statusCode(400).body("errors.field", contains("accountNumber"));
        given().contentType(ContentType.JSON).body(account("HEAD", "6217000012345678", "张德明", "开户"))
                .put("/api/registry/households/{id}/payout-account", householdId)
                .then().statusCode(204);
        given().contentType(ContentType.JSON).body(account(wife, "6228480098765432", "李秀英", "户主外出务工，改为妻子的卡"))
                .put("/api/registry/households/{id}/payout-account", householdId)
                .then().statusCode(204);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/households/{id}", householdId).then()
                        .body("payoutAccount.holderPersonId", equalTo(wife))
                        .body("payoutAccount.accountNumber", equalTo("6228480098765432"))
                        .body("payoutAccount.holderName", equalTo("李秀英")));
        given().contentType(ContentType.JSON).body("{\"reason\": \"迁出\"}")
                .post("/api/registry/households/{id}/members/{person}/removal", householdId, wife)
                .then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/account-holder-cannot-leave"));

        given().get("/api/registry/households/{id}/history", householdId).then().statusCode(200)
                .body("entries.event", contains("HouseholdRegistered", "MemberAdded", "PayoutAccountSet",
                        "PayoutAccountSet"))
                .body("entries.username", everyItem(equalTo("zhutuo-civil")))
                .body("entries.division", everyItem(equalTo(ZHUTUO)))
                .body("entries.roles", everyItem(equalTo("civil-affairs")))
                .body("entries.reason", contains("入户登记", "婚入", "开户", "户主外出务工，改为妻子的卡"))
                .body("entries[0].change.headIdNumber", equalTo(headId))
                .body("entries[2].previousAccount", nullValue())
                .body("entries[3].previousAccount.accountNumber", equalTo("6217000012345678"))
                .body("entries[3].change.accountNumber", equalTo("6228480098765432"))
                .body("entries[3].change.holderPersonId", equalTo(wife))
                .body("entries[3].at", not(nullValue()));
    }

    private static String account(String holder, String number, String name, String reason) {
        return """
                {"holder": "%s", "bank": "重庆农村商业银行", "accountNumber": "%s", "holderName": "%s", "reason": "%s"}
                """.formatted(holder, number, name, reason);
    }

    @Test
    @TestSecurity(user = "county-admin", roles = "admin")
    void anAdminChangesHouseholdsButSeesIdAndAccountNumbersMaskedAlsoInTheHistory() {
        given().contentType(ContentType.JSON).body(household(YONGCHUAN, headId)).post("/api/registry/households")
                .then().statusCode(400).body("errors.field", contains("divisionCode"));
        String householdId = register(household(VILLAGE_201, headId));
        given().contentType(ContentType.JSON).body(account("HEAD", "6217000012345678", "张德明", "开户"))
                .put("/api/registry/households/{id}/payout-account", householdId).then().statusCode(204);
        given().contentType(ContentType.JSON).body(account("HEAD", "6228480098765432", "张德明", "换卡"))
                .put("/api/registry/households/{id}/payout-account", householdId).then().statusCode(204);
        String masked = headId.substring(0, 6) + "********" + headId.substring(14);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/households/{id}", householdId).then()
                        .body("members[0].idNumber", equalTo(masked))
                        .body("payoutAccount.accountNumber", equalTo("****5432")));
        given().get("/api/registry/households/{id}/history", householdId).then().statusCode(200)
                .body("entries[0].change.headIdNumber", equalTo(masked))
                .body("entries[2].previousAccount.accountNumber", equalTo("****5678"))
                .body("entries[2].change.accountNumber", equalTo("****5432"))
                .body("entries[2].reason", equalTo("换卡"));
    }

    @Test
    @TestSecurity(user = "zhutuo-auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "division", value = ZHUTUO))
    void anAuditorReadsMaskedNumbersAndChangesNothing() {
        UUID householdId = UUID.randomUUID();
        UUID head = ResidentIds.personIdOf(headId);
        events.publish(new HouseholdRegistered(householdId, VILLAGE_201, "朱沱镇第2村", head, "张德明", headId,
                "13812345678", "MALE", ResidentIds.birthDateOf(headId)));
        events.publish(new PayoutAccountSet(householdId, head, "重庆农村商业银行", "6217000012345678", "张德明"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/households/{id}", householdId).then().statusCode(200)
                        .body("payoutAccount.accountNumber", equalTo("****5678")));
        given().get("/api/registry/households/{id}", householdId).then()
                .body("members[0].idNumber", equalTo(headId.substring(0, 6) + "********" + headId.substring(14)));
        given().queryParam("division", VILLAGE_201).queryParam("size", 500).get("/api/registry/households").then()
                .statusCode(200).body("items.find { it.householdId == '" + householdId + "' }.members[0].idNumber",
                        startsWith(headId.substring(0, 6) + "********"));
        given().contentType(ContentType.JSON).body(household(VILLAGE_201, TestPeople.randomIdNumber(true)))
                .post("/api/registry/households").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "zhutuo-auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "division", value = ZHUTUO))
    void anAuditorsReadOfAHouseholdIsRecordedWithWhoWhenWhereAndWhy() {
        UUID householdId = UUID.randomUUID();
        events.publish(new HouseholdRegistered(householdId, VILLAGE_201, "朱沱镇第2村", ResidentIds.personIdOf(headId),
                "张德明", headId, "13812345678", "MALE", ResidentIds.birthDateOf(headId)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/households/{id}", householdId).then().statusCode(200));
        String reason = "核查重复领取线索 " + UUID.randomUUID();
        // header values are ASCII: the reason travels percent-encoded
        given().header("X-Access-Reason", java.net.URLEncoder.encode(reason, java.nio.charset.StandardCharsets.UTF_8))
                .get("/api/registry/households/{id}/history", householdId).then()
                .statusCode(200);

        JsonPath reads = given().queryParam("type", "PersonalDataRead").queryParam("user", "zhutuo-auditor")
                .queryParam("size", 500).get("/api/registry/audit/events").then().statusCode(200).extract()
                .jsonPath();
        List<Map<String, Object>> recorded = reads.getList("items.findAll { it.payload.subjectIds.contains('"
                + householdId + "') }");
        assertThat(recorded.stream().map(e -> (String) ((Map<?, ?>) e.get("payload")).get("view")).toList())
                .contains("household", "household-history");
        Map<String, Object> withReason = recorded.stream()
                .filter(e -> reason.equals(((Map<?, ?>) e.get("metaData")).get("reason"))).findFirst().orElseThrow();
        Map<?, ?> payload = (Map<?, ?>) withReason.get("payload");
        Map<?, ?> metaData = (Map<?, ?>) withReason.get("metaData");
        assertThat(payload.get("view")).isEqualTo("household-history");
        assertThat(payload.get("subjectType")).isEqualTo("Household");
        assertThat(payload.get("subjectDivision")).isEqualTo(VILLAGE_201);
        assertThat(payload.get("unmasked")).isEqualTo(false);
        assertThat(metaData.get("roles")).isEqualTo("auditor");
        assertThat(metaData.get("division")).isEqualTo(ZHUTUO);
        assertThat(metaData.get("hash")).isNotNull();
        assertThat(Instant.parse((String) withReason.get("timestamp"))).isAfter(Instant.now().minusSeconds(60));
    }

    @Test
    @TestSecurity(user = "zhutuo-keeper", roles = "depot-keeper")
    @OidcSecurity(claims = @Claim(key = "division", value = ZHUTUO))
    void aMaskedReadByADepotKeeperIsNotRecorded() {
        UUID householdId = UUID.randomUUID();
        events.publish(new HouseholdRegistered(householdId, VILLAGE_201, "朱沱镇第2村", ResidentIds.personIdOf(headId),
                "张德明", headId, "13812345678", "MALE", ResidentIds.birthDateOf(headId)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/households/{id}", householdId).then().statusCode(200));
        given().get("/api/registry/households/{id}/history", householdId).then().statusCode(200);
        assertThat(readsOf(householdId, false)).isZero();
    }

    /** How many recorded reads of personal data name the household, unmasked or masked. */
    private long readsOf(UUID householdId, boolean unmasked) {
        return Rows.count(dataSource, "SELECT count(*) FROM eventstore.domain_event_entry WHERE payload_type LIKE"
                + " '%.PersonalDataRead' AND (convert_from(payload, 'UTF8')::jsonb -> 'subjectIds')"
                + " @> jsonb_build_array(?::text)"
                + " AND convert_from(payload, 'UTF8')::jsonb ->> 'unmasked' = ?", householdId.toString(),
                Boolean.toString(unmasked));
    }

    @Test
    @TestSecurity(user = "zhutuo-finance", roles = "finance")
    @OidcSecurity(claims = @Claim(key = "division", value = ZHUTUO))
    void financeSeesTheAccountNumberInFull() {
        UUID householdId = UUID.randomUUID();
        UUID head = ResidentIds.personIdOf(headId);
        events.publish(new HouseholdRegistered(householdId, VILLAGE_201, "朱沱镇第2村", head, "张德明", headId,
                "13812345678", "MALE", ResidentIds.birthDateOf(headId)));
        events.publish(new PayoutAccountSet(householdId, head, "重庆农村商业银行", "6217000012345678", "张德明"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/households/{id}", householdId).then().statusCode(200)
                        .body("payoutAccount.accountNumber", equalTo("6217000012345678"))
                        .body("members[0].idNumber", equalTo(headId)));
        // finance sees the numbers in full: the read is recorded
        assertThat(readsOf(householdId, true)).isPositive();
    }

    @Test
    @TestSecurity(user = "laisu-civil", roles = "civil-affairs")
    @OidcSecurity(claims = @Claim(key = "division", value = LAISU))
    void anotherTownshipsStaffCannotRegisterOrReadHouseholdsOutsideTheirTownship() {
        given().contentType(ContentType.JSON).body(household(VILLAGE_201, headId)).post("/api/registry/households")
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(Rows.events(dataSource, "HouseholdRegistered", "headIdNumber", headId)).isZero();
        given().queryParam("division", ZHUTUO).get("/api/registry/households").then().statusCode(403);
        given().get("/api/registry/households").then().statusCode(200)
                .body("items.divisionCode", everyItem(startsWith("500118109")));
    }

    @Test
    void anUnknownHouseholdIsNotFound() {
        given().get("/api/registry/households/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(member("李秀英", TestPeople.randomIdNumber(false)))
                .post("/api/registry/households/{id}/members", UUID.randomUUID()).then().statusCode(404);
    }
}
