package fr.clausematch.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The API's OpenAPI description (/v3/api-docs, /swagger-ui): every operation needs an account, by HTTP
 * Basic, so Swagger UI offers « Authorize » and its calls carry their own credentials (no CSRF token needed).
 * It tells the truth, and the tests keep it so (every API response of the tests is validated against it):
 * {@link OperationResponses} declares each operation's statuses and {@link ProblemResponses} the problem
 * details, {@link NullableProperties} the fields that may be null; streams are declared as what they send.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Clausematch API", version = "1",
                description = "Appariement des heures d'insertion des clauses sociales. Chaque appel s'identifie par un jeton d'accès "
                        + "personnel (Bearer) ou en HTTP Basic avec un compte Clausematch ; un facilitateur n'atteint que ses territoires, un acheteur que ses contrats."),
        servers = @Server(url = "/", description = "Ce serveur"),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "cm_… (jeton d'accès personnel)")
class ApiDescription {

    static {
        SpringDocUtils.getConfig()
                .replaceWithSchema(SseEmitter.class, new StringSchema().description("Événements « progress » (données : "
                        + "un PlanProgressPoint en JSON) à chaque meilleure solution, puis « end » (données : le PlanView enregistré)"))
                .replaceWithSchema(StreamingResponseBody.class, new StringSchema().format("binary"));
    }
}
