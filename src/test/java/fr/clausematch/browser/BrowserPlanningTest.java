package fr.clausematch.browser;

import fr.clausematch.support.EmptyDatabaseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facilitator plans a territory in a real browser: starts a plan and watches it improve without
 * reloading the page (server-sent events), opens an explanation, confirms a pairing, plans again and
 * finds it still confirmed; the dashboard and the settings. Plans run 4 s here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "clausematch.planning.seconds=8")
@ActiveProfiles("test")
@ExtendWith(EmptyDatabaseExtension.class)
class BrowserPlanningTest extends BrowserTest {

    @Test
    void facilitatorPlansWatchesLiveReviewsAndPlansAgain() {
        signInAsFacilitatorOf21And25();
        importTinySampleThroughThePage();
        assertThat(byId("import-ok").getText()).contains("20 candidats");

        follow(driver.findElement(By.linkText("Tableau de bord")));
        assertThat(byId("aucun-plan").getText()).contains("lancez un plan");
        shoot("dashboard-empty");

        open("/plans?territoire=21");
        shoot("plans-list");
        follow(byId("lancer-plan"));
        byId("live");
        js("window.clausematchMarker = 'même page'");
        assertThat(driver.findElement(By.cssSelector("#live-status .tag")).getText()).isEqualTo("En cours de calcul");
        String before = byId("live-hours").getText();
        shoot("plan-live");
        WebElement result = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("live-result")));
        // the final state came by the event stream: still the same page, never reloaded
        assertThat(js("return window.clausematchMarker")).isEqualTo("même page");
        assertThat(js("return document.getElementById('live').dataset.ended")).isEqualTo("DONE"); // set by the 'end' event
        if (before.equals("—")) {
            assertThat(byId("live-hours").getText()).isNotEqualTo(before);
        }
        assertThat(driver.findElement(By.cssSelector("#live-status .tag")).getText()).isEqualTo("Terminé");
        assertThat(byId("live-hours").getText()).matches("[\\d\\s\\u00a0\\u202f]+");
        // issue 11 asks for words, not a score string: the card and its live updates say hours and rules
        assertThat(byId("live-score").getText()).doesNotContain("hard/").containsPattern("h non pourvues|toutes les heures pourvues")
                .contains("règles");
        assertThat(driver.findElements(By.cssSelector("#live-chart svg"))).isNotEmpty();
        assertThat(byId("stop-form").isDisplayed()).isFalse();
        shoot("plan-live-finished");

        click(result);
        WebElement row = driver.findElement(By.xpath("//table[@id='plan-slots']//tr[.//button[@value='confirmer']]"));
        String slot = row.getAttribute("id");
        String person = row.findElement(By.cssSelector("td a[href^='/candidats/']")).getText();
        WebElement summary = row.findElement(By.cssSelector("details.why summary"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", summary);
        summary.sendKeys(Keys.ENTER); // by keyboard
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                d.findElement(By.cssSelector("#" + slot + " .why-body")).getText().contains("Règles 1 à 8 respectées"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(By.id("score-table")).size() == 1);
        assertThat(byId("score-table").getText()).contains("Heures d'insertion non pourvues");
        shoot("plan-finished");
        decisionButtonsFitTheWindow(1366, 768); // a laptop
        decisionButtonsFitTheWindow(1024, 768); // a tablet
        driver.manage().window().setSize(new Dimension(1280, 1000));

        follow(row.findElement(By.cssSelector("button[value='confirmer']")));
        assertThat(byId("decision").getText()).isEqualTo("Poste " + slot.substring("poste-".length()) + " : appariement confirmé.");
        assertThat(byId(slot).getText()).contains("confirmé").contains(person);

        follow(byId("replanifier"));
        byId("live");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("live-result")));
        click(byId("live-result"));
        assertThat(byId(slot).getText()).contains("confirmé").contains(person);
        assertThat(byId(slot).findElements(By.cssSelector("button[value='confirmer']"))).isEmpty();
        shoot("plan-again");

        open("/tableau-de-bord?territoire=21");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#chart-women svg")).isEmpty());
        assertThat(byId("dashboard-table").getText()).contains("Tous marchés").contains("Travaux");
        shoot("dashboard");

        open("/territoires/21/reglages");
        shoot("settings");
        type("set-weight-women-share", "beaucoup");
        follow(byId("save-settings"));
        assertThat(byId("erreurs").getText()).contains("rien n'a été enregistré");
        assertThat(byId("set-weight-women-share-error").getText()).isEqualTo("valeur invalide : beaucoup");
        shoot("settings-errors");
        type("set-weight-women-share", "0hard/0medium/25soft");
        follow(byId("save-settings"));
        assertThat(byId("enregistre").getText()).contains("Réglages enregistrés");
        assertThat(byId("set-weight-women-share").getAttribute("value")).isEqualTo("0hard/0medium/25soft");
    }

    /** With an explanation open, every decision button of the plan table lies inside the window's width. */
    private static void decisionButtonsFitTheWindow(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        Object outside = js("var w = document.documentElement.clientWidth; var wrap = document.querySelector('#plan-slots').parentElement;"
                + "var out = Array.from(document.querySelectorAll('#plan-slots form.decide button'))"
                + ".filter(function (b) { var r = b.getBoundingClientRect(); return r.left < 0 || r.right > w; }).length;"
                + "return out + (wrap.scrollWidth > wrap.clientWidth + 1 ? 1000 : 0);");
        shoot("plan-table-" + width);
        assertThat(outside).as("decision buttons outside a %d px window (1000: the table scrolls sideways)", width)
                .isEqualTo(0L);
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }
}
