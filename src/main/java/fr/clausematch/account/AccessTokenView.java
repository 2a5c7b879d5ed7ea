package fr.clausematch.account;

import jakarta.annotation.Nullable;

import java.time.Instant;

/**
 * A personal access token as its owner and administrators see it: never the secret, only its first characters.
 *
 * @param prefix     the first characters of the token ({@code cm_} and 8 more), to tell tokens apart
 * @param lastUsedAt the last request made with it (to the minute), null if never used
 */
public record AccessTokenView(long id, String name, String prefix, String createdBy, Instant createdAt,
                              Instant expiresAt, @Nullable Instant lastUsedAt) {
}
