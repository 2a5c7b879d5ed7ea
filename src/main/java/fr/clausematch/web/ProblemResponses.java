package fr.clausematch.web;

import fr.clausematch.shared.FieldError;
import fr.clausematch.dataset.DatasetError;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The error responses of the API's description, as {@link ApiExceptionHandler}, the security filters and
 * {@link UploadTooLargeHandler} write them: RFC 9457 problem details ({@code application/problem+json}) with,
 * for refused fields, the list {@code errors} of {@link FieldError}s, and for a refused dataset the list of
 * {@link DatasetError}s (file, line, column, reason). {@link OperationResponses} says which operation gives which.
 */
@Component
class ProblemResponses implements OpenApiCustomizer {

    static final String BAD_REQUEST = "BadRequest";
    static final String UNAUTHORIZED = "Unauthorized";
    static final String FORBIDDEN = "Forbidden";
    static final String NOT_FOUND = "NotFound";
    static final String CONFLICT = "Conflict";
    static final String TOO_LARGE = "TooLarge";
    static final String DATASET_REFUSED = "DatasetRefused";

    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        ModelConverters.getInstance().readAll(FieldError.class).forEach(components::addSchemas);
        ModelConverters.getInstance().readAll(DatasetError.class).forEach(components::addSchemas);
        // null when the fault is about a whole line or file (the dataset package carries no annotation)
        ((Schema<?>) components.getSchemas().get("DatasetError").getProperties().get("column")).setNullable(true);
        components.addSchemas("Problem", problem("FieldError",
                "Raisons champ par champ, quand des champs ou des paramètres sont refusés"));
        components.addSchemas("DatasetProblem", problem("DatasetError",
                "Toutes les fautes du jeu de données, chacune avec son fichier, sa ligne et sa colonne"));
        components.addResponses(BAD_REQUEST, response("Requête refusée : paramètre, corps ou champ invalide "
                + "(la raison de chaque champ dans errors)", "Problem"));
        components.addResponses(UNAUTHORIZED, response("Authentification requise ou refusée", "Problem")
                .addHeaderObject("WWW-Authenticate", new Header().description("Le schéma d'authentification attendu")
                        .schema(new StringSchema())));
        components.addResponses(FORBIDDEN, response("Le rôle ou le périmètre du compte ne donne pas accès à cette "
                + "ressource, ou jeton CSRF manquant pour un appel authentifié par session", "Problem"));
        components.addResponses(NOT_FOUND, response("Enregistrement introuvable (ou hors du périmètre du compte)", "Problem"));
        components.addResponses(CONFLICT, response("Conflit : identifiant déjà pris, version périmée (quelqu'un a "
                + "modifié l'enregistrement entre-temps) ou état qui ne permet pas l'opération", "Problem"));
        components.addResponses(TOO_LARGE, response("Envoi trop volumineux : rien n'a été importé", "Problem"));
        components.addResponses(DATASET_REFUSED, response("Jeu de données refusé, rien n'a été importé", "DatasetProblem"));
    }

    @SuppressWarnings("rawtypes")
    private static Schema<?> problem(String errorSchema, String errorsDescription) {
        return new ObjectSchema()
                .description("Un problème (RFC 9457), en français")
                .addProperty("type", new StringSchema().format("uri")
                        .description("https://clausematch.fr/problemes/{sorte}, ou about:blank"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference").description("Le chemin appelé"))
                .addProperty("errors", new ArraySchema().items(new Schema().$ref(errorSchema)).description(errorsDescription))
                .required(List.of("type", "title", "status"));
    }

    private static ApiResponse response(String description, String schema) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(schema))));
    }
}
