package fr.clausematch.contract;

import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TestUsers;
import fr.clausematch.support.TinySample;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14, part 6: « Mes contrats » as an {@code .xlsx} workbook, one row per contract of the signed-in buyer with its
 * fill by the latest plan (hours only); another buyer's refused; a hostile title neutralised.
 */
@IntegrationTest
class BuyerContractsExportTest {

    private static final String OWN = "Bailleur social dijonnais";
    private static final RequestPostProcessor BUYER = TestUsers.as(TestUsers.buyerOf(OWN));
    private static final String HOSTILE = "=HYPERLINK(\"http://x\",\"cliquez\")";

    @Autowired MockMvc mvc;
    @Autowired DatasetImporter importer;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void sample() {
        TinySample.load(importer);
        jdbc.update("UPDATE contract SET title = ? WHERE external_id = 'T-C4'", HOSTILE);
    }

    @Test
    void theBuyersOwnContractsWithTheirFill() throws Exception {
        TinySample.plan(jdbc, "21", "CONFIRMED", "T-S04", "T-P01");
        mvc.perform(get("/acheteurs/contrats").with(BUYER))
                .andExpect(content().string(containsString("/acheteurs/contrats/export.xlsx?acheteur=")));
        byte[] body = mvc.perform(get("/acheteurs/contrats/export.xlsx").with(BUYER)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("Identifiant", "Intitulé", "Type de marché", "Base juridique", "Commune",
                    "Début", "Fin", "Statut", "Heures dues", "Heures en postes", "Heures pourvues", "Heures encore ouvertes",
                    "Remplissage (%)");
            List<String> ids = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    ids.add(row.getCell(0).getStringCellValue());
                }
            }
            List<String> own = jdbc.queryForList("SELECT k.external_id FROM contract k JOIN buyer b ON b.id = k.buyer_id "
                    + "WHERE b.code = ? ORDER BY k.external_id", String.class, OWN);
            assertThat(ids).as("the buyer's own contracts, and only them").containsExactlyInAnyOrderElementsOf(own).contains("T-C4");
            Row c4 = sheet.getRow(1 + ids.indexOf("T-C4"));
            Cell title = c4.getCell(1);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo(HOSTILE);
            assertThat(title.getCellStyle().getQuotePrefixed()).as("formula neutralised").isTrue();
            int required = jdbc.queryForObject("SELECT required_hours FROM contract WHERE external_id = 'T-C4'", Integer.class);
            assertThat(c4.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(
                    jdbc.queryForObject("SELECT start_date FROM contract WHERE external_id = 'T-C4'", LocalDate.class));
            assertThat((int) c4.getCell(8).getNumericCellValue()).isEqualTo(required);
            assertThat((int) c4.getCell(10).getNumericCellValue()).as("T-S04's 420 h, confirmed").isEqualTo(420);
            assertThat((int) c4.getCell(11).getNumericCellValue()).isEqualTo(Math.max(0, required - 420));
            assertThat((int) c4.getCell(12).getNumericCellValue()).isEqualTo((int) Math.min(100, Math.round(100.0 * 420 / required)));
        }
    }

    @Test
    void anotherBuyersContractsAreRefused() throws Exception {
        mvc.perform(get("/acheteurs/contrats/export.xlsx").param("acheteur", "Ville de Dijon").with(BUYER))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFacilitatorGetsTheChosenBuyersContractsOfHerTerritoriesOnly() throws Exception {
        for (String territory : List.of("21", "25")) {
            byte[] body = mvc.perform(get("/acheteurs/contrats/export.xlsx").param("acheteur", OWN)
                            .with(TestUsers.as(TestUsers.facilitatorOf(territory))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
                List<String> ids = new ArrayList<>();
                workbook.getSheetAt(0).forEach(row -> {
                    if (row.getRowNum() > 0) {
                        ids.add(row.getCell(0).getStringCellValue());
                    }
                });
                assertThat(ids).as("territory " + territory).isEqualTo(jdbc.queryForList("SELECT k.external_id FROM contract k "
                        + "JOIN buyer b ON b.id = k.buyer_id WHERE b.code = ? AND k.territory_code = ? ORDER BY k.start_date DESC, "
                        + "k.external_id", String.class, OWN, territory));
            }
        }
    }
}
