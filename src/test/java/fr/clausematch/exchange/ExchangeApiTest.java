package fr.clausematch.exchange;

import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TinySample;
import fr.clausematch.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ExchangeApiTest {

    static final Path TINY = Path.of("sample-data", "tiny");

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired DatasetImporter importer;

    static MockMultipartFile part(String name, byte[] content) {
        return new MockMultipartFile(name, name + ".csv", "text/csv", content);
    }

    static MockMultipartFile tinyPart(String name) throws Exception {
        return part(name, Files.readAllBytes(TINY.resolve(name + ".csv")));
    }

    @Test
    void onlyCsvFilesAreTakenNamingTheFileRefused() throws Exception {
        mvc.perform(multipart("/api/imports").file(tinyPart("candidates"))
                        .file(new MockMultipartFile("contracts", "contracts.png", "image/png", new byte[]{1, 2, 3}))
                        .file(new MockMultipartFile("slots", "slots.csv", "application/zip", new byte[]{1, 2, 3})))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.file == 'contracts.csv')].reason", hasItem(containsString("n'est pas un fichier .csv"))))
                .andExpect(jsonPath("$.errors[?(@.file == 'slots.csv')].reason", hasItem(containsString("application/zip"))));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidate", Integer.class)).isZero();
    }

    @Test
    void aFacilitatorExportsOnlyTheirTerritoriesAndEveryPersonExportedIsAudited() throws Exception {
        TinySample.load(importer);
        var pending = mvc.perform(get("/api/exports").with(TestUsers.as(TestUsers.facilitatorOf("21"))))
                .andExpect(request().asyncStarted()).andReturn();
        byte[] zip = mvc.perform(asyncDispatch(pending)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("clausematch-21.zip")))
                .andReturn().getResponse().getContentAsByteArray();
        String candidates = "";
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("candidates.csv")) {
                    candidates = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(candidates).contains("T-P01").doesNotContain("T-P12");
        assertThat(jdbc.queryForList("SELECT subject_id FROM audit_event WHERE action = 'EXPORT' AND actor = 'facilitateur.21'",
                String.class)).hasSize(19).contains("T-P01").doesNotContain("T-P12");
        mvc.perform(get("/api/exports").param("territory", "25").with(TestUsers.as(TestUsers.facilitatorOf("21"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("vous n'avez pas accès au territoire 25"));
    }

    @Test
    void uploadTheThreeFilesThenExportThemAsAZip() throws Exception {
        mvc.perform(multipart("/api/imports").file(tinyPart("candidates")).file(tinyPart("contracts")).file(tinyPart("slots"))
                        .param("territory", "21"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.candidates").value((int) Files.lines(TINY.resolve("candidates.csv")).count() - 1))
                .andExpect(jsonPath("$.slots").value((int) Files.lines(TINY.resolve("slots.csv")).count() - 1));

        var pending = mvc.perform(get("/api/exports")).andExpect(request().asyncStarted()).andReturn();
        byte[] zip = mvc.perform(asyncDispatch(pending))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsOnlyKeys("candidates.csv", "contracts.csv", "slots.csv");
        assertThat(files.get("candidates.csv")).startsWith("id,gender,birth_year,");
        assertThat(files.get("slots.csv").lines().count()).isEqualTo(Files.lines(TINY.resolve("slots.csv")).count());
    }

    @Test
    void aMalformedUploadGetsEveryErrorAndChangesNothing() throws Exception {
        String contracts = new String(Files.readAllBytes(TINY.resolve("contracts.csv")), StandardCharsets.UTF_8);
        String slots = new String(Files.readAllBytes(TINY.resolve("slots.csv")), StandardCharsets.UTF_8);
        String header = slots.lines().findFirst().orElseThrow();
        String firstSlot = slots.lines().skip(1).findFirst().orElseThrow();
        String[] cells = firstSlot.split(",", -1);
        String[] columns = header.split(",", -1);
        // a slot pointing at a missing contract, and one with negative hours
        String missingContract = replace(columns, cells, "contract_id", "NO-SUCH-CONTRACT", "id", "BAD-1");
        String negativeHours = replace(columns, cells, "hours", "-3", "id", "BAD-2");
        String badSlots = header + "\n" + missingContract + "\n" + negativeHours + "\n";
        String badCandidates = Files.readString(TINY.resolve("candidates.csv")).replaceFirst("\n([^,\n]*),", "\n$1,X");

        mvc.perform(multipart("/api/imports")
                        .file(part("candidates", badCandidates.getBytes(StandardCharsets.UTF_8)))
                        .file(part("contracts", contracts.getBytes(StandardCharsets.UTF_8)))
                        .file(part("slots", badSlots.getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.title").value("Jeu de données refusé"))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[*].file", hasItem("candidates.csv")))
                .andExpect(jsonPath("$.errors[?(@.file == 'slots.csv' && @.line == 2)].column", hasItem("contract_id")))
                .andExpect(jsonPath("$.errors[?(@.file == 'slots.csv' && @.line == 3)].column", hasItem("hours")));
        assertThat(jdbc.queryForObject("SELECT (SELECT count(*) FROM candidate) + (SELECT count(*) FROM contract) + (SELECT count(*) FROM slot)",
                Integer.class)).isZero();
    }

    @Test
    void exportOfAnUnknownTerritoryIs404() throws Exception {
        mvc.perform(get("/api/exports").param("territory", "99")).andExpect(status().isNotFound());
    }

    private static String replace(String[] columns, String[] cells, String column, String value, String idColumn, String id) {
        String[] copy = cells.clone();
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].equals(column)) {
                copy[i] = value;
            }
            if (columns[i].equals(idColumn)) {
                copy[i] = id;
            }
        }
        return String.join(",", copy);
    }
}
