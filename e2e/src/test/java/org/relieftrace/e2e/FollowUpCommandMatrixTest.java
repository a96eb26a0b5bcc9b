package org.relieftrace.e2e;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The commands on a household, a disaster or a shelter that already exists, by every kind of user, on a record in
 * their own township, a village below it, and another township. Before each row {@code admin} creates the record the
 * row acts on, in the target division; then the row's user sends the command.
 *
 * <p>{@code ALLOW} means the request got through authorization ({@code 200}, {@code 201}, {@code 204} or a
 * business-rule {@code 409}); {@code DENY} means {@code 403} with a problem+json body. Anything else fails.
 */
@ExtendWith(RunningSystem.class)
class FollowUpCommandMatrixTest {

    private static final Map<String, String> DIVISION = Map.of(
            "ZHUTUO", "500118116000",
            "ZHUTUO-VILLAGE", "500118116201",
            "LAISU", "500118109000");
    @ParameterizedTest(name = "{0} by {1} in {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # command       | user           | target         | expected
            MEMBER_ADD      | zhutuo-civil   | ZHUTUO         | ALLOW
            MEMBER_ADD      | zhutuo-civil   | LAISU          | DENY
            MEMBER_ADD      | village-civil  | ZHUTUO         | DENY
            MEMBER_ADD      | zhutuo-auditor | ZHUTUO         | DENY
            MEMBER_ADD      | zhutuo-keeper  | ZHUTUO         | DENY
            MEMBER_REMOVE   | zhutuo-civil   | ZHUTUO-VILLAGE | ALLOW
            MEMBER_REMOVE   | zhutuo-civil   | LAISU          | DENY
            MEMBER_REMOVE   | county-auditor | ZHUTUO         | DENY
            MEMBER_REMOVE   | county-finance | ZHUTUO         | DENY
            MEMBER_MOVE     | zhutuo-civil   | ZHUTUO         | ALLOW
            MEMBER_MOVE     | zhutuo-civil   | LAISU          | DENY
            MEMBER_MOVE     | zhutuo-auditor | ZHUTUO         | DENY
            MEMBER_DEATH    | county-civil   | ZHUTUO         | ALLOW
            MEMBER_DEATH    | village-civil  | ZHUTUO-VILLAGE | ALLOW
            MEMBER_DEATH    | village-civil  | LAISU          | DENY
            MEMBER_DEATH    | county-auditor | ZHUTUO         | DENY
            HOUSEHOLD_MOVE  | zhutuo-civil   | ZHUTUO-VILLAGE | ALLOW
            HOUSEHOLD_MOVE  | zhutuo-civil   | LAISU          | DENY
            HOUSEHOLD_MOVE  | zhutuo-officer | ZHUTUO         | DENY
            HOUSEHOLD_MOVE  | zhutuo-auditor | ZHUTUO         | DENY
            PAYOUT_ACCOUNT  | zhutuo-civil   | ZHUTUO         | ALLOW
            PAYOUT_ACCOUNT  | zhutuo-civil   | LAISU          | DENY
            PAYOUT_ACCOUNT  | county-finance | ZHUTUO         | DENY
            PAYOUT_ACCOUNT  | zhutuo-auditor | ZHUTUO         | DENY
            PAYOUT_ACCOUNT  | admin          | LAISU          | ALLOW
            DISASTER_LEVEL  | zhutuo-civil   | ZHUTUO         | ALLOW
            DISASTER_LEVEL  | zhutuo-civil   | LAISU          | DENY
            DISASTER_LEVEL  | county-auditor | ZHUTUO         | DENY
            DISASTER_LEVEL  | county-officer | ZHUTUO         | DENY
            DISASTER_STATS  | county-civil   | LAISU          | ALLOW
            DISASTER_STATS  | zhutuo-civil   | LAISU          | DENY
            DISASTER_STATS  | zhutuo-auditor | ZHUTUO         | DENY
            DISASTER_END    | zhutuo-civil   | ZHUTUO-VILLAGE | ALLOW
            DISASTER_END    | village-civil  | ZHUTUO         | DENY
            DISASTER_END    | zhutuo-keeper  | ZHUTUO         | DENY
            SHELTER_OPEN    | zhutuo-civil   | ZHUTUO         | ALLOW
            SHELTER_OPEN    | zhutuo-civil   | LAISU          | DENY
            SHELTER_OPEN    | zhutuo-auditor | ZHUTUO         | DENY
            SHELTER_CLOSE   | village-civil  | ZHUTUO-VILLAGE | ALLOW
            SHELTER_CLOSE   | village-civil  | ZHUTUO         | DENY
            SHELTER_CLOSE   | county-finance | ZHUTUO         | DENY
            CHECK_IN        | zhutuo-civil   | ZHUTUO         | ALLOW
            CHECK_IN        | zhutuo-civil   | LAISU          | DENY
            CHECK_IN        | zhutuo-keeper  | ZHUTUO         | DENY
            CHECK_IN        | zhutuo-auditor | ZHUTUO         | DENY
            CHECK_OUT       | county-civil   | ZHUTUO         | ALLOW
            CHECK_OUT       | zhutuo-civil   | LAISU          | DENY
            CHECK_OUT       | county-auditor | ZHUTUO         | DENY
            """)
    void commandOnAnExistingRecord(String command, String user, String target, String expected) {
        String division = DIVISION.get(target);
        Response response = send(command, given(user), division);
        int status = response.statusCode();
        String answer = status + " " + response.body().asString();
        if (expected.equals("ALLOW")) {
            assertThat(status).as(answer).isIn(200, 201, 204, 409);
        } else {
            assertThat(status).as(answer).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    private static RequestSpecification given(String user) {
        return io.restassured.RestAssured.given().baseUri(RunningSystem.registry())
                .auth().oauth2(Tokens.cached(user)).contentType(ContentType.JSON);
    }

    private static Response send(String command, RequestSpecification as, String division) {
        return switch (command) {
            case "MEMBER_ADD" -> as.body("""
                    {"person": {"name": "新成员", "idNumber": "%s", "relation": "子女"}, "reason": "出生登记"}
                    """.formatted(People.freshResidentId())).post("/api/registry/households/{id}/members",
                    household(division).id());
            case "MEMBER_REMOVE" -> {
                Household household = household(division);
                yield as.body("{\"reason\": \"外出务工迁出\"}").post(
                        "/api/registry/households/{id}/members/{person}/removal", household.id(), household.member());
            }
            case "MEMBER_MOVE" -> {
                Household from = household(division);
                Household to = household(division);
                yield as.body("{\"toHouseholdId\": \"%s\", \"reason\": \"投靠亲属\"}".formatted(to.id())).post(
                        "/api/registry/households/{id}/members/{person}/move", from.id(), from.member());
            }
            case "MEMBER_DEATH" -> {
                Household household = household(division);
                yield as.body("{\"dateOfDeath\": \"2026-07-21\", \"documentReference\": \"死亡证明 矩阵-01\","
                        + " \"cause\": \"因灾遇难\", \"reason\": \"因灾遇难\"}").post(
                        "/api/registry/households/{id}/members/{person}/death", household.id(), household.member());
            }
            case "HOUSEHOLD_MOVE" -> as.body("""
                    {"divisionCode": "%s", "address": "安置点新址", "reason": "灾后异地安置"}
                    """.formatted(division)).post("/api/registry/households/{id}/move", household(division).id());
            case "PAYOUT_ACCOUNT" -> as.body("""
                    {"holder": "HEAD", "bank": "重庆农村商业银行", "accountNumber": "6223%s",
                     "holderName": "矩阵户主", "reason": "开通一卡通"}
                    """.formatted(digits(12))).put("/api/registry/households/{id}/payout-account",
                    household(division).id());
            case "DISASTER_LEVEL" -> as.body("{\"responseLevel\": \"III\", \"reason\": \"雨情加重\"}")
                    .post("/api/registry/disasters/{id}/response-level", disaster(division));
            case "DISASTER_STATS" -> as.body("""
                    {"asOf": "2026-07-21T08:00:00+08:00", "affectedPeople": 120, "evacuated": 30, "deaths": 0,
                     "missing": 0, "collapsedHouses": 2, "damagedHouses": 11, "directLossFen": 150000000}
                    """).post("/api/registry/disasters/{id}/statistics", disaster(division));
            case "DISASTER_END" -> as.body("{\"endedAt\": \"2026-07-25T18:00:00+08:00\", \"reason\": \"响应终止\"}")
                    .post("/api/registry/disasters/{id}/end", disaster(division));
            case "SHELTER_OPEN" -> as.body("{\"reason\": \"启用\"}")
                    .post("/api/registry/shelters/{id}/open", shelter(division, false));
            case "SHELTER_CLOSE" -> as.body("{\"reason\": \"关闭\"}")
                    .post("/api/registry/shelters/{id}/close", shelter(division, true));
            case "CHECK_IN" -> as.body("{\"personId\": \"%s\", \"reason\": \"转移安置\"}"
                            .formatted(household(division).head()))
                    .post("/api/registry/shelters/{id}/check-ins", shelter(division, true));
            case "CHECK_OUT" -> {
                UUID shelter = shelter(division, true);
                UUID person = household(division).head();
                admin().body("{\"personId\": \"%s\"}".formatted(person))
                        .post("/api/registry/shelters/{id}/check-ins", shelter).then().statusCode(200);
                yield as.body("{\"personId\": \"%s\", \"reason\": \"返家\"}".formatted(person))
                        .post("/api/registry/shelters/{id}/check-outs", shelter);
            }
            default -> throw new IllegalArgumentException(command);
        };
    }

    /** A household the row acts on: its id, its head and one more member. */
    private record Household(UUID id, UUID head, UUID member) {
    }

    private static RequestSpecification admin() {
        return given("admin");
    }

    private static Household household(String division) {
        Response registered = admin().body("""
                {"divisionCode": "%s", "address": "矩阵测试地址", "reason": "矩阵测试",
                 "head": {"name": "矩阵户主", "idNumber": "%s", "phone": "13800138000"}}
                """.formatted(division, People.freshResidentId())).post("/api/registry/households");
        assertThat(registered.statusCode()).as(registered.body().asString()).isEqualTo(201);
        UUID id = UUID.fromString(registered.path("householdId"));
        UUID head = UUID.fromString(registered.path("headPersonId"));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                admin().get("/api/registry/households/{id}", id).statusCode() == 200);
        Response member = admin().body("""
                {"person": {"name": "矩阵成员", "idNumber": "%s", "relation": "配偶"}, "reason": "矩阵测试"}
                """.formatted(People.freshResidentId())).post("/api/registry/households/{id}/members", id);
        assertThat(member.statusCode()).as(member.body().asString()).isEqualTo(201);
        UUID memberId = UUID.fromString(member.path("personId"));
        await().atMost(Duration.ofSeconds(20)).until(() -> admin().get("/api/registry/households/{id}", id)
                .body().asString().contains(memberId.toString()));
        return new Household(id, head, memberId);
    }

    private static UUID disaster(String division) {
        Response declared = admin().body("""
                {"type": "FLOOD", "name": "矩阵测试洪涝", "startedAt": "2026-07-20T08:00:00+08:00",
                 "responseLevel": "IV", "affectedDivisionCodes": ["%s"]}
                """.formatted(division)).post("/api/registry/disasters");
        assertThat(declared.statusCode()).as(declared.body().asString()).isEqualTo(201);
        UUID id = UUID.fromString(declared.path("disasterId"));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                admin().get("/api/registry/disasters/{id}", id).statusCode() == 200);
        return id;
    }

    private static UUID shelter(String division, boolean open) {
        Response registered = admin().body("""
                {"divisionCode": "%s", "name": "矩阵测试避难场所", "latitude": 29.1, "longitude": 105.8,
                 "capacity": 50}
                """.formatted(division)).post("/api/registry/shelters");
        assertThat(registered.statusCode()).as(registered.body().asString()).isEqualTo(201);
        UUID id = UUID.fromString(registered.path("shelterId"));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                admin().get("/api/registry/shelters/{id}", id).statusCode() == 200);
        if (open) {
            admin().body("{\"reason\": \"启用\"}").post("/api/registry/shelters/{id}/open", id)
                    .then().statusCode(204);
            await().atMost(Duration.ofSeconds(20)).until(() -> admin().get("/api/registry/shelters/{id}", id)
                    .body().asString().contains("\"open\":true"));
        }
        return id;
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(java.util.concurrent.ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
