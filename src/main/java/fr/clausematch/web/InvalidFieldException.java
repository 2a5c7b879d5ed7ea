package fr.clausematch.web;

/** One field of a request is refused by a rule that Bean Validation cannot see (an unknown territory, …): HTTP 400. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
