package fr.clausematch.contract;

import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.security.SignedInUser;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TestUsers;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Buyers are shared by every territory. Administrators edit any; a facilitator edits a buyer with contracts in
 * one of her territories, or with none yet (one she just created); any other buyer is, for writes, 404 as if it
 * did not exist, and keeps its name. Reading stays open (the need form lists every buyer). No page edits a
 * buyer: the need form only picks one.
 */
@IntegrationTest
class SharedBuyersTest {

    private static final String ONLY_IN_25 = "Habitat bisontin";

    @Autowired MockMvc mvc;
    @Autowired DatasetImporter importer;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void data() {
        TinySample.load(importer); // buyers of 21: Ville de Dijon, Dijon Métropole, Ville de Chenôve, Bailleur social dijonnais
        jdbc.update("INSERT INTO buyer (code, name, kind) VALUES (?, ?, 'SOCIAL_LANDLORD')", ONLY_IN_25, ONLY_IN_25);
        jdbc.update("""
                INSERT INTO contract (external_id, territory_code, buyer_id, title, type, legal_basis, anru, commune,
                  latitude, longitude, start_date, end_date, required_hours, status)
                SELECT 'X-C25', '25', b.id, 'Résidence des Vaîtes', 'WORKS', 'EXECUTION_CLAUSE', false, 'Besançon',
                  47.2378, 6.0241, DATE '2026-04-01', DATE '2026-12-31', 300, 'SUBMITTED' FROM buyer b WHERE b.code = ?""",
                ONLY_IN_25);
    }

    @Test
    void aFacilitatorCannotRenameABuyerWhoseContractsAreAllInAnotherTerritory() throws Exception {
        rename(TestUsers.facilitatorOf("21"), ONLY_IN_25, "Renommé par 21")
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Acheteur " + ONLY_IN_25 + " introuvable"));
        rename(TestUsers.facilitatorOf("21"), "No such buyer", "x")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Acheteur No such buyer introuvable"));
        assertThat(nameOf(ONLY_IN_25)).isEqualTo(ONLY_IN_25);
        // reading is not writing: every signed-in facilitator still sees it to submit needs
        mvc.perform(get("/api/buyers/{code}", ONLY_IN_25).with(TestUsers.as(TestUsers.facilitatorOf("21"))))
                .andExpect(status().isOk());
    }

    @Test
    void aFacilitatorOfTheBuyersTerritoryAndAnAdministratorMayRenameIt() throws Exception {
        rename(TestUsers.facilitatorOf("25"), ONLY_IN_25, "Habitat bisontin (OPH)").andExpect(status().isOk());
        assertThat(nameOf(ONLY_IN_25)).isEqualTo("Habitat bisontin (OPH)");
        rename(TestUsers.admin(), ONLY_IN_25, "Habitat bisontin, office public").andExpect(status().isOk());
        assertThat(nameOf(ONLY_IN_25)).isEqualTo("Habitat bisontin, office public");
        rename(TestUsers.facilitatorOf("21"), "Ville de Dijon", "Ville de Dijon (mairie)").andExpect(status().isOk());
        rename(TestUsers.facilitatorOf("25", "21"), ONLY_IN_25, "Habitat bisontin").andExpect(status().isOk());
    }

    @Test
    void aFacilitatorMayEditTheBuyerSheJustCreatedBeforeItHasAContract() throws Exception {
        mvc.perform(post("/api/buyers").with(TestUsers.as(TestUsers.facilitatorOf("21"))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"B-NEUF\",\"name\":\"Nouvel acheteur\",\"kind\":\"OTHER\"}"))
                .andExpect(status().isCreated());
        rename(TestUsers.facilitatorOf("21"), "B-NEUF", "Nouvel acheteur public").andExpect(status().isOk());
        rename(TestUsers.facilitatorOf("25"), "B-NEUF", "Acheteur sans contrat").andExpect(status().isOk());
        assertThat(nameOf("B-NEUF")).isEqualTo("Acheteur sans contrat");
    }

    @Test
    void buyersAndUsersWithoutATerritoryNeverRenameABuyer() throws Exception {
        rename(TestUsers.buyerOf(ONLY_IN_25), ONLY_IN_25, "x").andExpect(status().isForbidden());
        rename(TestUsers.facilitatorOf(), "Ville de Dijon", "x").andExpect(status().isNotFound());
        mvc.perform(get("/acheteurs/besoin").with(TestUsers.as(TestUsers.facilitatorOf("21"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ONLY_IN_25)));
        assertThat(nameOf("Ville de Dijon")).isEqualTo("Ville de Dijon");
    }

    private ResultActions rename(SignedInUser who, String code, String name) throws Exception {
        Long version = jdbc.queryForList("SELECT version FROM buyer WHERE code = ?", Long.class, code).stream().findFirst().orElse(0L);
        String kind = jdbc.queryForList("SELECT kind FROM buyer WHERE code = ?", String.class, code).stream().findFirst().orElse("OTHER");
        return mvc.perform(put("/api/buyers/{code}", code).with(TestUsers.as(who)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"version\":" + version + "}"));
    }

    private String nameOf(String code) {
        return jdbc.queryForObject("SELECT name FROM buyer WHERE code = ?", String.class, code);
    }
}
