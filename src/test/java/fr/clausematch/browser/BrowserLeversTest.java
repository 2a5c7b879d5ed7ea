package fr.clausematch.browser;

import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.EmptyDatabaseExtension;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 part 3 in a real browser: on a plan's page a facilitator asks for its levers, watches them computed in the
 * background (the page reloads itself when they are done), then reads the chart (inline SVG) and the table. The tiny
 * sample, where T-S01 asks for a driving licence C nobody holds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(EmptyDatabaseExtension.class)
class BrowserLeversTest extends BrowserTest {

    @Autowired DatasetImporter importer;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aFacilitatorAsksForAPlansLeversAndReadsTheirChart() {
        TinySample.load(importer);
        jdbc.update("INSERT INTO slot_licence (slot_id, position, licence) SELECT id, 0, 'C' FROM slot WHERE external_id = 'T-S01'");
        long plan = TinySample.plan(jdbc, "21", "PROPOSED", "T-S02", "T-P04");
        signInAsFacilitatorOf21And25();

        open("/plans/" + plan);
        assertThat(byId("levers-state").getText()).contains("pas encore calculés");
        click(byId("levers-start"));

        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("levers-chart")).isEmpty());
        WebElement chart = byId("levers-chart");
        List<WebElement> bars = chart.findElements(By.cssSelector("rect.lever-bar"));
        assertThat(bars).hasSize(1);
        assertThat(bars.get(0).getSize().getWidth()).isPositive();
        assertThat(chart.getText()).contains("Un permis C").contains("+140 h");
        assertThat(byId("levers-sentences").getText()).isEqualTo("Un permis C pour une personne : +140 h");
        assertThat(byId("levers-table").getText()).contains("Un permis C").contains("+140 h");
        assertThat(byId("levers-useless").getText()).startsWith("Sans effet sur ce plan");
        shoot("plan-levers");
    }
}
