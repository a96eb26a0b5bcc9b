package org.relieftrace.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

/**
 * The relief pages of the console in a real headless Chromium: the registry parts (disaster, household with its
 * one-card account, standard, fund) are set up through the API; then a case goes from nomination to paid through
 * the console with the user of each step — the village nominates the household, appraises the case and records the
 * paper notice put up earlier, a county user confirms it, the township reviews, the county approves from the fund and makes up the batch, finance downloads the bank
 * file and uploads the bank's result; the paid list, the deadlines board and the fund's ledger with its chart show
 * the outcome; an auditor opens the payment's history and its state at a past moment. Screenshots and page load
 * times land in {@code e2e/target/screenshots/}.
 */
@ExtendWith(RunningSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleReliefBrowserTest {

    private static final long PAGE_BUDGET_MILLIS = 1_000;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.now(CHINA);
    private static final String COUNTY = "500118000000";
    private static final String ZHUTUO = "500118116000";
    private static final String VILLAGE = "500118116201";
    /** 600 yuan per person per month, one person, three months. */
    private static final String AMOUNT = "¥1,800.00";
    private static final String HEAD = "控制台救助户" + System.currentTimeMillis() % 100_000;

    private static String disasterId;
    private static String householdId;
    private static String caseId;
    private static String fundId;
    private static String batchId;
    private static String paymentId;

    private static RequestSpecification registry(String user) {
        return given().baseUri(RunningSystem.registry()).auth().oauth2(Tokens.cached(user))
                .contentType(ContentType.JSON).header("Accept-Language", "en");
    }

    private static RequestSpecification relief(String user) {
        return given().baseUri(RunningSystem.relief()).auth().oauth2(Tokens.cached(user))
                .contentType(ContentType.JSON).header("Accept-Language", "en");
    }

    @Test
    @Order(1)
    void theRegistryPartsAndTheFundAreSetUpThroughTheApi() {
        disasterId = registry("county-civil").body("""
                        {"type": "FLOOD", "name": "控制台救助演练 %s", "startedAt": "2026-07-10T08:00:00+08:00",
                         "responseLevel": "III", "affectedDivisionCodes": ["%s"], "reason": "县防指启动三级响应"}
                        """.formatted(UUID.randomUUID(), ZHUTUO))
                .post("/api/registry/disasters").then().statusCode(201).extract().path("disasterId");
        householdId = registry("village-civil").body("""
                        {"divisionCode": "%s", "address": "朱沱镇第2村1组", "reason": "灾后登记",
                         "head": {"name": "%s", "idNumber": "%s", "phone": "13800000001"}}
                        """.formatted(VILLAGE, HEAD, People.freshResidentId()))
                .post("/api/registry/households").then().statusCode(201).extract().path("householdId");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> registry("village-civil")
                .get("/api/registry/households/{id}", householdId).then().statusCode(200));
        registry("village-civil").body("""
                        {"holder": "HEAD", "bank": "重庆农村商业银行", "accountNumber": "6228480%09d",
                         "holderName": "%s", "reason": "一卡通开户"}""".formatted(System.nanoTime() % 1_000_000_000L,
                        HEAD))
                .put("/api/registry/households/{id}/payout-account", householdId).then().statusCode(204);
        relief("county-civil").body("""
                        {"countyCode": "%s", "category": "TRANSITIONAL", "effectiveFrom": "2026-01-01",
                         "perPersonMonthlyFen": 60000, "documentNumber": "永民发〔2026〕15号"}""".formatted(COUNTY))
                .post("/api/relief/standards").then().statusCode(anyOf(is(201), is(409)));
        fundId = relief("county-finance").body("""
                        {"countyCode": "%s", "sourceLevel": "CENTRAL", "documentNumber": "财建〔2026〕%s",
                         "title": "控制台演练救灾资金", "disasterId": "%s", "category": "TRANSITIONAL",
                         "amountFen": 1000000}""".formatted(COUNTY, UUID.randomUUID(), disasterId))
                .post("/api/relief/funds").then().statusCode(201).extract().path("fundId");
        // the ledger is a projection: apportion once the fund is known there
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> relief("county-finance")
                .get("/api/relief/funds/{id}/ledger", fundId).then().statusCode(200));
        String apportionmentId = relief("county-finance")
                .body("{\"townshipCode\": \"" + ZHUTUO + "\", \"amountFen\": 500000}")
                .post("/api/relief/funds/{id}/apportion", fundId).then().statusCode(201).extract()
                .path("apportionmentId");
        // maker–checker: a second finance user approves the apportionment before it counts
        relief("county-finance2").body("{\"approve\": true}")
                .post("/api/relief/funds/{id}/apportionments/{a}/approval", fundId, apportionmentId).then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> relief("village-civil")
                .get("/api/relief/households/{id}", householdId).then().statusCode(200)
                .body("accountHolderName", equalTo(HEAD)));
    }

    @Test
    @Order(2)
    void theVillageNominatesTheHouseholdAppraisesTheCaseAndPostsTheNoticeThroughTheConsole() {
        try (ConsoleBrowser browser = new ConsoleBrowser().login("village-civil")) {
            assertThat(menu(browser)).contains("救助案件", "公示", "发放名单", "发放批次", "时限看板", "资金台账");
            browser.open("/console/relief/cases");
            browser.find("#open-case").click();
            browser.find("#open-household").sendKeys(householdId);
            browser.find("#open-disaster").sendKeys(disasterId);
            new Select(browser.find("#open-category")).selectByValue("TRANSITIONAL");
            browser.find("#open-period").clear();
            browser.find("#open-period").sendKeys("2026-07");
            browser.find("#open-reason").sendKeys("村民小组提名");
            browser.find("#submit-open").click();
            assertThat(browser.visible("#done").getText()).contains("案件已登记");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(relief("village-civil")
                    .get("/api/relief/cases?status=OPEN&division=" + VILLAGE).then().statusCode(200).extract()
                    .<List<String>>path("items.findAll { it.householdId == '" + householdId + "' }.caseId"))
                    .hasSize(1));
            caseId = relief("village-civil").get("/api/relief/cases?status=OPEN&division=" + VILLAGE).then()
                    .extract().<List<String>>path("items.findAll { it.householdId == '" + householdId + "' }.caseId")
                    .get(0);
            WebElement row = awaitRow(browser, "/console/relief/cases?status=OPEN", "form.appraise-form");
            row.findElement(By.cssSelector("summary")).click();
            row.findElement(By.name("membersCovered")).clear();
            row.findElement(By.name("membersCovered")).sendKeys("1");
            row.findElement(By.name("minutesReference")).sendKeys("第2村村民代表会议记录");
            setValue(browser, row.findElement(By.name("appraisedOn")), TODAY.minusDays(9).toString());
            browser.screenshot("relief-1-village-appraisal-form");
            row.findElement(By.cssSelector("form.appraise-form button[type=submit]")).click();
            assertThat(browser.visible("#done").getText()).contains("评议已记录");

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(relief("village-civil")
                    .get("/api/relief/cases/{id}", caseId).then().extract().<String>path("status"))
                    .isEqualTo("APPRAISED"));
            assertThat(browser.measure("/console/relief/notices?village=" + VILLAGE, "relief-2-notices"))
                    .isLessThan(PAGE_BUDGET_MILLIS);
            // the list went up on paper eight days ago: the service dates a posted notice today, so it is recorded
            // after the fact, marked so, and a county user confirms it (next step) before the township reviews
            browser.find("#paper-notice summary").click();
            setValue(browser, browser.find("#paper-posted-on"), TODAY.minusDays(8).toString());
            browser.find("#paper-document").sendKeys("村务公开栏照片第1号");
            browser.find("#paper-reason").sendKeys("系统上线前已张贴纸质名单");
            browser.find("#record-paper-notice").click();
            assertThat(browser.visible("#done").getText()).contains("已张贴公示");
            assertThat(browser.all("#notices span.paper-notice")).as("the paper list is marked").isNotEmpty();
            assertThat(browser.all("a.notice-pdf")).isNotEmpty();
            String pdf = fetch(browser, browser.all("a.notice-pdf").get(0).getAttribute("href"));
            assertThat(pdf).as("the notice is the API's PDF, passed on with the user's token").startsWith("%PDF");
            browser.screenshot("relief-3-notice-posted");
        }
    }

    @Test
    @Order(3)
    void aCountyUserConfirmsThePaperNoticeWithAReason() {
        try (ConsoleBrowser browser = new ConsoleBrowser().login("county-civil")) {
            browser.open("/console/relief/notices?village=" + VILLAGE);
            WebElement form = browser.find("form.confirm-notice-form");
            form.findElement(By.name("reason")).sendKeys("已核对公开栏照片，公示自张贴之日起满7天");
            browser.screenshot("relief-3b-confirm-paper-notice");
            form.findElement(By.cssSelector("button.confirm-notice")).click();
            assertThat(browser.visible("#done").getText()).contains("已确认补录");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(relief("county-civil")
                    .get("/api/relief/cases/{id}", caseId).then().extract().<String>path("noticeRunsUntil"))
                    .isEqualTo(TODAY.minusDays(1).toString()));
        }
    }

    @Test
    @Order(4)
    void theTownshipReviewsTheCaseWhenItsNoticeRanOut() {
        try (ConsoleBrowser browser = new ConsoleBrowser().login("zhutuo-civil")) {
            WebElement row = awaitRow(browser, "/console/relief/cases?status=ON_NOTICE", "form.review-form");
            assertThat(row.findElements(By.cssSelector("form.appraise-form, form.approve-form")))
                    .as("the township is offered only its own step").isEmpty();
            row.findElement(By.name("opinion")).sendKeys("经审核符合条件");
            browser.screenshot("relief-4-township-review");
            row.findElement(By.cssSelector("button.review-pass")).click();
            assertThat(browser.visible("#done").getText()).contains("审核已记录");
        }
    }

    @Test
    @Order(5)
    void theCountyApprovesFromTheFundAndMakesUpTheBatch() {
        try (ConsoleBrowser browser = new ConsoleBrowser().login("county-civil")) {
            WebElement row = awaitRow(browser, "/console/relief/cases?status=REVIEWED", "form.approve-form");
            new Select(row.findElement(By.cssSelector("select.fund"))).selectByValue(fundId);
            assertThat(browser.measureHere("relief-5-county-approval")).isLessThan(PAGE_BUDGET_MILLIS);
            row = awaitRow(browser, "/console/relief/cases?status=REVIEWED", "form.approve-form");
            new Select(row.findElement(By.cssSelector("select.fund"))).selectByValue(fundId);
            row.findElement(By.cssSelector("button.approve")).click();
            assertThat(browser.visible("#done").getText()).contains("审批已记录");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(relief("county-civil")
                    .get("/api/relief/cases/{id}", caseId).then().extract().<String>path("status"))
                    .isEqualTo("APPROVED"));

            browser.open("/console/relief/batches");
            browser.find("#batch-division").clear();
            browser.find("#batch-division").sendKeys(VILLAGE);
            browser.find("#batch-disaster").sendKeys(disasterId);
            browser.find("#batch-title").sendKeys("控制台演练第1批");
            browser.find("#make-batch").click();
            browser.waitFor().until(driver -> driver.getCurrentUrl()
                    .matches(".*/console/relief/batches/[0-9a-f-]{36}$"));
            batchId = browser.driver.getCurrentUrl().substring(browser.driver.getCurrentUrl().lastIndexOf('/') + 1);
            awaitRow(browser, "/console/relief/batches/" + batchId, "td.payment-status");
            assertThat(browser.find("#batch-total").getText()).isEqualTo(AMOUNT);
            assertThat(browser.all("#bank-file")).as("the bank file is finance's").isEmpty();
            assertThat(browser.measureHere("relief-6-batch-made")).isLessThan(PAGE_BUDGET_MILLIS);
        }
    }

    @Test
    @Order(6)
    void financeDownloadsTheBankFileUploadsTheResultAndTheCaseIsPaid() throws IOException {
        try (ConsoleBrowser browser = new ConsoleBrowser().login("county-finance")) {
            browser.open("/console/relief/batches/" + batchId);
            WebElement line = browser.find("tr[data-payment]");
            paymentId = line.getAttribute("data-payment");
            // 双人复核: county-civil made the batch, finance releases it before there is a bank file
            assertThat(browser.all("#bank-file")).as("no bank file before the release").isEmpty();
            browser.find("#release-batch").click();
            browser.waitFor().until(driver -> {
                browser.open("/console/relief/batches/" + batchId);
                return !browser.all("#bank-file").isEmpty();
            });
            String bankFile = fetch(browser, browser.find("#bank-file").getAttribute("href"));
            assertThat(bankFile).contains(paymentId).contains("TOTAL,1,1800.00");

            Path result = Files.createTempFile("bank-result-", ".csv");
            Files.writeString(result, "paymentId,amount,status,bankReference\n" + paymentId + ",1800.00,PAID,B1\n",
                    StandardCharsets.UTF_8);
            browser.find("#bank-results-file").sendKeys(result.toString());
            browser.find("#upload-results").click();
            browser.visible("#reconciliation");
            assertThat(browser.find("#paid-count").getText()).isEqualTo("1");
            assertThat(browser.find("#failed-count").getText()).isEqualTo("0");
            browser.screenshot("relief-7-reconciliation");

            browser.waitFor().until(driver -> {
                browser.open("/console/relief/batches/" + batchId);
                return browser.find("td.payment-status").getText().contains("已发放");
            });
            assertThat(browser.measure("/console/relief/paid?village=" + VILLAGE, "relief-8-paid-list"))
                    .isLessThan(PAGE_BUDGET_MILLIS);
            assertThat(browser.find("#paid").getText()).contains(HEAD).contains(AMOUNT);

            assertThat(browser.measure("/console/relief/funds/" + fundId, "relief-9-fund-ledger"))
                    .isLessThan(PAGE_BUDGET_MILLIS);
            assertThat(browser.find("#committed").getText()).isEqualTo(AMOUNT);
            assertThat(browser.find("#paid").getText()).isEqualTo(AMOUNT);
            assertThat(browser.all("#fund-chart svg polyline")).hasSize(2);

            assertThat(browser.measure("/console/relief/cases/deadlines", "relief-10-deadlines"))
                    .isLessThan(PAGE_BUDGET_MILLIS);
            assertThat(browser.all("section.deadline-list")).hasSize(3);
        }
    }

    @Test
    @Order(7)
    void anAuditorOpensThePaymentsHistoryAndItsStateAtAPastMoment() {
        try (ConsoleBrowser browser = new ConsoleBrowser().login("county-auditor")) {
            browser.open("/console/relief/batches/" + batchId);
            assertThat(browser.all("#upload-results, button.reissue")).as("an auditor is offered no change").isEmpty();
            browser.find("tr[data-payment=\"" + paymentId + "\"] a.payment-history").click();
            browser.visible("#timeline");
            String timeline = browser.find("#timeline").getText();
            assertThat(timeline).contains("PaymentIssued").contains("PaymentConfirmed").contains("county-finance");
            assertThat(browser.measureHere("relief-11-payment-history")).isLessThan(PAGE_BUDGET_MILLIS);

            List<Instant> times = new ArrayList<>();
            browser.all("#timeline li").forEach(item -> times.add(Instant.parse(item.getAttribute("data-at"))));
            Instant moment = times.stream().min(Instant::compareTo).orElseThrow().plusSeconds(1);
            long expected = times.stream().filter(time -> !time.isAfter(moment.truncatedTo(ChronoUnit.SECONDS)))
                    .count();
            setValue(browser, browser.find("#at"), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
                    .format(moment.atZone(CHINA)));
            browser.find("#show-state").click();
            browser.visible("#state-fields");
            assertThat(Long.parseLong(browser.find("#events-applied").getText())).isEqualTo(expected);
            assertThat(browser.find("#state-fields").getText()).contains(paymentId);
            assertThat(browser.measureHere("relief-12-payment-state")).isLessThan(PAGE_BUDGET_MILLIS);

            browser.open("/console/relief/cases?status=APPROVED");
            browser.find("tr[data-case=\"" + caseId + "\"] a.case-history").click();
            browser.visible("#timeline");
            assertThat(browser.find("#timeline").getText()).contains("village-civil").contains("zhutuo-civil")
                    .contains("county-civil");
            browser.screenshot("relief-13-case-history");
        }
    }

    /** Reopens the page until the row of the case (or the batch's payment line) shows the wanted element. */
    private static WebElement awaitRow(ConsoleBrowser browser, String path, String css) {
        String row = path.contains("/batches/") ? "tr[data-payment]" : "tr[data-case=\"" + caseId + "\"]";
        browser.waitFor().withTimeout(Duration.ofSeconds(40)).until(driver -> {
            browser.open(path);
            return !browser.all(row + " " + css).isEmpty();
        });
        return browser.find(row);
    }

    /** A file fetched by the browser itself, with its session: what a click on the link would download. */
    private static String fetch(ConsoleBrowser browser, String href) {
        Object text = ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));""", href);
        return String.valueOf(text);
    }

    private static List<String> menu(ConsoleBrowser browser) {
        return browser.all("nav.side a").stream().map(WebElement::getText).toList();
    }

    private static void setValue(ConsoleBrowser browser, WebElement input, String value) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
