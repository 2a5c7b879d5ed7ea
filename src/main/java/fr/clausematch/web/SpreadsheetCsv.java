package fr.clausematch.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV file meant for a spreadsheet (not the exchange format, which stays byte-exact): {@code ;} between
 * cells and a decimal comma as French spreadsheets expect, UTF-8 with a byte-order mark, CR LF, every cell
 * quoted. A text cell that a spreadsheet would read as a formula (starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) is neutralised by a leading single quote, as OWASP's
 * "CSV injection" guidance says; numbers written by the application are written as numbers.
 */
public final class SpreadsheetCsv implements Spreadsheet {

    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder()
            .setDelimiter(';')
            .setQuoteMode(QuoteMode.ALL)
            .setRecordSeparator("\r\n")
            .get();

    private final CSVPrinter printer;

    public SpreadsheetCsv(OutputStream out, List<String> header) {
        try {
            out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            printer = new CSVPrinter(writer, FORMAT);
            row(header.toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as a spreadsheet must show it: prefixed with {@code '} when it would start a formula. */
    public static String neutralise(String text) {
        return Spreadsheet.looksLikeFormula(text) ? "'" + text : text;
    }

    /**
     * One row; a {@link Number} is written with a decimal comma, a {@link java.time.LocalDate} as ISO {@code yyyy-mm-dd}
     * (which spreadsheets read as a date), anything else as neutralised text, null as empty.
     */
    @Override
    public void row(Object... cells) {
        try {
            for (Object cell : cells) {
                printer.print(cell == null ? "" : cell instanceof Number number ? number(number) : neutralise(cell.toString()));
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String number(Number number) {
        String plain = number instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
                : number instanceof Double || number instanceof Float
                ? BigDecimal.valueOf(number.doubleValue()).stripTrailingZeros().toPlainString() : number.toString();
        return plain.replace('.', ',');
    }

    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
