package org.relieftrace.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * The records the authorization matrix and the fuzz test act on, made once through the API: each named as the path
 * parameter (or body property) that takes it, with the division it lies in and, for the records of a depot, the
 * depot's code. A household and what hangs on it lie in 朱沱镇第2村; a disaster, a shelter, a depot's records in
 * 朱沱镇; a fund in the county. A record that could not be made is missing, and the matrix says so.
 */
final class MatrixFixtures {

    static final String COUNTY = "500118000000";
    static final String TOWNSHIP = "500118116000";
    static final String VILLAGE = "500118116201";
    static final String TOWNSHIP_DEPOT = "ZT-TOWN-01";
    static final String VILLAGE_DEPOT = "ZT-V201-01";

    /** Fixtures of path parameters whose names are too common to fill a body property of the same name. */
    static final java.util.Set<String> PATH_ONLY = java.util.Set.of("type", "id", "name", "code");

    /** How long a set-up step waits for the services' projections on a slow, shared machine. */
    private static final Duration SLOW = Duration.ofSeconds(120);

    /** A record: its id (or code), the division it lies in, and its depot's code when it belongs to one. */
    record Fixture(String value, String division, String depot) {
    }

    private final Map<String, Fixture> fixtures = new LinkedHashMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();
    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final Map<String, String> heads = new java.util.concurrent.ConcurrentHashMap<>();

    Fixture get(String name) {
        return fixtures.get(name);
    }

    /** The fixture of a path parameter of {@code service}'s operations: its own when it has one ("relief:id"). */
    Fixture get(String service, String name) {
        Fixture own = fixtures.get(service + ":" + name);
        return own != null ? own : fixtures.get(name);
    }

    Map<String, String> failures() {
        return failures;
    }

    /** The division code a property of this name holds for a target in {@code division}, or null. */
    static String divisionFor(String name, String division) {
        String county = division.substring(0, 6) + "000000";
        return switch (name) {
            case "divisionCode", "division", "affectedDivisionCode", "parentCode" -> division;
            case "countyCode", "county" -> county;
            case "townshipCode", "township" -> division.endsWith("000000") ? TOWNSHIP
                    : division.substring(0, 9) + "000";
            case "villageCode", "village" -> division.endsWith("000") ? VILLAGE : division;
            default -> null;
        };
    }

    static MatrixFixtures make() {
        MatrixFixtures made = new MatrixFixtures();
        made.all();
        return made;
    }

    private void all() {
        put("code", new Fixture(TOWNSHIP, TOWNSHIP, null));
        put("itemCode", new Fixture("WATER-550", null, null));
        put("depotId", new Fixture(Depots.of(TOWNSHIP_DEPOT).toString(), TOWNSHIP, TOWNSHIP_DEPOT));
        put("fromDepotId", get("depotId"));
        put("toDepotId", new Fixture(Depots.of(VILLAGE_DEPOT).toString(), VILLAGE, VILLAGE_DEPOT));
        make("householdId", () -> household("householdId"));
        make("toHouseholdId", () -> household("toHouseholdId"));
        make("personId", () -> member());
        put("type", new Fixture("Household", null, null));
        // an audited aggregate of each service, acted on in the village: a household, a supply request, a case
        put("registry:type", new Fixture("Household", null, null));
        put("supplies:type", new Fixture("SupplyRequest", null, null));
        put("relief:type", new Fixture("ReliefCase", null, null));
        put("name", new Fixture("matrix-no-such-projection", null, null));
        if (get("householdId") != null) {
            put("id", new Fixture(value("householdId"), null, null));
            put("registry:id", new Fixture("household:" + value("householdId"), VILLAGE, null));
        }
        make("disasterId", () -> created(registry().body("""
                {"type": "FLOOD", "name": "矩阵测试洪涝 %s", "startedAt": "2026-07-20T08:00:00+08:00",
                 "responseLevel": "IV", "affectedDivisionCodes": ["%s"],
                 "reason": "矩阵测试"}""".formatted(run, TOWNSHIP))
                .post("/api/registry/disasters"), "disasterId", TOWNSHIP, null,
                "/api/registry/disasters/{id}", RunningSystem.registry()));
        make("shelterId", () -> created(registry().body("""
                {"divisionCode": "%s", "name": "矩阵测试避难场所 %s", "latitude": 29.1, "longitude": 105.8,
                 "capacity": 50}""".formatted(TOWNSHIP, run)).post("/api/registry/shelters"), "shelterId",
                TOWNSHIP, null, "/api/registry/shelters/{id}", RunningSystem.registry()));
        make("agreementId", () -> created(registry().body("""
                {"contractNumber": "M-%s", "enterprise": "矩阵测试企业", "itemCode": "WATER-550",
                 "dailyCapacity": 1000, "validFrom": "2026-01-01", "validTo": "2027-12-31",
                 "divisionCode": "%s"}""".formatted(run, TOWNSHIP)).post("/api/registry/capacity-agreements"),
                "agreementId", TOWNSHIP, null, "/api/registry/capacity-agreements/{id}", RunningSystem.registry()));
        make("reserveAgreementId", () -> {
            Fixture made = created(registry().body("""
                    {"contractNumber": "MR-%s", "enterprise": "矩阵测试企业", "validFrom": "2026-01-01",
                     "validTo": "2030-12-31", "lines": [{"itemCode": "WATER-550", "quantity": 100}],
                     "divisionCode": "%s"}""".formatted(run, TOWNSHIP)).post("/api/registry/reserve-agreements"),
                    "agreementId", TOWNSHIP, null, "/api/registry/reserve-agreements/{id}", RunningSystem.registry());
            awaitVisible(RunningSystem.supplies(), "/api/supplies/reserve-agreements/{id}", made.value());
            return made;
        });
        make("pledgeId", () -> created(as("zhutuo-officer", RunningSystem.supplies()).body("""
                {"donor": "矩阵测试捐赠方", "divisionCode": "%s", "expectedOn": "2026-08-01",
                 "lines": [{"itemCode": "WATER-550", "quantity": 100}], "reason": "矩阵测试"}""".formatted(TOWNSHIP))
                .post("/api/supplies/pledges"), "pledgeId", TOWNSHIP, null, "/api/supplies/pledges/{id}",
                RunningSystem.supplies()));
        make("jobId", () -> {
            Response imported = as("admin", RunningSystem.registry()).contentType("text/csv").body("""
                    divisionCode,address,headName,headIdNumber,headPhone
                    %s,矩阵测试地址,矩阵户主,%s,13800138000
                    """.formatted(VILLAGE, People.freshResidentId()))
                    .post("/api/registry/households/import?mode=VALID_ROWS_ONLY");
            return new Fixture(expect(imported, 200, "jobId"), VILLAGE, null);
        });
        make("lotId", () -> {
            Response received = as("zhutuo-keeper", RunningSystem.supplies())
                    .body(Depots.receipt("WATER-550", 100, "M-" + run))
                    .post("/api/supplies/depots/{id}/receipts", Depots.of(TOWNSHIP_DEPOT));
            put("receiptId", new Fixture(expect(received, 201, "receiptId"), TOWNSHIP, TOWNSHIP_DEPOT));
            return new Fixture(received.jsonPath().getString("lotIds[0]"), TOWNSHIP, TOWNSHIP_DEPOT);
        });
        put("sourceLotId", get("lotId"));
        make("transferId", () -> new Fixture(expect(as("zhutuo-officer", RunningSystem.supplies()).body("""
                {"fromDepotId": "%s", "toDepotId": "%s", "reason": "矩阵测试调拨",
                 "lines": [{"itemCode": "WATER-550", "quantity": 1}]}""".formatted(Depots.of(TOWNSHIP_DEPOT),
                Depots.of(VILLAGE_DEPOT))).post("/api/supplies/transfers"), 201, "transferId"), TOWNSHIP,
                TOWNSHIP_DEPOT));
        make("requestId", () -> new Fixture(expect(as("village-civil", RunningSystem.supplies()).body("""
                {"divisionCode": "%s", "disasterId": "%s", "affectedPeople": 60, "reason": "矩阵测试",
                 "items": [{"itemCode": "WATER-550", "quantity": 20}]}""".formatted(VILLAGE, value("disasterId")))
                .post("/api/supplies/requests"), 201, "requestId"), VILLAGE, null));
        if (get("requestId") != null) {
            put("supplies:id", new Fixture(value("requestId"), VILLAGE, null));
        }
        make("stocktakeId", () -> {
            Response started = as("zhutuo-keeper", RunningSystem.supplies())
                    .body("{\"reason\": \"矩阵测试盘点\"}")
                    .post("/api/supplies/depots/{id}/stocktakes", Depots.of(TOWNSHIP_DEPOT));
            String id = started.statusCode() == 409 ? as("admin", RunningSystem.supplies())
                    .get("/api/supplies/depots/{id}/stocktakes", Depots.of(TOWNSHIP_DEPOT)).path("items[0].stocktakeId")
                    : expect(started, 201, "stocktakeId");
            return new Fixture(id, TOWNSHIP, TOWNSHIP_DEPOT);
        });
        make("writeOffId", () -> new Fixture(expect(as("zhutuo-keeper", RunningSystem.supplies()).body("""
                {"lotId": "%s", "quantity": 1, "kind": "DAMAGED",
                 "reason": "矩阵测试报损"}""".formatted(value("lotId")))
                .post("/api/supplies/depots/{id}/write-offs", Depots.of(TOWNSHIP_DEPOT)), 201, "writeOffId"),
                TOWNSHIP, TOWNSHIP_DEPOT));
        make("distributionId", this::distribution);
        relief();
    }

    /** One unit of the lot fixture handed by 朱沱镇's depot to the household fixture's head. */
    private Fixture distribution() {
        String body = """
                {"householdId": "%s", "disasterId": "%s", "itemCode": "WATER-550", "quantity": 1, "lotId": "%s",
                 "recipientName": "矩阵户主", "recipientIdNumber": "%s", "reason": "矩阵测试发放"}"""
                .formatted(value("householdId"), value("disasterId"), value("lotId"), heads.get(value("householdId")));
        String key = "matrix-distribution-" + run;
        await().atMost(SLOW).until(() -> as("zhutuo-keeper", RunningSystem.supplies()).header("Idempotency-Key", key)
                .body(body).post("/api/supplies/depots/{id}/distributions", Depots.of(TOWNSHIP_DEPOT))
                .statusCode() != 400);
        return new Fixture(expect(as("zhutuo-keeper", RunningSystem.supplies()).header("Idempotency-Key", key)
                .body(body).post("/api/supplies/depots/{id}/distributions", Depots.of(TOWNSHIP_DEPOT)), 201,
                "distributionId"), TOWNSHIP, TOWNSHIP_DEPOT);
    }

    /**
     * A batch of the village, paying the first case once the township reviewed it and the county approved it from
     * the fund's share of 朱沱镇 (raised by one finance user, approved by a second), released by the second.
     */
    private void batch() {
        make("apportionmentId", () -> {
            String apportionment = expect(as("county-finance", RunningSystem.relief()).body("{\"townshipCode\": \""
                    + TOWNSHIP + "\", \"amountFen\": 10000000}").post("/api/relief/funds/{id}/apportion",
                    value("fundId")), 201, "apportionmentId");
            expect(as("county-finance2", RunningSystem.relief()).body("{\"approve\": true, \"reason\": \"复核无误\"}")
                    .post("/api/relief/funds/{id}/apportionments/{a}/approval", value("fundId"), apportionment),
                    200, "apportionmentId");
            return new Fixture(apportionment, COUNTY, null);
        });
        make("batchId", () -> {
            await().atMost(SLOW).until(() -> as("zhutuo-civil", RunningSystem.relief())
                    .body("{\"decision\": \"PASS\", \"opinion\": \"符合条件\"}")
                    .post("/api/relief/cases/{id}/township-review", value("caseId")).statusCode() != 409
                    || "REVIEWED".equals(status("caseId")));
            await().atMost(SLOW).until(() -> "REVIEWED".equals(status("caseId")));
            as("county-civil", RunningSystem.relief()).body("{\"decision\": \"APPROVE\", \"fundId\": \""
                    + value("fundId") + "\", \"opinion\": \"同意\"}")
                    .post("/api/relief/cases/{id}/county-approval", value("caseId"));
            await().atMost(SLOW).until(() -> "APPROVED".equals(status("caseId")));
            Fixture batch = batchMade();
            await().atMost(SLOW).until(() -> as("admin", RunningSystem.relief())
                    .get("/api/relief/payment-batches/{id}", batch.value()).path("payments[0].paymentId") != null);
            put("paymentId", new Fixture(as("admin", RunningSystem.relief()).get("/api/relief/payment-batches/{id}",
                    batch.value()).path("payments[0].paymentId"), VILLAGE, null));
            expect(as("county-finance2", RunningSystem.relief()).post("/api/relief/payment-batches/{id}/release",
                    batch.value()), 200, "batchId");
            return batch;
        });
    }

    private String status(String caseFixture) {
        return as("admin", RunningSystem.relief()).get("/api/relief/cases/{id}", value(caseFixture)).path("status");
    }

    private Fixture batchMade() {
        return new Fixture(expect(as("county-finance", RunningSystem.relief()).body("""
                {"divisionCode": "%s", "disasterId": "%s", "title": "矩阵测试批次", "reason": "矩阵测试"}"""
                .formatted(VILLAGE, value("disasterId"))).post("/api/relief/payment-batches"), 201, "batchId"),
                VILLAGE, null);
    }

    /** A TRANSITIONAL case of the household fixture {@code household}, opened and appraised by the village. */
    private Fixture openAndAppraise(String household) {
        await().atMost(SLOW).until(() -> as("admin", RunningSystem.relief())
                .get("/api/relief/households/{id}", value(household)).statusCode() == 200);
        String id = expect(as("village-civil", RunningSystem.relief()).body("""
                {"householdId": "%s", "category": "TRANSITIONAL", "disasterId": "%s", "period": "2026-07",
                 "origin": "NOMINATION", "statement": "房屋进水", "reason": "矩阵测试"}"""
                .formatted(value(household), value("disasterId"))).post("/api/relief/cases"), 201, "caseId");
        awaitVisible(RunningSystem.relief(), "/api/relief/cases/{id}", id);
        Response appraised = as("village-civil", RunningSystem.relief()).body("""
                {"membersCovered": 1, "months": 3, "minutesReference": "矩阵测试会议记录",
                 "appraisedOn": "%s", "reason": "民主评议"}""".formatted(LocalDate.now(ZoneId.of("Asia/Shanghai"))
                .minusDays(9))).post("/api/relief/cases/{id}/village-assessment", id);
        if (appraised.statusCode() != 204) {
            throw new IllegalStateException("appraisal: " + appraised.statusCode() + " " + appraised.body().asString());
        }
        return new Fixture(id, VILLAGE, null);
    }

    private void relief() {
        as("county-civil", RunningSystem.relief()).body("""
                {"countyCode": "%s", "category": "TRANSITIONAL", "effectiveFrom": "2026-01-01",
                 "perPersonMonthlyFen": 60000, "documentNumber": "矩阵〔2026〕1号"}""".formatted(COUNTY))
                .post("/api/relief/standards");
        make("fundId", () -> {
            String fund = expect(as("county-finance", RunningSystem.relief()).body("""
                    {"countyCode": "%s", "sourceLevel": "CENTRAL", "documentNumber": "矩阵〔2026〕%s",
                     "title": "矩阵测试资金", "disasterId": "%s", "category": "TRANSITIONAL",
                     "amountFen": 100000000}"""
                    .formatted(COUNTY, run, value("disasterId"))).post("/api/relief/funds"), 201, "fundId");
            awaitVisible(RunningSystem.relief(), "/api/relief/funds/{id}/ledger", fund);
            return new Fixture(fund, COUNTY, null);
        });
        make("caseId", () -> openAndAppraise("householdId"));
        if (get("caseId") != null) {
            put("relief:id", new Fixture("case:" + value("caseId"), VILLAGE, null));
        }
        make("objectedCaseId", () -> openAndAppraise("toHouseholdId"));
        make("noticeId", () -> {
            for (String appraised : java.util.List.of("caseId", "objectedCaseId")) {
                await().atMost(SLOW).until(() -> "APPRAISED".equals(status(appraised)));
            }
            String notice = expect(as("village-civil", RunningSystem.relief()).body("""
                    {"villageCode": "%s", "postedOn": "%s", "documentReference": "矩阵测试公开栏照片",
                     "reason": "纸质名单已于村务公开栏张贴"}""".formatted(VILLAGE,
                    LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(8)))
                    .post("/api/relief/public-notices/paper"), 201, "noticeId");
            for (String onNotice : java.util.List.of("caseId", "objectedCaseId")) {
                await().atMost(SLOW).until(() -> "ON_NOTICE".equals(status(onNotice)));
            }
            Response confirmed = as("county-civil", RunningSystem.relief())
                    .body("{\"reason\": \"已核对公开栏照片\"}")
                    .post("/api/relief/public-notices/{id}/confirmation", notice);
            if (confirmed.statusCode() != 204) {
                throw new IllegalStateException("confirmation: " + confirmed.statusCode() + " "
                        + confirmed.body().asString());
            }
            return new Fixture(notice, VILLAGE, null);
        });
        make("objectionId", () -> new Fixture(expect(as("village-civil", RunningSystem.relief()).body("""
                {"objector": "村民代表", "content": "矩阵测试异议", "reason": "公示期收到异议"}""")
                .post("/api/relief/cases/{id}/objections", value("objectedCaseId")), 201, "objectionId"), VILLAGE,
                null));
        batch();
    }

    private Fixture household(String name) {
        String head = People.freshResidentId();
        Response registered = as("village-civil", RunningSystem.registry()).body("""
                {"divisionCode": "%s", "address": "矩阵测试地址", "reason": "矩阵测试",
                 "head": {"name": "矩阵户主", "idNumber": "%s", "phone": "13800138000"}}"""
                .formatted(VILLAGE, head)).post("/api/registry/households");
        String id = expect(registered, 201, "householdId");
        heads.put(id, head);
        awaitVisible(RunningSystem.registry(), "/api/registry/households/{id}", id);
        registry().body("""
                {"holder": "HEAD", "bank": "重庆农村商业银行", "accountNumber": "6228480000%09d",
                 "holderName": "矩阵户主",
                 "reason": "矩阵测试"}""".formatted(Math.abs(id.hashCode()) % 1_000_000_000))
                .put("/api/registry/households/{id}/payout-account", id);
        return new Fixture(id, VILLAGE, null);
    }

    private Fixture member() {
        String household = value("householdId");
        String person = expect(registry().body("""
                {"person": {"name": "矩阵成员", "idNumber": "%s", "relation": "配偶"},
                 "reason": "矩阵测试"}"""
                .formatted(People.freshResidentId())).post("/api/registry/households/{id}/members", household),
                201, "personId");
        await().atMost(Duration.ofSeconds(30)).until(() -> registry().get("/api/registry/households/{id}", household)
                .body().asString().contains(person));
        return new Fixture(person, VILLAGE, null);
    }

    private Fixture created(Response response, String field, String division, String depot, String path,
                            String base) {
        String id = expect(response, 201, field);
        awaitVisible(base, path, id);
        return new Fixture(id, division, depot);
    }

    private void awaitVisible(String base, String path, String id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> as("admin", base).get(path, id).statusCode() == 200);
    }

    private String value(String name) {
        Fixture fixture = fixtures.get(name);
        if (fixture == null) {
            throw new IllegalStateException("needs " + name + ", which could not be made");
        }
        return fixture.value();
    }

    private void make(String name, Supplier<Fixture> maker) {
        try {
            put(name, maker.get());
        } catch (RuntimeException | AssertionError e) {
            failures.put(name, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    private void put(String name, Fixture fixture) {
        if (fixture != null) {
            fixtures.put(name, fixture);
        }
    }

    private static String expect(Response response, int status, String field) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.statusCode() + " " + response.body().asString());
        }
        Object value = response.path(field);
        if (value == null) {
            throw new IllegalStateException("no " + field + " in " + response.body().asString());
        }
        return value.toString();
    }

    private static RequestSpecification registry() {
        return as("admin", RunningSystem.registry());
    }

    static RequestSpecification as(String user, String base) {
        return given().baseUri(base).auth().oauth2(MatrixCalls.token(user)).contentType(ContentType.JSON);
    }
}
