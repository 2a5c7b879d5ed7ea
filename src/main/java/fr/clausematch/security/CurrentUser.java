package fr.clausematch.security;

import fr.clausematch.shared.AccessRefusedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/**
 * The signed-in user of the current request. Controllers ask it for the scope of what they return;
 * services that act on one record check it before they read or write, so that an out-of-scope record
 * is answered exactly like a record that does not exist.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<SignedInUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user) : Optional.empty();
    }

    /** The signed-in user; without one (never on a secured route) access is refused. */
    public static SignedInUser get() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no signed-in user"));
    }

    /** Who acts, for the audit log and the history of decisions. */
    public static String actor() {
        return get().actor();
    }

    /**
     * Refuses (403) a territory asked for explicitly (a filter, a plan to start, settings, an export)
     * that the user does not work on. The message names only the code the user gave.
     */
    public static void requireTerritory(String territory) {
        if (!get().worksOn(territory)) {
            throw new AccessRefusedException("vous n'avez pas accès au territoire " + territory);
        }
    }

    /**
     * The same for what administrators may read or set on every territory (figures, plans' figures,
     * objectives), never people.
     */
    public static void requireTerritoryFigures(String territory) {
        if (!get().is(Role.ADMIN)) {
            requireTerritory(territory);
        }
    }
}
