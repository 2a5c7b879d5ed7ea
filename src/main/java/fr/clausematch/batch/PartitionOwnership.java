package fr.clausematch.batch;

import fr.clausematch.shared.ProcessOwner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;


/**
 * A worker's partitions: each records this process as its owner ({@code batch_step_owner}) when it starts, then a
 * heartbeat every {@code clausematch.batch.heartbeat} until it ends, so that the manager can tell a dead worker's
 * partition. When the worker is told to end (SIGTERM closes its context), its partitions are asked to stop
 * ({@link ShutdownSignal}: they end STOPPED, storing nothing) and the close waits for them, at most a minute, before
 * the listeners and the database go away.
 */
class PartitionOwnership implements StepExecutionListener, ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(PartitionOwnership.class);
    private static final long CLOSE_WAIT_MILLIS = 60_000;

    private final RunOwners owners;
    private final ShutdownSignal shutdown;
    private final Heartbeats beats;

    PartitionOwnership(RunOwners owners, BatchRunProperties properties, ShutdownSignal shutdown) {
        this.owners = owners;
        this.shutdown = shutdown;
        this.beats = new Heartbeats("batch-worker-heartbeat", properties.heartbeat().toMillis(), owners::heartbeatStep);
    }

    @Override
    public void beforeStep(StepExecution step) {
        owners.recordStep(step.getId(), ProcessOwner.current().toString());
        beats.start(step.getId());
        log.info("Partition {} ({}) of execution {} started", step.getId(), step.getStepName(), step.getJobExecutionId());
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        beats.stop(step.getId());
        log.info("Partition {} ({}) ended: {}", step.getId(), step.getStepName(), step.getExitStatus().getExitCode());
        return null;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        shutdown.end();
        long deadline = System.currentTimeMillis() + CLOSE_WAIT_MILLIS;
        if (beats.count() > 0) {
            log.info("Worker ending: stopping {} partition(s)", beats.count());
        }
        while (beats.count() > 0 && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        beats.close();
    }
}
