package org.relieftrace.relief.openapi;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.relieftrace.platform.testing.OpenApiDocument;
import org.relieftrace.platform.testing.PostgresTestResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The service's OpenAPI document, written to {@code target/openapi/relief.json} for the OpenAPI lint. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OpenApiDocumentTest {

    @Test
    void theDocumentIsServedAndWrittenForTheLint() throws Exception {
        assertThat(OpenApiDocument.write("relief")).isNotEmptyFile();
    }
}
