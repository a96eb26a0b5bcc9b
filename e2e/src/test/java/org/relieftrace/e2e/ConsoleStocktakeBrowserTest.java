package org.relieftrace.e2e;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 盘点 and 报损 in a real headless Chromium: the village keeper prints the goods-received note of ten quilts, starts
 * a stocktake and counts one quilt fewer than the book with the reason; the township's supplies officer approves and
 * the stocktake sheet prints as PDF; the keeper then asks to write a damaged quilt off and the officer approves it.
 * The keeper traces the lot back to the donation. Screenshots land in {@code e2e/target/screenshots/}.
 */
@ExtendWith(RunningSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleStocktakeBrowserTest {

    private static final UUID VILLAGE = Depots.of("ZT-V201-01");
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String LOT = "ST-" + RUN;

    private static String stocktakePath;
    private static String receiptId;

    @BeforeAll
    static void tenQuiltsInTheVillageDepot() {
        receiptId = given().baseUri(RunningSystem.gateway()).auth().oauth2(Tokens.of("village-keeper"))
                .contentType(ContentType.JSON).body("""
                {"source": "DONATION", "reference": "PD-%s", "supplier": "红十字会", "reason": "捐赠入库",
                 "lines": [{"itemCode": "QUILT", "lotNumber": "%s", "quantity": 10, "producedOn": "2026-05-01",
                            "expiresOn": "2031-05-01"}]}""".formatted(RUN, LOT))
                .post("/api/supplies/depots/{id}/receipts", VILLAGE).then().statusCode(201).extract().path("receiptId");
    }

    @Test
    @Order(1)
    void theKeeperCountsOneQuiltShortWithTheReasonAndTheOfficerApprovesAndPrintsTheSheet() {
        try (ConsoleBrowser browser = new ConsoleBrowser().login("village-keeper")) {
            browser.waitFor().until(driver -> {
                browser.open("/console/stock?depot=" + VILLAGE);
                return browser.find("main").getText().contains(LOT);
            });
            assertPdf(browser.withSession().get("/console/receipts/" + VILLAGE + "/" + receiptId + "/note.pdf"));
            browser.find("#start-stocktake").click();
            browser.waitFor().until(driver -> shows(browser, "盘点中") && !browser.all("#count-form").isEmpty());
            stocktakePath = browser.driver.getCurrentUrl().substring(RunningSystem.gateway().length());
            assertThat(browser.find("#stocktake-status").getText()).isEqualTo("盘点中");
            WebElement mine = browser.all("tr.count").stream().filter(row -> row.getText().contains(LOT))
                    .findFirst().orElseThrow();
            replace(mine.findElement(By.cssSelector("input.counted")), "9");
            mine.findElement(By.cssSelector("input.line-reason")).sendKeys("鼠咬损坏一床");
            browser.screenshot("stocktake-1-count");
            browser.find("#submit-count").click();
            browser.waitFor().until(driver -> shows(browser, "待审批")
                    && !browser.all("#stocktake-lines").isEmpty());
            assertThat(browser.find("#stocktake-lines").getText()).contains(LOT).contains("鼠咬损坏一床")
                    .contains("-1");
            assertThat(browser.all("#approve")).as("a keeper approves nothing").isEmpty();
        }
        try (ConsoleBrowser browser = new ConsoleBrowser().login("zhutuo-officer")) {
            browser.open(stocktakePath);
            browser.find("#decision-reason").sendKeys("核实无误");
            browser.screenshot("stocktake-2-approve");
            browser.find("#approve").click();
            browser.waitFor().until(driver -> shows(browser, "已审批"));
            browser.screenshot("stocktake-3-approved");

            assertPdf(browser.withSession().get(stocktakePath + "/sheet.pdf"));
        }
    }

    @Test
    @Order(2)
    void theKeeperAsksToWriteADamagedQuiltOffAndTheOfficerApproves() {
        try (ConsoleBrowser browser = new ConsoleBrowser().login("village-keeper")) {
            browser.open("/console/write-offs?depot=" + VILLAGE);
            Select lot = new Select(browser.find("#lot"));
            lot.getOptions().stream().filter(option -> option.getText().contains(LOT)).findFirst().orElseThrow()
                    .click();
            browser.find("#quantity").sendKeys("1");
            new Select(browser.find("#kind")).selectByValue("DAMAGED");
            browser.find("#reason").sendKeys("雨淋霉变");
            browser.screenshot("writeoff-1-request");
            browser.find("#request-write-off").click();
            browser.waitFor().until(driver -> {
                browser.open("/console/write-offs?depot=" + VILLAGE);
                return row(browser) != null;
            });
            assertThat(row(browser).getText()).contains("损坏").contains("待审批");
            assertThat(browser.all("button.approve")).as("a keeper approves nothing").isEmpty();
        }
        try (ConsoleBrowser browser = new ConsoleBrowser().login("zhutuo-officer")) {
            browser.open("/console/write-offs?depot=" + VILLAGE);
            row(browser).findElement(By.cssSelector("button.approve")).click();
            browser.waitFor().until(driver -> {
                browser.open("/console/write-offs?depot=" + VILLAGE);
                return row(browser).getText().contains("已报损");
            });
            browser.screenshot("writeoff-2-approved");
        }
        Response stock = given().baseUri(RunningSystem.gateway()).auth().oauth2(Tokens.of("village-keeper"))
                .get("/api/supplies/depots/{id}/stock?size=500", VILLAGE);
        assertThat(stock.jsonPath().getList("lots.items.findAll { it.lotNumber == '" + LOT + "' }.onHand"))
                .as("10 received, 1 short at the count, 1 written off").containsExactly(8);
    }

    @Test
    @Order(3)
    void theKeeperTracesTheLotBackToTheDonation() {
        try (ConsoleBrowser browser = new ConsoleBrowser().login("village-keeper")) {
            browser.open("/console/stock?depot=" + VILLAGE);
            browser.all("a.trace-link").stream().filter(link -> link.getText().equals(LOT)).findFirst().orElseThrow()
                    .click();
            assertThat(browser.visible("#trace li.trace-origin").getText()).contains("红十字会").contains("PD-" + RUN);
            assertThat(browser.find("#trace").getText()).contains(LOT);
            browser.screenshot("trace-1-lot");
        }
    }

    /** Whether the stocktake page, which refreshes itself while the status is recorded, shows this status. */
    private static boolean shows(ConsoleBrowser browser, String status) {
        try {
            return browser.all("#stocktake-status").stream().anyMatch(shown -> shown.getText().equals(status));
        } catch (org.openqa.selenium.WebDriverException reloading) {
            return false;
        }
    }

    private static void assertPdf(Response pdf) {
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(new String(pdf.asByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private static WebElement row(ConsoleBrowser browser) {
        return browser.all("tr.write-off").stream().filter(row -> row.getText().contains(LOT)).findFirst()
                .orElse(null);
    }

    private static void replace(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }
}
