package org.relieftrace.registry.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "admin", roles = "admin")
class CatalogResourceTest {

    @Inject
    DataSource dataSource;

    private String tent;
    private String water;

    @BeforeEach
    void freshItemCodes() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        tent = "TENT-" + suffix;
        water = "WATER-" + suffix;
    }

    private static String item(String code, String category, String shelfLife) {
        return """
                {"itemCode": "%s", "nameZh": "12平方米单帐篷", "nameEn": "12 m² tent", "category": "%s",
                 "unit": "顶", "specification": "12㎡", "shelfLifeDays": %s}
                """.formatted(code, category, shelfLife);
    }

    private void register(String body, String code) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/registry/catalog/items")
                .then().statusCode(201)
                .header("Location", endsWith("/api/registry/catalog/items/" + code))
                .body("itemCode", equalTo(code));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/registry/catalog/items/{code}", code).then().statusCode(200));
    }

    @Test
    void durableAndPerishableItemsEnterTheCatalog() {
        register(item(tent, "SHELTER", "null"), tent);
        register(item(water, "FOOD_WATER", "365").replace("12平方米单帐篷", "瓶装饮用水"), water);

        given().get("/api/registry/catalog/items/{code}", tent).then().statusCode(200)
                .body("nameZh", equalTo("12平方米单帐篷")).body("category", equalTo("SHELTER"))
                .body("unit", equalTo("顶")).body("shelfLifeDays", nullValue());
        given().get("/api/registry/catalog/items/{code}", water).then()
                .body("nameZh", equalTo("瓶装饮用水")).body("shelfLifeDays", equalTo(365));
        given().queryParam("category", "SHELTER").queryParam("size", 500).get("/api/registry/catalog/items")
                .then().statusCode(200)
                .body("items.itemCode", hasItem(tent)).body("items.itemCode", not(hasItem(water)))
                .body("items.category", everyItem(equalTo("SHELTER")));
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingIsAppended() {
        Map<String, String> cases = Map.of(
                item(tent.toLowerCase(), "SHELTER", "null"), "itemCode",
                item("123456", "SHELTER", "null"), "itemCode",
                item(tent, "TOYS", "null"), "category",
                item(tent, "SHELTER", "0"), "shelfLifeDays",
                item(tent, "SHELTER", "-5"), "shelfLifeDays",
                item(tent, "SHELTER", "null").replace("\"顶\"", "\" \""), "unit",
                item(tent, "SHELTER", "null").replace("\"nameZh\": \"12平方米单帐篷\",", ""), "nameZh");
        cases.forEach((body, field) -> given().contentType(ContentType.JSON).body(body)
                .header("Accept-Language", "en")
                .post("/api/registry/catalog/items")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(field))));
        assertThat(Rows.events(dataSource, "CatalogItemRegistered", "itemCode", tent)).isZero();
        given().queryParam("category", "TOYS").get("/api/registry/catalog/items")
                .then().statusCode(400).body("errors.field", equalTo(List.of("category")));
    }

    @Test
    void anItemCodeIsRegisteredOnlyOnce() {
        register(item(tent, "SHELTER", "null"), tent);
        given().contentType(ContentType.JSON).body(item(tent, "SHELTER", "null"))
                .header("Accept-Language", "en").post("/api/registry/catalog/items")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/catalog-item-already-registered"))
                .body("detail", equalTo("Catalog item " + tent + " is already registered."));
        assertThat(Rows.events(dataSource, "CatalogItemRegistered", "itemCode", tent)).isEqualTo(1);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyIsAnsweredLikeTheFirst() {
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).header("Idempotency-Key", "seed-item-" + tent)
                    .body(item(tent, "SHELTER", "null")).post("/api/registry/catalog/items")
                    .then().statusCode(201).body("itemCode", equalTo(tent));
        }
        assertThat(Rows.events(dataSource, "CatalogItemRegistered", "itemCode", tent)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "county-officer", roles = "supplies-officer")
    @OidcSecurity(claims = @Claim(key = "division", value = "500118000000"))
    void onlyAnAdminEditsTheCatalogButEveryoneReadsIt() {
        given().contentType(ContentType.JSON).body(item(tent, "SHELTER", "null"))
                .post("/api/registry/catalog/items")
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(Rows.events(dataSource, "CatalogItemRegistered", "itemCode", tent)).isZero();
        given().get("/api/registry/catalog/items").then().statusCode(200);
    }

    @Test
    void aPageCarriesItsNumberAndSizeAndTheTotalOfTheWholeList() {
        for (String code : List.of(tent, water, "MASK-" + tent)) {
            register(item(code, "MEDICAL", "730"), code);
        }
        int total = given().queryParam("category", "MEDICAL").queryParam("size", 500)
                .get("/api/registry/catalog/items").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(500))
                .body("items.itemCode", hasItems(tent, water, "MASK-" + tent))
                .extract().path("total");
        assertThat(total).isGreaterThanOrEqualTo(3);
        given().queryParam("category", "MEDICAL").queryParam("page", 1).queryParam("size", 1)
                .get("/api/registry/catalog/items").then().statusCode(200)
                .body("items", hasSize(1)).body("page", equalTo(1)).body("size", equalTo(1))
                .body("total", equalTo(total));
        given().queryParam("category", "MEDICAL").queryParam("page", total).queryParam("size", 1)
                .get("/api/registry/catalog/items").then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(total));
        given().get("/api/registry/catalog/items").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(50));
    }

    @Test
    void pagingOutOfBoundsIsRefusedWithTheParameterNamed() {
        Map.of("page", -1, "size", 0).forEach((parameter, value) -> given().queryParam(parameter, value)
                .get("/api/registry/catalog/items").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of(parameter))));
        given().queryParam("size", 501).get("/api/registry/catalog/items").then().statusCode(400)
                .body("errors.field", equalTo(List.of("size")));
    }

    @Test
    void anUnknownItemIsNotFound() {
        given().get("/api/registry/catalog/items/{code}", tent).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/not-found"));
    }
}
