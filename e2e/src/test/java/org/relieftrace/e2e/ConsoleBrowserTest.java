package org.relieftrace.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web console in a real headless Chromium: each role logs in through Keycloak's login page and walks its main
 * path — the keeper receives goods and sees them in stock, civil affairs imports households from an XLSX file and
 * opens one with its history, the auditor opens the depot's history, its state at a past moment, the event stream,
 * the verification, the projections and the stock chart; an admin replays a projection. Screenshots and page load
 * times land in {@code e2e/target/screenshots/}; every page must be ready within a second.
 */
@ExtendWith(RunningSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    private static final long PAGE_BUDGET_MILLIS = 1_000;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String LOT = "W-" + System.currentTimeMillis() % 1_000_000;
    /** The household civil affairs imported, for the auditor to open. */
    private static String importedHousehold;

    @Test
    @Order(1)
    void aKeeperReceivesGoodsWithTwoLotLinesAndSeesThemInTheStockOfTheirOwnDepotOnly() {
        try (ConsoleBrowser browser = new ConsoleBrowser().login("zhutuo-keeper")) {
            assertThat(browser.driver.getCurrentUrl()).endsWith("/console/stock");
            assertThat(browser.find("#depot-name").getText()).isEqualTo("朱沱镇应急物资储备库");
            assertThat(browser.all("#depot-picker")).as("a keeper with one depot picks none").isEmpty();
            assertThat(menu(browser))
                    .containsExactly("库存", "入库", "调拨", "分发", "离线待发送", "需求申报", "协议储备", "捐赠承诺");
            assertThat(browser.measure("/console/stock", "keeper-1-stock-before")).isLessThan(PAGE_BUDGET_MILLIS);

            browser.find("#receive-link").click();
            browser.visible("#receipt");
            new Select(browser.find("#source")).selectByValue("DONATION");
            browser.find("#reference").sendKeys("JZ-2026-118");
            browser.find("#supplier").sendKeys("永川区红十字会");
            browser.find("#reason").sendKeys("社会捐赠入库");
            fillLine(browser, 0, "WATER-550", LOT + "-A", "24", "2026-05-01");
            browser.find("#add-line").click();
            browser.waitFor().until(driver -> browser.all("tr.line").size() == 2);
            fillLine(browser, 1, "TENT-12", LOT + "-B", "3", "");
            browser.screenshot("keeper-2-receive-form");
            browser.find("#submit-receipt").click();
            assertThat(browser.visible("#recorded").getText()).contains("2");

            // a refusal shows the API's own message, field named, in the user's language; nothing is recorded
            fillLine(browser, 0, "WATER-550", LOT + "-C", "0", "");
            browser.find("#submit-receipt").click();
            WebElement problem = browser.visible("#problem");
            assertThat(problem.getText()).contains("lines[0].quantity");
            browser.screenshot("keeper-3-receive-refused");

            assertThat(browser.measure("/console/stock", "keeper-4-stock-after")).isLessThan(PAGE_BUDGET_MILLIS);
            String lots = browser.find("#lots").getText();
            assertThat(lots).contains(LOT + "-A").contains(LOT + "-B").doesNotContain(LOT + "-C");
            assertThat(browser.find("#items").getText()).contains("瓶装饮用水");

            // another depot's stock is not shown to this keeper: the API refuses and the console says so
            browser.open("/console/stock?depot=" + Depots.of("YC-COUNTY-01"));
            assertThat(browser.all("#depot-name, #items, #lots")).isEmpty();
            assertThat(browser.find("#not-yours").getText()).contains("不在您的范围内");

            browser.find("#lang-en").click();
            browser.waitFor().until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Stock · 朱沱镇应急物资储备库"));
            assertThat(menu(browser))
                    .containsExactly("Stock", "Receive goods", "Transfers", "Distribute", "Waiting to send",
                            "Supply requests", "Agreement reserves", "Pledges");
            browser.screenshot("keeper-5-stock-english");
            browser.find("#lang-zh").click();
            browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("lang-en")));
        }
    }

    @Test
    @Order(2)
    void aSuppliesOfficerPicksAmongTheDepotsOfTheirDivision() {
        try (ConsoleBrowser browser = new ConsoleBrowser().login("zhutuo-officer")) {
            List<String> depots = new Select(browser.find("#depot-picker")).getOptions().stream()
                    .map(WebElement::getText).toList();
            assertThat(depots).anyMatch(name -> name.contains("ZT-TOWN-01"))
                    .anyMatch(name -> name.contains("ZT-V201-01"))
                    .noneMatch(name -> name.contains("YC-COUNTY-01"));
            assertThat(menu(browser)).containsExactly("库存", "入库", "调拨", "分发", "离线待发送", "需求申报", "协议储备",
                    "捐赠承诺", "战备", "资源配置图", "户籍", "应急避难场所");
            assertThat(browser.measure("/console/stock", "officer-1-stock")).isLessThan(PAGE_BUDGET_MILLIS);
        }
    }

    @Test
    @Order(3)
    void civilAffairsImportsHouseholdsFromXlsxSeesTheRowReportAndOpensAHouseholdWithItsHistory() throws IOException {
        String name = "王" + (char) ('一' + (int) (System.currentTimeMillis() % 1000));
        String idNumber = People.freshResidentId();
        Path file = xlsx(List.of(
                new String[] {"500118116200", "朱沱镇第1村3组12号", name + "芳", idNumber, "13800001111"},
                new String[] {"500118116200", "朱沱镇第1村3组13号", name + "强", People.freshResidentId(), "13800001112"},
                new String[] {"500118116200", "朱沱镇第1村3组14号", name + "错", "123", "13800001113"}));
        try (ConsoleBrowser browser = new ConsoleBrowser().login("zhutuo-civil")) {
            assertThat(browser.driver.getCurrentUrl()).endsWith("/console/households");
            assertThat(menu(browser)).containsExactly("库存", "需求申报", "协议储备", "捐赠承诺", "资源配置图", "户籍",
                    "批量导入", "应急避难场所", "灾情统计", "救助案件", "公示",
                    "发放名单", "发放批次", "时限看板", "资金台账").doesNotContain("入库");
            browser.open("/console/households/import");
            browser.find("#file").sendKeys(file.toString());
            new Select(browser.find("#mode")).selectByValue("VALID_ROWS_ONLY");
            browser.find("#import-submit").click();
            String report = browser.visible("#import-report").getText();
            assertThat(report).contains("共 3 行，导入 2 户，无效 1 行");
            assertThat(browser.find("#import-problems").getText()).contains("4").contains("headIdNumber");
            browser.screenshot("civil-1-import-report");

            assertThat(browser.measure("/console/households?division=500118116200&q=" + name,
                    "civil-2-household-search")).isLessThan(PAGE_BUDGET_MILLIS);
            List<WebElement> found = browser.all("a.household-link");
            assertThat(found).extracting(WebElement::getText).containsExactlyInAnyOrder(name + "芳", name + "强");

            browser.all("a.household-link").stream().filter(link -> link.getText().equals(name + "芳")).findFirst()
                    .orElseThrow().click();
            browser.visible("#members");
            assertThat(browser.find("#household-head").getText()).isEqualTo(name + "芳");
            assertThat(browser.find("#members").getText()).as("civil affairs read the whole ID number")
                    .contains(idNumber);
            String history = browser.find("#timeline").getText();
            assertThat(history).contains("HouseholdRegistered").contains("zhutuo-civil").contains("500118116000");
            assertThat(browser.measureHere("civil-3-household-history")).isLessThan(PAGE_BUDGET_MILLIS);
            importedHousehold = browser.driver.getCurrentUrl().substring(RunningSystem.gateway().length());
        }
    }

    @Test
    @Order(4)
    void anAuditorOpensTheDepotsHistoryItsStateAtAPastMomentTheStreamTheVerificationAndTheChart() {
        try (ConsoleBrowser browser = new ConsoleBrowser().login("zhutuo-auditor")) {
            assertThat(browser.driver.getCurrentUrl()).endsWith("/console/audit/history");
            assertThat(menu(browser)).contains("记录历史", "事件流", "校验与导出", "投影状态", "库存曲线")
                    .doesNotContain("入库", "批量导入");

            browser.open("/console/stock?depot=" + Depots.ZHUTUO);
            assertThat(browser.all("#receive-link")).as("an auditor is offered no change").isEmpty();
            browser.find("#history-link").click();
            browser.visible("#timeline");
            String timeline = browser.find("#timeline").getText();
            assertThat(timeline).contains("StockReceived").contains("zhutuo-keeper").contains("社会捐赠入库")
                    .contains(LOT + "-A");
            assertThat(browser.measureHere("auditor-1-depot-history")).isLessThan(PAGE_BUDGET_MILLIS);

            // the state one second after the first event: every event up to then, none after
            List<Instant> times = new ArrayList<>();
            browser.all("#timeline li").forEach(item -> times.add(Instant.parse(item.getAttribute("data-at"))));
            Instant moment = times.get(0).plusSeconds(1);
            long expected = times.stream().filter(time -> !time.isAfter(moment.truncatedTo(
                    java.time.temporal.ChronoUnit.SECONDS))).count();
            setValue(browser, "#at", DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
                    .format(moment.atZone(CHINA)));
            browser.find("#show-state").click();
            browser.visible("#state-fields");
            assertThat(Long.parseLong(browser.find("#events-applied").getText())).isEqualTo(expected);
            assertThat(browser.find("#state-fields").getText()).contains("onHand");
            assertThat(browser.measureHere("auditor-2-state-at-moment")).isLessThan(PAGE_BUDGET_MILLIS);

            assertThat(browser.measure("/console/audit/events?service=supplies&user=zhutuo-keeper",
                    "auditor-3-event-stream")).isLessThan(PAGE_BUDGET_MILLIS);
            assertThat(Long.parseLong(browser.find("#events-total").getText())).isGreaterThanOrEqualTo(2);
            assertThat(browser.find("#events").getText()).contains("StockReceived");

            assertThat(browser.measure("/console/audit/verify?service=supplies&run=1&aggregate=" + Depots.ZHUTUO,
                    "auditor-4-verify")).isLessThan(PAGE_BUDGET_MILLIS);
            assertThat(browser.find("#verify-result").getText()).contains("哈希链完整");

            assertThat(importedHousehold).as("the household civil affairs imported").isNotNull();
            browser.open(importedHousehold);
            assertThat(browser.find("#members").getText()).as("an auditor reads ID numbers masked, as the API"
                    + " returns them to that role").contains("*");
            assertThat(browser.find("#timeline").getText()).contains("HouseholdRegistered");

            assertThat(browser.measure("/console/audit/projections", "auditor-5-projections"))
                    .isLessThan(PAGE_BUDGET_MILLIS);
            assertThat(browser.all("button.replay")).as("replaying is for admins").isEmpty();
            assertThat(browser.find("#projections").getText()).contains("物资服务").contains("登记服务");

            assertThat(browser.measure("/console/audit/stock-chart?depot=" + Depots.ZHUTUO + "&item=WATER-550",
                    "auditor-6-stock-chart")).isLessThan(PAGE_BUDGET_MILLIS);
            assertThat(browser.all("#stock-chart svg polyline")).hasSize(1);
            assertThat(browser.find("#chart-points").getText()).contains("StockReceived");
        }
    }

    @Test
    @Order(5)
    void anAdminReplaysAProjectionAndSeesItRunningAgain() {
        try (ConsoleBrowser browser = new ConsoleBrowser().login("admin")) {
            browser.open("/console/audit/projections");
            browser.find("#replay-registry-capacity").click();
            assertThat(browser.visible("#replay-started").getText()).contains("capacity");
            browser.screenshot("admin-1-projection-replay");
            // rebuilt from the whole history: running again and caught up with the global stream
            browser.waitFor().until(driver -> {
                browser.open("/console/audit/projections");
                return browser.find("#projection-registry-capacity").getText().contains("运行中")
                        && browser.find("#lag-registry-capacity").getText().equals("0");
            });
        }
    }

    private static List<String> menu(ConsoleBrowser browser) {
        return browser.all("nav.side a").stream().map(WebElement::getText).toList();
    }

    private static void fillLine(ConsoleBrowser browser, int index, String item, String lot, String quantity,
                                 String producedOn) {
        WebElement line = browser.all("tr.line").get(index);
        new Select(line.findElement(By.cssSelector("select.item-code"))).selectByValue(item);
        replace(line.findElement(By.cssSelector("input.lot-number")), lot);
        replace(line.findElement(By.cssSelector("input.quantity")), quantity);
        if (!producedOn.isEmpty()) {
            WebElement date = line.findElement(By.cssSelector("input.produced-on"));
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", date,
                    producedOn);
        }
    }

    private static void replace(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private static void setValue(ConsoleBrowser browser, String css, String value) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", browser.find(css),
                value);
    }

    /** An XLSX file in the import's layout: the header row, then one household with its head per row. */
    private static Path xlsx(List<String[]> rows) throws IOException {
        Path file = Files.createTempFile("households-", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("households");
            String[] header = {"divisionCode", "address", "headName", "headIdNumber", "headPhone"};
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows.get(r).length; i++) {
                    row.createCell(i).setCellValue(rows.get(r)[i]);
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
