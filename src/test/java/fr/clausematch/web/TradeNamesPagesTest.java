package fr.clausematch.web;

import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.planning.PlanRuns;
import fr.clausematch.planning.PlanStrategy;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TestUsers;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14 part 7: a trade reads as its code and its name (the ROME referential) on the lists, the forms and the
 * explanations; the forms offer the trades by name and store the code; a code the referential lacks still shows.
 */
@IntegrationTest
class TradeNamesPagesTest {

    private static final String F1704 = "F1704 Préparation du gros oeuvre et des travaux publics";

    @Autowired MockMvc mvc;
    @Autowired DatasetImporter importer;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlanRuns runs;

    @BeforeEach
    void sample() {
        TinySample.load(importer);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void listsAndDetailsShowTheCodeBesideItsName() throws Exception {
        mvc.perform(get("/candidats"))
                .andExpect(content().string(allOf(containsString(F1704 + ", K2204 Nettoyage de locaux"),
                        not(containsString(">F1704, K2204<")))));
        mvc.perform(get("/candidats/T-P01"))
                .andExpect(content().string(containsString(">" + F1704 + "</span>")));
        mvc.perform(get("/contrats/T-C1"))
                .andExpect(content().string(allOf(containsString(">" + F1704 + "</td>"),
                        containsString(">F1602 Électricité bâtiment</td>"), containsString(">F1703 Maçonnerie</td>"))));
        mvc.perform(get("/contrats/T-C1").param("lang", "en"))
                .andExpect(content().string(allOf(containsString(">F1602 Building electrics</td>"),
                        containsString(">F1703 Masonry</td>"))));
    }

    @Test
    void aPlanAndItsExplanationsNameTheTrades() throws Exception {
        TestUsers.signIn(TestUsers.facilitatorOf("21"));
        long plan = runs.start("21", PlanStrategy.BASELINE, "test").id();
        String filledWorks = jdbc.queryForObject("SELECT s.external_id FROM assignment a JOIN slot s ON s.id = a.slot_id "
                + "WHERE a.plan_id = ? AND s.trade = 'F1704' ORDER BY s.external_id LIMIT 1", String.class, plan);
        mvc.perform(get("/plans/" + plan))
                .andExpect(content().string(allOf(containsString(">" + F1704 + "</td>"),
                        containsString(">M1805 Études et développement informatique<"))));
        mvc.perform(get("/plans/" + plan + "/postes/" + filledWorks + "/explication").param("fragment", "true"))
                .andExpect(content().string(containsString("Règles 1 à 8 respectées : métier " + F1704 + ", à ")));
        mvc.perform(get("/plans/" + plan + "/postes/" + filledWorks + "/explication").param("fragment", "true").param("lang", "en"))
                .andExpect(content().string(containsString(
                        "Rules 1 to 8 met: trade F1704 Preparation of structural and public works (site labouring), ")));
        mvc.perform(get("/api/plans/" + plan + "/explanation"))
                .andExpect(jsonPath("$.slots[?(@.slotId == '" + filledWorks + "')].reasons[0]")
                        .value(org.hamcrest.Matchers.hasItem(containsString("métier " + F1704 + ", à "))));
    }

    @Test
    void theFormsOfferTheTradesByNameInTheReadersLanguage() throws Exception {
        mvc.perform(get("/acheteurs/besoin"))
                .andExpect(content().string(allOf(containsString("<datalist id=\"rome-trades\""),
                        containsString("<option value=\"F1703\">Maçonnerie</option>"),
                        containsString("<option value=\"K2204\">Nettoyage de locaux</option>"),
                        containsString("list=\"rome-trades\""), containsString("/js/trades.js"))));
        mvc.perform(get("/candidats/T-P01/modifier"))
                .andExpect(content().string(allOf(containsString("<datalist id=\"rome-trades\""),
                        containsString("id=\"trade-search\""), containsString("Ajouter un métier : chercher par son nom ou son code"),
                        containsString(">" + F1704 + "</span></li>"))));
        mvc.perform(get("/candidats/nouveau").param("lang", "en"))
                .andExpect(content().string(allOf(containsString("<option value=\"F1703\">Masonry</option>"),
                        containsString("Add a trade: search by its name or code"))));
        String page = mvc.perform(get("/candidats")).andReturn().getResponse().getContentAsString();
        assertThat(page.split("<option value=\"[A-N][0-9]{4}\">", -1)).hasSize(533);
    }

    @Test
    void aTradeChosenByItsNameIsStoredAsItsCode() throws Exception {
        mvc.perform(person("W-NAME", "Peinture en bâtiment | K2204 | F1703 Maçonnerie"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("SELECT t.trade FROM candidate_trade t JOIN candidate c ON c.id = t.candidate_id "
                + "WHERE c.external_id = 'W-NAME' ORDER BY t.trade", String.class)).containsExactly("F1606", "F1703", "K2204");
        mvc.perform(post("/acheteurs/besoin").param("action", "submit").param("buyer", "Ville de Dijon").param("title", "École")
                        .param("type", "WORKS").param("legalBasis", "EXECUTION_CLAUSE").param("place.latitude", "47.33")
                        .param("place.longitude", "5.03").param("startDate", "2026-09-01").param("endDate", "2027-06-30")
                        .param("territory", "21").param("requiredHours", "70").param("slots[0].trade", "maçonnerie")
                        .param("slots[0].hours", "70").param("slots[0].startDate", "2026-09-07")
                        .param("slots[0].endDate", "2026-10-18").param("slots[0].hoursPerWeek", "10")
                        .param("slots[0].minQualificationLevel", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT s.trade FROM slot s JOIN contract k ON k.id = s.contract_id WHERE k.title = 'École'",
                String.class)).isEqualTo("F1703");
        // part of a name is not a choice: the form is refused, as any text that is no code
        mvc.perform(person("W-PART", "peinture"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("code ROME attendu, par exemple F1704")));
        // the list's filter takes a name too, and filters by its code
        mvc.perform(get("/candidats").param("trade", "Nettoyage de locaux"))
                .andExpect(content().string(allOf(containsString("value=\"K2204\""), containsString("T-P04"),
                        not(containsString(">T-P02<")))));
    }

    /** A facilitator's form registering a person with these trades, as typed in the page's field. */
    private static MockHttpServletRequestBuilder person(String id, String trades) {
        return post("/candidats").param("id", id).param("territory", "21").param("gender", "F").param("birthYear", "1994")
                .param("place.commune", "Dijon").param("place.latitude", "47.322").param("place.longitude", "5.041")
                .param("trades", trades).param("qualificationLevel", "3").param("maxDistanceKm", "15")
                .param("maxHoursPerWeek", "24").param("registeredOn", "2025-10-01").param("status", "IDENTIFIED")
                .param("eligibility", "RSA");
    }

    @Test
    void aCodeTheReferentialLacksStillShowsAndSaysSo() throws Exception {
        mvc.perform(person("W-ODD", "Z9999 | F1703"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/candidats/W-ODD"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Z9999 (code inconnu du référentiel)"),
                        containsString("F1703 Maçonnerie"))));
        mvc.perform(get("/candidats").param("q", "W-ODD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Z9999, F1703 Maçonnerie<")));
        mvc.perform(get("/candidats/W-ODD/modifier"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Z9999 (code inconnu du référentiel)")));
    }
}
