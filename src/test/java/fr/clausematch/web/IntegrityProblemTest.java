package fr.clausematch.web;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Only a unique-key clash says « identifiant déjà pris »; a value the database refused is a bad value, not a conflict. */
class IntegrityProblemTest {

    private static ProblemDetail answer(String sqlState) {
        return new ApiExceptionHandler().integrity(
                new DataIntegrityViolationException("refused", new SQLException("refused", sqlState)));
    }

    @Test
    void aUniqueViolationIsAConflictOnAnIdAlreadyTaken() {
        ProblemDetail problem = answer("23505");
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getDetail()).contains("identifiant déjà pris");
    }

    @Test
    void aCheckANotNullOrABadByteIsABadValueNeverAnIdAlreadyTaken() {
        for (String state : new String[]{"23514", "23502", "22001", "22021", "22008"}) {
            ProblemDetail problem = answer(state);
            assertThat(problem.getStatus()).as(state).isEqualTo(400);
            assertThat(problem.getDetail()).as(state).doesNotContain("déjà pris");
        }
    }
}
