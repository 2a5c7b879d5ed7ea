package fr.clausematch.planning;

import fr.clausematch.matching.analysis.PlanIndicators;
import fr.clausematch.matching.exact.PlanBound;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.shared.ConflictException;
import fr.clausematch.shared.ProcessOwner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores what solver runs produce, in the tables {@code plan} and {@code assignment} that this module owns:
 * a plan opened for a territory (one at a time), its baseline and the confirmed pairings it carries (pinned),
 * each new best solution (its proposals replace the previous ones, its figures the previous figures), its end with
 * its proven upper bound.
 * A batch's plan is stored whole in one transaction ({@link #saveFinished}), at most once per run and territory.
 */
@Component
class PlanResults {

    private static final Logger log = LoggerFactory.getLogger(PlanResults.class);

    private final PlanRepository plans;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final PlanJson json;
    private final IndicatorsProperties indicators;

    PlanResults(PlanRepository plans, JdbcTemplate jdbc, TransactionTemplate tx, PlanJson json, IndicatorsProperties indicators) {
        this.plans = plans;
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.indicators = indicators;
    }

    /** A plan's indicators, its CO2 at the factor of the settings ({@code clausematch.indicators.co2-kg-per-km}). */
    PlanIndicators indicators(MatchingPlan plan) {
        return PlanIndicators.of(plan, indicators.co2KgPerKm());
    }

    /** The database keys of a problem's slots and people, to store its solutions. */
    record Keys(Map<String, Long> slots, Map<String, Long> candidates) {
    }

    /**
     * Opens a plan being solved by this process; refused (409) while another plan of the territory is, or while a
     * batch partition holds the territory ({@link BatchTerritoryHolds}).
     */
    Plan open(String territory, PlanStrategy strategy, String actor) {
        return tx.execute(status -> {
            lockTerritory(territory);
            markInterrupted(territory);
            Integer solving = jdbc.queryForObject(
                    "SELECT count(*) FROM plan WHERE territory_code = ? AND status IN ('QUEUED', 'SOLVING')", Integer.class, territory);
            if (solving != null && solving > 0) {
                throw new ConflictException("un plan du territoire " + territory
                        + " est déjà en cours de calcul : arrêtez-le ou attendez sa fin");
            }
            if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(hashtext('batch ' || ?))",
                    Boolean.class, territory))) {
                throw new ConflictException("un calcul par lots planifie le territoire " + territory
                        + " en ce moment : son plan paraîtra dans la liste à sa fin, réessayez ensuite");
            }
            Plan created = new Plan(territory, strategy == null ? PlanStrategy.OPTIMIZE : strategy, actor,
                    ProcessOwner.current().toString(), null);
            created.setStatus(PlanStatus.SOLVING);
            return plans.saveAndFlush(created);
        });
    }

    /** Plans of one territory are opened one at a time, by all processes sharing the database. */
    private void lockTerritory(String territory) {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext('plan ' || ?))", territory);
    }

    /** The baseline's figures on the plan's problem, and the confirmed pairings the plan carries, pinned. */
    void saveStart(long planId, Keys keys, MatchingPlan problem, MatchingPlan baseline) {
        tx.executeWithoutResult(status -> {
            saveBaseline(planId, baseline);
            insertPinned(planId, keys, problem);
        });
    }

    private void saveBaseline(long planId, MatchingPlan baseline) {
        PlanIndicators indicators = indicators(baseline);
        jdbc.update("UPDATE plan SET baseline_score = ?, baseline_indicators = ?, hours_total = ? WHERE id = ?",
                baseline.getScore().toString(), json.write(indicators), indicators.total().hoursInSlots(), planId);
    }

    /**
     * A solution: its proposals replace the plan's previous proposals; its figures, its proven upper bound (null while
     * solving, or when it has none) and the status follow.
     */
    synchronized void save(long planId, Keys keys, MatchingPlan solution, PlanStatus status, PlanBound bound) {
        tx.executeWithoutResult(t -> saveSolution(planId, keys, solution, status, bound));
    }

    private void saveSolution(long planId, Keys keys, MatchingPlan solution, PlanStatus status, PlanBound bound) {
        PlanIndicators indicators = indicators(solution);
        List<Object[]> rows = new ArrayList<>();
        for (Slot slot : solution.getSlots()) {
            if (slot.getCandidate() != null && !slot.isPinned()) {
                rows.add(new Object[]{planId, keys.slots().get(slot.getId()), keys.candidates().get(slot.getCandidate().id())});
            }
        }
        jdbc.update("DELETE FROM assignment WHERE plan_id = ? AND status = 'PROPOSED'", planId);
        jdbc.batchUpdate("INSERT INTO assignment (plan_id, slot_id, candidate_id, status) VALUES (?, ?, ?, 'PROPOSED') "
                + "ON CONFLICT (plan_id, slot_id, candidate_id) DO NOTHING", rows);
        long filled = indicators.total().hoursAssigned();
        jdbc.update("""
                UPDATE plan SET score = ?, hours_total = ?, hours_assigned = ?, indicators = ?, status = ?,
                  ended_at = CASE WHEN ? THEN now() ELSE ended_at END, hours_upper_bound = ?, hours_upper_bound_kind = ?,
                  gap_percent = ?, hours_upper_bound_millis = ?, version = version + 1
                WHERE id = ?""", String.valueOf(solution.getScore()), indicators.total().hoursInSlots(),
                filled, json.write(indicators), status.name(), status != PlanStatus.SOLVING,
                bound == null ? null : bound.hoursUpperBound(), bound == null ? null : bound.kind(),
                bound == null ? null : bound.gapPercent(filled), bound == null ? null : bound.millis(), planId);
    }

    /** Confirmed pairings carried into this plan, pinned, with who confirmed them and when. */
    private void insertPinned(long planId, Keys keys, MatchingPlan problem) {
        List<Object[]> rows = new ArrayList<>();
        for (Slot slot : problem.getSlots()) {
            if (slot.isPinned() && slot.getCandidate() != null) {
                rows.add(new Object[]{planId, keys.slots().get(slot.getId()), keys.candidates().get(slot.getCandidate().id())});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO assignment (plan_id, slot_id, candidate_id, status, decided_by, decided_at)
                SELECT ?, a.slot_id, a.candidate_id, 'CONFIRMED', a.decided_by, a.decided_at FROM assignment a
                WHERE a.slot_id = ? AND a.candidate_id = ? AND a.status = 'CONFIRMED'
                ORDER BY a.decided_at DESC LIMIT 1""", rows);
    }

    /**
     * A batch's plan of a territory, stored whole in one transaction (the plan done, its baseline, pinned
     * pairings and proposals), or nothing: a crash leaves no half-saved plan. A run that already stored the
     * territory's plan (a restart, or a second worker on the same partition) gets that plan back, not a second.
     */
    long saveFinished(String territory, long batchRun, String actor, Keys keys, MatchingPlan problem,
                      MatchingPlan baseline, MatchingPlan solution, PlanBound bound) {
        return tx.execute(status -> {
            lockTerritory(territory);
            Optional<Long> existing = planOfBatchRun(batchRun, territory);
            if (existing.isPresent()) {
                return existing.get();
            }
            Plan created = new Plan(territory, PlanStrategy.OPTIMIZE, actor, ProcessOwner.current().toString(), batchRun);
            created.setStatus(PlanStatus.SOLVING);
            long planId = plans.saveAndFlush(created).getId();
            saveBaseline(planId, baseline);
            insertPinned(planId, keys, problem);
            saveSolution(planId, keys, solution, PlanStatus.DONE, bound);
            return planId;
        });
    }

    /** The plan a batch run stored for a territory, if it did. */
    Optional<Long> planOfBatchRun(long batchRun, String territory) {
        return jdbc.queryForList("SELECT id FROM plan WHERE batch_run = ? AND territory_code = ?", Long.class,
                batchRun, territory).stream().findFirst();
    }

    /** A plan that ends without a solution to keep (it could not start, or the solver failed). */
    void fail(long planId, String message) {
        jdbc.update("UPDATE plan SET status = 'FAILED', message = ?, ended_at = now(), version = version + 1 WHERE id = ?",
                message, planId);
    }

    /**
     * Plans left "solving" by a process that is gone (this host's earlier run, killed or stopped) are marked
     * failed; plans another live process is solving are left alone.
     */
    void markInterrupted() {
        markInterrupted(null);
    }

    /** {@link #markInterrupted()} for one territory, or all when null. */
    private void markInterrupted(String territory) {
        List<Map<String, Object>> solving = jdbc.queryForList("SELECT id, owner FROM plan WHERE status IN ('QUEUED', 'SOLVING') "
                + "AND (CAST(? AS varchar) IS NULL OR territory_code = ?)", territory, territory);
        int interrupted = 0;
        for (Map<String, Object> plan : solving) {
            if (ProcessOwner.isGone((String) plan.get("owner"))) {
                interrupted += jdbc.update("""
                        UPDATE plan SET status = 'FAILED', message = 'calcul interrompu par un arrêt de l''application',
                          ended_at = now(), version = version + 1 WHERE id = ? AND status IN ('QUEUED', 'SOLVING')""",
                        plan.get("id"));
            }
        }
        if (interrupted > 0) {
            log.warn("{} plan(s) interrupted by the last stop marked as failed", interrupted);
        }
    }
}
