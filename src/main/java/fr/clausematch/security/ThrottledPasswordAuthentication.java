package fr.clausematch.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Clock;
import java.util.UUID;

/**
 * Sign-in by username and password (the form and HTTP Basic), throttled by {@link LoginThrottle}. An unknown
 * name, a wrong password and an attempt that must wait all fail alike, with {@link BadCredentialsException},
 * after one password hash check each (a throw-away hash when there is no account or the attempt waits), so that
 * neither the answer nor its time tells whether an account exists. Only once the password is right may the
 * answer say that the account is disabled. The client is the request's remote address
 * ({@code server.forward-headers-strategy} decides whether a proxy's {@code X-Forwarded-For} is believed).
 */
class ThrottledPasswordAuthentication extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private volatile String throwAwayHash;

    ThrottledPasswordAuthentication(AccountDetailsService accounts, PasswordEncoder passwords, LoginThrottle throttle,
                                    Clock clock) {
        super(accounts);
        setPasswordEncoder(passwords);
        // a locked or disabled account is not told before the password was checked
        setPreAuthenticationChecks(user -> {
        });
        setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("disabled account");
            }
        });
        this.throttle = throttle;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String name = AccountDirectory.normalise(attempt.getName());
        String client = attempt.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "";
        if (throttle.refuses(name, client, clock.instant())) {
            passwords.matches(String.valueOf(attempt.getCredentials()), throwAwayHash());
            throw new BadCredentialsException("Bad credentials");
        }
        try {
            Authentication signedIn = super.authenticate(attempt);
            throttle.succeeded(signedIn.getName(), client, clock.instant());
            return signedIn;
        } catch (BadCredentialsException e) {
            throttle.failed(name, client, clock.instant());
            throw e;
        }
    }

    private String throwAwayHash() {
        if (throwAwayHash == null) {
            throwAwayHash = passwords.encode(UUID.randomUUID().toString());
        }
        return throwAwayHash;
    }
}
