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
 * A partition also spends time outside its solver: loading its territory, its baseline, storing its plan. That
 * overhead {@code o_i} ({@link Overhead}, growing with the slots) counts in the schedule: the bounds above are
 * taken on {@code s_i + o_i}. Partitions end earlier when the solver stops improving, so the run usually ends well
 * before {@code B}; and each partition, when it starts, is held to what remains of the run ({@link #heldTo}).
 */
public final class BudgetShares {

    /** The least a partition's solver gets when it starts late: enough to improve on its baseline a little. */
    static final long LEAST_MILLIS = 500;

    /** A partition's time outside its solver, estimated as {@code base + perThousandSlots · slots / 1000}. */
    public record Overhead(Duration base, Duration perThousandSlots) {

        public static final Overhead NONE = new Overhead(Duration.ZERO, Duration.ZERO);

        double millis(long slots) {
            return base.toMillis() + perThousandSlots.toMillis() * slots / 1000.0;
        }

        /** {@link #millis} rounded up to a whole millisecond. */
        public long millisOf(long slots) {
            return (long) Math.ceil(millis(slots));
        }
    }

    private BudgetShares() {
    }

    /** Each territory's share, in milliseconds, in the order of {@code slots}, with no overhead counted. */
    public static Map<String, Long> of(Map<String, Long> slots, Duration budget, int parallel, Duration floor) {
        return of(slots, budget, parallel, floor, Overhead.NONE);
    }

    /** Each territory's share of solver time, in milliseconds, in the order of {@code slots}. */
    public static Map<String, Long> of(Map<String, Long> slots, Duration budget, int parallel, Duration floor, Overhead overhead) {
        Map<String, Long> shares = new LinkedHashMap<>();
        if (slots.isEmpty()) {
            return shares;
        }
        int m = slots.size();
        int p = Math.max(1, Math.min(parallel, m));
        double overheads = slots.values().stream().mapToDouble(overhead::millis).sum();
        double largestOverhead = slots.values().stream().mapToDouble(overhead::millis).max().orElse(0);
        double total = Math.max(0, budget.toMillis() - (m <= p ? largestOverhead : 0));
        double least = Math.min(floor.toMillis(), total);
        long largest = Math.max(1, slots.values().stream().mapToLong(Long::longValue).max().orElse(1));
        double k;
        if (m <= p) {
            k = total / largest;
        } else if (bound(slots, 0, least, total, p, overhead) > budget.toMillis()) {
            double room = budget.toMillis() - overheads / p - (1 - 1.0 / p) * largestOverhead;
            long equal = (long) Math.max(0, Math.floor(room / ((double) m / p + 1 - 1.0 / p)));
            slots.keySet().forEach(territory -> shares.put(territory, equal));
            return shares;
        } else {
            double low = 0;
            double high = total / largest;
            for (int i = 0; i < 60; i++) {
                double middle = (low + high) / 2;
                if (bound(slots, middle, least, total, p, overhead) <= budget.toMillis()) {
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

    /**
     * A partition's share held to what remains of the run when it starts: at most the time left before the run's
     * deadline less its overhead, never less than {@value #LEAST_MILLIS} ms (a late partition still plans, briefly).
     */
    public static long heldTo(long share, long millisLeft, long slots, Overhead overhead) {
        long room = (long) Math.floor(millisLeft - overhead.millis(slots));
        return Math.max(Math.min(LEAST_MILLIS, share), Math.min(share, room));
    }

    private static double bound(Map<String, Long> slots, double k, double floor, double budget, int p, Overhead overhead) {
        double sum = 0;
        double max = 0;
        for (long n : slots.values()) {
            double s = share(n, k, floor, budget) + overhead.millis(n);
            sum += s;
            max = Math.max(max, s);
        }
        return sum / p + (1 - 1.0 / p) * max;
    }
}
