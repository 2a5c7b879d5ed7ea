package fr.clausematch.web;

import jakarta.validation.ConstraintViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts the refusals of a service's form (Bean Validation on the API's record, or the service's own
 * checks) onto the page form's binding result, each next to the field that a person fills in.
 */
public final class FormErrors {

    /** Message of an edit refused because someone else saved the record first (the page never overwrites it). */
    public static final String STALE = "l'enregistrement a été modifié entre-temps par quelqu'un d'autre : "
            + "vos saisies ne sont pas enregistrées ; rechargez-le avant de le modifier";

    private static final Pattern LIST_ELEMENT = Pattern.compile("\\[\\d+]$");

    private FormErrors() {
    }

    /**
     * @param aliases the record's class-level checks ({@code periodValid}) mapped to the field that shows them ({@code endDate})
     */
    public static void addViolations(Set<? extends ConstraintViolation<?>> violations, BindingResult result,
                                     Map<String, String> aliases) {
        for (ConstraintViolation<?> violation : violations) {
            String path = violation.getPropertyPath().toString().replace(".<list element>", "")
                    .replace(".<iterable element>", "");
            path = LIST_ELEMENT.matcher(path).replaceAll("");
            int dot = path.lastIndexOf('.');
            String leaf = path.substring(dot + 1);
            if (aliases.containsKey(leaf)) {
                path = path.substring(0, dot + 1) + aliases.get(leaf);
            }
            if (!result.hasFieldErrors(path)) {
                field(result, path, violation.getMessage());
            }
        }
    }

    public static void field(BindingResult result, String field, String message) {
        Object typed;
        try {
            typed = result.getRawFieldValue(field);
        } catch (RuntimeException unreadable) {
            typed = null;
        }
        result.addError(new FieldError(result.getObjectName(), field, typed, false, null, null, message));
    }

    /** Splits a list typed in one text field ({@code F1704|K2204}, {@code B, SST}); blank gives an empty list. */
    public static java.util.List<String> splitList(String text) {
        if (text == null || text.isBlank()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(text.split("[|,;\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    public static void global(BindingResult result, String message) {
        result.addError(new ObjectError(result.getObjectName(), message));
    }

    /** A conflict (stale version, id taken) as a message above the form. */
    public static void conflict(BindingResult result, RuntimeException e) {
        global(result, e instanceof OptimisticLockingFailureException ? STALE : e.getMessage());
    }
}
