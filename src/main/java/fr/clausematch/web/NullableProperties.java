package fr.clausematch.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.stereotype.Component;

import java.lang.annotation.Annotation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which fields may be null, in the API's description (OpenAPI 3.0, {@code nullable: true}):
 * <ul>
 *   <li>in answers, a property the Java code marks {@code @Nullable} (a record component of a view, usually
 *   {@code jakarta.annotation.Nullable}), or named below for the packages that may carry no annotation; every
 *   other property of an answer is never null. A nullable reference makes the referenced schema nullable, since
 *   OpenAPI 3.0 ignores what stands beside a {@code $ref} (such schemas are only used where they may be null);</li>
 *   <li>in request bodies, every property that is not required: the application takes null as « not given ».</li>
 * </ul>
 */
@Component
@SuppressWarnings({"rawtypes", "unchecked"})
class NullableProperties implements PropertyCustomizer, OpenApiCustomizer {

    private static final String REFS = "#/components/schemas/";

    /**
     * Nullable fields of records in packages that depend on no framework, not even for an annotation
     * ({@code matching}, see its architecture test): schema, then properties.
     */
    private static final Map<String, Set<String>> NULLABLE_WITHOUT_ANNOTATION = Map.of(
            "SlotExplanation", Set.of("candidateId")); // null: why the slot is empty

    /** Schemas referenced by a nullable property (the reference itself cannot say so). */
    private final Set<String> nullableReferences = ConcurrentHashMap.newKeySet();

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        if (property != null && isNullable(type.getCtxAnnotations())) {
            if (property.get$ref() != null) {
                nullableReferences.add(property.get$ref().substring(REFS.length()));
            } else {
                property.setNullable(true);
            }
        }
        return property;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents();
        if (components == null || components.getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = components.getSchemas();
        nullableReferences.stream().map(schemas::get).filter(Objects::nonNull).forEach(schema -> schema.setNullable(true));
        NULLABLE_WITHOUT_ANNOTATION.forEach((name, fields) -> properties(schemas.get(name)).forEach((field, property) -> {
            if (fields.contains(field)) {
                property.setNullable(true);
            }
        }));
        requestSchemas(openApi).forEach(name -> {
            Schema schema = schemas.get(name);
            properties(schema).forEach((property, value) -> {
                if (value.get$ref() == null && (schema.getRequired() == null || !schema.getRequired().contains(property))) {
                    value.setNullable(true);
                }
            });
        });
    }

    /** The schemas that request bodies use, directly or through their properties. */
    private static Set<String> requestSchemas(OpenAPI openApi) {
        Deque<Schema> toVisit = new ArrayDeque<>();
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(path -> path.readOperations().stream()
                    .filter(operation -> operation.getRequestBody() != null && operation.getRequestBody().getContent() != null)
                    .forEach(operation -> operation.getRequestBody().getContent().values()
                            .forEach(media -> visit(toVisit, media.getSchema()))));
        }
        Set<String> names = new HashSet<>();
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        while (!toVisit.isEmpty()) {
            Schema schema = toVisit.pop();
            if (schema.get$ref() != null) {
                String name = schema.get$ref().substring(REFS.length());
                if (names.add(name)) {
                    visit(toVisit, schemas.get(name));
                }
                continue;
            }
            properties(schema).values().forEach(property -> visit(toVisit, property));
            visit(toVisit, schema.getItems());
        }
        return names;
    }

    private static void visit(Deque<Schema> toVisit, Schema schema) {
        if (schema != null) {
            toVisit.add(schema);
        }
    }

    private static Map<String, Schema> properties(Schema schema) {
        return schema == null || schema.getProperties() == null ? Map.of() : schema.getProperties();
    }

    private static boolean isNullable(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                if (annotation.annotationType().getSimpleName().equals("Nullable")) {
                    return true;
                }
            }
        }
        return false;
    }
}
