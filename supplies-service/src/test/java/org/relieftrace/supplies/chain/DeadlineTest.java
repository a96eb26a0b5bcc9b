package org.relieftrace.supplies.chain;

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

import org.relieftrace.platform.testing.PostgresTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "county-admin", roles = {"supplies-officer", "admin"})
@OidcSecurity(claims = @Claim(key = "division", value = "500118000000"))
class DeadlineTest {

    @Inject
    EventGateway events;

    @Inject
    DataSource dataSource;

    private ChainFixture chain;

    @BeforeEach
    void aCountyTownshipAndVillage() {
        chain = new ChainFixture(events, dataSource);
    }

    private long reports(UUID subject) throws Exception {
        return chain.count("SELECT count(*) FROM eventstore.domain_event_entry"
                + " WHERE aggregate_identifier LIKE 'report:%:' || ?", subject.toString());
    }

    @Test
    void aReceiptWithoutAcceptanceReportAfterFiveWorkingDaysIsOverdueUntilTheReportIsFiled() throws Exception {
        String receipt = given().contentType(ContentType.JSON).body("""
                        {"source": "DONATION", "reference": "JZ-2026-001", "supplier": "红十字会",
                         "receivedOn": "2026-01-05",
                         "lines": [{"itemCode": "TENT-12", "lotNumber": "T-ACC", "quantity": 5,
                                    "producedOn": "2025-12-01"}]}""")
                .post("/api/supplies/depots/{id}/receipts", chain.county)
                .then().statusCode(201).extract().path("receiptId");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/supplies/depots/{id}/receipts/{r}", chain.county, receipt).then().statusCode(200)
                .body("acceptanceReportDue", equalTo("2026-01-12")).body("acceptanceOverdue", equalTo(true))
                .body("acceptanceReported", equalTo(false)));
        given().queryParam("division", ChainFixture.COUNTY).queryParam("depot", chain.county.toString())
                .queryParam("overdue", true).get("/api/supplies/deadlines").then().statusCode(200)
                .body("items.findAll { it.kind == 'ACCEPTANCE_REPORT' }.subjectId", hasItem(receipt));

        given().contentType(ContentType.JSON).body("{\"result\": \"MAYBE\"}")
                .post("/api/supplies/depots/{id}/receipts/{r}/acceptance", chain.county, receipt)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("result"));
        given().contentType(ContentType.JSON).body("{\"result\": \"PASSED\"}")
                .post("/api/supplies/depots/{id}/receipts/{r}/acceptance", chain.county, UUID.randomUUID())
                .then().statusCode(404);
        assertThat(reports(UUID.fromString(receipt))).isZero();
        given().contentType(ContentType.JSON).body("{\"result\": \"PASSED\", \"notes\": \"数量规格相符\"}")
                .post("/api/supplies/depots/{id}/receipts/{r}/acceptance", chain.county, receipt)
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"result\": \"PASSED\"}")
                .post("/api/supplies/depots/{id}/receipts/{r}/acceptance", chain.county, receipt)
                .then().statusCode(409).body("type", equalTo("https://relieftrace.org/problems/report-already-filed"));
        assertThat(reports(UUID.fromString(receipt))).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/supplies/depots/{id}/receipts/{r}", chain.county, receipt).then().statusCode(200)
                .body("acceptanceReported", equalTo(true)).body("acceptanceOverdue", equalTo(false)));
        given().queryParam("division", ChainFixture.COUNTY).queryParam("size", 500).get("/api/supplies/deadlines")
                .then().statusCode(200)
                .body("items.findAll { it.kind == 'ACCEPTANCE_REPORT' }.subjectId", not(hasItem(receipt)));
    }

    @Test
    void aTransferDispatchedWithoutVoucherForTwoWorkingDaysIsOverdueUntilTheVoucherIsFiled() throws Exception {
        chain.receive(chain.county, "TENT-12", "T-VOU", 10, "2026-01-01", null);
        UUID transfer = chain.requestTransfer(chain.county, chain.township, "TENT-12", 4, null);
        chain.approve(transfer);
        chain.awaitStatus(transfer, "RESERVED");
        given().contentType(ContentType.JSON).body("{\"voucherNumber\": \"PZ-1\"}")
                .post("/api/supplies/transfers/{id}/voucher", transfer).then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/transfer-not-dispatched"));
        given().contentType(ContentType.JSON).body("""
                {"vehicle": "渝A12345", "driver": "李四", "waybillNumber": "YD-0105", "dispatchedOn": "2026-01-05"}""")
                .post("/api/supplies/transfers/{id}/dispatch", transfer).then().statusCode(202);
        chain.awaitStatus(transfer, "DISPATCHED");
        given().get("/api/supplies/transfers/{id}", transfer).then().statusCode(200)
                .body("dispatchVoucherDue", equalTo("2026-01-07")).body("dispatchVoucherOverdue", equalTo(true));
        given().queryParam("division", ChainFixture.COUNTY).queryParam("overdue", true).queryParam("size", 500)
                .get("/api/supplies/deadlines").then().statusCode(200)
                .body("items.findAll { it.kind == 'DISPATCH_VOUCHER' }.subjectId", hasItem(transfer.toString()));
        // the list without a status filter holds it as well as the list of its status
        given().queryParam("division", ChainFixture.COUNTY).queryParam("size", 500)
                .get("/api/supplies/transfers").then().statusCode(200)
                .body("items.transferId", hasItem(transfer.toString()));
        given().queryParam("division", ChainFixture.COUNTY).queryParam("status", "DISPATCHED")
                .queryParam("size", 500).get("/api/supplies/transfers").then().statusCode(200)
                .body("items.transferId", hasItem(transfer.toString()));

        given().contentType(ContentType.JSON).body("{\"voucherNumber\": \"\"}")
                .post("/api/supplies/transfers/{id}/voucher", transfer).then().statusCode(400)
                .body("errors.field", hasItem("voucherNumber"));
        assertThat(reports(transfer)).isZero();
        given().contentType(ContentType.JSON).body("{\"voucherNumber\": \"PZ-0105\", \"notes\": \"运单已签\"}")
                .post("/api/supplies/transfers/{id}/voucher", transfer).then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/supplies/transfers/{id}", transfer).then().statusCode(200)
                .body("dispatchVoucherFiled", equalTo(true)).body("dispatchVoucherOverdue", equalTo(false)));
        given().queryParam("division", ChainFixture.COUNTY).queryParam("size", 500).get("/api/supplies/deadlines")
                .then().statusCode(200)
                .body("items.findAll { it.kind == 'DISPATCH_VOUCHER' }.subjectId", not(hasItem(transfer.toString())));
    }
}
