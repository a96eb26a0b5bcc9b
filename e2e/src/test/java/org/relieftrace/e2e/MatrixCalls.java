package org.relieftrace.e2e;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/**
 * One call of an operation as a demo user on the matrix' fixtures: path parameters are the fixtures of their name,
 * division-like query parameters and body properties name the target division, the body is the table's or one made
 * from the schema. Also counts the events a user has appended, for "a refused call appends no event".
 */
final class MatrixCalls {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");

    /** What a call is made on: the division acted in and, for a depot's record, the depot. */
    record Target(String division, String depot, boolean complete) {
    }

    private final MatrixFixtures fixtures;

    MatrixCalls(MatrixFixtures fixtures) {
        this.fixtures = fixtures;
    }

    /**
     * Where {@code operation} acts: the table's target level when it names one (with that level's depot), else the
     * record of its first path parameter that lies in a division, else the township. Incomplete when a path
     * parameter has no fixture.
     */
    Target target(ApiOperations.Operation operation, MatrixTable.Expectation expectation) {
        boolean complete = true;
        MatrixFixtures.Fixture record = null;
        for (String parameter : operation.pathParameters()) {
            MatrixFixtures.Fixture fixture = fixtures.get(operation.service(), parameter);
            if (fixture == null) {
                complete = false;
            } else if (record == null && fixture.division() != null) {
                record = fixture;
            }
        }
        if (record != null && expectation.target().isEmpty()) {
            return new Target(record.division(), record.depot(), complete);
        }
        return switch (expectation.target()) {
            case "county" -> new Target(MatrixFixtures.COUNTY, null, complete);
            case "village" -> new Target(MatrixFixtures.VILLAGE, MatrixFixtures.VILLAGE_DEPOT, complete);
            default -> new Target(MatrixFixtures.TOWNSHIP, MatrixFixtures.TOWNSHIP_DEPOT, complete);
        };
    }

    /** The value a parameter or body property named {@code name} takes for a call on {@code target}. */
    String value(String name, Target target) {
        String division = MatrixFixtures.divisionFor(name, target.division());
        if (division != null) {
            return division;
        }
        MatrixFixtures.Fixture fixture = fixtures.get(name);
        return fixture == null ? null : fixture.value();
    }

    Response call(ApiOperations.Operation operation, MatrixTable.Expectation expectation, String user,
                  Target target, String requestId) {
        RequestSpecification request = given().baseUri(operation.baseUri()).urlEncodingEnabled(true)
                .header("Accept-Language", "en").header("X-Request-Id", requestId).auth().oauth2(token(user));
        Map<String, Object> path = new LinkedHashMap<>();
        for (String parameter : operation.pathParameters()) {
            MatrixFixtures.Fixture own = fixtures.get(operation.service(), parameter);
            String value = own != null ? own.value() : value(parameter, target);
            path.put(parameter, value != null ? value : UUID.randomUUID().toString());
        }
        for (Map.Entry<String, JsonNode> query : operation.queryParameters().entrySet()) {
            String value = value(query.getKey(), target);
            if (value == null && operation.requiredQuery().contains(query.getKey())) {
                JsonNode schema = query.getValue();
                value = schema.has("enum") ? schema.get("enum").get(0).asText()
                        : schema.path("type").asText().equals("integer") ? "1" : "x";
            }
            if (value != null) {
                request.queryParam(query.getKey(), value);
            }
        }
        String body = body(operation, expectation, target);
        if (operation.bodyType() != null && operation.bodyType().startsWith("multipart")) {
            request.multiPart("file", "households.csv", csv(target).getBytes(StandardCharsets.UTF_8), "text/csv");
        } else if (body != null) {
            request.contentType(operation.bodyType()).body(body);
        } else if (operation.bodyType() != null) {
            request.contentType(operation.bodyType()).body("");
        }
        return request.pathParams(path).request(operation.method().toUpperCase(), operation.path());
    }

    private String body(ApiOperations.Operation operation, MatrixTable.Expectation expectation, Target target) {
        if (expectation.body() != null) {
            Matcher placeholders = PLACEHOLDER.matcher(expectation.body());
            StringBuilder body = new StringBuilder();
            while (placeholders.find()) {
                String value = value(placeholders.group(1), target);
                if (value == null && placeholders.group(1).equals("idNumber")) {
                    value = People.freshResidentId();
                }
                placeholders.appendReplacement(body, Matcher.quoteReplacement(value == null ? "" : value));
            }
            return placeholders.appendTail(body).toString();
        }
        if (operation.bodyType() != null && operation.bodyType().startsWith("text/csv")) {
            return csv(target);
        }
        return RequestBodies.of(operation, name -> MatrixFixtures.PATH_ONLY.contains(name) ? null
                : value(name, target));
    }

    /** A one-row household import in the target division. */
    private static String csv(Target target) {
        return ("divisionCode,address,headName,headIdNumber,headPhone\n"
                + "%s,矩阵测试地址,矩阵户主,%s,13800138000\n").formatted(target.division(), People.freshResidentId());
    }

    /**
     * A demo user's token, fetched again after ten minutes: a matrix run may outlast the realm's 15-minute token
     * lifespan on a slow machine.
     */
    static String token(String user) {
        long now = System.nanoTime();
        TimedToken cached = TOKENS.get(user);
        if (cached == null || now - cached.fetched() > java.util.concurrent.TimeUnit.MINUTES.toNanos(10)) {
            cached = new TimedToken(Tokens.of(user), now);
            TOKENS.put(user, cached);
        }
        return cached.token();
    }

    private record TimedToken(String token, long fetched) {
    }

    private static final Map<String, TimedToken> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    /** How many events the request with this {@code X-Request-Id} caused, by the audit stream. */
    static long eventsOfRequest(String requestId) {
        return ((Number) given().baseUri(RunningSystem.registry()).auth().oauth2(token("admin"))
                .queryParam("requestId", requestId).queryParam("size", 1)
                .get("/api/registry/audit/events").then().statusCode(200).extract().path("total")).longValue();
    }

    /** How many events {@code user} has appended, by the audit stream (the event store is shared). */
    /** How many events the request with this {@code X-Request-Id} caused, in any service. */
    static long eventsCausedBy(String requestId) {
        return ((Number) given().baseUri(RunningSystem.registry()).auth().oauth2(token("admin"))
                .queryParam("requestId", requestId).queryParam("size", 1)
                .get("/api/registry/audit/events").then().statusCode(200).extract().path("total")).longValue();
    }
}
