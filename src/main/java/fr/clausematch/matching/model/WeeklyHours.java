package fr.clausematch.matching.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Weekly hours as the heart counts them: whole tenths of an hour (17.5 h = 175), the unit of rule 9, so that
 * sums never meet floating-point error. The one rule of the one road into the heart (the exchange format's rows,
 * which the database's records become too, mapped by the dataset module's DatasetProblemMapper): at most one
 * decimal, as DATA-FORMAT.md says, and never missing.
 */
public final class WeeklyHours {

    private WeeklyHours() {
    }

    /** {@code hours} in tenths; refuses a missing value or one with more than one decimal. */
    public static int tenths(BigDecimal hours) {
        Objects.requireNonNull(hours, "weekly hours are required");
        BigDecimal tenths = hours.movePointRight(1);
        if (tenths.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("weekly hours carry at most one decimal: " + hours.toPlainString());
        }
        return tenths.intValueExact();
    }
}
