package fr.clausematch.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Repeated failed sign-ins on one account are slowed down, then locked for a while: from the
 * {@code slowAfter}-th consecutive failure the account refuses any sign-in for {@code slowDelay}, doubled
 * at each further failure, and from the {@code lockAfter}-th for {@code lockFor}. A locked account's
 * password is not even checked. A successful sign-in forgets the failures.
 */
@Component
class LoginThrottle {

    private final UserAccountRepository accounts;
    private final LoginThrottleProperties settings;
    private final Clock clock;

    LoginThrottle(UserAccountRepository accounts, LoginThrottleProperties settings, Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsername(AccountDetailsService.normalise(event.getAuthentication().getName()))
                .ifPresent(account -> account.failedLogin(lockedUntil(account.getFailedLogins() + 1, clock.instant())));
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            accounts.findByUsername(user.getUsername()).ifPresent(account -> account.signedIn(clock.instant()));
        }
    }

    /** Until when an account with this many consecutive failures refuses sign-in (null: it does not). */
    Instant lockedUntil(int failures, Instant now) {
        if (failures >= settings.lockAfter()) {
            return now.plus(settings.lockFor());
        }
        if (failures >= settings.slowAfter()) {
            return now.plus(settings.slowDelay().multipliedBy(1L << (failures - settings.slowAfter())));
        }
        return null;
    }
}
