package fr.clausematch.batch;

import fr.clausematch.planning.TerritoryPlanner;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import java.time.Duration;
import java.util.List;

/**
 * The job {@value #JOB}: one step {@value #MANAGER_STEP} partitioned by territory ({@link TerritoryPartitioner}),
 * its partitions run as steps {@value #WORKER_STEP}{@code :<territory>} on at most {@code clausematch.batch.parallel}
 * local threads ({@link TaskExecutorPartitionHandler}), or, for a run on remote workers, by worker processes
 * listening to RabbitMQ ({@link ChosenWorkersStep}, {@link RemoteManagerStep}, {@link WorkerConfiguration}). A worker step is one tasklet ({@link PlanTerritoryTasklet})
 * outside any transaction of the step: the planning module stores the plan in a transaction of its own. Spring
 * Batch's configuration registers the job in its JobRegistry, where {@code JobOperator.restart} finds it.
 */
@Configuration
class BatchJobConfiguration {

    static final String JOB = "territoryPlanning";
    static final String MANAGER_STEP = "planTerritories";
    static final String WORKER_STEP = "planTerritory";
    /** Job parameters: the territories (comma separated), the budget in seconds, who asked, and when. */
    static final String TERRITORIES = "territories";
    static final String BUDGET_SECONDS = "budgetSeconds";
    static final String LAUNCHED_AT = "launchedAt";

    @Bean
    Job territoryPlanning(JobRepository repository, Step planTerritories, OwnerHeartbeat heartbeat) {
        return new JobBuilder(JOB, repository).listener(heartbeat).start(planTerritories).build();
    }

    @Bean
    Step planTerritories(JobRepository repository, TerritoryPartitioner territoryPartitioner,
                         TaskExecutorPartitionHandler territoryPartitionHandler, RemoteManagerStep remote) {
        Step local = new StepBuilder(MANAGER_STEP, repository).partitioner(WORKER_STEP, territoryPartitioner)
                .partitionHandler(territoryPartitionHandler).build();
        return new ChosenWorkersStep(local, remote);
    }

    @Bean
    @StepScope
    TerritoryPartitioner territoryPartitioner(TerritoryPlanner planner, BatchRunProperties properties,
                                              @Value("#{jobParameters['territories']}") String territories,
                                              @Value("#{jobParameters['budgetSeconds']}") Long budgetSeconds) {
        return new TerritoryPartitioner(planner, List.of(territories.split(",")), Duration.ofSeconds(budgetSeconds), properties);
    }

    @Bean
    TaskExecutorPartitionHandler territoryPartitionHandler(JobRepository repository, PlanTerritoryTasklet tasklet,
                                                           BatchRunProperties properties) {
        ThreadPoolTaskExecutor threads = new ThreadPoolTaskExecutor();
        threads.setCorePoolSize(properties.parallel());
        threads.setMaxPoolSize(properties.parallel());
        threads.setThreadNamePrefix("batch-partition-");
        threads.setDaemon(true);
        threads.initialize();
        Step worker = new StepBuilder(WORKER_STEP, repository).tasklet(tasklet, new ResourcelessTransactionManager()).build();
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(worker);
        handler.setTaskExecutor(threads);
        handler.setGridSize(properties.parallel());
        return handler;
    }
}
