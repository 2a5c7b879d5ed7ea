package fr.clausematch.batch;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;

import java.util.function.BooleanSupplier;

/**
 * Whether a partition must stop: its step was told so in this process, or its job execution is marked STOPPING
 * in the JobRepository ({@code JobOperator.stop}, maybe from another process), or its process is shutting down (a
 * worker told to end by SIGTERM stops its partitions cleanly, storing nothing, for a restart to plan). The repository is read at most
 * once a second however often it is asked.
 */
final class StopSignal implements BooleanSupplier {

    private static final long EVERY_NANOS = 1_000_000_000L;

    private final JobExplorer explorer;
    private final StepExecution step;
    private final BooleanSupplier shuttingDown;
    private long readAt = System.nanoTime() - EVERY_NANOS;
    private boolean stopping;

    StopSignal(JobExplorer explorer, StepExecution step, BooleanSupplier shuttingDown) {
        this.explorer = explorer;
        this.step = step;
        this.shuttingDown = shuttingDown;
    }

    @Override
    public synchronized boolean getAsBoolean() {
        if (step.isTerminateOnly() || stopping || shuttingDown.getAsBoolean()) {
            return true;
        }
        if (System.nanoTime() - readAt >= EVERY_NANOS) {
            readAt = System.nanoTime();
            JobExecution stored = explorer.getJobExecution(step.getJobExecutionId());
            stopping = stored != null && (stored.getStatus() == BatchStatus.STOPPING || stored.getStatus() == BatchStatus.STOPPED);
        }
        return stopping;
    }
}
