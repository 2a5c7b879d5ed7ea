package fr.clausematch.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan's levers through the API and on its page (issue 14 part 3). The tiny sample, where slot T-S01 (140 h of F1704
 * in April and May) asks for a driving licence C that nobody holds: every other slot can be filled, so a licence C
 * unlocks exactly those 140 h, for one person.
 */
@IntegrationTest
class PlanLeversApiTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired DatasetImporter importer;

    long plan;

    @BeforeEach
    void sampleWithALicenceNobodyHolds() {
        TinySample.load(importer);
        jdbc.update("INSERT INTO slot_licence (slot_id, position, licence) SELECT id, 0, 'C' FROM slot WHERE external_id = 'T-S01'");
        plan = TinySample.plan(jdbc, "21", "PROPOSED", "T-S02", "T-P04");
    }

    JsonNode levers() throws Exception {
        return json.readTree(mvc.perform(get("/api/plans/" + plan + "/levers")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    JsonNode awaitLevers() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode state = levers();
            if (!state.get("status").asText().equals("RUNNING")) {
                return state;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("levers of plan " + plan + " still running after 90 s");
    }

    @Test
    void startPollReadThenTheSecondViewIsKeptUntilTheDataChanges() throws Exception {
        assertThat(levers().get("status").asText()).isEqualTo("NOT_STARTED");

        JsonNode started = json.readTree(mvc.perform(post("/api/plans/" + plan + "/levers")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(started.get("status").asText()).isIn("RUNNING", "DONE");

        JsonNode done = awaitLevers();
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        long total = jdbc.queryForObject("SELECT sum(hours) FROM slot", Long.class);
        assertThat(done.get("referenceHours").asLong()).isEqualTo(total - 140);
        JsonNode licence = lever(done, "LICENCE", "C");
        assertThat(licence.get("hours").asLong()).isEqualTo(140);
        assertThat(licence.get("people")).hasSize(1);
        assertThat(licence.get("people").get(0).asText()).startsWith("T-P"); // a pseudonymous id
        assertThat(licence.get("sentence").asText()).isEqualTo("Un permis C pour une personne : +140 h");
        assertThat(done.get("levers").get(0)).isEqualTo(licence); // the one lever that unlocks hours comes first
        for (JsonNode other : done.get("levers")) {
            if (other != done.get("levers").get(0)) {
                assertThat(other.get("hours").asLong()).as(other.get("label").asText()).isZero();
                assertThat(other.get("people")).isEmpty();
            }
        }

        // a second view: the kept result, at once
        JsonNode again = json.readTree(mvc.perform(post("/api/plans/" + plan + "/levers")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(again.get("status").asText()).isEqualTo("DONE");
        assertThat(again.get("startedAt")).isEqualTo(done.get("startedAt"));

        // the page shows them beside the shortage report: sentence, chart and table
        mvc.perform(get("/plans/" + plan))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"levers-chart\""), containsString("<svg"),
                        containsString("Un permis C pour une personne : +140 h"), containsString("id=\"levers-table\""),
                        containsString("Sans effet sur ce plan"))));

        // once the data changes (T-P02, who held no licence, gets a licence C), the kept result no longer holds
        jdbc.update("""
                INSERT INTO candidate_licence (candidate_id, position, licence)
                SELECT id, 0, 'C' FROM candidate WHERE external_id = 'T-P02'""");
        JsonNode stale = levers();
        assertThat(stale.get("status").asText()).isEqualTo("NOT_STARTED");
        assertThat(stale.get("stale").asBoolean()).isTrue();
        mvc.perform(get("/plans/" + plan)).andExpect(content().string(containsString("Les données ont changé")));
    }

    @Test
    void thePageStartsThemAndRefusesAMissingPlan() throws Exception {
        mvc.perform(get("/plans/" + plan)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"levers-start\""), containsString("Calculer les leviers"))));
        mvc.perform(post("/plans/" + plan + "/leviers")).andExpect(redirectedUrl("/plans/" + plan + "#leviers"));
        assertThat(awaitLevers().get("status").asText()).isEqualTo("DONE");
        mvc.perform(get("/api/plans/999999/levers")).andExpect(status().isNotFound());
        mvc.perform(post("/api/plans/999999/levers")).andExpect(status().isNotFound());
    }

    private static JsonNode lever(JsonNode report, String kind, String parameter) {
        for (JsonNode line : report.get("levers")) {
            if (line.get("kind").asText().equals(kind) && parameter.equals(line.get("parameter").asText())) {
                return line;
            }
        }
        throw new AssertionError("no lever " + kind + " " + parameter + " in " + report);
    }
}
