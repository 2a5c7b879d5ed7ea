package fr.clausematch.matching;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SolverSmokeTest {
    @Test
    void fullAssertSolve() {
        MatchingPlan problem = MatchingProblems.create(Fixtures.randomInput(20, 10, 1));
        MatchingPlan best = MatchingSolver.solve(SolverFactory.create(
                MatchingSolver.solverConfig(Duration.ofSeconds(3), null, EnvironmentMode.FULL_ASSERT)), problem, null);
        System.out.println(best.getScore());
        assertThat(best.getScore().isFeasible()).isTrue();
    }
}
