package fr.clausematch.matching.exact;

import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exact reference: the most hours a plan can fill, found and proven by CP-SAT, then (second stage) the most
 * hours to women and QPV residents at those hours.
 *
 * <p>The model, written from DATA-FORMAT.md and not from the engine's constraints: a boolean per pair (slot,
 * person) of the engine's value range that {@link RuleBook} also allows (rules 1-8); a slot takes at most one
 * person; a pinned slot takes its pinned person; rule 9 (on every calendar day, the weekly hours of a person's
 * slots running that day stay within the person's maximum) is one linear inequality per person and per largest set
 * of the person's possible slots that run together on some day (the slots running on any day are within one of
 * them); the objective is the sum of the filled slots' hours. The problem is cut into its independent parts (no slot or person in common), each solved on
 * its own: its optimum, or its best plan and CP-SAT's proven bound.
 */
public final class ExactMatching {

    /** Parts with fewer pairs than this are searched by one CP-SAT worker (more only cost threads). */
    private static final int SMALL_PART_PAIRS = 200;
    /** Rounds of cuts the LP relaxation of a part takes at most ({@link PartModel#brokenCuts}). */
    private static final int CUT_ROUNDS = 20;
    /** The rounds of cuts end once one brings the bound down by less than this share of it. */
    private static final double CUT_MIN_GAIN = 1e-4;
    /**
     * Parts with at least this many pairs are searched, for the search, on their core ({@link TimelineRelaxation}) after
     * {@value #RELAXATION_SHARE} of their time on the timelines' relaxation; smaller ones CP-SAT proves in milliseconds.
     */
    private static final long CORE_MIN_PAIRS = 2_000;
    /** The share of a part's time the search gives the timelines' relaxation before CP-SAT searches its core. */
    private static final double RELAXATION_SHARE = 0.25;
    /** The least time a part gets, so that CP-SAT can at least load it. */
    private static final double MIN_PART_SECONDS = 0.05;
    /** The most time a part may get beyond its share by pairs. */
    private static final double SMALL_PART_SECONDS = 1.0;
    /** The least time the LP relaxation of a part gets when CP-SAT found nothing. */
    private static final double LP_MIN_SECONDS = 10.0;
    /**
     * Parts with more pairs than this go to the LP relaxation's dual at once ({@link LagrangianBound}): CP-SAT finds no
     * plan of them in minutes, and GLOP does not solve their relaxation in one (271,616 pairs: over 60 s).
     */
    private static final long LP_FIRST_PAIRS = 100_000;
    /** Above this many (slot, person of its trade) checks the pairs outside the engine's ranges are not counted (-1). */
    private static final long MAX_OUTSIDE_CHECKS = 300_000_000L;

    private static volatile boolean loaded;

    private ExactMatching() {
    }

    /** Loads OR-Tools' native libraries (from the jar of the running platform) once. */
    public static void loadNativeLibraries() {
        if (!loaded) {
            synchronized (ExactMatching.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }

    /**
     * One independent part as solved: its slots (the problem's own objects) and the person each gets in the part's best
     * plan (null: empty; same order).
     */
    public record PartPlan(List<Slot> slots, List<Candidate> chosen) {
    }

    /** Solves the problem (its slots' ranges and pins; its pairings are ignored but for the hint). */
    public static ExactResult solve(MatchingPlan problem, ExactSettings settings) {
        return solve(problem, settings, null);
    }

    /**
     * {@link #solve(MatchingPlan, ExactSettings)}, and {@code onPart} (may be null) hears each part that has a plan as
     * soon as it is solved (after its second stage when one runs), in the order they are solved (fewest pairs first).
     */
    public static ExactResult solve(MatchingPlan problem, ExactSettings settings, java.util.function.Consumer<PartPlan> onPart) {
        loadNativeLibraries();
        try (ExactStops.Signal stop = ExactStops.enter()) {
            return solve(problem, settings, onPart, stop);
        }
    }

    private static ExactResult solve(MatchingPlan problem, ExactSettings settings, java.util.function.Consumer<PartPlan> onPart,
                                     ExactStops.Signal stop) {
        long begin = System.nanoTime();
        Problem p = new Problem(problem, settings.countOutside());
        List<int[]> parts = p.parts();
        Candidate[] chosen = new Candidate[p.slots.size()];
        Map<String, String> hint = settings.hint() == null ? Map.of() : pairings(settings.hint());
        long totalPairs = 0;
        for (int[] part : parts) {
            totalPairs += p.pairCount(part);
        }
        double hoursSeconds = settings.hoursLimit().toMillis() / 1000.0;
        double sharesSeconds = settings.sharesLimit().toMillis() / 1000.0;
        boolean shares = settings.sharesLimit().toMillis() > 0;
        long hoursBound = 0;
        long womenQpvBound = 0;
        int optimal = 0;
        int bySlots = 0;
        int byLp = 0;
        int byMip = 0;
        int sharesOptimal = 0;
        boolean infeasible = false;
        boolean unknown = false;
        long remainingPairs = totalPairs;
        int partsLeft = parts.size();
        long stageStart = System.nanoTime();
        double sharesUsed = 0;
        // the reference (SCIP's second opinion on) lends its second stage the time its hours did not need: on the sample
        // its most women's + QPV hours at the optimum went from 423,425 h (30 s for the shares) to 429,491 h (bound
        // 429,881); the search keeps its split (measured no better with it: 421,887 against 422,873 h, one run each)
        boolean lend = settings.mip();
        double lent = 0; // of sharesUsed, the hours' time the second stage took beyond its own share (see below)
        long pairsDone = 0;
        long[] stage = new long[2]; // the second stage's bound and whether it is proven, per part
        for (int[] part : parts) {
            long pairs = p.pairCount(part);
            double elapsed = (System.nanoTime() - stageStart) / 1e9;
            double left = lend ? hoursSeconds - (elapsed - sharesUsed) - lent : hoursSeconds - elapsed;
            // its share by pairs, or (up to a second) an equal share of what is left if more: a small part then has
            // the time to be proven, and what it leaves goes to the next ones
            double budget = Math.max(MIN_PART_SECONDS, Math.max(left * pairs / Math.max(1, remainingPairs),
                    Math.min(SMALL_PART_SECONDS, left / partsLeft)));
            partsLeft--;
            remainingPairs -= pairs;
            pairsDone += pairs;
            if (pairs > settings.maxPartPairs() || stop.stopped()) {
                unknown = true;
                bySlots++;
                hoursBound += p.hours(part);
                womenQpvBound += 2 * p.hours(part);
                continue;
            }
            long partStart = System.nanoTime();
            PartModel m = new PartModel(p, part, hint);
            double cpSeconds = pairs > LP_FIRST_PAIRS ? 0.0 : budget;
            TimelineRelaxation.Result relaxed = null;
            if (!settings.tightenBound() && pairs >= CORE_MIN_PAIRS) {
                // the search: the timelines' relaxation first, then CP-SAT on its core, hinted with the better plan
                int[] hinted = m.positions(hint);
                relaxed = TimelineRelaxation.of(m, budget * RELAXATION_SHARE, hinted, stop);
                if (relaxed != null) {
                    m.restrictTo(relaxed.core());
                    if (relaxed.planHours() > m.hoursOf(hinted)) {
                        m.model.clearHints();
                        m.hintFrom(relaxed.plan());
                    }
                    cpSeconds = Math.max(MIN_PART_SECONDS, budget - (System.nanoTime() - partStart) / 1e9);
                }
            }
            CpSolver solver = solver(settings, pairs, cpSeconds);
            CpSolverStatus status = solveGuarded(solver, m.model, cpSeconds, stop);
            m.unrestrict();
            long partHoursTotal = p.hours(part);
            if (status == CpSolverStatus.INFEASIBLE || status == CpSolverStatus.MODEL_INVALID) {
                infeasible = true;
                bySlots++;
                hoursBound += partHoursTotal;
                womenQpvBound += 2 * partHoursTotal;
                continue;
            }
            if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE && relaxed == null) {
                // no plan in time: CP-SAT's bound is then not to be read; the LP relaxation's optimum, else every slot
                // filled, is a bound by construction
                unknown = true;
                if (stop.stopped() || !settings.tightenBound()) {
                    // (the search reads no bound)
                    bySlots++;
                    hoursBound += partHoursTotal;
                    womenQpvBound += 2 * partHoursTotal;
                    continue;
                }
                // at least LP_MIN_SECONDS while the stage has time left, a second once it is spent; the LP's dual by
                // subgradient where GLOP does not solve it in that time (or would not: the largest parts)
                double lpSeconds = Math.max(Math.min(LP_MIN_SECONDS, Math.max(1.0, left)),
                        budget - (System.nanoTime() - partStart) / 1e9);
                long lpStart = System.nanoTime();
                long lp = pairs > LP_FIRST_PAIRS ? -1 : m.lpBound(lpSeconds);
                if (lp < 0 && !stop.stopped()) {
                    lp = LagrangianBound.of(m, Math.max(1.0, lpSeconds - (System.nanoTime() - lpStart) / 1e9),
                            p.hintedHours(part, hint));
                }
                if (lp >= 0) {
                    byLp++;
                    hoursBound += Math.min(partHoursTotal, lp);
                } else {
                    bySlots++;
                    hoursBound += partHoursTotal;
                }
                womenQpvBound += 2 * partHoursTotal;
                continue;
            }
            long best;
            long partBound;
            boolean proven;
            boolean found = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
            if (relaxed != null) {
                // CP-SAT searched the core only: its bound is the core's, the relaxation's is the part's
                partBound = Math.min(partHoursTotal, relaxed.bound());
                best = found ? Math.round(solver.objectiveValue()) : -1;
                if (best >= relaxed.planHours()) {
                    m.read(solver, chosen);
                } else {
                    best = relaxed.planHours();
                    m.read(relaxed.plan(), chosen);
                }
                proven = best >= partBound;
            } else {
                partBound = Math.min(partHoursTotal, (long) Math.floor(solver.bestObjectiveBound() + 1e-6));
                m.read(solver, chosen);
                best = Math.round(solver.objectiveValue());
                proven = status == CpSolverStatus.OPTIMAL;
                if (!proven && settings.tightenBound() && !stop.stopped()) {
                    // not proven: the LP relaxation may bound it closer than CP-SAT did in its time (the timelines'
                    // relaxation here too took the time of the parts after: the 20,000-slot set's bound was 4,681,570 h
                    // against 4,637,878 h without it)
                    long lp = m.lpBound(Math.max(1.0, budget / 2));
                    if (lp >= 0 && lp < partBound) {
                        partBound = Math.max(lp, best);
                        byLp++;
                    }
                }
            }
            if (!proven && settings.mip() && !stop.stopped()) {
                // the reference's second opinion where CP-SAT proves nothing: SCIP (its cuts close this model's LP gap),
                // hinted with CP-SAT's plan; the better plan and the closer bound are kept
                Candidate[] mipPlan = chosen.clone();
                double[] mip = m.linear("SCIP", budget, true, mipPlan, 0);
                if (mip != null) {
                    byMip++;
                    partBound = Math.min(partBound, (long) Math.floor(mip[1] + 1e-6));
                    if (Math.round(mip[0]) > best) {
                        best = Math.round(mip[0]);
                        for (int i : part) {
                            chosen[i] = mipPlan[i];
                        }
                    }
                    proven = mip[2] == 1 && best == Math.round(mip[0]);
                }
            }
            partBound = Math.max(partBound, best);
            hoursBound += partBound;
            if (proven || best == partBound) {
                optimal++;
            }
            if (shares) {
                // lent (see above): the second stage also gets what the hours took less than their share by pairs so
                // far (a part proven at once leaves most of its time), none taken from the hours of the parts to come
                double own = Math.max(0, sharesSeconds - (sharesUsed - lent)) * pairs / Math.max(1, pairs + remainingPairs);
                double spare = !lend ? 0 : Math.max(0, hoursSeconds * pairsDone / Math.max(1, totalPairs)
                        - ((System.nanoTime() - stageStart) / 1e9 - sharesUsed) - lent);
                double used = secondStage(settings, m, best, pairs, own + spare, chosen, partHoursTotal, stage, stop);
                sharesUsed += used;
                lent += lend ? Math.max(0, used - own) : 0;
                womenQpvBound += stage[0];
                sharesOptimal += (int) stage[1];
            }
            if (onPart != null) {
                onPart.accept(p.partPlan(part, chosen));
            }
        }
        MatchingPlan plan = p.plan(chosen);
        long hours = 0;
        long women = 0;
        long qpv = 0;
        for (Slot s : plan.getSlots()) {
            if (s.getCandidate() != null) {
                hours += s.getHours();
                women += s.getCandidate().isWoman() ? s.getHours() : 0;
                qpv += s.getCandidate().isQpvResident() ? s.getHours() : 0;
            }
        }
        ExactResult.Status status = infeasible ? ExactResult.Status.INFEASIBLE : unknown ? ExactResult.Status.UNKNOWN
                : optimal == parts.size() ? ExactResult.Status.OPTIMAL : ExactResult.Status.FEASIBLE;
        ExactResult.Status sharesStatus = !shares ? null : infeasible ? ExactResult.Status.INFEASIBLE
                : unknown ? ExactResult.Status.UNKNOWN
                : sharesOptimal == parts.size() ? ExactResult.Status.OPTIMAL : ExactResult.Status.FEASIBLE;
        return new ExactResult(status, hours, Math.max(hours, hoursBound), sharesStatus, women + qpv,
                shares ? Math.max(women + qpv, womenQpvBound) : -1, women, qpv, parts.size(), optimal, byLp, byMip, bySlots,
                (System.nanoTime() - begin) / 1e9, p.refused, p.outside, plan);
    }

    /**
     * The second stage on one part: its hours held at the first stage's best, the most hours to women and QPV residents
     * (hinted with the first stage's plan, in {@code chosen}), within its share by pairs of the stage's time left. Reads its plan into
     * {@code chosen} when it finds one; {@code result} gets its bound and 1 when proven (else 0). Returns the seconds
     * it took.
     */
    private static double secondStage(ExactSettings settings, PartModel m, long bestHours, long pairs, double seconds,
                                      Candidate[] chosen, long partHoursTotal, long[] result, ExactStops.Signal stop) {
        m.model.addGreaterOrEqual(m.hours, bestHours);
        m.model.clearObjective();
        m.model.maximize(m.womenQpv);
        m.model.clearHints();
        m.hintFrom(chosen);
        double sharesBudget = Math.max(MIN_PART_SECONDS, seconds);
        long t = System.nanoTime();
        CpSolver second = solver(settings, pairs, sharesBudget);
        CpSolverStatus secondStatus = solveGuarded(second, m.model, sharesBudget, stop);
        result[0] = 2 * partHoursTotal;
        result[1] = 0;
        if (secondStatus == CpSolverStatus.OPTIMAL || secondStatus == CpSolverStatus.FEASIBLE) {
            m.read(second, chosen);
            result[0] = Math.min(2 * partHoursTotal, (long) Math.floor(second.bestObjectiveBound() + 1e-6));
            result[1] = secondStatus == CpSolverStatus.OPTIMAL ? 1 : 0;
        }
        return (System.nanoTime() - t) / 1e9;
    }

    /**
     * The sum over the independent parts of the optimum of their LP relaxation (GLOP, {@code seconds} each), -1 when
     * one is not proven in time: the bound used where CP-SAT finds no plan, open to tests on its own.
     */
    static long lpBound(MatchingPlan problem, double seconds) {
        return lpBound(problem, seconds, CUT_ROUNDS);
    }

    /** {@link #lpBound(MatchingPlan, double)} with at most {@code cutRounds} rounds of cuts (0: none). */
    static long lpBound(MatchingPlan problem, double seconds, int cutRounds) {
        loadNativeLibraries();
        Problem p = new Problem(problem, false);
        long total = 0;
        for (int[] part : p.parts()) {
            long lp = new PartModel(p, part, Map.of()).lpBound(seconds, cutRounds);
            if (lp < 0) {
                return -1;
            }
            total += lp;
        }
        return total;
    }

    /** The sum over the independent parts of {@link LagrangianBound} ({@code seconds} each): open to tests on its own. */
    static long lagrangianBound(MatchingPlan problem, double seconds) {
        loadNativeLibraries();
        Problem p = new Problem(problem, false);
        long total = 0;
        for (int[] part : p.parts()) {
            total += LagrangianBound.of(new PartModel(p, part, Map.of()), seconds, 0);
        }
        return total;
    }

    /** A plan's pairings: slot id to person id, filled slots only (the hint CP-SAT and the relaxation start from). */
    private static Map<String, String> pairings(MatchingPlan plan) {
        Map<String, String> pairs = new HashMap<>();
        for (Slot s : plan.getSlots()) {
            if (s.getCandidate() != null) {
                pairs.put(s.getId(), s.getCandidate().id());
            }
        }
        return pairs;
    }

    /** The timelines' relaxation of a whole problem: the sum of its parts' bounds, and the plan of their plans. */
    record Relaxed(long bound, MatchingPlan plan) {
    }

    /**
     * {@link TimelineRelaxation} on each independent part ({@code seconds} each, hinted with the problem's pairings):
     * open to tests on its own; null when a part's pinned pairs alone break rule 9.
     */
    static Relaxed timelines(MatchingPlan problem, double seconds) {
        loadNativeLibraries();
        Problem p = new Problem(problem, false);
        Map<String, String> hint = pairings(problem);
        Candidate[] chosen = new Candidate[p.slots.size()];
        long total = 0;
        try (ExactStops.Signal stop = ExactStops.enter()) {
            for (int[] part : p.parts()) {
                PartModel m = new PartModel(p, part, Map.of());
                TimelineRelaxation.Result r = TimelineRelaxation.of(m, seconds, m.positions(hint), stop);
                if (r == null) {
                    return null;
                }
                total += Math.min(p.hours(part), r.bound());
                m.read(r.plan(), chosen);
            }
        }
        return new Relaxed(total, p.plan(chosen));
    }

    /** Tells a CP-SAT search past its time limit by more than this to stop. */
    private static final long GRACE_MILLIS = 2_000;

    private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "cp-sat-watchdog");
                thread.setDaemon(true);
                return thread;
            });

    /**
     * Solves with CP-SAT, and tells it to stop ({@link CpSolver#stopSearch()}) if it is still searching
     * {@value #GRACE_MILLIS} ms past its own time limit: with several workers and a hint it has been seen to overrun its
     * limit by minutes (google/or-tools#3243, #4882; here once a plan's 1 s bound, still searching two minutes later).
     * It also stops it, within {@value #STOP_POLL_MILLIS} ms, when {@code stop} is requested ({@link ExactStops}; not
     * started at all when it was already). Stopped so, it answers its best plan so far (FEASIBLE) or none (UNKNOWN), as
     * at its time limit.
     */
    static CpSolverStatus solveGuarded(CpSolver solver, CpModel model, double seconds) {
        return solveGuarded(solver, model, seconds, ExactStops.current());
    }

    /** {@link #solveGuarded(CpSolver, CpModel, double)}, stopped by {@code stop}. */
    static CpSolverStatus solveGuarded(CpSolver solver, CpModel model, double seconds, ExactStops.Signal stop) {
        if (stop.stopped()) {
            return CpSolverStatus.UNKNOWN;
        }
        java.util.concurrent.ScheduledFuture<?> guard = WATCHDOG.schedule(solver::stopSearch,
                (long) (seconds * 1000) + GRACE_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
        // polled rather than signalled: a stop asked for just before CP-SAT starts would be lost (it forgets a
        // stopSearch() made before its solve())
        java.util.concurrent.ScheduledFuture<?> poll = WATCHDOG.scheduleWithFixedDelay(() -> {
            if (stop.stopped()) {
                solver.stopSearch();
            }
        }, STOP_POLL_MILLIS, STOP_POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
        try {
            return solver.solve(model);
        } finally {
            guard.cancel(false);
            poll.cancel(false);
        }
    }

    /** How often a running CP-SAT search looks for a stop request. */
    private static final long STOP_POLL_MILLIS = 100;

    static CpSolver solver(ExactSettings settings, long pairs, double seconds) {
        CpSolver solver = new CpSolver();
        solver.getParameters()
                .setMaxTimeInSeconds(seconds)
                .setNumWorkers(pairs < SMALL_PART_PAIRS ? 1 : settings.workers())
                .setRandomSeed(1)
                .setLogSearchProgress(false);
        return solver;
    }

    /** The problem as the model sees it: slots, people, and each slot's possible people (indexes). */
    static final class Problem {
        final MatchingPlan source;
        final List<Slot> slots;
        final List<Candidate> people = new ArrayList<>();
        final Map<Candidate, Integer> personIndex = new IdentityHashMap<>();
        /** Per slot, the people it may take (indexes into {@link #people}). */
        final int[][] domain;
        long refused;
        long outside;

        /** {@code audit}: also count the pairs the engine's ranges lack ({@link #outside}). */
        Problem(MatchingPlan source, boolean audit) {
            this.source = source;
            this.slots = source.getSlots();
            for (Candidate c : source.getCandidates()) {
                index(c);
            }
            Map<String, List<Candidate>> byTrade = new HashMap<>();
            for (Candidate c : source.getCandidates()) {
                for (String trade : c.trades()) {
                    byTrade.computeIfAbsent(trade, t -> new ArrayList<>()).add(c);
                }
            }
            domain = new int[slots.size()][];
            long checks = 0;
            for (Slot s : slots) {
                checks += byTrade.getOrDefault(s.getTrade(), List.of()).size();
            }
            boolean scanOutside = audit && checks <= MAX_OUTSIDE_CHECKS;
            outside = scanOutside ? 0 : -1;
            for (int i = 0; i < slots.size(); i++) {
                Slot s = slots.get(i);
                if (s.isPinned() && s.getCandidate() != null) {
                    domain[i] = new int[] {index(s.getCandidate())};
                    continue;
                }
                List<Integer> allowed = new ArrayList<>();
                Set<String> inRange = new HashSet<>();
                for (Candidate c : s.getCompatibleCandidates()) {
                    inRange.add(c.id());
                    if (RuleBook.allows(c, s, RuleBook.REACH_TOLERANCE_KM)) {
                        allowed.add(index(c));
                    } else {
                        refused++;
                    }
                }
                for (Candidate c : scanOutside ? byTrade.getOrDefault(s.getTrade(), List.<Candidate>of()) : List.<Candidate>of()) {
                    // a slot heavier a week than the person's maximum breaks rule 9 alone: the engine leaves it out
                    if (!inRange.contains(c.id()) && s.getTenthsPerWeek() <= c.maxTenthsPerWeek()
                            && RuleBook.allows(c, s, -RuleBook.REACH_TOLERANCE_KM)) {
                        outside++;
                    }
                }
                domain[i] = allowed.stream().mapToInt(Integer::intValue).toArray();
            }
        }

        private int index(Candidate c) {
            Integer i = personIndex.get(c);
            if (i == null) {
                i = people.size();
                people.add(c);
                personIndex.put(c, i);
            }
            return i;
        }

        long hours(int[] part) {
            long total = 0;
            for (int i : part) {
                total += slots.get(i).getHours();
            }
            return total;
        }

        /** The hours of the part's slots the hint fills (a plan's, so the least the part can fill, if it obeys the rules). */
        long hintedHours(int[] part, Map<String, String> hint) {
            long total = 0;
            for (int i : part) {
                total += hint.containsKey(slots.get(i).getId()) ? slots.get(i).getHours() : 0;
            }
            return total;
        }

        long pairCount(int[] part) {
            long n = 0;
            for (int i : part) {
                n += domain[i].length;
            }
            return n;
        }

        /** The independent parts (slot indexes), fewest pairs first; slots nobody may take are in none. */
        List<int[]> parts() {
            int n = slots.size();
            int[] parent = new int[n + people.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            for (int i = 0; i < n; i++) {
                for (int c : domain[i]) {
                    int a = find(parent, i);
                    int b = find(parent, n + c);
                    if (a != b) {
                        parent[a] = b;
                    }
                }
            }
            Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                if (domain[i].length > 0) {
                    byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
                }
            }
            List<int[]> parts = new ArrayList<>();
            for (List<Integer> part : byRoot.values()) {
                parts.add(part.stream().mapToInt(Integer::intValue).toArray());
            }
            parts.sort(Comparator.comparingLong(this::pairCount));
            return parts;
        }

        private static int find(int[] parent, int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        /** One part's slots and their people in {@code chosen} (by slot index). */
        PartPlan partPlan(int[] part, Candidate[] chosen) {
            List<Slot> partSlots = new ArrayList<>(part.length);
            List<Candidate> people = new ArrayList<>(part.length);
            for (int i : part) {
                partSlots.add(slots.get(i));
                people.add(chosen[i]);
            }
            return new PartPlan(partSlots, people);
        }

        /** A copy of the problem with these pairings (by slot index; null: empty). */
        MatchingPlan plan(Candidate[] chosen) {
            List<Slot> copies = new ArrayList<>(slots.size());
            for (int i = 0; i < slots.size(); i++) {
                Slot copy = slots.get(i).copy();
                copy.setCandidate(chosen[i]);
                copies.add(copy);
            }
            return new MatchingPlan(source.getId(), source.getCandidates(), source.getContracts(), source.getDemands(),
                    copies, source.getSettings());
        }
    }

    /** The CP-SAT model of one part. */
    static final class PartModel {
        final CpModel model = new CpModel();
        final Problem p;
        final int[] part;
        /** Per slot of the part, its booleans, one per person of its domain (same order). */
        final BoolVar[][] x;
        final LinearExpr hours;
        final LinearExpr womenQpv;
        /** Rule 9's inequalities, for the LP relaxation: the pairs (slot position, person position), weights, maximum. */
        final List<int[][]> limitPairs = new ArrayList<>();
        final List<long[]> limitTenths = new ArrayList<>();
        final List<Long> limitMax = new ArrayList<>();

        PartModel(Problem p, int[] part, Map<String, String> hint) {
            this.p = p;
            this.part = part;
            x = new BoolVar[part.length][];
            Map<Integer, List<int[]>> byPerson = new HashMap<>(); // person -> {slot position, person position}
            List<BoolVar> all = new ArrayList<>();
            List<Long> hourWeights = new ArrayList<>();
            List<Long> shareWeights = new ArrayList<>();
            for (int k = 0; k < part.length; k++) {
                Slot s = p.slots.get(part[k]);
                int[] dom = p.domain[part[k]];
                x[k] = new BoolVar[dom.length];
                String hinted = hint.get(s.getId());
                for (int j = 0; j < dom.length; j++) {
                    Candidate c = p.people.get(dom[j]);
                    BoolVar v = model.newBoolVar(s.getId() + "=" + c.id());
                    x[k][j] = v;
                    all.add(v);
                    hourWeights.add((long) s.getHours());
                    shareWeights.add((long) s.getHours() * ((c.isWoman() ? 1 : 0) + (c.isQpvResident() ? 1 : 0)));
                    byPerson.computeIfAbsent(dom[j], q -> new ArrayList<>()).add(new int[] {k, j});
                    if (hinted != null) {
                        model.addHint(v, hinted.equals(c.id()));
                    }
                }
                // one person per slot at most
                if (dom.length > 1) {
                    model.addAtMostOne(x[k]);
                }
                // a pinned slot keeps its person
                if (s.isPinned() && s.getCandidate() != null) {
                    model.addEquality(x[k][0], 1);
                }
            }
            byPerson.forEach((person, pairs) -> weeklyLoad(p.people.get(person), pairs));
            BoolVar[] vars = all.toArray(new BoolVar[0]);
            hours = LinearExpr.weightedSum(vars, hourWeights.stream().mapToLong(Long::longValue).toArray());
            womenQpv = LinearExpr.weightedSum(vars, shareWeights.stream().mapToLong(Long::longValue).toArray());
            model.maximize(hours);
        }

        /**
         * Rule 9 for one person: the slots running on one day, for every day, are within one of the sets of slots that
         * run together on a day and are the most that do (found by a sweep over first and last days: the slots
         * running just before the first end that follows a start); one inequality per such set above the maximum.
         */
        private void weeklyLoad(Candidate c, List<int[]> pairs) {
            int n = pairs.size();
            long[] events = new long[2 * n]; // day * 2 (+1 for a start), then the pair's position: ends first on a day
            for (int q = 0; q < n; q++) {
                Slot s = p.slots.get(part[pairs.get(q)[0]]);
                events[2 * q] = ((s.getEndDate().toEpochDay() + 1) * 2) << 20 | q;
                events[2 * q + 1] = ((s.getStartDate().toEpochDay() * 2 + 1)) << 20 | q;
            }
            java.util.Arrays.sort(events);
            java.util.LinkedHashSet<Integer> running = new java.util.LinkedHashSet<>();
            boolean started = false;
            for (long e : events) {
                int q = (int) (e & ((1 << 20) - 1));
                boolean isStart = ((e >> 20) & 1) == 1;
                if (isStart) {
                    running.add(q);
                    started = true;
                    continue;
                }
                if (started) {
                    limit(c, pairs, running);
                    started = false;
                }
                running.remove(q);
            }
        }

        private void limit(Candidate c, List<int[]> pairs, Set<Integer> running) {
            long load = 0;
            for (int q : running) {
                load += p.slots.get(part[pairs.get(q)[0]]).getTenthsPerWeek();
            }
            if (load <= c.maxTenthsPerWeek()) {
                return;
            }
            BoolVar[] lits = new BoolVar[running.size()];
            long[] tenths = new long[running.size()];
            int r = 0;
            for (int q : running) {
                int[] pair = pairs.get(q);
                lits[r] = x[pair[0]][pair[1]];
                tenths[r++] = p.slots.get(part[pair[0]]).getTenthsPerWeek();
            }
            model.addLessOrEqual(LinearExpr.weightedSum(lits, tenths), c.maxTenthsPerWeek());
            int[][] at = new int[running.size()][];
            r = 0;
            for (int q : running) {
                at[r++] = pairs.get(q);
            }
            limitPairs.add(at);
            limitTenths.add(tenths);
            limitMax.add((long) c.maxTenthsPerWeek());
        }

        /**
         * Cardinality cuts of rule 9's inequalities that {@code value} (the LP's solution, by slot position and person
         * position) breaks by more than a thousandth: per inequality, the most broken of its {@link #cardinalityCut}s.
         */
        List<Cut> brokenCuts(double[][] value) {
            List<Cut> cuts = new ArrayList<>();
            for (int r = 0; r < limitPairs.size(); r++) {
                long[] w = limitTenths.get(r);
                Integer[] order = byWeight(r);
                double[] suffix = new double[order.length + 1]; // LP value of the pairs from position i on
                for (int i = order.length - 1; i >= 0; i--) {
                    int[] pair = limitPairs.get(r)[order[i]];
                    suffix[i] = suffix[i + 1] + value[pair[0]][pair[1]];
                }
                double worst = 1e-3;
                Cut most = null;
                for (int from = 0; from < order.length; from++) {
                    if (from > 0 && w[order[from]] == w[order[from - 1]]) {
                        continue;
                    }
                    Cut cut = cardinalityCut(r, order, from);
                    if (cut != null && suffix[from] - cut.max() > worst) {
                        worst = suffix[from] - cut.max();
                        most = cut;
                    }
                }
                if (most != null) {
                    cuts.add(most);
                }
            }
            return cuts;
        }

        /** The positions of rule 9's inequality {@code r}'s pairs, lightest first. */
        Integer[] byWeight(int r) {
            long[] w = limitTenths.get(r);
            Integer[] order = new Integer[w.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, Comparator.comparingLong(i -> w[i]));
            return order;
        }

        /**
         * A cut valid for every plan: of inequality {@code r}'s pairs from position {@code from} of {@code order}
         * ({@link #byWeight}) on, at most k together, k the most of the lightest of them within its maximum; null when
         * they all fit.
         */
        Cut cardinalityCut(int r, Integer[] order, int from) {
            long[] w = limitTenths.get(r);
            long cap = limitMax.get(r);
            int k = 0;
            long sum = 0;
            for (int i = from; i < order.length && sum + w[order[i]] <= cap; i++) {
                sum += w[order[i]];
                k++;
            }
            if (k >= order.length - from) {
                return null;
            }
            int[][] pairs = new int[order.length - from][];
            for (int i = from; i < order.length; i++) {
                pairs[i - from] = limitPairs.get(r)[order[i]];
            }
            return new Cut(pairs, k);
        }

        /**
         * The LP relaxation's optimum (GLOP: each boolean between 0 and 1, the same inequalities, then rounds of the
         * cardinality cuts its solution breaks, {@link #brokenCuts}), an upper bound on the part's hours by construction;
         * -1 when GLOP does not prove its first optimum within {@code seconds}. Loosened by
         * a millionth against rounding.
         */
        long lpBound(double seconds) {
            return lpBound(seconds, CUT_ROUNDS);
        }

        /** {@link #lpBound(double)} with at most {@code cutRounds} rounds of cuts (0: the relaxation as it is). */
        long lpBound(double seconds, int cutRounds) {
            double[] r = linear("GLOP", seconds, false, null, cutRounds);
            return r == null ? -1 : (long) Math.floor(r[0] + 1e-6 * Math.abs(r[0]) + 1e-6);
        }

        /**
         * The part as a linear program ({@code integer} false: GLOP) or as a mixed-integer one (true: SCIP, hinted with
         * {@code plan}, whose part it replaces by the better plan it finds): {objective, proven bound, 1 when proven
         * optimal}, or null when nothing was found in time. The same model as CP-SAT's, in MPSolver's terms.
         */
        double[] linear(String solverId, double seconds, boolean integer, Candidate[] plan, int cutRounds) {
            MPSolver lp = MPSolver.createSolver(solverId);
            try {
                MPVariable[][] y = new MPVariable[x.length][];
                MPObjective objective = lp.objective();
                List<MPVariable> hinted = new ArrayList<>();
                List<Double> values = new ArrayList<>();
                for (int k = 0; k < x.length; k++) {
                    y[k] = new MPVariable[x[k].length];
                    MPConstraint one = lp.makeConstraint(-MPSolver.infinity(), 1);
                    for (int j = 0; j < x[k].length; j++) {
                        y[k][j] = integer ? lp.makeBoolVar("") : lp.makeNumVar(0, 1, "");
                        one.setCoefficient(y[k][j], 1);
                        objective.setCoefficient(y[k][j], p.slots.get(part[k]).getHours());
                        if (plan != null) {
                            hinted.add(y[k][j]);
                            values.add(plan[part[k]] == p.people.get(p.domain[part[k]][j]) ? 1.0 : 0.0);
                        }
                    }
                    if (p.slots.get(part[k]).isPinned() && x[k].length == 1) {
                        y[k][0].setLb(1);
                    }
                }
                for (int r = 0; r < limitPairs.size(); r++) {
                    MPConstraint row = lp.makeConstraint(-MPSolver.infinity(), limitMax.get(r));
                    int[][] at = limitPairs.get(r);
                    for (int i = 0; i < at.length; i++) {
                        row.setCoefficient(y[at[i][0]][at[i][1]], limitTenths.get(r)[i]);
                    }
                }
                objective.setMaximization();
                if (integer && plan != null) {
                    lp.setHint(hinted.toArray(new MPVariable[0]), values.stream().mapToDouble(Double::doubleValue).toArray());
                }
                long deadline = System.nanoTime() + (long) (seconds * 1e9);
                lp.setTimeLimit((long) (seconds * 1000));
                MPSolver.ResultStatus status = lp.solve();
                if (status != MPSolver.ResultStatus.OPTIMAL && (!integer || status != MPSolver.ResultStatus.FEASIBLE)) {
                    return null;
                }
                if (!integer) {
                    double bound = objective.value();
                    for (int round = 0; round < cutRounds; round++) {
                        // rounds of the cardinality cuts the LP's solution breaks: each optimum is a bound, the last the closest
                        double[][] value = new double[y.length][];
                        for (int k = 0; k < y.length; k++) {
                            value[k] = new double[y[k].length];
                            for (int j = 0; j < y[k].length; j++) {
                                value[k][j] = y[k][j].solutionValue();
                            }
                        }
                        List<Cut> cuts = brokenCuts(value);
                        long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
                        if (cuts.isEmpty() || leftMillis < 1) {
                            break;
                        }
                        for (Cut cut : cuts) {
                            MPConstraint row = lp.makeConstraint(-MPSolver.infinity(), cut.max());
                            for (int[] pair : cut.pairs()) {
                                row.setCoefficient(y[pair[0]][pair[1]], 1);
                            }
                        }
                        lp.setTimeLimit(leftMillis);
                        if (lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
                            break;
                        }
                        double gained = bound - objective.value();
                        bound = Math.min(bound, objective.value());
                        if (gained < CUT_MIN_GAIN * Math.abs(bound)) {
                            break; // the rounds have done what they can
                        }
                    }
                    return new double[] {bound, bound, 1};
                }
                if (integer && plan != null) {
                    for (int k = 0; k < part.length; k++) {
                        plan[part[k]] = null;
                        for (int j = 0; j < y[k].length; j++) {
                            if (y[k][j].solutionValue() > 0.5) {
                                plan[part[k]] = p.people.get(p.domain[part[k]][j]);
                            }
                        }
                    }
                }
                return new double[] {objective.value(), integer ? objective.bestBound() : objective.value(),
                        status == MPSolver.ResultStatus.OPTIMAL ? 1 : 0};
            } finally {
                lp.delete();
            }
        }

        /** At most {@code max} of these pairs (slot position, person position) together. */
        record Cut(int[][] pairs, long max) {
        }

        void read(CpSolver solver, Candidate[] chosen) {
            for (int k = 0; k < part.length; k++) {
                chosen[part[k]] = null;
                for (int j = 0; j < x[k].length; j++) {
                    if (solver.booleanValue(x[k][j])) {
                        chosen[part[k]] = p.people.get(p.domain[part[k]][j]);
                    }
                }
            }
        }

        /** A plan by slot position: the position of its person in the slot's domain, -1 when empty or not among them. */
        int[] positions(Map<String, String> plan) {
            int[] at = new int[part.length];
            for (int k = 0; k < part.length; k++) {
                at[k] = -1;
                String person = plan.get(p.slots.get(part[k]).getId());
                int[] dom = p.domain[part[k]];
                for (int j = 0; j < dom.length && person != null; j++) {
                    if (person.equals(p.people.get(dom[j]).id())) {
                        at[k] = j;
                    }
                }
            }
            return at;
        }

        /** The hours of a plan by slot position ({@link #positions}). */
        long hoursOf(int[] plan) {
            long sum = 0;
            for (int k = 0; k < part.length; k++) {
                sum += plan[k] >= 0 ? p.slots.get(part[k]).getHours() : 0;
            }
            return sum;
        }

        /** The constraints {@link #restrictTo} added, by index in the model, to take out again. */
        private final List<Integer> restriction = new ArrayList<>();

        /** Keeps CP-SAT to the pairs of {@code core} (by slot position and person position) until {@link #unrestrict}. */
        void restrictTo(boolean[][] core) {
            for (int k = 0; k < part.length; k++) {
                for (int j = 0; j < x[k].length; j++) {
                    if (!core[k][j]) {
                        restriction.add(model.addEquality(x[k][j], 0).getIndex());
                    }
                }
            }
        }

        /** Takes out {@link #restrictTo}'s constraints (the last first, so the others keep their index). */
        void unrestrict() {
            for (int r = restriction.size() - 1; r >= 0; r--) {
                model.getBuilder().removeConstraints(restriction.get(r));
            }
            restriction.clear();
        }

        /** Reads a plan by slot position ({@link #positions}) into {@code chosen} (by slot index). */
        void read(int[] plan, Candidate[] chosen) {
            for (int k = 0; k < part.length; k++) {
                chosen[part[k]] = plan[k] < 0 ? null : p.people.get(p.domain[part[k]][plan[k]]);
            }
        }

        /** A plan by slot position ({@link #positions}) as CP-SAT's hint. */
        void hintFrom(int[] plan) {
            for (int k = 0; k < part.length; k++) {
                for (int j = 0; j < x[k].length; j++) {
                    model.addHint(x[k][j], plan[k] == j);
                }
            }
        }

        /** The pairings of {@code chosen} (by slot index) as CP-SAT's hint. */
        void hintFrom(Candidate[] chosen) {
            for (int k = 0; k < part.length; k++) {
                for (int j = 0; j < x[k].length; j++) {
                    model.addHint(x[k][j], chosen[part[k]] == p.people.get(p.domain[part[k]][j]));
                }
            }
        }
    }
}
