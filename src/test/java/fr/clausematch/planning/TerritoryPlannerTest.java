package fr.clausematch.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.clausematch.dataset.DatasetReader;
import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A territory planned for a batch run: stored whole as a finished plan, once per run, reviewed as any other. */
@IntegrationTest
class TerritoryPlannerTest {

    @Autowired TerritoryPlanner planner;
    @Autowired DatasetImporter importer;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;

    @BeforeEach
    void tinySample() {
        importer.importDataset(new DatasetReader().read(Path.of("sample-data", "tiny")), "21", "test");
    }

    TerritoryPlanner.Outcome plan(long run) {
        return planner.plan("21", run, Duration.ofSeconds(2), "calcul par lots " + run, () -> false).orElseThrow();
    }

    @Test
    void aRunStoresOneFinishedPlanPerTerritoryHoweverOftenItIsAsked() {
        assertThat(planner.slotsToPlan("21")).isEqualTo(jdbc.queryForObject("SELECT count(*) FROM slot", Long.class)).isPositive();

        TerritoryPlanner.Outcome first = plan(9001);
        assertThat(first.planned()).isTrue();
        assertThat(first.hoursFilled()).isPositive().isGreaterThanOrEqualTo(first.baselineHoursFilled());
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM plan WHERE id = ?", first.planId());
        assertThat(row).containsEntry("status", "DONE").containsEntry("strategy", "OPTIMIZE").containsEntry("batch_run", 9001L)
                .containsEntry("hours_assigned", first.hoursFilled()).containsEntry("requested_by", "calcul par lots 9001");
        assertThat(row.get("baseline_indicators")).isNotNull();
        assertThat(row.get("ended_at")).isNotNull();
        Long proposedHours = jdbc.queryForObject("""
                SELECT sum(s.hours) FROM assignment a JOIN slot s ON s.id = a.slot_id
                WHERE a.plan_id = ? AND a.status = 'PROPOSED'""", Long.class, first.planId());
        assertThat(proposedHours).isEqualTo(first.hoursFilled());
        assertThat(first.hoursUpperBound()).as("its proven bound").isNotNull().isGreaterThanOrEqualTo(first.hoursFilled())
                .isGreaterThanOrEqualTo(first.baselineHoursFilled());
        assertThat(first.hoursUpperBoundKind()).isEqualTo("exact");
        assertThat(first.gapPercent()).isEqualTo(Math.round(10_000.0 * (first.hoursUpperBound() - first.hoursFilled())
                / first.hoursUpperBound()) / 100.0);
        assertThat(row).containsEntry("hours_upper_bound", first.hoursUpperBound()).containsEntry("hours_upper_bound_kind", "exact")
                .containsEntry("gap_percent", first.gapPercent());

        TerritoryPlanner.Outcome again = plan(9001);
        assertThat(again.planned()).isFalse();
        assertThat(again.planId()).isEqualTo(first.planId());
        assertThat(again.hoursFilled()).isEqualTo(first.hoursFilled());
        assertThat(again.baselineHoursFilled()).isEqualTo(first.baselineHoursFilled());
        assertThat(again.hoursUpperBound()).as("read back from the stored plan").isEqualTo(first.hoursUpperBound());
        assertThat(again.hoursUpperBoundKind()).isEqualTo(first.hoursUpperBoundKind());
        assertThat(again.gapPercent()).isEqualTo(first.gapPercent());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM plan WHERE batch_run = 9001", Integer.class)).isEqualTo(1);
    }

    @Test
    void whileABatchPlansATerritoryAFacilitatorsPlanOfItIsRefused() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.CompletableFuture<java.util.Optional<TerritoryPlanner.Outcome>> batch =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> planner.plan("21", 9100, Duration.ofSeconds(30), "lot", stop::get));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (jdbc.queryForObject("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted", Integer.class) == 0) {
            assertThat(System.nanoTime()).as("the batch holds the territory").isLessThan(deadline);
            Thread.sleep(50);
        }
        mvc.perform(post("/api/plans").contentType(MediaType.APPLICATION_JSON).content("{\"territory\":\"21\"}"))
                .andExpect(status().isConflict())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.containsString("un calcul par lots planifie le territoire 21")));
        stop.set(true);
        assertThat(batch.get(30, java.util.concurrent.TimeUnit.SECONDS)).as("stopped: nothing stored").isEmpty();
        mvc.perform(post("/api/plans").contentType(MediaType.APPLICATION_JSON).content("{\"territory\":\"21\"}"))
                .andExpect(status().is2xxSuccessful());
        awaitNoPlanBeingSolved(); // its run ends here, not in the next test's territory
    }

    /** Waits until no plan of the tests' territory is queued or being solved (a run started by a test ends there). */
    private void awaitNoPlanBeingSolved() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (jdbc.queryForObject("SELECT count(*) FROM plan WHERE territory_code = '21' AND status IN ('QUEUED', 'SOLVING')",
                Integer.class) > 0) {
            assertThat(System.nanoTime()).as("the plans being solved end").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void aBatchWaitsForAPlanOfItsTerritoryBeingSolvedThenPlans() throws Exception {
        awaitNoPlanBeingSolved(); // a run that another test started would end and let the batch go
        // a facilitator's plan being solved by this (live) process
        jdbc.update("INSERT INTO plan (territory_code, strategy, status, requested_by, owner) VALUES ('21', 'OPTIMIZE', 'SOLVING', 'f', ?)",
                fr.clausematch.shared.ProcessOwner.current().toString());
        java.util.concurrent.CompletableFuture<java.util.Optional<TerritoryPlanner.Outcome>> batch =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> planner.plan("21", 9200, Duration.ofSeconds(2), "lot", () -> false));
        Thread.sleep(3_000);
        assertThat(batch).as("waiting, past its own budget").isNotDone();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM plan WHERE batch_run = 9200", Integer.class)).isZero();

        jdbc.update("UPDATE plan SET status = 'DONE', ended_at = now() WHERE batch_run IS NULL AND territory_code = '21'");
        TerritoryPlanner.Outcome planned = batch.get(60, java.util.concurrent.TimeUnit.SECONDS).orElseThrow();
        assertThat(planned.planned()).isTrue();
        assertThat(planned.hoursFilled()).isPositive();
    }

    @Test
    void aStoppedTerritoryStoresNothing() {
        assertThat(planner.plan("21", 9002, Duration.ofSeconds(20), "calcul par lots 9002", () -> true)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM plan WHERE batch_run = 9002", Integer.class)).isZero();
        assertThat(planner.planOfBatchRun(9002, "21")).isEmpty();
    }

    @Test
    void aBatchPlanIsReviewedAsAnyOtherAndTheNextRunKeepsTheDecisions() throws Exception {
        TerritoryPlanner.Outcome first = plan(9003);
        JsonNode proposed = json.readTree(mvc.perform(get("/api/plans/" + first.planId() + "/assignments"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(proposed.size()).isGreaterThanOrEqualTo(2);
        JsonNode kept = proposed.get(0);
        JsonNode refused = proposed.get(1);
        mvc.perform(post("/api/assignments/" + kept.get("id").asLong() + "/confirm").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0}")).andExpect(status().isOk());
        mvc.perform(post("/api/assignments/" + refused.get("id").asLong() + "/reject").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0}")).andExpect(status().isOk());

        TerritoryPlanner.Outcome second = plan(9004);
        List<Map<String, Object>> pairs = jdbc.queryForList("""
                SELECT s.external_id AS slot, c.external_id AS candidate, a.status FROM assignment a
                  JOIN slot s ON s.id = a.slot_id JOIN candidate c ON c.id = a.candidate_id WHERE a.plan_id = ?""", second.planId());
        assertThat(pairs).contains(Map.of("slot", kept.get("slot").asText(), "candidate", kept.get("candidate").asText(),
                "status", "CONFIRMED"));
        assertThat(pairs).noneMatch(p -> p.get("slot").equals(refused.get("slot").asText())
                && p.get("candidate").equals(refused.get("candidate").asText()));
    }
}
