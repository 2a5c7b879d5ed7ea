package fr.clausematch.shared;

/**
 * A request for something outside the user's scope that the user named themselves (a territory, a
 * buyer): 403 with a message that repeats only what the user gave. A record looked up by id outside the
 * scope is a {@link NotFoundException} instead, answered exactly like one that does not exist.
 */
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(String message) {
        super(message);
    }
}
