package fr.clausematch.candidate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The counts of people that the home page and the territories' API show, asked of the module that owns them. */
@Component
public class CandidateFigures {

    /** People of a scope: all of them, women, QPV residents, and those holding at least one criterion. */
    public record People(long candidates, long women, long qpvResidents, long eligible) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    CandidateFigures(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** People of the territories of {@code scope} (null: every territory). */
    @Transactional(readOnly = true)
    public People people(Set<String> scope) {
        String where = scope == null ? "" : " WHERE c.territory_code IN (:t)";
        return jdbc.queryForObject("SELECT count(*) AS candidates, count(*) FILTER (WHERE c.gender = 'F') AS women,"
                        + " count(*) FILTER (WHERE c.qpv_code IS NOT NULL) AS qpv,"
                        + " count(*) FILTER (WHERE EXISTS (SELECT 1 FROM candidate_eligibility e WHERE e.candidate_id = c.id)) AS eligible"
                        + " FROM candidate c" + where, parameters(scope),
                (rs, n) -> new People(rs.getLong("candidates"), rs.getLong("women"), rs.getLong("qpv"), rs.getLong("eligible")));
    }

    /** The number of people per territory code, for the territories of {@code scope} (null: every territory). */
    @Transactional(readOnly = true)
    public Map<String, Long> peopleByTerritory(Set<String> scope) {
        String where = scope == null ? "" : " WHERE c.territory_code IN (:t)";
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("SELECT c.territory_code, count(*) AS n FROM candidate c" + where + " GROUP BY c.territory_code",
                parameters(scope), rs -> {
                    counts.put(rs.getString("territory_code"), rs.getLong("n"));
                });
        return counts;
    }

    private static MapSqlParameterSource parameters(Set<String> scope) {
        return new MapSqlParameterSource("t", scope == null || scope.isEmpty() ? List.of("") : scope);
    }
}
