package fr.clausematch.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Where a person could work and who could fill a slot, through the API and the pages, on the tiny sample's plan of
 * territory 21 and a person registered after it: the lines ranked, the near misses with the rule in words, a proposal
 * stored as a proposed pairing of the plan (and refused, with the reason, on a near miss or a confirmed slot).
 */
@IntegrationTest
class RecommendationsWebTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired DatasetImporter importer;
    @Autowired JdbcTemplate jdbc;

    private long planId;

    @BeforeEach
    void planThenRegister() throws Exception {
        TinySample.load(importer);
        PlansByTheApi api = new PlansByTheApi(mvc, json);
        planId = api.start("21", null).get("id").asLong();
        api.awaitEnd(planId);
        // registered after the plan: a woman of a QPV, site labourer and electrician without HAB_ELEC
        ObjectNode form = json.createObjectNode();
        form.put("id", "T-P99");
        form.put("territory", "21");
        form.put("gender", "F");
        form.put("birthYear", 1990);
        form.put("commune", "Dijon");
        form.put("latitude", 47.335);
        form.put("longitude", 5.05);
        form.put("qpvCode", "QP021001");
        form.putArray("eligibility").add("RSA");
        form.putArray("trades").add("F1704").add("F1602");
        form.put("qualificationLevel", 3);
        form.putArray("licences").add("B");
        form.put("maxDistanceKm", 20);
        form.put("maxHoursPerWeek", 35);
        form.put("registeredOn", "2026-01-05");
        mvc.perform(post("/api/candidates").contentType(MediaType.APPLICATION_JSON).content(form.toString()))
                .andExpect(status().isCreated());
    }

    private JsonNode read(String path) throws Exception {
        return json.readTree(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theApiRanksTheSlotsSheCouldTakeAndSaysTheRuleSheMisses() throws Exception {
        JsonNode view = read("/api/candidates/T-P99/recommendations");

        assertThat(view.get("planId").asLong()).isEqualTo(planId);
        assertThat(view.get("candidate").asText()).isEqualTo("T-P99");
        List<String> slots = new ArrayList<>();
        long previous = Long.MAX_VALUE;
        for (JsonNode line : view.get("lines")) {
            slots.add(line.get("slot").asText());
            assertThat(line.get("gainHours").asLong()).isLessThanOrEqualTo(previous);
            previous = line.get("gainHours").asLong();
            assertThat(line.get("candidate").asText()).isEqualTo("T-P99");
            assertThat(line.get("trade").asText()).isEqualTo("F1704");
            assertThat(line.get("tradeName").asText()).isNotBlank();
            assertThat(line.get("rules").asText()).startsWith("Règles 1 à 9 respectées : métier F1704");
            assertThat(line.get("chain").get(0).asText()).startsWith("T-P99 prend le poste " + line.get("slot").asText());
            assertThat(line.get("distanceKm").asDouble()).isBetween(0.0, 20.0);
        }
        // the site labourer's slots of Dijon within her reach, T-S04 on urban renewal too (she lives in a QPV)
        assertThat(slots).contains("T-S01", "T-S04");
        Map<String, String> near = new java.util.HashMap<>();
        view.get("nearMisses").forEach(n -> near.put(n.get("slot").asText(), n.get("rule").asText() + ": " + n.get("reason").asText()));
        assertThat(near.get("T-S06")).isEqualTo("LICENCES: permis ou habilitation HAB_ELEC manquant");
        assertThat(near.get("T-S10")).startsWith("TRADE: métier F1703");

        mvc.perform(get("/candidats/T-P99/recommandations").param("fragment", "true").param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Rules 1 to 9 met"), containsString("licence HAB_ELEC missing"),
                        not(containsString("Règles 1 à 9")))));

        assertThat(view.get("planned").asBoolean()).isTrue();
        mvc.perform(get("/api/candidates/NOPE/recommendations")).andExpect(status().isNotFound());

        // a person the territory no longer plans: said so, nothing looked for
        jdbc.update("UPDATE candidate SET status = 'EXITED' WHERE external_id = 'T-P99'");
        JsonNode exited = read("/api/candidates/T-P99/recommendations");
        assertThat(exited.get("planned").asBoolean()).isFalse();
        assertThat(exited.get("lines")).isEmpty();
        mvc.perform(get("/candidats/T-P99/recommandations").param("fragment", "true"))
                .andExpect(content().string(containsString("n&#39;est pas parmi celles que le territoire planifie")));
    }

    @Test
    void whoCouldFillASlotThroughTheApiAndThePlanPage() throws Exception {
        // T-S01 freed by the facilitator: the plan page offers « Qui pourrait le prendre ? »
        Map<String, Object> held = jdbc.queryForMap("""
                SELECT a.id, a.version, c.external_id AS person FROM assignment a JOIN slot s ON s.id = a.slot_id
                JOIN candidate c ON c.id = a.candidate_id WHERE a.plan_id = ? AND s.external_id = 'T-S01' AND a.status = 'PROPOSED'""",
                planId);
        mvc.perform(post("/plans/" + planId + "/appariements/" + held.get("id")).param("decision", "retirer")
                .param("version", held.get("version").toString())).andExpect(status().is3xxRedirection());

        JsonNode view = read("/api/plans/" + planId + "/slots/T-S01/candidates");
        List<String> people = new ArrayList<>();
        view.get("lines").forEach(l -> people.add(l.get("candidate").asText()));
        assertThat(people).contains("T-P99", (String) held.get("person"));
        assertThat(view.get("lines").get(0).get("gainHours").asLong()).isEqualTo(140);
        assertThat(view.get("slot").asText()).isEqualTo("T-S01");

        mvc.perform(get("/plans/" + planId))
                .andExpect(content().string(allOf(containsString("Qui pourrait le prendre ?"),
                        containsString("/plans/" + planId + "/postes/T-S01/candidats?fragment=true"))));
        mvc.perform(get("/plans/" + planId + "/postes/T-S01/candidats").param("fragment", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("T-P99"), containsString("Proposer"), not(containsString("<html")),
                        containsString("name=\"_csrf\""))));
        mvc.perform(get("/plans/" + planId + "/postes/T-S01/candidats"))
                .andExpect(content().string(allOf(containsString("<html lang=\"fr\""), containsString("Qui pourrait prendre le poste T-S01 ?"))));

        mvc.perform(post("/plans/" + planId + "/postes/T-S01/proposer").param("candidat", "T-P99"))
                .andExpect(redirectedUrl("/plans/" + planId + "#poste-T-S01"))
                .andExpect(flash().attribute("decidedStatus", AssignmentStatus.PROPOSED));
        assertThat(jdbc.queryForObject("""
                SELECT a.status FROM assignment a JOIN slot s ON s.id = a.slot_id JOIN candidate c ON c.id = a.candidate_id
                WHERE a.plan_id = ? AND s.external_id = 'T-S01' AND c.external_id = 'T-P99'""", String.class, planId)).isEqualTo("PROPOSED");

        mvc.perform(get("/api/plans/" + planId + "/slots/NOPE/candidates")).andExpect(status().isNotFound());
    }

    @Test
    void theSectionOfHerPageProposesAndAProposalIsCheckedAgain() throws Exception {
        mvc.perform(get("/candidats/T-P99"))
                .andExpect(content().string(allOf(containsString("Où pourrait-elle travailler ?"),
                        containsString("data-fragment=\"/candidats/T-P99/recommandations?fragment=true\""),
                        containsString("/js/fragments.js"))));
        mvc.perform(get("/candidats/T-P99/recommandations").param("fragment", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"recommendations\""), containsString("T-S01"),
                        containsString("Proposer"), containsString("Presque : une seule règle manque"),
                        containsString("permis ou habilitation HAB_ELEC manquant"), not(containsString("<html")))));
        mvc.perform(get("/candidats/T-P99/recommandations"))
                .andExpect(content().string(allOf(containsString("<html lang=\"fr\""), containsString("Où pourrait travailler T-P99 ?"))));

        JsonNode top = read("/api/candidates/T-P99/recommendations").get("lines").get(0);
        String slot = top.get("slot").asText();
        mvc.perform(post("/candidats/T-P99/recommandations/proposer").param("poste", slot))
                .andExpect(redirectedUrl("/candidats/T-P99#recommandations"))
                .andExpect(flash().attributeExists("proposed"));
        Map<String, Object> stored = jdbc.queryForMap("""
                SELECT a.id, a.status, a.version FROM assignment a JOIN slot s ON s.id = a.slot_id JOIN candidate c ON c.id = a.candidate_id
                WHERE a.plan_id = ? AND s.external_id = ? AND c.external_id = 'T-P99'""", planId, slot);
        assertThat(stored.get("status")).isEqualTo("PROPOSED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM assignment_event WHERE assignment_id = ? AND to_status = 'PROPOSED'",
                Integer.class, stored.get("id"))).isEqualTo(1);
        // one proposed pairing per slot: the holder displaced, if any, is withdrawn
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM assignment a JOIN slot s ON s.id = a.slot_id WHERE a.plan_id = ? AND s.external_id = ?
                AND a.status = 'PROPOSED'""", Integer.class, planId, slot)).isEqualTo(1);
        if (top.get("displaces").asBoolean()) {
            assertThat(jdbc.queryForObject("""
                    SELECT count(*) FROM assignment a JOIN slot s ON s.id = a.slot_id WHERE a.plan_id = ? AND s.external_id = ?
                    AND a.status = 'UNASSIGNED'""", Integer.class, planId, slot)).isEqualTo(1);
        }
        mvc.perform(get("/candidats/T-P99").flashAttr("proposed", new PlanRecommendations.Proposal(planId, slot, "T-P99", 0, List.of())))
                .andExpect(content().string(containsString("Proposé : T-P99 sur le poste " + slot)));

        // reviewed like any other pairing: confirmed, then the slot is refused to anyone else
        mvc.perform(post("/plans/" + planId + "/appariements/" + stored.get("id")).param("decision", "confirmer")
                .param("version", stored.get("version").toString())).andExpect(status().is3xxRedirection());
        String other = slot.equals("T-S01") ? "T-P06" : "T-P19";
        mvc.perform(post("/api/plans/" + planId + "/proposals").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"candidate\":\"" + other + "\",\"slot\":\"" + slot + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("déjà tenu par un appariement confirmé")));

        // a near miss is refused with the rule in words
        mvc.perform(post("/candidats/T-P99/recommandations/proposer").param("poste", "T-S06"))
                .andExpect(flash().attribute("proposalRefused", containsString("permis ou habilitation HAB_ELEC manquant")));
        mvc.perform(post("/api/plans/" + planId + "/proposals").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"candidate\":\"T-P99\",\"slot\":\"T-S05\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("règles manquantes")));
    }
}
