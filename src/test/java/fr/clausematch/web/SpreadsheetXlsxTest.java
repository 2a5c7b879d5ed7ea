package fr.clausematch.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The two spreadsheet formats: formula-looking text neutralised, numbers and dates kept as such. */
class SpreadsheetXlsxTest {

    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\",\"y\")", "+33 Dijon", "-2+3", "@SUM(A1)", "\tTalant",
            "\rChenôve");

    private static byte[] write(Spreadsheet.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Spreadsheet sheet = format.open(out, "Essai", List.of("texte", "nombre", "date"))) {
            for (String text : HOSTILE) {
                sheet.row(text, 1.5, LocalDate.of(2026, 3, 2));
            }
            sheet.row("Dijon", 42, null);
        }
        return out.toByteArray();
    }

    @Test
    void xlsxWritesFormulaLookingTextAsQuotedTextAndNumbersAndDatesAsSuch() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(write(Spreadsheet.Format.XLSX)))) {
            Sheet sheet = workbook.getSheet("Essai");
            assertThat(sheet.getLastRowNum()).isEqualTo(HOSTILE.size() + 1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("texte");
            for (int i = 0; i < HOSTILE.size(); i++) {
                Cell text = sheet.getRow(i + 1).getCell(0);
                assertThat(text.getCellType()).as(HOSTILE.get(i)).isEqualTo(CellType.STRING);
                assertThat(text.getStringCellValue()).isEqualTo(HOSTILE.get(i));
                assertThat(text.getCellStyle().getQuotePrefixed()).as("quote prefix of %s", HOSTILE.get(i)).isTrue();
                assertThat(sheet.getRow(i + 1).getCell(1).getNumericCellValue()).isEqualTo(1.5);
                Cell date = sheet.getRow(i + 1).getCell(2);
                assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
                assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 2));
            }
            Cell plain = sheet.getRow(HOSTILE.size() + 1).getCell(0);
            assertThat(plain.getCellStyle().getQuotePrefixed()).as("plain text is left as it is").isFalse();
            assertThat(sheet.getRow(HOSTILE.size() + 1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(HOSTILE.size() + 1).getCell(2)).as("null: no cell").isNull();
        }
    }

    @Test
    void csvPrefixesFormulaLookingTextWithAnApostrophe() throws Exception {
        String text = new String(write(Spreadsheet.Format.CSV), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"texte\";\"nombre\";\"date\"\r\n");
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text.substring(1)))
                .setFormat(CSVFormat.EXCEL.builder().setDelimiter(';').get()).get()) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(HOSTILE.size() + 2);
            for (int i = 0; i < HOSTILE.size(); i++) {
                assertThat(records.get(i + 1).get(0)).isEqualTo("'" + HOSTILE.get(i));
                assertThat(records.get(i + 1).get(1)).isEqualTo("1,5");
                assertThat(records.get(i + 1).get(2)).isEqualTo("2026-03-02");
            }
            assertThat(records.get(HOSTILE.size() + 1).get(0)).isEqualTo("Dijon");
        }
    }
}
