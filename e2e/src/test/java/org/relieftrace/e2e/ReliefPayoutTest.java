package org.relieftrace.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * 过渡期生活救助 end to end: 40 households of a flooded village of 朱沱镇 are registered with their one-card accounts
 * through the registry's API, get TRANSITIONAL relief for three months at the standard through appraisal, public
 * notice (a paper list recorded after the fact and confirmed by the county), township review and county approval, and are paid in a bank batch; one upheld objection keeps a household
 * off the batch, two payments come back from the bank and are reissued once the accounts are corrected, and the
 * fund's ledger balances to the fen.
 */
@ExtendWith(RunningSystem.class)
class ReliefPayoutTest {

    private static final String COUNTY = "500118000000";
    private static final String ZHUTUO = "500118116000";
    private static final String VILLAGE = "500118116201";
    private static final int HOUSEHOLDS = 40;
    /** 600 yuan per person per month, for 2 persons and 3 months. */
    private static final long AMOUNT = 60_000L * 2 * 3;
    private static final long ALLOCATED = 20_000_000L;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private record Home(String householdId, String headName, String caseId) {
    }

    private static RequestSpecification registry(String user) {
        return given().baseUri(RunningSystem.registry()).auth().oauth2(Tokens.cached(user))
                .contentType(ContentType.JSON).header("Accept-Language", "en");
    }

    private static RequestSpecification relief(String user) {
        return given().baseUri(RunningSystem.relief()).auth().oauth2(Tokens.cached(user))
                .contentType(ContentType.JSON).header("Accept-Language", "en");
    }

    private static String account(int n) {
        return String.format("622848%010d", 1_000_000L * 7 + n * 13L + System.nanoTime() % 1000);
    }

    @Test
    void aFloodedVillageIsPaidItsTransitionalReliefAndTheFundBalancesToTheFen() {
        String disasterId = registry("county-civil").body("""
                        {"type": "FLOOD", "name": "朱沱镇暴雨洪涝 %s", "startedAt": "2026-07-10T08:00:00+08:00",
                         "responseLevel": "III", "affectedDivisionCodes": ["%s"], "reason": "县防指启动三级响应"}
                        """.formatted(UUID.randomUUID(), ZHUTUO))
                .post("/api/registry/disasters").then().statusCode(201).extract().path("disasterId");

        List<Home> homes = new ArrayList<>();
        for (int i = 1; i <= HOUSEHOLDS; i++) {
            String head = "户主" + i + "号";
            String householdId = registry("village-civil").body("""
                            {"divisionCode": "%s", "address": "朱沱镇第2村%d组", "reason": "灾后登记",
                             "head": {"name": "%s", "idNumber": "%s", "phone": "13800%06d"}}
                            """.formatted(VILLAGE, i % 6 + 1, head, People.freshResidentId(), i))
                    .post("/api/registry/households").then().statusCode(201).extract().path("householdId");
            homes.add(new Home(householdId, head, null));
        }
        for (int i = 1; i <= HOUSEHOLDS; i++) {
            Home home = homes.get(i - 1);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    registry("village-civil").get("/api/registry/households/{id}", home.householdId()).then()
                            .statusCode(200));
            registry("village-civil").body("""
                            {"person": {"name": "%s之妻", "idNumber": "%s", "relation": "配偶"}, "reason": "登记"}
                            """.formatted(home.headName(), People.freshResidentId()))
                    .post("/api/registry/households/{id}/members", home.householdId()).then().statusCode(201);
            registry("village-civil").body("""
                            {"holder": "HEAD", "bank": "重庆农村商业银行", "accountNumber": "%s", "holderName": "%s",
                             "reason": "一卡通开户"}""".formatted(account(i), home.headName()))
                    .put("/api/registry/households/{id}/payout-account", home.householdId()).then().statusCode(204);
        }

        relief("county-civil").body("""
                        {"countyCode": "%s", "category": "TRANSITIONAL", "effectiveFrom": "2026-01-01",
                         "perPersonMonthlyFen": 60000, "documentNumber": "永民发〔2026〕15号"}""".formatted(COUNTY))
                .post("/api/relief/standards").then().statusCode(201);
        String fundId = relief("county-finance").body("""
                        {"countyCode": "%s", "sourceLevel": "CENTRAL", "documentNumber": "财建〔2026〕%s",
                         "title": "中央自然灾害救灾资金", "disasterId": "%s", "category": "TRANSITIONAL",
                         "amountFen": %d}""".formatted(COUNTY, UUID.randomUUID(), disasterId, ALLOCATED))
                .post("/api/relief/funds").then().statusCode(201).extract().path("fundId");
        // the ledger is a projection: apportion once the fund is known there
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> relief("county-finance")
                .get("/api/relief/funds/{id}/ledger", fundId).then().statusCode(200));
        // 资金分配: raised by one finance user, approved by another (maker–checker)
        String apportionmentId = relief("county-finance")
                .body("{\"townshipCode\": \"" + ZHUTUO + "\", \"amountFen\": 15000000}")
                .post("/api/relief/funds/{id}/apportion", fundId).then().statusCode(201)
                .body("status", equalTo("PENDING")).extract().path("apportionmentId");
        relief("county-finance").body("{\"approve\": true}")
                .post("/api/relief/funds/{id}/apportionments/{a}/approval", fundId, apportionmentId).then()
                .statusCode(409).body("type", equalTo("https://relieftrace.org/problems/separation-of-duties"));
        relief("county-finance2").body("{\"approve\": true, \"reason\": \"复核无误\"}")
                .post("/api/relief/funds/{id}/apportionments/{a}/approval", fundId, apportionmentId).then()
                .statusCode(200).body("shareFen", equalTo(15000000));

        for (Home home : homes) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    relief("village-civil").get("/api/relief/households/{id}", home.householdId()).then()
                            .statusCode(200).body("members", hasSize(2)).body("accountHolderName",
                                    equalTo(home.headName())));
        }

        // 户报、村评: the village nominates 39 households, the county civil-affairs office the 40th
        List<Home> cases = new ArrayList<>();
        for (int i = 0; i < HOUSEHOLDS; i++) {
            String proposer = i == HOUSEHOLDS - 1 ? "county-civil" : "village-civil";
            String caseId = relief(proposer).body(caseBody(homes.get(i).householdId(), disasterId))
                    .post("/api/relief/cases").then().statusCode(201).extract().path("caseId");
            cases.add(new Home(homes.get(i).householdId(), homes.get(i).headName(), caseId));
        }
        relief("village-civil").body(caseBody(homes.get(0).householdId(), disasterId))
                .post("/api/relief/cases").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/case-already-exists"))
                .body("detail", containsString(cases.get(0).caseId()));
        for (Home home : cases) {
            awaitStatus(home.caseId(), "OPEN");
            relief("village-civil").body("""
                            {"membersCovered": 2, "months": 3, "minutesReference": "第2村村民代表会议记录2026-07",
                             "appraisedOn": "%s", "reason": "民主评议"}""".formatted(TODAY.minusDays(9)))
                    .post("/api/relief/cases/{id}/village-assessment", home.caseId()).then().statusCode(204);
        }
        cases.forEach(home -> awaitStatus(home.caseId(), "APPRAISED"));

        // 公示: the service dates a notice itself, so a list put up on paper eight days ago is recorded after the
        // fact; it counts from today until a county user other than its recorder confirms it
        relief("village-civil").body("""
                        {"villageCode": "%s", "postedOn": "%s", "reason": "村务公开栏张贴"}"""
                        .formatted(VILLAGE, TODAY.minusDays(8)))
                .post("/api/relief/public-notices").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("postedOn"));
        String noticeId = relief("village-civil").body("""
                        {"villageCode": "%s", "postedOn": "%s", "documentReference": "第2村村务公开栏照片 2026-07",
                         "reason": "纸质名单已于村务公开栏张贴"}""".formatted(VILLAGE, TODAY.minusDays(8)))
                .post("/api/relief/public-notices/paper").then().statusCode(201).body("cases", equalTo(HOUSEHOLDS))
                .extract().path("noticeId");
        cases.forEach(home -> awaitStatus(home.caseId(), "ON_NOTICE"));
        relief("zhutuo-civil").body("{\"decision\": \"PASS\", \"opinion\": \"经审核符合条件\"}")
                .post("/api/relief/cases/{id}/township-review", cases.get(0).caseId()).then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/notice-not-complete"));
        relief("village-civil").body("{\"reason\": \"核对无误\"}")
                .post("/api/relief/public-notices/{id}/confirmation", noticeId).then().statusCode(403);
        relief("county-civil").body("{\"reason\": \"已核对公开栏照片，名单自张贴之日起公示满7天\"}")
                .post("/api/relief/public-notices/{id}/confirmation", noticeId).then().statusCode(204);
        cases.forEach(home -> await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                relief("county-finance").get("/api/relief/cases/{id}", home.caseId()).then()
                        .body("noticeRecordedAfterTheFact", equalTo(true))
                        .body("noticeRunsUntil", equalTo(TODAY.minusDays(1).toString()))));
        relief("village-civil").get("/api/relief/public-notices/{id}", noticeId).then().statusCode(200)
                .body("entries", hasSize(HOUSEHOLDS)).body("entries[0].proposedAmountFen", equalTo((int) AMOUNT))
                .body("recordedAfterTheFact", equalTo(true)).body("confirmedBy", equalTo("county-civil"));
        Home objected = cases.get(6);
        String objectionId = relief("village-civil").body("""
                        {"objector": "村民代表", "content": "该户在镇上另有住房，未受灾", "reason": "公示期收到异议"}""")
                .post("/api/relief/cases/{id}/objections", objected.caseId()).then().statusCode(201)
                .extract().path("objectionId");
        relief("zhutuo-civil").body("{\"upheld\": true, \"finding\": \"经入户核实，异议成立\"}")
                .post("/api/relief/cases/{id}/objections/{o}/resolution", objected.caseId(), objectionId)
                .then().statusCode(204);
        awaitStatus(objected.caseId(), "RETURNED");

        // 乡审、县定
        List<Home> approved = cases.stream().filter(home -> home != objected).toList();
        for (Home home : approved) {
            relief("zhutuo-civil").body("{\"decision\": \"PASS\", \"opinion\": \"经审核符合条件\"}")
                    .post("/api/relief/cases/{id}/township-review", home.caseId()).then().statusCode(204);
        }
        approved.forEach(home -> awaitStatus(home.caseId(), "REVIEWED"));
        Home countyProposed = cases.get(HOUSEHOLDS - 1);
        relief("county-civil").body(approval(fundId))
                .post("/api/relief/cases/{id}/county-approval", countyProposed.caseId()).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/separation-of-duties"))
                .body("detail", equalTo("county-civil raised or already handled case "
                        + countyProposed.caseId() + " and cannot approve it; another user must do it."));
        relief("village-civil").body(approval(fundId))
                .post("/api/relief/cases/{id}/county-approval", cases.get(0).caseId()).then().statusCode(403)
                .contentType("application/problem+json");
        for (Home home : approved) {
            String approver = home == countyProposed ? "admin" : "county-civil";
            relief(approver).body(approval(fundId))
                    .post("/api/relief/cases/{id}/county-approval", home.caseId()).then().statusCode(204);
        }
        approved.forEach(home -> awaitStatus(home.caseId(), "APPROVED"));

        // 发放批次 and the bank file
        int paidCases = HOUSEHOLDS - 1;
        String batchId = relief("county-finance").body("""
                        {"divisionCode": "%s", "disasterId": "%s", "title": "过渡期生活救助第1批", "reason": "按月发放"}
                        """.formatted(VILLAGE, disasterId))
                .post("/api/relief/payment-batches").then().statusCode(201)
                .body("lines", equalTo(paidCases)).body("totalFen", equalTo((int) (paidCases * AMOUNT)))
                .body("held", hasSize(0)).extract().path("batchId");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                relief("county-finance").get("/api/relief/payment-batches/{id}", batchId).then().statusCode(200)
                        .body("payments", hasSize(paidCases)));
        // 双人复核: no bank file before a second finance user releases the batch; its maker cannot
        relief("county-finance").get("/api/relief/payment-batches/{id}/bank-file", batchId).then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/batch-not-released"));
        relief("county-finance").post("/api/relief/payment-batches/{id}/release", batchId).then().statusCode(409)
                .body("type", equalTo("https://relieftrace.org/problems/separation-of-duties"));
        relief("county-finance2").post("/api/relief/payment-batches/{id}/release", batchId).then().statusCode(200)
                .body("fileNo", equalTo(1)).body("lines", equalTo(paidCases));
        String file = relief("county-finance").get("/api/relief/payment-batches/{id}/bank-file", batchId)
                .then().statusCode(200).extract().asString();
        List<String> lines = file.lines().toList();
        assertThat(lines).hasSize(paidCases + 3);
        assertThat(lines.get(paidCases + 1)).isEqualTo("TOTAL," + paidCases + "," + yuan(paidCases * AMOUNT));
        assertThat(file).doesNotContain(objected.caseId());

        // 银行回盘: two payments come back
        List<Map<String, Object>> payments = relief("county-finance")
                .get("/api/relief/payment-batches/{id}", batchId).then().extract().path("payments");
        Home closedAccount = cases.get(2);
        Home nameMismatch = cases.get(4);
        StringBuilder result = new StringBuilder("paymentId,accountNumber,amount,status,reason,bankReference\n");
        for (Map<String, Object> payment : payments) {
            String caseId = (String) payment.get("caseId");
            String outcome = caseId.equals(closedAccount.caseId()) ? "FAILED,账户已销户,"
                    : caseId.equals(nameMismatch.caseId()) ? "FAILED,户名不符," : "PAID,,B" + payment.get("lineNo");
            result.append(payment.get("paymentId")).append(',').append(payment.get("accountNumber")).append(',')
                    .append(yuan(((Number) payment.get("amountFen")).longValue())).append(',').append(outcome)
                    .append('\n');
        }
        relief("county-finance").contentType("text/csv; charset=UTF-8").body(result.toString())
                .post("/api/relief/payment-batches/{id}/bank-results", batchId).then().statusCode(200)
                .body("paidCount", equalTo(paidCases - 2)).body("failedCount", equalTo(2))
                .body("failedFen", equalTo((int) (2 * AMOUNT))).body("mismatches", hasSize(0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                relief("county-finance").get("/api/relief/cases/{id}", nameMismatch.caseId()).then()
                        .body("paymentStatus", equalTo("FAILED")).body("failureReason", equalTo("户名不符")));

        // 补发: the accounts are corrected in the registry, the payments reissued and paid
        for (Home failed : List.of(closedAccount, nameMismatch)) {
            relief("county-finance").body("{\"reason\": \"补发\"}")
                    .post("/api/relief/cases/{id}/reissue", failed.caseId()).then().statusCode(409)
                    .body("type", equalTo("https://relieftrace.org/problems/account-not-corrected"));
            String corrected = account(100 + cases.indexOf(failed));
            registry("village-civil").body("""
                            {"holder": "HEAD", "bank": "中国邮政储蓄银行", "accountNumber": "%s", "holderName": "%s",
                             "reason": "原账户被银行退回，更换一卡通"}""".formatted(corrected, failed.headName()))
                    .put("/api/registry/households/{id}/payout-account", failed.householdId()).then().statusCode(204);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    relief("county-finance").get("/api/relief/households/{id}", failed.householdId()).then()
                            .body("maskedAccountNumber", equalTo("*".repeat(corrected.length() - 4)
                                    + corrected.substring(corrected.length() - 4))));
            String reissueBatch = relief("county-finance").body("{\"reason\": \"账户已更正，补发\"}")
                    .post("/api/relief/cases/{id}/reissue", failed.caseId()).then().statusCode(201)
                    .body("lines", equalTo(1)).body("flagged", hasSize(1)).extract().path("batchId");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    relief("county-finance").get("/api/relief/payment-batches/{id}", reissueBatch).then()
                            .body("payments", hasSize(1)).body("payments[0].reissueOf", notNullValue())
                            .body("payments[0].accountNumber", equalTo(corrected)));
            String reissued = relief("county-finance").get("/api/relief/payment-batches/{id}", reissueBatch)
                    .then().body("payments[0].held.code", equalTo("account-recently-changed"))
                    .extract().path("payments[0].paymentId");
            // the changed account's payment is held out of the bank file until a second check matches the holder
            relief("county-finance2").post("/api/relief/payment-batches/{id}/release", reissueBatch).then()
                    .statusCode(409).body("type", equalTo("https://relieftrace.org/problems/nothing-to-release"));
            String confirmation = "/api/relief/payment-batches/{b}/payments/{p}/account-confirmation";
            relief("county-finance").body("{\"holderName\": \"" + failed.headName() + "\"}")
                    .post(confirmation, reissueBatch, reissued).then().statusCode(409)
                    .body("type", equalTo("https://relieftrace.org/problems/separation-of-duties"));
            relief("village-civil").body("{\"holderName\": \"" + failed.headName() + "\"}")
                    .post(confirmation, reissueBatch, reissued).then().statusCode(409)
                    .body("type", equalTo("https://relieftrace.org/problems/separation-of-duties"));
            relief("county-finance2").body("{\"holderName\": \"" + failed.headName() + "某\"}")
                    .post(confirmation, reissueBatch, reissued).then().statusCode(409)
                    .body("type", equalTo("https://relieftrace.org/problems/account-holder-mismatch"));
            relief("county-finance2").body("{\"holderName\": \"" + failed.headName() + "\", \"reason\": \"电话核实\"}")
                    .post(confirmation, reissueBatch, reissued).then().statusCode(204);
            relief("county-finance2").post("/api/relief/payment-batches/{id}/release", reissueBatch).then()
                    .statusCode(200).body("fileNo", equalTo(1)).body("lines", equalTo(1));
            assertThat(relief("county-finance").get("/api/relief/payment-batches/{id}/bank-file", reissueBatch)
                    .then().statusCode(200).extract().asString()).contains(corrected);
            relief("county-finance").contentType("text/csv; charset=UTF-8")
                    .body("paymentId,amount,status\n" + reissued + "," + yuan(AMOUNT) + ",PAID\n")
                    .post("/api/relief/payment-batches/{id}/bank-results", reissueBatch).then().statusCode(200)
                    .body("paidCount", equalTo(1));
        }

        // the fund's ledger balances to the fen; the household with the upheld objection was not paid
        long committed = paidCases * AMOUNT;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                relief("county-finance").get("/api/relief/funds/{id}/ledger", fundId).then().statusCode(200)
                        .body("allocatedFen", equalTo((int) ALLOCATED))
                        .body("committedFen", equalTo((int) committed))
                        .body("paidFen", equalTo((int) committed))
                        .body("returnedFen", equalTo((int) (2 * AMOUNT)))
                        .body("outstandingFen", equalTo(0))
                        .body("availableFen", equalTo((int) (ALLOCATED - committed))));
        relief("county-finance").get("/api/relief/cases/{id}", objected.caseId()).then()
                .body("status", equalTo("RETURNED")).body("paymentStatus", nullValue());
        relief("village-civil").get("/api/relief/paid-lists?village={v}&disasterId={d}", VILLAGE, disasterId)
                .then().statusCode(200).body("households", equalTo(paidCases))
                .body("totalFen", equalTo((int) committed));
    }

    private static String caseBody(String householdId, String disasterId) {
        return """
                {"householdId": "%s", "category": "TRANSITIONAL", "disasterId": "%s", "period": "2026-07",
                 "origin": "NOMINATION", "statement": "房屋进水，暂不能居住", "reason": "村民小组提名"}
                """.formatted(householdId, disasterId);
    }

    private static String approval(String fundId) {
        return "{\"decision\": \"APPROVE\", \"fundId\": \"" + fundId + "\", \"opinion\": \"同意，按标准发放\"}";
    }

    private static void awaitStatus(String caseId, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                relief("county-finance").get("/api/relief/cases/{id}", caseId).then().statusCode(200)
                        .body("status", equalTo(status)));
    }

    private static String yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
