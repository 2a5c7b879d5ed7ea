package fr.clausematch.account;

import fr.clausematch.security.SignedInUser;
import fr.clausematch.security.AccessTokenLookup;
import fr.clausematch.security.AccountDirectory;
import fr.clausematch.security.Role;

import fr.clausematch.audit.AuditAction;
import fr.clausematch.audit.AuditLog;
import fr.clausematch.shared.FieldError;
import fr.clausematch.shared.InvalidFieldException;
import fr.clausematch.shared.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Personal access tokens of the API: made and revoked by their account's owner or an administrator, each
 * audited (subject {@link #SUBJECT}, the token's id; never the secret). A token is {@code cm_} and 256 random
 * bits; only its SHA-256 is stored (a secret of that entropy needs no slow hash, so that checking it costs
 * microseconds where a password costs Argon2id), with its first characters for display.
 */
@Service
public class AccessTokenService implements AccessTokenLookup {

    /** The audit log's subject type of a token; its subject id is the token's id. */
    public static final String SUBJECT = "ACCESS_TOKEN";
    static final String PREFIX = "cm_";
    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 366;
    static final int MAX_NAME_LENGTH = 100;
    /** The last use is written at most once a minute per token (a write per request would cost more than the check). */
    private static final Duration LAST_USE_STEP = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "t.id, t.name, t.display_prefix, t.created_by, t.created_at, t.expires_at, t.last_used_at";
    private static final RowMapper<AccessTokenView> VIEW = (rs, row) -> new AccessTokenView(rs.getLong("id"),
            rs.getString("name"), rs.getString("display_prefix"), rs.getString("created_by"),
            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
            rs.getTimestamp("last_used_at") == null ? null : rs.getTimestamp("last_used_at").toInstant());

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    AccessTokenService(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in user's tokens, newest first (none for a user that stands for no stored account). */
    @Transactional(readOnly = true)
    public List<AccessTokenView> list(String username) {
        return jdbc.query("SELECT " + COLUMNS + " FROM access_token t JOIN app_user u ON u.id = t.user_id "
                + "WHERE u.username = ? ORDER BY t.created_at DESC, t.id DESC", VIEW, AccountDirectory.normalise(username));
    }

    /** An account's tokens, for an administrator: 404 when there is no such account. */
    @Transactional(readOnly = true)
    public List<AccessTokenView> listOfAccount(String username) {
        accountId(username);
        return list(username);
    }

    /** The last day a new token may work until, and the one it works until when none is chosen. */
    public LocalDate defaultExpiry() {
        return LocalDate.now(clock).plusDays(DEFAULT_DAYS);
    }

    public LocalDate latestExpiry() {
        return LocalDate.now(clock).plusDays(MAX_DAYS - 1);
    }

    /**
     * @throws InvalidFieldException with every refused field
     * @throws NotFoundException     when there is no such account
     */
    @Transactional
    public CreatedAccessToken create(String username, NewAccessToken form, String actor) {
        long owner = accountId(username);
        List<FieldError> errors = new ArrayList<>();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "le nom du jeton est obligatoire (à quoi sert-il ?)"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError("name", "le nom du jeton compte au plus " + MAX_NAME_LENGTH + " caractères"));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate lastDay = form.expiresOn() == null ? defaultExpiry() : form.expiresOn();
        if (!lastDay.isAfter(today) || lastDay.isAfter(latestExpiry())) {
            errors.add(new FieldError("expiresOn", "le jeton expire entre demain et le " + latestExpiry()
                    + " (un an au plus)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String prefix = secret.substring(0, PREFIX.length() + 8);
        Instant expiresAt = lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Long id = jdbc.queryForObject("INSERT INTO access_token (user_id, name, token_hash, display_prefix, created_by, "
                        + "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id", Long.class,
                owner, name, hash(secret), prefix, actor, Timestamp.from(clock.instant()), Timestamp.from(expiresAt));
        audit.record(actor, AuditAction.CREATE, SUBJECT, String.valueOf(id),
                "jeton « " + name + " » (" + prefix + "…) du compte " + username + ", valable jusqu'au " + lastDay);
        AccessTokenView view = jdbc.queryForObject("SELECT " + COLUMNS + " FROM access_token t WHERE t.id = ?", VIEW, id);
        return new CreatedAccessToken(view, secret);
    }

    /** Revokes one of the account's tokens; one of another account answers 404 as if it did not exist. */
    @Transactional
    public void revoke(String username, long id, String actor) {
        long owner = accountId(username);
        List<AccessTokenView> gone = jdbc.query("DELETE FROM access_token t WHERE t.id = ? AND t.user_id = ? RETURNING " + COLUMNS,
                VIEW, id, owner);
        if (gone.isEmpty()) {
            throw new NotFoundException("Le jeton", String.valueOf(id));
        }
        audit.record(actor, AuditAction.DELETE, SUBJECT, String.valueOf(id),
                "jeton « " + gone.get(0).name() + " » (" + gone.get(0).prefix() + "…) du compte " + username + " révoqué");
    }

    /**
     * The account a presented token stands for, read as it stands now, if the token is known and not expired;
     * notes its use. One indexed query, outside any transaction: this runs on every request signed in by a token.
     */
    @Override
    public Optional<Holder> holder(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<Holder> found = jdbc.query("""
                SELECT t.id, t.last_used_at, u.username, u.display_name, u.role, u.buyer_code, u.enabled,
                       ARRAY(SELECT territory_code FROM app_user_territory WHERE user_id = u.id) AS territories
                FROM access_token t JOIN app_user u ON u.id = t.user_id
                WHERE t.token_hash = ? AND t.expires_at > ?""", (rs, row) -> {
            Timestamp lastUse = rs.getTimestamp("last_used_at");
            if (lastUse == null || lastUse.toInstant().isBefore(now.minus(LAST_USE_STEP))) {
                jdbc.update("UPDATE access_token SET last_used_at = ? WHERE id = ?", Timestamp.from(now), rs.getLong("id"));
            }
            SignedInUser user = new SignedInUser(rs.getString("username"), rs.getString("display_name"),
                    Role.valueOf(rs.getString("role")), Set.of((String[]) rs.getArray("territories").getArray()),
                    rs.getString("buyer_code"), rs.getBoolean("enabled"), false, null);
            return new Holder(rs.getLong("id"), user);
        }, hash(secret), Timestamp.from(now));
        return found.stream().findFirst();
    }

    private long accountId(String username) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM app_user WHERE username = ?", Long.class,
                AccountDirectory.normalise(username));
        if (ids.isEmpty()) {
            throw new NotFoundException("Le compte", username);
        }
        return ids.get(0);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
