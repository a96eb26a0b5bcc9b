package org.relieftrace.platform.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;

/**
 * The OpenAPI document a running service serves, written where the OpenAPI lint ({@code infra/lint/openapi-lint})
 * reads it: {@code target/openapi/<service>.json} of the service's module. Called from one test of each service.
 */
public final class OpenApiDocument {

    private OpenApiDocument() {
    }

    /** Fetches {@code /q/openapi} as JSON from the service under test and writes it for the lint. */
    public static Path write(String service) throws IOException {
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Path file = Path.of("target", "openapi", service + ".json");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, document, StandardCharsets.UTF_8);
    }
}
