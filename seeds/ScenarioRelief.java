import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * 样例场景的救助 — the relief side of {@link SampleScenario}: a transitional-relief fund for the flood apportioned to
 * 朱沱镇 (maker and checker), and one case per household of 第2村 left at each step of the path, so that each role
 * finds its next step waiting:
 * <ol>
 *   <li>households 1–3: appraised, on a paper notice confirmed by the county, reviewed, approved, in a released batch;
 *       the bank paid two and returned the third (账户已销户) — finance reissues it;</li>
 *   <li>household 4: approved after the batch — waiting for the next batch;</li>
 *   <li>household 5: reviewed by the township — waiting for the county's approval;</li>
 *   <li>household 6: noticed — waiting for the township's review;</li>
 *   <li>household 7: on a notice posted today — its seven days running;</li>
 *   <li>household 8: appraised after that notice — waiting for the next notice;</li>
 *   <li>household 9: applied — waiting for the village's appraisal.</li>
 * </ol>
 */
final class ScenarioRelief {

    private static final String COUNTY = "500118000000";
    private static final String ZHUTUO = "500118116000";
    private static final String VILLAGE = "500118116201";

    private final DemoUsers as;
    private final String relief;
    private final LocalDate today;
    private final OffsetDateTime began;
    private final List<SampleScenario.Household> households;

    ScenarioRelief(DemoUsers as, String relief, LocalDate today, OffsetDateTime began,
                   List<SampleScenario.Household> households) {
        this.as = as;
        this.relief = relief;
        this.today = today;
        this.began = began;
        this.households = households;
    }

    void load(String disaster) throws IOException, InterruptedException {
        String fund = fund(disaster);
        String[] cases = new String[households.size()];
        for (int i = 0; i < cases.length; i++) {
            cases[i] = propose(i, disaster);
        }
        for (int i = 0; i <= 5; i++) {
            appraise(cases[i], today.minusDays(9));
        }
        String paper = SampleScenario.field(as.expect(201, "village-civil", "POST", relief + "/public-notices/paper",
                "scenario-notice-paper", SampleScenario.body("villageCode", VILLAGE, "postedOn",
                        today.minusDays(8).toString(), "documentReference", "第2村村务公开栏照片（样例）",
                        "reason", "纸质名单已于村务公开栏张贴")), "noticeId");
        as.expect(204, "county-civil", "POST", relief + "/public-notices/" + paper + "/confirmation",
                "scenario-notice-confirm", SampleScenario.body("reason", "已核对公开栏照片，公示满7天"));
        for (int i = 0; i <= 4; i++) {
            awaitStatus(cases[i], "ON_NOTICE");
            as.once(Set.of(409), 204, "zhutuo-civil", "POST", relief + "/cases/" + cases[i] + "/township-review",
                    "scenario-review-" + i, SampleScenario.body("decision", "PASS", "opinion", "经审核符合条件"));
        }
        for (int i = 0; i <= 2; i++) {
            approve(cases[i], fund, i);
        }
        batch(disaster, cases);
        approve(cases[3], fund, 3);

        appraise(cases[6], today);
        as.expect(201, "village-civil", "POST", relief + "/public-notices", "scenario-notice-today",
                SampleScenario.body("villageCode", VILLAGE, "reason", "村务公开栏张贴"));
        awaitStatus(cases[6], "ON_NOTICE");
        appraise(cases[7], today);
    }

    /** 资金下达 and 资金分配: raised by one finance user, approved by another. */
    private String fund(String disaster) throws IOException, InterruptedException {
        String fund = SampleScenario.field(as.once(Set.of(400), 201, "county-finance", "POST", relief + "/funds",
                "scenario-fund", SampleScenario.body("countyCode", COUNTY, "sourceLevel", "CENTRAL",
                        "documentNumber", "财建〔" + began.getYear() + "〕样例场景1号", "title",
                        "朱沱镇洪涝过渡期生活救助资金（样例场景）", "disasterId", disaster, "category", "TRANSITIONAL",
                        "amountFen", 3_000_000L, "allocatedOn", began.toLocalDate().plusDays(2).toString())), "fundId");
        String apportionment = SampleScenario.field(as.once(Set.of(404), 201, "county-finance", "POST",
                relief + "/funds/" + fund + "/apportion", "scenario-apportion", SampleScenario.body(
                        "townshipCode", ZHUTUO, "amountFen", 2_000_000L, "reason", "按受灾程度分配")), "apportionmentId");
        as.expect(200, "county-finance2", "POST", relief + "/funds/" + fund + "/apportionments/" + apportionment
                + "/approval", "scenario-apportion-approve", SampleScenario.body("approve", true, "reason", "复核无误"));
        return fund;
    }

    /** 户报: the village nominates the household; answers the case id. */
    private String propose(int i, String disaster) throws IOException, InterruptedException {
        String householdId = households.get(i).householdId();
        as.awaitRead("village-civil", relief + "/households/" + householdId,
                body -> body.contains(households.get(i).head()));
        return SampleScenario.field(as.once(Set.of(400, 404), 201, "village-civil", "POST", relief + "/cases",
                "scenario-case-" + i, SampleScenario.body("householdId", householdId, "category", "TRANSITIONAL",
                        "disasterId", disaster, "period", began.toLocalDate().toString().substring(0, 7),
                        "origin", "NOMINATION", "statement", "房屋进水，暂不能居住", "reason", "村民小组提名")),
                "caseId");
    }

    /** 村评: the village representatives' meeting, three months for one person. */
    private void appraise(String caseId, LocalDate on) throws IOException, InterruptedException {
        awaitStatus(caseId, "OPEN");
        as.expect(204, "village-civil", "POST", relief + "/cases/" + caseId + "/village-assessment",
                "scenario-appraise-" + caseId, SampleScenario.body("membersCovered", 1, "months", 3,
                        "minutesReference", "第2村村民代表会议记录（样例）", "appraisedOn", on.toString(),
                        "reason", "民主评议"));
        awaitStatus(caseId, "APPRAISED");
    }

    /** 县定: the county approves against the fund. */
    private void approve(String caseId, String fund, int i) throws IOException, InterruptedException {
        awaitStatus(caseId, "REVIEWED");
        as.expect(204, "county-civil", "POST", relief + "/cases/" + caseId + "/county-approval", "scenario-approve-" + i,
                SampleScenario.body("decision", "APPROVE", "fundId", fund, "opinion", "同意，按标准发放"));
        awaitStatus(caseId, "APPROVED");
    }

    /** 发放: the first three in a batch released by a second finance user; the bank returns the last line. */
    private void batch(String disaster, String[] cases) throws IOException, InterruptedException {
        String batch = SampleScenario.field(as.expect(201, "county-finance", "POST", relief + "/payment-batches",
                "scenario-batch", SampleScenario.body("divisionCode", VILLAGE, "disasterId", disaster,
                        "title", "朱沱镇第2村过渡期生活救助第1批（样例场景）", "reason", "按标准发放")), "batchId");
        String view = as.awaitRead("county-finance", relief + "/payment-batches/" + batch,
                body -> Json.all(body, "paymentId").size() == 3);
        as.expect(200, "county-finance2", "POST", relief + "/payment-batches/" + batch + "/release?reason="
                + java.net.URLEncoder.encode("复核无误", java.nio.charset.StandardCharsets.UTF_8),
                "scenario-batch-release", SampleScenario.body());
        as.awaitRead("county-finance", relief + "/payment-batches/" + batch + "/bank-file", file -> !file.isBlank());
        List<String> payments = Json.all(view, "paymentId");
        List<String> accounts = Json.all(view, "accountNumber");
        List<String> amounts = Json.all(view, "amountFen");
        StringBuilder result = new StringBuilder("paymentId,accountNumber,amount,status,reason,bankReference\n");
        for (int line = 0; line < payments.size(); line++) {
            boolean returned = line == payments.size() - 1;
            result.append(payments.get(line)).append(',').append(accounts.get(line)).append(',')
                    .append(SampleScenario.yuan(Long.parseLong(amounts.get(line))))
                    .append(returned ? ",FAILED,账户已销户," : ",PAID,,YH-样例-" + (line + 1)).append('\n');
        }
        var answer = as.sendText("county-finance", relief + "/payment-batches/" + batch + "/bank-results",
                "text/csv; charset=UTF-8", result.toString());
        if (answer.statusCode() != 200) {
            throw new SeedLoader.LoadFailed("the bank's results answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private void awaitStatus(String caseId, String status) throws IOException, InterruptedException {
        as.awaitRead("county-civil", relief + "/cases/" + caseId, body -> body.contains("\"" + status + "\""));
    }
}
