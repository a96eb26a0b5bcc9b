package org.relieftrace.registry.catalog;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import org.relieftrace.platform.testing.PostgresTestResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * Text PostgreSQL cannot store — NUL, unpaired surrogates — is refused by the platform's filter with
 * {@code 400 invalid-characters} wherever it comes: a path parameter, a query value, a JSON string, a CSV body.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "admin", roles = "admin")
class UnstorableCharactersTest {

    @Test
    void aNulInAPathParameterIs400NotAStatementThatFails() {
        given().urlEncodingEnabled(false).header("Accept-Language", "en")
                .get("/api/registry/catalog/items/TENT%00X")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/invalid-characters"))
                .body("title", equalTo("Characters that cannot be stored"))
                .body("errors[0].field", equalTo("path"));
    }

    @Test
    void anUnpairedSurrogateInAQueryValueIs400InChineseByDefault() {
        given().urlEncodingEnabled(false).get("/api/registry/catalog/items?category=%ED%A0%80")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/invalid-characters"))
                .body("title", equalTo("含有无法保存的字符"))
                .body("errors[0].field", equalTo("query.category"));
    }

    @Test
    void aQueryAnsweredOnTheEventLoopIsNotBlockedByAContentTypeOnItsGet() {
        // clients (and the e2e tests' helpers) send Content-Type on every request; a GET has no body to check
        given().contentType(ContentType.JSON).get("/api/registry/catalog/items").then().statusCode(200);
        given().contentType(ContentType.JSON).get("/api/registry/divisions").then().statusCode(200);
    }

    @Test
    void aNulOrALoneSurrogateInAJsonStringIs400AndNamesTheField() {
        given().contentType(ContentType.JSON).body("""
                {"itemCode": "NUL-1", "nameZh": "帐篷\\u0000", "category": "SHELTER", "unit": "顶"}
                """).post("/api/registry/catalog/items")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/invalid-characters"))
                .body("errors[0].field", equalTo("body.nameZh"));
        given().contentType(ContentType.JSON).body("""
                {"itemCode": "SUR-1", "nameZh": "帐篷", "category": "SHELTER", "unit": "\\udc00"}
                """).post("/api/registry/catalog/items")
                .then().statusCode(400).body("errors[0].field", equalTo("body.unit"));
        given().get("/api/registry/catalog/items/{code}", "NUL-1").then().statusCode(404);
    }

    @Test
    void aNulInACsvImportIs400() {
        given().contentType("text/csv").body("divisionCode,address,headName,headIdNumber,headPhone\n"
                        + "500118116201,地址\u0000,户主,500118198001010011,13800138000\n")
                .post("/api/registry/households/import?mode=VALID_ROWS_ONLY")
                .then().statusCode(400).body("type", endsWith("/invalid-characters"))
                .body("detail", containsString("body"));
    }
}
