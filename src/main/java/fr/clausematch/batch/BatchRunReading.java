package fr.clausematch.batch;

import fr.clausematch.shared.NotFoundException;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Batch runs as the JobRepository holds them, newest first, each with its partitions' latest state. A run that
 * the JobRepository says is running but whose owner is gone (killed, or cut from its database) reads
 * {@value RunView#INTERRUPTED}, with the reason, until a restart takes it up.
 */
@Component
class BatchRunReading {

    private static final String PREFIX = BatchJobConfiguration.WORKER_STEP + ":";

    private final JobExplorer explorer;
    private final RunOwners owners;
    private final StaleExecutions stale;

    BatchRunReading(JobExplorer explorer, RunOwners owners, StaleExecutions stale) {
        this.explorer = explorer;
        this.owners = owners;
        this.stale = stale;
    }

    List<RunView> list(int count) {
        return explorer.getJobInstances(BatchJobConfiguration.JOB, 0, count).stream().map(this::view).toList();
    }

    RunView get(long run) {
        return view(instance(run));
    }

    JobInstance instance(long run) {
        JobInstance instance = explorer.getJobInstance(run);
        if (instance == null || !instance.getJobName().equals(BatchJobConfiguration.JOB)) {
            throw new NotFoundException("calcul par lots", String.valueOf(run));
        }
        return instance;
    }

    /** The run's last execution, with its step executions. */
    JobExecution lastExecution(long run) {
        JobExecution last = explorer.getLastJobExecution(instance(run));
        if (last == null) {
            throw new NotFoundException("exécution du calcul par lots", String.valueOf(run));
        }
        return explorer.getJobExecution(last.getId());
    }

    private RunView view(JobInstance instance) {
        List<JobExecution> executions = explorer.getJobExecutions(instance).stream()
                .sorted(Comparator.comparing(JobExecution::getId)).toList();
        JobExecution last = executions.get(executions.size() - 1);
        Map<String, StepExecution> latest = new HashMap<>();
        executions.forEach(execution -> execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith(PREFIX))
                .forEach(step -> latest.merge(step.getStepName().substring(PREFIX.length()), step,
                        (a, b) -> a.getId() > b.getId() ? a : b)));
        List<String> territories = List.of(last.getJobParameters().getString(BatchJobConfiguration.TERRITORIES).split(","));
        String message = last.getExitStatus().getExitDescription();
        String status = last.getStatus().name();
        Optional<String> gone = last.getStatus().isRunning() ? stale.goneReason(last) : Optional.empty();
        if (gone.isPresent()) {
            status = RunView.INTERRUPTED;
            message = "interrompu, " + gone.get() + " : reprenez-le (batch restart " + instance.getInstanceId() + ")";
        }
        boolean interrupted = gone.isPresent();
        List<PartitionView> partitions = territories.stream()
                .map(territory -> latest.containsKey(territory) ? partition(territory, latest.get(territory), interrupted)
                        : PartitionView.pending(territory))
                .toList();
        var owner = owners.of(last.getId());
        return new RunView(instance.getInstanceId(), status, territories,
                last.getJobParameters().getLong(BatchJobConfiguration.BUDGET_SECONDS),
                last.getJobParameters().getString(PlanTerritoryTasklet.ACTOR, ""),
                Workers.parse(last.getJobParameters().getString(Workers.PARAMETER)).word(), executions.size(), last.getId(),
                instant(executions.get(0).getStartTime()), instant(last.getEndTime()),
                owner.map(RunOwners.Owner::owner).orElse(null), owner.map(RunOwners.Owner::heartbeatAt).orElse(null),
                message == null || message.isBlank() ? null : firstLine(message), partitions);
    }

    /** A partition's latest step; one left running by a gone owner reads interrupted. */
    private static PartitionView partition(String territory, StepExecution step, boolean runInterrupted) {
        ExecutionContext context = step.getExecutionContext();
        boolean done = context.containsKey(PlanTerritoryTasklet.PLAN);
        boolean bound = done && context.containsKey(PlanTerritoryTasklet.HOURS_UPPER_BOUND);
        boolean km = done && context.containsKey(PlanTerritoryTasklet.KM);
        String message = step.getExitStatus().getExitDescription();
        boolean left = runInterrupted && step.getStatus().isRunning();
        return new PartitionView(territory, left ? RunView.INTERRUPTED : step.getStatus().name(), context.getLong(TerritoryPartitioner.SLOTS, 0),
                context.getLong(TerritoryPartitioner.BUDGET_MILLIS, 0),
                done ? context.getLong(PlanTerritoryTasklet.PLAN) : null,
                done ? context.getLong(PlanTerritoryTasklet.HOURS_FILLED) : null,
                done ? context.getLong(PlanTerritoryTasklet.BASELINE_HOURS) : null,
                done ? context.getDouble(PlanTerritoryTasklet.WOMEN) : null,
                done ? context.getDouble(PlanTerritoryTasklet.QPV) : null,
                done ? context.getLong(PlanTerritoryTasklet.MILLIS) : null,
                message == null || message.isBlank() ? null : firstLine(message),
                bound ? context.getLong(PlanTerritoryTasklet.HOURS_UPPER_BOUND) : null,
                bound ? context.getString(PlanTerritoryTasklet.BOUND_KIND) : null,
                bound ? context.getDouble(PlanTerritoryTasklet.GAP) : null,
                km ? context.getDouble(PlanTerritoryTasklet.KM) : null,
                km ? context.getDouble(PlanTerritoryTasklet.CO2) : null,
                km ? context.getDouble(PlanTerritoryTasklet.BASELINE_KM) : null,
                km ? context.getDouble(PlanTerritoryTasklet.BASELINE_CO2) : null);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > 500 ? line.substring(0, 500) : line;
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
    }
}
