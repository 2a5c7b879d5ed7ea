package fr.clausematch.matching.search;

import fr.clausematch.matching.constraints.MatchingRules;
import fr.clausematch.matching.exact.PlanBound;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-planning a modified problem from a plan at hand, for a short bounded run: what a decision tool asks ("and if these
 * people held a licence B?"). The modified problem keeps the plan's pairings where they still hold, so the search
 * starts from there (a warm start) and only looks for what the change opens; the exact reference (CP-SAT, hinted with
 * that start) first proves how many hours the modified problem could fill at most, and the engine (the one solver
 * configuration, its exact start included) stops as soon as it reaches them, or at the time limit.
 */
public final class Replanning {

    /** Share of the time limit the proven bound may take (a part proven early leaves the rest to the search). */
    private static final double BOUND_SHARE = 0.5;
    /** The least time the search gets after the bound. */
    private static final long MIN_SEARCH_MILLIS = 500;
    /** Parts of more pairs than this are bounded by their slots' hours (OR-Tools' native memory). */
    private static final long BOUND_MAX_PART_PAIRS = 500_000;
    private static final int WORKERS = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));

    private Replanning() {
    }

    /**
     * A re-plan's result.
     *
     * @param plan       the best plan found, scored
     * @param hours      its filled hours
     * @param upperBound the proven most hours of the problem (the exact reference's bound; its optimum when proven); -1
     *                   when not asked
     * @param optimal    whether {@code hours} reached {@code upperBound} (the hours are then the optimum)
     * @param millis     wall time of the re-plan
     */
    public record Outcome(MatchingPlan plan, long hours, long upperBound, boolean optimal, long millis) {
    }

    /**
     * A copy of {@code plan} where the people of {@code changed} (by id; each must be one of the plan's) replace the
     * plan's: each slot's range takes the changed person if rules 1-8 (and the slot's weekly hours against the
     * person's maximum) now allow the pair, and drops them if they no longer do, except a pair the facilitators refused
     * (the person passed the rules before and was not in the range) which stays out, and a pinned pair which stays. The
     * plan's pairings are kept where they still hold (a changed person whose slots now exceed their weekly maximum gives
     * up the smallest until rule 9 holds), so the copy is a warm start. The plan is not changed; the copy is scored.
     */
    public static MatchingPlan withPeople(MatchingPlan plan, Collection<Candidate> changed) {
        Map<String, Candidate> byId = new HashMap<>();
        for (Candidate c : changed) {
            byId.put(c.id(), c);
        }
        Map<Candidate, Candidate> replaced = new HashMap<>(); // by id, as candidates are equal
        List<Candidate> candidates = new ArrayList<>(plan.getCandidates().size());
        for (Candidate c : plan.getCandidates()) {
            Candidate after = byId.remove(c.id());
            if (after != null) {
                replaced.put(c, after);
                candidates.add(after);
            } else {
                candidates.add(c);
            }
        }
        if (!byId.isEmpty()) {
            throw new IllegalArgumentException("Personnes absentes du plan : " + byId.keySet());
        }
        List<Slot> slots = new ArrayList<>(plan.getSlots().size());
        Map<Candidate, List<Slot>> held = new HashMap<>();
        for (Slot original : plan.getSlots()) {
            Slot s = original.copy();
            s.setCompatibleCandidates(range(s, replaced));
            Candidate holder = s.getCandidate();
            if (holder != null && replaced.containsKey(holder)) {
                Candidate after = replaced.get(holder);
                s.setCandidate(s.getCompatibleCandidates().contains(after) ? after : null);
                if (s.getCandidate() != null) {
                    held.computeIfAbsent(after, k -> new ArrayList<>()).add(s);
                }
            }
            slots.add(s);
        }
        held.forEach(Replanning::keepWithinWeeklyMaximum);
        MatchingPlan copy = new MatchingPlan(plan.getId(), candidates, new ArrayList<>(plan.getContracts()),
                new ArrayList<>(plan.getDemands()), slots, plan.getSettings());
        copy.setScore(MatchingSolver.score(copy));
        return copy;
    }

    /** The slot's range with the changed people in or out as the rules now say (the same list when nothing moves). */
    private static List<Candidate> range(Slot s, Map<Candidate, Candidate> replaced) {
        List<Candidate> range = s.getCompatibleCandidates();
        List<Candidate> result = null;
        for (Map.Entry<Candidate, Candidate> change : replaced.entrySet()) {
            Candidate before = change.getKey();
            Candidate after = change.getValue();
            boolean inBefore = range.contains(before);
            boolean pinnedHere = s.isPinned() && before.equals(s.getCandidate());
            boolean member = pinnedHere || (opens(after, s) && (inBefore || !opens(before, s)));
            if (!inBefore && !member) {
                continue;
            }
            if (result == null) {
                result = new ArrayList<>(range);
            }
            if (inBefore) {
                result.remove(before);
            }
            if (member) {
                result.add(after);
            }
        }
        return result == null ? range : result;
    }

    /** Rules 1-8 and the slot's weekly hours within the person's maximum: the pair may be in a range. */
    public static boolean opens(Candidate c, Slot s) {
        return s.getTenthsPerWeek() <= c.maxTenthsPerWeek() && MatchingRules.compatible(c, s);
    }

    /** Empties the person's unpinned slots, the smallest first, until rule 9 holds on the rest. */
    private static void keepWithinWeeklyMaximum(Candidate c, List<Slot> slots) {
        List<Slot> mine = new ArrayList<>(slots);
        mine.sort(Comparator.comparingInt(Slot::getHours).thenComparing(Slot::getId));
        for (Slot s : List.copyOf(mine)) {
            if (MatchingRules.overloadTenthDays(c.maxTenthsPerWeek(), mine) == 0) {
                return;
            }
            if (!s.isPinned()) {
                s.setCandidate(null);
                mine.remove(s);
            }
        }
    }

    /**
     * Re-plans from {@code start} (its pairings are where the search begins; it is not changed) for at most
     * {@code limit}: the exact reference first bounds the hours (in up to half of it), then the engine searches from the
     * start and stops once its best plan fills the bound's hours. A start that already fills them (and breaks no rule)
     * is the answer without a search.
     */
    public static Outcome replan(MatchingPlan start, Duration limit) {
        return replan(start, limit, true);
    }

    /**
     * {@link #replan(MatchingPlan, Duration)}; without {@code prove}, no bound first: the engine searches for the whole
     * limit (where the exact reference proves nothing in time, as on a large territory, its time is better spent there),
     * and the outcome's {@code upperBound} is -1.
     */
    public static Outcome replan(MatchingPlan start, Duration limit, boolean prove) {
        long begin = System.nanoTime();
        MatchingPlan working = new MatchingPlanCloner().cloneSolution(start);
        working.setScore(MatchingSolver.score(working));
        long startHours = working.filledHours();
        long bound = prove ? upperBound(working, Duration.ofMillis(Math.max(1, (long) (limit.toMillis() * BOUND_SHARE))))
                : Long.MAX_VALUE;
        if (startHours >= bound && working.getScore().hardScore() == 0) {
            return new Outcome(working, startHours, bound, true, elapsedMillis(begin));
        }
        long searchMillis = Math.max(MIN_SEARCH_MILLIS, limit.toMillis() - elapsedMillis(begin));
        Solver<MatchingPlan> solver = SolverFactory.<MatchingPlan>create(
                MatchingSolver.solverConfig(Duration.ofMillis(searchMillis), null, null)).buildSolver();
        solver.addEventListener(event -> {
            MatchingPlan best = event.getNewBestSolution();
            if (best.filledHours() >= bound && best.getScore().hardScore() == 0) {
                solver.terminateEarly();
            }
        });
        MatchingPlan best = solver.solve(working);
        best.setScore(MatchingSolver.score(best));
        long hours = best.filledHours();
        return new Outcome(best, hours, prove ? Math.max(bound, hours) : -1, prove && hours >= bound, elapsedMillis(begin));
    }

    /** The exact reference's proven most hours; the slots' hours when it cannot run (no native library). */
    private static long upperBound(MatchingPlan plan, Duration limit) {
        try {
            return PlanBound.of(plan, plan, limit, WORKERS, BOUND_MAX_PART_PAIRS).hoursUpperBound();
        } catch (RuntimeException | LinkageError e) {
            long all = 0;
            for (Slot s : plan.getSlots()) {
                all += s.getHours();
            }
            return all;
        }
    }

    private static long elapsedMillis(long begin) {
        return (System.nanoTime() - begin) / 1_000_000;
    }
}
