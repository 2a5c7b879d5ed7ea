package fr.clausematch.security;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
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

    private final JdbcTemplate jdbc;
    private final LoginThrottleProperties settings;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, LoginThrottleProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /*
     * Plain SQL rather than the entity: a sign-in must not bump the account's version, or an administrator
     * editing the account at that moment would be refused for a change nobody made to it.
     */

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = AccountDetailsService.normalise(event.getAuthentication().getName());
        jdbc.query("SELECT failed_logins FROM app_user WHERE username = ? FOR UPDATE", rs -> {
            int failures = rs.getInt(1) + 1;
            Instant until = lockedUntil(failures, clock.instant());
            jdbc.update("UPDATE app_user SET failed_logins = ?, locked_until = ? WHERE username = ?", failures,
                    until == null ? null : Timestamp.from(until), username);
        }, username);
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            jdbc.update("UPDATE app_user SET failed_logins = 0, locked_until = NULL, last_login_at = ? WHERE username = ?",
                    Timestamp.from(clock.instant()), user.getUsername());
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
