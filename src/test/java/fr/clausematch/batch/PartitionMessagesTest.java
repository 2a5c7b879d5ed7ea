package fr.clausematch.batch;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.support.converter.MessageConversionException;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.integration.partition.StepExecutionRequest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The converter of the partitions' queue reads back a step-execution request, and refuses every other class. */
class PartitionMessagesTest {

    private final SimpleMessageConverter converter = PartitionMessages.converter();

    @Test
    void aRequestGoesThroughWhole() {
        Message message = converter.toMessage(new StepExecutionRequest("planTerritory", 12L, 34L), new MessageProperties());

        Object read = converter.fromMessage(message);

        assertThat(read).isInstanceOfSatisfying(StepExecutionRequest.class, request -> {
            assertThat(request.getStepName()).isEqualTo("planTerritory");
            assertThat(request.getJobExecutionId()).isEqualTo(12L);
            assertThat(request.getStepExecutionId()).isEqualTo(34L);
        });
    }

    @Test
    void aMessageOfAnotherClassIsRefused() {
        SimpleMessageConverter anything = new SimpleMessageConverter();
        anything.setAllowedListPatterns(List.of("*"));
        Message foreign = anything.toMessage(new ArrayList<>(List.of("rm -rf /")), new MessageProperties());
        Message date = anything.toMessage(new java.util.Date(0), new MessageProperties());

        assertThatThrownBy(() -> converter.fromMessage(foreign)).isInstanceOf(MessageConversionException.class)
                .hasMessageStartingWith("message refusé : ").hasMessageContaining("java.util.ArrayList")
                .hasRootCauseInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> converter.fromMessage(date)).isInstanceOf(MessageConversionException.class)
                .rootCause().hasMessageContaining("java.util.Date");
    }
}
