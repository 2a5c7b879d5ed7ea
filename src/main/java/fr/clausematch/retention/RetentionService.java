package fr.clausematch.retention;

import fr.clausematch.audit.AuditAction;
import fr.clausematch.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Anonymises the people without contact for longer than the retention setting (DOMAIN.md: at most two
 * years after the last contact). What reports need stays: the pseudonymous id, territory, gender, QPV,
 * eligibility criteria codes (with their dates), trades, qualification level, weekly hours, dates of
 * registration and last contact, and every pairing with its hours. What identifies or locates the
 * person goes: the commune, the coordinates (set to 0, 0), the exact birth year (rounded down to the
 * decade), who validated each criterion, the licences and the availability window. The record is
 * ARCHIVED, so it is never planned again, and each anonymisation is written to the audit log.
 */
@Service
public class RetentionService {

    static final String ANONYMOUS_COMMUNE = "(anonymisé)";
    private static final Logger LOG = LoggerFactory.getLogger(RetentionService.class);

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final RetentionProperties properties;

    RetentionService(JdbcTemplate jdbc, AuditLog audit, RetentionProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
    }

    /** Anonymises, in one transaction, every person not ARCHIVED whose last contact is more than the limit before {@code today}. */
    @Transactional
    public int anonymiseInactive(LocalDate today, String actor) {
        LocalDate lastKept = today.minusDays(properties.inactiveDays());
        List<Long> ids = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        jdbc.query("""
                UPDATE candidate SET status = 'ARCHIVED', commune = ?, latitude = 0, longitude = 0,
                       birth_year = birth_year / 10 * 10, available_from = NULL, available_until = NULL,
                       version = version + 1, updated_at = now()
                WHERE status <> 'ARCHIVED' AND last_contact_on < ?
                RETURNING id, external_id""", (RowCallbackHandler) rs -> {
                    ids.add(rs.getLong("id"));
                    subjects.add(rs.getString("external_id"));
                }, ANONYMOUS_COMMUNE, Date.valueOf(lastKept));
        if (ids.isEmpty()) {
            return 0;
        }
        jdbc.batchUpdate("UPDATE candidate_eligibility SET validated_by = NULL WHERE candidate_id = ?", ids, 1000,
                (statement, id) -> statement.setLong(1, id));
        jdbc.batchUpdate("DELETE FROM candidate_licence WHERE candidate_id = ?", ids, 1000,
                (statement, id) -> statement.setLong(1, id));
        audit.recordEach(actor, AuditAction.ANONYMISE, AuditLog.CANDIDATE, subjects,
                "sans contact depuis plus de " + properties.inactiveDays() + " jours");
        LOG.info("Rétention : {} personne(s) anonymisée(s)", subjects.size());
        return subjects.size();
    }
}
