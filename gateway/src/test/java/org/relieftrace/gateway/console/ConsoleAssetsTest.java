package org.relieftrace.gateway.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class ConsoleAssetsTest {

    @Test
    void theScriptsAndStylesheetTheLayoutLoadsAreServedFromTheGatewayItself() throws IOException {
        String layout;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("templates/console/layout.html")) {
            layout = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher sources = Pattern.compile("(?:src|href)=\"(/[^\"{]+\\.(?:js|css))\"").matcher(layout);
        int found = 0;
        while (sources.find()) {
            found++;
            given().when().get(sources.group(1)).then().statusCode(200);
        }
        assertThat(found).as("htmx, console.js, console.css and the four offline scripts").isEqualTo(7);
        assertThat(layout).doesNotContain("http://", "https://");
    }

    @Test
    void htmxComesFromItsNpmPackage() {
        given().when().get("/webjars/htmx.org/2.0.8/dist/htmx.min.js").then().statusCode(200)
                .contentType(containsString("javascript")).body(containsString("htmx"));
    }
}
