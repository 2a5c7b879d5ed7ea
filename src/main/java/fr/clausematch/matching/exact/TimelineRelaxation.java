package fr.clausematch.matching.exact;

import fr.clausematch.matching.model.Slot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The timelines' relaxation of one part: « a slot takes one person at most » is priced instead of enforced (a price
 * u ≥ 0 per slot), and each person then takes their best timeline, the set of their possible slots worth the most
 * hours less prices that keeps rule 9 on every day, found exactly ({@link Timeline}: dynamic programming along the
 * person's slots in order of start). For any prices, the prices plus the people's best values are at least the hours
 * of any plan (weak duality): a bound valid at every step, the closer the better the prices, which subgradient steps
 * move (Polyak's step towards the best plan known). This is the Lagrangian dual over the people's timelines, at least
 * as close as the LP relaxation with every cut of rule 9 (the 3,000-slot set's largest part: 189,335 h in 20 s, where
 * the LP with its cuts gives 190,818 h and the optimum is 189,260 h).
 *
 * <p>It also gives a plan (the people's timelines, each slot to the first who took it, then the empty slots filled
 * greedily) and the part's <em>core</em>: the pairs some person took once the prices had settled, with the hint's and
 * that plan's. CP-SAT on the core alone finds in seconds the plans it does not find in a minute on the whole part
 * (there: 189,236 h in 2.5 s after 3 s of prices, against 187,364 h in 20 s on all 6,789 pairs).
 */
final class TimelineRelaxation {

    /** Steps without a lower value before the step's factor is halved. */
    private static final int PATIENCE = 20;
    /** The descent ends when the step's factor is below this. */
    private static final double MIN_FACTOR = 1e-5;
    /** A person's timeline search that visits more states than this in one step is bounded by all their paying slots. */
    private static final int STATE_LIMIT = 200_000;
    /** The core gathers the pairs taken from the step where the factor is first halved, or from this share of the time. */
    private static final double CORE_FROM_SHARE = 0.3;
    /** A person with more paying slots than this in one step is bounded by all of them (the search's depth). */
    private static final int MAX_ITEMS = 4_000;

    /**
     * @param bound       at least the hours of any plan of the part (floor, loosened by a millionth against rounding)
     * @param plan        a plan obeying every rule: per slot position, the position of its person in the slot's domain,
     *                    or -1 when empty
     * @param planHours   its hours
     * @param core        per slot position and person position, whether the pair is in the core
     */
    record Result(long bound, int[] plan, long planHours, boolean[][] core) {
    }

    private final ExactMatching.PartModel m;
    private final int n;
    private final double[] hours;
    private final boolean[] pinned;
    private final Timeline[] timelines;
    /** Per slot position and person position, the timeline and its item. */
    private final int[][] timelineOf;
    private final int[][] itemOf;

    private TimelineRelaxation(ExactMatching.PartModel m) {
        this.m = m;
        n = m.x.length;
        hours = new double[n];
        pinned = new boolean[n];
        timelineOf = new int[n][];
        itemOf = new int[n][];
        Map<Integer, List<int[]>> byPerson = new HashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Slot s = m.p.slots.get(m.part[k]);
            hours[k] = s.getHours();
            pinned[k] = s.isPinned() && s.getCandidate() != null;
            int[] dom = m.p.domain[m.part[k]];
            timelineOf[k] = new int[dom.length];
            itemOf[k] = new int[dom.length];
            for (int j = 0; j < dom.length; j++) {
                if (!byPerson.containsKey(dom[j])) {
                    order.add(dom[j]);
                }
                byPerson.computeIfAbsent(dom[j], q -> new ArrayList<>()).add(new int[] {k, j});
            }
        }
        timelines = new Timeline[order.size()];
        for (int t = 0; t < timelines.length; t++) {
            List<int[]> pairs = byPerson.get(order.get(t));
            timelines[t] = new Timeline(m, pairs, m.p.people.get(order.get(t)).maxTenthsPerWeek());
            for (int i = 0; i < timelines[t].k.length; i++) {
                timelineOf[timelines[t].k[i]][timelines[t].j[i]] = t;
                itemOf[timelines[t].k[i]][timelines[t].j[i]] = i;
            }
        }
    }

    /**
     * The relaxation of {@code m} within {@code seconds} (at least one step), {@code hint} a plan of the part (per slot
     * position, its person's position or -1; may be null) whose hours are the step's first target and whose pairs are
     * in the core; it ends early on {@code stop}. Null when the pinned pairs alone break rule 9 (no plan exists).
     */
    static Result of(ExactMatching.PartModel m, double seconds, int[] hint, ExactStops.Signal stop) {
        return new TimelineRelaxation(m).run(seconds, hint, stop);
    }

    private Result run(double seconds, int[] hint, ExactStops.Signal stop) {
        long begin = System.nanoTime();
        long deadline = begin + (long) (seconds * 1e9);
        long coreFrom = begin + (long) (seconds * CORE_FROM_SHARE * 1e9);
        boolean[][] core = new boolean[n][];
        for (int k = 0; k < n; k++) {
            core[k] = new boolean[m.x[k].length];
        }
        int[] bestPlan = new int[n];
        Arrays.fill(bestPlan, -1);
        long bestHours = 0;
        if (hint != null && obeys(hint)) {
            bestPlan = hint.clone();
            bestHours = m.hoursOf(hint);
        }
        double total = 0;
        for (double h : hours) {
            total += h;
        }
        double[] price = new double[n];
        double[] worth = new double[n];
        int[] takers = new int[n];
        DescentFactor descent = new DescentFactor(2.0, PATIENCE, total);
        boolean gathering = false;
        boolean[][] taken = new boolean[timelines.length][];
        do {
            double value = 0;
            for (int k = 0; k < n; k++) {
                value += price[k];
                worth[k] = hours[k] - price[k];
            }
            Arrays.fill(takers, 0);
            for (int t = 0; t < timelines.length; t++) {
                double v = timelines[t].best(worth, pinned);
                if (v == Double.NEGATIVE_INFINITY) {
                    return null; // its pinned slots alone break rule 9
                }
                value += v;
                taken[t] = timelines[t].chosen.clone();
                for (int i = 0; i < taken[t].length; i++) {
                    if (taken[t][i]) {
                        takers[timelines[t].k[i]]++;
                    }
                }
            }
            gathering |= descent.record(value);
            gathering |= System.nanoTime() >= coreFrom;
            if (gathering) {
                for (int t = 0; t < timelines.length; t++) {
                    for (int i = 0; i < taken[t].length; i++) {
                        if (taken[t][i]) {
                            core[timelines[t].k[i]][timelines[t].j[i]] = true;
                        }
                    }
                }
            }
            int[] plan = repair(taken);
            long planHours = m.hoursOf(plan);
            if (planHours > bestHours) {
                bestHours = planHours;
                bestPlan = plan;
            }
            double norm = 0;
            for (int k = 0; k < n; k++) {
                double g = 1 - takers[k];
                if (!pinned[k] && (price[k] > 0 || g < 0)) {
                    norm += g * g;
                }
            }
            if (norm == 0 || descent.least() <= bestHours + 1 - 1e-6) {
                break; // every slot taken once at most (the prices' plan is optimal), or the best plan is proven
            }
            double step = descent.factor() * Math.max(value - bestHours, 1e-6 * Math.abs(value)) / norm;
            for (int k = 0; k < n; k++) {
                if (!pinned[k]) {
                    price[k] = Math.max(0, price[k] - step * (1 - takers[k]));
                }
            }
        } while (System.nanoTime() < deadline && descent.factor() > MIN_FACTOR && !stop.stopped());
        double best = descent.least();
        for (int k = 0; k < n; k++) {
            if (hint != null && hint[k] >= 0) {
                core[k][hint[k]] = true;
            }
            if (bestPlan[k] >= 0) {
                core[k][bestPlan[k]] = true;
            }
        }
        long bound = (long) Math.floor(Math.min(best, total) + 1e-6 * Math.abs(best) + 1e-6);
        return new Result(Math.max(bound, bestHours), bestPlan, bestHours, core);
    }

    /**
     * A plan from the people's timelines: each slot to the first person who took it, then the empty slots, most hours
     * first, each to the first person of its domain whose timeline it fits.
     */
    private int[] repair(boolean[][] taken) {
        int[] plan = new int[n];
        Arrays.fill(plan, -1);
        List<List<Integer>> kept = new ArrayList<>(timelines.length);
        for (int t = 0; t < timelines.length; t++) {
            List<Integer> mine = new ArrayList<>();
            for (int i = 0; i < taken[t].length; i++) {
                int k = timelines[t].k[i];
                if (taken[t][i] && plan[k] < 0) {
                    plan[k] = timelines[t].j[i];
                    mine.add(i);
                }
            }
            kept.add(mine);
        }
        Integer[] empty = new Integer[n];
        int count = 0;
        for (int k = 0; k < n; k++) {
            if (plan[k] < 0) {
                empty[count++] = k;
            }
        }
        Arrays.sort(empty, 0, count, Comparator.comparingDouble(k -> -hours[k]));
        for (int e = 0; e < count; e++) {
            int k = empty[e];
            for (int j = 0; j < m.x[k].length && plan[k] < 0; j++) {
                int t = timelineOf[k][j];
                int i = itemOf[k][j];
                if (timelines[t].fits(kept.get(t), i)) {
                    kept.get(t).add(i);
                    plan[k] = j;
                }
            }
        }
        return plan;
    }

    /** Whether a plan (per slot position, person position or -1) keeps rule 9 for everyone (pins aside: the model's). */
    private boolean obeys(int[] plan) {
        List<List<Integer>> held = new ArrayList<>(timelines.length);
        for (int t = 0; t < timelines.length; t++) {
            held.add(new ArrayList<>());
        }
        for (int k = 0; k < n; k++) {
            if (plan[k] >= 0) {
                int t = timelineOf[k][plan[k]];
                int i = itemOf[k][plan[k]];
                if (!timelines[t].fits(held.get(t), i)) {
                    return false;
                }
                held.get(t).add(i);
            }
        }
        return true;
    }

    /**
     * One person's possible slots in order of start, and their best timeline for given worths: the most worth a set of
     * them can have when, on every day, the weekly hours of its slots running that day stay within the person's maximum.
     * Along the slots in order of start, a set keeps rule 9 if and only if each slot fits beside those of the set that
     * still run on its first day, so the search's state is the item reached and the set's slots still running then.
     */
    private static final class Timeline {
        final int[] k;
        final int[] j;
        final long[] first;
        final long[] last;
        final long[] tenths;
        final long max;
        final boolean[] chosen;
        private int[] items; // the items worth something (or pinned) this step, in order of start
        private int count;
        private double[] worthOf;
        private boolean[] mandatory;
        private final HashMap<Object, Double> memo = new HashMap<>();
        private int states;

        Timeline(ExactMatching.PartModel m, List<int[]> pairs, long max) {
            int size = pairs.size();
            List<int[]> sorted = new ArrayList<>(pairs);
            sorted.sort(Comparator.comparingLong(pair -> m.p.slots.get(m.part[pair[0]]).getStartDate().toEpochDay()));
            k = new int[size];
            j = new int[size];
            first = new long[size];
            last = new long[size];
            tenths = new long[size];
            for (int i = 0; i < size; i++) {
                Slot s = m.p.slots.get(m.part[sorted.get(i)[0]]);
                k[i] = sorted.get(i)[0];
                j[i] = sorted.get(i)[1];
                first[i] = s.getStartDate().toEpochDay();
                last[i] = s.getEndDate().toEpochDay();
                tenths[i] = s.getTenthsPerWeek();
            }
            this.max = max;
            chosen = new boolean[size];
            items = new int[size];
            worthOf = new double[size];
            mandatory = new boolean[size];
        }

        /**
         * The best timeline's worth for {@code worth} (by slot position; pinned slots are always taken), its items in
         * {@link #chosen}; negative infinity when the pinned ones alone break rule 9. When the search would visit more than
         * {@value #STATE_LIMIT} states, the worth of all the paying slots, an upper bound, with all of them chosen.
         */
        double best(double[] worth, boolean[] pinned) {
            Arrays.fill(chosen, false);
            count = 0;
            double paying = 0;
            for (int i = 0; i < k.length; i++) {
                worthOf[i] = worth[k[i]]; // a pinned slot's price stays 0: its worth is its hours
                mandatory[i] = pinned[k[i]];
                if (mandatory[i] || worthOf[i] > 1e-9) {
                    items[count++] = i;
                    paying += worthOf[i];
                }
            }
            memo.clear();
            states = 0;
            double value;
            if (count > MAX_ITEMS) {
                for (int c = 0; c < count; c++) {
                    chosen[items[c]] = true;
                }
                return paying; // too long a timeline for the search's depth: bounded by all its paying slots
            }
            try {
                value = go(0, new int[0]);
            } catch (StateLimit e) {
                for (int c = 0; c < count; c++) {
                    chosen[items[c]] = true;
                }
                memo.clear();
                return paying;
            }
            if (value == Double.NEGATIVE_INFINITY) {
                return value;
            }
            int[] active = new int[0];
            for (int c = 0; c < count; c++) {
                int[] running = running(active, c);
                int[] with = with(running, c);
                double without = mandatory[items[c]] ? Double.NEGATIVE_INFINITY : go(c + 1, running);
                if (with != null && worthOf[items[c]] + go(c + 1, with) >= without) {
                    chosen[items[c]] = true;
                    active = with;
                } else {
                    active = running;
                }
            }
            memo.clear();
            return value;
        }

        private double go(int c, int[] active) {
            if (c == count) {
                return 0;
            }
            int[] running = running(active, c);
            Object key = key(c, running);
            Double known = memo.get(key);
            if (known != null) {
                return known;
            }
            if (++states > STATE_LIMIT) {
                throw new StateLimit();
            }
            double best = mandatory[items[c]] ? Double.NEGATIVE_INFINITY : go(c + 1, running);
            int[] with = with(running, c);
            if (with != null) {
                double taking = go(c + 1, with);
                if (taking != Double.NEGATIVE_INFINITY) {
                    best = Math.max(best, worthOf[items[c]] + taking);
                }
            }
            memo.put(key, best);
            return best;
        }

        /** Of {@code active} (positions among this step's items), those still running on item c's first day. */
        private int[] running(int[] active, int c) {
            long day = first[items[c]];
            int still = 0;
            for (int a : active) {
                still += last[items[a]] >= day ? 1 : 0;
            }
            if (still == active.length) {
                return active;
            }
            int[] r = new int[still];
            int w = 0;
            for (int a : active) {
                if (last[items[a]] >= day) {
                    r[w++] = a;
                }
            }
            return r;
        }

        /** {@code running} with item c, or null when c does not fit beside them. */
        private int[] with(int[] running, int c) {
            long load = tenths[items[c]];
            for (int a : running) {
                load += tenths[items[a]];
            }
            if (load > max) {
                return null;
            }
            int[] r = Arrays.copyOf(running, running.length + 1);
            r[running.length] = c;
            return r;
        }

        private Object key(int c, int[] running) {
            // c in bits 48-60, up to three running positions (plus one) in 16 bits each below, their number in bits 61-62
            if (running.length <= 3 && c < (1 << 13) && count < (1 << 16) - 1) {
                long key = c;
                for (int a : running) {
                    key = key << 16 | (a + 1);
                }
                return key | (long) running.length << 61;
            }
            int[] key = Arrays.copyOf(running, running.length + 1);
            key[running.length] = c;
            return java.nio.IntBuffer.wrap(key); // equal and hashed by its contents
        }

        /** Whether item i fits beside the items {@code held} (any order) on every day it runs. */
        boolean fits(List<Integer> held, int i) {
            if (tenths[i] > max) {
                return false;
            }
            // the load over i's days is highest on i's first day or on the first day of a held item that starts within them
            for (int probe = -1; probe < held.size(); probe++) {
                long day = probe < 0 ? first[i] : first[held.get(probe)];
                if (day < first[i] || day > last[i]) {
                    continue;
                }
                long load = tenths[i];
                for (int h : held) {
                    load += first[h] <= day && last[h] >= day ? tenths[h] : 0;
                }
                if (load > max) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Thrown out of a timeline search that went past {@value #STATE_LIMIT} states. */
    private static final class StateLimit extends RuntimeException {
        StateLimit() {
            super(null, null, false, false);
        }
    }
}
