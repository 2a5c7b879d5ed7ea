package fr.clausematch.browser;

import fr.clausematch.support.EmptyDatabaseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: a facilitator plans territory 21, opens a person's page, reads where she could work (the section is
 * fetched once the page has loaded) and the slots she misses by one rule, and proposes her on the first slot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(EmptyDatabaseExtension.class)
class BrowserRecommendationsTest extends BrowserTest {

    @Test
    void aPersonsPageSaysWhereSheCouldWorkAndProposesHer() {
        signInAsFacilitatorOf21And25();
        importTinySampleThroughThePage();
        open("/plans?territoire=21");
        follow(byId("lancer-plan"));
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("live-result")));

        // the first of these people that the plan leaves a slot to take (who holds what is the solver's choice)
        String person = null;
        WebElement table = null;
        for (String candidate : List.of("T-P16", "T-P06", "T-P19", "T-P01", "T-P14")) {
            open("/candidats/" + candidate);
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#recommandations-body[data-loaded='true']")));
            List<WebElement> found = driver.findElements(By.cssSelector("#recommandations-body #recommendations"));
            if (!found.isEmpty()) {
                person = candidate;
                table = found.get(0);
                break;
            }
        }
        assertThat(person).as("someone of the sample could take a slot").isNotNull();
        assertThat(byId("recommandations-title").getText()).isEqualTo("Où pourrait-elle travailler ?");
        WebElement first = table.findElement(By.cssSelector("tbody tr"));
        String slot = first.findElement(By.cssSelector("th")).getText();
        assertThat(first.getText()).contains("Règles 1 à 9 respectées").contains(person + " prend le poste " + slot);
        assertThat(byId("reco-near-title").getText()).isEqualTo("Presque : une seule règle manque");
        shoot("candidate-recommendations");

        follow(first.findElement(By.cssSelector("button.propose")));
        assertThat(byId("proposed").getText()).startsWith("Proposé : " + person + " sur le poste " + slot);
        assertThat(driver.getCurrentUrl()).endsWith("/candidats/" + person + "#recommandations");
        shoot("candidate-proposed");
    }
}
