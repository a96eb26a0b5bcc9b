package org.relieftrace.supplies.stock;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.relieftrace.platform.testing.PostgresTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation on stock, receipts, distributions, stocktakes and write-offs has its stable operation id, a
 * description, and a schema for its success answer, so that a generated client reads well.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class StockApiDescriptionTest {

    private static final String DEPOT = "/api/supplies/depots/{depotId}";
    private static final Map<String, String> OPERATIONS = Map.ofEntries(
            Map.entry("post " + DEPOT + "/receipts", "receiveStock"),
            Map.entry("get " + DEPOT + "/receipts/{receiptId}", "getReceipt"),
            Map.entry("post " + DEPOT + "/receipts/{receiptId}/acceptance", "fileAcceptanceReport"),
            Map.entry("get /api/supplies/stock", "getDivisionStock"),
            Map.entry("get " + DEPOT + "/stock", "getDepotStock"),
            Map.entry("post " + DEPOT + "/distributions", "distributeToHousehold"),
            Map.entry("get " + DEPOT + "/distributions", "listDistributions"),
            Map.entry("post " + DEPOT + "/stocktakes", "startStocktake"),
            Map.entry("get " + DEPOT + "/stocktakes", "listStocktakes"),
            Map.entry("get " + DEPOT + "/stocktakes/{stocktakeId}", "getStocktake"),
            Map.entry("post " + DEPOT + "/stocktakes/{stocktakeId}/counts", "recordStocktakeCount"),
            Map.entry("post " + DEPOT + "/stocktakes/{stocktakeId}/approve", "approveStocktake"),
            Map.entry("post " + DEPOT + "/write-offs", "requestWriteOff"),
            Map.entry("get " + DEPOT + "/write-offs", "listWriteOffs"),
            Map.entry("post " + DEPOT + "/write-offs/{writeOffId}/approve", "approveWriteOff"));

    @Test
    void everyOperationHasItsIdADescriptionAndASchemaForItsAnswer() {
        JsonPath api = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        OPERATIONS.forEach((operation, id) -> {
            String[] verbAndPath = operation.split(" ");
            String at = "paths.'" + verbAndPath[1] + "'." + verbAndPath[0];
            assertThat(api.getString(at + ".operationId")).as(operation).isEqualTo(id);
            assertThat(api.getString(at + ".description")).as(operation).isNotBlank();
            Map<String, Object> responses = api.getMap(at + ".responses");
            responses.keySet().stream().filter(code -> code.startsWith("2")).forEach(code -> assertThat(
                    api.getString(at + ".responses.'" + code + "'.content.'application/json'.schema"))
                    .as(operation + " " + code).isNotNull());
        });
    }
}
