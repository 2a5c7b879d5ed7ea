package fr.clausematch.batch;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shares a run's budget {@code B} among its partitions so that the whole run fits in {@code B} with {@code P}
 * partitions at once. Partition {@code i}, with {@code n_i} slots, gets {@code s_i = min(B, max(f, k·n_i))}: in
 * proportion to its slots, never less than the floor {@code f}, never more than the budget.
 * <ul>
 *   <li>With no more partitions than threads ({@code m ≤ P}), each runs on its own thread from the start, so the
 *   run lasts {@code max s_i}: {@code k = B / max n_i} (the largest partition gets the whole budget).</li>
 *   <li>With more, the threads take the partitions one after the other; whatever the order, such a schedule ends by
 *   {@code Σ s_i / P + (1 − 1/P) · max s_i} (Graham's bound for list scheduling). {@code k} is the largest value
 *   keeping that bound within {@code B} (found by bisection: the bound grows with {@code k}).</li>
 *   <li>When even the floors do not fit ({@code k = 0} already exceeds {@code B}), every partition gets the same
 *   {@code B / (m/P + 1 − 1/P)}, below the floor.</li>
 * </ul>
 * Partitions end earlier when the solver stops improving, so the run usually ends well before {@code B}.
 */
public final class BudgetShares {

    private BudgetShares() {
    }

    /** Each territory's share, in milliseconds, in the order of {@code slots}. */
    public static Map<String, Long> of(Map<String, Long> slots, Duration budget, int parallel, Duration floor) {
        Map<String, Long> shares = new LinkedHashMap<>();
        if (slots.isEmpty()) {
            return shares;
        }
        double total = budget.toMillis();
        double least = Math.min(floor.toMillis(), total);
        int m = slots.size();
        int p = Math.max(1, Math.min(parallel, m));
        long largest = Math.max(1, slots.values().stream().mapToLong(Long::longValue).max().orElse(1));
        double k;
        if (m <= p) {
            k = total / largest;
        } else if (bound(slots, 0, least, total, p) > total) {
            long equal = (long) Math.floor(total / ((double) m / p + 1 - 1.0 / p));
            slots.keySet().forEach(territory -> shares.put(territory, equal));
            return shares;
        } else {
            double low = 0;
            double high = total / largest;
            for (int i = 0; i < 60; i++) {
                double middle = (low + high) / 2;
                if (bound(slots, middle, least, total, p) <= total) {
                    low = middle;
                } else {
                    high = middle;
                }
            }
            k = low;
        }
        double chosen = k;
        slots.forEach((territory, n) -> shares.put(territory, (long) Math.floor(share(n, chosen, least, total))));
        return shares;
    }

    private static double share(long slots, double k, double floor, double budget) {
        return Math.min(budget, Math.max(floor, k * slots));
    }

    private static double bound(Map<String, Long> slots, double k, double floor, double budget, int p) {
        double sum = 0;
        double max = 0;
        for (long n : slots.values()) {
            double s = share(n, k, floor, budget);
            sum += s;
            max = Math.max(max, s);
        }
        return sum / p + (1 - 1.0 / p) * max;
    }
}
