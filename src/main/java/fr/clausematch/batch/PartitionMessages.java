package fr.clausematch.batch;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.support.converter.MessageConversionException;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.integration.partition.StepExecutionRequest;

import java.util.List;

/**
 * The queue {@value #QUEUE} that carries the partitions of remote runs to the workers, and the one converter of
 * its messages on both sides: Java serialization of {@link StepExecutionRequest} (a step name and two ids) and of
 * nothing else. Spring AMQP refuses to deserialize a class outside the allow-list, so a message of any other
 * class is rejected before it reaches a worker's step (CVE-2023-34050 made the list empty by default).
 */
final class PartitionMessages {

    static final String QUEUE = "clausematch.batch.partitions";

    /** Exactly the classes that a serialized request holds: the request, and the {@link Long} of its ids. */
    static final List<String> ALLOWED = List.of(StepExecutionRequest.class.getName(), Long.class.getName(),
            Number.class.getName());

    private PartitionMessages() {
    }

    /** The converter; a message of a class outside the list is a {@link MessageConversionException} (fatal: dropped). */
    static SimpleMessageConverter converter() {
        SimpleMessageConverter converter = new SimpleMessageConverter() {
            @Override
            public Object fromMessage(Message message) {
                try {
                    return super.fromMessage(message);
                } catch (SecurityException e) {
                    throw new MessageConversionException("message refusé : " + e.getMessage(), e);
                }
            }
        };
        converter.setAllowedListPatterns(ALLOWED);
        return converter;
    }
}
