package fr.clausematch.dataset;

import fr.clausematch.limits.FieldLimits;
import fr.clausematch.limits.QpvCodes;
import fr.clausematch.matching.model.EligibilityCriterion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks the cells of one record. Every parse method records a {@link DatasetError}
 * naming the column when the cell is wrong and returns {@code null}; {@link #ok()} then tells
 * whether the whole record was valid. A column absent from the header was already reported once
 * for the file, so its cells are not reported again, but the record is not valid.
 */
final class RowChecker {

    static final Pattern ID = Pattern.compile(FieldLimits.ID_REGEX);
    static final Pattern ROME = Pattern.compile(FieldLimits.ROME_REGEX);
    static final Pattern LICENCE = Pattern.compile(FieldLimits.LICENCE_REGEX);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern WHOLE = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern LEVEL = Pattern.compile("[03-8]");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final BigDecimal MAX_WEEK = BigDecimal.valueOf(FieldLimits.WEEKLY_HOURS_MAX);

    private final CsvTable table;
    private final CsvTable.Line line;
    private final List<DatasetError> errors;
    private boolean ok = true;

    RowChecker(CsvTable table, CsvTable.Line line, List<DatasetError> errors) {
        this.table = table;
        this.line = line;
        this.errors = errors;
    }

    boolean ok() {
        return ok;
    }

    boolean hasColumn(String column) {
        return table.column(column) >= 0;
    }

    Set<EligibilityCriterion> criteria(String column) {
        return ListCells.criteria(this, column);
    }

    List<String> codes(String column, Pattern pattern, String reason) {
        return ListCells.codes(this, column, pattern, reason);
    }

    long lineNumber() {
        return line.number();
    }

    void error(String column, String reason) {
        errors.add(new DatasetError(table.file(), line.number(), column, reason));
        ok = false;
    }

    /** The cell as written (free text is not trimmed), {@code null} when the column is absent. */
    private String raw(String column) {
        int index = table.column(column);
        if (index < 0) {
            if (!DatasetColumns.TERRITORY.equals(column)) {
                ok = false;
            }
            return null;
        }
        return line.record().get(index);
    }

    /** Trimmed cell; {@code null} for an empty cell or absent column; reports an empty required cell. */
    String cell(String column, boolean required) {
        String raw = raw(column);
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        if (value.isEmpty()) {
            if (required) {
                error(column, "valeur obligatoire manquante");
            }
            return null;
        }
        return value;
    }

    /** Free text, kept as written, not blank, at most {@code max} characters, without control characters. */
    String text(String column, int max) {
        String raw = raw(column);
        if (raw != null && raw.isBlank()) {
            error(column, "valeur obligatoire manquante");
            return null;
        }
        return checkedText(column, raw, max);
    }

    /** Free text that may be empty ({@code null} then), else as {@link #text}. */
    String optionalText(String column, int max) {
        String raw = raw(column);
        return raw == null || raw.isBlank() ? null : checkedText(column, raw, max);
    }

    private String checkedText(String column, String raw, int max) {
        String problem = FieldLimits.textProblem(raw, max);
        if (problem != null) {
            error(column, problem);
            return null;
        }
        return raw;
    }

    /** The trimmed cell if it matches the pattern; else reports "reason : value". */
    private String matching(String column, boolean required, Pattern pattern, String reason) {
        String value = cell(column, required);
        if (value != null && !pattern.matcher(value).matches()) {
            error(column, reason + " : " + value);
            return null;
        }
        return value;
    }

    String id(String column, boolean required) {
        return matching(column, required, ID, FieldLimits.ID_MESSAGE);
    }

    String qpv(String column) {
        return matching(column, false, QpvCodes.pattern(), QpvCodes.MESSAGE);
    }

    String rome(String column, String reason) {
        return matching(column, true, ROME, reason);
    }

    String choice(String column, String reason, String... allowed) {
        String value = cell(column, true);
        if (value == null) {
            return null;
        }
        for (String a : allowed) {
            if (a.equals(value)) {
                return value;
            }
        }
        error(column, reason + " : " + value);
        return null;
    }

    /** One of the allowed values, or {@code null} for an empty cell. */
    String choiceOrEmpty(String column, String reason, String... allowed) {
        String value = cell(column, false);
        return value == null ? null : choice(column, reason, allowed);
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type, String reason) {
        String value = cell(column, true);
        if (value == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        error(column, reason + " : " + value);
        return null;
    }

    Integer year(String column) {
        String value = matching(column, true, YEAR, "année invalide (attendu quatre chiffres)");
        if (value == null) {
            return null;
        }
        int year = Integer.parseInt(value);
        if (year < FieldLimits.BIRTH_YEAR_MIN || year > FieldLimits.BIRTH_YEAR_MAX) {
            error(column, FieldLimits.BIRTH_YEAR_MESSAGE + " : " + value);
            return null;
        }
        return year;
    }

    LocalDate date(String column, boolean required) {
        String value = cell(column, required);
        if (value == null) {
            return null;
        }
        if (ISO_DATE.matcher(value).matches()) {
            try {
                LocalDate date = LocalDate.parse(value);
                if (FieldLimits.dateInRange(date)) {
                    return date;
                }
                error(column, FieldLimits.DATE_MESSAGE + " : " + value);
                return null;
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        error(column, "date invalide (attendu AAAA-MM-JJ) : " + value);
        return null;
    }

    /** Reports an end before a start when both were read. */
    void order(LocalDate start, LocalDate end, String endColumn) {
        if (start != null && end != null && end.isBefore(start)) {
            error(endColumn, "date de fin avant la date de début");
        }
    }

    /** A whole number of hours, not negative. */
    Integer hours(String column) {
        String value = matching(column, true, WHOLE, "nombre entier d'heures attendu");
        if (value == null) {
            return null;
        }
        if (value.startsWith("-")) {
            error(column, "heures négatives");
            return null;
        }
        if (value.length() > 9) {
            error(column, "nombre trop grand : " + value);
            return null;
        }
        return Integer.valueOf(value);
    }

    /** Qualification level: 0 or 3-8; an empty cell means 0. */
    Integer level(String column) {
        String raw = raw(column);
        if (raw != null && raw.isBlank()) {
            return 0;
        }
        String value = matching(column, false, LEVEL, "niveau de qualification invalide (attendu 0 ou 3 à 8)");
        return value == null ? null : Integer.valueOf(value);
    }

    /** A decimal; with the {@code ;} delimiter a decimal comma is accepted. */
    BigDecimal decimal(String column) {
        String value = cell(column, true);
        if (value == null) {
            return null;
        }
        String text = table.delimiter() == ';' ? value.replace(',', '.') : value;
        if (!DECIMAL.matcher(text).matches() || text.length() > 40) {
            error(column, "nombre décimal invalide : " + value);
            return null;
        }
        return new BigDecimal(text);
    }

    /** A coordinate within [-bound, bound] degrees. */
    Double coordinate(String column, int bound) {
        return bounded(column, BigDecimal.valueOf(-bound), BigDecimal.valueOf(bound),
                column + " hors de [-" + bound + ", " + bound + "]");
    }

    /** A distance in km, not negative. */
    Double distance(String column) {
        return bounded(column, BigDecimal.ZERO, null, "distance négative");
    }

    private Double bounded(String column, BigDecimal min, BigDecimal max, String reason) {
        BigDecimal value = decimal(column);
        if (value != null && (value.compareTo(min) < 0 || (max != null && value.compareTo(max) > 0))) {
            error(column, reason);
            return null;
        }
        return value == null ? null : value.doubleValue();
    }

    /** Hours per week: at most one decimal, between 0 and 168. */
    BigDecimal weekly(String column) {
        BigDecimal value = decimal(column);
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            error(column, "heures négatives");
            return null;
        }
        if (value.compareTo(MAX_WEEK) > 0) {
            error(column, "plus de 168 heures par semaine : " + value.toPlainString());
            return null;
        }
        BigDecimal canonical = DatasetValues.canonical(value);
        if (canonical.scale() > 1) {
            error(column, "au plus une décimale : " + value.toPlainString());
            return null;
        }
        return canonical;
    }
}
