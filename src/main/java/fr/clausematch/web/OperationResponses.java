package fr.clausematch.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

import java.util.List;
import java.util.Set;

/**
 * Makes each operation of the description declare what the application really answers, from its handler
 * method, so that controllers carry no response annotations:
 * <ul>
 *   <li>success: 201 with {@code Location} for a POST answered by a {@code ResponseEntity} (every such POST
 *   creates), 204 without body for a {@code ResponseEntity<Void>};</li>
 *   <li>errors, as problem details ({@link ProblemResponses}): 401 and 403 everywhere; 400 and 404 where the
 *   request names or sends something (parameter or body); 409 on every write (ids taken, stale versions,
 *   states); 413 and 422 on uploads (too large, dataset refused).</li>
 * </ul>
 */
@Component
class OperationResponses implements OperationCustomizer {

    private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
            RequestMethod.DELETE);

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        declareSuccess(responses, handler);
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean upload = operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().containsKey(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE);
        boolean namesSomething = operation.getRequestBody() != null || !parameters.isEmpty();
        if (namesSomething) {
            error(responses, "400", ProblemResponses.BAD_REQUEST);
        }
        error(responses, "401", ProblemResponses.UNAUTHORIZED);
        error(responses, "403", ProblemResponses.FORBIDDEN);
        if (namesSomething) {
            error(responses, "404", ProblemResponses.NOT_FOUND);
        }
        if (isWrite(handler)) {
            error(responses, "409", ProblemResponses.CONFLICT);
        }
        if (upload) {
            error(responses, "413", ProblemResponses.TOO_LARGE);
            error(responses, "422", ProblemResponses.DATASET_REFUSED);
        }
        return operation;
    }

    private static void declareSuccess(ApiResponses responses, HandlerMethod handler) {
        ResolvableType returned = ResolvableType.forMethodReturnType(handler.getMethod());
        Class<?> body = ResponseEntity.class.equals(returned.resolve()) ? returned.getGeneric(0).resolve() : returned.resolve();
        ApiResponse ok = responses.get("200");
        if (Void.class.equals(body)) {
            responses.remove("200");
            responses.addApiResponse("204", new ApiResponse().description("Fait (aucun contenu)"));
        } else if (ResponseEntity.class.equals(returned.resolve()) && isPost(handler) && ok != null) {
            responses.remove("200");
            responses.addApiResponse("201", ok.description("Créé")
                    .addHeaderObject("Location", new Header().description("L'adresse de ce qui a été créé")
                            .schema(new StringSchema().format("uri"))));
        }
    }

    private static void error(ApiResponses responses, String status, String component) {
        responses.putIfAbsent(status, new ApiResponse().$ref(component));
    }

    private static boolean isWrite(HandlerMethod handler) {
        return methods(handler).stream().anyMatch(WRITES::contains);
    }

    private static boolean isPost(HandlerMethod handler) {
        return methods(handler).contains(RequestMethod.POST);
    }

    private static List<RequestMethod> methods(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping == null ? List.of() : List.of(mapping.method());
    }
}
