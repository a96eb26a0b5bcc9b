package org.relieftrace.e2e;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** A depot keeper, logged in at the real Keycloak, records a receipt through the gateway and sees it in stock. */
@ExtendWith(RunningSystem.class)
class ReceiptThroughGatewayTest {

    @Test
    void aKeepersReceiptThroughTheGatewayAppearsInTheDepotsStock() {
        String token = Tokens.of("zhutuo-keeper");
        String lot = "E2E-" + UUID.randomUUID().toString().substring(0, 8);

        given().baseUri(RunningSystem.gateway()).auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", lot)
                .body(Depots.receipt("WATER-550", 24, lot))
                .when().post("/api/supplies/depots/{id}/receipts", Depots.ZHUTUO)
                .then().statusCode(201)
                .header("X-Request-Id", notNullValue())
                .body("receiptId", notNullValue());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(RunningSystem.gateway()).auth().oauth2(token)
                        .when().get("/api/supplies/depots/{id}/stock?size=500", Depots.ZHUTUO)
                        .then().statusCode(200)
                        .body("lots.items.lotNumber", hasItem(lot)));
    }

    @Test
    void withoutATokenTheServiceRefusesAndSaysSo() {
        given().baseUri(RunningSystem.gateway()).contentType(ContentType.JSON)
                .body(Depots.receipt("WATER-550", 1, "NO-TOKEN"))
                .when().post("/api/supplies/depots/{id}/receipts", Depots.ZHUTUO)
                .then().statusCode(401);
    }

    @Test
    void aKeeperOfAnotherTownshipIsForbidden() {
        given().baseUri(RunningSystem.gateway()).auth().oauth2(Tokens.of("laisu-keeper"))
                .contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Depots.receipt("WATER-550", 1, "WRONG-TOWN"))
                .when().post("/api/supplies/depots/{id}/receipts", Depots.ZHUTUO)
                .then().statusCode(403).contentType("application/problem+json")
                .body("title", equalTo("Forbidden"));
    }
}
