package org.relieftrace.relief;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.relieftrace.platform.testing.PostgresTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relief API's OpenAPI document reads well for a client generator: every operation has its own operationId, a
 * summary and a description, and every answer with a body names its schema.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyReliefOperationHasAnIdADescriptionAndSchemasForItsAnswers() {
        Map<String, Object> paths = given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().path("paths");
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        paths.forEach((path, item) -> {
            if (!path.startsWith("/api/relief/") || path.startsWith("/api/relief/audit")) {
                return;
            }
            ((Map<String, Object>) item).forEach((method, value) -> {
                if (!(value instanceof Map<?, ?> operation) || operation.get("responses") == null) {
                    return;
                }
                String at = method + " " + path;
                Object id = operation.get("operationId");
                if (id == null || !ids.add(id.toString())) {
                    problems.add(at + ": operationId missing or repeated (" + id + ")");
                }
                if (operation.get("summary") == null || operation.get("description") == null) {
                    problems.add(at + ": summary or description missing");
                }
                ((Map<String, Map<String, Object>>) operation.get("responses")).forEach((code, response) -> {
                    if (!code.equals("204") && response.get("content") == null) {
                        problems.add(at + " " + code + ": no content schema");
                    }
                });
            });
        });
        assertThat(problems).isEmpty();
        assertThat(ids).contains("approveCase", "listCases", "apportionFund", "makePaymentBatch");
    }
}
