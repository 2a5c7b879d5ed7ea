package fr.clausematch.shared;

import java.util.List;

/** Fields of a request refused by rules that Bean Validation cannot see (an unknown territory, a bad setting…): HTTP 400. */
public class InvalidFieldException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidFieldException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidFieldException(List<FieldError> errors) {
        super(errors.get(0).field() + " : " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
