package fr.clausematch.candidate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CandidateApiTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    static ObjectNode form(ObjectMapper json, String id) {
        ObjectNode form = json.createObjectNode();
        form.put("id", id);
        form.put("territory", "21");
        form.put("gender", "F");
        form.put("birthYear", 1994);
        form.put("commune", "Dijon");
        form.put("latitude", 47.322);
        form.put("longitude", 5.041);
        form.put("qpvCode", "QP021001");
        form.putArray("eligibility").add("RSA").add("DELD");
        form.put("eligibilityUntil", "2027-06-30");
        form.putArray("trades").add("K2204");
        form.put("qualificationLevel", 3);
        form.putArray("licences").add("B");
        form.put("maxDistanceKm", 15);
        form.put("maxHoursPerWeek", 24);
        form.put("registeredOn", "2025-10-01");
        return form;
    }

    private JsonNode create(ObjectNode form) throws Exception {
        String body = mvc.perform(post("/api/candidates").contentType(MediaType.APPLICATION_JSON).content(form.toString()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/candidates/" + form.get("id").asText())))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    @Test
    void registerReadAndListWithFilters() throws Exception {
        JsonNode created = create(form(json, "C-001"));
        assertThat(created.get("status").asText()).isEqualTo("IDENTIFIED");
        assertThat(created.get("version").asLong()).isZero();
        ObjectNode man = form(json, "C-002");
        man.put("gender", "M");
        man.putNull("qpvCode");
        man.put("territory", "25");
        create(man);

        mvc.perform(get("/api/candidates/C-001"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligibility[*].criterion", containsInAnyOrder("DELD", "RSA")))
                .andExpect(jsonPath("$.eligibility[0].validatedBy").value(TestUsers.DEFAULT_FACILITATOR))
                .andExpect(jsonPath("$.territory").value("21"));
        mvc.perform(get("/api/candidates").param("territory", "21"))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value("C-001"));
        mvc.perform(get("/api/candidates").param("qpv", "false"))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value("C-002"));
        mvc.perform(get("/api/candidates").param("gender", "M").param("trade", "K2204"))
                .andExpect(jsonPath("$.content[0].id").value("C-002"));
        mvc.perform(get("/api/candidates").param("size", "1").param("page", "1").param("sort", "id"))
                .andExpect(jsonPath("$.page.totalPages").value(2))
                .andExpect(jsonPath("$.content[0].id").value("C-002"));
        mvc.perform(get("/api/candidates").param("q", "DIJ"))
                .andExpect(jsonPath("$.page.totalElements").value(2));
        mvc.perform(get("/api/candidates").param("q", "c-001"))
                .andExpect(jsonPath("$.content[0].id").value("C-001"))
                .andExpect(jsonPath("$.page.totalElements").value(1));
        mvc.perform(get("/api/candidates").param("q", "%"))
                .andExpect(jsonPath("$.page.totalElements").value(0));
        assertThat(jdbc.queryForList("SELECT code FROM territory ORDER BY code", String.class)).containsExactly("21", "25");
    }

    @Test
    void invalidFormListsEveryFieldInFrenchAndWritesNothing() throws Exception {
        ObjectNode bad = form(json, "pas un id !");
        bad.put("latitude", 123);
        bad.put("qualificationLevel", 2);
        bad.put("maxHoursPerWeek", 17.25);
        bad.putArray("trades").add("maçon");
        bad.put("availableFrom", "2026-05-01");
        bad.put("availableUntil", "2026-04-01");
        bad.remove("registeredOn");
        mvc.perform(post("/api/candidates").contentType(MediaType.APPLICATION_JSON).content(bad.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.title").value("Données invalides"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("id", "latitude", "qualificationLevelValid",
                        "maxHoursPerWeek", "trades[0]", "availabilityWindowValid", "registeredOn")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("latitude entre -90 et 90")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("la date de repérage est obligatoire")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidate", Integer.class)).isZero();
    }

    @Test
    void unreadableValueNamesItsField() throws Exception {
        ObjectNode bad = form(json, "C-003");
        bad.putArray("eligibility").add("RICHE");
        mvc.perform(post("/api/candidates").contentType(MediaType.APPLICATION_JSON).content(bad.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("eligibility.[0]"))
                .andExpect(jsonPath("$.errors[0].message").value("valeur invalide : RICHE"));
    }

    @Test
    void unknownTerritoryIsAFieldError() throws Exception {
        ObjectNode form = form(json, "C-004");
        form.put("territory", "zone-inconnue");
        mvc.perform(post("/api/candidates").contentType(MediaType.APPLICATION_JSON).content(form.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("territory"));
    }

    @Test
    void missingCandidateIs404() throws Exception {
        mvc.perform(get("/api/candidates/NOPE"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Candidat NOPE introuvable"));
    }

    @Test
    void duplicateIdIs409() throws Exception {
        create(form(json, "C-005"));
        mvc.perform(post("/api/candidates").contentType(MediaType.APPLICATION_JSON).content(form(json, "C-005").toString()))
                .andExpect(status().isConflict());
    }

    @Test
    void editWithTheReadVersionThenRefuseTheStaleOne() throws Exception {
        create(form(json, "C-006"));
        ObjectNode edit = form(json, "C-006");
        edit.put("commune", "Chenôve");
        edit.put("version", 0);
        edit.putArray("eligibility").add("RSA");
        mvc.perform(put("/api/candidates/C-006").contentType(MediaType.APPLICATION_JSON).content(edit.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commune").value("Chenôve"))
                .andExpect(jsonPath("$.eligibility[*].criterion", containsInAnyOrder("RSA")))
                .andExpect(jsonPath("$.version").value(1));

        ObjectNode stale = form(json, "C-006");
        stale.put("commune", "Talant");
        stale.put("version", 0);
        mvc.perform(put("/api/candidates/C-006").contentType(MediaType.APPLICATION_JSON).content(stale.toString()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("modifié entre-temps")));
        mvc.perform(get("/api/candidates/C-006")).andExpect(jsonPath("$.commune").value("Chenôve"));
    }

    @Test
    void deleteNeedsTheCurrentVersion() throws Exception {
        create(form(json, "C-007"));
        mvc.perform(delete("/api/candidates/C-007").param("version", "3")).andExpect(status().isConflict());
        mvc.perform(delete("/api/candidates/C-007").param("version", "0")).andExpect(status().isNoContent());
        mvc.perform(get("/api/candidates/C-007")).andExpect(status().isNotFound());
    }
}
