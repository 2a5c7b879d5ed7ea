package fr.clausematch.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A table written for people who live in spreadsheets, one row at a time: a {@code ;} CSV ({@link SpreadsheetCsv})
 * or an {@code .xlsx} workbook ({@link SpreadsheetXlsx}). In both, text that a spreadsheet would read as a formula
 * (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is neutralised, and numbers
 * and dates written by the application stay numbers and dates.
 */
public interface Spreadsheet extends AutoCloseable {

    /** The media type of an {@code .xlsx} workbook. */
    String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** One row: a {@link Number} as a number, a {@link java.time.LocalDate} as a date, null as empty, anything else as text. */
    void row(Object... cells);

    @Override
    void close();

    /** Whether a spreadsheet would read this text as a formula (OWASP's "CSV injection" guidance). */
    static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The two formats, by the extension a download route ends with. */
    enum Format {
        CSV("csv", new MediaType("text", "csv", StandardCharsets.UTF_8)),
        XLSX("xlsx", MediaType.parseMediaType(XLSX_MEDIA_TYPE));

        /** The path pattern of a route's extension: {@code export.{format:csv|xlsx}}. */
        public static final String PATTERN = "csv|xlsx";

        private final String extension;
        private final MediaType mediaType;

        Format(String extension, MediaType mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public MediaType mediaType() {
            return mediaType;
        }

        public static Format of(String extension) {
            return valueOf(extension.toUpperCase(Locale.ROOT));
        }

        /** A writer of this format onto {@code out}; {@code sheetName} names the workbook's sheet. */
        public Spreadsheet open(OutputStream out, String sheetName, List<String> header) {
            return this == CSV ? new SpreadsheetCsv(out, header) : new SpreadsheetXlsx(out, sheetName, header);
        }
    }

    /**
     * A download: the table written by {@code rows} in {@code format}, as the attachment {@code baseName.csv} or
     * {@code baseName.xlsx}.
     */
    static ResponseEntity<byte[]> download(Format format, String baseName, String sheetName, List<String> header,
                                           Consumer<Spreadsheet> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Spreadsheet sheet = format.open(out, sheetName, header)) {
            rows.accept(sheet);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(baseName + "." + format.extension()).build().toString())
                .contentType(format.mediaType())
                .body(out.toByteArray());
    }
}
