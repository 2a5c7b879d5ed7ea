package fr.clausematch.batch;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import java.util.Set;

/**
 * Declares in the API description the 503 that launching or restarting a batch run answers when the run is on
 * remote workers and their RabbitMQ broker does not answer ({@link BrokerUnavailableException}: nothing started).
 */
@Component
class BrokerResponses implements OperationCustomizer {

    private static final Set<String> ASKING_THE_BROKER = Set.of("launch", "restart");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (handler.getBeanType().equals(BatchRunController.class) && ASKING_THE_BROKER.contains(handler.getMethod().getName())) {
            operation.getResponses().addApiResponse("503", new ApiResponse()
                    .description("Calcul sur ouvriers distants : le courtier RabbitMQ ne répond pas, rien n'a été lancé "
                            + "(réessayez après Retry-After secondes)")
                    .addHeaderObject("Retry-After", new Header().description("Secondes à attendre avant de réessayer")
                            .schema(new IntegerSchema()))
                    .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            new MediaType().schema(new Schema<>().$ref("Problem")))));
        }
        return operation;
    }
}
