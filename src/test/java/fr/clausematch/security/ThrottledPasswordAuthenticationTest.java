package fr.clausematch.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Every sign-in attempt costs one password hash check, whether the account exists, the password is wrong or
 * the attempt must wait, so that the time of the answer does not tell which; a disabled account is told only
 * to the right password.
 */
class ThrottledPasswordAuthenticationTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final PasswordEncoder passwords = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return encoded.equals("hash:" + raw);
        }
    };
    private final AccountDetailsService accounts = mock(AccountDetailsService.class);
    private final LoginThrottle throttle = mock(LoginThrottle.class);
    private ThrottledPasswordAuthentication signIn;

    @BeforeEach
    void provider() throws Exception {
        signIn = new ThrottledPasswordAuthentication(accounts, passwords, throttle, Clock.systemUTC());
        signIn.afterPropertiesSet();
        when(accounts.loadUserByUsername("camille")).thenReturn(user(true));
        when(accounts.loadUserByUsername("inconnu")).thenThrow(new org.springframework.security.core.userdetails.UsernameNotFoundException("x"));
        checks.set(0);
    }

    @Test
    void anUnknownNameCostsOneHashCheckAndIsCountedLikeAWrongPassword() {
        assertThatThrownBy(() -> signIn.authenticate(attempt("inconnu", "faux"))).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(1);
        assertThatThrownBy(() -> signIn.authenticate(attempt("camille", "faux"))).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(2);
        verify(throttle).failed(eq("inconnu"), anyString(), any());
        verify(throttle).failed(eq("camille"), anyString(), any());
    }

    @Test
    void anAttemptThatMustWaitCostsOneHashCheckIsRefusedAlikeAndNotCounted() {
        when(throttle.refuses(eq("camille"), anyString(), any())).thenReturn(true);
        assertThatThrownBy(() -> signIn.authenticate(attempt("Camille", "secret"))).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(1);
        verify(throttle, never()).failed(anyString(), anyString(), any());
    }

    @Test
    void aDisabledAccountIsToldOnlyToTheRightPassword() {
        when(accounts.loadUserByUsername("camille")).thenReturn(user(false));
        assertThatThrownBy(() -> signIn.authenticate(attempt("camille", "faux"))).isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt("camille", "secret"))).isExactlyInstanceOf(DisabledException.class);
    }

    @Test
    void theRightPasswordSignsInAndTellsTheThrottle() {
        assertThat(signIn.authenticate(attempt("camille", "secret")).getName()).isEqualTo("camille");
        verify(throttle).succeeded(eq("camille"), anyString(), any());
    }

    private static UsernamePasswordAuthenticationToken attempt(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }

    private static SignedInUser user(boolean enabled) {
        return new SignedInUser("camille", "Camille", Role.FACILITATOR, Set.of("21"), null, enabled, false, "hash:secret");
    }
}
