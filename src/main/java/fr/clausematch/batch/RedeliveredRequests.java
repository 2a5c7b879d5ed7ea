package fr.clausematch.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * Which requests a worker runs: only a partition that no worker has begun ({@code STARTING}) of a run still
 * going. Any other request is dropped (acknowledged, not run): a request handed again by the broker after its
 * worker died finds its partition {@code STARTED}; when that worker is gone the partition is marked FAILED
 * (« ouvrier disparu »), for the run's restart to plan it again — never planned here a second time behind the
 * manager's back; when the worker is still alive (only its connection dropped) it is left to it. Requests of a run
 * that was taken over or ended, and of partitions already ended, are dropped too: each territory gets at most one
 * plan of the run.
 */
class RedeliveredRequests {

    private static final Logger log = LoggerFactory.getLogger(RedeliveredRequests.class);

    private final JobExplorer explorer;
    private final RunOwners owners;
    private final StaleExecutions stale;

    RedeliveredRequests(JobExplorer explorer, RunOwners owners, StaleExecutions stale) {
        this.explorer = explorer;
        this.owners = owners;
        this.stale = stale;
    }

    boolean runnable(StepExecutionRequest request) {
        StepExecution step = explorer.getStepExecution(request.getJobExecutionId(), request.getStepExecutionId());
        if (step == null) {
            log.warn("Partition request dropped: no step execution {} in execution {}", request.getStepExecutionId(),
                    request.getJobExecutionId());
            return false;
        }
        if (!step.getJobExecution().getStatus().isRunning()) {
            log.info("Partition {} ({}) dropped: its run's execution {} is {}", step.getId(), step.getStepName(),
                    step.getJobExecutionId(), step.getJobExecution().getStatus());
            return false;
        }
        if (step.getStatus() == BatchStatus.STARTING) {
            return true;
        }
        if (step.getStatus() == BatchStatus.STARTED) {
            RunOwners.Owner worker = owners.ofSteps(step.getJobExecutionId()).get(step.getId());
            if (worker == null || !stale.alive(worker, owners.now())) {
                stale.failGoneWorker(step, worker);
            } else {
                log.info("Partition {} ({}) handed again but its worker {} is alive: left to it", step.getId(),
                        step.getStepName(), StaleExecutions.name(worker.owner()));
            }
            return false;
        }
        log.info("Partition {} ({}) dropped: already {}", step.getId(), step.getStepName(), step.getStatus());
        return false;
    }
}
