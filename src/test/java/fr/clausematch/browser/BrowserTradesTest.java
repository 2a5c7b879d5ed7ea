package fr.clausematch.browser;

import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.EmptyDatabaseExtension;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 part 7 in a real browser: a facilitator chooses a person's trades and a slot's trade by their names
 * (the ROME referential's list, searched by js/trades.js); the page shows each code with its name and stores codes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(EmptyDatabaseExtension.class)
class BrowserTradesTest extends BrowserTest {

    @Autowired DatasetImporter importer;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aFacilitatorAddsAPersonsTradesByTheirNames() {
        TinySample.load(importer);
        signInAsFacilitatorOf21And25();
        open("/candidats/T-P01/modifier");
        assertThat(byId("trades").getAttribute("value")).isEqualTo("F1704 | K2204");
        assertThat(byId("trades-named").getText()).contains("F1704 Préparation du gros oeuvre et des travaux publics")
                .contains("K2204 Nettoyage de locaux");

        type("trade-search", "peinture bât");
        waitForText("trade-search-name", "F1606 Peinture en bâtiment");
        click(byId("trade-add"));
        assertThat(byId("trades").getAttribute("value")).isEqualTo("F1704 | K2204 | F1606");
        assertThat(byId("trades-named").getText()).contains("F1606 Peinture en bâtiment");
        assertThat(byId("trade-search").getAttribute("value")).isEmpty();

        type("trade-search", "nettoyage");
        waitForText("trade-search-name", "métiers correspondent");
        WebElement urban = driver.findElement(By.cssSelector(".trade-picker .trade-matches button[data-code='K2303']"));
        assertThat(urban.getText()).isEqualTo("K2303 Nettoyage des espaces urbains");
        shoot("candidate-trade-by-name");
        click(urban);
        assertThat(byId("trades").getAttribute("value")).isEqualTo("F1704 | K2204 | F1606 | K2303");

        type("trade-search", "F1703");
        byId("trade-search").sendKeys(Keys.ENTER); // adds, does not submit the form
        assertThat(byId("trades").getAttribute("value")).endsWith("| F1703");
        assertThat(driver.getCurrentUrl()).endsWith("/candidats/T-P01/modifier");

        follow(driver.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(driver.getCurrentUrl()).endsWith("/candidats/T-P01");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("F1606 Peinture en bâtiment")
                .contains("K2303 Nettoyage des espaces urbains").contains("F1703 Maçonnerie");
        assertThat(jdbc.queryForList("SELECT t.trade FROM candidate_trade t JOIN candidate c ON c.id = t.candidate_id "
                + "WHERE c.external_id = 'T-P01' ORDER BY t.trade", String.class))
                .containsExactly("F1606", "F1703", "F1704", "K2204", "K2303");
    }

    @Test
    void aSlotsTradeTypedByItsNameBecomesItsCode() {
        TinySample.load(importer);
        signInAsFacilitatorOf21And25();
        open("/acheteurs/besoin");
        type("slots0.trade", "Maçonnerie");
        waitForText("slots0.trade-name", "F1703 Maçonnerie");
        byId("slots0.trade").sendKeys(Keys.TAB); // leaving the field chooses the one trade it names
        assertThat(byId("slots0.trade").getAttribute("value")).isEqualTo("F1703");

        type("slots0.trade", "Z9999");
        waitForText("slots0.trade-name", "Z9999 (code inconnu du référentiel)");
        type("slots0.trade", "espaces verts");
        waitForText("slots0.trade-name", "A1203 Aménagement et entretien des espaces verts");
        shoot("slot-trade-by-name");
    }

    private static void waitForText(String id, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> byId(id).getText().contains(text));
    }
}
