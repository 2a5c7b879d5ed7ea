package fr.clausematch.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins slow the next attempts down, the way OWASP's authentication guidance advises, without
 * letting one client lock another out. Three counters, kept in {@code login_failure}:
 * <ul>
 *   <li>per name typed and client address: from the {@code free-attempts}-th failure that pair waits
 *   {@code delay}, doubled at each further failure up to {@code max-delay};</li>
 *   <li>per client address, whatever names it tries: the same from the {@code client-free-attempts}-th;</li>
 *   <li>per name, from every client (a spread-out attack): the same from the {@code account-free-attempts}-th, but
 *   at most {@code account-max-delay}, and never for a client that signed in to that account lately.</li>
 * </ul>
 * Names are counted whether an account exists or not, so that the delays tell nothing about which exist.
 * An attempt made while waiting is refused without being counted. A success clears its pair's counter.
 * The table login_failure is this module's; the account's last sign-in is noted by its owner ({@link AccountDirectory}).
 */
@Component
public class LoginThrottle {

    static final String PAIR = "P";
    static final String CLIENT = "C";
    static final String ACCOUNT = "A";
    /** Longest name kept (longer ones cannot be accounts: usernames have at most 64 characters). */
    private static final int MAX_NAME = 100;
    private static final int MAX_CLIENT = 64;

    private final JdbcTemplate jdbc;
    private final LoginThrottleProperties settings;
    private final AccountDirectory accounts;

    LoginThrottle(JdbcTemplate jdbc, LoginThrottleProperties settings, AccountDirectory accounts) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.accounts = accounts;
    }

    /** Whether an attempt on {@code name} from {@code client} must wait (and is refused unchecked). */
    @Transactional(readOnly = true)
    public boolean refuses(String name, String client, Instant now) {
        String user = key(name, MAX_NAME);
        String address = key(client, MAX_CLIENT);
        Timestamp at = Timestamp.from(now);
        Timestamp knownSince = Timestamp.from(now.minus(settings.rememberClientsFor()));
        Boolean refused = jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM login_failure WHERE kind = 'P' AND username = ? AND client = ? AND blocked_until > ?)
                    OR EXISTS (SELECT 1 FROM login_failure WHERE kind = 'C' AND username = '' AND client = ? AND blocked_until > ?)
                    OR (EXISTS (SELECT 1 FROM login_failure WHERE kind = 'A' AND username = ? AND client = '' AND blocked_until > ?)
                        AND NOT EXISTS (SELECT 1 FROM login_failure WHERE kind = 'P' AND username = ? AND client = ?
                                        AND last_success_at > ?))""",
                Boolean.class, user, address, at, address, at, user, at, user, address, knownSince);
        return Boolean.TRUE.equals(refused);
    }

    /** Counts a failed attempt (wrong password or no such account) on the three counters. */
    @Transactional
    public void failed(String name, String client, Instant now) {
        String user = key(name, MAX_NAME);
        String address = key(client, MAX_CLIENT);
        count(PAIR, user, address, now, settings.freeAttempts(), settings.maxDelay());
        count(CLIENT, "", address, now, settings.clientFreeAttempts(), settings.maxDelay());
        count(ACCOUNT, user, "", now, settings.accountFreeAttempts(), settings.accountMaxDelay());
    }

    /** A success: this client's failures on this account are forgotten, and the client is known to the account. */
    @Transactional
    public void succeeded(String username, String client, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.update("""
                INSERT INTO login_failure (kind, username, client, failures, last_success_at) VALUES ('P', ?, ?, 0, ?)
                ON CONFLICT (kind, username, client)
                DO UPDATE SET failures = 0, blocked_until = NULL, last_failure_at = NULL, last_success_at = EXCLUDED.last_success_at""",
                key(username, MAX_NAME), key(client, MAX_CLIENT), at);
        accounts.signedIn(username, now);
    }

    /** Until when some client must wait before trying this account again, if any must. */
    @Transactional(readOnly = true)
    public Optional<Instant> blockedUntil(String username, Instant now) {
        return Optional.ofNullable(blockedAccounts(now).get(username));
    }

    /** Every account name some client must wait for, with until when. */
    @Transactional(readOnly = true)
    public Map<String, Instant> blockedAccounts(Instant now) {
        Map<String, Instant> blocked = new HashMap<>();
        jdbc.query("SELECT username, max(blocked_until) FROM login_failure WHERE kind IN ('P', 'A') AND blocked_until > ? "
                + "GROUP BY username", rs -> {
            blocked.put(rs.getString(1), rs.getTimestamp(2).toInstant());
        }, Timestamp.from(now));
        return blocked;
    }

    /** An administrator's unlock (or a password reset): the account's counters, from every client, start again. */
    @Transactional
    public void forget(String username) {
        jdbc.update("UPDATE login_failure SET failures = 0, blocked_until = NULL, last_failure_at = NULL "
                + "WHERE kind IN ('P', 'A') AND username = ?", key(username, MAX_NAME));
    }

    /** Counters with nothing left to remember, every hour. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    @Transactional
    public void purge() {
        Instant now = Instant.now();
        jdbc.update("DELETE FROM login_failure WHERE (last_failure_at IS NULL OR last_failure_at < ?) "
                        + "AND (blocked_until IS NULL OR blocked_until < ?) AND (last_success_at IS NULL OR last_success_at < ?)",
                Timestamp.from(now.minus(settings.forgetAfter())), Timestamp.from(now),
                Timestamp.from(now.minus(settings.rememberClientsFor())));
    }

    private void count(String kind, String user, String address, Instant now, int free, Duration max) {
        Timestamp at = Timestamp.from(now);
        Integer failures = jdbc.queryForObject("""
                INSERT INTO login_failure (kind, username, client, failures, last_failure_at) VALUES (?, ?, ?, 1, ?)
                ON CONFLICT (kind, username, client) DO UPDATE SET
                    failures = CASE WHEN login_failure.last_failure_at IS NULL OR login_failure.last_failure_at < ?
                                    THEN 1 ELSE login_failure.failures + 1 END,
                    last_failure_at = EXCLUDED.last_failure_at
                RETURNING failures""", Integer.class, kind, user, address, at, Timestamp.from(now.minus(settings.forgetAfter())));
        Duration wait = settings.wait(failures, free, max);
        if (!wait.isZero()) {
            jdbc.update("UPDATE login_failure SET blocked_until = ? WHERE kind = ? AND username = ? AND client = ?",
                    Timestamp.from(now.plus(wait)), kind, user, address);
        }
    }

    private static String key(String value, int max) {
        String key = value == null ? "" : value;
        return key.length() <= max ? key : key.substring(0, max);
    }
}
