package fr.clausematch.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every plan knows its distance to the best: a proven upper bound on the hours any plan could fill, computed when the
 * solve ends, stored with the plan (V9), answered by the API and said in words on the plan's page; a plan made before
 * says it has none, and nothing breaks.
 */
@IntegrationTest
class PlanDistanceToTheBestTest {

    private static final String NBSP = "\u00a0";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired DatasetImporter importer;
    @Autowired ObjectMapper json;
    PlansByTheApi api;

    @BeforeEach
    void tinySampleAndTheApi() {
        TinySample.load(importer);
        api = new PlansByTheApi(mvc, json);
    }

    private JsonNode start(String strategy) throws Exception {
        return api.start("21", strategy);
    }

    private JsonNode plan(long id) throws Exception {
        return api.plan(id);
    }

    private JsonNode awaitEnd(long id) throws Exception {
        return api.awaitEnd(id);
    }

    private String page(long id, String lang) throws Exception {
        return mvc.perform(get("/plans/" + id).param("lang", lang)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aSolvedPlanStoresItsProvenBoundAndTheApiAnswersItAfterAReload() throws Exception {
        JsonNode started = start("OPTIMIZE");
        if (started.get("status").asText().equals("SOLVING")) {
            assertThat(started.get("hoursUpperBound").isNull()).as("solving: no bound yet").isTrue();
        }
        JsonNode done = awaitEnd(started.get("id").asLong());
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        long filled = done.get("hoursAssigned").asLong();
        long baseline = done.get("baselineIndicators").get("total").get("hoursAssigned").asLong();
        long bound = done.get("hoursUpperBound").asLong();
        assertThat(bound).isGreaterThanOrEqualTo(filled).isGreaterThanOrEqualTo(baseline)
                .isLessThanOrEqualTo(done.get("hoursTotal").asLong());
        assertThat(done.get("hoursUpperBoundKind").asText()).as("10 slots: proven optimal").isEqualTo("exact");
        assertThat(done.get("gapPercent").asDouble())
                .isEqualTo(Math.round(10_000.0 * (bound - filled) / bound) / 100.0);
        assertThat(done.get("hoursUpperBoundMillis").asLong()).isBetween(0L, 10_000L);

        Map<String, Object> row = jdbc.queryForMap("SELECT hours_upper_bound, hours_upper_bound_kind, gap_percent, "
                + "hours_upper_bound_millis FROM plan WHERE id = ?", done.get("id").asLong());
        assertThat(row).containsEntry("hours_upper_bound", bound).containsEntry("hours_upper_bound_kind", "exact")
                .containsEntry("gap_percent", done.get("gapPercent").asDouble());

        // the same problem planned first come, first served: below or at the same proven optimum
        JsonNode firstCome = plan(start("BASELINE").get("id").asLong());
        assertThat(firstCome.get("status").asText()).isEqualTo("DONE");
        assertThat(firstCome.get("hoursUpperBound").asLong()).isEqualTo(bound)
                .isGreaterThanOrEqualTo(firstCome.get("hoursAssigned").asLong());
        assertThat(firstCome.get("hoursUpperBoundKind").asText()).isEqualTo("exact");
    }

    @Test
    void withAConfirmedPairingTheNextPlansBoundKeepsItAndStaysAboveThePlan() throws Exception {
        long first = plan(start("BASELINE").get("id").asLong()).get("id").asLong();
        JsonNode pairing = json.readTree(mvc.perform(get("/api/plans/" + first + "/assignments")).andReturn().getResponse()
                .getContentAsString()).get(0);
        mvc.perform(post("/api/assignments/" + pairing.get("id").asLong() + "/confirm").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0}")).andExpect(status().isOk());
        JsonNode second = awaitEnd(start("OPTIMIZE").get("id").asLong());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM assignment WHERE plan_id = ? AND status = 'CONFIRMED'",
                Integer.class, second.get("id").asLong())).isEqualTo(1);
        assertThat(second.get("hoursUpperBound").asLong()).isGreaterThanOrEqualTo(second.get("hoursAssigned").asLong());
        assertThat(second.get("hoursUpperBoundKind").asText()).isEqualTo("exact");
    }

    @Test
    void thePlanPageSaysTheShareOfTheBestInFrenchWordsAndHowTheBoundWasProven() throws Exception {
        long id = plan(start("BASELINE").get("id").asLong()).get("id").asLong();
        jdbc.update("UPDATE plan SET hours_assigned = 9985, hours_upper_bound = 10000, hours_upper_bound_kind = 'cp-sat+lp', "
                + "gap_percent = 0.15, hours_upper_bound_millis = 2400 WHERE id = ?", id);
        String page = page(id, "fr");
        assertThat(page).contains("Ce plan pourvoit 99,8" + NBSP + "% des heures que le meilleur plan possible pourrait pourvoir "
                        + "(borne prouvée).")
                .contains("Borne prouvée par un solveur exact : aucun plan ne peut pourvoir plus de 10" + "\u202f" + "000 h.")
                .contains("borne de la relaxation linéaire").contains("Calculée en 2,4 s.")
                .doesNotContain("optimum prouvé").doesNotContain("cp-sat");
        assertThat(page(id, "en")).contains("This plan fills 99.8% of the hours the best possible plan could fill (proven bound).");
        // 99.96 % is not all of them: the share is rounded down
        jdbc.update("UPDATE plan SET hours_assigned = 9996 WHERE id = ?", id);
        assertThat(page(id, "fr")).contains("Ce plan pourvoit 99,9" + NBSP + "% des heures");
        assertThat(mvc.perform(get("/plans").param("territoire", "21")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("99,9" + NBSP + "%");

        jdbc.update("UPDATE plan SET hours_assigned = 10000, hours_upper_bound_kind = 'cp-sat', gap_percent = 0 WHERE id = ?", id);
        assertThat(page(id, "fr"))
                .contains("Ce plan pourvoit toutes les heures que le meilleur plan possible pourrait pourvoir (optimum prouvé).")
                .contains("Borne exacte : un solveur exact a prouvé qu&#39;aucun plan ne peut pourvoir plus de 10" + "\u202f" + "000 h.")
                .doesNotContain("relaxation linéaire");
        jdbc.update("UPDATE plan SET hours_upper_bound_millis = 40 WHERE id = ?", id);
        assertThat(page(id, "fr")).contains("Calculée en moins d&#39;une seconde.");
        assertThat(mvc.perform(get("/plans").param("territoire", "21")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("optimum prouvé");
    }

    @Test
    void aPlanMadeBeforeTheBoundsSaysItHasNoneAndNothingBreaks() throws Exception {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                SELECT column_name, is_nullable FROM information_schema.columns WHERE table_name = 'plan'
                  AND column_name IN ('hours_upper_bound', 'hours_upper_bound_kind', 'gap_percent', 'hours_upper_bound_millis')""");
        assertThat(columns).hasSize(4).allSatisfy(c -> assertThat(c.get("is_nullable")).isEqualTo("YES"));
        long old = TinySample.plan(jdbc, "21", "PROPOSED", "T-S01", "T-P01");
        jdbc.update("UPDATE plan SET hours_assigned = 140, hours_total = 900, score = '0hard/-760medium/0soft' WHERE id = ?", old);

        JsonNode plan = plan(old);
        assertThat(plan.get("hoursUpperBound").isNull()).isTrue();
        assertThat(plan.get("hoursUpperBoundKind").isNull()).isTrue();
        assertThat(plan.get("gapPercent").isNull()).isTrue();
        assertThat(page(old, "fr")).contains("Borne non calculée").doesNotContain("Ce plan pourvoit");
        assertThat(mvc.perform(get("/plans").param("territoire", "21")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Part du meilleur possible");
    }
}
