package org.relieftrace.e2e;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/** Nothing acknowledged is lost: the supplies-service is killed (SIGKILL) right after answering 201. */
@ExtendWith(RunningSystem.class)
class CrashRecoveryTest {

    @Test
    void aReceiptAcknowledgedJustBeforeTheServiceIsKilledIsInStockAfterRestart() throws Exception {
        String token = Tokens.of("zhutuo-keeper");
        String lot = "CRASH-" + UUID.randomUUID().toString().substring(0, 8);
        long pid = RunningSystem.pidOf("supplies");

        given().baseUri(RunningSystem.supplies()).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Depots.receipt("TENT-12", 3, lot))
                .when().post("/api/supplies/depots/{id}/receipts", Depots.ZHUTUO)
                .then().statusCode(201);
        Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));

        RunningSystem.relief("up", "--no-build");
        assertThat(RunningSystem.pidOf("supplies")).isNotEqualTo(pid);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().baseUri(RunningSystem.supplies()).auth().oauth2(token)
                        .when().get("/api/supplies/depots/{id}/stock?size=1000", Depots.ZHUTUO)
                        .then().statusCode(200)
                        .body("lots.lotNumber", hasItem(lot)));
    }
}
