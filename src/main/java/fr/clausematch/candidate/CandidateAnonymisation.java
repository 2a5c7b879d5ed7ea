package fr.clausematch.candidate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Anonymises people's records in bulk, for the retention rule (DOMAIN.md). What reports need stays: the
 * pseudonymous id, territory, gender, QPV, eligibility criteria codes (with their dates), trades,
 * qualification level, weekly hours, dates of registration and last contact. What identifies or locates
 * the person goes: the commune, the coordinates (set to 0, 0), the exact birth year (rounded down to the
 * decade), who validated each criterion, the licences and the availability window. The record is ARCHIVED,
 * so it is never planned again.
 */
@Component
public class CandidateAnonymisation {

    /** The commune an anonymised record shows. */
    public static final String ANONYMOUS_COMMUNE = "(anonymisé)";

    private final JdbcTemplate jdbc;

    CandidateAnonymisation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Anonymises every person not ARCHIVED whose last contact is before {@code lastKept}; gives their ids. */
    @Transactional
    public List<String> withoutContactSince(LocalDate lastKept) {
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
        jdbc.batchUpdate("UPDATE candidate_eligibility SET validated_by = NULL WHERE candidate_id = ?", ids, 1000,
                (statement, id) -> statement.setLong(1, id));
        jdbc.batchUpdate("DELETE FROM candidate_licence WHERE candidate_id = ?", ids, 1000,
                (statement, id) -> statement.setLong(1, id));
        return subjects;
    }
}
