package org.relieftrace.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 离线录入 in a real headless Chromium: the village keeper opens the distribution and receipt forms while online
 * (the service worker keeps them), loses the network (DevTools network emulation of the page: {@code navigator.onLine}
 * turns false and the page's own requests fail), enters two distributions — one the depot can serve, one for more
 * than it holds — and a receipt, sees them in "离线待发送", and gets the network back: the valid distribution and the
 * receipt are recorded exactly once (read back by an auditor through the API, also after a second sync and after a
 * resend of the same entry, as after a lost answer), and the refused one shows the service's problem beside its own
 * data, to correct or discard.
 */
@ExtendWith(RunningSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleOfflineBrowserTest {

    private static final String VILLAGE_DIVISION = "500118116201";
    private static final UUID VILLAGE = Depots.of("ZT-V201-01");
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String HEAD = "离线户" + RUN;
    private static final String HEAD_ID = People.freshResidentId();
    private static final String RECEIPT_LOT = "OFR-" + RUN;
    private static final String TOO_MANY = "99999";

    private static String disaster;
    private static String household;

    private static RequestSpecification as(String user) {
        return given().baseUri(RunningSystem.gateway()).auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    @BeforeAll
    static void quiltsInTheVillageDepotAHouseholdAndAFlood() {
        as("village-keeper").body("""
                {"source": "DONATION", "reference": "JZ-OFF-%s", "supplier": "永川区红十字会", "reason": "社会捐赠入库",
                 "lines": [{"itemCode": "QUILT", "lotNumber": "OFS-%s", "quantity": 5, "producedOn": "2026-05-01",
                            "expiresOn": "2031-05-01"}]}""".formatted(RUN, RUN))
                .post("/api/supplies/depots/{id}/receipts", VILLAGE).then().statusCode(201);
        Response registered = as("village-civil").body("""
                {"divisionCode": "%s", "address": "朱沱镇第2村7组", "reason": "受灾户登记",
                 "head": {"name": "%s", "idNumber": "%s", "phone": "13800138001"}}"""
                .formatted(VILLAGE_DIVISION, HEAD, HEAD_ID)).post("/api/registry/households");
        assertThat(registered.statusCode()).as(registered.body().asString()).isEqualTo(201);
        household = registered.path("householdId");
        disaster = as("admin").body("""
                {"type": "FLOOD", "name": "朱沱断网 %s", "startedAt": "%s",
                 "responseLevel": "III", "affectedDivisionCodes": ["%s"]}"""
                .formatted(RUN, java.time.OffsetDateTime.now().minusHours(1), VILLAGE_DIVISION))
                .post("/api/registry/disasters").then().statusCode(201).extract().path("disasterId");
    }

    @Test
    @Order(1)
    void distributionsEnteredOfflineAreSentOnceWhenTheNetworkReturnsAndARefusalStaysWithItsData() {
        assertThat(household).as("the household registered").isNotNull();
        String form = "/console/distributions?depot=" + VILLAGE + "&household=" + household;
        try (ConsoleBrowser browser = new ConsoleBrowser().login("village-keeper")) {
            keptForOffline(browser, form, "/console/offline");

            network(browser, false);
            browser.open(form);
            browser.visible("#distribute-form");
            distribute(browser, "1", "离线发放 " + RUN);
            assertThat(browser.visible("#offline-queued").getText()).contains("离线待发送");
            distribute(browser, TOO_MANY, "离线发放超量 " + RUN);

            browser.open("/console/offline");
            browser.waitFor().until(driver -> entries(browser, "#offline-queue", "waiting").size() == 2);
            assertThat(browser.find("#offline-queue").getText()).contains("待发送").contains(HEAD)
                    .contains(TOO_MANY);
            assertThat(browser.find("#offline-count").getText()).isEqualTo("2");
            browser.screenshot("offline-1-waiting");
            assertThat(distributed()).as("nothing reached the service while offline").isEmpty();

            network(browser, true);
            new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(driver ->
                    entries(browser, "#offline-queue", "refused").size() == 1
                            && entries(browser, "#offline-sent", "sent").size() == 1);
            assertThat(entries(browser, "#offline-queue", "waiting")).isEmpty();
            WebElement refused = entries(browser, "#offline-queue", "refused").get(0);
            assertThat(refused.findElement(By.cssSelector(".offline-problem-title")).getText()).isNotBlank();
            assertThat(refused.findElements(By.cssSelector("input")).stream().map(i -> i.getAttribute("value")))
                    .as("the refused entry keeps what was typed").contains(TOO_MANY, HEAD_ID);
            browser.screenshot("offline-2-sent-and-refused");
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(driver -> !distributed().isEmpty());
            assertThat(distributed()).as("the valid entry, once").containsExactly(1L);

            // a second sync sends nothing new
            browser.find("#offline-send-now").click();
            browser.open("/console/offline");
            browser.waitFor().until(driver -> entries(browser, "#offline-queue", "refused").size() == 1);
            assertThat(distributed()).containsExactly(1L);

            // the sent entry sent again under its key, as after an answer lost on the way back: still once
            Object resent = ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                    var done = arguments[arguments.length - 1], offline = window.ReliefOffline;
                    offline.store.sentList().then(function (sent) {
                        var entry = Object.assign({}, sent[0], {status: "waiting"});
                        return offline.store.put(entry);
                    }).then(function () { done("ok"); }, function (error) { done(String(error)); });""");
            assertThat(resent).isEqualTo("ok");
            new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(driver -> {
                // another sync of this tab may hold the lock just now: ask again until the entry has gone
                ((JavascriptExecutor) driver).executeScript("window.ReliefOffline.sync();");
                return entries(browser, "#offline-queue", "waiting").isEmpty()
                        && entries(browser, "#offline-queue", "sending").isEmpty()
                        && entries(browser, "#offline-sent", "sent").size() == 1;
            });
            assertThat(distributed()).as("a resend with the entry's key records nothing new").containsExactly(1L);

            entries(browser, "#offline-queue", "refused").get(0).findElement(By.cssSelector(".offline-discard"))
                    .click();
            browser.driver.switchTo().alert().accept();
            browser.waitFor().until(driver -> browser.all("#offline-queue li.offline-entry").isEmpty());
        }
    }

    @Test
    @Order(2)
    void aReceiptEnteredOfflineIsRecordedOnceWhenTheNetworkReturns() {
        String form = "/console/receipts/new?depot=" + VILLAGE;
        try (ConsoleBrowser browser = new ConsoleBrowser().login("village-keeper")) {
            keptForOffline(browser, form, "/console/offline");

            network(browser, false);
            browser.open(form);
            browser.visible("#receipt");
            new Select(browser.find("#source")).selectByValue("DONATION");
            browser.find("#reference").sendKeys("JZ-OFR-" + RUN);
            browser.find("#supplier").sendKeys("朱沱镇商会");
            browser.find("#reason").sendKeys("断网时入库");
            WebElement line = browser.all("tr.line").get(0);
            new Select(line.findElement(By.cssSelector("select.item-code"))).selectByValue("QUILT");
            line.findElement(By.cssSelector("input.lot-number")).sendKeys(RECEIPT_LOT);
            line.findElement(By.cssSelector("input.quantity")).sendKeys("7");
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = '2026-05-01';"
                    + " arguments[1].value = '2031-05-01';", line.findElement(By.cssSelector("input.produced-on")),
                    line.findElement(By.cssSelector("input.expires-on")));
            browser.find("#submit-receipt").click();
            browser.visible("#offline-queued");

            browser.open("/console/offline");
            browser.waitFor().until(driver -> entries(browser, "#offline-queue", "waiting").size() == 1);
            assertThat(browser.find("#offline-queue").getText()).contains("入库登记").contains(RECEIPT_LOT);
            assertThat(receivedLots()).isEmpty();

            network(browser, true);
            new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(driver ->
                    browser.all("#offline-queue li.offline-entry").isEmpty()
                            && browser.find("#offline-sent").getText().contains(RECEIPT_LOT));
            browser.screenshot("offline-3-receipt-sent");
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(driver -> !receivedLots().isEmpty());
            browser.find("#offline-send-now").click();
            browser.open("/console/offline");
            assertThat(receivedLots()).as("the receipt, once").containsExactly(7L);
        }
    }

    /** Opens the pages online under the service worker, so that it keeps them, and checks that it did. */
    private static void keptForOffline(ConsoleBrowser browser, String... paths) {
        JavascriptExecutor js = browser.driver;
        browser.open(paths[0]);
        // the first page registers the service worker; the pages opened once it is active are the ones it serves
        browser.waitFor().until(driver -> Boolean.TRUE.equals(js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                navigator.serviceWorker.ready.then(function () { done(true); }, function () { done(false); });""")));
        for (String path : paths) {
            browser.open(path);
            browser.waitFor().withMessage("served by the service worker: " + path).until(driver -> Boolean.TRUE
                    .equals(js.executeScript("return !!navigator.serviceWorker.controller;")));
        }
        browser.open(paths[0]);
        for (String path : paths) {
            browser.waitFor().withMessage("kept for offline: " + path).until(driver -> Boolean.TRUE.equals(
                    js.executeAsyncScript("""
                            var done = arguments[arguments.length - 1];
                            caches.match(new URL(arguments[0], location.href).href, {ignoreVary: true})
                                .then(function (found) { done(!!found); }, function () { done(false); });""",
                            path)));
        }
    }

    /**
     * Switches the page's network off or on through DevTools: {@code navigator.onLine} follows and the page's own
     * requests fail while off. The service worker is a target of its own, which this emulation may not reach: a page
     * it serves then still comes from the network, so the pages it keeps are checked in its cache instead.
     */
    private static void network(ConsoleBrowser browser, boolean on) {
        HasCdp cdp = browser.driver;
        cdp.executeCdpCommand("Network.enable", Map.of());
        cdp.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !on, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        browser.waitFor().until(driver -> Boolean.valueOf(on).equals(
                ((JavascriptExecutor) driver).executeScript("return navigator.onLine;")));
    }

    private static void distribute(ConsoleBrowser browser, String quantity, String reason) {
        new Select(browser.find("#disaster")).selectByValue(disaster);
        new Select(browser.find("#item")).selectByValue("QUILT");
        WebElement amount = browser.find("#quantity");
        amount.clear();
        amount.sendKeys(quantity);
        WebElement id = browser.find("#recipient-id");
        id.clear();
        id.sendKeys(HEAD_ID);
        browser.find("#reason").sendKeys(reason);
        browser.find("#distribute").click();
        browser.waitFor().until(driver -> "".equals(driver.findElement(By.id("reason")).getAttribute("value")));
    }

    private static List<WebElement> entries(ConsoleBrowser browser, String list, String status) {
        return browser.all(list + " li.offline-entry[data-status='" + status + "']");
    }

    /** The quantities the depot handed to the household, as an auditor reads them. */
    private static List<Long> distributed() {
        return as("zhutuo-auditor").queryParam("household", household).queryParam("size", 500)
                .get("/api/supplies/depots/{id}/distributions", VILLAGE).then().statusCode(200)
                .extract().jsonPath().getList("items.quantity", Long.class);
    }

    /** The quantities received in the lot entered offline, as an auditor reads the depot's stock. */
    private static List<Long> receivedLots() {
        return as("zhutuo-auditor").queryParam("size", 500).get("/api/supplies/depots/{id}/stock", VILLAGE)
                .then().statusCode(200).extract().jsonPath()
                .getList("lots.items.findAll { it.lotNumber == '" + RECEIPT_LOT + "' }.receivedQuantity", Long.class);
    }
}
