package fr.clausematch.shared;

/** One field-level reason of a refused request, as listed in a problem detail's {@code errors}. */
public record FieldError(String field, String message) {
}
