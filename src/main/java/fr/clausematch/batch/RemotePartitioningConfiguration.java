package fr.clausematch.batch;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * The manager's side of remote partitioning, in every process (nothing connects to the broker until a run on
 * remote workers is launched, {@link BrokerCheck} first): the requests of a run's partitions go from the channel
 * {@code partitionRequests} to the durable queue {@value PartitionMessages#QUEUE}, serialized by
 * {@link PartitionMessages#converter()}. No reply is aggregated: the manager polls the JobRepository
 * ({@link RemoteManagerStep}).
 */
@Configuration
class RemotePartitioningConfiguration {

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    Queue partitionQueue() {
        return BrokerCheck.queue();
    }

    @Bean
    IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, ConnectionFactory connections) {
        RabbitTemplate template = new RabbitTemplate(connections);
        template.setMessageConverter(PartitionMessages.converter());
        return IntegrationFlow.from(partitionRequests)
                .handle(Amqp.outboundAdapter(template).routingKey(PartitionMessages.QUEUE))
                .get();
    }

    @Bean
    RemotePartitioningManagerStepBuilderFactory remoteManagerSteps(JobRepository repository, JobExplorer explorer) {
        return new RemotePartitioningManagerStepBuilderFactory(repository, explorer);
    }
}
