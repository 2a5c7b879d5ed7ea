package fr.clausematch.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.core.ResolvableType;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Field;

/**
 * A field of a request body as its client names it: the Java path of a refusal ({@code place.latitude},
 * {@code slots[0].startDate}) without the properties that JSON unwraps ({@code latitude}).
 */
final class JsonFieldPaths {

    private JsonFieldPaths() {
    }

    static String of(Object body, String path) {
        Class<?> type = body == null ? null : body.getClass();
        StringBuilder named = new StringBuilder();
        for (String segment : path.split("\\.")) {
            int index = segment.indexOf('[');
            Field field = type == null ? null : ReflectionUtils.findField(type, index < 0 ? segment : segment.substring(0, index));
            if (field != null && index < 0 && field.isAnnotationPresent(JsonUnwrapped.class)) {
                type = field.getType();
                continue;
            }
            named.append(named.isEmpty() ? "" : ".").append(segment);
            type = field == null ? null : index < 0 ? field.getType() : ResolvableType.forField(field).asCollection().resolveGeneric(0);
        }
        return named.toString();
    }
}
