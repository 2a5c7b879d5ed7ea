package fr.clausematch.contract;

import fr.clausematch.dataset.ContractRow;
import fr.clausematch.dataset.SlotRow;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.LegalBasis;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The contracts and slots of the database as rows of the exchange format, in one query each for a whole territory
 * or the whole database (an export), in the order they were created.
 */
@Component
public class ContractRows {

    private final JdbcTemplate jdbc;

    ContractRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param territories territory codes, or null for the whole database */
    @Transactional(readOnly = true)
    public List<ContractRow> contracts(Set<String> territories) {
        return jdbc.query("SELECT c.*, b.code AS buyer_code FROM contract c JOIN buyer b ON b.id = c.buyer_id"
                + where(territories) + " ORDER BY c.id", (rs, n) -> new ContractRow(rs.getString("external_id"),
                rs.getString("buyer_code"), rs.getString("title"), ContractType.valueOf(rs.getString("type")),
                LegalBasis.valueOf(rs.getString("legal_basis")), rs.getBoolean("anru"), rs.getString("commune"),
                rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getString("qpv_code"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getInt("required_hours"), rs.getString("territory_code")), args(territories));
    }

    /** @param territories territory codes, or null for the whole database */
    @Transactional(readOnly = true)
    public List<SlotRow> slots(Set<String> territories) {
        return jdbc.query("""
                SELECT s.*, c.external_id AS contract_external_id,
                  ARRAY(SELECT l.licence FROM slot_licence l WHERE l.slot_id = s.id ORDER BY l.position) AS licences
                FROM slot s JOIN contract c ON c.id = s.contract_id""" + where(territories) + " ORDER BY s.id",
                (rs, n) -> new SlotRow(rs.getString("external_id"), rs.getString("contract_external_id"), rs.getString("trade"),
                        rs.getInt("hours"), rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getBigDecimal("hours_per_week"), rs.getInt("min_qualification_level"), texts(rs.getArray("licences"))),
                args(territories));
    }

    private static String where(Set<String> territories) {
        return territories == null ? "" : " WHERE c.territory_code = ANY (?)";
    }

    private static Object[] args(Set<String> territories) {
        return territories == null ? new Object[0] : new Object[]{territories.toArray(String[]::new)};
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
