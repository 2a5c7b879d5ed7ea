package fr.clausematch.territory;

import fr.clausematch.security.SignedInUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;

/** The counts the home page and the territories' API show, each within what the signed-in user may see. */
@Component
class TerritoryFigureQueries {

    private final JdbcTemplate jdbc;

    TerritoryFigureQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The territories with their counts: all for an administrator, hers for a facilitator, all with only his contracts for a buyer. */
    @Transactional(readOnly = true)
    List<TerritoryView> territories(SignedInUser user) {
        return switch (user.role()) {
            case ADMIN -> TerritoryFigures.query(jdbc);
            case FACILITATOR -> TerritoryFigures.query(jdbc, user.territories(), null);
            case BUYER -> TerritoryFigures.query(jdbc, null, user.buyerCode());
        };
    }

    /** The home page's figures over the territories of {@code scope} (null: every territory). */
    @Transactional(readOnly = true)
    HomeFigures home(Set<String> scope) {
        String candidates = scope == null ? "candidate c WHERE true" : "candidate c WHERE c.territory_code IN (:t)";
        String contracts = scope == null ? "contract k WHERE true" : "contract k WHERE k.territory_code IN (:t)";
        String slots = "slot s JOIN " + contracts.replace(" WHERE ", " ON k.id = s.contract_id WHERE ");
        MapSqlParameterSource parameters = new MapSqlParameterSource("t", scope == null || scope.isEmpty() ? List.of("") : scope);
        return new NamedParameterJdbcTemplate(jdbc).queryForObject("SELECT"
                + " (SELECT count(*) FROM " + candidates + ") AS candidates,"
                + " (SELECT count(*) FROM " + candidates + " AND c.gender = 'F') AS women,"
                + " (SELECT count(*) FROM " + candidates + " AND c.qpv_code IS NOT NULL) AS qpv,"
                + " (SELECT count(*) FROM " + candidates + " AND EXISTS (SELECT 1 FROM candidate_eligibility e"
                + " WHERE e.candidate_id = c.id)) AS eligible,"
                + " (SELECT count(*) FROM " + contracts + ") AS contracts,"
                + " (SELECT count(*) FROM " + slots + ") AS slots,"
                + " (SELECT coalesce(sum(s.hours), 0) FROM " + slots + ") AS slot_hours,"
                + " (SELECT coalesce(sum(s.hours), 0) FROM " + slots + " AND k.type = 'WORKS') AS works,"
                + " (SELECT coalesce(sum(s.hours), 0) FROM " + slots + " AND k.type = 'SERVICES') AS services,"
                + " (SELECT coalesce(sum(s.hours), 0) FROM " + slots + " AND k.type = 'INTELLECTUAL_SERVICES') AS intellectual,"
                + " (SELECT count(DISTINCT k.buyer_id) FROM " + contracts + ") AS buyers", parameters, (rs, n) -> new HomeFigures(
                rs.getLong("candidates"), rs.getLong("women"), rs.getLong("qpv"), rs.getLong("eligible"),
                rs.getLong("contracts"), rs.getLong("slots"), rs.getLong("slot_hours"), rs.getLong("works"),
                rs.getLong("services"), rs.getLong("intellectual"), rs.getLong("buyers"),
                TerritoryFigures.query(jdbc, scope, null)));
    }
}
