package fr.clausematch.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The usual sizing of an insertion clause: amount of the works (excl. tax) × share of labour in it ×
 * insertion rate ÷ hourly cost of labour, rounded to whole hours. Shares are percentages.
 */
record InsertionHours(BigDecimal amount, BigDecimal labourSharePercent, BigDecimal insertionRatePercent,
                      BigDecimal hourlyCost) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Whole hours; requires every figure present and a positive hourly cost. */
    int hours() {
        return amount.multiply(labourSharePercent).multiply(insertionRatePercent)
                .divide(HUNDRED.multiply(HUNDRED).multiply(hourlyCost), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }
}
