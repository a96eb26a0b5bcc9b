package org.relieftrace.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * 平板 — every page of the console on a 768×1024 tablet, in portrait: for each role's menu, every page it lists and
 * the first record each list links to. A page is usable there when it never scrolls sideways (a wide table scrolls
 * inside its own box) and every field and button is big enough for a finger; each page is kept as a screenshot
 * {@code tablet-<user>-<page>.png}.
 */
@ExtendWith(RunningSystem.class)
class ConsoleTabletLayoutTest {

    private static final int WIDTH = 768;
    /** The smallest height of a control a finger hits reliably, in CSS pixels. */
    private static final int FINGER = 32;
    private static final List<String> USERS = List.of("county-keeper", "county-officer", "village-civil",
            "county-finance", "county-auditor", "admin");

    @Test
    void everyPageIsUsableOnATabletInPortrait() {
        Map<String, String> checked = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String user : USERS) {
            try (ConsoleBrowser browser = new ConsoleBrowser().login(user)) {
                browser.driver.manage().window().setSize(new Dimension(WIDTH, 1024));
                List<String> pages = browser.all("nav.side a").stream().map(a -> a.getAttribute("href")).toList();
                for (String page : pages) {
                    String path = page.substring(RunningSystem.gateway().length());
                    if (checked.containsKey(path)) {
                        continue;
                    }
                    browser.open(path);
                    check(browser, user, path, checked, problems);
                    browser.all("main table.grid a[href^='/console/']:not([download])").stream()
                            .map(a -> a.getAttribute("href").substring(RunningSystem.gateway().length()))
                            .filter(recordPath -> isPage(browser, recordPath)).findFirst()
                            .ifPresent(recordPath -> {
                                if (!checked.containsKey(recordPath.replaceAll("[0-9a-f-]{36}", "{id}"))) {
                                    browser.open(recordPath);
                                    check(browser, user, recordPath, checked, problems);
                                }
                            });
                }
            }
        }
        assertThat(checked).as("pages walked").hasSizeGreaterThan(15);
        assertThat(problems).as("pages not usable at " + WIDTH + " px").isEmpty();
    }

    /**
     * Whether a link leads to a console page rather than a download: a list's first link may be a notice's PDF
     * ({@code /notices/{id}/pdf}), a bank file or an export, which the browser saves instead of showing.
     */
    private static boolean isPage(ConsoleBrowser browser, String path) {
        String type = browser.withSession().get(path).contentType();
        return type != null && type.startsWith("text/html");
    }

    private static void check(ConsoleBrowser browser, String user, String path, Map<String, String> checked,
                              List<String> problems) {
        JavascriptExecutor js = browser.driver;
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        long innerWidth = ((Number) js.executeScript("return window.innerWidth;")).longValue();
        if (scrollWidth > innerWidth) {
            problems.add(path + " scrolls sideways: " + scrollWidth + " px wide in a " + innerWidth + " px window");
        }
        for (WebElement control : browser.all("main button, main input:not([type=hidden]):not([type=checkbox])"
                + ":not([type=radio]):not([type=file]), main select, main a.button")) {
            if (control.isDisplayed() && control.getSize().getHeight() < FINGER) {
                problems.add(path + ": " + control.getTagName() + " '" + control.getText()
                        + control.getAttribute("name") + "' is " + control.getSize().getHeight() + " px high");
            }
        }
        String name = "tablet-" + user + "-" + (checked.size() + 1);
        browser.screenshot(name);
        checked.put(path.replaceAll("[0-9a-f-]{36}", "{id}"), name);
    }
}
