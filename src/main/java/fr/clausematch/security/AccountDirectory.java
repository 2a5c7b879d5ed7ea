package fr.clausematch.security;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Where sign-in finds the accounts it checks; the {@code account} module keeps them (table {@code app_user})
 * and implements this, so that signing in needs nothing of account administration.
 */
public interface AccountDirectory {

    /** The account as it stands now, if it exists: its role, scope, state and password hash. */
    Optional<SignedInUser> find(String username);

    /** Notes a successful sign-in of the account at {@code at}. */
    void signedIn(String username, Instant at);

    /** Usernames are case-insensitive and ignore the spaces around them. */
    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
