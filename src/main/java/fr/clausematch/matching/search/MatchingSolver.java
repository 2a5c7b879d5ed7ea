package fr.clausematch.matching.search;

import fr.clausematch.matching.analysis.FirstComeFirstServed;
import fr.clausematch.matching.analysis.IndependentParts;
import fr.clausematch.matching.model.MatchingPlan;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Solving without Spring: loads the one solver configuration ({@value #SOLVER_CONFIG}) and optionally
 * overrides its time limit and move thread count. The Spring app loads the same file through
 * {@code optaplanner.solver-config-xml} and its {@code SolverManager}.
 */
public final class MatchingSolver {

    /** Classpath resource of the solver configuration (from the repository's {@code solver-config/}). */
    public static final String SOLVER_CONFIG = "solver-config/solverConfig.xml";

    /** The file as read once; every use works on a copy. */
    private static final SolverConfig SHIPPED = SolverConfig.createFromXmlResource(SOLVER_CONFIG);

    /** The least time a part gets in {@link #solveInParts} (its solver has to start). */
    private static final long MIN_PART_MILLIS = 100;

    private MatchingSolver() {
    }

    /**
     * The solver configuration, with these overrides when not null: the time limit replaces the
     * configured one (the unimproved-time limit stays, capped to it), threads sets moveThreadCount
     * (1 or less = none).
     */
    public static SolverConfig solverConfig(Duration timeLimit, Integer threads, EnvironmentMode mode) {
        SolverConfig config = SHIPPED.copyConfig();
        if (timeLimit != null) {
            TerminationConfig termination = config.getTerminationConfig() == null ? new TerminationConfig()
                    : config.getTerminationConfig();
            termination.setSecondsSpentLimit(null);
            termination.setMillisecondsSpentLimit(timeLimit.toMillis());
            if (termination.getUnimprovedSecondsSpentLimit() != null
                    && termination.getUnimprovedSecondsSpentLimit() * 1000 > timeLimit.toMillis()) {
                termination.setUnimprovedSecondsSpentLimit(null);
            }
            config.setTerminationConfig(termination);
        }
        passTimeLimitToExactStart(config);
        if (timeLimit != null) {
            scalePhaseLimits(config, timeLimit.toMillis());
        }
        if (threads != null) {
            config.setMoveThreadCount(threads <= 1 ? SolverConfig.MOVE_THREAD_COUNT_NONE : Integer.toString(threads));
        }
        if (mode != null) {
            config.setEnvironmentMode(mode);
        }
        return config;
    }

    /** Gives the exact start its solve's time limit (its {@code solveMillis}), from the configuration's termination. */
    private static void passTimeLimitToExactStart(SolverConfig config) {
        TerminationConfig termination = config.getTerminationConfig();
        long millis = termination == null ? 30_000 : termination.getMillisecondsSpentLimit() != null
                ? termination.getMillisecondsSpentLimit()
                : termination.getSecondsSpentLimit() != null ? termination.getSecondsSpentLimit() * 1000 : 30_000;
        setExactStartProperty(config, "solveMillis", Long.toString(millis));
    }

    /** The time limit the shipped configuration is written for: its phases' own limits scale from it. */
    private static final long SHIPPED_MILLIS = 30_000;

    /**
     * A local-search phase with a time limit of its own (written for the shipped {@value #SHIPPED_MILLIS} ms) gets it in
     * proportion to the solve's limit.
     */
    private static void scalePhaseLimits(SolverConfig config, long limitMillis) {
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            TerminationConfig own = phase.getTerminationConfig();
            if (phase instanceof org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig && own != null
                    && own.getSecondsSpentLimit() != null) {
                own.setMillisecondsSpentLimit(own.getSecondsSpentLimit() * 1000 * limitMillis / SHIPPED_MILLIS);
                own.setSecondsSpentLimit(null);
            }
        }
    }

    /**
     * Sets a custom property of the configuration's exact start ({@link ExactStartPhase}: {@code timeShare},
     * {@code maxPartPairs}, {@code shares}, {@code workers}); the benchmark uses it to compare variants.
     */
    public static void setExactStartProperty(SolverConfig config, String name, String value) {
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            if (phase instanceof CustomPhaseConfig custom && custom.getCustomPhaseCommandClassList() != null
                    && custom.getCustomPhaseCommandClassList().contains(ExactStartPhase.class)) {
                java.util.Map<String, String> properties = custom.getCustomProperties() == null ? new java.util.HashMap<>()
                        : new java.util.HashMap<>(custom.getCustomProperties());
                properties.put(name, value);
                custom.setCustomProperties(properties);
            }
        }
    }

    /**
     * Solves and returns the best plan; {@code onBest} (may be null) hears each new best plan. The search
     * starts from {@link #startingPlan(MatchingPlan)}.
     */
    public static MatchingPlan solve(MatchingPlan problem, Duration timeLimit, Integer threads, Consumer<MatchingPlan> onBest) {
        return solve(SolverFactory.create(solverConfig(timeLimit, threads, null)), startingPlan(problem), onBest);
    }

    /**
     * Hears the progress of {@link #solveInParts}: the part (from 1), the number of parts, the part's new best
     * plan, and the hours the whole plan fills with it (the other parts at their best or start).
     */
    public interface PartProgress {
        void onBest(int part, int parts, MatchingPlan best, long wholeFilledHours);
    }

    /**
     * Solves each of the problem's {@link IndependentParts} in turn (the smallest first), each from its
     * {@link #startingPlan}, sharing the time limit (the configured one when null) in proportion to their
     * slots; time a part leaves unused (it stops after the configured time without improvement) goes to the
     * parts after it. Returns the whole problem's plan, scored. Hours and rules come out as if solved whole; a
     * part has far fewer slots to search and to copy at each better plan, which is what makes a national
     * batch move.
     */
    public static MatchingPlan solveInParts(MatchingPlan problem, Duration timeLimit, Integer threads, PartProgress onBest) {
        long begin = System.nanoTime();
        long limitMillis = timeLimit != null ? timeLimit.toMillis()
                : java.util.Objects.requireNonNullElse(SHIPPED.getTerminationConfig().getSecondsSpentLimit(), 30L) * 1000;
        List<MatchingPlan> parts = IndependentParts.of(problem).stream().map(MatchingSolver::startingPlan).toList();
        long[] partHours = parts.stream().mapToLong(MatchingPlan::filledHours).toArray();
        long[] wholeHours = {java.util.Arrays.stream(partHours).sum()};
        long remainingSlots = parts.stream().mapToLong(p -> p.getSlots().size()).sum();
        List<MatchingPlan> solved = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            MatchingPlan part = parts.get(i);
            long remainingMillis = limitMillis - (System.nanoTime() - begin) / 1_000_000;
            long budget = Math.max(MIN_PART_MILLIS, remainingMillis * part.getSlots().size() / remainingSlots);
            int index = i;
            solved.add(solve(SolverFactory.create(solverConfig(Duration.ofMillis(budget), threads, null)), part,
                    onBest == null ? null : best -> {
                        long hours = best.filledHours();
                        wholeHours[0] += hours - partHours[index];
                        partHours[index] = hours;
                        onBest.onBest(index + 1, parts.size(), best, wholeHours[0]);
                    }));
            remainingSlots -= part.getSlots().size();
        }
        MatchingPlan whole = IndependentParts.merge(problem, solved);
        score(whole);
        return whole;
    }

    /**
     * Where every solve starts: the first-come-first-served plan of the problem (a copy; the problem is
     * not changed). Local search then only improves on it, so a plan never fills fewer hours than the
     * way it is done by hand, and a national problem starts from a full plan in seconds where a
     * construction heuristic needed minutes. Slots it leaves empty stay open to the search.
     */
    public static MatchingPlan startingPlan(MatchingPlan problem) {
        return FirstComeFirstServed.plan(problem);
    }

    /**
     * {@link #startingPlan} when the first-come-first-served plan of the problem is already at hand (as the baseline
     * stored beside every plan): a copy of it rather than a second pass, which on a territory of 20,000 slots takes
     * seconds. The baseline itself is left as it is.
     */
    public static MatchingPlan startingPlanFrom(MatchingPlan baseline) {
        return new MatchingPlanCloner().cloneSolution(baseline);
    }

    public static MatchingPlan solve(SolverFactory<MatchingPlan> factory, MatchingPlan problem, Consumer<MatchingPlan> onBest) {
        Solver<MatchingPlan> solver = factory.buildSolver();
        if (onBest != null) {
            solver.addEventListener(event -> onBest.accept(event.getNewBestSolution()));
        }
        return solver.solve(problem);
    }

    /** Recomputes the plan's score (after the baseline or any hand change) without solving. */
    public static HardMediumSoftLongScore score(MatchingPlan plan) {
        return solutionManager().update(plan);
    }

    /** The score broken down by constraint and by slot/candidate (OptaPlanner's explanation). */
    public static ScoreExplanation<MatchingPlan, HardMediumSoftLongScore> explainScore(MatchingPlan plan) {
        return solutionManager().explain(plan);
    }

    private static volatile SolutionManager<MatchingPlan, HardMediumSoftLongScore> solutionManager;

    private static SolutionManager<MatchingPlan, HardMediumSoftLongScore> solutionManager() {
        if (solutionManager == null) {
            synchronized (MatchingSolver.class) {
                if (solutionManager == null) {
                    solutionManager = SolutionManager.create(SolverFactory.create(solverConfig(null, null, null)));
                }
            }
        }
        return solutionManager;
    }
}
