package org.relieftrace.e2e;

import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 应急避难场所 in the console, in a real headless Chromium: 朱沱镇's civil affairs registers a shelter, opens it, finds a
 * flood victim by the full ID number, checks them in (occupancy 1 of 2) and out again, sees both on the occupancy chart and the shelter on the
 * resource map; the page reads in English too.
 */
@ExtendWith(RunningSystem.class)
class ConsoleShelterBrowserTest {

    private static final long PAGE_BUDGET_MILLIS = 1_000;
    private static final String TOWNSHIP = "500118116000";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String HEAD = "安置户" + RUN;
    private static final String HEAD_ID = People.freshResidentId();

    @BeforeAll
    static void aFloodVictimsHousehold() {
        Response registered = given().baseUri(RunningSystem.gateway()).auth().oauth2(Tokens.of("village-civil"))
                .contentType(ContentType.JSON).body("""
                        {"divisionCode": "500118116201", "address": "朱沱镇第2村7组", "reason": "受灾户登记",
                         "head": {"name": "%s", "idNumber": "%s", "phone": "13800138000"}}"""
                        .formatted(HEAD, HEAD_ID)).post("/api/registry/households");
        assertThat(registered.statusCode()).as(registered.body().asString()).isEqualTo(201);
    }

    @Test
    void civilAffairsRegistersOpensAndFillsAShelterAndChecksAPersonOut() {
        try (ConsoleBrowser browser = new ConsoleBrowser().login("zhutuo-civil")) {
            browser.find("nav.side a[href='/console/shelters']").click();
            assertThat(browser.measure("/console/shelters", "shelter-1-list")).isLessThan(PAGE_BUDGET_MILLIS);
            browser.visible("#shelter-name").sendKeys("朱沱镇中学避难场所" + RUN);
            browser.find("#shelter-division-code").clear();
            browser.find("#shelter-division-code").sendKeys(TOWNSHIP);
            browser.find("#shelter-capacity").sendKeys("2");
            browser.find("#shelter-latitude").sendKeys("29.05");
            browser.find("#shelter-longitude").sendKeys("105.85");
            browser.find("#shelter-reason").sendKeys("汛期启用前登记");
            browser.find("#register-shelter").click();

            browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("open-shelter")));
            assertThat(browser.find("#shelter-name").getText()).isEqualTo("朱沱镇中学避难场所" + RUN);
            assertThat(browser.find("#shelter-state").getText()).isEqualTo("未启用");
            browser.find("#state-reason").sendKeys("洪水来临，启用避难场所");
            browser.find("#open-shelter").click();
            browser.waitFor().until(ExpectedConditions.textToBe(By.id("shelter-state"), "已启用"));

            // a keeper-proof search: the full ID number finds the person
            browser.visible("#q").sendKeys(HEAD_ID);
            browser.find("#find").click();
            browser.visible("#candidates");
            assertThat(browser.find("#candidates").getText()).contains(HEAD);
            browser.find("#candidates button.check-in").click();
            browser.waitFor().until(ExpectedConditions.textToBe(By.id("occupancy"), "1"));
            assertThat(browser.find("#occupants").getText()).contains(HEAD);
            assertThat(browser.measureHere("shelter-2-occupied")).isLessThan(PAGE_BUDGET_MILLIS);

            browser.find("#occupants input.check-out-reason").sendKeys("返家");
            browser.find("#occupants button.check-out").click();
            browser.waitFor().until(ExpectedConditions.textToBe(By.id("occupancy"), "0"));
            browser.visible("#no-occupants");
            // over time: one point after the check-in (1), one after the check-out (0)
            assertThat(browser.all("#occupancy-chart circle.dot")).extracting(
                    point -> point.getAttribute("data-quantity")).containsExactly("1", "0");
            String shelterId = browser.driver.getCurrentUrl().replaceAll(".*/console/shelters/([0-9a-f-]{36}).*", "$1");
            // on the resource map beside the depots, with its occupancy against its capacity
            browser.open("/console/readiness/map");
            assertThat(browser.find("g.shelter[data-shelter='" + shelterId + "']").getText()).contains("0/2");
            assertThat(browser.find("#map-shelters").getText()).contains("朱沱镇中学避难场所" + RUN);
            browser.screenshot("shelter-2b-map");
            browser.open("/console/shelters/" + shelterId);

            String page = browser.driver.getCurrentUrl().substring(RunningSystem.gateway().length());
            browser.find("#lang-en").click();
            browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("lang-zh")));
            browser.open(page);
            browser.waitFor().until(ExpectedConditions.textToBe(By.id("shelter-state"), "Open"));
            assertThat(browser.find("h1").getText()).startsWith("Shelter · ");
            browser.screenshot("shelter-3-english");
            browser.find("#lang-zh").click();
            browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("lang-en")));
        }
    }
}
