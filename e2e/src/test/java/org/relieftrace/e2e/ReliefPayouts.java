package org.relieftrace.e2e;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.relieftrace.e2e.ReliefCategoriesTest.relief;

/**
 * The money side of a relief walk, step by step: a fund of one category apportioned to 朱沱镇, the payment batch of a
 * village and disaster with its bank file, the bank's result file, and the ledger that must balance afterwards. Each
 * step is one method, so that a change of the payment path (a second user releasing the batch before its bank file)
 * is made in one place.
 */
final class ReliefPayouts {

    private static final String COUNTY = "500118000000";
    private static final String ZHUTUO = "500118116000";
    private static final String VILLAGE = "500118116201";
    static final long ALLOCATED = 50_000_000L;

    private ReliefPayouts() {
    }

    /**
     * 资金下达 and 资金分配: a fund of the category for the disaster, all of it apportioned to 朱沱镇 by one finance user
     * and approved by another (maker–checker).
     */
    static String fund(String category, String disasterId) {
        String fundId = relief("county-finance").body("""
                        {"countyCode": "%s", "sourceLevel": "CENTRAL", "documentNumber": "财建〔2026〕%s",
                         "title": "五类救助 %s", "disasterId": "%s", "category": "%s", "amountFen": %d}"""
                        .formatted(COUNTY, UUID.randomUUID(), category, disasterId, category, ALLOCATED))
                .post("/api/relief/funds").then().statusCode(201).extract().path("fundId");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> relief("county-finance")
                .get("/api/relief/funds/{id}/ledger", fundId).then().statusCode(200));
        String apportionmentId = relief("county-finance")
                .body("{\"townshipCode\": \"" + ZHUTUO + "\", \"amountFen\": " + ALLOCATED + "}")
                .post("/api/relief/funds/{id}/apportion", fundId).then().statusCode(201)
                .body("status", equalTo("PENDING")).extract().path("apportionmentId");
        relief("county-finance2").body("{\"approve\": true, \"reason\": \"复核无误\"}")
                .post("/api/relief/funds/{id}/apportionments/{a}/approval", fundId, apportionmentId).then()
                .statusCode(200).body("shareFen", equalTo((int) ALLOCATED));
        return fundId;
    }

    /**
     * 发放批次: the approved cases of the village of the disaster in one batch, released by a second finance user
     * (双人复核), and its bank file.
     */
    static String issueBatch(String disasterId, int lines, long totalFen) {
        String batchId = relief("county-finance").body("""
                        {"divisionCode": "%s", "disasterId": "%s", "title": "五类救助第1批", "reason": "按标准发放"}
                        """.formatted(VILLAGE, disasterId))
                .post("/api/relief/payment-batches").then().statusCode(201)
                .body("lines", equalTo(lines)).body("totalFen", equalTo((int) totalFen)).body("held", hasSize(0))
                .extract().path("batchId");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                relief("county-finance").get("/api/relief/payment-batches/{id}", batchId).then().statusCode(200)
                        .body("payments", hasSize(lines)));
        relief("county-finance2").post("/api/relief/payment-batches/{id}/release", batchId).then().statusCode(200);
        String file = relief("county-finance").get("/api/relief/payment-batches/{id}/bank-file", batchId)
                .then().statusCode(200).extract().asString();
        assertThat(file.lines().toList()).hasSize(lines + 3)
                .contains("TOTAL," + lines + "," + BigDecimal.valueOf(totalFen, 2).toPlainString());
        return batchId;
    }

    /** 银行回盘: the bank paid every line. */
    static void reportBankResults(String batchId, int lines) {
        List<Map<String, Object>> payments = relief("county-finance")
                .get("/api/relief/payment-batches/{id}", batchId).then().extract().path("payments");
        StringBuilder result = new StringBuilder("paymentId,accountNumber,amount,status,reason,bankReference\n");
        for (Map<String, Object> payment : payments) {
            result.append(payment.get("paymentId")).append(',').append(payment.get("accountNumber")).append(',')
                    .append(BigDecimal.valueOf(((Number) payment.get("amountFen")).longValue(), 2)
                            .toPlainString()).append(",PAID,,B").append(payment.get("lineNo")).append('\n');
        }
        relief("county-finance").contentType("text/csv; charset=UTF-8").body(result.toString())
                .post("/api/relief/payment-batches/{id}/bank-results", batchId).then().statusCode(200)
                .body("paidCount", equalTo(lines)).body("failedCount", equalTo(0)).body("mismatches", hasSize(0));
    }

    static void awaitPaid(String caseId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> relief("county-finance")
                .get("/api/relief/cases/{id}", caseId).then().body("paymentStatus", equalTo("PAID")));
    }

    /** 资金台账: what was committed was paid, nothing returned or outstanding. */
    static void awaitLedgerBalanced(String fundId, long paidFen) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> relief("county-finance")
                .get("/api/relief/funds/{id}/ledger", fundId).then().statusCode(200)
                .body("allocatedFen", equalTo((int) ALLOCATED)).body("committedFen", equalTo((int) paidFen))
                .body("paidFen", equalTo((int) paidFen)).body("returnedFen", equalTo(0))
                .body("outstandingFen", equalTo(0)).body("availableFen", equalTo((int) (ALLOCATED - paidFen))));
    }
}
