package fr.clausematch.web;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An {@code .xlsx} workbook of one sheet (Apache POI, streamed: a large plan does not sit whole in memory), its header
 * row in bold and frozen. Text is always a text cell, never a formula; a text that a spreadsheet would read as one
 * ({@link Spreadsheet#looksLikeFormula}) is also given Excel's "quote prefix" (the leading apostrophe), so that editing
 * the cell keeps it text. Numbers are numeric cells, dates date cells ({@code dd/mm/yyyy}). The workbook is written
 * to the stream on {@link #close()}.
 */
public final class SpreadsheetXlsx implements Spreadsheet {

    private static final int COLUMN_WIDTH = 20 * 256;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet sheet;
    private final CellStyle quoted;
    private final CellStyle date;
    private final CellStyle header;
    private int next;

    public SpreadsheetXlsx(OutputStream out, String sheetName, List<String> header) {
        this.out = out;
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        this.quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        this.date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        this.header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        this.header.setFont(bold);
        Row row = sheet.createRow(next++);
        for (int i = 0; i < header.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(header.get(i));
            cell.setCellStyle(looksLikeFormulaOrHeader(header.get(i)));
            sheet.setColumnWidth(i, COLUMN_WIDTH);
        }
        sheet.createFreezePane(0, 1);
    }

    private CellStyle looksLikeFormulaOrHeader(String text) {
        return Spreadsheet.looksLikeFormula(text) ? quoted : header;
    }

    @Override
    public void row(Object... cells) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.length; i++) {
            Object value = cells[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number instanceof BigDecimal decimal ? decimal.doubleValue() : number.doubleValue());
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else {
                String text = value.toString();
                cell.setCellValue(text);
                if (Spreadsheet.looksLikeFormula(text)) {
                    cell.setCellStyle(quoted);
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                // the temporary files are gone (dispose); nothing else to release
            }
        }
    }
}
