package org.relieftrace.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
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
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/**
 * The five relief categories end to end, each from the household's application to the bank's confirmation: EMERGENCY
 * and WINTER_SPRING per person, TRANSITIONAL per person and month, CONDOLENCE for a member whose death the registry
 * recorded (paid to the family), HOUSING by damage grade (a collapsed and a severely damaged house), in the
 * instalments its standard sets (分期拨付), one batch each. Each approved amount, and each instalment of it, is checked
 * to the fen against the county's standard in force on the day of the decision, and each category's fund ledger
 * balances: committed = paid, nothing outstanding.
 */
@ExtendWith(RunningSystem.class)
class ReliefCategoriesTest {

    private static final String COUNTY = "500118000000";
    private static final String ZHUTUO = "500118116000";
    private static final String VILLAGE = "500118116201";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    /** A household of two (head and spouse) with the head's one-card account. */
    private record Home(String householdId, String headId, String headName, String spouseId) {
    }

    /** What the village appraises: members covered, months, deceased persons, damage grade. */
    private record Need(int members, int months, int deceased, String grade) {
    }

    /** A case on its way: its household, category and appraised need, and the fund it is paid from. */
    private record Walk(Home home, String category, Need need, String fundId, String caseId) {
    }

    static RequestSpecification registry(String user) {
        return given().baseUri(RunningSystem.registry()).auth().oauth2(Tokens.cached(user))
                .contentType(ContentType.JSON).header("Accept-Language", "en");
    }

    static RequestSpecification relief(String user) {
        return given().baseUri(RunningSystem.relief()).auth().oauth2(Tokens.cached(user))
                .contentType(ContentType.JSON).header("Accept-Language", "en");
    }

    @Test
    void eachCategoryIsPaidTheStandardInForceToTheFenAndItsFundBalances() {
        String disasterId = declareDisaster();
        Home bereaved = household("遇难户主");
        condolenceRefusedWithoutADeath(household("无人遇难户"), disasterId);
        recordDeath(bereaved, bereaved.spouseId(), "2026-07-11");

        List<Walk> walks = List.of(
                walk(household("过渡户"), "TRANSITIONAL", new Need(2, 3, 0, null), null, disasterId),
                walk(household("应急户"), "EMERGENCY", new Need(2, 0, 0, null), null, disasterId),
                walk(household("冬春户"), "WINTER_SPRING", new Need(2, 0, 0, null), null, disasterId),
                walk(bereaved, "CONDOLENCE", new Need(0, 0, 1, null), bereaved.spouseId(), disasterId),
                walk(household("倒房户"), "HOUSING", new Need(0, 0, 0, "COLLAPSED"), null, disasterId),
                walk(household("损房户"), "HOUSING", new Need(0, 0, 0, "SEVERELY_DAMAGED"), null, disasterId));
        walks.forEach(walk -> appraise(walk, TODAY.minusDays(9)));
        postNotice(walks);
        walks.forEach(walk -> review(walk.caseId()));
        walks.forEach(walk -> approve(walk.caseId(), walk.fundId(), expectedFen(walk, TODAY)));

        int rounds = walks.stream().mapToInt(ReliefCategoriesTest::instalments).max().orElseThrow();
        assertThat(rounds).as("the HOUSING standard in force pays in instalments").isGreaterThan(1);
        for (int instalment = 1; instalment <= rounds; instalment++) {
            int number = instalment;
            List<Walk> due = walks.stream().filter(walk -> instalments(walk) >= number).toList();
            long total = due.stream().mapToLong(walk -> instalmentFen(walk, number)).sum();
            String batchId = ReliefPayouts.issueBatch(disasterId, due.size(), total);
            ReliefPayouts.reportBankResults(batchId, due.size());
            due.stream().filter(walk -> instalments(walk) > number).forEach(walk ->
                    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> relief("county-finance")
                            .get("/api/relief/cases/{id}", walk.caseId()).then()
                            .body("paymentStatus", equalTo("PART_PAID")).body("instalments.paid", equalTo(number))));
        }
        for (Walk walk : walks) {
            ReliefPayouts.awaitPaid(walk.caseId());
            ReliefPayouts.awaitLedgerBalanced(walk.fundId(), expectedFen(walk, TODAY));
        }
    }

    // ---- the registry: disaster, households, a death

    private static String declareDisaster() {
        return registry("county-civil").body("""
                        {"type": "FLOOD", "name": "朱沱镇五类救助 %s", "startedAt": "2026-07-10T08:00:00+08:00",
                         "responseLevel": "III", "affectedDivisionCodes": ["%s"], "reason": "县防指启动三级响应"}
                        """.formatted(UUID.randomUUID(), ZHUTUO))
                .post("/api/registry/disasters").then().statusCode(201).extract().path("disasterId");
    }

    private static Home household(String label) {
        String head = label + (System.nanoTime() % 100_000);
        String householdId = registry("village-civil").body("""
                        {"divisionCode": "%s", "address": "朱沱镇第2村3组", "reason": "灾后登记",
                         "head": {"name": "%s", "idNumber": "%s", "phone": "13900000000"}}
                        """.formatted(VILLAGE, head, People.freshResidentId()))
                .post("/api/registry/households").then().statusCode(201).extract().path("householdId");
        String headId = await().atMost(Duration.ofSeconds(30)).until(() -> registry("village-civil")
                .get("/api/registry/households/{id}", householdId).then().extract().path("headPersonId"),
                java.util.Objects::nonNull);
        String spouseId = registry("village-civil").body("""
                        {"person": {"name": "%s之妻", "idNumber": "%s", "relation": "配偶"}, "reason": "登记"}
                        """.formatted(head, People.freshResidentId()))
                .post("/api/registry/households/{id}/members", householdId).then().statusCode(201)
                .extract().path("personId");
        registry("village-civil").body("""
                        {"holder": "HEAD", "bank": "重庆农村商业银行", "accountNumber": "6228481%09d",
                         "holderName": "%s", "reason": "一卡通开户"}""".formatted(System.nanoTime() % 1_000_000_000L,
                        head))
                .put("/api/registry/households/{id}/payout-account", householdId).then().statusCode(204);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                relief("village-civil").get("/api/relief/households/{id}", householdId).then().statusCode(200)
                        .body("members", hasSize(2)).body("accountHolderName", equalTo(head)));
        return new Home(householdId, headId, head, spouseId);
    }

    private static void recordDeath(Home home, String personId, String on) {
        registry("village-civil").body("""
                        {"dateOfDeath": "%s", "documentReference": "死亡证明 朱沱2026-%s", "cause": "因灾遇难",
                         "reason": "洪灾遇难，死亡登记"}""".formatted(on, personId.substring(0, 8)))
                .post("/api/registry/households/{id}/members/{person}/death", home.householdId(), personId)
                .then().statusCode(204);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                relief("village-civil").get("/api/relief/households/{id}", home.householdId()).then()
                        .body("members.find { it.personId == '" + personId + "' }.alive", equalTo(false)));
    }

    // ---- the county: standards and funds

    /**
     * The amount the county's standard in force on {@code day} gives for the walk's need, worked out here from the
     * standard's published rates (per person per month, per person, per deceased person, per damage grade; capped per
     * household).
     */
    private static long expectedFen(Walk walk, LocalDate day) {
        Map<String, Object> standard = standardInForce(walk.category(), day);
        Need need = walk.need();
        long amount = switch (walk.category()) {
            case "TRANSITIONAL" -> fen(standard, "perPersonMonthlyFen") * need.members() * need.months();
            case "EMERGENCY", "WINTER_SPRING" -> fen(standard, "perPersonFen") * need.members();
            case "CONDOLENCE" -> fen(standard, "perDeceasedFen") * need.deceased();
            case "HOUSING" -> fen(standard, switch (need.grade()) {
                case "COLLAPSED" -> "collapsedFen";
                case "SEVERELY_DAMAGED" -> "severelyDamagedFen";
                default -> "generallyDamagedFen";
            });
            default -> throw new IllegalArgumentException(walk.category());
        };
        assertThat(amount).as("the standard for %s pays something", walk.category()).isPositive();
        long cap = fen(standard, "householdCapFen");
        return cap > 0 ? Math.min(amount, cap) : amount;
    }

    /** In how many instalments the standard in force today pays the walk's category (HOUSING only; else one). */
    private static int instalments(Walk walk) {
        long set = fen(standardInForce(walk.category(), TODAY), "housingInstalments");
        return walk.category().equals("HOUSING") ? (int) Math.max(1, set) : 1;
    }

    /** Instalment {@code number} of the walk's amount: equal parts in fen, the odd fen on the first. */
    private static long instalmentFen(Walk walk, int number) {
        long amount = expectedFen(walk, TODAY);
        int of = instalments(walk);
        long part = amount / of;
        return number == 1 ? amount - part * (of - 1) : part;
    }

    /**
     * The version of the county's standard for the category in force on the day; when none is (no sample data), one
     * is set from a day no other test uses.
     */
    private static Map<String, Object> standardInForce(String category, LocalDate day) {
        if (inForce(category, day) == null) {
            relief("county-civil").body("""
                            {"countyCode": "%s", "category": "%s", "effectiveFrom": "2025-06-01",
                             "perPersonMonthlyFen": 60000, "perPersonFen": 30000, "perDeceasedFen": 2000000,
                             "collapsedFen": 4000000, "severelyDamagedFen": 2000000, "generallyDamagedFen": 500000,
                             %s "documentNumber": "永民发〔2026〕五类救助测试"}""".formatted(COUNTY, category,
                            category.equals("HOUSING") ? "\"housingInstalments\": 2," : ""))
                    .post("/api/relief/standards").then().statusCode(anyOf(is(201), is(409)));
            await().atMost(Duration.ofSeconds(30)).until(() -> inForce(category, day) != null);
        }
        return inForce(category, day);
    }

    private static Map<String, Object> inForce(String category, LocalDate day) {
        List<Map<String, Object>> versions = relief("county-civil")
                .get("/api/relief/standards?division={c}&size=500", COUNTY).then().statusCode(200)
                .extract().path("items.findAll { it.category == '" + category + "' }");
        return versions.stream().filter(v -> !LocalDate.parse((String) v.get("effectiveFrom")).isAfter(day))
                .max(Comparator.comparing(v -> (String) v.get("effectiveFrom"))).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static long fen(Map<String, Object> standard, String rate) {
        return ((Number) ((Map<String, Object>) standard.get("amounts")).get(rate)).longValue();
    }

    // ---- the case path: 户报、村评、公示、乡审、县定

    /** A fund for the category and the household's case in it, opened. */
    private static Walk walk(Home home, String category, Need need, String deceasedId, String disasterId) {
        String fundId = ReliefPayouts.fund(category, disasterId);
        String period = category.equals("TRANSITIONAL") ? "2026-07" : "2026";
        return new Walk(home, category, need, fundId, openCase(home, category, disasterId, period, deceasedId));
    }

    /** 户报: the household applies; a CONDOLENCE case names the deceased member. */
    private static String openCase(Home home, String category, String disasterId, String period, String deceasedId) {
        String caseId = relief("village-civil").body(caseBody(home, category, disasterId, period, deceasedId))
                .post("/api/relief/cases").then().statusCode(201).extract().path("caseId");
        awaitStatus(caseId, "OPEN");
        return caseId;
    }

    /** A CONDOLENCE case for a household where nobody died is refused, and nothing is opened. */
    private static void condolenceRefusedWithoutADeath(Home home, String disasterId) {
        relief("village-civil").body(caseBody(home, "CONDOLENCE", disasterId, "2026", home.spouseId()))
                .post("/api/relief/cases").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://relieftrace.org/problems/death-not-recorded"));
        relief("village-civil").get("/api/relief/cases?division={v}&size=500", VILLAGE).then().statusCode(200)
                .body("items.findAll { it.householdId == '" + home.householdId() + "' }", hasSize(0));
    }

    private static String caseBody(Home home, String category, String disasterId, String period, String deceasedId) {
        return """
                {"householdId": "%s", "category": "%s", "disasterId": "%s", "period": "%s", %s
                 "origin": "APPLICATION", "statement": "因灾申请", "reason": "户报"}""".formatted(home.householdId(),
                category, disasterId, period, deceasedId == null ? "" : "\"deceasedPersonId\": \"" + deceasedId
                        + "\",");
    }

    /** 村评: the village appraises the need on the day, at the standard then in force. */
    private static void appraise(Walk walk, LocalDate on) {
        Need need = walk.need();
        relief("village-civil").body("""
                        {"membersCovered": %d, "months": %d, "deceasedPersons": %d, %s
                         "minutesReference": "第2村村民代表会议", "appraisedOn": "%s", "reason": "民主评议"}"""
                        .formatted(need.members(), need.months(), need.deceased(),
                                need.grade() == null ? "" : "\"damageGrade\": \"" + need.grade() + "\",", on))
                .post("/api/relief/cases/{id}/village-assessment", walk.caseId()).then().statusCode(204);
        long expected = expectedFen(walk, on);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> relief("county-finance")
                .get("/api/relief/cases/{id}", walk.caseId()).then().statusCode(200)
                .body("status", equalTo("APPRAISED")).body("proposedAmountFen", equalTo((int) expected)));
    }

    /**
     * 公示: the service dates a notice itself, so the village's list, put up on paper eight days ago for the default
     * seven days, is recorded after the fact and confirmed by a county user other than its recorder.
     */
    private static void postNotice(List<Walk> walks) {
        String noticeId = relief("village-civil").body("""
                        {"villageCode": "%s", "postedOn": "%s", "documentReference": "第2村村务公开栏照片",
                         "reason": "纸质名单已于村务公开栏张贴"}""".formatted(VILLAGE, TODAY.minusDays(8)))
                .post("/api/relief/public-notices/paper").then().statusCode(201).extract().path("noticeId");
        walks.forEach(walk -> awaitStatus(walk.caseId(), "ON_NOTICE"));
        relief("county-civil").body("{\"reason\": \"已核对公开栏照片，名单自张贴之日起公示满7天\"}")
                .post("/api/relief/public-notices/{id}/confirmation", noticeId).then().statusCode(204);
        walks.forEach(walk -> await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> relief("county-finance")
                .get("/api/relief/cases/{id}", walk.caseId()).then()
                        .body("noticeRunsUntil", equalTo(TODAY.minusDays(1).toString()))));
    }

    private static void review(String caseId) {
        relief("zhutuo-civil").body("{\"decision\": \"PASS\", \"opinion\": \"经审核符合条件\"}")
                .post("/api/relief/cases/{id}/township-review", caseId).then().statusCode(204);
        awaitStatus(caseId, "REVIEWED");
    }

    /** 县定: at the standard's amount, which must be the one computed here from the standard in force today. */
    private static void approve(String caseId, String fundId, long expectedFen) {
        relief("county-civil").body("{\"decision\": \"APPROVE\", \"fundId\": \"" + fundId
                        + "\", \"opinion\": \"同意，按标准发放\"}")
                .post("/api/relief/cases/{id}/county-approval", caseId).then().statusCode(204);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> relief("county-finance")
                .get("/api/relief/cases/{id}", caseId).then().body("status", equalTo("APPROVED"))
                .body("approvedOn", equalTo(TODAY.toString())).body("amountFen", equalTo((int) expectedFen)));
    }

    private static void awaitStatus(String caseId, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> relief("county-finance")
                .get("/api/relief/cases/{id}", caseId).then().statusCode(200).body("status", equalTo(status)));
    }
}
