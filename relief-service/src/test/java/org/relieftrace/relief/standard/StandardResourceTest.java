package org.relieftrace.relief.standard;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

import org.relieftrace.platform.testing.PostgresTestResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "county-civil", roles = "civil-affairs")
@OidcSecurity(claims = @Claim(key = "division", value = "500119000000"))
class StandardResourceTest {

    private static String standard(String from, long monthly) {
        return """
                {"countyCode": "500119000000", "category": "TRANSITIONAL", "effectiveFrom": "%s",
                 "perPersonMonthlyFen": %d, "householdCapFen": 0, "documentNumber": "渝民发〔2026〕12号"}
                """.formatted(from, monthly);
    }

    @Test
    void aNewVersionTakesOverFromItsDateAndTwoNeverStartOnTheSameDay() {
        given().contentType(ContentType.JSON).body(standard("2026-01-01", 50_000))
                .post("/api/relief/standards").then().statusCode(201);
        given().contentType(ContentType.JSON).body(standard("2026-07-01", 60_000))
                .post("/api/relief/standards").then().statusCode(201);
        given().contentType(ContentType.JSON).body(standard("2026-07-01", 70_000))
                .post("/api/relief/standards").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/standard-version-exists"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/relief/standards").then().statusCode(200)
                        .body("items.effectiveFrom", hasItem("2026-07-01"))
                        .body("items.find { it.effectiveFrom == '2026-07-01' }.amounts.perPersonMonthlyFen",
                                equalTo(60_000)));
    }

    @Test
    void aStandardWithoutTheRateItsCategoryIsPaidByIsRefused() {
        given().contentType(ContentType.JSON).body(standard("2026-03-01", 0))
                .post("/api/relief/standards").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("perPersonMonthlyFen"));
        given().contentType(ContentType.JSON).body(standard("2026-03-01", 1).replace("500119000000", "500119001000"))
                .post("/api/relief/standards").then().statusCode(400)
                .body("errors.field", hasItem("countyCode"));
    }

    @Test
    void onlyAHousingStandardSetsInstalmentsAndTheListShowsThem() {
        given().contentType(ContentType.JSON).body("""
                        {"countyCode": "500119000000", "category": "HOUSING", "effectiveFrom": "2026-02-01",
                         "collapsedFen": 4000000, "severelyDamagedFen": 2000000, "generallyDamagedFen": 500000,
                         "housingInstalments": 2, "documentNumber": "渝民发〔2026〕13号"}""")
                .post("/api/relief/standards").then().statusCode(201);
        given().contentType(ContentType.JSON).body(standard("2026-02-01", 50_000)
                        .replace("\"householdCapFen\": 0", "\"householdCapFen\": 0, \"housingInstalments\": 2"))
                .post("/api/relief/standards").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("housingInstalments"));
        given().contentType(ContentType.JSON).body(standard("2026-02-02", 50_000)
                        .replace("\"householdCapFen\": 0", "\"householdCapFen\": 0, \"housingInstalments\": 5"))
                .post("/api/relief/standards").then().statusCode(400)
                .body("errors.field", hasItem("housingInstalments"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/relief/standards").then().statusCode(200)
                        .body("items.find { it.category == 'HOUSING' }.amounts.housingInstalments", equalTo(2))
                        .body("items.findAll { it.effectiveFrom == '2026-02-02' }", org.hamcrest.Matchers.empty()));
    }
}
