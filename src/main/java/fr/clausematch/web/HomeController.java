package fr.clausematch.web;

import fr.clausematch.territory.TerritoryFigures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The plain home page: what the database holds, per territory. */
@PageController
class HomeController {

    private final JdbcTemplate jdbc;

    HomeController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/")
    String home(Model model) {
        HomeFigures figures = jdbc.queryForObject("""
                SELECT
                  (SELECT count(*) FROM candidate) AS candidates,
                  (SELECT count(*) FROM candidate WHERE gender = 'F') AS women,
                  (SELECT count(*) FROM candidate WHERE qpv_code IS NOT NULL) AS qpv,
                  (SELECT count(DISTINCT candidate_id) FROM candidate_eligibility) AS eligible,
                  (SELECT count(*) FROM contract) AS contracts,
                  (SELECT count(*) FROM slot) AS slots,
                  (SELECT coalesce(sum(hours), 0) FROM slot) AS slot_hours,
                  (SELECT coalesce(sum(s.hours), 0) FROM slot s JOIN contract c ON c.id = s.contract_id WHERE c.type = 'WORKS') AS works,
                  (SELECT coalesce(sum(s.hours), 0) FROM slot s JOIN contract c ON c.id = s.contract_id WHERE c.type = 'SERVICES') AS services,
                  (SELECT coalesce(sum(s.hours), 0) FROM slot s JOIN contract c ON c.id = s.contract_id WHERE c.type = 'INTELLECTUAL_SERVICES') AS intellectual,
                  (SELECT count(*) FROM buyer) AS buyers""", (rs, n) -> new HomeFigures(
                rs.getLong("candidates"), rs.getLong("women"), rs.getLong("qpv"), rs.getLong("eligible"),
                rs.getLong("contracts"), rs.getLong("slots"), rs.getLong("slot_hours"), rs.getLong("works"),
                rs.getLong("services"), rs.getLong("intellectual"), rs.getLong("buyers"), TerritoryFigures.query(jdbc)));
        model.addAttribute("figures", figures);
        return "index";
    }
}
