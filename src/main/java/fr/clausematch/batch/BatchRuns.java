package fr.clausematch.batch;

import fr.clausematch.planning.TerritoryPlanner;
import fr.clausematch.shared.ConflictException;
import fr.clausematch.shared.InvalidFieldException;
import fr.clausematch.territory.Territory;
import fr.clausematch.territory.TerritoryRepository;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionException;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.support.SimpleJobOperator;
import org.springframework.batch.core.launch.support.TaskExecutorJobLauncher;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Starts, restarts, stops and reads batch runs, for the command line, the API, the page and the nightly
 * schedule. Runs are launched on a thread of their own (the caller gets the run's number at once); the command
 * line then {@linkplain #await waits} for the end. A run's number is its job instance's id, which a restart keeps.
 */
@Service
public class BatchRuns {

    /** The RabbitMQ queue that carries the partitions of runs on remote workers. */
    public static final String PARTITION_QUEUE = PartitionMessages.QUEUE;

    private final Job job;
    private final TaskExecutorJobLauncher launcher = new TaskExecutorJobLauncher();
    private final SimpleJobOperator operator = new SimpleJobOperator();
    private final JobExplorer explorer;
    private final TerritoryRepository territories;
    private final TerritoryPlanner planner;
    private final BatchRunReading reading;
    private final StaleExecutions stale;
    private final Duration databasePatience;
    private final BrokerCheck broker;

    BatchRuns(Job territoryPlanning, JobRepository repository, JobExplorer explorer, JobRegistry registry,
              TerritoryRepository territories, TerritoryPlanner planner, BatchRunReading reading, StaleExecutions stale,
              BatchRunProperties properties, BrokerCheck broker) throws Exception {
        this.job = territoryPlanning;
        this.databasePatience = properties.databasePatience();
        this.explorer = explorer;
        this.territories = territories;
        this.planner = planner;
        this.reading = reading;
        this.stale = stale;
        this.broker = broker;
        launcher.setJobRepository(repository);
        launcher.setTaskExecutor(new SimpleAsyncTaskExecutor("batch-run-"));
        launcher.afterPropertiesSet();
        operator.setJobRepository(repository);
        operator.setJobExplorer(explorer);
        operator.setJobRegistry(registry);
        operator.setJobLauncher(launcher);
        operator.afterPropertiesSet();
    }

    /**
     * Launches a run of the request's territories (checked first: 400 for an unknown one), returns its number. A run
     * on remote workers first asks the broker: when it does not answer, {@link BrokerUnavailableException} and
     * nothing is started (no execution is created).
     */
    public synchronized RunView launch(RunRequest request, String actor) {
        List<String> chosen = territoriesOf(request);
        Duration budget = budgetOf(request.budgetSeconds());
        Workers workers = workersOf(request.workers());
        refuseOverlap(chosen);
        if (workers == Workers.REMOTE) {
            broker.check();
        }
        JobParameters parameters = new JobParametersBuilder()
                .addString(BatchJobConfiguration.TERRITORIES, String.join(",", chosen))
                .addLong(BatchJobConfiguration.BUDGET_SECONDS, budget.toSeconds())
                .addLong(BatchJobConfiguration.LAUNCHED_AT, System.currentTimeMillis())
                .addString(PlanTerritoryTasklet.ACTOR, actor, false)
                .addString(Workers.PARAMETER, workers.word(), false)
                .toJobParameters();
        JobExecution execution;
        try {
            execution = launcher.run(job, parameters);
        } catch (JobExecutionException e) {
            throw new ConflictException("le calcul par lots n'a pu être lancé : " + e.getMessage());
        }
        return reading.get(execution.getJobInstance().getInstanceId());
    }

    /**
     * Restarts a stopped or failed run: its finished partitions are kept, the others planned again. A run still
     * marked running is taken over only when its owner is gone ({@link StaleExecutions}); otherwise 409; so is a run
     * one of whose partitions a live remote worker still plans. A run on remote workers restarts on them, the broker
     * asked first.
     */
    public RunView restart(long run) {
        JobExecution last = reading.lastExecution(run);
        switch (last.getStatus()) {
            case COMPLETED -> throw new ConflictException("le calcul par lots " + run + " est terminé : rien à reprendre");
            case ABANDONED -> throw new ConflictException("le calcul par lots " + run + " a été abandonné : lancez-en un autre");
            default -> { }
        }
        if (Workers.parse(last.getJobParameters().getString(Workers.PARAMETER)) == Workers.REMOTE) {
            broker.check();
        }
        if (last.getStatus().isRunning()) {
            stale.failIfOwnerGone(run, last);
        } else {
            stale.refuseLiveWorkers(run, last);
        }
        try {
            operator.restart(last.getId());
        } catch (JobExecutionException e) {
            throw new ConflictException("le calcul par lots " + run + " n'a pu être repris : " + e.getMessage());
        }
        return reading.get(run);
    }

    /** Asks a running run to stop (marked STOPPING in the JobRepository; its partitions see it within a second). */
    public RunView stop(long run) {
        JobExecution last = reading.lastExecution(run);
        if (!last.isRunning()) {
            throw new ConflictException("le calcul par lots " + run + " n'est pas en cours (" + last.getStatus() + ")");
        }
        try {
            operator.stop(last.getId());
        } catch (JobExecutionException e) {
            throw new ConflictException("le calcul par lots " + run + " n'a pu être arrêté : " + e.getMessage());
        }
        return reading.get(run);
    }

    /**
     * Asks the broker of remote workers whether it answers (and declares the queue of partitions); answers how many
     * workers listen to it; {@link BrokerUnavailableException} when it is silent.
     */
    public int checkBroker() {
        return broker.check();
    }

    /** The broker of remote workers, {@code host:port}. */
    public String brokerAddress() {
        return broker.address();
    }

    public RunView get(long run) {
        return reading.get(run);
    }

    /** The latest runs, newest first. */
    public List<RunView> list() {
        return reading.list(100);
    }

    /**
     * Waits until the run's last execution ends, or is interrupted (its owner gone: for this process, a run whose
     * thread died with its database), polling the JobRepository every half second, and answers it. A database that
     * does not answer is borne {@code clausematch.batch.database-patience}, then {@link DatabaseLostException}.
     */
    public RunView await(long run) throws InterruptedException {
        long unansweredSince = 0;
        while (true) {
            try {
                RunView view = reading.get(run);
                if (!view.running()) {
                    return view;
                }
                unansweredSince = 0;
            } catch (DataAccessException e) {
                long now = System.nanoTime();
                unansweredSince = unansweredSince == 0 ? now : unansweredSince;
                long silent = now - unansweredSince;
                if (silent >= databasePatience.toNanos()) {
                    throw new DatabaseLostException(run, java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(silent), e);
                }
            }
            Thread.sleep(500);
        }
    }

    /**
     * Refuses (409) a run of territories that a running run already plans: two plans of one territory at the same
     * time would each be reviewed as the latest. A run whose owner is gone no longer holds its territories.
     */
    private void refuseOverlap(List<String> chosen) {
        for (JobExecution running : explorer.findRunningJobExecutions(BatchJobConfiguration.JOB)) {
            String theirs = running.getJobParameters().getString(BatchJobConfiguration.TERRITORIES);
            Set<String> held = theirs == null ? Set.of() : new java.util.HashSet<>(List.of(theirs.split(",")));
            List<String> common = chosen.stream().filter(held::contains).toList();
            if (!common.isEmpty() && stale.isAlive(running)) {
                long other = running.getJobInstance().getInstanceId();
                throw new ConflictException("le calcul par lots " + other + " planifie déjà " + String.join(", ", common)
                        + " : attendez sa fin ou arrêtez-le (batch stop " + other + ")");
            }
        }
    }

    private List<String> territoriesOf(RunRequest request) {
        boolean all = Boolean.TRUE.equals(request.all());
        List<String> listed = request.territories() == null ? List.of() : request.territories();
        if (all && !listed.isEmpty()) {
            throw new InvalidFieldException("territories", "donnez soit une liste de territoires, soit tous, pas les deux");
        }
        if (all) {
            List<String> withSlots = territories.findAll().stream().map(Territory::getCode).sorted()
                    .filter(code -> planner.slotsToPlan(code) > 0).toList();
            if (withSlots.isEmpty()) {
                throw new InvalidFieldException("territories", "aucun territoire n'a de poste à pourvoir");
            }
            return withSlots;
        }
        Set<String> chosen = new LinkedHashSet<>();
        listed.stream().map(code -> code == null ? "" : code.trim()).forEach(chosen::add);
        if (chosen.isEmpty()) {
            throw new InvalidFieldException("territories", "choisissez au moins un territoire, ou tous");
        }
        List<String> unknown = new ArrayList<>(chosen.stream().filter(code -> code.isEmpty() || !territories.existsById(code)).toList());
        if (!unknown.isEmpty()) {
            throw new InvalidFieldException("territories", "territoire inconnu : " + String.join(", ", unknown));
        }
        return List.copyOf(chosen);
    }

    private static Workers workersOf(String text) {
        try {
            return Workers.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("workers", e.getMessage());
        }
    }

    private static Duration budgetOf(Long seconds) {
        if (seconds == null) {
            return Duration.ofMinutes(15);
        }
        try {
            return RunBudget.checked(Duration.ofSeconds(seconds));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("budgetSeconds", e.getMessage());
        }
    }
}
