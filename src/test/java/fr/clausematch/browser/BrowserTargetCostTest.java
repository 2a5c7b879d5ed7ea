package fr.clausematch.browser;

import fr.clausematch.support.EmptyDatabaseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * « Que coûte une cible ? » in a real browser: the facilitator starts the women's curve on the dashboard, follows its
 * progress, and reads the chart (inline SVG: the curve, the current plan's and the baseline's marks), its sentence and
 * its table, in French.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(EmptyDatabaseExtension.class)
class BrowserTargetCostTest extends BrowserTest {

    @Test
    void facilitatorStartsTheCurveAndReadsWhatATargetCosts() {
        signInAsFacilitatorOf21And25();
        importTinySampleThroughThePage();
        open("/tableau-de-bord?territoire=21");
        WebElement block = byId("cout-cible-women");
        assertThat(byId("cout-cible").getText()).contains("Que coûte une cible ?");
        List<WebElement> start = block.findElements(By.cssSelector("button[type='submit']"));
        if (!start.isEmpty()) { // a curve of the same data may be kept from an earlier test of this context
            follow(start.get(0));
        }
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d ->
                !d.findElements(By.cssSelector("#cout-cible-women svg.target-cost-chart")).isEmpty());
        block = byId("cout-cible-women");
        WebElement chart = block.findElement(By.cssSelector("svg.target-cost-chart"));
        assertThat(chart.getText()).contains("Part des heures aux femmes").contains("Heures pourvues");
        int dots = chart.findElements(By.cssSelector("circle.point")).size();
        int rows = block.findElements(By.cssSelector("table.target-cost-table tbody tr")).size();
        assertThat(dots).isGreaterThan(1).isEqualTo(rows);
        assertThat(chart.findElements(By.cssSelector("path.mark-baseline"))).hasSize(1);
        assertThat(block.findElement(By.cssSelector(".target-cost-sentence")).getText())
                .matches("Atteindre \\d+\\s?% d'heures aux femmes (coûte (au plus )?[\\d\\s\\u00a0\\u202f]+ h \\([\\d,]+\\s?%\\)|ne coûte aucune heure) ici\\.");
        assertThat(block.findElement(By.cssSelector("table.target-cost-table")).getText()).contains("sans cible").contains("100");
        // the other share has its own curve, not computed yet
        assertThat(byId("cout-cible-qpv").getText()).contains("Part des heures aux habitants des QPV");
        shoot("dashboard-target-cost");
    }
}
