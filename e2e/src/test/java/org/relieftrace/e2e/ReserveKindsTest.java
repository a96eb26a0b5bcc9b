package org.relieftrace.e2e;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * 多元化储备 — every reserve kind through the gateway with real tokens: an agreement reserve (协议储备) is registered
 * and called off by a receipt, which reduces what it has left; a call-off beyond it is a 409 that changes nothing;
 * the readiness shows on hand, callable and producible (产能储备) side by side; a pledge (捐赠承诺) is received
 * against, a donation beyond it is a 409, and it stays on the outstanding list until it is closed with a reason.
 */
@ExtendWith(RunningSystem.class)
class ReserveKindsTest {

    private static final String ZHUTUO = "500118116000";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    private static RequestSpecification as(String user) {
        return given().baseUri(RunningSystem.gateway()).auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    /** The readiness of 朱沱镇 for one item: on hand, callable and producible within 3 days. */
    private static long[] readiness(String item) {
        Map<String, Object> row = as("zhutuo-officer").queryParam("division", ZHUTUO).queryParam("withinDays", 3)
                .get("/api/supplies/readiness").then().statusCode(200).body("withinDays", equalTo(3))
                .extract().jsonPath().getMap("items.find { it.itemCode == '" + item + "' }");
        if (row == null) {
            return new long[3];
        }
        return new long[] {((Number) row.get("onHand")).longValue(), ((Number) row.get("callable")).longValue(),
                ((Number) row.get("producible")).longValue()};
    }

    private static String callOff(String agreement, long tents, String lot) {
        return """
                {"source": "AGREEMENT_CALL_OFF", "agreementId": "%s", "reference": "DY-%s",
                 "supplier": "永川区某商贸有限公司", "reason": "汛期调用协议储备",
                 "lines": [{"itemCode": "TENT-12", "lotNumber": "%s", "quantity": %d}]}
                """.formatted(agreement, RUN, lot, tents);
    }

    private static String donation(String pledge, long quilts, String lot) {
        return """
                {"source": "DONATION", "pledgeId": "%s", "reference": "JZ-%s", "supplier": "永川区红十字会",
                 "lines": [{"itemCode": "QUILT", "lotNumber": "%s", "quantity": %d}]}
                """.formatted(pledge, RUN, lot, quilts);
    }

    @Test
    void anAgreementIsCalledOffUpToWhatIsLeftAndReadinessShowsEveryKind() {
        long[] before = readiness("TENT-12");
        String agreement = as("zhutuo-officer").body("""
                {"contractNumber": "XY-CB-%s", "enterprise": "永川区某商贸有限公司", "validFrom": "2026-01-01",
                 "validTo": "2035-12-31", "lines": [{"itemCode": "TENT-12", "quantity": 100}],
                 "divisionCode": "%s", "reason": "签订协议储备协议"}""".formatted(RUN, ZHUTUO))
                .post("/api/registry/reserve-agreements").then().statusCode(201).extract().path("agreementId");
        as("zhutuo-officer").body("""
                {"contractNumber": "CN-%s", "enterprise": "重庆某帐篷制造有限公司", "itemCode": "TENT-12",
                 "dailyCapacity": 50, "leadTimeDays": 1, "validFrom": "2026-01-01", "validTo": "2035-12-31",
                 "divisionCode": "%s", "reason": "签订生产能力储备协议"}""".formatted(RUN, ZHUTUO))
                .post("/api/registry/capacity-agreements").then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> as("zhutuo-keeper")
                .get("/api/supplies/reserve-agreements/{id}", agreement).statusCode() == 200);

        as("zhutuo-keeper").body(callOff(agreement, 60, "DY-" + RUN + "-1"))
                .post("/api/supplies/depots/{id}/receipts", Depots.ZHUTUO).then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("zhutuo-keeper")
                .get("/api/supplies/reserve-agreements/{id}", agreement).then().statusCode(200)
                .body("lines[0].agreed", equalTo(100)).body("lines[0].calledOff", equalTo(60))
                .body("lines[0].left", equalTo(40)));

        as("zhutuo-keeper").body(callOff(agreement, 41, "DY-" + RUN + "-2"))
                .post("/api/supplies/depots/{id}/receipts", Depots.ZHUTUO).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/agreement-exhausted"));
        as("zhutuo-keeper").header("Accept-Language", "en").body(callOff(agreement, 41, "DY-" + RUN + "-2"))
                .post("/api/supplies/depots/{id}/receipts", Depots.ZHUTUO).then().statusCode(409)
                .body("detail", equalTo("Only 40 of TENT-12 is left to call off agreement XY-CB-" + RUN
                        + "; 41 asked for."));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            long[] after = readiness("TENT-12");
            assertThat(after[0] - before[0]).as("on hand").isEqualTo(60);
            assertThat(after[1] - before[1]).as("callable").isEqualTo(40);
            assertThat(after[2] - before[2]).as("producible within 3 days, 1 of lead time").isEqualTo(100);
        });
        as("zhutuo-keeper").get("/api/supplies/reserve-agreements/{id}", agreement).then()
                .body("lines[0].left", equalTo(40));
    }

    @Test
    void aPledgeIsReceivedUpToWhatIsLeftAndStaysOutstandingUntilClosed() {
        String pledge = as("zhutuo-civil").body("""
                {"donor": "永川区红十字会", "divisionCode": "%s", "expectedOn": "2026-08-01",
                 "lines": [{"itemCode": "QUILT", "quantity": 300}], "reason": "社会捐赠承诺"}""".formatted(ZHUTUO))
                .post("/api/supplies/pledges").then().statusCode(201).extract().path("pledgeId");

        as("zhutuo-keeper").body(donation(pledge, 200, "JZ-" + RUN + "-1"))
                .post("/api/supplies/depots/{id}/receipts", Depots.ZHUTUO).then().statusCode(201);
        as("zhutuo-keeper").body(donation(pledge, 101, "JZ-" + RUN + "-2"))
                .post("/api/supplies/depots/{id}/receipts", Depots.ZHUTUO).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/pledge-exhausted"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("zhutuo-officer")
                .queryParam("status", "OPEN").queryParam("size", 500).get("/api/supplies/pledges").then()
                .statusCode(200).body("items.pledgeId", hasItem(pledge))
                .body("items.find { it.pledgeId == '" + pledge + "' }.lines[0].received", equalTo(200))
                .body("items.find { it.pledgeId == '" + pledge + "' }.lines[0].left", equalTo(100)));

        as("zhutuo-civil").body("{\"reason\": \"捐赠方撤回剩余承诺\"}")
                .post("/api/supplies/pledges/{id}/close", pledge).then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("zhutuo-officer")
                .queryParam("status", "OPEN").queryParam("size", 500).get("/api/supplies/pledges").then()
                .statusCode(200).body("items.pledgeId", not(hasItem(pledge))));
        as("zhutuo-officer").get("/api/supplies/pledges/{id}", pledge).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closeReason", equalTo("捐赠方撤回剩余承诺"));
    }
}
