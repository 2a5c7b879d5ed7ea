package fr.clausematch.retention;

import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RetentionServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Autowired RetentionService retention;
    @Autowired DatasetImporter importer;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    @BeforeEach
    void sample() {
        TinySample.load(importer);
        jdbc.update("DELETE FROM audit_event"); // the import's CREATE rows are CandidateAuditTest's business
        jdbc.update("UPDATE candidate SET last_contact_on = ?", TODAY.minusDays(10));
        lastContact("T-P01", TODAY.minusDays(730));  // exactly the limit: kept
        lastContact("T-P02", TODAY.minusDays(731));  // one day past: anonymised
        lastContact("T-P05", TODAY.minusDays(2000)); // long gone, with sensitive criteria
        lastContact("T-P19", TODAY.minusDays(900));
        jdbc.update("UPDATE candidate SET status = 'ARCHIVED' WHERE external_id = 'T-P19'"); // already archived
        jdbc.update("INSERT INTO candidate_licence (candidate_id, position, licence) SELECT id, 0, 'B' FROM candidate WHERE external_id = 'T-P02'");
        jdbc.update("UPDATE candidate SET available_from = '2024-01-01', available_until = '2024-12-31' WHERE external_id = 'T-P02'");
        jdbc.update("UPDATE candidate_eligibility SET validated_by = 'Mme Facilitatrice'");
        TinySample.plan(jdbc, "21", "CONFIRMED", "T-S01", "T-P02", "T-S02", "T-P05");
    }

    private void lastContact(String id, LocalDate day) {
        jdbc.update("UPDATE candidate SET last_contact_on = ? WHERE external_id = ?", day, id);
    }

    private Map<String, Object> person(String id) {
        return jdbc.queryForMap("SELECT * FROM candidate WHERE external_id = ?", id);
    }

    @Test
    void anonymisesExactlyThePeoplePastTheLimitAndKeepsTheFigures() {
        Map<String, Object> before = person("T-P02");
        Map<String, Object> kept = person("T-P01");
        List<String> criteriaBefore = criteria("T-P05");

        assertThat(retention.anonymiseInactive(TODAY, "test")).isEqualTo(2);

        assertThat(jdbc.queryForList("SELECT external_id FROM candidate WHERE status = 'ARCHIVED' ORDER BY external_id", String.class))
                .containsExactly("T-P02", "T-P05", "T-P19");
        assertThat(person("T-P01")).isEqualTo(kept);
        Map<String, Object> after = person("T-P02");
        assertThat(after.get("commune")).isEqualTo("(anonymisé)");
        assertThat(after.get("latitude")).isEqualTo(0.0);
        assertThat(after.get("longitude")).isEqualTo(0.0);
        assertThat(after.get("birth_year")).isEqualTo((Integer) before.get("birth_year") / 10 * 10);
        assertThat(after.get("available_from")).isNull();
        assertThat(after.get("available_until")).isNull();
        for (String column : List.of("gender", "qpv_code", "territory_code", "external_id", "qualification_level",
                "max_hours_per_week", "registered_on", "last_contact_on")) {
            assertThat(after.get(column)).as(column).isEqualTo(before.get(column));
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidate_licence l JOIN candidate c ON c.id = l.candidate_id WHERE c.external_id = 'T-P02'", Integer.class)).isZero();
        assertThat(criteria("T-P05")).isEqualTo(criteriaBefore).containsExactly("AAH", "RQTH");
        assertThat(jdbc.queryForList("""
                SELECT e.validated_by FROM candidate_eligibility e JOIN candidate c ON c.id = e.candidate_id
                WHERE c.external_id IN ('T-P02', 'T-P05')""", String.class)).isNotEmpty().containsOnlyNulls();
        assertThat(jdbc.queryForList("""
                SELECT e.validated_by FROM candidate_eligibility e JOIN candidate c ON c.id = e.candidate_id
                WHERE c.external_id = 'T-P01'""", String.class)).containsOnly("Mme Facilitatrice");
        assertThat(jdbc.queryForObject("""
                SELECT sum(s.hours) FROM assignment a JOIN slot s ON s.id = a.slot_id JOIN candidate c ON c.id = a.candidate_id
                WHERE c.external_id IN ('T-P02', 'T-P05') AND a.status = 'CONFIRMED'""", Integer.class)).isEqualTo(140 + 252);
        assertThat(jdbc.queryForList("SELECT actor || ' ' || action || ' ' || subject_id FROM audit_event ORDER BY subject_id", String.class))
                .containsExactly("test ANONYMISE T-P02", "test ANONYMISE T-P05");
    }

    @Test
    void aSecondRunChangesNothing() {
        assertThat(retention.anonymiseInactive(TODAY, "test")).isEqualTo(2);
        List<Map<String, Object>> people = jdbc.queryForList("SELECT * FROM candidate ORDER BY id");
        assertThat(retention.anonymiseInactive(TODAY, "test")).isZero();
        assertThat(jdbc.queryForList("SELECT * FROM candidate ORDER BY id")).isEqualTo(people);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event", Integer.class)).isEqualTo(2);
    }

    @Test
    void theDailyJobIsOffInTests() {
        assertThat(context.getBeansOfType(RetentionSchedule.class)).isEmpty();
        assertThat(context.getBean(RetentionProperties.class).inactiveDays()).isEqualTo(730);
    }

    private List<String> criteria(String id) {
        return jdbc.queryForList("""
                SELECT e.criterion FROM candidate_eligibility e JOIN candidate c ON c.id = e.candidate_id
                WHERE c.external_id = ? ORDER BY e.criterion""", String.class, id);
    }
}
