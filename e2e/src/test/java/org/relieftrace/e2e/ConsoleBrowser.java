package org.relieftrace.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's package, driven through its chromedriver) on the console: a fresh profile per
 * user, a 1280×800 window, a login through Keycloak's own login page, screenshots under
 * {@code e2e/target/screenshots/} and the load time of every page the browser opens.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = RunningSystem.ROOT.resolve("e2e/target/screenshots");
    static final Path TIMINGS = SCREENSHOTS.resolve("page-load-times.tsv");

    final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;

    ConsoleBrowser() {
        Chromium chromium = Chromium.find();
        try {
            profile = Files.createTempDirectory("relief-chromium-");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        service = new ChromeDriverService.Builder().usingDriverExecutable(chromium.driver().toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(chromium.browser().toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1280,800", "--lang=zh-CN",
                        "--user-data-dir=" + profile);
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 800));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** Opens the console, logs in at Keycloak's login page and waits to be back on a console page. */
    ConsoleBrowser login(String username) {
        return loginAt(RunningSystem.gateway() + "/console", username);
    }

    /** Opens an address of the console without a session, logs in at Keycloak and waits to be back on the console. */
    ConsoleBrowser loginAt(String url, String username) {
        driver.get(url);
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("kc-login")).click();
        waitFor().until(ExpectedConditions.urlContains(RunningSystem.gateway() + "/console/"));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("who")));
        return this;
    }

    /** Opens a console path and waits for its page. */
    void open(String path) {
        driver.get(RunningSystem.gateway() + path);
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
    }

    /** A request to the gateway with this browser's session cookies, redirects not followed (e.g. for a PDF). */
    RequestSpecification withSession() {
        String cookies = driver.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        return RestAssured.given().baseUri(RunningSystem.gateway()).header("Cookie", cookies).redirects().follow(false);
    }

    WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebElement visible(String css) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Opens a page the way a user comes back to it and returns how long it took to be ready, with a screenshot: the
     * first opening warms the services' JVMs after start-up, the second is measured.
     */
    long measure(String path, String name) {
        open(path);
        open(path);
        return screenshot(name);
    }

    /** {@link #measure} of the page the browser is on. */
    long measureHere(String name) {
        return measure(driver.getCurrentUrl().substring(RunningSystem.gateway().length()), name);
    }

    /** Milliseconds from the start of the current page's navigation until it was loaded and drawn. */
    long loadMillis() {
        waitFor().until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
                "var n = performance.getEntriesByType('navigation')[0]; return n ? n.loadEventEnd : 0;"))
                .doubleValue() > 0);
        Number millis = (Number) ((JavascriptExecutor) driver).executeScript(
                "var n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime;");
        return Math.round(millis.doubleValue());
    }

    /** Saves a screenshot of the current page as {@code <name>.png} and records its load time; returns the time. */
    long screenshot(String name) {
        long millis = loadMillis();
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(TIMINGS, name + "\t" + millis + " ms\t" + driver.getCurrentUrl() + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return millis;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind does no harm
            }
        }
    }
}
