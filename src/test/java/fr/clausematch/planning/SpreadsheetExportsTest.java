package fr.clausematch.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TinySample;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14, part 6: a plan and a territory's dashboard for spreadsheets, as {@code .xlsx} (opened back with POI) and
 * {@code ;} CSV (parsed back), in the reader's words, people by their pseudonymous id, a hostile contract title
 * neutralised in both.
 */
@IntegrationTest
class SpreadsheetExportsTest {

    private static final String HOSTILE = "=HYPERLINK(\"http://x\",\"cliquez\")";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired DatasetImporter importer;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void sample() {
        TinySample.load(importer);
        jdbc.update("UPDATE contract SET title = ? WHERE external_id = 'T-C4'", HOSTILE);
    }

    private byte[] download(String url, String type, String... params) throws Exception {
        var request = get(url);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString(type)))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static List<CSVRecord> csv(byte[] body) throws Exception {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).as("UTF-8 with a byte-order mark").startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text.substring(1)))
                .setFormat(CSVFormat.EXCEL.builder().setDelimiter(';').get()).get()) {
            return parser.getRecords();
        }
    }

    private static List<List<String>> cells(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) {
                cells.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void aPlanOneRowPerSlotWithThePseudonymousPersonItsStatusAndWhyInWords() throws Exception {
        PlansByTheApi api = new PlansByTheApi(mvc, json);
        long id = api.awaitEnd(api.start("21", "BASELINE").get("id").asLong()).get("id").asLong();
        Map<String, String> pairs = new HashMap<>();
        jdbc.query("SELECT s.external_id AS slot, c.external_id AS person FROM assignment a JOIN slot s ON s.id = a.slot_id "
                + "JOIN candidate c ON c.id = a.candidate_id WHERE a.plan_id = ?", rs -> {
            pairs.put(rs.getString("slot"), rs.getString("person"));
        }, id);
        assertThat(pairs).as("the baseline fills some slots of the tiny sample").isNotEmpty().containsKey("T-S04");
        String confirmed = pairs.keySet().stream().filter(s -> !s.equals("T-S04")).sorted().findFirst().orElseThrow();
        jdbc.update("UPDATE assignment SET status = 'CONFIRMED' WHERE plan_id = ? AND slot_id = (SELECT id FROM slot WHERE external_id = ?)",
                id, confirmed);
        jdbc.update("UPDATE assignment SET status = 'REJECTED' WHERE plan_id = ? AND slot_id = (SELECT id FROM slot WHERE external_id = 'T-S04')", id);
        int slots = jdbc.queryForObject("SELECT count(*) FROM slot s JOIN contract k ON k.id = s.contract_id WHERE k.territory_code = '21'",
                Integer.class);
        mvc.perform(get("/plans/" + id)).andExpect(content().string(containsString("/plans/" + id + "/export.xlsx")))
                .andExpect(content().string(containsString("/plans/" + id + "/export.csv")));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("/plans/" + id + "/export.xlsx", XLSX)))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = cells(sheet);
            assertThat(rows.get(0)).containsExactly("Poste", "Contrat", "Intitulé du contrat", "Type de marché",
                    "Code métier (ROME)", "Métier", "Commune du chantier", "Début", "Fin", "Heures",
                    "Personne proposée (identifiant pseudonyme)", "Statut", "Explication");
            assertThat(rows).hasSize(slots + 1);
            Map<String, Integer> rowOf = new HashMap<>();
            for (int r = 1; r < rows.size(); r++) {
                rowOf.put(rows.get(r).get(0), r);
                List<String> row = rows.get(r);
                assertThat(row.get(10)).as("person of " + row.get(0)).isEqualTo(pairs.getOrDefault(row.get(0), ""));
                assertThat(row.get(12)).as("explanation of " + row.get(0)).isNotBlank().doesNotContain("hard/");
            }
            List<String> s04 = rows.get(rowOf.get("T-S04"));
            assertThat(s04.subList(1, 7)).containsExactly("T-C4", HOSTILE, "Travaux", "F1704", "Préparation du gros oeuvre et des travaux publics", "Dijon");
            assertThat(s04.get(11)).isEqualTo("refusé");
            Cell title = sheet.getRow(rowOf.get("T-S04")).getCell(2);
            assertThat(title.getCellType()).as("a text cell, never a formula").isEqualTo(CellType.STRING);
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
            Row s04Row = sheet.getRow(rowOf.get("T-S04"));
            assertThat(s04Row.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 1));
            assertThat(s04Row.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 8, 23));
            assertThat(s04Row.getCell(9).getNumericCellValue()).isEqualTo(420);
            assertThat(rows.get(rowOf.get(confirmed)).get(11)).isEqualTo("confirmé");
            assertThat(rows).filteredOn(r -> pairs.containsKey(r.get(0)) && !r.get(0).equals(confirmed) && !r.get(0).equals("T-S04"))
                    .allSatisfy(r -> assertThat(r.get(11)).isEqualTo("proposé"));
            assertThat(rows.subList(1, rows.size())).filteredOn(r -> !pairs.containsKey(r.get(0)))
                    .allSatisfy(r -> assertThat(r.get(11)).isEqualTo("à pourvoir"));
        }

        List<CSVRecord> records = csv(download("/plans/" + id + "/export.csv", "text/csv"));
        assertThat(records).hasSize(slots + 1);
        CSVRecord s04 = records.stream().filter(r -> r.get(0).equals("T-S04")).findFirst().orElseThrow();
        assertThat(s04.get(2)).isEqualTo("'" + HOSTILE);
        assertThat(s04.get(7)).isEqualTo("2026-06-01");
        assertThat(s04.get(9)).isEqualTo("420");
        assertThat(s04.get(10)).isEqualTo(pairs.get("T-S04"));
        assertThat(s04.get(11)).isEqualTo("refusé");

        try (XSSFWorkbook byTheApi = new XSSFWorkbook(new ByteArrayInputStream(download("/api/plans/" + id + "/export.xlsx", XLSX)))) {
            assertThat(cells(byTheApi.getSheetAt(0))).as("the API answers the same workbook").hasSize(slots + 1);
        }
        assertThat(csv(download("/api/plans/" + id + "/export.csv", "text/csv"))).hasSize(slots + 1);
        mvc.perform(get("/api/plans/999999/export.xlsx")).andExpect(status().isNotFound());

        List<CSVRecord> english = csv(download("/plans/" + id + "/export.csv", "text/csv", "lang", "en"));
        assertThat(english.get(0).get(11)).isEqualTo("Status");
        assertThat(english.stream().filter(r -> r.get(0).equals("T-S04")).findFirst().orElseThrow().get(11)).isEqualTo("rejected");
    }

    @Test
    void aDashboardsFiguresOneRowPerFigureAndScopeWithTheBaselinesAndTheKilometres() throws Exception {
        PlansByTheApi api = new PlansByTheApi(mvc, json);
        JsonNode plan = api.awaitEnd(api.start("21", "OPTIMIZE").get("id").asLong());
        mvc.perform(get("/tableau-de-bord").param("territoire", "21"))
                .andExpect(content().string(containsString("/tableau-de-bord/export.xlsx?territoire=21")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                download("/tableau-de-bord/export.xlsx", XLSX, "territoire", "21")))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(cells(sheet).get(0)).containsExactly("Territoire", "Plan", "Chiffre", "Périmètre", "Plan optimisé",
                    "Référence premier arrivé, premier servi", "France 2020");
            Map<String, Row> rows = new HashMap<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(0).getStringCellValue()).isEqualTo("21");
                    assertThat((long) row.getCell(1).getNumericCellValue()).isEqualTo(plan.get("id").asLong());
                    rows.put(row.getCell(2).getStringCellValue() + " / " + row.getCell(3).getStringCellValue(), row);
                }
            }
            assertThat(rows).hasSize(8 * 4 + 2);
            Row filled = rows.get("Heures pourvues / Tous marchés");
            assertThat((long) filled.getCell(4).getNumericCellValue()).isEqualTo(plan.get("hoursAssigned").asLong());
            assertThat((long) filled.getCell(5).getNumericCellValue())
                    .isEqualTo(plan.get("baselineIndicators").get("total").get("hoursAssigned").asLong());
            Row women = rows.get("Part des heures aux femmes (%) / Tous marchés");
            assertThat(women.getCell(4).getNumericCellValue())
                    .isCloseTo(100 * plan.get("indicators").get("total").get("womenShare").asDouble(), within(0.05));
            assertThat(women.getCell(6).getNumericCellValue()).isEqualTo(18.0);
            Row km = rows.get("Trajets domicile-chantier (km) / Tous marchés");
            assertThat(km.getCell(4).getNumericCellValue()).isEqualTo(plan.get("indicators").get("kmTotal").asDouble());
            assertThat(km.getCell(5).getNumericCellValue()).isEqualTo(plan.get("baselineIndicators").get("kmTotal").asDouble());
            assertThat(rows.get("CO2 des trajets (kg CO2e) / Tous marchés").getCell(4).getNumericCellValue())
                    .isEqualTo(plan.get("indicators").get("co2Kg").asDouble());
        }
        List<CSVRecord> records = csv(download("/tableau-de-bord/export.csv", "text/csv", "territoire", "21"));
        assertThat(records).hasSize(8 * 4 + 2 + 1);
        CSVRecord km = records.stream().filter(r -> r.get(2).equals("Trajets domicile-chantier (km)")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(km.get(4).replace(',', '.'))).isEqualTo(plan.get("indicators").get("kmTotal").asDouble());
    }

    @Test
    void theApiDescribesThePlansSpreadsheetsAsBinaryFiles() throws Exception {
        JsonNode description = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        JsonNode xlsx = description.at("/paths/~1api~1plans~1{id}~1export.xlsx/get/responses/200/content");
        assertThat(xlsx.fieldNames()).toIterable().containsExactly(XLSX);
        assertThat(xlsx.path(XLSX).path("schema").path("format").asText()).isEqualTo("binary");
        JsonNode csv = description.at("/paths/~1api~1plans~1{id}~1export.csv/get/responses/200/content");
        assertThat(csv.path("text/csv").path("schema").path("format").asText()).isEqualTo("binary");
        assertThat(description.at("/paths/~1api~1plans~1{id}~1export.csv/get/responses/404").isMissingNode()).isFalse();
    }

    @Test
    void aTerritoryWithoutAFinishedPlanHasNoDashboardToExport() throws Exception {
        mvc.perform(get("/tableau-de-bord/export.xlsx").param("territoire", "21")).andExpect(status().isNotFound());
        mvc.perform(get("/plans/999999/export.csv")).andExpect(status().isNotFound());
    }
}
