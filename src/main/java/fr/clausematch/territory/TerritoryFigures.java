package fr.clausematch.territory;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** Counts per territory, in one query, for the API and the home page. */
public final class TerritoryFigures {

    private TerritoryFigures() {
    }

    public static List<TerritoryView> query(JdbcTemplate jdbc) {
        return jdbc.query("""
                SELECT t.code, t.name, t.kind,
                  (SELECT count(*) FROM candidate c WHERE c.territory_code = t.code) AS candidates,
                  (SELECT count(*) FROM contract k WHERE k.territory_code = t.code) AS contracts,
                  (SELECT count(*) FROM slot s JOIN contract k ON k.id = s.contract_id WHERE k.territory_code = t.code) AS slots,
                  (SELECT coalesce(sum(s.hours), 0) FROM slot s JOIN contract k ON k.id = s.contract_id
                     WHERE k.territory_code = t.code) AS slot_hours
                FROM territory t ORDER BY t.code""", (rs, n) -> new TerritoryView(
                rs.getString("code"), rs.getString("name"), Territory.Kind.valueOf(rs.getString("kind")),
                rs.getLong("candidates"), rs.getLong("contracts"), rs.getLong("slots"), rs.getLong("slot_hours")));
    }
}
