package fr.clausematch.batch;

import fr.clausematch.shared.ConflictException;
import fr.clausematch.shared.ProcessOwner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * An execution left STARTED or STOPPING by a process that died (Spring Batch 5 leaves it so forever, and a
 * relaunch then throws {@code JobExecutionAlreadyRunningException}: spring-batch #3127, #4876). Its owner decides:
 * gone when no process has its pid and start instant ({@link ProcessOwner#isGone}, on this host), or when its
 * heartbeat is older than {@code clausematch.batch.stale-after} (on any host: a process that lost its database
 * lives on, but its run ended with no word in the JobRepository, and its heartbeat stopped). A gone owner's
 * execution and its running steps are marked FAILED through the JobRepository (« propriétaire disparu :
 * host:pid »), so that {@code JobOperator.restart} may take it up; a live owner's run is never taken over.
 */
@Component
class StaleExecutions {

    private static final Logger log = LoggerFactory.getLogger(StaleExecutions.class);

    private final JobRepository repository;
    private final RunOwners owners;
    private final Duration staleAfter;

    StaleExecutions(JobRepository repository, RunOwners owners, BatchRunProperties properties) {
        this.repository = repository;
        this.owners = owners;
        this.staleAfter = properties.staleAfter();
    }

    /** Marks the running execution FAILED when its owner is gone; refuses (409) when it is alive. */
    void failIfOwnerGone(long run, JobExecution execution) {
        OwnerState state = state(execution);
        if (state.alive()) {
            throw new ConflictException(state.starting()
                    ? "le calcul par lots " + run + " démarre (aucun propriétaire encore inscrit) : réessayez dans un instant"
                    : "le calcul par lots " + run + " est en cours dans le processus " + state.name()
                    + " (vivant, dernier signe de vie il y a " + state.silentSeconds() + " s) : arrêtez-le (batch stop "
                    + run + ") ou attendez sa fin avant de le reprendre");
        }
        refuseLiveWorkers(run, execution);
        markFailed(execution, state.goneReason());
    }

    /** Why a running execution's owner is taken for gone, or empty while it is alive (or just starting). */
    Optional<String> goneReason(JobExecution execution) {
        OwnerState state = state(execution);
        return state.alive() ? Optional.empty() : Optional.of(state.goneReason());
    }

    /**
     * Refuses (409) to take up a run while a worker process that is alive still plans one of its partitions (a run
     * on remote workers whose manager died or timed out): taken up now, that territory would be planned twice.
     */
    void refuseLiveWorkers(long run, JobExecution execution) {
        Map<Long, RunOwners.Owner> workers = owners.ofSteps(execution.getId());
        if (workers.isEmpty()) {
            return;
        }
        Instant now = owners.now();
        for (StepExecution step : execution.getStepExecutions()) {
            RunOwners.Owner worker = workers.get(step.getId());
            if (step.getStatus().isRunning() && worker != null && alive(worker, now)) {
                throw new ConflictException("le calcul par lots " + run + " a encore une partition (" + step.getStepName()
                        + ") planifiée par l'ouvrier " + name(worker.owner()) + " (vivant) : attendez sa fin avant de le reprendre");
            }
        }
    }

    /**
     * Whether an owner is alive: a recent heartbeat and, on this host, its process (pid and start instant). A
     * process that lost its database lives on, but what it ran ended: its heartbeat stopped.
     */
    boolean alive(RunOwners.Owner owner, Instant now) {
        return !processGone(owner) && Duration.between(owner.heartbeatAt(), now).compareTo(staleAfter) < 0;
    }

    /** Whether the owner is a process of this host that is no longer there. */
    private static boolean processGone(RunOwners.Owner owner) {
        boolean local = ProcessOwner.parse(owner.owner()).map(ProcessOwner::isLocal).orElse(true);
        return local && ProcessOwner.isGone(owner.owner());
    }

    /** An owner as the messages name it: {@code host:pid}. */
    static String name(String owner) {
        return ProcessOwner.parse(owner).map(p -> p.host() + ":" + p.pid()).orElse(owner);
    }

    /** Marks a running partition whose worker is gone (or never known: {@code null}) FAILED, saying so; see {@link #markStepFailed}. */
    boolean failGoneWorker(StepExecution step, RunOwners.Owner worker) {
        return markStepFailed(step, "ouvrier disparu : " + (worker == null ? "inconnu" : name(worker.owner())));
    }

    /**
     * Marks one running partition FAILED through the JobRepository (its worker is gone); false when someone else
     * changed it first (its version moved on: it ended, or was marked already).
     */
    boolean markStepFailed(StepExecution step, String description) {
        try {
            step.setStatus(BatchStatus.FAILED);
            step.setEndTime(LocalDateTime.now());
            step.setExitStatus(ExitStatus.FAILED.addExitDescription(description));
            repository.update(step);
            log.warn("Batch step execution {} ({}) marked FAILED: {}", step.getId(), step.getStepName(), description);
            return true;
        } catch (OptimisticLockingFailureException e) {
            return false;
        }
    }

    /** Whether the running execution's owner is alive (or the execution is just starting): it still holds its territories. */
    boolean isAlive(JobExecution execution) {
        return state(execution).alive();
    }

    /** What is known of a running execution's owner: alive or not, just starting, its name, its silence. */
    private record OwnerState(boolean alive, boolean starting, boolean processGone, String name, long silentSeconds) {

        String goneReason() {
            return processGone ? "propriétaire disparu : " + name
                    : "propriétaire disparu : " + name + " ne donne plus signe de vie depuis " + silentSeconds + " s";
        }
    }

    private OwnerState state(JobExecution execution) {
        Optional<RunOwners.Owner> owner = owners.of(execution.getId());
        Instant now = owners.now();
        if (owner.isEmpty()) {
            Instant created = execution.getCreateTime().atZone(ZoneId.systemDefault()).toInstant();
            boolean starting = Duration.between(created, now).compareTo(staleAfter) < 0;
            return new OwnerState(starting, starting, !starting, "inconnu (aucun signe de vie)", Duration.between(created, now).toSeconds());
        }
        long silentSeconds = Duration.between(owner.get().heartbeatAt(), now).toSeconds();
        return new OwnerState(alive(owner.get(), now), false, processGone(owner.get()), name(owner.get().owner()), silentSeconds);
    }

    private void markFailed(JobExecution execution, String description) {
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning() || step.getStatus() == BatchStatus.STOPPING) {
                step.setStatus(BatchStatus.FAILED);
                step.setEndTime(now);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription(description));
                repository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setEndTime(now);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription(description));
        repository.update(execution);
        log.warn("Batch execution {} marked FAILED: {}", execution.getId(), description);
    }
}
