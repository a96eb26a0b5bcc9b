package org.relieftrace.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 样例场景 — {@code ./relief scenario} (what {@code ./relief up} does unless {@code --no-scenario}) loads the flood at
 * 朱沱镇 into the running system, and each demo user finds the work the scenario leaves waiting, with the action
 * offered to that user: the village keeper a transfer on the road, the county officer 第2村's request, the
 * township officer 第3村's, the civil-affairs users a case at their step, finance a returned payment to reissue.
 * A second load sends nothing. It runs after the other classes (their counts are their own) and before the replay
 * check, which then covers the scenario's events too.
 */
@ExtendWith(RunningSystem.class)
@Order(Integer.MAX_VALUE - 1)
class SampleScenarioTest {

    private static final String FLOOD = "朱沱镇暴雨洪涝（样例场景）";
    private static final UUID VILLAGE_DEPOT = Depots.of("ZT-V201-01");

    private static RequestSpecification as(String user) {
        return given().baseUri(RunningSystem.gateway()).auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .header("Accept-Language", "en");
    }

    @Test
    void everyDemoUserFindsTheScenariosWorkWaiting() throws Exception {
        RunningSystem.relief("scenario");

        JsonPath disasters = as("county-civil").get("/api/registry/disasters?size=100").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> floods = disasters.<Map<String, Object>>getList("items").stream()
                .filter(d -> FLOOD.equals(d.get("name"))).toList();
        assertThat(floods).hasSize(1);
        assertThat(floods.get(0).get("responseLevel")).isEqualTo("II");
        String disaster = (String) floods.get(0).get("disasterId");

        // the village keeper: 30 tents on the road from the township
        List<Map<String, Object>> transfers = as("village-keeper").get("/api/supplies/transfers?size=100").then()
                .statusCode(200).extract().jsonPath().getList("items");
        assertThat(transfers).anySatisfy(t -> {
            assertThat(t.get("toDepotId")).isEqualTo(VILLAGE_DEPOT.toString());
            assertThat(t.get("status")).isEqualTo("DISPATCHED");
        });

        // the requests: 第2村's waits for the county, 第3村's for the township
        List<Map<String, Object>> requests = as("county-officer").get("/api/supplies/requests?size=200").then()
                .statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(r -> disaster.equals(r.get("disasterId"))).toList();
        assertThat(requests).extracting(r -> r.get("divisionCode"))
                .containsExactlyInAnyOrder("500118116201", "500118116202");

        // the shelter: open, five people in
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(as("zhutuo-civil")
                .get("/api/registry/shelters?size=100").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("items")).anySatisfy(s -> {
                    assertThat((String) s.get("name")).contains("朱沱镇中心小学");
                    assertThat(((Number) s.get("occupancy")).intValue()).isEqualTo(5);
                }));

        // the relief path: a case at every step, each offering the next step to the user whose step it is
        List<Map<String, Object>> cases = casesOf("county-civil", disaster);
        assertThat(cases).hasSize(9);
        assertThat(cases).extracting(c -> c.get("status")).containsOnly("OPEN", "APPRAISED", "ON_NOTICE",
                "REVIEWED", "APPROVED");
        assertThat(cases).extracting(c -> String.valueOf(c.get("paymentStatus")))
                .filteredOn(s -> s.equals("PAID")).hasSize(2);
        assertThat(casesOf("county-civil", disaster)).filteredOn(c -> "REVIEWED".equals(c.get("status")))
                .singleElement().satisfies(c -> assertThat(c.get("actions"))
                        .asInstanceOf(InstanceOfAssertFactories.LIST).contains("county-approval"));
        assertThat(casesOf("zhutuo-civil", disaster)).anySatisfy(c ->
                assertThat(c.get("actions")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("township-review"));
        assertThat(casesOf("county-finance", disaster)).filteredOn(c -> "FAILED".equals(c.get("paymentStatus")))
                .singleElement().satisfies(c -> {
                    assertThat(c.get("failureReason")).isEqualTo("账户已销户");
                    assertThat(c.get("actions")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("reissue");
                });

        // loaded once: with the launcher's mark gone, the loader itself finds its flood there and sends nothing more
        Files.delete(RunningSystem.STATE.resolve("scenario-loaded"));
        RunningSystem.relief("scenario");
        assertThat(RunningSystem.STATE.resolve("scenario-loaded")).exists();
        assertThat(Files.readString(RunningSystem.STATE.resolve("logs/seeds.log"))).contains("scenario: already loaded");
        assertThat(casesOf("county-civil", disaster)).hasSize(9);
    }

    private static List<Map<String, Object>> casesOf(String user, String disaster) {
        return as(user).queryParam("disasterId", disaster).queryParam("size", 100).get("/api/relief/cases").then()
                .statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(c -> disaster.equals(c.get("disasterId"))).toList();
    }
}
