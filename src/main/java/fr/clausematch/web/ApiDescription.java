package fr.clausematch.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI description (/v3/api-docs, /swagger-ui): every operation needs an account, by HTTP
 * Basic, so Swagger UI offers « Authorize » and its calls carry their own credentials (no CSRF token needed).
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Clausematch API", version = "1",
                description = "Appariement des heures d'insertion des clauses sociales. Chaque appel s'identifie en HTTP Basic "
                        + "avec un compte Clausematch ; un facilitateur n'atteint que ses territoires, un acheteur que ses contrats."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "cm_… (jeton d'accès personnel)")
class ApiDescription {
}
