package org.relieftrace.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 灾情统计, 协议储备, 捐赠承诺, 应急避难场所, 资源配置图 and 离线待发送 in the console, in Chinese and in English: a
 * county civil-affairs officer opens the disasters, a flood's statistics page (deadlines, reports, comparison, the
 * three lists) and downloads it as Excel, then the agreement reserves, the pledges, the shelters and one shelter, the
 * resource map with that shelter on it, and the offline waiting list; the same pages again after switching to English.
 */
@ExtendWith(RunningSystem.class)
class ConsoleFieldWorkBrowserTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void theFieldPagesReadInChineseAndEnglishAndTheStatisticsExportAsExcel() throws IOException {
        String flood = "朱沱镇统计页面 " + RUN;
        String disaster = given().baseUri(RunningSystem.gateway()).auth().oauth2(Tokens.of("county-civil"))
                .contentType(ContentType.JSON).body("""
                        {"type": "FLOOD", "name": "%s", "startedAt": "2026-07-20T08:00:00+08:00",
                         "responseLevel": "IV", "affectedDivisionCodes": ["500118116000"], "reason": "页面测试"}"""
                        .formatted(flood)).post("/api/registry/disasters").then().statusCode(201).extract()
                .path("disasterId");
        String shelterName = "页面避难场所 " + RUN;
        String shelter = given().baseUri(RunningSystem.gateway()).auth().oauth2(Tokens.of("county-civil"))
                .contentType(ContentType.JSON).body("""
                        {"divisionCode": "500118116000", "name": "%s", "latitude": 29.05, "longitude": 105.85,
                         "capacity": 80, "reason": "页面测试"}""".formatted(shelterName))
                .post("/api/registry/shelters").then().statusCode(201).extract().path("shelterId");
        try (ConsoleBrowser browser = new ConsoleBrowser().login("county-civil")) {
            List<String> chinese = walk(browser, "zh", disaster, shelter);
            assertThat(chinese).containsExactly("灾情统计", "灾情统计 · " + flood, "协议储备", "捐赠承诺",
                    "应急避难场所", "避难场所 · " + shelterName, "资源配置图", "离线待发送");

            byte[] xlsx = browser.withSession().get("/console/disasters/{id}/export.xlsx", disaster).then()
                    .statusCode(200).extract().asByteArray();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                List<String> sheets = new ArrayList<>();
                workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
                assertThat(sheets).hasSize(5);
                assertThat(sheets.get(0)).startsWith("报表与台账对照");
            }

            browser.find("#lang-en").click();
            browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("lang-zh")));
            List<String> english = walk(browser, "en", disaster, shelter);
            assertThat(english).containsExactly("Disaster statistics", "Disaster statistics · " + flood,
                    "Agreement reserves", "Pledges", "Emergency shelters", "Shelter · " + shelterName,
                    "Resource map", "Waiting to send");
            browser.find("#lang-zh").click();
            browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("lang-en")));
        }
    }

    /**
     * The headings of the disasters, the flood's statistics, the agreement reserves, the pledges, the shelters, the
     * shelter, the resource map (without the division's name) and the offline waiting list; each page is kept as
     * {@code field-<lang>-<page>.png}.
     */
    private static List<String> walk(ConsoleBrowser browser, String lang, String disaster, String shelter) {
        List<String> headings = new ArrayList<>();
        headings.add(heading(browser, "/console/disasters", "field-" + lang + "-disasters"));
        headings.add(heading(browser, "/console/disasters/" + disaster, "field-" + lang + "-statistics"));
        assertThat(browser.find("#export-xlsx").getAttribute("href")).contains("/export.xlsx");
        headings.add(heading(browser, "/console/reserves", "field-" + lang + "-reserves"));
        headings.add(heading(browser, "/console/pledges", "field-" + lang + "-pledges"));
        headings.add(heading(browser, "/console/shelters", "field-" + lang + "-shelters"));
        assertThat(browser.all("tr.shelter[data-id='" + shelter + "']")).as("the shelter in the list").hasSize(1);
        headings.add(heading(browser, "/console/shelters/" + shelter, "field-" + lang + "-shelter"));
        headings.add(heading(browser, "/console/readiness/map", "field-" + lang + "-resource-map").split(" · ")[0]);
        assertThat(browser.all("g.shelter[data-shelter='" + shelter + "']")).as("the shelter on the map").hasSize(1);
        headings.add(heading(browser, "/console/offline", "field-" + lang + "-offline"));
        assertThat(browser.find("#offline-none").isDisplayed()).as("nothing waits on this device").isTrue();
        return headings;
    }

    /** Opens a page, keeps its screenshot and answers its heading. */
    private static String heading(ConsoleBrowser browser, String path, String screenshot) {
        browser.open(path);
        browser.screenshot(screenshot);
        return browser.find("h1").getText();
    }
}
