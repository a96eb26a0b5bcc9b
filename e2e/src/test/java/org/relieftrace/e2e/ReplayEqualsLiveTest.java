package org.relieftrace.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

/**
 * After every other end-to-end scenario (this class runs last), each projection of each service, rebuilt from the
 * whole event history into shadow tables, equals its live view row for row.
 */
@ExtendWith(RunningSystem.class)
@Order(Integer.MAX_VALUE)
class ReplayEqualsLiveTest {

    @Test
    void everyProjectionOfEveryServiceReplaysToExactlyItsLiveState() {
        String admin = Tokens.of("admin");
        Map<String, String> services = Map.of("supplies", RunningSystem.supplies(),
                "registry", RunningSystem.registry(), "relief", RunningSystem.relief());
        int replayed = 0;
        for (Map.Entry<String, String> service : services.entrySet()) {
            String audit = "/api/" + service.getKey() + "/audit";
            List<Map<String, Object>> projections = given().baseUri(service.getValue()).auth().oauth2(admin)
                    .get(audit + "/projections").then().statusCode(200).extract().jsonPath().getList("items");
            for (Map<String, Object> projection : projections) {
                if (!Boolean.TRUE.equals(projection.get("replayable"))) {
                    continue;
                }
                String name = (String) projection.get("name");
                String location = given().baseUri(service.getValue()).auth().oauth2(admin)
                        .post(audit + "/projections/{name}/replay", name).then().statusCode(202)
                        .extract().header("Location");
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                        given().auth().oauth2(admin).get(location).then().statusCode(200)
                                .body("phase", oneOf("DONE", "FAILED")));
                JsonPath done = given().auth().oauth2(admin).get(location).then().statusCode(200)
                        .body("phase", equalTo("DONE")).extract().jsonPath();
                assertThat(done.getString("outcome")).as(service.getKey() + " " + name + ": "
                        + done.getList("firstDifferences")).isEqualTo("EQUAL");
                assertThat(done.getLong("differences")).isZero();
                replayed++;
            }
        }
        // at least the stock, the registry facts of the supplies-service and the registry's own views
        assertThat(replayed).isGreaterThanOrEqualTo(8);
    }
}
