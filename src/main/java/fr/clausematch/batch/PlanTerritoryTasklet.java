package fr.clausematch.batch;

import fr.clausematch.planning.TerritoryPlanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * A partition's work: plans its territory for the run (the job instance's id is the plan's {@code batch_run}, so a
 * restart never plans a finished territory twice) within its share of the budget, and writes the outcome into the
 * step's ExecutionContext and exit description. Stopped before its end, it stores nothing and the step ends STOPPED.
 * A territory with no slot to plan (all its contracts closed since the run was asked, say) completes with nothing
 * stored: an empty plan would only clutter its facilitators' list.
 */
@Component
class PlanTerritoryTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PlanTerritoryTasklet.class);

    static final String PLAN = "planId";
    static final String HOURS_FILLED = "hoursFilled";
    static final String BASELINE_HOURS = "baselineHoursFilled";
    static final String HOURS_IN_SLOTS = "hoursInSlots";
    static final String WOMEN = "womenShare";
    static final String QPV = "qpvShare";
    /** The plan's proven upper bound on the hours, how it was proven, and its gap to it (% of the bound): when it has one. */
    static final String HOURS_UPPER_BOUND = "hoursUpperBound";
    static final String BOUND_KIND = "hoursUpperBoundKind";
    static final String GAP = "gapPercent";
    static final String KM = "kmTotal";
    static final String CO2 = "co2Kg";
    static final String BASELINE_KM = "baselineKmTotal";
    static final String BASELINE_CO2 = "baselineCo2Kg";
    static final String PLANNED = "planned";
    static final String MILLIS = "millis";
    /** The solver time the partition had: its share, held to what remained of the run when it started. */
    static final String HELD_MILLIS = "heldMillis";
    static final String ACTOR = "actor";

    private final TerritoryPlanner planner;
    private final JobExplorer explorer;
    private final BatchRunProperties properties;
    private final ShutdownSignal shutdown;

    PlanTerritoryTasklet(TerritoryPlanner planner, JobExplorer explorer, BatchRunProperties properties, ShutdownSignal shutdown) {
        this.planner = planner;
        this.explorer = explorer;
        this.properties = properties;
        this.shutdown = shutdown;
    }

    /** What remains of the run's budget, counted from its execution's start (a restart's budget starts anew). */
    private static long millisLeft(StepExecution step) {
        Long budgetSeconds = step.getJobParameters().getLong(BatchJobConfiguration.BUDGET_SECONDS);
        java.time.LocalDateTime start = step.getJobExecution().getStartTime();
        if (budgetSeconds == null || start == null) {
            return Long.MAX_VALUE;
        }
        return Duration.between(java.time.LocalDateTime.now(), start.plusSeconds(budgetSeconds)).toMillis();
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        StepExecution step = chunk.getStepContext().getStepExecution();
        ExecutionContext context = step.getExecutionContext();
        String territory = context.getString(TerritoryPartitioner.TERRITORY);
        long run = step.getJobExecution().getJobInstance().getInstanceId();
        String actor = step.getJobParameters().getString(ACTOR, "calcul par lots");
        if (planner.slotsToPlan(territory) == 0 && planner.planOfBatchRun(run, territory).isEmpty()) {
            log.info("Batch run {}: territory {} has no slot to plan", run, territory);
            context.putString(PLANNED, "false");
            contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(
                    "territoire " + territory + " : aucun poste à pourvoir, rien à planifier (aucun plan enregistré)"));
            return RepeatStatus.FINISHED;
        }
        long started = System.nanoTime();
        long share = BudgetShares.heldTo(context.getLong(TerritoryPartitioner.BUDGET_MILLIS), millisLeft(step),
                context.getLong(TerritoryPartitioner.SLOTS, 0), properties.overhead());
        Optional<TerritoryPlanner.Outcome> outcome = planner.plan(territory, run, Duration.ofMillis(share), actor + " (lot " + run + ")",
                new StopSignal(explorer, step, shutdown));
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (outcome.isEmpty()) {
            log.info("Batch run {}: territory {} stopped", run, territory);
            contribution.setExitStatus(ExitStatus.STOPPED.addExitDescription("arrêté avant la fin : rien d'enregistré"));
            step.setTerminateOnly();
            return RepeatStatus.FINISHED;
        }
        TerritoryPlanner.Outcome done = outcome.get();
        context.putLong(PLAN, done.planId());
        context.putLong(HOURS_FILLED, done.hoursFilled());
        context.putLong(BASELINE_HOURS, done.baselineHoursFilled());
        context.putLong(HOURS_IN_SLOTS, done.hoursInSlots());
        context.putDouble(WOMEN, done.womenShare());
        context.putDouble(QPV, done.qpvShare());
        if (done.hoursUpperBound() != null) {
            context.putLong(HOURS_UPPER_BOUND, done.hoursUpperBound());
            context.putString(BOUND_KIND, done.hoursUpperBoundKind());
            context.putDouble(GAP, done.gapPercent());
        }
        if (done.kmTotal() != null && done.baselineKmTotal() != null) {
            context.putDouble(KM, done.kmTotal());
            context.putDouble(CO2, done.co2Kg());
            context.putDouble(BASELINE_KM, done.baselineKmTotal());
            context.putDouble(BASELINE_CO2, done.baselineCo2Kg());
        }
        context.putString(PLANNED, String.valueOf(done.planned()));
        context.putLong(MILLIS, millis);
        context.putLong(HELD_MILLIS, share);
        contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(String.format(java.util.Locale.FRANCE,
                "territoire %s : plan %d, %d postes, %d h pourvues (référence %d h%s), femmes %.1f %%, QPV %.1f %%, %.1f s%s",
                territory, done.planId(), done.slots(), done.hoursFilled(), done.baselineHoursFilled(),
                done.hoursUpperBound() == null ? "" : String.format(java.util.Locale.FRANCE, ", borne prouvée %d h, écart %.2f %%",
                        done.hoursUpperBound(), done.gapPercent()),
                100 * done.womenShare(), 100 * done.qpvShare(), millis / 1000.0,
                done.planned() ? "" : " (plan déjà enregistré par ce lot)")));
        return RepeatStatus.FINISHED;
    }
}
