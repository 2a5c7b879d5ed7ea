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
import org.springframework.test.web.servlet.MvcResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Plans on the database through the API: solve, review, plan again (solver time limit 2 s in tests). */
@IntegrationTest
class PlanningApiTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired DatasetImporter importer;

    @BeforeEach
    void tinySample() {
        importer.importDataset(new DatasetReader().read(Path.of("sample-data", "tiny")), "21", "test");
    }

    JsonNode start(String territory, String strategy) throws Exception {
        return new PlansByTheApi(mvc, json).start(territory, strategy);
    }

    JsonNode awaitEnd(long planId) throws Exception {
        return new PlansByTheApi(mvc, json).awaitEnd(planId);
    }

    List<JsonNode> assignments(long planId) throws Exception {
        List<JsonNode> list = new ArrayList<>();
        json.readTree(mvc.perform(get("/api/plans/" + planId + "/assignments")).andReturn().getResponse().getContentAsString())
                .forEach(list::add);
        return list;
    }

    @Test
    void solveThenReviewThenPlanAgainKeepsConfirmedAndNeverProposesRejected() throws Exception {
        JsonNode first = start("21", null);
        assertThat(first.get("status").asText()).isEqualTo("SOLVING");
        assertThat(first.get("baselineScore").asText()).contains("hard");

        mvc.perform(post("/api/plans").contentType(MediaType.APPLICATION_JSON).content("{\"territory\":\"21\"}"))
                .andExpect(status().isConflict());

        JsonNode done = awaitEnd(first.get("id").asLong());
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.get("score").asText()).startsWith("0hard/");
        long hours = done.get("indicators").get("total").get("hoursAssigned").asLong();
        long baselineHours = done.get("baselineIndicators").get("total").get("hoursAssigned").asLong();
        assertThat(hours).isPositive().isGreaterThanOrEqualTo(baselineHours);
        assertThat(done.get("hoursAssigned").asLong()).isEqualTo(hours);

        List<JsonNode> proposed = assignments(done.get("id").asLong());
        assertThat(proposed).hasSizeGreaterThanOrEqualTo(2).allSatisfy(a -> assertThat(a.get("status").asText()).isEqualTo("PROPOSED"));
        assertThat(proposed.stream().mapToLong(a -> a.get("hours").asLong()).sum()).isEqualTo(hours);
        JsonNode kept = proposed.get(0);
        JsonNode refused = proposed.get(1);

        mvc.perform(post("/api/assignments/" + kept.get("id").asLong() + "/confirm").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"reason\":\"vue en entretien\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"));
        mvc.perform(post("/api/assignments/" + kept.get("id").asLong() + "/confirm").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("modifié entre-temps")));
        mvc.perform(post("/api/assignments/" + refused.get("id").asLong() + "/reject").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"reason\":\"trajet impossible sans voiture\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/assignments/" + kept.get("id").asLong() + "/history"))
                .andExpect(jsonPath("$[0].to").value("CONFIRMED"))
                .andExpect(jsonPath("$[0].reason").value("vue en entretien"));
        assertThat(jdbc.queryForObject("SELECT status FROM candidate WHERE external_id = ?", String.class,
                kept.get("candidate").asText())).isEqualTo("PROPOSED");

        JsonNode second = awaitEnd(start("21", null).get("id").asLong());
        List<JsonNode> again = assignments(second.get("id").asLong());
        assertThat(again).anySatisfy(a -> {
            assertThat(a.get("slot").asText()).isEqualTo(kept.get("slot").asText());
            assertThat(a.get("candidate").asText()).isEqualTo(kept.get("candidate").asText());
            assertThat(a.get("status").asText()).isEqualTo("CONFIRMED");
        });
        assertThat(again).noneSatisfy(a -> {
            assertThat(a.get("slot").asText()).isEqualTo(refused.get("slot").asText());
            assertThat(a.get("candidate").asText()).isEqualTo(refused.get("candidate").asText());
        });
        assertThat(again.stream().filter(a -> a.get("slot").asText().equals(kept.get("slot").asText()))).hasSize(1);
    }

    @Test
    void aPersonAndAContractAddedWhileSolvingReachTheRunningSolver() throws Exception {
        long planId = start("21", null).get("id").asLong();
        mvc.perform(post("/api/buyers").contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"GRAND-DIJON-HABITAT\",\"name\":\"Grand Dijon Habitat\",\"kind\":\"SOCIAL_LANDLORD\"}"));
        String person = "{\"id\":\"LATE-1\",\"territory\":\"21\",\"gender\":\"F\",\"birthYear\":1996,\"commune\":\"Dijon\","
                + "\"latitude\":47.322,\"longitude\":5.041,\"eligibility\":[\"RSA\"],\"trades\":[\"K2111\"],"
                + "\"qualificationLevel\":4,\"maxDistanceKm\":30,\"maxHoursPerWeek\":35,\"registeredOn\":\"2026-01-05\"}";
        mvc.perform(post("/api/candidates").contentType(MediaType.APPLICATION_JSON).content(person)).andExpect(status().isCreated());
        String contract = "{\"id\":\"LATE-K\",\"buyer\":\"GRAND-DIJON-HABITAT\",\"title\":\"Accueil des locataires\","
                + "\"type\":\"SERVICES\",\"legalBasis\":\"EXECUTION_CLAUSE\",\"anru\":false,\"commune\":\"Dijon\","
                + "\"latitude\":47.33,\"longitude\":5.03,\"startDate\":\"2026-09-01\",\"endDate\":\"2026-12-31\","
                + "\"requiredHours\":200,\"territory\":\"21\",\"status\":\"OPEN\",\"slots\":[{\"id\":\"LATE-S\",\"trade\":\"K2111\","
                + "\"hours\":200,\"startDate\":\"2026-09-01\",\"endDate\":\"2026-11-30\",\"hoursPerWeek\":17.5}]}";
        mvc.perform(post("/api/contracts").contentType(MediaType.APPLICATION_JSON).content(contract)).andExpect(status().isCreated());

        JsonNode done = awaitEnd(planId);
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(assignments(planId)).anySatisfy(a -> {
            assertThat(a.get("slot").asText()).isEqualTo("LATE-S");
            assertThat(a.get("candidate").asText()).isEqualTo("LATE-1");
        });
    }

    @Test
    void baselineStrategyAndExplanations() throws Exception {
        JsonNode baseline = awaitEnd(start("21", "BASELINE").get("id").asLong());
        assertThat(baseline.get("status").asText()).isEqualTo("DONE");
        assertThat(baseline.get("score").asText()).isEqualTo(baseline.get("baselineScore").asText());
        long planId = baseline.get("id").asLong();
        int slots = jdbc.queryForObject("SELECT count(*) FROM slot s JOIN contract k ON k.id = s.contract_id WHERE k.territory_code = '21'",
                Integer.class);
        JsonNode explanation = json.readTree(mvc.perform(get("/api/plans/" + planId + "/explanation"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slots.length()").value(slots))
                .andExpect(jsonPath("$.constraints[0].name").isNotEmpty())
                .andReturn().getResponse().getContentAsString());
        List<JsonNode> empty = new ArrayList<>();
        List<JsonNode> filled = new ArrayList<>();
        explanation.get("slots").forEach(slot -> (slot.get("candidateId").isNull() ? empty : filled).add(slot));
        assertThat(empty).allSatisfy(slot -> assertThat(slot.get("reasons").get(0).asText()).isNotBlank());
        assertThat(filled).hasSize(assignments(planId).size())
                .allSatisfy(slot -> assertThat(slot.get("reasons").toString()).contains("Règles 1 à 8 respectées"));
        mvc.perform(get("/api/plans").param("territory", "21")).andExpect(jsonPath("$[0].id").value(planId));
    }

    @Test
    void stopKeepsTheBestSoFarAndDecisionsWaitForTheEnd() throws Exception {
        long planId = start("21", null).get("id").asLong();
        mvc.perform(delete("/api/plans/" + planId)).andExpect(status().isOk());
        JsonNode stopped = awaitEnd(planId);
        assertThat(stopped.get("status").asText()).isEqualTo("STOPPED");
        mvc.perform(delete("/api/plans/" + planId)).andExpect(status().isConflict());

        MvcResult events = mvc.perform(get("/api/plans/" + planId + "/events")).andReturn();
        String stream = mvc.perform(asyncDispatch(events)).andReturn().getResponse().getContentAsString();
        assertThat(stream).contains("event:end").contains("\"status\":\"STOPPED\"");
    }

    @Test
    void unknownPlanOrTerritory() throws Exception {
        mvc.perform(get("/api/plans/999999")).andExpect(status().isNotFound());
        mvc.perform(post("/api/plans").contentType(MediaType.APPLICATION_JSON).content("{\"territory\":\"77\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/plans").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("territory"));
    }

    @Test
    void settingsAreValidatedAllOrNothingAndRulesStayFixed() throws Exception {
        mvc.perform(get("/api/territories/21/settings"))
                .andExpect(jsonPath("$[?(@.name == 'target.women-share.WORKS')].value").value("0.9"));
        mvc.perform(put("/api/territories/21/settings").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"target.women-share.WORKS\":\"0.4\",\"weight.pairing-rules\":\"0hard/0medium/0soft\",\"target.qpv-share.WORKS\":\"2\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM territory_setting", Integer.class)).isZero();
        mvc.perform(put("/api/territories/21/settings").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"target.women-share.WORKS\":\"0.4\",\"weight.distance\":\"0hard/0medium/5soft\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'target.women-share.WORKS')].overridden").value(true));
        mvc.perform(put("/api/territories/21/settings").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"target.women-share.WORKS\":\"0.9\"}"))
                .andExpect(jsonPath("$[?(@.name == 'target.women-share.WORKS')].overridden").value(false));
        assertThat(jdbc.queryForList("SELECT name FROM territory_setting", String.class)).containsExactly("weight.distance");
    }
}
