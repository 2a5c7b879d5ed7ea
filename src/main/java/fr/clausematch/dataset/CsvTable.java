package fr.clausematch.dataset;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * One CSV file of a dataset, read as a stream: strips a UTF-8 byte-order mark, detects the
 * delimiter from the header line, maps column names to positions and hands each non-empty record
 * to a consumer with the line number where the record starts (header = line 1), so that quoted
 * multi-line cells do not shift the numbers of the following lines.
 */
final class CsvTable {

    private static final int HEADER_PEEK = 64 * 1024;
    private static final String ENCODING = "encodage invalide : le fichier doit être en UTF-8";

    /** One record of the file and where it starts. */
    record Line(long number, CSVRecord record) {
    }

    private final String file;
    private final List<DatasetError> errors;
    private final BufferedReader reader;
    private char delimiter;
    private Map<String, Integer> columns = Map.of();
    private int headerSize;

    private CsvTable(String file, InputStream in, List<DatasetError> errors) throws IOException {
        this.file = file;
        this.errors = errors;
        BufferedInputStream bytes = new BufferedInputStream(in, 64 * 1024);
        bytes.mark(3);
        byte[] bom = bytes.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            bytes.reset();
        }
        this.reader = new BufferedReader(new Utf8LineReader(bytes), 64 * 1024);
    }

    /**
     * Reads the whole file; records faults into {@code errors}. Returns false when the file could
     * not be read to its end (no header, unreadable, malformed quoting, bad encoding).
     */
    static boolean read(String file, InputStream in, List<String> required, List<String> optional,
                        List<DatasetError> errors, BiConsumer<CsvTable, Line> onLine) {
        try (in) {
            CsvTable table = new CsvTable(file, in, errors);
            if (!table.detectDelimiter()) {
                return false;
            }
            return table.parse(required, optional, onLine);
        } catch (IOException e) {
            errors.add(new DatasetError(file, 0, null, "fichier illisible : " + e.getMessage()));
            return false;
        }
    }

    String file() {
        return file;
    }

    char delimiter() {
        return delimiter;
    }

    /** Position of a column in the records, or -1 when the header lacks it. */
    int column(String name) {
        return columns.getOrDefault(name, -1);
    }

    private boolean detectDelimiter() throws IOException {
        reader.mark(HEADER_PEEK);
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < HEADER_PEEK; i++) {
            int c;
            try {
                c = reader.read();
            } catch (Utf8LineReader.BadByteException e) {
                errors.add(new DatasetError(file, e.line(), null, ENCODING));
                return false;
            }
            if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
                break;
            }
            any |= !Character.isWhitespace(c);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        reader.reset();
        if (!any) {
            errors.add(new DatasetError(file, 1, null, "fichier vide : une ligne d'en-tête est attendue"));
            return false;
        }
        if (commas == 0 && semicolons == 0) {
            errors.add(new DatasetError(file, 1, null,
                    "séparateur non reconnu : les colonnes de l'en-tête doivent être séparées par , ou ;"));
        }
        delimiter = semicolons > commas ? ';' : ',';
        return true;
    }

    /** Returns false when the file could not be read to its end (malformed quoting, bad encoding). */
    private boolean parse(List<String> required, List<String> optional, BiConsumer<CsvTable, Line> onLine)
            throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
        long start = 1;
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            boolean header = true;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = start;
                start = parser.getCurrentLineNumber() + 1;
                if (header) {
                    header = false;
                    readHeader(record, required, optional);
                } else if (isBlank(record)) {
                    continue;
                } else if (record.size() != headerSize) {
                    errors.add(new DatasetError(file, line, null, "nombre de cellules (" + record.size()
                            + ") différent de celui de l'en-tête (" + headerSize + ")"));
                } else {
                    onLine.accept(this, new Line(line, record));
                }
            }
            return true;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof Utf8LineReader.BadByteException bad) {
                errors.add(new DatasetError(file, bad.line(), null, ENCODING));
            } else {
                errors.add(new DatasetError(file, start, null, "CSV mal formé : guillemet non fermé ou texte après un"
                        + " guillemet fermant (RFC 4180) ; lecture du fichier arrêtée à cette ligne"));
            }
            return false;
        }
    }

    private void readHeader(CSVRecord record, List<String> required, List<String> optional) {
        headerSize = record.size();
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            if (map.putIfAbsent(name, i) != null && (required.contains(name) || optional.contains(name))) {
                errors.add(new DatasetError(file, 1, name, "colonne en double : " + name));
            }
        }
        for (String name : required) {
            if (!map.containsKey(name)) {
                errors.add(new DatasetError(file, 1, name, "colonne obligatoire manquante : " + name));
            }
        }
        columns = map;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
