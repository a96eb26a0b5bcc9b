package org.relieftrace.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/**
 * 导出 Excel from the console: a keeper and civil affairs download lists through their console session (the link on
 * the page, the session cookie only) and the sheet holds exactly the rows the page shows — the stock of the keeper's
 * depot, and the households a search finds with the ID numbers as the page shows them to that user (masked for a
 * keeper, in full for civil affairs).
 */
@ExtendWith(RunningSystem.class)
class ConsoleExcelExportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String LOT = "XL-" + RUN;
    private static final String HEAD = "导出户" + RUN;
    private static final String HEAD_ID = People.freshResidentId();
    /** The first data row of a sheet: the title and the headers come first. */
    private static final int FIRST_ROW = 2;

    @BeforeAll
    static void aLotOnTheShelfAndAHousehold() {
        String keeper = Tokens.of("zhutuo-keeper");
        given().baseUri(RunningSystem.gateway()).auth().oauth2(keeper).contentType(ContentType.JSON)
                .header("Idempotency-Key", LOT).body(Depots.receipt("WATER-550", 36, LOT))
                .post("/api/supplies/depots/{id}/receipts", Depots.ZHUTUO).then().statusCode(201);
        Response registered = given().baseUri(RunningSystem.gateway()).auth().oauth2(Tokens.of("village-civil"))
                .contentType(ContentType.JSON).body("""
                        {"divisionCode": "500118116201", "address": "朱沱镇第2村8组", "reason": "受灾户登记",
                         "head": {"name": "%s", "idNumber": "%s", "phone": "13800138001"}}"""
                        .formatted(HEAD, HEAD_ID)).post("/api/registry/households");
        assertThat(registered.statusCode()).as(registered.body().asString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(RunningSystem.gateway())
                .auth().oauth2(keeper).get("/api/supplies/depots/{id}/stock?size=500", Depots.ZHUTUO)
                .then().statusCode(200).body("lots.items.lotNumber", hasItem(LOT)));
    }

    @Test
    void aKeepersStockExportHoldsTheItemsAndLotsThePageShows() throws IOException {
        try (ConsoleBrowser browser = new ConsoleBrowser().login("zhutuo-keeper")) {
            browser.open("/console/stock");
            String href = browser.find("#export-xlsx").getAttribute("href");
            assertThat(href).contains("/console/stock/export.xlsx");
            Response file = download(browser, href);
            assertThat(file.header("Content-Disposition")).startsWith("attachment;")
                    .contains("filename*=UTF-8''" + URLEncoder.encode("库存", StandardCharsets.UTF_8));
            try (XSSFWorkbook book = workbook(file)) {
                Sheet items = book.getSheetAt(0);
                assertThat(items.getRow(1).getCell(0).getStringCellValue()).isEqualTo("物资");
                List<List<String>> page = rows(browser, "#items");
                assertThat(items.getLastRowNum() - FIRST_ROW + 1).isEqualTo(page.size());
                for (int i = 0; i < page.size(); i++) {
                    Row row = items.getRow(FIRST_ROW + i);
                    assertThat(page.get(i).get(0)).isEqualTo(text(row, 0) + " " + text(row, 1));
                    assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(quantity(page.get(i).get(1))).isEqualTo((long) row.getCell(2).getNumericCellValue());
                    assertThat(quantity(page.get(i).get(3))).isEqualTo((long) row.getCell(5).getNumericCellValue());
                }

                Sheet lots = book.getSheetAt(1);
                List<List<String>> shelf = rows(browser, "#lots");
                assertThat(lots.getLastRowNum() - FIRST_ROW + 1).isEqualTo(shelf.size());
                List<String> lotNumbers = new ArrayList<>();
                for (int i = 0; i < shelf.size(); i++) {
                    Row row = lots.getRow(FIRST_ROW + i);
                    lotNumbers.add(text(row, 0));
                    assertThat(text(row, 0)).isEqualTo(shelf.get(i).get(0));
                    assertThat(text(row, 1)).isEqualTo(shelf.get(i).get(1));
                    assertThat(quantity(shelf.get(i).get(2))).isEqualTo((long) row.getCell(2).getNumericCellValue());
                    assertThat(text(row, 4)).isEqualTo(shelf.get(i).get(3));
                    assertThat(shelf.get(i).get(4)).startsWith(text(row, 5));
                }
                assertThat(lotNumbers).contains(LOT);
            }
        }
    }

    @Test
    void aKeepersHouseholdExportShowsTheIdNumbersMaskedAsThePageDoes() throws IOException {
        try (ConsoleBrowser browser = new ConsoleBrowser().login("zhutuo-keeper")) {
            List<List<String>> page = searchAndCompare(browser);
            assertThat(page).singleElement().satisfies(row -> assertThat(row.get(1)).contains("*")
                    .isNotEqualTo(HEAD_ID));
        }
    }

    @Test
    void civilAffairsExportTheSameHouseholdWithTheWholeIdNumber() throws IOException {
        try (ConsoleBrowser browser = new ConsoleBrowser().login("zhutuo-civil")) {
            List<List<String>> page = searchAndCompare(browser);
            assertThat(page).singleElement().satisfies(row -> assertThat(row.get(1)).isEqualTo(HEAD_ID));
        }
    }

    /** Searches the household by its head's name, downloads the export and checks it row by row; the page's rows. */
    private static List<List<String>> searchAndCompare(ConsoleBrowser browser) throws IOException {
        String search = "/console/households?q=" + URLEncoder.encode(HEAD, StandardCharsets.UTF_8);
        browser.waitFor().until(driver -> {
            browser.open(search);
            return !browser.all("#households").isEmpty();
        });
        List<List<String>> page = rows(browser, "#households");
        String href = browser.find("#export-xlsx").getAttribute("href");
        assertThat(href).contains("/console/households/export.xlsx?").contains("q=");
        try (XSSFWorkbook book = workbook(download(browser, href))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(text(sheet.getRow(1), 1)).isEqualTo("身份证号");
            List<List<String>> exported = new ArrayList<>();
            for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                exported.add(List.of(text(row, 0), text(row, 1), text(row, 2), text(row, 3), text(row, 4)));
            }
            assertThat(exported).isEqualTo(page);
            assertThat(sheet.getRow(FIRST_ROW).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
        }
        return page;
    }

    private static Response download(ConsoleBrowser browser, String href) {
        String cookies = browser.driver.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        // the address is the page's link as the browser has it, already encoded (a name in q)
        Response file = given().urlEncodingEnabled(false).header("Cookie", cookies).redirects().follow(false)
                .get(href);
        assertThat(file.statusCode()).as(file.body().asString()).isEqualTo(200);
        assertThat(file.contentType()).startsWith(XLSX);
        return file;
    }

    private static XSSFWorkbook workbook(Response file) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(file.asByteArray()));
    }

    /** The text of each cell of each body row of a table on the page. */
    private static List<List<String>> rows(ConsoleBrowser browser, String table) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement row : browser.all(table + " > tbody > tr")) {
            rows.add(row.findElements(By.xpath("./td")).stream().map(ConsoleExcelExportTest::cellText).toList());
        }
        return rows;
    }

    /** A cell of the page as the list's data: without the lot label's print link (标签) the stock page adds. */
    private static String cellText(WebElement cell) {
        String text = cell.getText();
        for (WebElement link : cell.findElements(By.cssSelector(".label-link"))) {
            text = text.replace(link.getText(), "");
        }
        return text.strip();
    }

    /** A cell as text: a number as the whole number it is, else its string; blank when empty. */
    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return "";
        }
        return cell.getCellType() == CellType.NUMERIC ? Long.toString((long) cell.getNumericCellValue())
                : new DataFormatter().formatCellValue(cell);
    }

    /** The leading quantity of a page's cell ({@code 1,200 顶} → 1200). */
    private static long quantity(String shown) {
        return Long.parseLong(shown.split(" ")[0].replace(",", ""));
    }
}
