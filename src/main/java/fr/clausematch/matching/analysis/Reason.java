package fr.clausematch.matching.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * One reason of an explanation, as a code and its parameters: the application turns it into words in
 * the reader's language ({@code reason.*} in the messages bundles). A parameter is a number, a text
 * (an id, a commune), a trade ({@link TradeCode}, which the application names), an enum constant (named by
 * the bundles too), a list of those, or a nested reason.
 */
public record Reason(String code, List<Object> args) {

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String code, Object... args) {
        return new Reason(code, Arrays.asList(args));
    }

    /** Rounded half up to one decimal, as the reasons print distances and weekly hours. */
    static BigDecimal oneDecimal(double value) {
        return new BigDecimal(value).setScale(1, RoundingMode.HALF_UP);
    }

    /** Rounded half up to a whole number, as the reasons print a maximum distance. */
    static BigDecimal noDecimal(double value) {
        return new BigDecimal(value).setScale(0, RoundingMode.HALF_UP);
    }

    /** A ROME code among the parameters: the application shows it with its name ({@code F1703 Maçonnerie}). */
    public record TradeCode(String code) {

        @Override
        public String toString() {
            return code;
        }
    }
}
