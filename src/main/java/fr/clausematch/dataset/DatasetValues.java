package fr.clausematch.dataset;

import java.math.BigDecimal;

/** Canonical forms of the values of the exchange format, shared by reader, writer and generator. */
public final class DatasetValues {

    private DatasetValues() {
    }

    /** The decimal without trailing zeros and never in exponent form (35.0 -> 35, 17.50 -> 17.5). */
    public static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Canonical text of a decimal: {@code BigDecimal.valueOf(x).stripTrailingZeros().toPlainString()}. */
    public static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Canonical text of a decimal, empty for {@code null}. */
    public static String format(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
