package fr.clausematch.account;

/** A token just created: the only answer that holds its secret, shown once and never kept. */
public record CreatedAccessToken(AccessTokenView token, String secret) {
}
