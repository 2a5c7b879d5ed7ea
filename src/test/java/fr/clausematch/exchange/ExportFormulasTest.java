package fr.clausematch.exchange;

import fr.clausematch.dataset.CandidateRow;
import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetReader;
import fr.clausematch.support.IntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cells that a spreadsheet would run as formulas: the spreadsheet export of people neutralises them
 * (OWASP CSV injection), the exchange-format export writes them byte for byte, so that its round trip holds.
 */
@IntegrationTest
class ExportFormulasTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://x\")";
    private static final List<String> COMMUNES = List.of(HYPERLINK, "+33 Dijon", "-2+3", "@SUM(A1)", "\tTalant", "\rChenôve");

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    private void importFormulas() throws Exception {
        TinyFiles files = new TinyFiles();
        for (int i = 0; i < COMMUNES.size(); i++) {
            files.set("candidates", i, "commune", COMMUNES.get(i));
        }
        mvc.perform(files.upload()).andExpect(status().isCreated());
    }

    @Test
    void theSpreadsheetExportNeutralisesEachOfTheSixLeadingCharacters() throws Exception {
        importFormulas();
        byte[] body = mvc.perform(get("/candidats/export.csv").param("territory", "21"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("candidats.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"identifiant\";\"territoire\"");
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\")\"").doesNotContain(";\"=HYPERLINK");

        Map<String, String> communes = new HashMap<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text.substring(1)))
                .setFormat(CSVFormat.EXCEL.builder().setDelimiter(';').get()).get()) {
            for (CSVRecord record : parser) {
                communes.put(record.get(0), record.get(4));
            }
        }
        for (int i = 0; i < COMMUNES.size(); i++) {
            assertThat(communes.get("T-P0" + (i + 1))).as("cell %s", COMMUNES.get(i)).isEqualTo("'" + COMMUNES.get(i));
        }
        assertThat(communes.get("T-P07")).isEqualTo("Dijon");
        assertThat(communes).doesNotContainKey("T-P12");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND detail = 'export tableur'",
                Integer.class)).isEqualTo(communes.size() - 1);
    }

    @Test
    void theExchangeExportKeepsAFormulaByteForByteAndItsRoundTripHolds() throws Exception {
        importFormulas();
        Map<String, byte[]> files = export();
        String candidates = new String(files.get("candidates.csv"), StandardCharsets.UTF_8);
        assertThat(candidates).contains("\nT-P01,F,1988,\"=HYPERLINK(\"\"http://x\"\")\",");

        Dataset back = new DatasetReader().read(new ByteArrayInputStream(files.get("candidates.csv")),
                new ByteArrayInputStream(files.get("contracts.csv")), new ByteArrayInputStream(files.get("slots.csv")));
        assertThat(back.candidates().stream().map(CandidateRow::commune).toList()).containsAll(COMMUNES);

        jdbc.execute("TRUNCATE candidate, contract, slot, buyer, qpv, territory, audit_event RESTART IDENTITY CASCADE");
        TinyFiles again = new TinyFiles();
        files.forEach((name, bytes) -> again.text.put(name.replace(".csv", ""), new String(bytes, StandardCharsets.UTF_8)));
        mvc.perform(again.upload()).andExpect(status().isCreated());
        Map<String, byte[]> second = export();
        for (String name : files.keySet()) {
            assertThat(second.get(name)).as(name).isEqualTo(files.get(name));
        }
    }

    private Map<String, byte[]> export() throws Exception {
        var pending = mvc.perform(get("/api/exports")).andExpect(request().asyncStarted()).andReturn();
        byte[] zip = mvc.perform(asyncDispatch(pending)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
