package org.relieftrace.relief.payment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

import org.relieftrace.platform.audit.AggregateStates;
import org.relieftrace.platform.testing.PostgresTestResource;
import org.relieftrace.relief.testing.ReliefFixtures;
import org.relieftrace.relief.testing.ReliefFixtures.Household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "county-finance", roles = "finance")
@OidcSecurity(claims = @Claim(key = "division", value = "500118000000"))
class PaymentBatchResourceTest {

    private static final long AMOUNT = 360_000;

    @Inject
    ReliefFixtures fixtures;

    /** The auditors' state at a moment, which replays a payment settled in a chunk. */
    @Inject
    AggregateStates states;

    private UUID disaster;
    private UUID fund;

    @BeforeEach
    void aFloodAndItsFund() {
        disaster = fixtures.disaster();
        fund = fixtures.fund(disaster, 10 * AMOUNT);
    }

    private static String batch(String village, Object... caseIds) {
        StringBuilder ids = new StringBuilder();
        for (Object id : caseIds) {
            ids.append(ids.isEmpty() ? "" : ", ").append('"').append(id).append('"');
        }
        return "{\"divisionCode\": \"" + village + "\", \"title\": \"过渡期生活救助第1批\""
                + (caseIds.length > 0 ? ", \"caseIds\": [" + ids + "]" : "") + "}";
    }

    @Test
    void twentyConcurrentAttemptsToPayOneCaseMakeExactlyOnePayment() throws Exception {
        Household household = fixtures.household("500118116211", "郑九塘");
        UUID caseId = fixtures.approvedCase(household, disaster, fund, AMOUNT);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            attempts.add(() -> given().contentType(ContentType.JSON).body(batch("500118116211", caseId))
                    .post("/api/relief/payment-batches").then().extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> attempt : pool.invokeAll(attempts)) {
            statuses.add(attempt.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
        assertThat(fixtures.events("PaymentIssued", "caseId", caseId.toString())).isEqualTo(1);
        assertThat(fixtures.events("PaymentBatchCreated", "divisionCode", "500118116211")).isEqualTo(1);
    }

    @Test
    void batchesRacingForTheSameCasesIssueEachCaseOnceWhenTheyIssueInChunks() throws Exception {
        String village = "500118116213";
        List<UUID> caseIds = new ArrayList<>();
        for (String head : List.of("褚一河", "卫二河", "蒋三河")) {
            caseIds.add(fixtures.approvedCase(fixtures.household(village, head), disaster, fund, AMOUNT));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attempts.add(() -> given().contentType(ContentType.JSON).body(batch(village, caseIds.toArray()))
                    .post("/api/relief/payment-batches").then().extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> attempt : pool.invokeAll(attempts)) {
            statuses.add(attempt.get());
        }
        pool.shutdown();
        assertThat(statuses).contains(201).allMatch(s -> s == 201 || s == 409);
        for (UUID caseId : caseIds) {
            assertThat(fixtures.events("PaymentIssued", "caseId", caseId.toString())).isEqualTo(1);
        }
        assertThat(fixtures.events("PaymentBatchCreated", "divisionCode", village))
                .isEqualTo((int) statuses.stream().filter(s -> s == 201).count());
    }

    @Test
    void aBatchIsExportedReconciledAndAFailedPaymentReissuedAfterTheAccountIsCorrected() throws Exception {
        String village = "500118116212";
        Household paid = fixtures.household(village, "冯十田");
        Household returned = fixtures.household(village, "陈一林");
        UUID paidCase = fixtures.approvedCase(paid, disaster, fund, AMOUNT);
        UUID returnedCase = fixtures.approvedCase(returned, disaster, fund, AMOUNT);

        String batchId = given().contentType(ContentType.JSON).body(batch(village))
                .post("/api/relief/payment-batches").then().statusCode(201)
                .body("lines", equalTo(2)).body("totalFen", equalTo(2 * (int) AMOUNT))
                .extract().path("batchId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/relief/payment-batches/{id}", batchId).then().statusCode(200)
                        .body("payments", hasSize(2)));
        fixtures.release(UUID.fromString(batchId));
        String file = given().get("/api/relief/payment-batches/{id}/bank-file", batchId).then().statusCode(200)
                .contentType("text/csv").extract().asString();
        List<String> lines = file.lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("seq,paymentId,bank,accountNumber,holderName,amount");
        assertThat(lines.get(3)).isEqualTo("TOTAL,2,7200.00");
        String upToTotals = file.substring(0, file.indexOf("CHECKSUM"));
        assertThat(lines.get(4)).isEqualTo("CHECKSUM,SHA-256," + BankFile.sha256(upToTotals));

        UUID paidPayment = PaymentCommands.paymentIdOf(paidCase, 1, 1);
        UUID returnedPayment = PaymentCommands.paymentIdOf(returnedCase, 1, 1);
        String result = "paymentId,amount,status,reason,bankReference\n"
                + paidPayment + ",3600.00,PAID,,B-0001\n"
                + returnedPayment + ",3600.00,FAILED,账户已销户,\n"
                + UUID.randomUUID() + ",1.00,PAID,,B-0003\n";
        given().contentType("text/csv; charset=UTF-8").body(result)
                .post("/api/relief/payment-batches/{id}/bank-results", batchId).then().statusCode(200)
                .body("paidCount", equalTo(1)).body("failedCount", equalTo(1))
                .body("failedFen", equalTo((int) AMOUNT)).body("unsettledFen", equalTo(0))
                .body("mismatches", hasSize(1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/relief/cases/{id}", returnedCase).then().body("paymentStatus", equalTo("FAILED"))
                        .body("failureReason", equalTo("账户已销户")));
        AggregateStates.State settled = states.at("Payment", Payment.streamOf(paidPayment), Instant.now(), true);
        assertThat(settled.eventsApplied()).as("issued, then confirmed by the bank's result in its chunk").isEqualTo(2);
        assertThat(settled.state().path("outcome").asText()).isNotEmpty();

        given().contentType(ContentType.JSON).body("{\"reason\": \"补发\"}")
                .post("/api/relief/cases/{id}/reissue", returnedCase).then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/account-not-corrected"));
        fixtures.changeAccount(returned, "6217995000012345678");
        String reissueBatch = given().contentType(ContentType.JSON).body("{\"reason\": \"账户已更正, 补发\"}")
                .post("/api/relief/cases/{id}/reissue", returnedCase).then().statusCode(201)
                .body("lines", equalTo(1)).body("flagged.caseId", contains(returnedCase.toString()))
                .extract().path("batchId");
        UUID reissue = PaymentCommands.paymentIdOf(returnedCase, 1, 2);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/relief/payment-batches/{id}", reissueBatch).then()
                        .body("payments[0].paymentId", equalTo(reissue.toString()))
                        .body("payments[0].reissueOf", equalTo(returnedPayment.toString()))
                        .body("payments[0].accountNumber", equalTo("6217995000012345678")));
        fixtures.confirm(UUID.fromString(reissueBatch), reissue, "陈一林", "county-finance-2");
        fixtures.release(UUID.fromString(reissueBatch));
        given().contentType("text/csv").body("paymentId,amount,status\n" + reissue + ",3600.00,PAID\n")
                .post("/api/relief/payment-batches/{id}/bank-results", reissueBatch).then().statusCode(200)
                .body("paidCount", equalTo(1)).body("mismatches", hasSize(0));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/relief/funds/{id}/ledger", fund).then()
                        .body("allocatedFen", equalTo(10 * (int) AMOUNT))
                        .body("committedFen", equalTo(2 * (int) AMOUNT))
                        .body("paidFen", equalTo(2 * (int) AMOUNT))
                        .body("returnedFen", equalTo((int) AMOUNT))
                        .body("outstandingFen", equalTo(0))
                        .body("availableFen", equalTo(8 * (int) AMOUNT)));
        given().get("/api/relief/paid-lists?village={v}&disasterId={d}", village, disaster).then().statusCode(200)
                .body("households", equalTo(2)).body("totalFen", equalTo(2 * (int) AMOUNT))
                .body("entries.payeeName", containsInAnyOrder("冯十田", "陈一林"));
        byte[] pdf = given().get("/api/relief/paid-lists/pdf?village={v}&disasterId={d}", village, disaster).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new com.lowagie.text.pdf.PdfReader(pdf).getNumberOfPages()).isEqualTo(1);
        given().contentType(ContentType.JSON).body(batch(village))
                .post("/api/relief/payment-batches").then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/nothing-to-pay"));
    }

    @Test
    void anAmountApprovedInTwoInstalmentsIsPaidByTwoBatchesToTheFen() {
        String village = "500118116216";
        long amount = 2 * AMOUNT + 1;
        UUID caseId = fixtures.approvedCase(fixtures.household(village, "秦一期"), disaster, fund, amount, 2);
        UUID first = PaymentCommands.paymentIdOf(caseId, 1, 1);
        UUID second = PaymentCommands.paymentIdOf(caseId, 2, 1);

        String batch1 = given().contentType(ContentType.JSON).body(batch(village))
                .post("/api/relief/payment-batches").then().statusCode(201)
                .body("lines", equalTo(1)).body("totalFen", equalTo((int) AMOUNT + 1)).extract().path("batchId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/relief/payment-batches/{id}", batch1).then().statusCode(200)
                        .body("payments[0].paymentId", equalTo(first.toString()))
                        .body("payments[0].instalment", equalTo(1)).body("payments[0].instalments", equalTo(2)));
        given().contentType(ContentType.JSON).body(batch(village))
                .post("/api/relief/payment-batches").then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/nothing-to-pay"));
        fixtures.release(UUID.fromString(batch1));
        given().contentType("text/csv").body("paymentId,amount,status\n" + first + ",3600.01,PAID\n")
                .post("/api/relief/payment-batches/{id}/bank-results", batch1).then().statusCode(200)
                .body("paidCount", equalTo(1)).body("mismatches", hasSize(0));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/relief/cases/{id}", caseId).then()
                        .body("paymentStatus", equalTo("PART_PAID"))
                        .body("instalments.of", equalTo(2)).body("instalments.paid", equalTo(1)));

        String batch2 = given().contentType(ContentType.JSON).body(batch(village))
                .post("/api/relief/payment-batches").then().statusCode(201)
                .body("lines", equalTo(1)).body("totalFen", equalTo((int) AMOUNT)).extract().path("batchId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/relief/payment-batches/{id}", batch2).then().statusCode(200)
                        .body("payments[0].paymentId", equalTo(second.toString()))
                        .body("payments[0].instalment", equalTo(2)));
        fixtures.release(UUID.fromString(batch2));
        given().contentType("text/csv").body("paymentId,amount,status\n" + second + ",3600.00,PAID\n")
                .post("/api/relief/payment-batches/{id}/bank-results", batch2).then().statusCode(200)
                .body("paidCount", equalTo(1)).body("mismatches", hasSize(0));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            given().get("/api/relief/cases/{id}", caseId).then().body("paymentStatus", equalTo("PAID"))
                    .body("instalments.paid", equalTo(2));
            given().get("/api/relief/funds/{id}/ledger", fund).then().body("paidFen", equalTo((int) amount));
        });
        given().contentType(ContentType.JSON).body(batch(village))
                .post("/api/relief/payment-batches").then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/nothing-to-pay"));
    }

    @Test
    void fourUploadsOfOneResultFileAtOnceRecordEachPaymentsOutcomeOnce() throws Exception {
        String village = "500118116215";
        List<UUID> caseIds = new ArrayList<>();
        for (String head : List.of("沈一溪", "韩二溪", "杨三溪")) {
            caseIds.add(fixtures.approvedCase(fixtures.household(village, head), disaster, fund, AMOUNT));
        }
        String batchId = given().contentType(ContentType.JSON).body(batch(village))
                .post("/api/relief/payment-batches").then().statusCode(201).body("lines", equalTo(3))
                .extract().path("batchId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/relief/payment-batches/{id}", batchId).then().statusCode(200)
                        .body("payments", hasSize(3)));
        fixtures.release(UUID.fromString(batchId));
        StringBuilder result = new StringBuilder("paymentId,amount,status,reason,bankReference\n");
        for (UUID caseId : caseIds) {
            result.append(PaymentCommands.paymentIdOf(caseId, 1, 1)).append(",3600.00,PAID,,B-").append(caseId)
                    .append('\n');
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<List<Integer>>> uploads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            uploads.add(() -> {
                var answer = given().contentType("text/csv; charset=UTF-8").body(result.toString())
                        .post("/api/relief/payment-batches/{id}/bank-results", batchId).then().extract();
                return List.of(answer.statusCode(), answer.statusCode() == 200 ? answer.path("paidCount") : -1,
                        answer.statusCode() == 200 ? answer.path("mismatches.size()") : -1);
            });
        }
        List<List<Integer>> answers = new ArrayList<>();
        for (Future<List<Integer>> upload : pool.invokeAll(uploads)) {
            answers.add(upload.get());
        }
        pool.shutdown();
        assertThat(answers).containsOnly(List.of(200, 3, 0));
        for (UUID caseId : caseIds) {
            assertThat(fixtures.events("PaymentConfirmed", "caseId", caseId.toString())).isEqualTo(1);
        }
        assertThat(fixtures.events("PaymentsSettled", "batchId", batchId)).isBetween(1L, 4L);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (UUID caseId : caseIds) {
                given().get("/api/relief/cases/{id}", caseId).then().body("paymentStatus", equalTo("PAID"));
            }
        });
    }

    @Test
    void anUnreadableResultFileIsAProblemAndChangesNothing() {
        Household household = fixtures.household("500118116213", "褚二岭");
        UUID caseId = fixtures.approvedCase(household, disaster, fund, AMOUNT);
        String batchId = given().contentType(ContentType.JSON).body(batch("500118116213"))
                .post("/api/relief/payment-batches").then().statusCode(201).extract().path("batchId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/relief/payment-batches/{id}", batchId).then().statusCode(200));
        given().contentType("text/csv").body("id,money\nx,1\n")
                .post("/api/relief/payment-batches/{id}/bank-results", batchId).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("header"));
        given().contentType("text/csv").body("paymentId,amount,status\n" + PaymentCommands.paymentIdOf(caseId, 1, 1)
                        + ",36x,PAID\n")
                .post("/api/relief/payment-batches/{id}/bank-results", batchId).then().statusCode(400);
        assertThat(fixtures.events("PaymentConfirmed", "caseId", caseId.toString())).isZero();
        assertThat(fixtures.events("BankResultRecorded", "batchId", batchId)).isZero();
    }

    @Test
    void anApprovalNotPaidWithinEightWorkingDaysIsOnTheDeadlinesBoard() {
        Household household = fixtures.household("500118116214", "卫三沟");
        UUID caseId = fixtures.approvedCase(household, disaster, fund, AMOUNT);
        given().get("/api/relief/deadlines?division=500118116214&asOf={d}",
                        ReliefFixtures.today().plusDays(30).toString()).then().statusCode(200)
                .body("payoutOverdue.caseId", contains(caseId.toString()));
        given().get("/api/relief/deadlines?division=500118116214").then().statusCode(200)
                .body("payoutOverdue", hasSize(0));
    }
}
