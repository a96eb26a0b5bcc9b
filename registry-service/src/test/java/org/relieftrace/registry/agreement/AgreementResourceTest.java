package org.relieftrace.registry.agreement;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

import org.relieftrace.contracts.registry.CatalogItemRegistered;
import org.relieftrace.contracts.registry.DivisionRegistered;
import org.relieftrace.platform.testing.PostgresTestResource;
import org.relieftrace.registry.testing.Rows;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "zhutuo-officer", roles = "supplies-officer")
@OidcSecurity(claims = @Claim(key = "division", value = "500118116000"))
class AgreementResourceTest {

    private static final String YONGCHUAN = "500118000000";
    private static final String ZHUTUO = "500118116000";
    private static final String LAISU = "500118109000";

    @Inject
    EventGateway events;

    @Inject
    DataSource dataSource;

    private String contract;

    @BeforeEach
    void theDivisionsAndTheItemsAreRegistered() {
        events.publish(new DivisionRegistered(YONGCHUAN, "永川区", "COUNTY", null));
        events.publish(new DivisionRegistered(ZHUTUO, "朱沱镇", "TOWNSHIP", YONGCHUAN));
        events.publish(new DivisionRegistered(LAISU, "来苏镇", "TOWNSHIP", YONGCHUAN));
        events.publish(new CatalogItemRegistered("TENT-12", "12平方米单帐篷", "12 m² tent", "SHELTER", "顶", "12㎡",
                null));
        events.publish(new CatalogItemRegistered("QUILT", "棉被", "quilt", "BEDDING", "床", "1.5m", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> Rows.count(dataSource,
                "SELECT count(*) FROM registry.division WHERE code IN (?, ?, ?)", YONGCHUAN, ZHUTUO, LAISU) == 3
                && Rows.count(dataSource, "SELECT count(*) FROM registry.catalog_item WHERE item_code IN (?, ?)",
                "TENT-12", "QUILT") == 2);
        contract = "XY-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String agreement(String lines, String from, String to, String division) {
        return """
                {"contractNumber": "%s", "enterprise": "永川区某商贸有限公司", "lines": [%s],
                 "validFrom": "%s", "validTo": "%s", "divisionCode": "%s", "reason": "签订协议储备协议"}
                """.formatted(contract, lines, from, to, division);
    }

    private static final String TENTS_AND_QUILTS = """
            {"itemCode": "TENT-12", "quantity": 200}, {"itemCode": "QUILT", "quantity": 1000}""";

    private long stored() throws Exception {
        return Rows.count(dataSource, "SELECT count(*) FROM eventstore.domain_event_entry"
                + " WHERE payload_type LIKE '%ReserveAgreementSigned' AND convert_from(payload, 'UTF8') LIKE ?",
                "%" + contract + "%");
    }

    @Test
    void anOfficerRecordsAnAgreementWithItsItemsAndFindsItInForce() {
        String location = given().contentType(ContentType.JSON)
                .body(agreement(TENTS_AND_QUILTS, "2026-01-01", "2028-12-31", ZHUTUO))
                .when().post("/api/registry/reserve-agreements")
                .then().statusCode(201).extract().header("Location");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().when().get(location)
                .then().statusCode(200)
                .body("enterprise", equalTo("永川区某商贸有限公司"))
                .body("lines.itemCode", contains("QUILT", "TENT-12"))
                .body("lines.quantity", contains(1000, 200)));
        given().queryParam("inForceOn", "2027-07-20").when().get("/api/registry/reserve-agreements")
                .then().statusCode(200).body("items.contractNumber", hasItem(contract))
                .body("page", equalTo(0)).body("size", equalTo(50));
        given().queryParam("inForceOn", "2029-01-01").when().get("/api/registry/reserve-agreements")
                .then().statusCode(200).body("items.contractNumber", not(hasItem(contract)));
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() throws Exception {
        given().contentType(ContentType.JSON)
                .body(agreement("{\"itemCode\": \"NO-SUCH\", \"quantity\": 5}", "2026-01-01", "2028-12-31", ZHUTUO))
                .when().post("/api/registry/reserve-agreements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("lines[0].itemCode"));
        given().contentType(ContentType.JSON)
                .body(agreement("{\"itemCode\": \"TENT-12\", \"quantity\": 0}", "2026-01-01", "2028-12-31", ZHUTUO))
                .when().post("/api/registry/reserve-agreements")
                .then().statusCode(400).body("errors.field", hasItem("lines[0].quantity"));
        given().contentType(ContentType.JSON).body(agreement("", "2026-01-01", "2028-12-31", ZHUTUO))
                .when().post("/api/registry/reserve-agreements")
                .then().statusCode(400).body("errors.field", hasItem("lines"));
        given().contentType(ContentType.JSON).body(agreement(TENTS_AND_QUILTS, "2028-12-31", "2026-01-01", ZHUTUO))
                .when().post("/api/registry/reserve-agreements")
                .then().statusCode(400).body("errors.field", hasItem("validTo"));
        assertThat(stored()).isZero();
    }

    @Test
    void theSameContractTwiceIsAConflict() throws Exception {
        given().contentType(ContentType.JSON).body(agreement(TENTS_AND_QUILTS, "2026-01-01", "2028-12-31", ZHUTUO))
                .when().post("/api/registry/reserve-agreements").then().statusCode(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> Rows.count(dataSource,
                "SELECT count(*) FROM registry.reserve_agreement WHERE contract_number = ?", contract) == 1);
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(agreement(TENTS_AND_QUILTS, "2026-01-01", "2028-12-31", ZHUTUO))
                .when().post("/api/registry/reserve-agreements")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/reserve-agreement-already-recorded"));
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void anotherTownshipsAgreementIsForbidden() throws Exception {
        given().contentType(ContentType.JSON).body(agreement(TENTS_AND_QUILTS, "2026-01-01", "2028-12-31", LAISU))
                .when().post("/api/registry/reserve-agreements")
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(stored()).isZero();
    }
}
