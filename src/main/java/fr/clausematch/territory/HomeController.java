package fr.clausematch.territory;

import fr.clausematch.security.CurrentUser;
import fr.clausematch.web.PageController;
import fr.clausematch.security.Role;
import fr.clausematch.security.SignedInUser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;
import java.util.Set;

/** The plain home page: what the database holds, per territory, within the user's reach. */
@PageController
class HomeController {

    private final JdbcTemplate jdbc;

    HomeController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A facilitator sees the figures of their territories, an administrator those of every territory; a
     * buyer's home is the list of their contracts.
     */
    @GetMapping("/")
    String home(Model model) {
        SignedInUser user = CurrentUser.get();
        if (user.is(Role.BUYER)) {
            return "redirect:/acheteurs/contrats";
        }
        Set<String> scope = user.is(Role.ADMIN) ? null : user.territories();
        String candidates = scope == null ? "candidate c WHERE true" : "candidate c WHERE c.territory_code IN (:t)";
        String contracts = scope == null ? "contract k WHERE true" : "contract k WHERE k.territory_code IN (:t)";
        String slots = "slot s JOIN " + contracts.replace(" WHERE ", " ON k.id = s.contract_id WHERE ");
        MapSqlParameterSource parameters = new MapSqlParameterSource("t", scope == null || scope.isEmpty() ? List.of("") : scope);
        HomeFigures figures = new NamedParameterJdbcTemplate(jdbc).queryForObject("SELECT"
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
        model.addAttribute("figures", figures);
        return "index";
    }
}
