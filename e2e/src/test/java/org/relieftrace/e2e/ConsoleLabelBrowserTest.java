package org.relieftrace.e2e;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 批次标签 — the keeper records a receipt in the console and prints its lot labels from the result; the sheet names
 * the lot. The address a label's QR code holds (the lot's trace page) opens that trace in the keeper's session, and
 * on a phone without a session it goes through Keycloak's login and lands on the same trace page. The lot's own label
 * prints from its trace page.
 */
@ExtendWith(RunningSystem.class)
class ConsoleLabelBrowserTest {

    private static final String LOT = "LBL-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aKeeperPrintsTheLabelsOfAReceiptAndTheirAddressOpensTheLotsTraceAfterALogin() throws IOException {
        String traceUrl;
        try (ConsoleBrowser browser = new ConsoleBrowser().login("zhutuo-keeper")) {
            browser.open("/console/receipts/new?depot=" + Depots.ZHUTUO);
            browser.visible("#receipt");
            new Select(browser.find("#source")).selectByValue("DONATION");
            browser.find("#reference").sendKeys("JZ-" + LOT);
            browser.find("#supplier").sendKeys("永川区红十字会");
            browser.find("#reason").sendKeys("社会捐赠入库");
            WebElement line = browser.all("tr.line").get(0);
            new Select(line.findElement(By.cssSelector("select.item-code"))).selectByValue("QUILT");
            line.findElement(By.cssSelector("input.lot-number")).sendKeys(LOT);
            line.findElement(By.cssSelector("input.quantity")).sendKeys("12");
            browser.find("#submit-receipt").click();
            String sheet = URI.create(browser.visible("#receipt-labels").getAttribute("href")).getPath();
            assertThat(sheet).startsWith("/console/labels/receipts/" + Depots.ZHUTUO + "/").endsWith("/sheet.pdf");
            String receiptId = sheet.split("/")[5];

            // the receipt is read from its projection: the sheet is printed once the receipt shows its lot
            browser.waitFor().until(driver -> browser.withSession().get(sheet).statusCode() == 200);
            assertThat(pdfText(browser.withSession().get(sheet))).as("the label names the lot").contains(LOT);

            String lotId = given().baseUri(RunningSystem.gateway()).auth().oauth2(Tokens.of("zhutuo-keeper"))
                    .accept(ContentType.JSON).get("/api/supplies/depots/{d}/receipts/{r}", Depots.ZHUTUO, receiptId)
                    .then().statusCode(200).extract().path("lots[0].lotId");
            traceUrl = RunningSystem.gateway() + "/console/lots/" + lotId + "/trace";

            browser.waitFor().until(driver -> {
                driver.get(traceUrl);
                return !browser.all("#trace").isEmpty();
            });
            assertThat(browser.find("#trace").getText()).contains(LOT);
            String label = URI.create(browser.find("#lot-label").getAttribute("href")).getPath();
            assertThat(label).isEqualTo("/console/labels/lots/" + lotId + "/label.pdf");
            assertThat(pdfText(browser.withSession().get(label))).contains(LOT);
            browser.screenshot("labels-1-trace");
        }
        try (ConsoleBrowser phone = new ConsoleBrowser().loginAt(traceUrl, "zhutuo-keeper")) {
            assertThat(phone.driver.getCurrentUrl()).as("back where the scan pointed").isEqualTo(traceUrl);
            assertThat(phone.visible("#trace").getText()).contains(LOT);
        }
    }

    /**
     * The first page's content read as UTF-16BE at both byte alignments: the labels' Chinese font is set in UCS-2
     * (UniGB-UCS2-H), so a lot number of ASCII characters stands in it as UTF-16BE bytes.
     */
    private static String pdfText(Response pdf) throws IOException {
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        byte[] content = new PdfReader(pdf.asByteArray()).getPageContent(1);
        return new String(content, StandardCharsets.UTF_16BE) + new String(Arrays.copyOfRange(content, 1,
                content.length), StandardCharsets.UTF_16BE);
    }
}
