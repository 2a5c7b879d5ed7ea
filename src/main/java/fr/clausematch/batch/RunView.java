package fr.clausematch.batch;

import jakarta.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A batch run (a job instance: its id is the run's number, kept across restarts) as its last execution
 * stands: status, budget, who asked, where its partitions are planned ({@code local} or {@code remote}), the process
 * running it and its last heartbeat, and its partitions.
 */
public record RunView(long id, String status, List<String> territories, long budgetSeconds, String requestedBy,
                      String workers, int executions, long lastExecution, @Nullable Instant startedAt, @Nullable Instant endedAt,
                      @Nullable String owner, @Nullable Instant heartbeatAt, @Nullable String message,
                      List<PartitionView> partitions) {

    /** Said running by the JobRepository, but its owner is gone: nothing runs it any more, a restart takes it up. */
    public static final String INTERRUPTED = "INTERRUPTED";

    /** Whether the last execution is still going (or said to be: a restart checks whether its owner is alive). */
    public boolean running() {
        return status.equals("STARTING") || status.equals("STARTED") || status.equals("STOPPING");
    }

    public boolean restartable() {
        return status.equals("STOPPED") || status.equals("FAILED") || status.equals(INTERRUPTED) || running();
    }
}
