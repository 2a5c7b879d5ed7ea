package fr.clausematch.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small valid dataset whose cells a test changes before writing it as raw CSV text. */
final class Fixture {

    static final String CANDIDATES = DatasetColumns.CANDIDATES_FILE;
    static final String CONTRACTS = DatasetColumns.CONTRACTS_FILE;
    static final String SLOTS = DatasetColumns.SLOTS_FILE;

    private final Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
    private final Map<String, List<String>> headers = new LinkedHashMap<>();

    Fixture() {
        headers.put(CANDIDATES, new ArrayList<>(DatasetColumns.CANDIDATES));
        headers.put(CONTRACTS, new ArrayList<>(DatasetColumns.CONTRACTS));
        headers.put(SLOTS, new ArrayList<>(DatasetColumns.SLOTS));
        rows.put(CANDIDATES, new ArrayList<>());
        rows.put(CONTRACTS, new ArrayList<>());
        rows.put(SLOTS, new ArrayList<>());
        addCandidate("P1");
        addCandidate("P2");
        add(CONTRACTS, DatasetColumns.CONTRACTS, "C1", "Ville de Dijon", "Voirie", "WORKS", "EXECUTION_CLAUSE",
                "false", "Dijon", "47.322", "5.0415", "QP021001", "2026-03-02", "2026-12-31", "300", "21");
        add(SLOTS, DatasetColumns.SLOTS, "S1", "C1", "F1704", "140", "2026-04-06", "2026-05-31", "17.5", "0", "");
        add(SLOTS, DatasetColumns.SLOTS, "S2", "C1", "F1703", "160", "2026-06-01", "2026-07-26", "20", "3", "B|SST");
    }

    private void addCandidate(String id) {
        add(CANDIDATES, DatasetColumns.CANDIDATES, id, "F", "1988", "Dijon", "47.3391", "5.0602", "QP021001",
                "RSA|DELD", "2027-01-31", "F1704|K2204", "3", "B|CACES_R482", "20", "2026-01-05", "2027-12-31",
                "35", "2024-02-12", "21");
    }

    private void add(String file, List<String> columns, String... values) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), values[i]);
        }
        rows.get(file).add(row);
    }

    /** Sets a cell of the n-th data row (0 = first row after the header, on line 2). */
    Fixture set(String file, int row, String column, String value) {
        rows.get(file).get(row).put(column, value);
        return this;
    }

    Fixture set(String file, String column, String value) {
        return set(file, 0, column, value);
    }

    Fixture dropColumn(String file, String column) {
        headers.get(file).remove(column);
        return this;
    }

    String text(String file, char delimiter) {
        StringBuilder out = new StringBuilder();
        List<String> header = headers.get(file);
        out.append(join(header, delimiter)).append('\n');
        for (Map<String, String> row : rows.get(file)) {
            List<String> cells = new ArrayList<>();
            for (String column : header) {
                cells.add(row.get(column));
            }
            out.append(join(cells, delimiter)).append('\n');
        }
        return out.toString();
    }

    private static String join(List<String> cells, char delimiter) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            boolean quote = cell.indexOf(delimiter) >= 0 || cell.contains("\"") || cell.contains("\n");
            quoted.add(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        return String.join(String.valueOf(delimiter), quoted);
    }

    Path write(Path folder) {
        return write(folder, ',');
    }

    Path write(Path folder, char delimiter) {
        for (String file : rows.keySet()) {
            writeRaw(folder, file, text(file, delimiter));
        }
        return folder;
    }

    static void writeRaw(Path folder, String file, String text) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
