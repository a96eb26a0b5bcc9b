package org.relieftrace.e2e;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static io.restassured.RestAssured.given;

/**
 * The operations a running service publishes in its OpenAPI document ({@code /q/openapi}): method, path, parameters
 * and request body schema, with {@code $ref}s resolved against the document's components.
 */
final class ApiOperations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** One operation of one service. */
    record Operation(String service, String baseUri, String method, String path, String operationId,
                     List<String> pathParameters, Map<String, JsonNode> queryParameters, List<String> requiredQuery,
                     String bodyType, JsonNode bodySchema, JsonNode document) {

        /** The schema a {@code $ref} names, or the schema itself. */
        JsonNode resolve(JsonNode schema) {
            return ApiOperations.resolve(document, schema);
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path + " (" + operationId + ")";
        }
    }

    private ApiOperations() {
    }

    /** The base URIs of the services whose documents the matrix and the fuzz test cover. */
    static Map<String, String> services() {
        return Map.of("registry", RunningSystem.registry(), "supplies", RunningSystem.supplies(),
                "relief", RunningSystem.relief());
    }

    /** Every operation of every service, in document order. */
    static List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        services().forEach((service, base) -> operations.addAll(of(service, base)));
        return operations;
    }

    static List<Operation> of(String service, String baseUri) {
        String text = given().baseUri(baseUri).accept("application/json").queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode document;
        try {
            document = JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(service + ": the OpenAPI document is not JSON", e);
        }
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(operation(service, baseUri, method, path.getKey(), path.getValue(), operation,
                            document));
                }
            }
        }
        return operations;
    }

    private static Operation operation(String service, String baseUri, String method, String path, JsonNode item,
                                       JsonNode operation, JsonNode document) {
        List<String> pathParameters = new ArrayList<>();
        Map<String, JsonNode> query = new java.util.LinkedHashMap<>();
        List<String> requiredQuery = new ArrayList<>();
        List<JsonNode> parameters = new ArrayList<>();
        item.path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        for (JsonNode parameter : parameters) {
            JsonNode resolved = resolve(document, parameter);
            String name = resolved.path("name").asText();
            switch (resolved.path("in").asText()) {
                case "path" -> {
                    if (!pathParameters.contains(name)) {
                        pathParameters.add(name);
                    }
                }
                case "query" -> {
                    query.put(name, resolve(document, resolved.path("schema")));
                    if (resolved.path("required").asBoolean(false)) {
                        requiredQuery.add(name);
                    }
                }
                default -> {
                }
            }
        }
        String bodyType = null;
        JsonNode bodySchema = null;
        JsonNode content = resolve(document, operation.path("requestBody")).path("content");
        for (Iterator<String> types = content.fieldNames(); types.hasNext(); ) {
            String type = types.next();
            if (bodyType == null || type.contains("json")) {
                bodyType = type;
                bodySchema = resolve(document, content.path(type).path("schema"));
            }
        }
        return new Operation(service, baseUri, method, path, operation.path("operationId").asText(path),
                pathParameters, query, requiredQuery, bodyType, bodySchema, document);
    }

    static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; current != null && current.has("$ref") && depth < 10; depth++) {
            String ref = current.get("$ref").asText();
            current = document.at(ref.substring(1));
        }
        return current;
    }
}
