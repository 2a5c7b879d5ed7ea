package fr.clausematch.matching.exact;

import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * What a share target costs in hours: the trade-off curve between the hours filled and the share of those hours going
 * to women (or to QPV residents), by the ε-constraint method on the exact model of {@link ExactMatching}: each point is
 * the most hours of a plan whose share over the whole problem is at least its target,
 * {@code 1000 × share hours ≥ target‰ × hours filled} (a share over the whole territory, as a facilitator means it).
 *
 * <p>That constraint couples the independent parts, so the search has two stages, chosen by measurement on the sample
 * (1,500 slots, 10,672 pairs, 18 parts of which one holds 10,536 pairs):
 * <ol>
 * <li>a price sweep (Lagrangian relaxation of the constraint): for a weight {@code t ≤ 1} on the other people's hours,
 * each part on its own maximises {@code share hours + t × other hours}, from t = 1 (the plain plan: the most hours,
 * proven per part as the exact reference does, then the most share hours at those hours) to the share's people alone.
 * It gives each point its proven bound, the least of the Lagrangian bounds ({@code H ≤ α·Σ max(S + t·M)} with
 * {@code α = 1 + λ(1 − ε)}, {@code t = (1 − λε) / α}, λ ≥ 0), and each part a handful of plans, whose best choice per
 * part holding the target over the whole problem (a small exact multiple-choice knapsack) is a first plan;</li>
 * <li>the ε-constraint itself, one CP-SAT model over all the parts, started from the best plan known to hold the target
 * (that choice, or the plain plan or the plan of the target below with just enough of the other people's pairings left
 * out), its plan kept when better and its bound when closer.</li>
 * </ol>
 * One model over all the parts alone (no sweep), measured first, proved none of the constrained points in 10 s each and
 * gave bounds no better than the sweep's; the sweep alone leaves the large part with too few plans.
 *
 * <p>The curve is monotone by construction (a plan holding a target holds every lower one, so a lower target keeps a
 * higher one's plan should its own fill fewer hours) and its bounds too (a bound holds for every higher target). Its
 * first point has no target: the plain plan, the exact reference's hours when every part is proven.
 */
public final class TargetCost {

    /** Whose share: hours to women, or hours to residents of a QPV (the model's rules of who counts). */
    public enum Share {
        WOMEN, QPV;

        public boolean counts(Candidate c) {
            return this == WOMEN ? c.isWoman() : c.isQpvResident();
        }
    }

    /**
     * How the curve is searched.
     *
     * @param perWeight time of one weight of the sweep, shared by the parts by their pairs (a part proven earlier ends
     *                  then)
     * @param perTarget time of each target's search over the whole problem (ends when proven)
     * @param workers   CP-SAT search workers of a large part
     * @param steps     targets from the plain plan's share to 100 % (both counted), 50 % added when it lies between
     */
    public record Settings(Duration perWeight, Duration perTarget, int workers, int steps) {
        public Settings {
            if (perWeight == null || perWeight.isNegative() || perWeight.isZero() || perTarget == null
                    || perTarget.isNegative() || perTarget.isZero() || workers < 1 || steps < 2) {
                throw new IllegalArgumentException("positive times, a worker, two steps at least");
            }
        }
    }

    /**
     * One point of the curve.
     *
     * @param targetPermille the share held at least, in thousandths (0: no target, the plain plan)
     * @param status         OPTIMAL: the hours are proven the most at this target; FEASIBLE: a plan below its bound;
     *                       UNKNOWN: no plan holding the target found (confirmed pairings may forbid it)
     * @param hours          hours filled by the point's plan (0 without a plan)
     * @param shareHours     of which hours to women (or QPV residents)
     * @param hoursBound     proven upper bound on the hours at this target (equal to {@code hours} when OPTIMAL)
     * @param plan           the point's plan, a copy of the problem with its pairings; null without one
     */
    public record Point(int targetPermille, ExactResult.Status status, long hours, long shareHours, long hoursBound,
                        MatchingPlan plan) {

        public boolean hasPlan() {
            return plan != null;
        }

        public boolean optimal() {
            return status == ExactResult.Status.OPTIMAL;
        }

        /** The share reached: share hours over hours filled (0 when nothing is filled). */
        public double share() {
            return hours == 0 ? 0 : (double) shareHours / hours;
        }

        public double target() {
            return targetPermille / 1000.0;
        }
    }

    /** How far the run is: {@code done} steps (weights of the sweep, then the choice) of {@code total}. */
    public record Progress(int done, int total) {
    }

    /**
     * The curve: its points by rising target, the first without target; what it took.
     *
     * @param pairs   pairs (slot, person) of the model
     * @param parts   independent parts
     * @param weights weights of the sweep (each one solve of every part)
     * @param seconds wall time
     */
    public record Curve(Share share, List<Point> points, long pairs, int parts, int weights, double seconds) {

        /** The point without target: the plain plan's optimum. */
        public Point unconstrained() {
            return points.get(0);
        }

        /** Hours lost at {@code point} against the plain plan (0 when the point has no plan). */
        public long cost(Point point) {
            return point.hasPlan() ? Math.max(0, unconstrained().hours() - point.hours()) : 0;
        }

        /** Whether every point is proven optimal. */
        public boolean proven() {
            return points.stream().allMatch(Point::optimal);
        }
    }

    /**
     * The weights of the sweep on the other people's hours, in hundredths, after the plain plan and before the share's
     * people alone: denser near 1, where the first targets' bounds are read.
     */
    private static final int[] SWEEP = {80, 50, 20, 0, -100};
    /** The plain plan's weight: the most hours, then the most share hours (two stages). */
    private static final long[] PLAIN = {1, 1};
    /** The least time a part gets for one weight. */
    private static final double MIN_PART_SECONDS = 0.5;

    private TargetCost() {
    }

    /** The curve of {@code problem} (its slots' ranges and pins), {@code progress} (may be null) told after each step. */
    public static Curve of(MatchingPlan problem, Share share, Settings settings, Consumer<Progress> progress) {
        ExactMatching.loadNativeLibraries();
        try (ExactStops.Signal stop = ExactStops.enter()) { // a stop on this thread (ExactStops) reaches each CP-SAT call
            return curve(problem, share, settings, progress);
        }
    }

    private static Curve curve(MatchingPlan problem, Share share, Settings settings, Consumer<Progress> progress) {
        long begin = System.nanoTime();
        ExactMatching.Problem p = new ExactMatching.Problem(problem, false);
        List<int[]> parts = p.parts();
        long pairs = 0;
        for (int[] part : parts) {
            pairs += p.pairCount(part);
        }
        long factor = 1;
        for (Slot s : p.slots) {
            factor += s.getHours();
        }
        // weights (a, b): maximise a × share hours + b × other hours; first the plain plan (K × hours + share hours),
        // last the share's people alone (share hours − K × other hours)
        List<long[]> weights = new ArrayList<>();
        weights.add(PLAIN);
        for (int t : SWEEP) {
            weights.add(new long[] {100, t});
        }
        weights.add(new long[] {1, -factor});
        int steps = weights.size() + settings.steps() + 1; // the targets' count is known after the plain plan
        ExactSettings exact = new ExactSettings(settings.perWeight(), Duration.ZERO, settings.workers(), null);
        List<List<Option>> options = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            options.add(new ArrayList<>());
        }
        // per weight, the sum over the parts of the proven bound of a·S + b·M (Long.MAX_VALUE: none)
        long[] bounds = new long[weights.size()];
        boolean plainProven = true;
        Option[] plain = new Option[parts.size()];
        Option[] last = new Option[parts.size()];
        for (int w = 0; w < weights.size(); w++) {
            long[] weight = weights.get(w);
            long sum = 0;
            for (int k = 0; k < parts.size(); k++) {
                int[] part = parts.get(k);
                double seconds = Math.max(MIN_PART_SECONDS,
                        settings.perWeight().toMillis() / 1000.0 * p.pairCount(part) / Math.max(1, pairs));
                // the plain plan, the curve's end point, gets a target's time
                double plainSeconds = Math.max(MIN_PART_SECONDS,
                        settings.perTarget().toMillis() / 1000.0 * p.pairCount(part) / Math.max(1, pairs));
                Solved solved = solvePart(p, part, share, weight, exact, w == 0 ? plainSeconds : seconds, last[k]);
                if (solved.option == null) {
                    sum = sum == Long.MAX_VALUE || solved.bound == Long.MAX_VALUE ? Long.MAX_VALUE : sum + solved.bound;
                    plainProven &= w != 0;
                    continue;
                }
                plainProven &= w != 0 || solved.proven;
                if (w == 0) {
                    plain[k] = solved.option;
                }
                last[k] = solved.option;
                if (!options.get(k).contains(solved.option)) {
                    options.get(k).add(solved.option);
                }
                sum = sum == Long.MAX_VALUE ? sum : sum + solved.bound;
            }
            bounds[w] = sum;
            if (progress != null) {
                progress.accept(new Progress(w + 1, steps));
            }
        }

        Candidate[] plainPlan = new Candidate[p.slots.size()];
        long plainHours = 0;
        long plainShare = 0;
        for (int k = 0; k < parts.size(); k++) {
            if (plain[k] != null) {
                plain[k].writeInto(parts.get(k), plainPlan);
                plainHours += plain[k].hours();
                plainShare += plain[k].share;
            }
        }
        long plainBound = bounds[0];
        List<Point> points = new ArrayList<>();
        points.add(new Point(0, plainProven && plainHours >= plainBound ? ExactResult.Status.OPTIMAL
                : ExactResult.Status.FEASIBLE, plainHours, plainShare, Math.max(plainHours, plainBound), p.plan(plainPlan)));
        List<Integer> targets = targets(points.get(0), settings.steps());
        int total = weights.size() + targets.size();
        int[] all = allSlots(parts);
        ExactSettings whole = new ExactSettings(settings.perTarget(), Duration.ZERO, settings.workers(), null);
        Point[] byTarget = new Point[targets.size()];
        Point below = points.get(0);
        // from the lowest target up, each search started from the best plan known to hold it (the choice of the sweep's
        // plans, or the plain plan or the plan below with others' pairings left out)
        for (int i = 0; i < targets.size(); i++) {
            int target = targets.get(i);
            long bound = plainBound;
            for (int w = 1; w < weights.size(); w++) {
                bound = Math.min(bound, lagrangianBound(weights.get(w), bounds[w], target));
            }
            Point floor = choose(p, parts, options, target, factor, bound, exact);
            // the plain plan and the plan below, each with just enough of the other people's pairings left out to
            // hold the target: plans that hold it too, often close to the best
            for (Point from : List.of(points.get(0), below)) {
                Point dropped = dropOthers(p, share, target, from, bound);
                if (dropped != null && (!floor.hasPlan() || dropped.hours() > floor.hours())) {
                    floor = dropped;
                }
            }
            Point searched = floor.optimal() ? floor : search(p, all, share, target, whole, floor);
            byTarget[i] = searched;
            if (searched.hasPlan()) {
                below = searched;
            }
            if (progress != null) {
                progress.accept(new Progress(weights.size() + i + 1, total));
            }
        }
        points.addAll(List.of(byTarget));
        return new Curve(share, monotone(points), pairs, parts.size(), weights.size(), (System.nanoTime() - begin) / 1e9);
    }

    /**
     * {@code from}'s plan with the pairings of people outside the share left out, fewest hours first, until the share
     * holds {@code target‰} (rule 9 only loosens; pinned pairings stay); null when that is not reached.
     */
    static Point dropOthers(ExactMatching.Problem p, Share share, int targetPermille, Point from, long bound) {
        if (!from.hasPlan()) {
            return null;
        }
        Candidate[] chosen = new Candidate[p.slots.size()];
        List<Integer> others = new ArrayList<>();
        long hours = 0;
        long shareHours = 0;
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] = from.plan().getSlots().get(i).getCandidate();
            if (chosen[i] != null) {
                long h = p.slots.get(i).getHours();
                hours += h;
                if (share.counts(chosen[i])) {
                    shareHours += h;
                } else if (!p.slots.get(i).isPinned()) {
                    others.add(i);
                }
            }
        }
        others.sort(java.util.Comparator.comparingInt(i -> p.slots.get(i).getHours()));
        for (int k = 0; k < others.size() && 1000 * shareHours < (long) targetPermille * hours; k++) {
            int i = others.get(k);
            chosen[i] = null;
            hours -= p.slots.get(i).getHours();
        }
        if (1000 * shareHours < (long) targetPermille * hours) {
            return null;
        }
        return new Point(targetPermille, hours >= bound ? ExactResult.Status.OPTIMAL : ExactResult.Status.FEASIBLE, hours,
                shareHours, Math.max(bound, hours), p.plan(chosen));
    }

    private static int[] allSlots(List<int[]> parts) {
        int size = 0;
        for (int[] part : parts) {
            size += part.length;
        }
        int[] all = new int[size];
        int at = 0;
        for (int[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /**
     * The target's search over the whole problem (the ε-constraint itself: one model of every part, most hours with
     * {@code 1000 × share hours ≥ target‰ × hours}), hinted with {@code start}'s plan; the better of the two plans and the
     * closer of the two bounds.
     */
    private static Point search(ExactMatching.Problem p, int[] all, Share share, int targetPermille, ExactSettings settings,
                                Point start) {
        ExactMatching.PartModel m = new ExactMatching.PartModel(p, all, Map.of());
        List<BoolVar> vars = new ArrayList<>();
        List<Long> held = new ArrayList<>();
        for (int k = 0; k < all.length; k++) {
            long h = p.slots.get(all[k]).getHours();
            for (int j = 0; j < m.x[k].length; j++) {
                vars.add(m.x[k][j]);
                held.add((share.counts(p.people.get(p.domain[all[k]][j])) ? 1000 * h : 0) - targetPermille * h);
            }
        }
        m.model.addGreaterOrEqual(LinearExpr.weightedSum(vars.toArray(new BoolVar[0]),
                held.stream().mapToLong(Long::longValue).toArray()), 0);
        if (start.hasPlan()) {
            Candidate[] hint = new Candidate[p.slots.size()];
            for (int i = 0; i < hint.length; i++) {
                hint[i] = start.plan().getSlots().get(i).getCandidate();
            }
            m.hintFrom(hint);
        }
        double seconds = settings.hoursLimit().toMillis() / 1000.0;
        CpSolver solver = ExactMatching.solver(settings, vars.size(), seconds);
        CpSolverStatus status = ExactMatching.solveGuarded(solver, m.model, seconds);
        if (status == CpSolverStatus.INFEASIBLE) {
            return new Point(targetPermille, ExactResult.Status.INFEASIBLE, 0, 0, 0, null);
        }
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return start;
        }
        long bound = Math.min(start.hoursBound(), (long) Math.floor(solver.bestObjectiveBound() + 1e-6));
        Candidate[] chosen = new Candidate[p.slots.size()];
        m.read(solver, chosen);
        return better(p, share, targetPermille, start, chosen, bound, status == CpSolverStatus.OPTIMAL);
    }

    /** The better of {@code start} and the plan {@code chosen} (by slot index), under {@code bound}. */
    private static Point better(ExactMatching.Problem p, Share share, int targetPermille, Point start, Candidate[] chosen,
                                long bound, boolean proven) {
        long hours = 0;
        long shareHours = 0;
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i] != null) {
                hours += p.slots.get(i).getHours();
                shareHours += share.counts(chosen[i]) ? p.slots.get(i).getHours() : 0;
            }
        }
        if (start.hasPlan() && (start.hours() > hours || (start.hours() == hours && start.shareHours() >= shareHours))) {
            return new Point(targetPermille, start.hours() >= bound ? ExactResult.Status.OPTIMAL : ExactResult.Status.FEASIBLE,
                    start.hours(), start.shareHours(), Math.max(bound, start.hours()), start.plan());
        }
        return new Point(targetPermille, proven || hours >= bound ? ExactResult.Status.OPTIMAL
                : ExactResult.Status.FEASIBLE, hours, shareHours, Math.max(bound, hours), p.plan(chosen));
    }

    /**
     * The Lagrangian bound on the hours of any plan whose share is at least {@code target‰}, from the weight
     * {@code (a, b)} (t = b / a) whose parts' maxima of {@code a·S + b·M} sum to at most {@code sum}: for λ ≥ 0,
     * {@code H ≤ H + λ(S − εH) = α(S + tM)} with {@code α = 1 + λ(1 − ε)} and {@code t = (1 − λε) / α}, so
     * {@code λ = (1 − t) / (t(1 − ε) + ε)}; Long.MAX_VALUE when this weight gives none (λ would be negative).
     */
    static long lagrangianBound(long[] weight, long sum, int targetPermille) {
        if (sum == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        double eps = targetPermille / 1000.0;
        double t = (double) weight[1] / weight[0];
        double denominator = t * (1 - eps) + eps;
        if (denominator <= 0 || t > 1) {
            return Long.MAX_VALUE;
        }
        double lambda = (1 - t) / denominator;
        double alpha = 1 + lambda * (1 - eps);
        double bound = alpha * sum / weight[0];
        // loosened by a millionth against rounding
        return (long) Math.floor(bound + 1e-6 * Math.abs(bound) + 1e-6);
    }

    /**
     * The targets after the plain plan: from the next whole percent above its share to 100 % in {@code steps} even
     * steps (whole percents), and 50 % when it lies between. None when the plain plan fills nothing or has every share.
     */
    static List<Integer> targets(Point plain, int steps) {
        TreeSet<Integer> targets = new TreeSet<>();
        if (plain.hours() == 0 || plain.shareHours() == plain.hours()) {
            return List.of();
        }
        int start = (int) Math.floor(plain.share() * 100 + 1e-9) + 1; // percent
        for (int k = 0; k < steps; k++) {
            targets.add(10 * (int) Math.round(start + (100.0 - start) * k / (steps - 1)));
        }
        if (start < 50) {
            targets.add(500);
        }
        return List.copyOf(targets);
    }

    /**
     * Monotone curve and bounds: a plan holding a target holds every lower one, so a lower target keeps a higher one's
     * plan when its own fills fewer hours; a bound holds for every higher target.
     */
    private static List<Point> monotone(List<Point> points) {
        Point[] out = points.toArray(new Point[0]);
        for (int i = out.length - 2; i >= 0; i--) {
            Point higher = out[i + 1];
            if (higher.hasPlan() && (!out[i].hasPlan() || higher.hours() > out[i].hours()
                    || (higher.hours() == out[i].hours() && higher.shareHours() > out[i].shareHours()))) {
                out[i] = new Point(out[i].targetPermille(), out[i].status(), higher.hours(), higher.shareHours(),
                        Math.max(out[i].hoursBound(), higher.hours()), higher.plan());
            }
        }
        long bound = Long.MAX_VALUE;
        for (int i = 0; i < out.length; i++) {
            bound = Math.min(bound, out[i].hoursBound());
            Point q = out[i];
            long held = Math.max(bound, q.hours());
            ExactResult.Status status = q.hasPlan() && q.hours() >= held ? ExactResult.Status.OPTIMAL
                    : q.hasPlan() ? ExactResult.Status.FEASIBLE : ExactResult.Status.UNKNOWN;
            out[i] = new Point(q.targetPermille(), status, q.hours(), q.shareHours(), held, q.plan());
        }
        return List.of(out);
    }

    /** One part's plan: its share and other hours, and the person of each of its slots (same order; null: empty). */
    private record Option(long share, long other, Candidate[] people) {

        long hours() {
            return share + other;
        }

        void writeInto(int[] part, Candidate[] chosen) {
            for (int k = 0; k < part.length; k++) {
                chosen[part[k]] = people[k];
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Option other && Arrays.equals(people, other.people);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(people);
        }
    }

    /** A part's search: its plan (null: none), the proven bound of its objective, whether proven optimal. */
    private record Solved(Option option, long bound, boolean proven) {
    }

    private static Solved solvePart(ExactMatching.Problem p, int[] part, Share share, long[] weight, ExactSettings settings,
                                    double seconds, Option hint) {
        ExactMatching.PartModel m = new ExactMatching.PartModel(p, part, Map.of());
        if (weight == PLAIN) {
            return plainPart(p, part, share, m, settings, seconds);
        }
        List<BoolVar> vars = new ArrayList<>();
        List<Long> coefficients = new ArrayList<>();
        for (int k = 0; k < part.length; k++) {
            Slot s = p.slots.get(part[k]);
            for (int j = 0; j < m.x[k].length; j++) {
                vars.add(m.x[k][j]);
                boolean counts = share.counts(p.people.get(p.domain[part[k]][j]));
                coefficients.add((counts ? weight[0] : weight[1]) * s.getHours());
            }
        }
        m.model.clearObjective();
        m.model.maximize(LinearExpr.weightedSum(vars.toArray(new BoolVar[0]),
                coefficients.stream().mapToLong(Long::longValue).toArray()));
        if (hint != null) {
            Candidate[] chosen = new Candidate[p.slots.size()];
            hint.writeInto(part, chosen);
            m.hintFrom(chosen);
        }
        CpSolver solver = ExactMatching.solver(settings, vars.size(), seconds);
        CpSolverStatus status = ExactMatching.solveGuarded(solver, m.model, seconds);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            // no plan in time: a bound by construction, each slot at its best person (or empty)
            long trivial = 0;
            int at = 0;
            for (int k = 0; k < part.length; k++) {
                long best = 0;
                for (int j = 0; j < m.x[k].length; j++) {
                    best = Math.max(best, coefficients.get(at++));
                }
                trivial += best;
            }
            return new Solved(null, trivial, false);
        }
        long bound = (long) Math.floor(solver.bestObjectiveBound() + 1e-6);
        return new Solved(option(p, part, share, m, solver), bound, status == CpSolverStatus.OPTIMAL);
    }

    /**
     * The plain plan of a part, in two stages as the exact reference: the most hours (proven, on the sample, in a few
     * seconds), then at those hours the most share hours, each stage within {@code seconds}; the bound is the hours'.
     */
    private static Solved plainPart(ExactMatching.Problem p, int[] part, Share share, ExactMatching.PartModel m,
                                    ExactSettings settings, double seconds) {
        CpSolver solver = ExactMatching.solver(settings, p.pairCount(part), seconds);
        CpSolverStatus status = ExactMatching.solveGuarded(solver, m.model, seconds);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return new Solved(null, Long.MAX_VALUE, false);
        }
        Option first = option(p, part, share, m, solver);
        long bound = Math.max(first.hours(), (long) Math.floor(solver.bestObjectiveBound() + 1e-6));
        boolean proven = status == CpSolverStatus.OPTIMAL;
        // one lexicographic objective, K × hours + share hours (K above any share hours), rather than the share with the
        // hours held at their most: measured on the sample, CP-SAT proves the former in 5 s and not the latter in 10
        long k = p.hours(part) + 1;
        m.model.clearObjective();
        m.model.maximize(LinearExpr.newBuilder().addTerm(m.hours, k).add(shareHours(p, part, share, m)));
        Candidate[] hint = new Candidate[p.slots.size()];
        first.writeInto(part, hint);
        m.model.clearHints();
        m.hintFrom(hint);
        // the share at the plain hours is where the curve starts: its stage gets its own time, not what the hours left
        double left = Math.max(MIN_PART_SECONDS, seconds);
        CpSolver second = ExactMatching.solver(settings, p.pairCount(part), left);
        CpSolverStatus secondStatus = ExactMatching.solveGuarded(second, m.model, left);
        Option best = secondStatus == CpSolverStatus.OPTIMAL || secondStatus == CpSolverStatus.FEASIBLE
                ? option(p, part, share, m, second) : first;
        if (k * best.hours() + best.share <= k * first.hours() + first.share) {
            return new Solved(first, bound, proven);
        }
        return secondStatus == CpSolverStatus.OPTIMAL ? new Solved(best, best.hours(), true)
                : new Solved(best, Math.max(bound, best.hours()), proven);
    }

    private static LinearExpr shareHours(ExactMatching.Problem p, int[] part, Share share, ExactMatching.PartModel m) {
        List<BoolVar> vars = new ArrayList<>();
        List<Long> coefficients = new ArrayList<>();
        for (int k = 0; k < part.length; k++) {
            for (int j = 0; j < m.x[k].length; j++) {
                if (share.counts(p.people.get(p.domain[part[k]][j]))) {
                    vars.add(m.x[k][j]);
                    coefficients.add((long) p.slots.get(part[k]).getHours());
                }
            }
        }
        return LinearExpr.weightedSum(vars.toArray(new BoolVar[0]), coefficients.stream().mapToLong(Long::longValue).toArray());
    }

    /** The part's plan a search found. */
    private static Option option(ExactMatching.Problem p, int[] part, Share share, ExactMatching.PartModel m, CpSolver solver) {
        Candidate[] chosen = new Candidate[p.slots.size()];
        m.read(solver, chosen);
        Candidate[] people = new Candidate[part.length];
        long shareHours = 0;
        long other = 0;
        for (int k = 0; k < part.length; k++) {
            people[k] = chosen[part[k]];
            if (people[k] != null) {
                long h = p.slots.get(part[k]).getHours();
                if (share.counts(people[k])) {
                    shareHours += h;
                } else {
                    other += h;
                }
            }
        }
        return new Option(shareHours, other, people);
    }

    /**
     * The target's plan: one of its found plans per part, the most hours (then share hours) over the whole problem with
     * {@code 1000 × share hours ≥ target‰ × hours}; a small exact model (one boolean per part's plan).
     */
    private static Point choose(ExactMatching.Problem p, List<int[]> parts, List<List<Option>> options, int targetPermille,
                                long factor, long bound, ExactSettings settings) {
        CpModel model = new CpModel();
        List<BoolVar> vars = new ArrayList<>();
        List<Long> objective = new ArrayList<>();
        List<Long> held = new ArrayList<>();
        List<BoolVar[]> byPart = new ArrayList<>();
        for (List<Option> mine : options) {
            BoolVar[] x = new BoolVar[mine.size()];
            for (int o = 0; o < mine.size(); o++) {
                Option option = mine.get(o);
                x[o] = model.newBoolVar("");
                vars.add(x[o]);
                objective.add(factor * option.hours() + option.share);
                held.add(1000 * option.share - (long) targetPermille * option.hours());
            }
            if (x.length > 0) {
                model.addExactlyOne(x);
            }
            byPart.add(x);
        }
        BoolVar[] all = vars.toArray(new BoolVar[0]);
        model.addGreaterOrEqual(LinearExpr.weightedSum(all, held.stream().mapToLong(Long::longValue).toArray()), 0);
        model.maximize(LinearExpr.weightedSum(all, objective.stream().mapToLong(Long::longValue).toArray()));
        CpSolver solver = ExactMatching.solver(settings, all.length, 10);
        CpSolverStatus status = ExactMatching.solveGuarded(solver, model, 10);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return new Point(targetPermille, ExactResult.Status.UNKNOWN, 0, 0, bound, null);
        }
        Candidate[] chosen = new Candidate[p.slots.size()];
        long hours = 0;
        long shareHours = 0;
        for (int k = 0; k < parts.size(); k++) {
            BoolVar[] x = byPart.get(k);
            for (int o = 0; o < x.length; o++) {
                if (solver.booleanValue(x[o])) {
                    Option option = options.get(k).get(o);
                    option.writeInto(parts.get(k), chosen);
                    hours += option.hours();
                    shareHours += option.share;
                }
            }
        }
        return new Point(targetPermille, hours >= bound ? ExactResult.Status.OPTIMAL : ExactResult.Status.FEASIBLE, hours,
                shareHours, Math.max(hours, bound), p.plan(chosen));
    }
}
