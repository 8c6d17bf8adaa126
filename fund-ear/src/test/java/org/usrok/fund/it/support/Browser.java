package org.usrok.fund.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Headless Debian Chromium driven through Selenium. Both binaries are named explicitly so that
 * Selenium Manager never tries to download a browser; CI installs {@code chromium chromium-driver}.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("fund.it.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("fund.it.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser() {
        this(null);
    }

    /** A browser that saves every download into {@code downloads} without asking (null: the default). */
    public Browser(Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        if (downloads != null) {
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false,
                    "download.directory_upgrade", true));
        }
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1400,1000", "--lang=en-US",
                    "--user-data-dir=" + Files.createTempDirectory("fund-chromium").toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String pathBelowPortal) {
        driver.get(ApiClient.baseUrl().resolve(pathBelowPortal).toString());
    }

    public WebElement find(String cssSelector) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    /** An element by its JSF client id (which contains colons). */
    public WebElement byId(String clientId) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(clientId)));
    }

    public void type(String clientId, String text) {
        WebElement input = byId(clientId);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Replaces what an input shows, as a person selecting it all and typing would. A date picker
     * that the page has re-rendered with a refused value puts that value back on {@code clear()},
     * so {@link #type} would append to it.
     */
    public void retype(String clientId, String text) {
        WebElement input = byId(clientId);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(text);
    }

    public void click(String clientId) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(clientId))).click();
    }

    /**
     * Clicks a button guarded by the portal's confirmation dialog ({@code p:confirm}, answered in
     * {@code confirmForm}) and answers <em>Yes</em>; the dialog is gone before this returns.
     */
    public void clickAndConfirm(String clientId) {
        click(clientId);
        click("confirmForm:confirmYes");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirmForm:confirmYes")));
    }

    /**
     * Clicks a button guarded by the confirmation dialog, answers <em>No</em> and answers the
     * question the dialog asked (so a test can check it was asked at all).
     */
    public String clickAndDecline(String clientId) {
        click(clientId);
        String question = find(".ui-confirm-dialog .ui-confirm-dialog-message").getText();
        click("confirmForm:confirmNo");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirmForm:confirmNo")));
        return question;
    }

    /**
     * Clicks and waits until the element at {@code updatedCssSelector} has been replaced, i.e. the
     * Ajax update the click causes has arrived; checking the new content before then could read
     * the old one.
     */
    public void clickAndAwaitUpdate(String clientId, String updatedCssSelector) {
        WebElement before = find(updatedCssSelector);
        click(clientId);
        wait.until(ExpectedConditions.stalenessOf(before));
        find(updatedCssSelector);
    }

    /** Clicks and waits until the element {@code appearingClientId} exists (a row the click adds). */
    public void clickAndAwaitPresence(String clientId, String appearingClientId) {
        click(clientId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(appearingClientId)));
    }

    /**
     * Chooses an option of a PrimeFaces selectOneMenu by its visible label, as a person would. A
     * click that lands while the panel is still animating open can be lost, so the choice is
     * checked on the menu's label and made again (at most three times) if it did not take.
     */
    public void choose(String clientId, String label) {
        By panel = By.id(clientId + "_panel");
        By option = By.cssSelector("[id='" + clientId + "_panel'] li[data-label='" + label + "']");
        for (int attempt = 1; ; attempt++) {
            if (!driver.findElement(panel).isDisplayed()) {
                click(clientId);
            }
            wait.until(ExpectedConditions.elementToBeClickable(option)).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.and(
                        ExpectedConditions.textToBe(By.id(clientId + "_label"), label),
                        ExpectedConditions.invisibilityOfElementLocated(panel)));
                return;
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    keepEvidence();
                    throw e;
                }
            }
        }
    }

    /**
     * Ticks the one item of value {@code value} in a PrimeFaces selectCheckboxMenu and closes its
     * panel, as a person would. The panel opens with an animation, and a click that lands while it
     * is still moving can tick the item that was under the pointer (the first), so the click waits
     * for the panel to stand still and the result is checked: exactly that item ticked in the
     * menu's own (hidden) checkboxes, the ones the form submits.
     */
    public void tick(String clientId, String value) {
        String panel = "[id='" + clientId + "_panel']";
        click(clientId);
        find(panel);
        wait.until(d -> Boolean.TRUE.equals(runScript("return !jQuery(document.getElementById('" + clientId
                + "_panel')).is(':animated');")));
        find(panel + " li[data-item-value='" + value + "']").click();
        try {
            wait.until(d -> Boolean.TRUE.equals(runScript("const ticked = [...document.querySelectorAll("
                    + "\"[id='" + clientId + "'] input[type=checkbox]:checked\")].map(i => i.value);"
                    + "return ticked.length === 1 && ticked[0] === '" + value + "';")));
        } catch (TimeoutException e) {
            keepEvidence();
            throw e;
        }
        find(panel + " .ui-selectcheckboxmenu-close").click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(clientId + "_panel")));
    }

    /**
     * Clicks the link among {@code cssSelector} to {@code page} whose query ends with {@code parameter}
     * (after the view's protection token), once the page shows it. Officer pages are protected
     * views: they are reached through the portal's own links, as a person would.
     */
    public void follow(String cssSelector, String page, String parameter) {
        Pattern href = Pattern.compile(".*" + Pattern.quote(page) + "\\?(.*&)?" + Pattern.quote(parameter));
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector(cssSelector))
                    .stream().filter(a -> href.matcher(String.valueOf(a.getAttribute("href"))).matches()).findFirst()
                    .orElse(null)).click();
        } catch (TimeoutException e) {
            keepEvidence();
            throw e;
        }
    }

    public void waitForText(String cssSelector, String text) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(cssSelector), text));
        } catch (TimeoutException e) {
            keepEvidence();
            throw e;
        }
    }

    /** Saves the page and a screenshot beside the test reports, so a failure can be looked at. */
    public void keepEvidence() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "failsafe-reports", "browser"));
            String name = "page-" + System.currentTimeMillis();
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | WebDriverException e) {
            // evidence is a courtesy: the test's own failure is what matters
        }
    }

    public void signIn(String username, String password) {
        open("login.xhtml");
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
        find("#menuForm\\:logout");
    }

    public void signOut() {
        click("menuForm:logout");
        byId("login:username");
    }

    /**
     * Waits for a completed download whose name starts with {@code prefix} and ends with
     * {@code suffix} in {@code dir} (Chromium writes a {@code .crdownload} file until it is done).
     */
    public Path awaitDownload(Path dir, String prefix, String suffix) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
                try (Stream<Path> files = Files.list(dir)) {
                    return files.filter(f -> f.getFileName().toString().startsWith(prefix)
                            && f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (TimeoutException e) {
            keepEvidence();
            throw e;
        }
    }

    /** The texts of every element matching {@code cssSelector}, in page order (none: empty). */
    public List<String> texts(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).stream().map(WebElement::getText).toList();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * What the browser refused under the pages' Content-Security-Policy since the last call (console
     * errors naming the policy). A script the policy blocks is a broken page, so {@link #close}
     * fails the test when there is any left.
     */
    public List<String> takePolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
    }

    /** Resizes the window, say to a phone's width (390 px). */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * Saves a screenshot of the whole page (the window is made as tall as the page meanwhile) as a
     * PNG file, for docs/screenshots.
     */
    public void screenshot(Path file) {
        Dimension size = driver.manage().window().getSize();
        long height = ((Number) runScript("return document.documentElement.scrollHeight;")).longValue();
        driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 200, 6000)));
        awaitChartsDrawn();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    /**
     * Waits until no chart of the page is still animating (Chart.js, which PrimeFaces' charts use),
     * so that a screenshot shows each chart whole rather than a doughnut half drawn.
     */
    public void awaitChartsDrawn() {
        wait.until(d -> Boolean.TRUE.equals(runScript("return typeof Chart === 'undefined'"
                + " || Object.values(Chart.instances).every(c => !Chart.animator.running(c));")));
    }

    /**
     * Runs a script returning a string until its answer satisfies {@code done} (for layout that
     * settles a frame or two after a resize), at most five seconds; answers the last answer either
     * way, so the caller's assertion says what was wrong.
     */
    public String waitForScriptResult(String script, Predicate<String> done) {
        String[] answer = {String.valueOf(runScript(script))};
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5), Duration.ofMillis(100)).until(d -> {
                answer[0] = String.valueOf(runScript(script));
                return done.test(answer[0]);
            });
        } catch (TimeoutException stillNot) {
            // the caller's assertion reports the last answer
        }
        return answer[0];
    }

    /** Runs a script in the page as the test (not subject to the page's policy) and answers its result. */
    public Object runScript(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @Override
    public void close() {
        try {
            List<String> refused = takePolicyViolations();
            if (!refused.isEmpty()) {
                throw new AssertionError("the Content-Security-Policy blocked: " + refused);
            }
        } finally {
            driver.quit();
        }
    }
}
