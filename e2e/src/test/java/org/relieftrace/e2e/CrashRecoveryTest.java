package org.relieftrace.e2e;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Nothing acknowledged is lost: the supplies-service is killed (SIGKILL) right after answering 201; after the restart
 * the receipt is in stock, and the client's retry with the same idempotency key gets the first answer again.
 */
@ExtendWith(RunningSystem.class)
class CrashRecoveryTest {

    @Test
    void aReceiptAcknowledgedJustBeforeTheServiceIsKilledIsInStockAfterRestart() throws Exception {
        String token = Tokens.of("zhutuo-keeper");
        String lot = "CRASH-" + UUID.randomUUID().toString().substring(0, 8);
        long pid = RunningSystem.pidOf("supplies");

        String location = given().baseUri(RunningSystem.supplies()).auth().oauth2(token)
                .contentType(ContentType.JSON).header("Idempotency-Key", lot)
                .body(Depots.receipt("TENT-12", 3, lot))
                .when().post("/api/supplies/depots/{id}/receipts", Depots.ZHUTUO)
                .then().statusCode(201)
                .extract().header("Location");
        Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));

        RunningSystem.up();
        assertThat(RunningSystem.pidOf("supplies")).isNotEqualTo(pid);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().baseUri(RunningSystem.supplies()).auth().oauth2(token)
                        .when().get("/api/supplies/depots/{id}/stock?size=500", Depots.ZHUTUO)
                        .then().statusCode(200)
                        .body("lots.items.lotNumber", hasItem(lot)));

        // the client, unsure whether its request went through before the crash, retries with the same key
        given().baseUri(RunningSystem.supplies()).auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", lot)
                .body(Depots.receipt("TENT-12", 3, lot))
                .when().post("/api/supplies/depots/{id}/receipts", Depots.ZHUTUO)
                .then().statusCode(201)
                .header("Location", equalTo(location))
                .header("Idempotent-Replayed", equalTo("true"));
        List<String> lots = given().baseUri(RunningSystem.supplies()).auth().oauth2(token)
                .when().get("/api/supplies/depots/{id}/stock?size=500", Depots.ZHUTUO)
                .then().statusCode(200).extract().path("lots.items.lotNumber");
        assertThat(lots).containsOnlyOnce(lot);
    }
}
