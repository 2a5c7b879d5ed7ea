package fr.clausematch.planning;

import fr.clausematch.security.CurrentUser;
import fr.clausematch.security.SignedInUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.clausematch.matching.analysis.FirstComeFirstServed;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.search.MatchingProblems;
import fr.clausematch.matching.search.MatchingSolver;
import fr.clausematch.matching.analysis.PlanIndicators;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.territory.TerritoryRepository;
import fr.clausematch.shared.ConflictException;
import fr.clausematch.shared.NotFoundException;
import org.optaplanner.core.api.solver.SolverManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plans on the database: loads a territory, computes the first-come-first-served baseline on the same
 * problem, solves through the {@link SolverManager}, saves each new best solution as proposed
 * assignments (at most once per {@code clausematch.planning.save-every-millis}, always the last), and
 * pushes progress to listeners. Confirmed pairings are pinned and rejected pairs are never proposed again.
 */
@Service
public class PlanningService {

    private static final Logger log = LoggerFactory.getLogger(PlanningService.class);

    private final SolverManager<MatchingPlan, Long> solverManager;
    private final PlanningProblemLoader loader;
    private final PlanRepository plans;
    private final TerritoryRepository territories;
    private final PlanningProperties properties;
    private final PlanEvents events;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final Map<Long, PlanRun> runs = new ConcurrentHashMap<>();

    PlanningService(SolverManager<MatchingPlan, Long> solverManager, PlanningProblemLoader loader, PlanRepository plans,
                    TerritoryRepository territories, PlanningProperties properties, PlanEvents events, JdbcTemplate jdbc,
                    TransactionTemplate tx, ObjectMapper json) {
        this.solverManager = solverManager;
        this.loader = loader;
        this.plans = plans;
        this.territories = territories;
        this.properties = properties;
        this.events = events;
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
    }

    /** Starts a plan of a territory; refused (409) while another plan of that territory is being solved. */
    public PlanView start(String territory, PlanStrategy strategy, String actor) {
        CurrentUser.requireTerritory(territory);
        if (!territories.existsById(territory)) {
            throw new NotFoundException("Territoire", territory);
        }
        Plan plan = tx.execute(status -> {
            jdbc.queryForList("SELECT code FROM territory WHERE code = ? FOR UPDATE", String.class, territory);
            Integer solving = jdbc.queryForObject(
                    "SELECT count(*) FROM plan WHERE territory_code = ? AND status IN ('QUEUED', 'SOLVING')", Integer.class, territory);
            if (solving != null && solving > 0) {
                throw new ConflictException("un plan du territoire " + territory
                        + " est déjà en cours de calcul : arrêtez-le ou attendez sa fin");
            }
            Plan created = new Plan(territory, strategy == null ? PlanStrategy.OPTIMIZE : strategy, actor);
            created.setStatus(PlanStatus.SOLVING);
            return plans.saveAndFlush(created);
        });
        try {
            launch(plan);
        } catch (RuntimeException e) {
            log.error("Plan {} could not start", plan.getId(), e);
            finish(plan.getId(), PlanStatus.FAILED, "le calcul n'a pas pu démarrer : " + e.getMessage());
            runs.remove(plan.getId());
            throw e;
        }
        return view(plan.getId());
    }

    private void launch(Plan plan) {
        long planId = plan.getId();
        PlanningProblemLoader.Loaded loaded = loader.load(plan.getTerritoryCode(), "plan-" + planId);
        MatchingPlan problem = MatchingProblems.create(loaded.input());
        PlanRun run = new PlanRun(planId, plan.getTerritoryCode(), loaded.slotKeys(), loaded.candidateKeys());
        runs.put(planId, run);

        MatchingPlan baseline = FirstComeFirstServed.plan(problem);
        baseline.setScore(MatchingSolver.score(baseline));
        PlanIndicators baselineIndicators = PlanIndicators.of(baseline);
        tx.executeWithoutResult(status -> {
            jdbc.update("UPDATE plan SET baseline_score = ?, baseline_indicators = ?, hours_total = ? WHERE id = ?",
                    baseline.getScore().toString(), toJson(baselineIndicators), baselineIndicators.total().hoursInSlots(), planId);
            insertPinned(run, problem);
        });

        if (plan.getStrategy() == PlanStrategy.BASELINE) {
            save(run, baseline, PlanStatus.DONE);
            runs.remove(planId);
            return;
        }
        solverManager.solveAndListen(planId, id -> MatchingSolver.startingPlan(problem), best -> onBest(run, best), best -> onFinal(run, best),
                (id, e) -> onError(run, e));
    }

    private void onBest(PlanRun run, MatchingPlan best) {
        PlanIndicators indicators = PlanIndicators.of(best);
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
            save(run, best, run.stopRequested ? PlanStatus.STOPPED : PlanStatus.DONE);
        } finally {
            runs.remove(run.planId);
            events.end(run, unscopedView(run.planId));
        }
    }

    private void onError(PlanRun run, Throwable e) {
        log.error("Plan {} failed", run.planId, e);
        finish(run.planId, PlanStatus.FAILED, "le calcul a échoué : " + e.getMessage());
        runs.remove(run.planId);
        events.end(run, unscopedView(run.planId));
    }

    /** Saves a solution: proposed pairings replace the plan's previous proposals; figures and status follow. */
    private synchronized void save(PlanRun run, MatchingPlan solution, PlanStatus status) {
        run.lastSaveNanos = System.nanoTime();
        PlanIndicators indicators = PlanIndicators.of(solution);
        List<Object[]> rows = new ArrayList<>();
        for (Slot slot : solution.getSlots()) {
            if (slot.getCandidate() != null && !slot.isPinned()) {
                rows.add(new Object[]{run.planId, run.slotKeys.get(slot.getId()), run.candidateKeys.get(slot.getCandidate().id())});
            }
        }
        tx.executeWithoutResult(t -> {
            jdbc.update("DELETE FROM assignment WHERE plan_id = ? AND status = 'PROPOSED'", run.planId);
            jdbc.batchUpdate("INSERT INTO assignment (plan_id, slot_id, candidate_id, status) VALUES (?, ?, ?, 'PROPOSED') "
                    + "ON CONFLICT (plan_id, slot_id, candidate_id) DO NOTHING", rows);
            jdbc.update("""
                    UPDATE plan SET score = ?, hours_total = ?, hours_assigned = ?, indicators = ?, status = ?,
                      ended_at = CASE WHEN ? THEN now() ELSE ended_at END, version = version + 1
                    WHERE id = ?""", String.valueOf(solution.getScore()), indicators.total().hoursInSlots(),
                    indicators.total().hoursAssigned(), toJson(indicators), status.name(), status != PlanStatus.SOLVING,
                    run.planId);
        });
    }

    /** Confirmed pairings carried into this plan, pinned. */
    private void insertPinned(PlanRun run, MatchingPlan problem) {
        List<Object[]> rows = new ArrayList<>();
        for (Slot slot : problem.getSlots()) {
            if (slot.isPinned() && slot.getCandidate() != null) {
                rows.add(new Object[]{run.planId, run.slotKeys.get(slot.getId()), run.candidateKeys.get(slot.getCandidate().id())});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO assignment (plan_id, slot_id, candidate_id, status, decided_by, decided_at)
                SELECT ?, a.slot_id, a.candidate_id, 'CONFIRMED', a.decided_by, a.decided_at FROM assignment a
                WHERE a.slot_id = ? AND a.candidate_id = ? AND a.status = 'CONFIRMED'
                ORDER BY a.decided_at DESC LIMIT 1""", rows);
    }

    private void finish(long planId, PlanStatus status, String message) {
        jdbc.update("UPDATE plan SET status = ?, message = ?, ended_at = now(), version = version + 1 WHERE id = ?",
                status.name(), message, planId);
    }

    /** Stops a plan being solved; its best solution so far is kept. */
    public PlanView stop(long planId) {
        Plan plan = find(planId);
        PlanRun run = runs.get(planId);
        if (run == null || plan.getStatus() != PlanStatus.SOLVING) {
            throw new ConflictException("le plan " + planId + " n'est pas en cours de calcul (" + plan.getStatus() + ")");
        }
        run.stopRequested = true;
        solverManager.terminateEarly(planId);
        return view(planId);
    }

    /** A plan of the user's territories; a plan of another territory is answered as one that does not exist. */
    public PlanView view(long planId) {
        return view(find(planId));
    }

    /** For the solver's threads, which act for no one: the plan's state to push to its listeners. */
    private PlanView unscopedView(long planId) {
        return view(plans.findById(planId).orElseThrow(() -> new NotFoundException("Plan", Long.toString(planId))));
    }

    private Plan find(long planId) {
        SignedInUser user = CurrentUser.get();
        return plans.findById(planId).filter(plan -> user.worksOn(plan.getTerritoryCode()))
                .orElseThrow(() -> new NotFoundException("Plan", Long.toString(planId)));
    }

    private PlanView view(Plan plan) {
        PlanRun run = runs.get(plan.getId());
        return new PlanView(plan.getId(), plan.getTerritoryCode(), plan.getStrategy(), plan.getStatus(), plan.getScore(),
                plan.getHoursTotal(), plan.getHoursAssigned(), plan.getRequestedBy(), plan.getStartedAt(), plan.getEndedAt(),
                plan.getMessage(), fromJson(plan.getIndicators()), plan.getBaselineScore(),
                fromJson(plan.getBaselineIndicators()), run == null ? List.of() : List.copyOf(run.progress), plan.getVersion());
    }

    /** The plans of a territory (their figures): its facilitators, and administrators for the dashboard. */
    public List<PlanView> list(String territory) {
        CurrentUser.requireTerritoryFigures(territory);
        return plans.findByTerritoryCodeOrderByStartedAtDesc(territory).stream().map(this::view).toList();
    }

    /** The running state of a plan, while it is solved. */
    Optional<PlanRun> run(long planId) {
        return Optional.ofNullable(runs.get(planId));
    }

    Optional<PlanRun> runOfTerritory(String territory) {
        return runs.values().stream().filter(run -> run.territory.equals(territory)).findFirst();
    }

    boolean isSolving(long planId) {
        return runs.containsKey(planId);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode fromJson(String value) {
        try {
            return value == null ? null : json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Plans left "solving" by a stop of the application are marked failed at the next start. */
    void markInterrupted() {
        int interrupted = jdbc.update("""
                UPDATE plan SET status = 'FAILED', message = 'calcul interrompu par un arrêt de l''application',
                  ended_at = now(), version = version + 1 WHERE status IN ('QUEUED', 'SOLVING')""");
        if (interrupted > 0) {
            log.warn("{} plan(s) interrupted by the last stop marked as failed", interrupted);
        }
    }
}
