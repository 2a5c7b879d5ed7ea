package fr.clausematch.contract;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The counts of contracts, slots and hours that the home page and the territories' API show, asked of their owner. */
@Component
public class ContractFigures {

    /** Contracts of a scope, their slots and the slots' hours, by contract type, and the buyers they come from. */
    public record Totals(long contracts, long slots, long slotHours, long worksHours, long servicesHours,
                         long intellectualHours, long buyers) {
    }

    /** One territory's contracts, slots and slots' hours. */
    public record Counts(long contracts, long slots, long slotHours) {
        public static final Counts NONE = new Counts(0, 0, 0);
    }

    private final NamedParameterJdbcTemplate jdbc;

    ContractFigures(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** The contracts of the territories of {@code scope} (null: every territory). */
    @Transactional(readOnly = true)
    public Totals totals(Set<String> scope) {
        String where = scope == null ? "" : " WHERE k.territory_code IN (:t)";
        return jdbc.queryForObject("SELECT"
                        + " (SELECT count(*) FROM contract k" + where + ") AS contracts,"
                        + " count(s.id) AS slots, coalesce(sum(s.hours), 0) AS slot_hours,"
                        + " coalesce(sum(s.hours) FILTER (WHERE k.type = 'WORKS'), 0) AS works,"
                        + " coalesce(sum(s.hours) FILTER (WHERE k.type = 'SERVICES'), 0) AS services,"
                        + " coalesce(sum(s.hours) FILTER (WHERE k.type = 'INTELLECTUAL_SERVICES'), 0) AS intellectual,"
                        + " (SELECT count(DISTINCT k.buyer_id) FROM contract k" + where + ") AS buyers"
                        + " FROM slot s JOIN contract k ON k.id = s.contract_id" + where, parameters(scope, null),
                (rs, n) -> new Totals(rs.getLong("contracts"), rs.getLong("slots"), rs.getLong("slot_hours"), rs.getLong("works"),
                        rs.getLong("services"), rs.getLong("intellectual"), rs.getLong("buyers")));
    }

    /**
     * Per territory code: contracts, slots and hours, for the territories of {@code scope} (null: all), counting
     * only the contracts of {@code buyer} when it is given (a buyer's view).
     */
    @Transactional(readOnly = true)
    public Map<String, Counts> byTerritory(Set<String> scope, String buyer) {
        String where = " WHERE true" + (scope == null ? "" : " AND k.territory_code IN (:t)")
                + (buyer == null ? "" : " AND k.buyer_id = (SELECT b.id FROM buyer b WHERE b.code = :buyer)");
        Map<String, Counts> counts = new HashMap<>();
        jdbc.query("SELECT k.territory_code, count(DISTINCT k.id) AS contracts, count(s.id) AS slots,"
                        + " coalesce(sum(s.hours), 0) AS slot_hours FROM contract k LEFT JOIN slot s ON s.contract_id = k.id"
                        + where + " GROUP BY k.territory_code", parameters(scope, buyer),
                rs -> {
                    counts.put(rs.getString("territory_code"),
                            new Counts(rs.getLong("contracts"), rs.getLong("slots"), rs.getLong("slot_hours")));
                });
        return counts;
    }

    private static MapSqlParameterSource parameters(Set<String> scope, String buyer) {
        return new MapSqlParameterSource("t", scope == null || scope.isEmpty() ? List.of("") : scope).addValue("buyer", buyer);
    }
}
