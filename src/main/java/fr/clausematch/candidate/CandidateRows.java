package fr.clausematch.candidate;

import fr.clausematch.dataset.CandidateRow;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Gender;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The people of the database as rows of the exchange format, in one query for a whole territory or the whole
 * database (an export), in the order they were created so that export, import and export again give the same file.
 */
@Component
public class CandidateRows {

    private final JdbcTemplate jdbc;

    CandidateRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param territories territory codes, or null for the whole database */
    @Transactional(readOnly = true)
    public List<CandidateRow> of(Set<String> territories) {
        String where = territories == null ? "" : " WHERE c.territory_code = ANY (?)";
        Object[] args = territories == null ? new Object[0] : new Object[]{territories.toArray(String[]::new)};
        return jdbc.query("""
                SELECT c.*,
                  ARRAY(SELECT e.criterion FROM candidate_eligibility e WHERE e.candidate_id = c.id) AS eligibility,
                  ARRAY(SELECT t.trade FROM candidate_trade t WHERE t.candidate_id = c.id ORDER BY t.position) AS trades,
                  ARRAY(SELECT l.licence FROM candidate_licence l WHERE l.candidate_id = c.id ORDER BY l.position) AS licences
                FROM candidate c""" + where + " ORDER BY c.id", (rs, n) -> row(rs), args);
    }

    private static CandidateRow row(ResultSet rs) throws SQLException {
        String gender = rs.getString("gender");
        Set<EligibilityCriterion> criteria = EnumSet.noneOf(EligibilityCriterion.class);
        texts(rs.getArray("eligibility")).forEach(code -> criteria.add(EligibilityCriterion.valueOf(code)));
        return new CandidateRow(rs.getString("external_id"), gender == null ? null : Gender.valueOf(gender),
                rs.getInt("birth_year"), rs.getString("commune"), rs.getDouble("latitude"), rs.getDouble("longitude"),
                rs.getString("qpv_code"), criteria, rs.getObject("eligibility_until", LocalDate.class),
                texts(rs.getArray("trades")), rs.getInt("qualification_level"), texts(rs.getArray("licences")),
                rs.getDouble("max_distance_km"), rs.getObject("available_from", LocalDate.class),
                rs.getObject("available_until", LocalDate.class), rs.getBigDecimal("max_hours_per_week"),
                rs.getObject("registered_on", LocalDate.class), rs.getString("territory_code"));
    }

    static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
