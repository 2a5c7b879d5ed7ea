package fr.clausematch.exchange;

import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TestUsers;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Checks made after reading (an id already in the database, a territory one may not write in) name the
 * physical line of the file, after quoted cells over several lines and blank lines, as the reader does.
 */
@IntegrationTest
class ImportLinesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired DatasetImporter importer;

    private static String person(String id, String commune, String territory) {
        return id + ",F,1990," + commune + ",47.33,5.04,,RSA,,F1704,3,,20,,,35,2025-01-06," + territory + "\n";
    }

    @Test
    void anIdInTheDatabaseAndAForbiddenTerritoryAreReportedOnTheirPhysicalLines() throws Exception {
        TinySample.load(importer);
        long before = count();
        String candidates = TinySample.header("candidates.csv") + "\n"
                + person("N-1", "\"Dijon\nquartier nord\"", "21")   // lines 2-3
                + "\n"                                               // line 4
                + ",,,,,,,,,,,,,,,,,\n"                              // line 5: blank cells only
                + person("T-P05", "Dijon", "21")                     // line 6: already in the database
                + person("N-2", "Besançon", "25");                   // line 7: territory 25, not the facilitator's
        String contracts = TinySample.header("contracts.csv") + "\n"
                + "N-C1,Ville de Dijon,\"Voirie,\nlot 1\n\nlot 2\",WORKS,EXECUTION_CLAUSE,false,Dijon,47.33,5.03,,2026-03-02,2026-12-31,100,21\n"
                + "\n"
                + "T-C1,Ville de Dijon,Voirie,WORKS,EXECUTION_CLAUSE,false,Dijon,47.33,5.03,,2026-03-02,2026-12-31,100,21\n";
        String slots = TinySample.header("slots.csv") + "\n"
                + "N-S1,N-C1,F1704,100,2026-04-06,2026-05-31,35,0,\n";

        mvc.perform(multipart("/api/imports")
                        .file(TinyFiles.bytes("candidates", candidates.getBytes(StandardCharsets.UTF_8)))
                        .file(TinyFiles.bytes("contracts", contracts.getBytes(StandardCharsets.UTF_8)))
                        .file(TinyFiles.bytes("slots", slots.getBytes(StandardCharsets.UTF_8)))
                        .with(TestUsers.as(TestUsers.facilitatorOf("21"))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[?(@.file == 'candidates.csv' && @.column == 'territory')].line", contains(7)))
                .andExpect(jsonPath("$.errors[?(@.file == 'candidates.csv' && @.column == 'id')].line", contains(6)))
                .andExpect(jsonPath("$.errors[?(@.file == 'contracts.csv' && @.column == 'id')].line", contains(7)));
        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return jdbc.queryForObject("SELECT (SELECT count(*) FROM candidate) + (SELECT count(*) FROM contract)"
                + " + (SELECT count(*) FROM slot)", Long.class);
    }
}
