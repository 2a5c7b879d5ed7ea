package fr.clausematch.matching.exact;

import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * What a share target costs in hours: the trade-off curve between the hours filled and the share of those hours going
 * to women (or to QPV residents), by the ε-constraint method on the exact model of {@link ExactMatching}.
 *
 * <p>Each point maximises the hours filled with the share held at least at its target, written linearly over the
 * whole problem: {@code 1000 × share hours ≥ target‰ × hours filled}. That constraint couples the independent parts
 * (a share over the whole territory is what a facilitator means), so every point is one CP-SAT model over all the
 * parts, not one per part; among the plans of most hours it takes the one of most share hours (one lexicographic
 * objective, {@code K × hours + share hours} with {@code K} above any share hours). The first point has no target (the
 * plain plan's optimum, and the best share at no cost in hours); the targets then climb from that share to 100 % in
 * even steps (and 50 % when it lies between).
 *
 * <p>The curve is monotone by construction, not by luck: the targets are solved from the highest down, each hinted
 * with the plan of the target above it, which also holds the lower target; a search that ends below that plan keeps
 * that plan. Likewise each point's proven bound is held under the bound of every lower target.
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
     * @param perPoint time limit of each point's CP-SAT search (a point proven optimal earlier ends then)
     * @param workers  CP-SAT search workers
     * @param steps    targets from the plain plan's share to 100 % (both counted), 50 % added when it lies between
     */
    public record Settings(Duration perPoint, int workers, int steps) {
        public Settings {
            if (perPoint == null || perPoint.isNegative() || perPoint.isZero() || workers < 1 || steps < 2) {
                throw new IllegalArgumentException("a positive time per point, a worker, two steps at least");
            }
        }

        /** Five seconds a point, 8 workers, 7 targets. */
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(5), 8, 7);
        }
    }

    /**
     * One point of the curve.
     *
     * @param targetPermille the share held at least, in thousandths (0: no target, the plain plan)
     * @param status         OPTIMAL: the hours are proven the most at this target; FEASIBLE: a plan without proof;
     *                       INFEASIBLE: no plan holds the target (confirmed pairings may forbid it); UNKNOWN: no plan
     *                       found in time
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

    /** How far the run is: {@code done} points of {@code total} (the total is known once the first point is). */
    public record Progress(int done, int total, Point last) {
    }

    /**
     * The curve: its points by rising target, the first without target; the size of the one model and the time.
     *
     * @param pairs   pairs (slot, person) of the model
     * @param parts   independent parts the share constraint couples
     * @param seconds wall time of all points
     */
    public record Curve(Share share, List<Point> points, long pairs, int parts, double seconds) {

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
            return points.stream().allMatch(p -> p.optimal() || p.status() == ExactResult.Status.INFEASIBLE);
        }
    }

    private TargetCost() {
    }

    /** The curve of {@code problem} (its slots' ranges and pins), {@code progress} (may be null) told after each point. */
    public static Curve of(MatchingPlan problem, Share share, Settings settings, Consumer<Progress> progress) {
        ExactMatching.loadNativeLibraries();
        long begin = System.nanoTime();
        ExactMatching.Problem p = new ExactMatching.Problem(problem, false);
        List<int[]> parts = p.parts();
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
        long pairs = p.pairCount(all);
        long factor = p.hours(all) + 1;
        ExactSettings exact = new ExactSettings(settings.perPoint(), Duration.ZERO, settings.workers(), null);

        Solved plain = solve(p, all, share, 0, factor, exact, null);
        Point first = point(p, share, 0, plain);
        List<Integer> targets = plain.chosen == null ? List.of() : targets(first, settings.steps());
        int total = 1 + targets.size();
        if (progress != null) {
            progress.accept(new Progress(1, total, first));
        }
        // from the highest target down: each plan holds every lower target, so it hints (and floors) the next
        Point[] points = new Point[total];
        Candidate[] above = plain.chosen == null ? null : shareOnly(p, share, plain.chosen);
        for (int i = targets.size() - 1; i >= 0; i--) {
            int target = targets.get(i);
            Solved solved = solve(p, all, share, target, factor, exact, above);
            if (above != null && holds(p, share, target, above) && (solved.chosen == null
                    || objective(p, share, factor, solved.chosen) < objective(p, share, factor, above))) {
                solved = solved.with(above);
            }
            points[i + 1] = point(p, share, target, solved);
            if (solved.chosen != null) {
                above = solved.chosen;
            }
            if (progress != null) {
                progress.accept(new Progress(total - i, total, points[i + 1]));
            }
        }
        // the plain plan holds no target but may have been searched less well than the lowest one
        if (above != null && plain.chosen != null
                && objective(p, share, factor, above) > objective(p, share, factor, plain.chosen)) {
            first = point(p, share, 0, plain.with(above));
        }
        points[0] = first;
        // a bound holds for every higher target too
        List<Point> curve = new ArrayList<>(total);
        long bound = Long.MAX_VALUE;
        for (Point point : points) {
            bound = Math.min(bound, point.hoursBound());
            curve.add(bound == point.hoursBound() ? point : new Point(point.targetPermille(),
                    point.hasPlan() && point.hours() >= bound ? ExactResult.Status.OPTIMAL : point.status(),
                    point.hours(), point.shareHours(), Math.max(bound, point.hours()), point.plan()));
        }
        return new Curve(share, List.copyOf(curve), pairs, parts.size(), (System.nanoTime() - begin) / 1e9);
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

    /** A search's outcome: its status, its plan (by slot index; null without one) and its proven bound on the hours. */
    private record Solved(ExactResult.Status status, Candidate[] chosen, long hoursBound) {
        Solved with(Candidate[] plan) {
            return new Solved(status == ExactResult.Status.OPTIMAL ? status : ExactResult.Status.FEASIBLE, plan, hoursBound);
        }
    }

    private static Solved solve(ExactMatching.Problem p, int[] all, Share share, int targetPermille, long factor,
                                ExactSettings settings, Candidate[] hint) {
        ExactMatching.PartModel m = new ExactMatching.PartModel(p, all, java.util.Map.of());
        List<BoolVar> vars = new ArrayList<>();
        List<Long> hours = new ArrayList<>();
        List<Long> shareHours = new ArrayList<>();
        for (int k = 0; k < all.length; k++) {
            Slot s = p.slots.get(all[k]);
            for (int j = 0; j < m.x[k].length; j++) {
                vars.add(m.x[k][j]);
                hours.add((long) s.getHours());
                shareHours.add(share.counts(p.people.get(p.domain[all[k]][j])) ? (long) s.getHours() : 0L);
            }
        }
        BoolVar[] x = vars.toArray(new BoolVar[0]);
        long[] objective = new long[x.length];
        long[] held = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            objective[i] = factor * hours.get(i) + shareHours.get(i);
            // 1000 × share hours − target‰ × hours ≥ 0
            held[i] = 1000 * shareHours.get(i) - (long) targetPermille * hours.get(i);
        }
        if (targetPermille > 0) {
            m.model.addGreaterOrEqual(LinearExpr.weightedSum(x, held), 0);
        }
        m.model.clearObjective();
        m.model.maximize(LinearExpr.weightedSum(x, objective));
        if (hint != null) {
            m.hintFrom(hint);
        }
        double seconds = settings.hoursLimit().toMillis() / 1000.0;
        CpSolver solver = ExactMatching.solver(settings, x.length, seconds);
        CpSolverStatus status = ExactMatching.solveGuarded(solver, m.model, seconds);
        long allHours = factor - 1;
        if (status == CpSolverStatus.INFEASIBLE || status == CpSolverStatus.MODEL_INVALID) {
            return new Solved(ExactResult.Status.INFEASIBLE, null, 0);
        }
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return new Solved(ExactResult.Status.UNKNOWN, null, allHours);
        }
        Candidate[] chosen = new Candidate[p.slots.size()];
        m.read(solver, chosen);
        long bound = Math.min(allHours, (long) Math.floor(solver.bestObjectiveBound() + 1e-6) / factor);
        return new Solved(status == CpSolverStatus.OPTIMAL ? ExactResult.Status.OPTIMAL : ExactResult.Status.FEASIBLE,
                chosen, bound);
    }

    private static Point point(ExactMatching.Problem p, Share share, int targetPermille, Solved solved) {
        if (solved.chosen == null) {
            return new Point(targetPermille, solved.status, 0, 0, solved.hoursBound, null);
        }
        long[] figures = figures(p, share, solved.chosen);
        ExactResult.Status status = solved.status == ExactResult.Status.FEASIBLE && figures[0] >= solved.hoursBound
                ? ExactResult.Status.OPTIMAL : solved.status;
        return new Point(targetPermille, status, figures[0], figures[1], Math.max(figures[0], solved.hoursBound),
                p.plan(solved.chosen));
    }

    /** {hours filled, share hours} of a plan by slot index. */
    private static long[] figures(ExactMatching.Problem p, Share share, Candidate[] chosen) {
        long hours = 0;
        long shareHours = 0;
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i] != null) {
                hours += p.slots.get(i).getHours();
                shareHours += share.counts(chosen[i]) ? p.slots.get(i).getHours() : 0;
            }
        }
        return new long[] {hours, shareHours};
    }

    private static long objective(ExactMatching.Problem p, Share share, long factor, Candidate[] chosen) {
        long[] f = figures(p, share, chosen);
        return factor * f[0] + f[1];
    }

    private static boolean holds(ExactMatching.Problem p, Share share, int targetPermille, Candidate[] chosen) {
        long[] f = figures(p, share, chosen);
        return 1000 * f[1] >= (long) targetPermille * f[0];
    }

    /**
     * The plain plan without the pairings of people outside the share (pinned ones kept): it holds the highest target
     * when nothing pinned stands against it, and rule 9 only loosens; null when that is not a plan.
     */
    private static Candidate[] shareOnly(ExactMatching.Problem p, Share share, Candidate[] plan) {
        Candidate[] kept = plan.clone();
        for (int i = 0; i < kept.length; i++) {
            if (kept[i] != null && !share.counts(kept[i]) && !p.slots.get(i).isPinned()) {
                kept[i] = null;
            }
        }
        return kept;
    }
}
