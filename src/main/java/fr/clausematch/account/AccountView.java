package fr.clausematch.account;

import fr.clausematch.security.Role;
import fr.clausematch.security.LoginThrottle;

import jakarta.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * An account as the administrator sees it (pages and {@code /api/users}): never its password hash.
 *
 * @param territories  the territories of a facilitator, sorted (empty for the other roles)
 * @param buyerCode    the buyer organisation of a buyer account, else null
 * @param locked       whether some client must wait before trying to sign in again, after failed attempts
 *                     ({@link LoginThrottle}); an administrator's unlock lifts it
 * @param lockedUntil  until when, when {@code locked}; else null
 */
public record AccountView(String username, String displayName, Role role, List<String> territories,
                          @Nullable String buyerCode, boolean enabled, boolean locked, @Nullable Instant lockedUntil,
                          @Nullable Instant lastLoginAt, long version) {

    /** {@code lockedUntil}: until when some client must wait before trying again, null when none must. */
    static AccountView of(UserAccount account, Instant lockedUntil) {
        return new AccountView(account.getUsername(), account.getDisplayName(), account.getRole(),
                account.getTerritories().stream().sorted().toList(), account.getBuyerCode(), account.isEnabled(),
                lockedUntil != null, lockedUntil, account.getLastLoginAt(), account.getVersion());
    }
}
