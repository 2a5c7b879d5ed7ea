package fr.clausematch.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

import java.io.Serial;
import java.util.List;

/**
 * A request signed in with a personal access token: before the check, the secret presented; after it, the
 * account as it stands now ({@link SignedInUser}), and no secret any more.
 */
public final class AccessTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient String secret;
    private final SignedInUser user;
    private final long tokenId;

    private AccessTokenAuthentication(String secret, SignedInUser user, long tokenId) {
        super(user == null ? List.of() : user.getAuthorities());
        this.secret = secret;
        this.user = user;
        this.tokenId = tokenId;
        setAuthenticated(user != null);
    }

    static AccessTokenAuthentication presented(String secret) {
        return new AccessTokenAuthentication(secret, null, 0);
    }

    static AccessTokenAuthentication signedIn(SignedInUser user, long tokenId) {
        return new AccessTokenAuthentication(null, user, tokenId);
    }

    String secret() {
        return secret;
    }

    long tokenId() {
        return tokenId;
    }

    @Override
    public Object getCredentials() {
        return null; // the secret is never handed out, not even to Spring's events
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user == null ? "" : user.getUsername();
    }
}
