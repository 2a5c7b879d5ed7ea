package fr.clausematch.browser;

import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.EmptyDatabaseExtension;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.Test;
import fr.clausematch.security.Role;
import java.util.Set;
import org.openqa.selenium.WebElement;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a real browser: Debian's headless Chromium driven by Selenium, against the application on
 * a random port and a fresh embedded PostgreSQL (setup in {@link BrowserTest}). Each test saves screenshots
 * under target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(EmptyDatabaseExtension.class)
class BrowserPagesTest extends BrowserTest {

    @Autowired DatasetImporter importer;
    @Autowired JdbcTemplate jdbc;

    @Test
    void buyerSubmitsAContractAndSeesItInMyContracts() {
        TinySample.load(importer);
        signInAs(Role.BUYER, Set.of(), "Bailleur social dijonnais");
        open("/acheteurs/besoin");
        assertThat(byId("own-buyer").getText()).contains("Bailleur social dijonnais");
        assertThat(driver.findElements(By.id("buyer"))).as("a buyer chooses no buyer").isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("Ville de Dijon");
        type("title", "Réhabilitation de 40 logements, rue des Lilas");
        new Select(byId("type")).selectByValue("WORKS");
        new Select(byId("legalBasis")).selectByValue("EXECUTION_CLAUSE");
        click(driver.findElement(By.cssSelector("label[for='anru1']")));
        type("place.commune", "Dijon");
        type("place.latitude", "47.3251");
        type("place.longitude", "5.0382");
        type("place.qpvCode", "QP021001");
        date("startDate", "2026-09-01");
        date("endDate", "2027-06-30");
        type("territory", "21");
        type("amount", "250000");
        clear("labourShare", "40");
        clear("insertionRate", "7");
        clear("hourlyCost", "25");
        assertThat(byId("helper-result").getText()).contains("= 280 heures"); // the optional script, live
        follow(driver.findElement(By.cssSelector("button[value='compute']")));
        assertThat(byId("requiredHours").getAttribute("value")).isEqualTo("280");
        assertThat(byId("helper-result").getText().replaceAll("[\\u00a0\\u202f]", " "))
                .contains("250 000 € × 40 % × 7 % ÷ 25 € = 280 heures");
        type("slots0.trade", "F1704");
        type("slots0.hours", "280");
        date("slots0.startDate", "2026-09-07");
        date("slots0.endDate", "2026-12-18");
        clear("slots0.hoursPerWeek", "21");
        follow(driver.findElement(By.cssSelector("button[value='addSlot']")));
        assertThat(byId("slots0.trade").getAttribute("value")).isEqualTo("F1704");
        type("slots1.trade", "F1606");
        type("slots1.hours", "0");
        date("slots1.startDate", "2027-01-04");
        date("slots1.endDate", "2027-03-26");
        shoot("buyer-need-form");
        follow(byId("submit-need"));

        assertThat(driver.getCurrentUrl()).contains("/acheteurs/contrats?acheteur=Bailleur");
        assertThat(driver.findElements(By.id("acheteur"))).as("a buyer's own contracts, no chooser").isEmpty();
        assertThat(byId("depose").getText()).contains("Besoin déposé").contains("« Déposé »");
        String table = driver.findElement(By.tagName("table")).getText();
        assertThat(table).contains("Réhabilitation de 40 logements, rue des Lilas").contains("Déposé").contains("280");
        assertThat(driver.getPageSource()).doesNotContain("T-P0").doesNotContain("/candidats/");
        shoot("buyer-my-contracts");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM slot s JOIN contract k ON k.id = s.contract_id "
                + "WHERE k.title LIKE 'Réhabilitation de 40%' AND k.status = 'SUBMITTED'", Integer.class)).isEqualTo(2);
    }

    @Test
    void facilitatorImportsTheTinySampleThenBrowsesCandidatesAndContracts() {
        signInAsFacilitatorOf21And25();
        importTinySampleThroughThePage();
        assertThat(byId("import-ok").getText()).contains("20 candidats, 6 contrats et 10 postes importés.");
        shoot("import-done");

        follow(driver.findElement(By.linkText("Voir les candidats")));
        assertThat(driver.findElement(By.cssSelector("p.count")).getText()).isEqualTo("20 candidats");
        shoot("candidates-list");
        new Select(byId("f-gender")).selectByValue("F");
        follow(driver.findElement(By.cssSelector("form.filters button[type=submit]")));
        assertThat(driver.findElement(By.cssSelector("p.count")).getText()).isEqualTo("9 candidats");
        follow(driver.findElement(By.linkText("T-P01")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Candidat T-P01");
        shoot("candidate-detail");
        follow(driver.findElement(By.linkText("Modifier")));
        assertThat(byId("trades").getAttribute("value")).isEqualTo("F1704 | K2204");
        shoot("candidate-edit");

        open("/contrats");
        assertThat(driver.findElement(By.cssSelector("p.count")).getText()).isEqualTo("6 contrats");
        shoot("contracts-list");
        follow(driver.findElement(By.linkText("T-C1")));
        assertThat(driver.findElement(By.tagName("table")).getText()).contains("T-S01").contains("à pourvoir");
        shoot("contract-detail");
        open("/");
        shoot("home");
        driver.manage().window().setSize(new Dimension(820, 1180));
        open("/contrats");
        shoot("contracts-list-tablet");
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void badCandidateFormShowsItsErrorsInFrenchNextToTheFields() {
        signInAsFacilitatorOf21And25();
        TinySample.load(importer);
        open("/candidats/nouveau");
        byId("contenu"); // skip link target
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Aller au contenu");
        type("id", "mauvais id");
        type("birthYear", "1850");
        type("trades", "maçon, F1704");
        follow(driver.findElement(By.cssSelector("main form button[type=submit]")));

        assertThat(byId("erreurs").getText()).contains("champs à corriger");
        assertThat(byId("id-error").getText()).isEqualTo("1 à 64 caractères parmi A-Z a-z 0-9 _ . -");
        assertThat(byId("birthYear-error").getText()).isEqualTo("année de naissance entre 1900 et 2100");
        assertThat(driver.findElements(By.id("place.commune-error"))).as("a commune may be empty").isEmpty();
        assertThat(byId("trades-error").getText()).isEqualTo("code ROME attendu, par exemple F1704");
        assertThat(byId("trades").getAttribute("value")).isEqualTo("maçon, F1704");
        assertThat(byId("birthYear").getAttribute("aria-describedby")).isEqualTo("birthYear-error");
        shoot("candidate-form-errors");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidate", Integer.class)).isEqualTo(20);
    }

    @Test
    void refusedImportShowsItsErrorTableAndImportsNothing() throws IOException {
        signInAsFacilitatorOf21And25();
        Path folder = Files.createTempDirectory("clausematch-bad-");
        for (String name : new String[] {"candidates.csv", "contracts.csv", "slots.csv"}) {
            Files.copy(TinySample.file(name), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        Path candidates = folder.resolve("candidates.csv");
        Files.writeString(candidates, Files.readString(candidates).replace("T-P02,M,1979", "T-P02,X,1979")
                .replace("47.3251,5.0382", "147.3251,5.0382"), StandardCharsets.UTF_8);
        Path slots = folder.resolve("slots.csv");
        Files.writeString(slots, Files.readString(slots).replace("T-S10,T-C1", "T-S10,T-C9"), StandardCharsets.UTF_8);

        open("/import");
        byId("candidates").sendKeys(candidates.toAbsolutePath().toString());
        byId("contracts").sendKeys(folder.resolve("contracts.csv").toAbsolutePath().toString());
        byId("slots").sendKeys(slots.toAbsolutePath().toString());
        follow(byId("import-submit"));

        assertThat(byId("import-refused").getText()).contains("Jeu de données refusé").contains("rien n'a été importé");
        var rows = driver.findElements(By.cssSelector("#import-errors tbody tr"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        String errors = byId("import-errors").getText();
        assertThat(errors).contains("candidates.csv").contains("gender").contains("latitude")
                .contains("slots.csv").contains("contract_id");
        shoot("import-refused");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidate", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM slot", Integer.class)).isZero();
    }
}
