package fr.clausematch.security;


import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;

/**
 * {@code Authorization: Bearer cm_…} on the API: the token is looked up by its hash, then its account is read
 * as it stands, so a disabled account, or a changed role or scope, applies from the next request on. A missing
 * header leaves the request to the other ways of signing in; a wrong, expired or revoked token is refused.
 * The filter is Spring Security's own {@link AuthenticationFilter}; only the header and the lookup are ours.
 */
final class AccessTokenSignIn implements AuthenticationProvider {

    private static final String BEARER = "Bearer ";

    private final AccessTokenLookup tokens;

    AccessTokenSignIn(AccessTokenLookup tokens) {
        this.tokens = tokens;
    }

    /** The filter that signs requests in with their bearer token, answering a refused one with {@code failure}. */
    AuthenticationFilter filter(AuthenticationFailureHandler failure) {
        AuthenticationFilter filter = new AuthenticationFilter(new ProviderManager(this), AccessTokenSignIn::presented);
        filter.setSuccessHandler((request, response, authentication) -> {
        });
        filter.setFailureHandler(failure);
        return filter;
    }

    private static Authentication presented(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return AccessTokenAuthentication.presented(header.substring(BEARER.length()).strip());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        AccessTokenAuthentication presented = (AccessTokenAuthentication) authentication;
        AccessTokenLookup.Holder holder = tokens.holder(presented.secret())
                .orElseThrow(() -> new BadCredentialsException("unknown, expired or revoked token"));
        if (!holder.user().isEnabled()) {
            throw new DisabledException("disabled account");
        }
        return AccessTokenAuthentication.signedIn(holder.user(), holder.tokenId());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return AccessTokenAuthentication.class.isAssignableFrom(authentication);
    }
}
