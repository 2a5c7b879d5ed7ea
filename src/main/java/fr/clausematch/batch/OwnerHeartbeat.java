package fr.clausematch.batch;

import fr.clausematch.shared.ProcessOwner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Writes each job execution's owner (this process) when it starts, then a heartbeat every
 * {@code clausematch.batch.heartbeat} until it ends.
 */
@Component
class OwnerHeartbeat implements JobExecutionListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OwnerHeartbeat.class);

    private final RunOwners owners;
    private final long everyMillis;
    private final Map<Long, ScheduledFuture<?>> beats = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "batch-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    OwnerHeartbeat(RunOwners owners, BatchRunProperties properties) {
        this.owners = owners;
        this.everyMillis = properties.heartbeat().toMillis();
    }

    @Override
    public void beforeJob(JobExecution execution) {
        long id = execution.getId();
        owners.record(id, ProcessOwner.current().toString());
        beats.put(id, timer.scheduleWithFixedDelay(() -> beat(id), everyMillis, everyMillis, TimeUnit.MILLISECONDS));
    }

    @Override
    public void afterJob(JobExecution execution) {
        ScheduledFuture<?> beat = beats.remove(execution.getId());
        if (beat != null) {
            beat.cancel(false);
        }
        beat(execution.getId());
    }

    private void beat(long id) {
        try {
            owners.heartbeat(id);
        } catch (RuntimeException e) {
            log.warn("Batch execution {}: heartbeat not written ({})", id, e.getMessage());
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
