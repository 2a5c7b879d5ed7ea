package fr.clausematch.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;

/**
 * While a run on remote workers is polled, fails each partition whose worker is gone (« ouvrier disparu :
 * host:pid », by {@link StaleExecutions}'s rule: on this host its process, on another its heartbeat): Spring Batch
 * would otherwise wait for it until the timeout. The run then ends FAILED and its restart plans that territory again.
 */
@Component
class PartitionWatch {

    private static final Logger log = LoggerFactory.getLogger(PartitionWatch.class);
    private static final String PREFIX = BatchJobConfiguration.WORKER_STEP + ":";

    private final JobExplorer explorer;
    private final RunOwners owners;
    private final StaleExecutions stale;

    PartitionWatch(JobExplorer explorer, RunOwners owners, StaleExecutions stale) {
        this.explorer = explorer;
        this.owners = owners;
        this.stale = stale;
    }

    /** Fails the running partitions of the job execution whose worker is gone; answers how many. */
    int failGone(long jobExecution) {
        try {
            Map<Long, RunOwners.Owner> workers = owners.ofSteps(jobExecution);
            if (workers.isEmpty()) {
                return 0;
            }
            Instant now = owners.now();
            JobExecution execution = explorer.getJobExecution(jobExecution);
            int failed = 0;
            for (StepExecution step : execution.getStepExecutions()) {
                RunOwners.Owner worker = workers.get(step.getId());
                if (step.getStepName().startsWith(PREFIX) && step.getStatus() == BatchStatus.STARTED && worker != null
                        && !stale.alive(worker, now)
                        && stale.failGoneWorker(step, worker)) {
                    failed++;
                }
            }
            return failed;
        } catch (RuntimeException e) {
            log.warn("Batch execution {}: partitions not watched ({})", jobExecution, e.getMessage());
            return 0;
        }
    }
}
