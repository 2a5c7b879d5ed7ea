package fr.clausematch.web;

/** The request conflicts with what the database holds: an existing id, a stale version, a record in use (HTTP 409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    /** Refuses an edit made on an older version of a record, rather than overwriting someone else's change. */
    public static ConflictException staleVersion(String what, String id, long sent, long current) {
        return new ConflictException(what + " " + id + " a été modifié entre-temps (votre version " + sent
                + ", version actuelle " + current + ") : rechargez-le avant de le modifier");
    }

    public static void checkVersion(String what, String id, Long sent, long current) {
        if (sent == null || sent != current) {
            throw staleVersion(what, id, sent == null ? -1 : sent, current);
        }
    }
}
