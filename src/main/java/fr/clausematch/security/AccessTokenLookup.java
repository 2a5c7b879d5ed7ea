package fr.clausematch.security;

import java.util.Optional;

/**
 * Who a personal access token of the API stands for; the {@code account} module keeps the tokens (table
 * {@code access_token}) and implements this.
 */
public interface AccessTokenLookup {

    /** The account a presented token stands for, read as it stands now, if the token is known and not expired. */
    Optional<Holder> holder(String secret);

    /** A known token and the account it stands for. */
    record Holder(long tokenId, SignedInUser user) {
    }
}
