import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 样例场景 — a flood at 朱沱镇 ten days old, loaded on top of the sample county so that every demo user finds work
 * waiting: the figures reported (初报, 续报), stock received at the county and at 第2村, a transfer county → township
 * received with a shortage and one township → 第2村 still on the road, two villages' requests (one waiting for the
 * county, one for the township), households of 第2村 given quilts, a shelter with people checked in (its quilts handed out by the village depot on site), and
 * transitional-relief cases at every step of the relief path — applied, appraised, on notice, noticed, reviewed,
 * approved, paid, and one payment the bank returned.
 * <p>
 * Each step is sent as the demo user who does it in a county (see {@link DemoUsers}). The scenario is loaded once: its
 * disaster carries a fixed {@code Idempotency-Key}, and when the registry answers it as a replay, nothing else is sent.
 */
final class SampleScenario {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String ZHUTUO = "500118116000";
    private static final String VILLAGE = "500118116201";
    private static final String VILLAGE_3 = "500118116202";
    private static final UUID COUNTY_DEPOT = SeedLoader.depotId("YC-COUNTY-01");
    private static final UUID TOWNSHIP_DEPOT = SeedLoader.depotId("ZT-TOWN-01");
    private static final UUID VILLAGE_DEPOT = SeedLoader.depotId("ZT-V201-01");
    private static final String[] HEADS = {"周建国", "吴文华", "郑小红", "冯长生", "陈德明", "褚春梅", "卫国强", "蒋秀英",
            "沈永福"};

    private final DemoUsers as;
    private final String registry;
    private final String supplies;
    private final String relief;
    private final LocalDate today = LocalDate.now(CHINA);
    private final OffsetDateTime began = today.minusDays(10).atTime(6, 0).atOffset(ZoneOffset.ofHours(8));
    private final List<Household> households = new ArrayList<>();

    record Household(String householdId, String head, String idNumber, String account) {
    }

    SampleScenario(DemoUsers as, String registry, String supplies, String relief) {
        this.as = as;
        this.registry = registry + "/api/registry";
        this.supplies = supplies + "/api/supplies";
        this.relief = relief + "/api/relief";
    }

    void load() throws IOException, InterruptedException {
        HttpResponse<String> declared = as.send("county-civil", "POST", registry + "/disasters", "scenario-disaster",
                body("type", "FLOOD", "name", "朱沱镇暴雨洪涝（样例场景）", "startedAt", began.toString(),
                        "responseLevel", "III", "affectedDivisionCodes", List.of(ZHUTUO),
                        "reason", "县防指启动Ⅲ级应急响应（样例场景）"));
        if (declared.headers().firstValue("Idempotent-Replayed").isPresent()) {
            System.out.println("scenario: already loaded");
            return;
        }
        if (declared.statusCode() != 201) {
            throw new SeedLoader.LoadFailed("declaring the scenario's flood answered " + declared.statusCode() + ": "
                    + declared.body());
        }
        String disaster = field(declared.body(), "disasterId");
        System.out.println("scenario: a flood at 朱沱镇 since " + began.toLocalDate() + " (" + disaster + ")");
        statistics(disaster);
        String countyTents = stock();
        transfers(countyTents);
        requests(disaster);
        registerHouseholds();
        distributeQuilts(disaster);
        shelter();
        new ScenarioRelief(as, relief, today, began, households).load(disaster);
        System.out.println("scenario: loaded");
    }

    /** 初报 two hours in, 续报 a day later, and the response raised to level II. */
    private void statistics(String disaster) throws IOException, InterruptedException {
        String url = registry + "/disasters/" + disaster + "/statistics";
        as.expect(204, "county-civil", "POST", url, "scenario-stats-1", body("asOf", began.plusHours(2).toString(),
                "affectedPeople", 1200L, "evacuated", 150L, "deaths", 1L, "missing", 0L, "collapsedHouses", 6L,
                "damagedHouses", 40L, "directLossFen", 860_000_000L, "reason", "初报"));
        as.expect(204, "county-civil", "POST", url, "scenario-stats-2", body("asOf", began.plusDays(1).toString(),
                "affectedPeople", 3450L, "evacuated", 420L, "deaths", 1L, "missing", 1L, "collapsedHouses", 18L,
                "damagedHouses", 126L, "directLossFen", 2_310_000_000L, "reason", "续报"));
        as.expect(204, "county-civil", "POST", registry + "/disasters/" + disaster + "/response-level",
                "scenario-level", body("responseLevel", "II", "reason", "雨情加重，提升为Ⅱ级响应"));
    }

    /** The county's procurement and a donation to 第2村; answers the county's tent lot. */
    private String stock() throws IOException, InterruptedException {
        String county = as.expect(201, "county-keeper", "POST", supplies + "/depots/" + COUNTY_DEPOT + "/receipts",
                "scenario-receipt-county", body("source", "PROCUREMENT", "reference", "HT-YC-2026-样例01",
                        "supplier", "重庆某帐篷厂（样例）", "reason", "汛期补充储备", "lines", List.of(
                                line("TENT-12", "T-SC-01", 300), line("QUILT", "Q-SC-01", 1000),
                                line("WATER-550", "W-SC-01", 800))));
        as.expect(201, "village-keeper", "POST", supplies + "/depots/" + VILLAGE_DEPOT + "/receipts",
                "scenario-receipt-village", body("source", "DONATION", "reference", "JZ-ZT-样例01",
                        "supplier", "朱沱镇商会（样例）", "reason", "社会捐赠", "lines", List.of(
                                line("QUILT", "Q-SC-02", 60), line("INSTANT-NOODLES", "N-SC-01", 100))));
        return firstInArray(county, "lotIds");
    }

    /** County → township: received three tents short; township → 第2村: on the road. */
    private void transfers(String countyTents) throws IOException, InterruptedException {
        String toTownship = dispatch("county-keeper", "county-officer", COUNTY_DEPOT, TOWNSHIP_DEPOT, 100,
                countyTents, "scenario-transfer-1");
        String arrived = as.awaitRead("county-officer", supplies + "/transfers/" + toTownship,
                body -> body.contains("\"DISPATCHED\""));
        as.expect(202, "zhutuo-keeper", "POST", supplies + "/transfers/" + toTownship + "/receive",
                "scenario-transfer-1-receive", body("lots", List.of(body("sourceLotId", field(arrived, "sourceLotId"),
                        "received", 97L, "damaged", 0L, "reason", "到货短少3顶，已报承运方"))));
        String closed = as.awaitRead("zhutuo-officer", supplies + "/transfers/" + toTownship,
                body -> body.contains("\"CLOSED\"") && body.contains("\"newLotId\""));
        dispatch("zhutuo-keeper", "zhutuo-officer", TOWNSHIP_DEPOT, VILLAGE_DEPOT, 30, field(closed, "newLotId"),
                "scenario-transfer-2");
    }

    /** Requested by the keeper, approved by the officer, reserved and dispatched; answers the transfer id. */
    private String dispatch(String keeper, String officer, UUID from, UUID to, long tents, String lot, String key)
            throws IOException, InterruptedException {
        String transfer = field(as.expect(201, keeper, "POST", supplies + "/transfers", key, body(
                "fromDepotId", from.toString(), "toDepotId", to.toString(), "reason", "朱沱镇洪涝调拨（样例场景）",
                "lines", List.of(body("itemCode", "TENT-12", "quantity", tents, "lotId", lot)))), "transferId");
        as.expect(202, officer, "POST", supplies + "/transfers/" + transfer + "/approve", key + "-approve",
                body("reason", "同意调拨"));
        as.awaitRead(officer, supplies + "/transfers/" + transfer, body -> body.contains("\"RESERVED\""));
        as.expect(202, keeper, "POST", supplies + "/transfers/" + transfer + "/dispatch", key + "-dispatch",
                body("vehicle", "渝B·样例" + key.charAt(key.length() - 1), "driver", "王师傅",
                        "waybillNumber", "YD-" + key));
        as.awaitRead(officer, supplies + "/transfers/" + transfer, body -> body.contains("\"DISPATCHED\""));
        return transfer;
    }

    /** 第2村's request, passed by the township and waiting for the county; 第3村's, waiting for the township. */
    private void requests(String disaster) throws IOException, InterruptedException {
        String second = field(as.once(Set.of(400), 201, "village-civil", "POST", supplies + "/requests",
                "scenario-request-201", body("divisionCode", VILLAGE, "disasterId", disaster, "affectedPeople", 60,
                        "reason", "安置受灾群众", "items", List.of(body("itemCode", "TENT-12", "quantity", 20L)))),
                "requestId");
        as.expect(200, "zhutuo-officer", "POST", supplies + "/requests/" + second + "/approve",
                "scenario-request-201-approve", body("reason", "镇审核：情况属实"));
        as.expect(201, "zhutuo-civil", "POST", supplies + "/requests", "scenario-request-202",
                body("divisionCode", VILLAGE_3, "disasterId", disaster, "affectedPeople", 85, "reason", "群众转移安置",
                        "items", List.of(body("itemCode", "QUILT", "quantity", 40L),
                                body("itemCode", "WATER-550", "quantity", 120L))));
    }

    /** Nine households of 第2村 with their one-card accounts. */
    private void registerHouseholds() throws IOException, InterruptedException {
        for (int i = 0; i < HEADS.length; i++) {
            String idNumber = residentId("50011819" + (60 + 3 * i) + "0412", 700 + i);
            String account = "62284800000" + (20101 + i);
            String id = field(as.expect(201, "village-civil", "POST", registry + "/households",
                    "scenario-household-" + i, body("divisionCode", VILLAGE, "address", "朱沱镇第2村" + (i % 6 + 1)
                            + "组（样例）", "reason", "灾后登记", "head", body("name", HEADS[i], "idNumber", idNumber,
                            "phone", "1390000" + (2101 + i)))), "householdId");
            as.once(Set.of(404), 204, "village-civil", "PUT", registry + "/households/" + id + "/payout-account",
                    "scenario-account-" + i, body("holder", "HEAD", "bank", "重庆农村商业银行",
                            "accountNumber", account, "holderName", HEADS[i], "reason", "一卡通"));
            households.add(new Household(id, HEADS[i], idNumber, account));
        }
    }

    /** A quilt each for six households, from 第2村's donated stock. */
    private void distributeQuilts(String disaster) throws IOException, InterruptedException {
        for (Household h : households.subList(0, 6)) {
            as.once(Set.of(400), 201, "village-keeper", "POST", supplies + "/depots/" + VILLAGE_DEPOT
                            + "/distributions", "scenario-quilt-" + h.householdId(), body("householdId",
                    h.householdId(), "disasterId", disaster, "itemCode", "QUILT", "quantity", 1L, "recipientName",
                    h.head(), "recipientIdNumber", h.idNumber(), "reason", "应急期发放"));
        }
    }

    /** 第2村小学, supplied by the village depot: open, five people checked in. */
    private void shelter() throws IOException, InterruptedException {
        String shelter = field(as.expect(201, "zhutuo-civil", "POST", registry + "/shelters", "scenario-shelter",
                body("divisionCode", VILLAGE, "name", "朱沱镇第2村小学避难场所（样例）", "latitude", 29.0305,
                        "longitude", 105.8330, "capacity", 120, "depotId", VILLAGE_DEPOT.toString(),
                        "reason", "村小学教学楼，物资由第2村储备点供应")), "shelterId");
        as.once(Set.of(404), 204, "zhutuo-civil", "POST", registry + "/shelters/" + shelter + "/open",
                "scenario-shelter-open", body("reason", "启用安置受灾群众"));
        for (Household h : households.subList(0, 5)) {
            UUID person = UUID.nameUUIDFromBytes(("person:" + h.idNumber()).getBytes(StandardCharsets.UTF_8));
            as.once(Set.of(404, 409), 200, "zhutuo-civil", "POST", registry + "/shelters/" + shelter + "/check-ins",
                    "scenario-check-in-" + h.householdId(), body("personId", person.toString(), "reason", "转移安置"));
        }
    }

    /** A valid 18-digit resident ID number (GB 11643 check digit) from a 14-digit prefix and a sequence. */
    static String residentId(String prefix, int sequence) {
        String body = prefix + String.format("%03d", sequence % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    static String field(String json, String name) {
        return Json.field(json, name).orElseThrow(() -> new SeedLoader.LoadFailed("no " + name + " in " + json));
    }

    private static String firstInArray(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\\[\\s*\"([^\"]+)\"")
                .matcher(json);
        if (!m.find()) {
            throw new SeedLoader.LoadFailed("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private Map<String, Object> line(String item, String lot, long quantity) {
        return body("itemCode", item, "lotNumber", lot, "quantity", quantity,
                "producedOn", today.minusMonths(2).toString());
    }

    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }
}
