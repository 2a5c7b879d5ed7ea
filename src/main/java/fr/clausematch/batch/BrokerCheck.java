package fr.clausematch.batch;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

/**
 * Asks the broker, before a run on remote workers starts anything, whether it answers: it declares the queue of
 * partitions (durable, so that requests wait for a worker) and says how many workers listen to it. A broker that
 * does not answer within {@code spring.rabbitmq.connection-timeout} is a {@link BrokerUnavailableException}.
 */
@Component
class BrokerCheck {

    private final ConnectionFactory connections;

    BrokerCheck(ConnectionFactory connections) {
        this.connections = connections;
    }

    /** The broker's address, {@code host:port}, as the messages say it. */
    String address() {
        return connections.getHost() + ":" + connections.getPort();
    }

    /** Declares the queue of partitions and answers how many workers listen to it; refuses when the broker is silent. */
    int check() {
        try {
            RabbitAdmin admin = new RabbitAdmin(connections);
            admin.declareQueue(queue());
            QueueInformation info = admin.getQueueInfo(PartitionMessages.QUEUE);
            return info == null ? 0 : info.getConsumerCount();
        } catch (RuntimeException e) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            throw new BrokerUnavailableException("le courtier RabbitMQ " + address() + " ne répond pas : " + reason
                    + " ; rien n'a été lancé", e);
        }
    }

    static Queue queue() {
        return new Queue(PartitionMessages.QUEUE, true);
    }
}
