package fr.clausematch.planning;

import fr.clausematch.matching.analysis.FirstComeFirstServed;
import fr.clausematch.matching.analysis.PlanIndicators;
import fr.clausematch.matching.exact.ExactStops;
import fr.clausematch.matching.exact.PlanBound;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.search.MatchingProblems;
import fr.clausematch.matching.search.MatchingSolver;
import fr.clausematch.security.CurrentUser;
import fr.clausematch.shared.ConflictException;
import fr.clausematch.shared.NotFoundException;
import fr.clausematch.territory.TerritoryRepository;
import org.optaplanner.core.api.solver.SolverManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Starts and stops the plans facilitators ask for: loads the territory, computes the first-come-first-served
 * baseline on the same problem, solves through the {@link SolverManager} and keeps the run in the
 * {@link PlanRunRegistry} while it lasts (problem changes reach it there); {@link PlanResults} stores each new
 * best solution (at most once per {@code clausematch.planning.save-every-millis}, always the last, with its proven
 * upper bound on the hours any plan could fill: {@link PlanBounds}) and
 * {@link PlanEvents} pushes progress to listeners. Confirmed pairings are pinned; rejected pairs are never
 * proposed again.
 */
@Service
public class PlanRuns {

    private static final Logger log = LoggerFactory.getLogger(PlanRuns.class);

    private final SolverManager<MatchingPlan, Long> solverManager;
    private final PlanningProblemLoader loader;
    private final TerritoryRepository territories;
    private final PlanningProperties properties;
    private final PlanEvents events;
    private final PlanRunRegistry runs;
    private final PlanResults results;
    private final PlanReading reading;
    private final PlanBounds bounds;

    PlanRuns(SolverManager<MatchingPlan, Long> solverManager, PlanningProblemLoader loader, TerritoryRepository territories,
             PlanningProperties properties, PlanEvents events, PlanRunRegistry runs, PlanResults results, PlanReading reading,
             PlanBounds bounds) {
        this.bounds = bounds;
        this.solverManager = solverManager;
        this.loader = loader;
        this.territories = territories;
        this.properties = properties;
        this.events = events;
        this.runs = runs;
        this.results = results;
        this.reading = reading;
    }

    /** Starts a plan of a territory; refused (409) while another plan of that territory is being solved. */
    public PlanView start(String territory, PlanStrategy strategy, String actor) {
        CurrentUser.requireTerritory(territory);
        if (!territories.existsById(territory)) {
            throw new NotFoundException("Territoire", territory);
        }
        Plan plan = results.open(territory, strategy, actor);
        try {
            launch(plan);
        } catch (RuntimeException e) {
            log.error("Plan {} could not start", plan.getId(), e);
            results.fail(plan.getId(), "le calcul n'a pas pu démarrer : " + e.getMessage());
            runs.remove(plan.getId());
            throw e;
        }
        return reading.view(plan.getId());
    }

    private void launch(Plan plan) {
        long planId = plan.getId();
        PlanningProblemLoader.Loaded loaded = loader.load(plan.getTerritoryCode(), "plan-" + planId);
        MatchingPlan problem = MatchingProblems.create(loaded.input());
        PlanRun run = new PlanRun(planId, plan.getTerritoryCode(), loaded.slotKeys(), loaded.candidateKeys());
        runs.add(run);

        MatchingPlan baseline = FirstComeFirstServed.plan(problem);
        baseline.setScore(MatchingSolver.score(baseline));
        results.saveStart(planId, run.keys(), problem, baseline);

        if (plan.getStrategy() == PlanStrategy.BASELINE) {
            saveFinal(run, baseline, PlanStatus.DONE);
            runs.remove(planId);
            return;
        }
        solverManager.solveAndListen(planId, id -> {
            run.solverThread = Thread.currentThread(); // the problem is asked for on the thread that solves it
            return MatchingSolver.startingPlanFrom(baseline);
        }, best -> onBest(run, best),
                best -> onFinal(run, best), (id, e) -> onError(run, e));
    }

    private void onBest(PlanRun run, MatchingPlan best) {
        PlanIndicators indicators = results.indicators(best);
        PlanProgressPoint point = new PlanProgressPoint(run.elapsedMillis(), String.valueOf(best.getScore()),
                indicators.total().hoursAssigned(), indicators.total().hoursInSlots(), indicators.total().womenShare(),
                indicators.total().qpvShare(), indicators.candidatesAssigned());
        run.progress.add(point);
        events.progress(run, point);
        if (System.nanoTime() - run.lastSaveNanos >= properties.saveEveryMillis() * 1_000_000L) {
            save(run, best, PlanStatus.SOLVING);
        }
    }

    private void onFinal(PlanRun run, MatchingPlan best) {
        try {
            saveFinal(run, best, run.stopRequested ? PlanStatus.STOPPED : PlanStatus.DONE);
        } finally {
            runs.remove(run.planId);
            events.end(run, reading.unscopedView(run.planId));
        }
    }

    private void onError(PlanRun run, Throwable e) {
        log.error("Plan {} failed", run.planId, e);
        results.fail(run.planId, "le calcul a échoué : " + e.getMessage());
        runs.remove(run.planId);
        events.end(run, reading.unscopedView(run.planId));
    }

    private void save(PlanRun run, MatchingPlan solution, PlanStatus status) {
        run.lastSaveNanos = System.nanoTime();
        results.save(run.planId, run.keys(), solution, status, null);
    }

    /** The last solution, with its proven upper bound (the plan reads solving until both are stored). */
    private void saveFinal(PlanRun run, MatchingPlan solution, PlanStatus status) {
        PlanBound bound = bounds.of(solution).orElse(null);
        run.lastSaveNanos = System.nanoTime();
        results.save(run.planId, run.keys(), solution, status, bound);
    }

    /** Stops a plan being solved; its best solution so far is kept. */
    public PlanView stop(long planId) {
        PlanView plan = reading.view(planId);
        PlanRun run = runs.run(planId).orElse(null);
        if (run == null || plan.status() != PlanStatus.SOLVING) {
            throw new ConflictException("le plan " + planId + " n'est pas en cours de calcul (" + plan.status() + ")");
        }
        run.stopRequested = true;
        solverManager.terminateEarly(planId);
        // OptaPlanner's termination does not reach the exact start's CP-SAT call (up to 60 % of the time limit)
        ExactStops.stopOn(run.solverThread);
        return reading.view(planId);
    }
}
