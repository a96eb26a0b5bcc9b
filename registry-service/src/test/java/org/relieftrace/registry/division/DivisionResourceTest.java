package org.relieftrace.registry.division;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

import org.relieftrace.platform.testing.PostgresTestResource;
import org.relieftrace.registry.testing.Rows;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "admin", roles = "admin")
class DivisionResourceTest {

    @Inject
    DataSource dataSource;

    private String county;
    private String township;
    private String village;

    /** A county of its own for each test (a made-up prefix), so that tests never see each other's divisions. */
    @BeforeEach
    void aFreshCounty() {
        String prefix = "9" + ThreadLocalRandom.current().nextInt(1000, 9999) + (1 + ThreadLocalRandom.current()
                .nextInt(9));
        county = prefix + "000000";
        township = prefix + "116000";
        village = prefix + "116201";
    }

    private static String division(String code, String name, String level, String parent) {
        return """
                {"code": "%s", "name": "%s", "level": "%s", "parentCode": %s, "reason": "区划调整"}
                """.formatted(code, name, level, parent == null ? "null" : "\"" + parent + "\"");
    }

    private void register(String code, String name, String level, String parent) {
        given().contentType(ContentType.JSON).body(division(code, name, level, parent))
                .when().post("/api/registry/divisions")
                .then().statusCode(201)
                .header("Location", endsWith("/api/registry/divisions/" + code))
                .body("code", equalTo(code));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/divisions/{code}", code).then().statusCode(200));
    }

    @Test
    void aCountyItsTownshipAndItsVillageAreRegisteredParentsFirst() {
        register(county, "永川区", "COUNTY", null);
        register(township, "朱沱镇", "TOWNSHIP", county);
        register(village, "朱沱镇第2村", "VILLAGE", township);

        given().get("/api/registry/divisions/{code}", village).then().statusCode(200)
                .body("name", equalTo("朱沱镇第2村")).body("level", equalTo("VILLAGE"))
                .body("parentCode", equalTo(township));
        given().get("/api/registry/divisions/{code}/subtree", county).then().statusCode(200)
                .body("items.code", contains(county, township, village));
        given().get("/api/registry/divisions/{code}/subtree", township).then().statusCode(200)
                .body("items.code", contains(township, village));
        given().queryParam("parent", county).get("/api/registry/divisions").then().statusCode(200)
                .body("items.code", contains(township)).body("total", equalTo(1))
                .body("page", equalTo(0)).body("size", equalTo(50));
        given().queryParam("parent", township).queryParam("level", "VILLAGE").queryParam("size", 1)
                .get("/api/registry/divisions").then().statusCode(200)
                .body("items", hasSize(1)).body("total", equalTo(1));
        given().queryParam("level", "COUNTY").queryParam("size", 500).get("/api/registry/divisions")
                .then().statusCode(200).body("items.code", hasItem(county));
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingIsAppended() {
        register(county, "永川区", "COUNTY", null);
        Map<String, String> cases = Map.of(
                division("5001181160", "短码", "TOWNSHIP", county), "code",
                division(township, "", "TOWNSHIP", county), "name",
                division(township, "朱沱镇", "VILLAGE", county), "level",
                division(township, "朱沱镇", "CITY", county), "level",
                division(township, "朱沱镇", "TOWNSHIP", "500118000000"), "parentCode",
                division(township, "朱沱镇", "TOWNSHIP", null), "parentCode",
                division(village, "朱沱镇第2村", "VILLAGE", township), "parentCode");
        cases.forEach((body, field) -> given().contentType(ContentType.JSON).body(body)
                .header("Accept-Language", "en")
                .post("/api/registry/divisions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(field))));

        given().contentType(ContentType.JSON).body(division(village, "x", "VILLAGE", township))
                .header("Accept-Language", "en").post("/api/registry/divisions")
                .then().statusCode(400)
                .body("type", equalTo("https://relieftrace.org/problems/invalid-input"))
                .body("title", equalTo("Invalid input"))
                .body("errors[0].message", equalTo("division " + township + " is not registered"));
        assertThat(Rows.events(dataSource, "DivisionRegistered", "code", township)).isZero();
        assertThat(Rows.events(dataSource, "DivisionRegistered", "code", village)).isZero();
    }

    @Test
    void aCodeIsRegisteredOnlyOnce() {
        register(county, "永川区", "COUNTY", null);
        given().contentType(ContentType.JSON).body(division(county, "永川区", "COUNTY", null))
                .post("/api/registry/divisions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/division-already-registered"))
                .body("title", equalTo("行政区划已登记"));
        assertThat(Rows.events(dataSource, "DivisionRegistered", "code", county)).isEqualTo(1);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswer() {
        String key = "division-" + county;
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(division(county, "永川区", "COUNTY", null)).post("/api/registry/divisions")
                    .then().statusCode(201).body("code", equalTo(county));
        }
        assertThat(Rows.events(dataSource, "DivisionRegistered", "code", county)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "zhutuo-officer", roles = "supplies-officer")
    @OidcSecurity(claims = @Claim(key = "division", value = "500118116000"))
    void onlyAnAdminRegistersDivisionsButEveryoneReadsThem() {
        given().contentType(ContentType.JSON).body(division(county, "永川区", "COUNTY", null))
                .post("/api/registry/divisions")
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(Rows.events(dataSource, "DivisionRegistered", "code", county)).isZero();
        given().get("/api/registry/divisions").then().statusCode(200);
    }

    @Test
    void pagesAndFiltersOutOfRangeAreRefusedByName() {
        given().queryParam("size", 501).get("/api/registry/divisions")
                .then().statusCode(400).body("errors.field", equalTo(List.of("size")));
        given().queryParam("page", -1).get("/api/registry/divisions")
                .then().statusCode(400).body("errors.field", equalTo(List.of("page")));
        given().queryParam("level", "CITY").get("/api/registry/divisions")
                .then().statusCode(400).body("errors.field", equalTo(List.of("level")));
        given().queryParam("parent", "5001").get("/api/registry/divisions")
                .then().statusCode(400).body("errors.field", equalTo(List.of("parent")));
    }

    @Test
    void aChildIsRegisteredRightAfterItsParentWithoutWaitingForTheReadModel() {
        for (String[] division : new String[][] {{county, "永川区", "COUNTY", null},
                {township, "朱沱镇", "TOWNSHIP", county}, {village, "朱沱镇第2村", "VILLAGE", township}}) {
            given().contentType(ContentType.JSON).body(division(division[0], division[1], division[2], division[3]))
                    .post("/api/registry/divisions").then().statusCode(201);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/divisions/{code}/subtree", county).then().statusCode(200)
                        .body("items.code", contains(county, township, village)).body("total", equalTo(3)));
        given().queryParam("size", 2).queryParam("page", 1).get("/api/registry/divisions/{code}/subtree", county)
                .then().statusCode(200).body("items.code", contains(village)).body("page", equalTo(1))
                .body("size", equalTo(2)).body("total", equalTo(3));
    }

    @Test
    void anUnknownDivisionIsNotFound() {
        given().get("/api/registry/divisions/{code}", county).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/not-found"));
        given().get("/api/registry/divisions/{code}/subtree", county).then().statusCode(404);
    }
}
