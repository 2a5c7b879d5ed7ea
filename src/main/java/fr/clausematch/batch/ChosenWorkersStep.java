package fr.clausematch.batch;

import org.springframework.batch.core.JobInterruptedException;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;

/**
 * The job's one manager step {@value BatchJobConfiguration#MANAGER_STEP}, planning the partitions where the run
 * says ({@link Workers}, a job parameter, so a restart plans them the same way): on local threads, or by remote
 * workers ({@link RemoteManagerStep}). One job, one step name, so runs read, restart and stop alike either way.
 */
final class ChosenWorkersStep implements Step {

    private final Step local;
    private final RemoteManagerStep remote;

    ChosenWorkersStep(Step local, RemoteManagerStep remote) {
        this.local = local;
        this.remote = remote;
    }

    static Workers of(StepExecution execution) {
        return Workers.parse(execution.getJobParameters().getString(Workers.PARAMETER));
    }

    @Override
    public String getName() {
        return BatchJobConfiguration.MANAGER_STEP;
    }

    @Override
    public boolean isAllowStartIfComplete() {
        return local.isAllowStartIfComplete();
    }

    @Override
    public int getStartLimit() {
        return local.getStartLimit();
    }

    @Override
    public void execute(StepExecution execution) throws JobInterruptedException {
        if (of(execution) == Workers.REMOTE) {
            remote.execute(execution);
        } else {
            local.execute(execution);
        }
    }
}
