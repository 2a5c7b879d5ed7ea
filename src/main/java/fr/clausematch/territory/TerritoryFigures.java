package fr.clausematch.territory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.List;
import java.util.Set;

/** Counts per territory, in one query, for the API and the home page. */
public final class TerritoryFigures {

    private TerritoryFigures() {
    }

    /** Every territory with all its figures (administrators; the command line). */
    public static List<TerritoryView> query(JdbcTemplate jdbc) {
        return query(jdbc, null, null);
    }

    /**
     * Territories with their figures, as one user may see them.
     *
     * @param territories only these territories (a facilitator's), or null for all
     * @param buyer       count only this buyer's contracts and no person (a buyer's view), or null
     */
    public static List<TerritoryView> query(JdbcTemplate jdbc, Set<String> territories, String buyer) {
        String contractScope = buyer == null ? "" : " AND k.buyer_id = (SELECT b.id FROM buyer b WHERE b.code = :buyer)";
        String people = buyer == null ? "(SELECT count(*) FROM candidate c WHERE c.territory_code = t.code)" : "0";
        String where = territories == null ? "" : " WHERE t.code IN (:territories)";
        MapSqlParameterSource parameters = new MapSqlParameterSource("buyer", buyer)
                .addValue("territories", territories == null || territories.isEmpty() ? List.of("") : territories);
        return new NamedParameterJdbcTemplate(jdbc).query("SELECT t.code, t.name, t.kind, " + people + " AS candidates,"
                + " (SELECT count(*) FROM contract k WHERE k.territory_code = t.code" + contractScope + ") AS contracts,"
                + " (SELECT count(*) FROM slot s JOIN contract k ON k.id = s.contract_id WHERE k.territory_code = t.code"
                + contractScope + ") AS slots,"
                + " (SELECT coalesce(sum(s.hours), 0) FROM slot s JOIN contract k ON k.id = s.contract_id"
                + " WHERE k.territory_code = t.code" + contractScope + ") AS slot_hours"
                + " FROM territory t" + where + " ORDER BY t.code", parameters, (rs, n) -> new TerritoryView(
                rs.getString("code"), rs.getString("name"), Territory.Kind.valueOf(rs.getString("kind")),
                rs.getLong("candidates"), rs.getLong("contracts"), rs.getLong("slots"), rs.getLong("slot_hours")));
    }
}
