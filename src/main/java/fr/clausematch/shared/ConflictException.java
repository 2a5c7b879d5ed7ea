package fr.clausematch.shared;

/** The request conflicts with what the database holds: an existing id, a stale version, a record in use (HTTP 409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    /**
     * Refuses an identifier already used. Identifiers are global (one namespace for every territory), so the
     * refusal stays even when the record holding it lies outside the user's reach; it names nothing of that
     * record, and reads the same whether the record is in one's own territory or another.
     */
    public static ConflictException idTaken(String id) {
        return new ConflictException("l'identifiant " + id + " est déjà pris (les identifiants valent pour toute la base, "
                + "tous territoires confondus) : choisissez-en un autre");
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
