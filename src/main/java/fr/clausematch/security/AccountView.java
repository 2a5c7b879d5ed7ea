package fr.clausematch.security;

import jakarta.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * An account as the administrator sees it (pages and {@code /api/users}): never its password hash.
 *
 * @param territories  the territories of a facilitator, sorted (empty for the other roles)
 * @param buyerCode    the buyer organisation of a buyer account, else null
 * @param locked       whether sign-in is refused at the time of reading because of failed attempts
 * @param lockedUntil  until when, when {@code locked}; else null
 */
public record AccountView(String username, String displayName, Role role, List<String> territories,
                          @Nullable String buyerCode, boolean enabled, boolean locked, @Nullable Instant lockedUntil,
                          @Nullable Instant lastLoginAt, long version) {

    static AccountView of(UserAccount account, Instant now) {
        boolean locked = account.getLockedUntil() != null && account.getLockedUntil().isAfter(now);
        return new AccountView(account.getUsername(), account.getDisplayName(), account.getRole(),
                account.getTerritories().stream().sorted().toList(), account.getBuyerCode(), account.isEnabled(), locked,
                locked ? account.getLockedUntil() : null, account.getLastLoginAt(), account.getVersion());
    }
}
