package fr.clausematch.candidate;

import fr.clausematch.matching.model.Gender;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What other modules may know of people they hold by internal id (a plan's pairings): the pseudonymous id,
 * and whether the person counts as a woman and as a QPV resident (the model's rules) — never a name.
 */
@Component
public class CandidateDirectory {

    /** A person as a plan shows them. */
    public record Person(long id, String externalId, boolean woman, boolean qpvResident) {
    }

    private final JdbcTemplate jdbc;

    CandidateDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The people of these internal ids (ids of people no longer there are absent). */
    @Transactional(readOnly = true)
    public Map<Long, Person> byIds(Collection<Long> ids) {
        Map<Long, Person> people = new HashMap<>();
        if (ids.isEmpty()) {
            return people;
        }
        jdbc.query("SELECT id, external_id, gender, qpv_code FROM candidate WHERE id = ANY (?)", rs -> {
            long id = rs.getLong("id");
            Gender gender = rs.getString("gender") == null ? null : Gender.valueOf(rs.getString("gender"));
            people.put(id, new Person(id, rs.getString("external_id"), fr.clausematch.matching.model.Candidate.isWoman(gender),
                    fr.clausematch.matching.model.Candidate.isQpvResident(rs.getString("qpv_code"))));
        }, (Object) ids.stream().distinct().toArray(Long[]::new));
        return people;
    }
}
