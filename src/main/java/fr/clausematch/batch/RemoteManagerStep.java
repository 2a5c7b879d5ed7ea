package fr.clausematch.batch;

import org.springframework.batch.core.JobInterruptedException;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The manager step of a run on remote workers: its partitions ({@link TerritoryPartitioner}) sent as requests to
 * the broker, then the JobRepository polled every second until every partition has ended, within the run's budget
 * and a half plus {@code clausematch.batch.remote-margin} (a timeout fails the step). Meanwhile
 * {@link PartitionWatch} fails a partition whose worker is gone, so the poll ends without waiting for the timeout.
 * The step is built for each execution (its timeout follows the run's budget).
 */
@Component
class RemoteManagerStep {

    private static final long POLL_MILLIS = 1000;

    private final RemotePartitioningManagerStepBuilderFactory steps;
    private final TerritoryPartitioner partitioner;
    private final DirectChannel partitionRequests;
    private final BrokerCheck broker;
    private final PartitionWatch watch;
    private final BatchRunProperties properties;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "batch-partition-watch");
        thread.setDaemon(true);
        return thread;
    });

    RemoteManagerStep(RemotePartitioningManagerStepBuilderFactory steps, TerritoryPartitioner territoryPartitioner,
                      DirectChannel partitionRequests, BrokerCheck broker, PartitionWatch watch, BatchRunProperties properties) {
        this.steps = steps;
        this.partitioner = territoryPartitioner;
        this.partitionRequests = partitionRequests;
        this.broker = broker;
        this.watch = watch;
        this.properties = properties;
    }

    /** How long the manager waits for the workers of a run of this budget. */
    Duration timeout(Duration budget) {
        return budget.plus(budget.dividedBy(2)).plus(properties.remoteMargin());
    }

    void execute(StepExecution manager) throws JobInterruptedException {
        Duration budget = Duration.ofSeconds(manager.getJobParameters().getLong(BatchJobConfiguration.BUDGET_SECONDS));
        Step step = steps.get(BatchJobConfiguration.MANAGER_STEP)
                .partitioner(BatchJobConfiguration.WORKER_STEP, partitioner)
                .gridSize(properties.parallel())
                .outputChannel(partitionRequests)
                .pollInterval(POLL_MILLIS)
                .timeout(timeout(budget).toMillis())
                .build();
        broker.check();
        long every = properties.heartbeat().toMillis();
        ScheduledFuture<?> watching = timer.scheduleWithFixedDelay(() -> watch.failGone(manager.getJobExecutionId()),
                every, every, TimeUnit.MILLISECONDS);
        try {
            step.execute(manager);
        } finally {
            watching.cancel(false);
        }
    }
}
