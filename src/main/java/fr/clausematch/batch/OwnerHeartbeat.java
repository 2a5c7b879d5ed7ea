package fr.clausematch.batch;

import fr.clausematch.shared.ProcessOwner;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Writes each job execution's owner (this process) when it starts, then a heartbeat every
 * {@code clausematch.batch.heartbeat} until it ends.
 */
@Component
class OwnerHeartbeat implements JobExecutionListener, DisposableBean {

    private final RunOwners owners;
    private final Heartbeats beats;

    OwnerHeartbeat(RunOwners owners, BatchRunProperties properties) {
        this.owners = owners;
        this.beats = new Heartbeats("batch-heartbeat", properties.heartbeat().toMillis(), owners::heartbeat);
    }

    @Override
    public void beforeJob(JobExecution execution) {
        owners.record(execution.getId(), ProcessOwner.current().toString());
        beats.start(execution.getId());
    }

    @Override
    public void afterJob(JobExecution execution) {
        beats.stop(execution.getId());
    }

    @Override
    public void destroy() {
        beats.close();
    }
}
