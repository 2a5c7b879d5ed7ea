package fr.clausematch.planning;

import fr.clausematch.contract.SlotRepository;
import fr.clausematch.matching.analysis.FirstComeFirstServed;
import fr.clausematch.matching.analysis.PlanIndicators;
import fr.clausematch.matching.exact.ExactStops;
import fr.clausematch.matching.exact.PlanBound;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.search.MatchingProblems;
import fr.clausematch.matching.search.MatchingSolver;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import fr.clausematch.shared.ConflictException;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Plans one territory for a batch run, in the calling thread: the problem loaded exactly as for a
 * facilitator's plan (confirmed pairings pinned, rejected pairs excluded, the territory's settings), the
 * baseline beside it, the one solver configuration within the given budget (it ends earlier when it stops
 * improving) less the time kept for the plan's proven upper bound (at most a quarter of the budget), and the result
 * stored with its bound as a finished plan of the territory (strategy OPTIMIZE) in one
 * transaction. A territory is planned at most once per run: asked again (a restart), it answers the plan
 * already stored. Facilitators find the plan on their plans page and review it as any other. While it plans, the
 * territory is held: a facilitator's plan of it is refused until the end; and it waits for one being solved.
 */
@Service
public class TerritoryPlanner {

    private static final Logger log = LoggerFactory.getLogger(TerritoryPlanner.class);

    private final PlanningProblemLoader loader;
    private final PlanResults results;
    private final PlanReading reading;
    private final SlotRepository slots;
    private final PlanningProperties properties;
    private final BatchTerritoryHolds holds;
    private final PlanBounds bounds;

    /** The most of its budget a territory's plan keeps for its proven upper bound (the solver has the rest). */
    static final double BOUND_SHARE = 0.25;

    /** How much longer than its budget a partition waits for a plan of its territory being solved to end. */
    static final Duration PATIENCE = Duration.ofMinutes(2);

    TerritoryPlanner(PlanningProblemLoader loader, PlanResults results, PlanReading reading, SlotRepository slots,
                     PlanningProperties properties, BatchTerritoryHolds holds, PlanBounds bounds) {
        this.holds = holds;
        this.bounds = bounds;
        this.loader = loader;
        this.results = results;
        this.reading = reading;
        this.slots = slots;
        this.properties = properties;
    }

    /**
     * What the batch learns of a territory's plan: the plan, its figures beside the baseline's, and its proven upper
     * bound on the hours any plan could fill, how it was proven and the plan's gap to it (% of the bound), null when
     * the plan has none; the commuting it implies, km and kg CO2e, and the baseline's (null for a plan stored before
     * they were computed).
     */
    public record Outcome(long planId, String territory, int slots, long hoursInSlots, long hoursFilled,
                          long baselineHoursFilled, double womenShare, double qpvShare, boolean planned,
                          Long hoursUpperBound, String hoursUpperBoundKind, Double gapPercent,
                          Double kmTotal, Double co2Kg, Double baselineKmTotal, Double baselineCo2Kg) {
    }

    /** How many slots a plan of the territory plans over (the batch shares its budget by them). */
    public long slotsToPlan(String territory) {
        return slots.countByContractTerritoryCodeAndContractStatusIn(territory, PlanningProblemLoader.PLANNED_CONTRACTS);
    }

    /** The plan a run already stored for the territory, if it did. */
    public Optional<PlanView> planOfBatchRun(long batchRun, String territory) {
        return results.planOfBatchRun(batchRun, territory).map(reading::unscopedView);
    }

    /**
     * Plans the territory for the run, unless the run already did (then {@link Outcome#planned()} is false and
     * the stored plan's figures are answered). Empty when {@code stopRequested} turned true before the end: a
     * stopped partition stores nothing, and a restart plans it again.
     */
    public Optional<Outcome> plan(String territory, long batchRun, Duration budget, String actor, BooleanSupplier stopRequested) {
        Optional<PlanView> done = planOfBatchRun(batchRun, territory);
        if (done.isPresent()) {
            return Optional.of(outcome(done.get(), false));
        }
        Optional<BatchTerritoryHolds.Hold> hold = awaitHold(territory, budget, stopRequested);
        if (hold.isEmpty()) {
            return Optional.empty();
        }
        try (BatchTerritoryHolds.Hold held = hold.get()) {
            return solveAndStore(territory, batchRun, budget, actor, stopRequested);
        } catch (SQLException e) {
            throw new IllegalStateException("territoire " + territory + " : verrou du calcul par lots non rendu", e);
        }
    }

    /**
     * Waits while a plan of the territory is being solved (a facilitator's: at most a few minutes), then holds the
     * territory; empty when asked to stop meanwhile, refused when the wait outlasts the budget and {@link #PATIENCE}.
     */
    private Optional<BatchTerritoryHolds.Hold> awaitHold(String territory, Duration budget, BooleanSupplier stopRequested) {
        long deadline = System.nanoTime() + budget.plus(PATIENCE).toNanos();
        try {
            while (true) {
                Optional<BatchTerritoryHolds.Hold> hold = holds.tryTake(territory);
                if (hold.isPresent() || stopRequested.getAsBoolean()) {
                    return hold;
                }
                if (System.nanoTime() > deadline) {
                    throw new ConflictException("territoire " + territory + " : un plan en est en cours de calcul depuis plus de "
                            + budget.plus(PATIENCE).toSeconds() + " s ; rien d'enregistré, reprenez le calcul par lots plus tard");
                }
                Thread.sleep(1_000);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("territoire " + territory + " : verrou du calcul par lots impossible", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Optional<Outcome> solveAndStore(String territory, long batchRun, Duration budget, String actor, BooleanSupplier stopRequested) {
        PlanningProblemLoader.Loaded loaded = loader.load(territory, "batch-" + batchRun + "-" + territory);
        MatchingPlan problem = MatchingProblems.create(loaded.input());
        MatchingPlan baseline = FirstComeFirstServed.plan(problem);
        baseline.setScore(MatchingSolver.score(baseline));
        // the bound's time comes out of the budget: the solver leaves it a share, and the bound gets what the solver
        // left of the budget, up to its own limit
        Duration boundLimit = bounds.limit(problem.getSlots().size());
        Duration reserved = min(boundLimit, Duration.ofMillis((long) (budget.toMillis() * BOUND_SHARE)));
        long solveStart = System.nanoTime();
        Solver<MatchingPlan> solver = SolverFactory.<MatchingPlan>create(
                MatchingSolver.solverConfig(budget.minus(reserved), properties.threads(), null)).buildSolver();
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "batch-stop-watch-" + territory);
            thread.setDaemon(true);
            return thread;
        });
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        Thread solving = Thread.currentThread();
        watch.scheduleWithFixedDelay(() -> {
            if (stopRequested.getAsBoolean()) {
                stopped.set(true);
                solver.terminateEarly();
                ExactStops.stopOn(solving); // the exact start's CP-SAT too
            }
        }, 500, 500, TimeUnit.MILLISECONDS);
        MatchingPlan best;
        try {
            best = solver.solve(MatchingSolver.startingPlanFrom(baseline));
        } finally {
            watch.shutdownNow();
        }
        if (stopped.get()) {
            log.info("Batch run {}: territory {} stopped before its end, nothing stored", batchRun, territory);
            return Optional.empty();
        }
        best.setScore(MatchingSolver.score(best));
        Duration left = budget.minusNanos(System.nanoTime() - solveStart);
        PlanBound bound = bounds.of(best, reserved.isZero() ? Duration.ZERO
                : min(boundLimit, left.compareTo(reserved) > 0 ? left : reserved)).orElse(null);
        long planId = results.saveFinished(territory, batchRun, actor,
                new PlanResults.Keys(loaded.slotKeys(), loaded.candidateKeys()), problem, baseline, best, bound);
        PlanIndicators figures = results.indicators(best);
        PlanIndicators baselineFigures = results.indicators(baseline);
        long filled = figures.total().hoursAssigned();
        long baselineHours = baselineFigures.total().hoursAssigned();
        return Optional.of(new Outcome(planId, territory, problem.getSlots().size(), figures.total().hoursInSlots(),
                filled, baselineHours, figures.total().womenShare(), figures.total().qpvShare(), true,
                bound == null ? null : bound.hoursUpperBound(), bound == null ? null : bound.kind(),
                bound == null ? null : bound.gapPercent(filled), figures.kmTotal(), figures.co2Kg(),
                baselineFigures.kmTotal(), baselineFigures.co2Kg()));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Outcome outcome(PlanView plan, boolean planned) {
        return new Outcome(plan.id(), plan.territory(), plan.indicators() == null ? 0 : plan.indicators().path("total").path("slots").asInt(),
                orZero(plan.hoursTotal()), orZero(plan.hoursAssigned()),
                plan.baselineIndicators() == null ? 0 : plan.baselineIndicators().path("total").path("hoursAssigned").asLong(),
                plan.indicators() == null ? 0 : plan.indicators().path("total").path("womenShare").asDouble(),
                plan.indicators() == null ? 0 : plan.indicators().path("total").path("qpvShare").asDouble(), planned,
                plan.hoursUpperBound(), plan.hoursUpperBoundKind(), plan.gapPercent(),
                number(plan.indicators(), "kmTotal"), number(plan.indicators(), "co2Kg"),
                number(plan.baselineIndicators(), "kmTotal"), number(plan.baselineIndicators(), "co2Kg"));
    }

    /** A number of stored indicators; null when missing (a plan stored before it was computed). */
    private static Double number(com.fasterxml.jackson.databind.JsonNode indicators, String field) {
        return indicators == null || !indicators.path(field).isNumber() ? null : indicators.path(field).asDouble();
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
