package fr.clausematch.batch;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.support.transaction.ResourcelessTransactionManager;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * A worker process ({@code java -jar clausematch.jar worker}, which sets {@code clausematch.batch.worker=true}):
 * listens to the queue {@value PartitionMessages#QUEUE} with {@code clausematch.batch.parallel} consumers, each
 * taking one request at a time (prefetch 1, so that one worker does not hoard the run's partitions), and runs the
 * partition's step {@value BatchJobConfiguration#WORKER_STEP} with the same tasklet as local runs. A request is
 * acknowledged once its step has ended (and recorded it in the JobRepository): a worker killed in the middle leaves
 * its request to the broker, which hands it to another worker, where {@link RedeliveredRequests} decides.
 */
@Configuration
@ConditionalOnProperty(name = "clausematch.batch.worker", havingValue = "true")
class WorkerConfiguration {

    @Bean
    DirectChannel workerRequests() {
        return new DirectChannel();
    }

    @Bean
    IntegrationFlow partitionRequestsFromBroker(ConnectionFactory connections, DirectChannel workerRequests,
                                                RedeliveredRequests redelivered, BatchRunProperties properties) {
        return IntegrationFlow.from(Amqp.inboundAdapter(connections, PartitionMessages.QUEUE)
                        .messageConverter(PartitionMessages.converter())
                        .configureContainer(container -> container.concurrentConsumers(properties.parallel())
                                .prefetchCount(1).acknowledgeMode(AcknowledgeMode.AUTO).defaultRequeueRejected(false)))
                .filter(StepExecutionRequest.class, redelivered::runnable, filter -> filter.discardChannel("nullChannel"))
                .channel(workerRequests)
                .get();
    }

    @Bean
    RemotePartitioningWorkerStepBuilderFactory remoteWorkerSteps(JobRepository repository, JobExplorer explorer) {
        return new RemotePartitioningWorkerStepBuilderFactory(repository, explorer);
    }

    /** The step that requests name ({@link org.springframework.batch.integration.partition.BeanFactoryStepLocator} finds it by this bean's name). */
    @Bean
    Step planTerritory(RemotePartitioningWorkerStepBuilderFactory steps, DirectChannel workerRequests,
                       PlanTerritoryTasklet tasklet, PartitionOwnership ownership) {
        return steps.get(BatchJobConfiguration.WORKER_STEP).inputChannel(workerRequests).listener(ownership)
                .tasklet(tasklet, new ResourcelessTransactionManager()).build();
    }

    @Bean
    RedeliveredRequests redeliveredRequests(JobExplorer explorer, RunOwners owners, StaleExecutions stale) {
        return new RedeliveredRequests(explorer, owners, stale);
    }

    @Bean
    PartitionOwnership partitionOwnership(RunOwners owners, BatchRunProperties properties, ShutdownSignal shutdown) {
        return new PartitionOwnership(owners, properties, shutdown);
    }
}
