package fr.clausematch.browser;

import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import fr.clausematch.security.Role;
import fr.clausematch.account.UserAccount;
import fr.clausematch.account.UserAccountRepository;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import static org.assertj.core.api.Assertions.assertThat;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * A test of the pages in a real browser: Debian's headless Chromium driven by Selenium, one browser per
 * test class. Selenium Manager is kept offline: the driver and the browser are the ones of the system
 * packages ({@code apt-get install chromium chromium-driver}, which .ci/run does).
 */
abstract class BrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static WebDriver driver;

    @LocalServerPort int port;
    @Autowired UserAccountRepository accounts;
    @Autowired PasswordEncoder passwords;

    @BeforeAll
    static void startBrowser() throws IOException {
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=fr-FR", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("clausematch-chromium-").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /**
     * Creates an account of this role (a fresh name, a random password) and signs in with it through the
     * sign-in page, as a person would; any earlier session of the browser is dropped first.
     */
    void signInAs(Role role, Set<String> territories, String buyer) {
        String username = role.name().toLowerCase(Locale.ROOT) + "." + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        UserAccount account = new UserAccount(username, "Compte de test " + role.label(), passwords.encode(password), role);
        account.setScope(role, territories, buyer);
        accounts.save(account);
        signIn(username, password);
        assertThat(driver.getCurrentUrl()).doesNotContain("/connexion");
    }

    /** Types these credentials on the sign-in page, any earlier session of the browser dropped first. */
    void signIn(String username, String password) {
        open("/connexion");
        driver.manage().deleteAllCookies();
        open("/connexion");
        type("identifiant", username);
        type("motDePasse", password);
        follow(driver.findElement(By.cssSelector("form[action='/connexion'] button[type='submit']")));
    }

    /** A facilitator of Côte-d'Or and Doubs: the tiny sample has people in both. */
    void signInAsFacilitatorOf21And25() {
        signInAs(Role.FACILITATOR, Set.of("21", "25"), null);
    }

    /** The facilitator uploads the three files of the tiny sample on the import page, for territory 21. */
    void importTinySampleThroughThePage() {
        open("/import");
        byId("candidates").sendKeys(TinySample.file("candidates.csv").toAbsolutePath().toString());
        byId("contracts").sendKeys(TinySample.file("contracts.csv").toAbsolutePath().toString());
        byId("slots").sendKeys(TinySample.file("slots.csv").toAbsolutePath().toString());
        type("territory", "21");
        follow(byId("import-submit"));
    }

    void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** The element with this id, waiting a little for a page that is still loading. */
    static WebElement byId(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    static void type(String id, String text) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(text);
    }

    static void clear(String id, String text) {
        type(id, text);
    }

    /** Date inputs take their text in the browser's locale: set the ISO value as a form submission would send it. */
    static void date(String id, String iso) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", byId(id), iso);
    }

    static void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Clicks a link or a submit button and waits until the browser has left the page it was on. */
    static void follow(WebElement element) {
        click(element);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true; // stale, or "node does not belong to the document": the page has changed
            }
        });
    }

    /** A screenshot of the whole page: the window is made as tall as the page, then put back. */
    static void shoot(String name) {
        Dimension size = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
        driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 140, 6000)));
        try {
            Path png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(size);
        }
    }
}
