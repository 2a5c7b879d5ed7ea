package fr.clausematch.batch;

import jakarta.annotation.Nullable;

/**
 * One partition of a run: its territory, status ({@code PENDING} before it started, then Spring Batch's:
 * STARTED, COMPLETED, STOPPED, FAILED…), slots and share of the budget; once done its plan, hours filled beside
 * the baseline's, shares of women and QPV residents among the hours filled (0 to 1), how long it took, and the
 * plan's distance to the best: its proven upper bound on the hours any plan could fill, how it was proven
 * ({@code exact}, {@code cp-sat}, {@code +lp}, {@code +slots}) and the plan's gap to it (% of the bound), null when it
 * has none; the commuting the plan implies (home to site and back, km) and its CO2 (kg CO2e) beside the baseline's,
 * null for a partition stored before they were computed.
 */
public record PartitionView(String territory, String status, long slots, long budgetMillis, @Nullable Long planId,
                            @Nullable Long hoursFilled, @Nullable Long baselineHoursFilled, @Nullable Double womenShare,
                            @Nullable Double qpvShare, @Nullable Long millis, @Nullable String message,
                            @Nullable Long hoursUpperBound, @Nullable String hoursUpperBoundKind, @Nullable Double gapPercent,
                            @Nullable Double kmTotal, @Nullable Double co2Kg, @Nullable Double baselineKmTotal,
                            @Nullable Double baselineCo2Kg) {

    static PartitionView pending(String territory) {
        return new PartitionView(territory, "PENDING", 0, 0, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
