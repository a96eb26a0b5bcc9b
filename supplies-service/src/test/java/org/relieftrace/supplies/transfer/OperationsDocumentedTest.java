package org.relieftrace.supplies.transfer;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.relieftrace.platform.testing.PostgresTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations of transfers, requests, deadlines, readiness and traceability carry an operationId and a
 * description, every answer they declare has a schema, and their lists answer the one list envelope.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OperationsDocumentedTest {

    private static final List<String> PATHS = List.of("/api/supplies/transfers", "/api/supplies/requests",
            "/api/supplies/deadlines", "/api/supplies/lots/", "/api/supplies/depots/{depotId}/norms",
            "/api/supplies/readiness", "/api/supplies/map");

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsNamedDescribedAndAnswersWithASchema() {
        JsonPath api = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath();
        Map<String, Map<String, Object>> paths = api.getMap("paths");
        int operations = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            if (PATHS.stream().noneMatch(path.getKey()::startsWith)) {
                continue;
            }
            for (Map.Entry<String, Object> method : path.getValue().entrySet()) {
                if (!(method.getValue() instanceof Map<?, ?> operation) || !operation.containsKey("responses")) {
                    continue;
                }
                operations++;
                String where = method.getKey() + " " + path.getKey();
                assertThat(operation.get("operationId")).as(where + " operationId").isNotNull();
                assertThat(operation.get("description")).as(where + " description").isNotNull();
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation
                        .get("responses");
                responses.forEach((code, response) -> {
                    if (!code.equals("204")) {
                        assertThat(response.get("content")).as(where + " " + code + " content").isNotNull();
                    }
                });
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(17);
        String transfers = "paths.'/api/supplies/transfers'.get.responses.'200'.content.'application/json'.schema";
        String ref = api.getString(transfers + ".'$ref'");
        String page = ref.substring(ref.lastIndexOf('/') + 1);
        assertThat(api.getMap("components.schemas." + page + ".properties"))
                .containsKeys("items", "page", "size", "total");
    }
}
