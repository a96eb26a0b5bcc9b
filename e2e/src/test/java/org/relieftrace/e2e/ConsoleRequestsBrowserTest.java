package org.relieftrace.e2e;

import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 需求申报 in a real headless Chromium: the village keeper raises a request for a flood (a first try without the
 * number of affected people right is refused with the API's message), the township's supplies officer finds it in the
 * requests from below and approves it (approving it twice is refused with the API's message), the county's officer
 * approves it and starts the transfer that fulfils it. Every list renders in under a second; screenshots land in
 * {@code e2e/target/screenshots/}.
 */
@ExtendWith(RunningSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleRequestsBrowserTest {

    private static final long PAGE_BUDGET_MILLIS = 1_000;
    private static final String VILLAGE_DIVISION = "500118116201";
    private static final String TOWNSHIP_DIVISION = "500118116000";
    private static final String COUNTY_DIVISION = "500118000000";
    private static final UUID VILLAGE = Depots.of("ZT-V201-01");
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    private static String disaster;
    private static String requestId;

    private static RequestSpecification as(String user) {
        return given().baseUri(RunningSystem.gateway()).auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    @BeforeAll
    static void quiltsInTheTownshipAndAFloodInTheVillage() {
        as("zhutuo-keeper").body("""
                {"source": "DONATION", "reference": "RQ-%s", "supplier": "永川区红十字会", "reason": "社会捐赠入库",
                 "lines": [{"itemCode": "QUILT", "lotNumber": "RQ-%s", "quantity": 40, "producedOn": "2026-05-01",
                            "expiresOn": "2031-05-01"}]}""".formatted(RUN, RUN))
                .post("/api/supplies/depots/{id}/receipts", Depots.ZHUTUO).then().statusCode(201);
        disaster = as("admin").body("""
                {"type": "FLOOD", "name": "申报洪涝 %s", "startedAt": "%s",
                 "responseLevel": "III", "affectedDivisionCodes": ["%s"]}"""
                .formatted(RUN, java.time.OffsetDateTime.now().minusHours(1), VILLAGE_DIVISION))
                .post("/api/registry/disasters").then().statusCode(201).extract().path("disasterId");
    }

    @Test
    @Order(1)
    void theVillageKeeperRaisesARequestAfterTheApiRefusedAWrongNumberOfAffectedPeople() {
        try (ConsoleBrowser browser = new ConsoleBrowser().login("village-keeper")) {
            assertThat(browser.measure("/console/requests", "requests-1-keeper")).isLessThan(PAGE_BUDGET_MILLIS);
            browser.waitFor().until(driver -> {
                browser.open("/console/requests");
                return new Select(browser.find("#disaster")).getOptions().stream()
                        .anyMatch(option -> option.getAttribute("value").equals(disaster));
            });
            new Select(browser.find("#disaster")).selectByValue(disaster);
            browser.find("#affected-people").sendKeys("-5");
            browser.find("#request-reason").sendKeys("洪水冲毁房屋 " + RUN);
            WebElement line = browser.all("tr.line").get(0);
            new Select(line.findElement(By.cssSelector("select.item-code"))).selectByValue("QUILT");
            line.findElement(By.cssSelector("input.quantity")).sendKeys("30");
            browser.find("#submit-request").click();
            assertThat(browser.visible("#problem").getText()).as("the API's refusal, naming the field")
                    .contains("affectedPeople");
            browser.screenshot("requests-2-refused");

            WebElement people = browser.find("#affected-people");
            people.clear();
            people.sendKeys("120");
            browser.find("#submit-request").click();
            browser.waitFor().until(driver -> browser.driver.getCurrentUrl().contains("raised="));
            requestId = browser.driver.getCurrentUrl().replaceAll(".*raised=", "");
            WebElement row = awaitRow(browser, "待审批");
            assertThat(row.getText()).contains("申报洪涝 " + RUN).contains("120").contains(TOWNSHIP_DIVISION);
            assertThat(row.findElements(By.cssSelector("button.approve"))).as("a keeper approves nothing").isEmpty();
            browser.screenshot("requests-3-raised");
        }
    }

    @Test
    @Order(2)
    void theTownshipOfficerApprovesTheRequestFromBelowAndASecondApprovalIsRefused() {
        try (ConsoleBrowser browser = new ConsoleBrowser().login("zhutuo-officer")) {
            assertThat(browser.measure("/console/requests", "requests-4-township")).isLessThan(PAGE_BUDGET_MILLIS);
            assertThat(browser.find("#awaiting-me").getText()).contains("等待本级审批");
            WebElement row = row(browser);
            row.findElement(By.cssSelector("input.decision-reason")).sendKeys("受灾人数已核实");
            row.findElement(By.cssSelector("button.approve")).click();
            row = awaitRow(browser, "逐级审批中");
            assertThat(row.getText()).contains(COUNTY_DIVISION);
            assertThat(row.findElements(By.cssSelector("button.approve"))).as("the county approves next").isEmpty();
            browser.screenshot("requests-5-township-approved");

            // the form of a page opened before the approval, sent again
            ((JavascriptExecutor) browser.driver).executeScript("""
                    var form = document.createElement('form');
                    form.method = 'post';
                    form.action = '/console/requests/' + arguments[0] + '/approve';
                    document.body.appendChild(form);
                    form.submit();""", requestId);
            assertThat(browser.visible("#problem").getText()).as("the API's refusal: the county approves next")
                    .contains(COUNTY_DIVISION);
            browser.screenshot("requests-6-refused-twice");
        }
    }

    @Test
    @Order(3)
    void theCountyOfficerApprovesAndStartsTheTransferThatFulfilsIt() {
        try (ConsoleBrowser browser = new ConsoleBrowser().login("county-officer")) {
            assertThat(browser.measure("/console/requests", "requests-7-county")).isLessThan(PAGE_BUDGET_MILLIS);
            WebElement row = row(browser);
            row.findElement(By.cssSelector("input.decision-reason")).sendKeys("同意调拨");
            row.findElement(By.cssSelector("button.approve")).click();
            row = awaitRow(browser, "已批准");
            assertThat(row.getText()).contains(TOWNSHIP_DIVISION).contains(COUNTY_DIVISION);
            browser.screenshot("requests-8-approved");

            row.findElement(By.cssSelector("a.fulfil")).click();
            assertThat(browser.visible("#for-request").getText()).contains(requestId);
            Select to = new Select(browser.find("#to"));
            assertThat(to.getOptions().stream().map(option -> option.getAttribute("value")))
                    .as("the requesting village's depot is offered").contains(VILLAGE.toString());
            to.selectByValue(VILLAGE.toString());
            WebElement line = browser.all("tr.line").get(0);
            assertThat(new Select(line.findElement(By.cssSelector("select.item-code"))).getFirstSelectedOption()
                    .getAttribute("value")).isEqualTo("QUILT");
            assertThat(line.findElement(By.cssSelector("input.quantity")).getAttribute("value")).isEqualTo("30");
            new Select(browser.find("#from")).selectByValue(Depots.ZHUTUO.toString());
            browser.find("#reason").sendKeys("供应需求申报 " + RUN);
            browser.screenshot("requests-9-transfer-for-request");
            browser.find("#submit-transfer").click();
            String transferPage = ".*/console/transfers/([0-9a-f-]{36}).*";
            browser.waitFor().until(driver -> browser.driver.getCurrentUrl().matches(transferPage));
            String transferId = browser.driver.getCurrentUrl().replaceAll(transferPage, "$1");
            browser.waitFor().until(driver -> as("county-officer").get("/api/supplies/transfers/{id}", transferId)
                    .statusCode() == 200);
            assertThat(as("county-officer").get("/api/supplies/transfers/{id}", transferId).jsonPath()
                    .getString("supplyRequestId")).isEqualTo(requestId);
            browser.open("/console/transfers/" + transferId);
            browser.waitFor().until(driver -> !browser.all("#transfer-request").isEmpty());
            assertThat(browser.find("#transfer-request").getText()).as("the transfer names the request it fulfils")
                    .contains(requestId);
        }
    }

    /** The request's row, once the list (which refreshes itself while a step is recorded) shows it. */
    private static WebElement row(ConsoleBrowser browser) {
        return browser.all("tr.request").stream().filter(row -> requestId.equals(row.getAttribute("data-id")))
                .findFirst().orElseThrow();
    }

    /** Waits until the request's row shows this status, reopening the list as a user would; answers the row. */
    private static WebElement awaitRow(ConsoleBrowser browser, String status) {
        browser.waitFor().until(driver -> {
            try {
                return browser.all("tr.request").stream().anyMatch(row -> requestId.equals(row.getAttribute("data-id"))
                        && row.findElement(By.cssSelector("td.status .tag")).getText().equals(status));
            } catch (WebDriverException reloading) {
                return false;
            }
        });
        return row(browser);
    }
}
