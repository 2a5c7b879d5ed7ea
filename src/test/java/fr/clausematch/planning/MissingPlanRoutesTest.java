package fr.clausematch.planning;

import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Plan routes, page and API, asked for a plan, a slot or a pairing that does not exist (or does not belong to
 * the plan named in the address): 404 in French, never a 500, and nothing decided.
 */
@IntegrationTest
class MissingPlanRoutesTest {

    private static final long MISSING = 999;

    @Autowired MockMvc mvc;
    @Autowired DatasetImporter importer;
    @Autowired JdbcTemplate jdbc;

    long plan;
    long pairing;

    @BeforeEach
    void sample() {
        TinySample.load(importer);
        plan = TinySample.plan(jdbc, "21", "PROPOSED", "T-S01", "T-P01");
        pairing = jdbc.queryForObject("SELECT id FROM assignment WHERE plan_id = ?", Long.class, plan);
    }

    @Test
    void pagesOfAMissingPlanAnswer404WithTheFrenchPage() throws Exception {
        List<MockHttpServletRequestBuilder> requests = List.of(
                get("/plans/" + MISSING + "/postes/X/explication"),
                get("/plans/" + MISSING + "/postes/X/explication").param("fragment", "true"),
                get("/plans/" + MISSING + "/score"),
                get("/plans/" + MISSING + "/score").param("fragment", "true"),
                get("/plans/" + MISSING),
                post("/plans/" + MISSING + "/arret"),
                post("/plans/" + MISSING + "/replanifier"),
                post("/plans/" + MISSING + "/appariements/" + pairing).param("decision", "confirmer").param("version", "0"));
        for (MockHttpServletRequestBuilder request : requests) {
            mvc.perform(request).andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("Plan " + MISSING + " introuvable")));
        }
    }

    @Test
    void aMissingSlotOfAnExistingPlanIs404() throws Exception {
        mvc.perform(get("/plans/" + plan + "/postes/NO-SUCH-SLOT/explication").param("fragment", "true"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Poste NO-SUCH-SLOT introuvable")));
        mvc.perform(get("/plans/" + plan + "/postes/T-S01/explication")).andExpect(status().isOk());
    }

    @Test
    void aPairingDecidedThroughAnotherPlansAddressIs404AndStaysAsItWas() throws Exception {
        long other = TinySample.plan(jdbc, "21", "PROPOSED", "T-S02", "T-P02");
        mvc.perform(post("/plans/" + other + "/appariements/" + pairing).param("decision", "confirmer").param("version", "0"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Appariement " + pairing + " introuvable")));
        assertThat(jdbc.queryForObject("SELECT status FROM assignment WHERE id = ?", String.class, pairing)).isEqualTo("PROPOSED");
        mvc.perform(post("/plans/" + plan + "/appariements/" + pairing).param("decision", "confirmer").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT status FROM assignment WHERE id = ?", String.class, pairing)).isEqualTo("CONFIRMED");
    }

    @Test
    void apiRoutesOfAMissingPlanAnswer404ProblemDetails() throws Exception {
        List<MockHttpServletRequestBuilder> requests = List.of(
                get("/api/plans/" + MISSING), get("/api/plans/" + MISSING + "/assignments"),
                get("/api/plans/" + MISSING + "/explanation"), get("/api/plans/" + MISSING + "/events"),
                delete("/api/plans/" + MISSING));
        for (MockHttpServletRequestBuilder request : requests) {
            mvc.perform(request).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value("Plan " + MISSING + " introuvable"));
        }
        mvc.perform(get("/api/plans/" + MISSING + "/events").accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/assignments/" + MISSING + "/history")).andExpect(status().isNotFound());
    }
}
