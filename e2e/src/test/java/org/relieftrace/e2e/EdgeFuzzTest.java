package org.relieftrace.e2e;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed requests to every operation of every service's OpenAPI document, as {@code admin} (allowed everywhere):
 * bodies that are not JSON, of the wrong shape, with wrong types, huge strings, NUL and unpaired surrogates; path
 * parameters with NUL, {@code ..}, bytes that are not UTF-8 and overlong ids; query values likewise. No answer may be
 * a {@code 5xx}; every refusal is {@code application/problem+json}; a refused request appends no event (none in the
 * store carries its {@code X-Request-Id}).
 */
@ExtendWith(RunningSystem.class)
class EdgeFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HUGE = "长".repeat(20_000);
    private static final List<String> BAD_SEGMENTS = List.of("%00", "A%00B", "%ED%A0%80", "..", "%2e%2e",
            "X".repeat(2_000), "%C0%80", "%FF");
    private static final List<String> BAD_QUERY_VALUES = List.of("%00", "%ED%A0%80", "-1", "abc",
            "9".repeat(400), "%FF");

    private record Probe(ApiOperations.Operation operation, String what, String path, Map<String, String> query,
                         String contentType, String body) {
    }

    @Test
    void noMalformedRequestToAnyOperationIsA5xxOrAppendsAnEvent() {
        MatrixFixtures fixtures = MatrixFixtures.make();
        MatrixCalls calls = new MatrixCalls(fixtures);
        Map<String, MatrixTable.Expectation> table = MatrixTable.read();
        List<String> problems = new ArrayList<>();
        int probes = 0;
        for (ApiOperations.Operation operation : ApiOperations.all()) {
            MatrixTable.Expectation expectation = table.getOrDefault(operation.operationId(),
                    new MatrixTable.Expectation(operation.operationId(), Map.of(), "any", "", null));
            for (Probe probe : probes(operation, calls, calls.target(operation, expectation))) {
                probes++;
                String requestId = UUID.randomUUID().toString();
                Response response = send(probe, requestId);
                int status = response.statusCode();
                String where = "%s %s: %d %s".formatted(operation, probe.what(), status,
                        response.body().asString().replaceAll("\\s+", " "));
                if (status >= 500) {
                    problems.add("5xx: " + where);
                }
                if (status >= 400) {
                    if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                        problems.add("refusal without problem+json: " + where);
                    }
                    long appended = MatrixCalls.eventsOfRequest(requestId);
                    if (appended != 0) {
                        problems.add("a refused request appended " + appended + " event(s): " + where);
                    }
                }
            }
        }
        System.out.printf("edge fuzz: %d malformed requests, %d problems%n", probes, problems.size());
        problems.forEach(problem -> System.out.println(problem.length() > 400 ? problem.substring(0, 400) : problem));
        assertThat(problems).isEmpty();
    }

    private static List<Probe> probes(ApiOperations.Operation operation, MatrixCalls calls, MatrixCalls.Target target) {
        Map<String, String> values = new LinkedHashMap<>();
        operation.pathParameters().forEach(name -> values.put(name, java.util.Objects.requireNonNullElse(
                calls.value(name, target), "00000000-0000-0000-0000-000000000000")));
        Map<String, String> query = new LinkedHashMap<>();
        operation.queryParameters().keySet().forEach(name -> {
            String value = calls.value(name, target);
            if (value != null || operation.requiredQuery().contains(name)) {
                query.put(name, value == null ? "1" : value);
            }
        });
        String good = RequestBodies.of(operation, name -> calls.value(name, target));
        String type = operation.bodyType() == null ? null
                : operation.bodyType().startsWith("multipart") ? "application/json" : operation.bodyType();
        List<Probe> probes = new ArrayList<>();
        for (String name : operation.pathParameters()) {
            for (String bad : BAD_SEGMENTS) {
                Map<String, String> changed = new LinkedHashMap<>(values);
                changed.put(name, bad);
                probes.add(new Probe(operation, "path " + name + "=" + shortened(bad), path(operation, changed),
                        query, type, good));
            }
        }
        for (String name : operation.queryParameters().keySet()) {
            for (String bad : BAD_QUERY_VALUES) {
                Map<String, String> changed = new LinkedHashMap<>(query);
                changed.put(name, bad);
                probes.add(new Probe(operation, "query " + name + "=" + shortened(bad), path(operation, values),
                        changed, type, good));
            }
        }
        if (type != null) {
            String path = path(operation, values);
            List<String> bodies = new ArrayList<>(List.of("{\"a\": ", "not json", "[]", "null", "\"text\"",
                    "{\"x\": \"\\u0000\"}", "{\"x\": \"\\ud800\"}", "", "{}", "\u0000"));
            if (good != null) {
                bodies.add(mutated(good, "\\u0000"));
                bodies.add(mutated(good, "\\udc00x"));
                bodies.add(mutated(good, HUGE));
                bodies.add(wrongTypes(good));
            }
            for (String body : bodies) {
                probes.add(new Probe(operation, "body " + shortened(body), path, query, type, body));
            }
        }
        return probes;
    }

    /** The path with its parameters put in as they are (already percent-encoded where they need to be). */
    private static String path(ApiOperations.Operation operation, Map<String, String> values) {
        String path = operation.path();
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    /** Every string value of the body with {@code text} appended. */
    private static String mutated(String body, String text) {
        return body.replaceAll("\"([^\"]*)\"(\\s*[,}\\]])", "\"$1" + java.util.regex.Matcher.quoteReplacement(text)
                + "\"$2");
    }

    /** Every value of the body's top level replaced by one of another type. */
    private static String wrongTypes(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (!(node instanceof ObjectNode object)) {
                return "{}";
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(field.getValue().isTextual() ? JSON.getNodeFactory().arrayNode()
                        : JSON.getNodeFactory().textNode("not-a-" + field.getValue().getNodeType()));
            }
            return object.toString();
        } catch (java.io.IOException e) {
            return "{}";
        }
    }

    private static Response send(Probe probe, String requestId) {
        RequestSpecification request = given().baseUri(probe.operation().baseUri()).urlEncodingEnabled(false)
                .header("Accept-Language", "en").header("X-Request-Id", requestId)
                .auth().oauth2(MatrixCalls.token("admin"));
        probe.query().forEach(request::queryParam);
        if (probe.contentType() != null) {
            request.contentType(probe.contentType()).body(probe.body() == null ? "" : probe.body());
        }
        return request.request(probe.operation().method().toUpperCase(), probe.path());
    }

    private static String shortened(String text) {
        return text.length() > 24 ? text.substring(0, 24) + "…(" + text.length() + ")" : text;
    }
}
