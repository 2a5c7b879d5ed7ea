package fr.clausematch.contract;

import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ContractPagesTest {

    @Autowired MockMvc mvc;
    @Autowired DatasetImporter importer;
    @Autowired JdbcTemplate jdbc;
    @Autowired ContractPairings fill; // answered by planning (PairingQueries)

    @BeforeEach
    void sample() {
        TinySample.load(importer);
    }

    @Test
    void listShowsEveryContractWithNothingFilledBeforeAnyPlan() throws Exception {
        mvc.perform(get("/contrats"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("6 contrats"), containsString("T-C1"),
                        containsString("Groupe scolaire"), containsString("0 %"))));
        assertThat(fill.filledHours(java.util.List.of("T-C1", "T-C6"))).isEmpty();
    }

    @Test
    void filtersByTypeStatusBuyerAndTerritory() throws Exception {
        mvc.perform(get("/contrats").param("type", "INTELLECTUAL_SERVICES"))
                .andExpect(content().string(allOf(containsString("1 contrat"), containsString("T-C5"),
                        not(containsString("T-C1<")))));
        mvc.perform(get("/contrats").param("buyer", "Ville de Dijon").param("status", "").param("territory", "21"))
                .andExpect(content().string(containsString("2 contrats")));
        mvc.perform(get("/contrats").param("status", "CANCELLED"))
                .andExpect(content().string(containsString("Aucun contrat ne correspond")));
    }

    @Test
    void filledHoursComeFromTheLatestPlanOfTheTerritory() {
        TinySample.plan(jdbc, "21", "CONFIRMED", "T-S01", "T-P01", "T-S06", "T-P02");
        assertThat(fill.filledHours(java.util.List.of("T-C1"))).containsEntry("T-C1", 560L);
        long latest = TinySample.plan(jdbc, "21", "PROPOSED", "T-S10", "T-P04");
        jdbc.update("INSERT INTO assignment (plan_id, slot_id, candidate_id, status) VALUES (?, "
                + "(SELECT id FROM slot WHERE external_id = 'T-S01'), (SELECT id FROM candidate WHERE external_id = 'T-P05'), 'REJECTED')", latest);
        assertThat(fill.filledHours(java.util.List.of("T-C1", "T-C2"))).containsExactlyEntriesOf(java.util.Map.of("T-C1", 350L));
        jdbc.update("INSERT INTO plan (territory_code, strategy, status, started_at) VALUES ('21', 'BASELINE', 'DONE', now())");
        assertThat(fill.filledHours(java.util.List.of("T-C1"))).containsEntry("T-C1", 350L);
    }

    @Test
    void listAndDetailShowTheFillAndOnlyThePseudonymousIdOfWhoFillsASlot() throws Exception {
        TinySample.plan(jdbc, "21", "PROPOSED", "T-S01", "T-P01", "T-S06", "T-P02");
        mvc.perform(get("/contrats").param("q", "T-C1"))
                .andExpect(content().string(allOf(containsString("560"), containsString("62 %"))));
        mvc.perform(get("/contrats/T-C1"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Contrat T-C1"), containsString("Ville de Dijon"),
                        containsString("T-S01"), containsString("T-S10"),
                        containsString("href=\"/candidats/T-P01\""), containsString("proposé"),
                        containsString("à pourvoir"), containsString("du 02/03/2026 au 31/12/2026"),
                        not(containsString("Ville de Dijon (Ville de Dijon)")), not(containsString("QP021001")))));
    }

    @Test
    void englishLabels() throws Exception {
        mvc.perform(get("/contrats/T-C2").param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Reserved to insertion structures"),
                        containsString("from 2026-03-02 to 2026-12-31"),
                        containsString("Hours filled"))));
        mvc.perform(get("/contrats").param("lang", "en"))
                .andExpect(content().string(matchesPattern("(?s).*6 contracts.*")));
    }
}
