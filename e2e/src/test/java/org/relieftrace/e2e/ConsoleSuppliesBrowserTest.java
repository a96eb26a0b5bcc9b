package org.relieftrace.e2e;

import java.util.List;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supplies pages of the console in a real headless Chromium: the township's supplies officer requests a transfer
 * of quilts to the village depot, approves it and dispatches it with vehicle, driver and waybill (and prints the
 * waybill); the village keeper checks the goods in lot by lot, one quilt damaged, and hands a quilt to a household
 * registered in the village, found by the head's name; a recipient who is not of the household is refused with the
 * API's message. Screenshots and load times land in {@code e2e/target/screenshots/}.
 */
@ExtendWith(RunningSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleSuppliesBrowserTest {

    private static final long PAGE_BUDGET_MILLIS = 1_000;
    private static final String VILLAGE_DIVISION = "500118116201";
    private static final UUID VILLAGE = Depots.of("ZT-V201-01");
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String HEAD = "发放户" + RUN;
    private static final String HEAD_ID = People.freshResidentId();

    private static String disaster;
    private static String transferPath;

    private static RequestSpecification as(String user) {
        return given().baseUri(RunningSystem.gateway()).auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    @BeforeAll
    static void quiltsInTheTownshipAHouseholdInTheVillageAndAFlood() {
        as("zhutuo-keeper").body("""
                {"source": "DONATION", "reference": "JZ-%s", "supplier": "永川区红十字会", "reason": "社会捐赠入库",
                 "lines": [{"itemCode": "QUILT", "lotNumber": "Q-%s", "quantity": 40, "producedOn": "2026-05-01",
                            "expiresOn": "2031-05-01"}]}""".formatted(RUN, RUN))
                .post("/api/supplies/depots/{id}/receipts", Depots.ZHUTUO).then().statusCode(201);
        Response registered = as("village-civil").body("""
                {"divisionCode": "%s", "address": "朱沱镇第2村5组", "reason": "受灾户登记",
                 "head": {"name": "%s", "idNumber": "%s", "phone": "13800138000"}}"""
                .formatted(VILLAGE_DIVISION, HEAD, HEAD_ID)).post("/api/registry/households");
        assertThat(registered.statusCode()).as(registered.body().asString()).isEqualTo(201);
        disaster = as("admin").body("""
                {"type": "FLOOD", "name": "朱沱洪涝 %s", "startedAt": "%s",
                 "responseLevel": "III", "affectedDivisionCodes": ["%s"]}"""
                .formatted(RUN, java.time.OffsetDateTime.now().minusHours(1), VILLAGE_DIVISION))
                .post("/api/registry/disasters").then().statusCode(201).extract().path("disasterId");
    }

    @Test
    @Order(1)
    void theCountyOfficerRequestsAndTheTownshipOfficerApprovesAndDispatchesATransferAndPrintsTheWaybill() {
        try (ConsoleBrowser browser = new ConsoleBrowser().login("county-officer")) {
            assertThat(browser.measure("/console/transfers", "supplies-1-transfers")).isLessThan(PAGE_BUDGET_MILLIS);
            browser.find("#new-transfer").click();
            browser.visible("#transfer-form");
            new Select(browser.find("#from")).selectByValue(Depots.ZHUTUO.toString());
            new Select(browser.find("#to")).selectByValue(VILLAGE.toString());
            browser.find("#reason").sendKeys("洪涝应急调拨 " + RUN);
            WebElement line = browser.all("tr.line").get(0);
            new Select(line.findElement(By.cssSelector("select.item-code"))).selectByValue("QUILT");
            line.findElement(By.cssSelector("input.quantity")).sendKeys("6");
            browser.screenshot("supplies-2-transfer-new");
            browser.find("#submit-transfer").click();

            browser.visible("#cancel-form");
            transferPath = browser.driver.getCurrentUrl().substring(RunningSystem.gateway().length());
            assertThat(browser.find("#transfer-status").getText()).isEqualTo("待审批");
            assertThat(browser.all("#approve")).as("who requested a transfer does not approve it").isEmpty();
        }
        try (ConsoleBrowser browser = new ConsoleBrowser().login("zhutuo-officer")) {
            browser.open(transferPath);
            browser.visible("#approve");
            assertThat(browser.find("#transfer-route").getText()).contains("朱沱镇应急物资储备库")
                    .contains("朱沱镇第2村应急物资储备点");
            browser.find("#decision-reason").sendKeys("同意调拨");
            browser.find("#approve").click();

            // the page refreshes itself while the source reserves the goods
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(60))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("dispatch-form")));
            assertThat(browser.find("#transfer-status").getText()).isEqualTo("已备货");
            browser.find("#vehicle").sendKeys("渝B" + RUN);
            browser.find("#driver").sendKeys("王师傅");
            browser.find("#waybill").sendKeys("YD-" + RUN);
            browser.screenshot("supplies-3-transfer-dispatch");
            browser.find("#dispatch").click();
            browser.waitFor().until(driver -> {
                driver.navigate().refresh();
                return browser.all("#dispatch-facts").size() == 1;
            });
            assertThat(browser.find("#transfer-status").getText()).isEqualTo("在途");
            assertThat(browser.find("#dispatch-facts").getText()).contains("YD-" + RUN).contains("王师傅");
            assertThat(browser.find("main").getText()).as("the lots sent").contains("Q-");
            assertThat(browser.measureHere("supplies-4-transfer-in-transit")).isLessThan(PAGE_BUDGET_MILLIS);

            Response pdf = browser.withSession().get(transferPath + "/waybill.pdf");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.contentType()).startsWith("application/pdf");
            assertThat(new String(pdf.asByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");

            browser.open("/console/transfers?status=DISPATCHED");
            assertThat(browser.find("#transfers").getText()).contains("YD-" + RUN);
        }
    }

    @Test
    @Order(4)
    void anOfficerSeesTheReadinessOfTheTownshipAndItsDepotsOnTheResourceMap() {
        try (ConsoleBrowser browser = new ConsoleBrowser().login("zhutuo-officer")) {
            assertThat(browser.measure("/console/readiness", "supplies-10-readiness")).isLessThan(PAGE_BUDGET_MILLIS);
            assertThat(browser.find("#division-name").getText()).isEqualTo("朱沱镇");
            assertThat(browser.find("#readiness").getText()).contains("棉被");
            assertThat(browser.measure("/console/readiness/map", "supplies-11-resource-map"))
                    .isLessThan(PAGE_BUDGET_MILLIS);
            assertThat(browser.all("#resource-map g.depot").stream().map(g -> g.getAttribute("data-depot")))
                    .contains("ZT-TOWN-01", "ZT-V201-01").doesNotContain("YC-COUNTY-01");
        }
        try (ConsoleBrowser browser = new ConsoleBrowser().login("village-keeper")) {
            assertThat(browser.all("nav.side a[href='/console/readiness']")).as("a keeper approves nothing")
                    .isEmpty();
        }
    }

    @Test
    @Order(2)
    void theVillageKeeperChecksTheGoodsInLotByLotWithOneQuiltDamaged() {
        assertThat(transferPath).as("the transfer the officer dispatched").isNotNull();
        try (ConsoleBrowser browser = new ConsoleBrowser().login("village-keeper")) {
            browser.open("/console/transfers?status=DISPATCHED");
            assertThat(browser.find("#transfers").getText()).contains("YD-" + RUN);
            assertThat(browser.all("#new-transfer")).hasSize(1);
            browser.open(transferPath);
            assertThat(browser.all("#approve")).as("a keeper is offered no approval").isEmpty();
            List<WebElement> arrivals = browser.all("tr.arrival");
            assertThat(arrivals).isNotEmpty();
            WebElement first = arrivals.get(0);
            long sent = Long.parseLong(first.findElement(By.cssSelector("input.received")).getAttribute("value"));
            replace(first.findElement(By.cssSelector("input.received")), Long.toString(sent - 1));
            replace(first.findElement(By.cssSelector("input.damaged")), "1");
            first.findElement(By.cssSelector("input.lot-reason")).sendKeys("运输途中雨淋受损");
            assertThat(browser.measureHere("supplies-5-keeper-check-in")).isLessThan(PAGE_BUDGET_MILLIS);
            // measuring reloaded the page: fill the first lot again
            first = browser.all("tr.arrival").get(0);
            replace(first.findElement(By.cssSelector("input.received")), Long.toString(sent - 1));
            replace(first.findElement(By.cssSelector("input.damaged")), "1");
            first.findElement(By.cssSelector("input.lot-reason")).sendKeys("运输途中雨淋受损");
            browser.find("#receive").click();
            browser.waitFor().until(driver -> {
                driver.navigate().refresh();
                return browser.all("#transfer-status").size() == 1
                        && List.of("已接收", "已闭环").contains(browser.find("#transfer-status").getText());
            });
            assertThat(browser.all("#receive-form")).isEmpty();
            assertThat(browser.find("#transfer-lots").getText()).contains("运输途中雨淋受损");
            browser.screenshot("supplies-6-transfer-received");
        }
    }

    @Test
    @Order(3)
    void theVillageKeeperFindsTheHouseholdByTheFullIdNumberAndHandsOutAQuiltAndAStrangerIsRefused() {
        try (ConsoleBrowser browser = new ConsoleBrowser().login("village-keeper")) {
            browser.find("nav.side a[href='/console/distributions']").click();
            // a keeper sees ID numbers masked, yet the full number the recipient shows finds the household
            browser.visible("#q").sendKeys(HEAD_ID);
            browser.find("#search").click();
            browser.visible("a.pick-household").click();
            browser.visible("#distribute-form");
            assertThat(browser.find("#household-head").getText()).isEqualTo(HEAD);
            new Select(browser.find("#disaster")).selectByValue(disaster);
            new Select(browser.find("#item")).selectByValue("QUILT");
            replace(browser.find("#quantity"), "1");
            browser.find("#recipient-id").sendKeys(HEAD_ID);
            browser.find("#reason").sendKeys("应急期发放");
            assertThat(browser.measureHere("supplies-7-distribute")).isLessThan(PAGE_BUDGET_MILLIS);
            new Select(browser.find("#disaster")).selectByValue(disaster);
            new Select(browser.find("#item")).selectByValue("QUILT");
            replace(browser.find("#quantity"), "1");
            browser.find("#recipient-id").sendKeys(HEAD_ID);
            browser.find("#reason").sendKeys("应急期发放");
            browser.find("#distribute").click();
            assertThat(browser.visible("#handed").getText()).contains("× 1");
            browser.screenshot("supplies-8-distributed");
            String household = browser.find("input[name=household]").getAttribute("value");
            browser.waitFor().until(driver -> {
                browser.open("/console/distributions?depot=" + VILLAGE + "&household=" + household);
                return !browser.all("#given").isEmpty();
            });
            assertThat(browser.find("#given").getText()).contains("棉被").contains(HEAD);

            new Select(browser.find("#disaster")).selectByValue(disaster);
            new Select(browser.find("#item")).selectByValue("QUILT");
            replace(browser.find("#quantity"), "1");
            replace(browser.find("#recipient-id"), People.freshResidentId());
            browser.find("#distribute").click();
            assertThat(browser.visible("#problem").getText()).contains("领取人不是该户成员");
            assertThat(browser.find("#given").findElements(By.cssSelector("tbody tr"))).hasSize(1);
            browser.screenshot("supplies-9-distribution-refused");
        }
    }

    private static void replace(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }
}
