package fr.clausematch.candidate;

import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CandidatePagesTest {

    @Autowired MockMvc mvc;
    @Autowired DatasetImporter importer;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void sample() {
        TinySample.load(importer);
    }

    /** A valid candidate form; {@code overrides} are name, value pairs replacing the defaults. */
    static MockHttpServletRequestBuilder validForm(MockHttpServletRequestBuilder request, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", "W-001");
        fields.put("territory", "21");
        fields.put("gender", "F");
        fields.put("birthYear", "1994");
        fields.put("place.commune", "Dijon");
        fields.put("place.latitude", "47.322");
        fields.put("place.longitude", "5.041");
        fields.put("place.qpvCode", "QP021001");
        fields.put("trades", "K2204 | F1704");
        fields.put("qualificationLevel", "3");
        fields.put("licences", "B, SST");
        fields.put("maxDistanceKm", "15");
        fields.put("maxHoursPerWeek", "24");
        fields.put("registeredOn", "2025-10-01");
        fields.put("status", "IDENTIFIED");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        fields.forEach(request::param);
        return request.param("eligibility", "RSA", "DELD");
    }

    @Test
    void listFiltersAndPages() throws Exception {
        mvc.perform(get("/candidats"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("20 candidats"), containsString("T-P01"),
                        containsString("href=\"/candidats/T-P20\""))));
        mvc.perform(get("/candidats").param("gender", "F").param("territory", "21").param("status", "")
                        .param("qpv", "").param("trade", "").param("q", ""))
                .andExpect(content().string(allOf(containsString("9 candidats"), not(containsString("T-P02")))));
        mvc.perform(get("/candidats").param("qpv", "true").param("trade", "F1704"))
                .andExpect(content().string(allOf(containsString("T-P01"), not(containsString("T-P02<")))));
        mvc.perform(get("/candidats").param("q", "t-p1"))
                .andExpect(content().string(allOf(containsString("10 candidats"), containsString("T-P10"))));
        mvc.perform(get("/candidats").param("q", "personne"))
                .andExpect(content().string(containsString("Aucun candidat ne correspond")));
    }

    @Test
    void listHasAPagerKeepingTheFilters() throws Exception {
        for (int i = 0; i < CandidatePages.PAGE_SIZE; i++) {
            mvc.perform(validForm(post("/candidats"), "id", "X-" + (100 + i)));
        }
        mvc.perform(get("/candidats").param("territory", "21"))
                .andExpect(content().string(allOf(containsString("Page 1 sur 2"),
                        containsString("href=\"/candidats?territory=21&amp;page=1\""))));
        mvc.perform(get("/candidats").param("territory", "21").param("page", "1"))
                .andExpect(content().string(allOf(containsString("Page 2 sur 2"), containsString("rel=\"prev\""))));
    }

    @Test
    void detailShowsThePersonAndTheCriteria() throws Exception {
        mvc.perform(get("/candidats/T-P01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Candidat T-P01"), containsString("QP021001"),
                        containsString("Bénéficiaire du RSA"),
                        containsString("<li><span class=\"trade\">F1704 Préparation du gros oeuvre et des travaux publics</span></li>"
                                + "<li><span class=\"trade\">K2204 Nettoyage de locaux</span></li>"))));
    }

    @Test
    void createRedirectsToTheNewCandidate() throws Exception {
        mvc.perform(validForm(post("/candidats")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/candidats/W-001"));
        mvc.perform(get("/candidats/W-001"))
                .andExpect(content().string(allOf(containsString("K2204 Nettoyage de locaux</span></li><li><span class=\"trade\">F1704"),
                        containsString("B, SST"),
                        containsString("Demandeur d&#39;emploi de longue durée"))));
    }

    @Test
    void badFormIsShownAgainWithFrenchMessagesNextToTheFields() throws Exception {
        mvc.perform(post("/candidats").param("id", "a b").param("territory", "21").param("birthYear", "abc")
                        .param("place.latitude", "95").param("trades", "maçon").param("qualificationLevel", "2")
                        .param("maxHoursPerWeek", "17.55").param("availableFrom", "2026-05-01")
                        .param("availableUntil", "2026-04-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("1 à 64 caractères parmi A-Z a-z 0-9 _ . -"),
                        containsString("nombre entier attendu"),
                        containsString("latitude entre -90 et 90"),
                        containsString("code ROME attendu, par exemple F1704"),
                        containsString("niveau 0 (aucun ou inconnu) ou de 3 à 8"),
                        containsString("une décimale au plus, par exemple 17.5"),
                        containsString("la fin de disponibilité précède son début"),
                        containsString("la date de repérage est obligatoire"),
                        containsString("id=\"birthYear-error\""),
                        containsString("aria-invalid=\"true\""),
                        containsString("value=\"a b\""))));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidate", Integer.class)).isEqualTo(20);
    }

    @Test
    void unknownTerritoryAndTakenIdAreShownToo() throws Exception {
        mvc.perform(validForm(post("/candidats"), "territory", "ZZ"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("territoire inconnu : ZZ")));
        mvc.perform(validForm(post("/candidats"), "id", "T-P01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("l&#39;identifiant T-P01 est déjà pris")));
    }

    @Test
    void editFormIsFilledAndSavesChanges() throws Exception {
        mvc.perform(get("/candidats/T-P01/modifier"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"F1704 | K2204\""),
                        containsString("name=\"version\" value=\"0\""), containsString("checked=\"checked\""))));
        mvc.perform(validForm(post("/candidats/T-P01"), "version", "0", "place.commune", "Chenôve"))
                .andExpect(redirectedUrl("/candidats/T-P01"));
        assertThat(jdbc.queryForObject("SELECT commune FROM candidate WHERE external_id = 'T-P01'", String.class))
                .isEqualTo("Chenôve");
    }

    @Test
    void staleEditIsRefusedWithAClearMessageAndNothingOverwritten() throws Exception {
        mvc.perform(validForm(post("/candidats/T-P01"), "version", "0", "place.commune", "Chenôve"))
                .andExpect(redirectedUrl("/candidats/T-P01"));
        mvc.perform(validForm(post("/candidats/T-P01"), "version", "0", "place.commune", "Talant"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("a été modifié entre-temps"),
                        containsString("rechargez-le"), containsString("value=\"Talant\""))));
        assertThat(jdbc.queryForObject("SELECT commune FROM candidate WHERE external_id = 'T-P01'", String.class))
                .isEqualTo("Chenôve");
    }
}
