package fr.clausematch.matching.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An upper bound on a part's hours for the parts whose LP relaxation GLOP does not solve in its time (the largest
 * parts of a region, hundreds of thousands of pairs): a feasible solution of that relaxation's dual, found by
 * subgradient descent, so valid by construction at every step and the closer the longer it runs.
 *
 * <p>Rule 9's inequalities (and, for each, the two cardinality cuts: at most k of its pairs, k the most of its
 * lightest within the maximum; at most one of its pairs heavier than half the maximum) get a price y ≥ 0 each; a
 * slot's pair is then worth its hours less the priced weights of its inequalities, every slot takes its best pair
 * if that is worth more than nothing (a pinned slot takes its own), and the prices' capacities plus those values are
 * at least the hours of any plan (weak duality). The prices move against the subgradient (Polyak's step towards the
 * best plan known), and the least value found is the bound.
 */
final class LagrangianBound {

    /** Steps without a lower value before the step's factor is halved. */
    private static final int PATIENCE = 50;
    /** The descent ends when the step's factor is below this. */
    private static final double MIN_FACTOR = 1e-6;
    /** Without a plan known, the step aims this far below the least value so far. */
    private static final double TARGET_WITHOUT_PLAN = 0.95;

    private LagrangianBound() {
    }

    /**
     * The bound of {@code m}'s hours within {@code seconds} (at least one evaluation: the slots' hours when no price
     * helps), {@code bestKnown} the hours of the best plan known (the step's target; 0 when none). Loosened by a
     * millionth against rounding, as the LP's.
     */
    static long of(ExactMatching.PartModel m, double seconds, long bestKnown) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        Rows rows = Rows.of(m);
        int n = m.x.length;
        double[] hours = new double[n];
        boolean[] pinned = new boolean[n];
        for (int k = 0; k < n; k++) {
            hours[k] = m.p.slots.get(m.part[k]).getHours();
            pinned[k] = m.p.slots.get(m.part[k]).isPinned() && m.x[k].length == 1;
        }
        double[] price = new double[rows.max.length];
        double[] load = new double[rows.max.length];
        DescentFactor descent = new DescentFactor(2.0, PATIENCE, Double.MAX_VALUE);
        do {
            Arrays.fill(load, 0);
            double value = 0;
            for (int r = 0; r < price.length; r++) {
                value += price[r] * rows.max[r];
            }
            for (int k = 0; k < n; k++) {
                double top = pinned[k] ? Double.NEGATIVE_INFINITY : 0;
                int chosen = -1;
                for (int j = 0; j < m.x[k].length; j++) {
                    double v = hours[k];
                    for (int e = rows.start[k][j]; e < rows.start[k][j + 1]; e++) {
                        v -= price[rows.row[e]] * rows.weight[e];
                    }
                    if (v > top) {
                        top = v;
                        chosen = j;
                    }
                }
                if (chosen >= 0) {
                    value += top;
                    for (int e = rows.start[k][chosen]; e < rows.start[k][chosen + 1]; e++) {
                        load[rows.row[e]] += rows.weight[e];
                    }
                }
            }
            descent.record(value);
            double norm = 0;
            for (int r = 0; r < price.length; r++) {
                double g = rows.max[r] - load[r];
                if (price[r] > 0 || g < 0) {
                    norm += g * g;
                }
            }
            if (norm == 0) {
                break; // the prices' plan obeys every inequality it prices: its value is the relaxation's optimum
            }
            double target = bestKnown > 0 ? bestKnown : TARGET_WITHOUT_PLAN * descent.least();
            double step = descent.factor() * Math.max(value - target, 1e-6 * Math.abs(value)) / norm;
            for (int r = 0; r < price.length; r++) {
                price[r] = Math.max(0, price[r] - step * (rows.max[r] - load[r]));
            }
        } while (System.nanoTime() < deadline && descent.factor() > MIN_FACTOR);
        double best = descent.least();
        return (long) Math.floor(best + 1e-6 * Math.abs(best) + 1e-6);
    }

    /** The priced inequalities, by pair: rows of pair (k, j) at {@code row[start[k][j]] .. row[start[k][j + 1] - 1]}. */
    private record Rows(int[][] start, int[] row, double[] weight, double[] max) {

        static Rows of(ExactMatching.PartModel m) {
            List<int[][]> pairs = new ArrayList<>();
            List<long[]> weights = new ArrayList<>();
            List<Long> maxima = new ArrayList<>();
            for (int r = 0; r < m.limitPairs.size(); r++) {
                pairs.add(m.limitPairs.get(r));
                weights.add(m.limitTenths.get(r));
                maxima.add(m.limitMax.get(r));
                // its cardinality cuts over all its pairs and over those heavier than half its maximum (at most one)
                Integer[] order = m.byWeight(r);
                long[] w = m.limitTenths.get(r);
                int heavy = 0;
                while (heavy < order.length && 2 * w[order[heavy]] <= m.limitMax.get(r)) {
                    heavy++;
                }
                ExactMatching.PartModel.Cut all = m.cardinalityCut(r, order, 0);
                ExactMatching.PartModel.Cut heavier = heavy == 0 ? null : m.cardinalityCut(r, order, heavy);
                if (all != null) {
                    priced(all, pairs, weights, maxima);
                }
                if (heavier != null && (all == null || all.max() > 1)) {
                    priced(heavier, pairs, weights, maxima);
                }
            }
            int n = m.x.length;
            int[][] count = new int[n][];
            for (int k = 0; k < n; k++) {
                count[k] = new int[m.x[k].length + 1];
            }
            for (int[][] at : pairs) {
                for (int[] pair : at) {
                    count[pair[0]][pair[1]]++;
                }
            }
            int total = 0;
            for (int k = 0; k < n; k++) {
                for (int j = 0; j < m.x[k].length; j++) {
                    int c = count[k][j];
                    count[k][j] = total;
                    total += c;
                }
                count[k][m.x[k].length] = total;
            }
            // count[k][j] is now where pair (k, j)'s rows begin; fill them, moving a cursor per pair
            int[][] cursor = new int[n][];
            for (int k = 0; k < n; k++) {
                cursor[k] = count[k].clone();
            }
            int[] row = new int[total];
            double[] weight = new double[total];
            for (int r = 0; r < pairs.size(); r++) {
                int[][] at = pairs.get(r);
                long[] w = weights.get(r);
                for (int i = 0; i < at.length; i++) {
                    int e = cursor[at[i][0]][at[i][1]]++;
                    row[e] = r;
                    weight[e] = w[i];
                }
            }
            double[] max = maxima.stream().mapToDouble(Long::doubleValue).toArray();
            return new Rows(count, row, weight, max);
        }

        private static void priced(ExactMatching.PartModel.Cut cut, List<int[][]> pairs, List<long[]> weights, List<Long> maxima) {
            long[] ones = new long[cut.pairs().length];
            Arrays.fill(ones, 1);
            pairs.add(cut.pairs());
            weights.add(ones);
            maxima.add(cut.max());
        }
    }
}
