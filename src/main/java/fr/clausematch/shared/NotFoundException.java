package fr.clausematch.shared;

/** A record asked for by its identifier does not exist (HTTP 404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " introuvable");
    }
}
