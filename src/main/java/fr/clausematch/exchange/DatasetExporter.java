package fr.clausematch.exchange;

import fr.clausematch.audit.AuditAction;
import fr.clausematch.audit.AuditLog;
import fr.clausematch.dataset.CandidateRow;
import fr.clausematch.dataset.ContractRow;
import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.SlotRow;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Gender;
import fr.clausematch.matching.model.LegalBasis;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the database back into the exchange format: one territory (its people, its contracts and
 * their slots) or everything. Rows come in the order they were created, so that export, import
 * into an empty database and export again give identical files.
 */
@Service
public class DatasetExporter {

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    public DatasetExporter(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** @param territory a territory code, or null for the whole database */
    @Transactional(readOnly = true)
    public Dataset export(String territory) {
        return export(territory == null ? null : Set.of(territory));
    }

    /**
     * The territories' data, for someone: every person exported is written to the audit log (EXPORT, by
     * {@code actor}), in the same transaction.
     */
    @Transactional
    public Dataset exportFor(Set<String> territories, String actor) {
        Dataset dataset = export(territories);
        audit.recordEach(actor, AuditAction.EXPORT, AuditLog.CANDIDATE,
                dataset.candidates().stream().map(CandidateRow::id).toList(), "export au format d'échange");
        return dataset;
    }

    /** @param territories territory codes, or null for the whole database */
    private Dataset export(Set<String> territories) {
        String where = territories == null ? "" : " WHERE c.territory_code = ANY (?)";
        Object[] args = territories == null ? new Object[0] : new Object[]{territories.toArray(String[]::new)};
        List<CandidateRow> candidates = jdbc.query("""
                SELECT c.*,
                  (SELECT string_agg(e.criterion, '|') FROM candidate_eligibility e WHERE e.candidate_id = c.id) AS eligibility,
                  (SELECT string_agg(t.trade, '|' ORDER BY t.position) FROM candidate_trade t WHERE t.candidate_id = c.id) AS trades,
                  (SELECT string_agg(l.licence, '|' ORDER BY l.position) FROM candidate_licence l WHERE l.candidate_id = c.id) AS licences
                FROM candidate c""" + where + " ORDER BY c.id", (rs, n) -> candidate(rs), args);
        List<ContractRow> contracts = jdbc.query("""
                SELECT c.*, b.code AS buyer_code FROM contract c JOIN buyer b ON b.id = c.buyer_id""" + where
                + " ORDER BY c.id", (rs, n) -> contract(rs), args);
        List<SlotRow> slots = jdbc.query("""
                SELECT s.*, c.external_id AS contract_external_id,
                  (SELECT string_agg(l.licence, '|' ORDER BY l.position) FROM slot_licence l WHERE l.slot_id = s.id) AS licences
                FROM slot s JOIN contract c ON c.id = s.contract_id""" + where + " ORDER BY s.id", (rs, n) -> slot(rs), args);
        return new Dataset(candidates, contracts, slots);
    }

    private static CandidateRow candidate(ResultSet rs) throws SQLException {
        String gender = rs.getString("gender");
        return new CandidateRow(
                rs.getString("external_id"),
                gender == null ? null : Gender.valueOf(gender),
                rs.getInt("birth_year"),
                rs.getString("commune"),
                rs.getDouble("latitude"),
                rs.getDouble("longitude"),
                rs.getString("qpv_code"),
                criteria(rs.getString("eligibility")),
                localDate(rs.getDate("eligibility_until")),
                list(rs.getString("trades")),
                rs.getInt("qualification_level"),
                list(rs.getString("licences")),
                rs.getDouble("max_distance_km"),
                localDate(rs.getDate("available_from")),
                localDate(rs.getDate("available_until")),
                rs.getBigDecimal("max_hours_per_week"),
                localDate(rs.getDate("registered_on")),
                rs.getString("territory_code"));
    }

    private static ContractRow contract(ResultSet rs) throws SQLException {
        return new ContractRow(
                rs.getString("external_id"),
                rs.getString("buyer_code"),
                rs.getString("title"),
                ContractType.valueOf(rs.getString("type")),
                LegalBasis.valueOf(rs.getString("legal_basis")),
                rs.getBoolean("anru"),
                rs.getString("commune"),
                rs.getDouble("latitude"),
                rs.getDouble("longitude"),
                rs.getString("qpv_code"),
                localDate(rs.getDate("start_date")),
                localDate(rs.getDate("end_date")),
                rs.getInt("required_hours"),
                rs.getString("territory_code"));
    }

    private static SlotRow slot(ResultSet rs) throws SQLException {
        return new SlotRow(
                rs.getString("external_id"),
                rs.getString("contract_external_id"),
                rs.getString("trade"),
                rs.getInt("hours"),
                localDate(rs.getDate("start_date")),
                localDate(rs.getDate("end_date")),
                rs.getBigDecimal("hours_per_week"),
                rs.getInt("min_qualification_level"),
                list(rs.getString("licences")));
    }

    private static Set<EligibilityCriterion> criteria(String joined) {
        Set<EligibilityCriterion> criteria = EnumSet.noneOf(EligibilityCriterion.class);
        list(joined).forEach(code -> criteria.add(EligibilityCriterion.valueOf(code)));
        return criteria;
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\|"));
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
