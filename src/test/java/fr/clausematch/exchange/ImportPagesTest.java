package fr.clausematch.exchange;

import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ImportPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    static MockMultipartFile file(String part, String name) throws Exception {
        return new MockMultipartFile(part, name, "text/csv", Files.readAllBytes(TinySample.file(name)));
    }

    @Test
    void importsTheThreeFilesAndShowsTheCounts() throws Exception {
        mvc.perform(multipart("/import").file(file("candidates", "candidates.csv"))
                        .file(file("contracts", "contracts.csv")).file(file("slots", "slots.csv")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Import réussi."),
                        containsString("20 candidats, 6 contrats et 10 postes importés."))));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidate", Integer.class)).isEqualTo(20);
    }

    @Test
    void refusedFilesListEveryErrorAndImportNothing() throws Exception {
        String candidates = Files.readString(TinySample.file("candidates.csv"))
                .replace("T-P02,M,1979", "T-P02,X,1979").replace("T-P03,M,", "T-P03,M,19");
        MockMultipartFile bad = new MockMultipartFile("candidates", "candidates.csv", "text/csv",
                candidates.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/import").file(bad).file(file("contracts", "contracts.csv"))
                        .file(file("slots", "slots.csv")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("Jeu de données refusé"),
                        containsString("rien n&#39;a été importé"), containsString("id=\"import-errors\""),
                        containsString("<td>candidates.csv</td>"), containsString("<td>gender</td>"),
                        containsString("<td>birth_year</td>"))));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidate", Integer.class)).isZero();
    }

    @Test
    void missingFilesAreListedToo() throws Exception {
        mvc.perform(multipart("/import").file(file("candidates", "candidates.csv")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("choisissez le fichier contracts.csv"),
                        containsString("choisissez le fichier slots.csv"))));
    }
}
