package fr.clausematch.matching.search;

import fr.clausematch.matching.Fixtures;
import fr.clausematch.matching.IndependentChecker;
import fr.clausematch.matching.analysis.FirstComeFirstServed;
import fr.clausematch.matching.exact.ExactMatching;
import fr.clausematch.matching.exact.ExactResult;
import fr.clausematch.matching.exact.ExactSettings;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact start on its own (the solver configuration without its local search, every step's score checked by
 * FULL_ASSERT): it reaches the proven optimum of the hours where the baseline does not, breaks no rule, keeps what is
 * pinned, never makes the score worse, and takes its time from the solve's limit.
 */
class ExactStartPhaseTest {

    @Test
    void fromTheBaselineItReachesTheProvenOptimumOfTheHours() {
        MatchingPlan problem = SearchFixtures.baselineTrap();
        MatchingPlan baseline = FirstComeFirstServed.plan(problem);
        long all = problem.getSlots().stream().mapToLong(Slot::getHours).sum();
        assertThat(baseline.filledHours()).as("the baseline falls into the trap").isLessThan(all);
        MatchingPlan best = exactStartOnly(baseline);
        long optimum = ExactMatching.solve(problem, ExactSettings.of(5).withWorkers(1)).hours();
        assertThat(best.filledHours()).isEqualTo(optimum).isEqualTo(all);
        assertThat(IndependentChecker.violations(best)).isEmpty();
    }

    @Test
    void onRandomProblemsItEqualsTheExactReferenceAndNeverWorsensTheStart() {
        for (long seed = 1; seed <= 6; seed++) {
            MatchingPlan problem = MatchingProblems.create(Fixtures.randomInput(60, 140, seed));
            MatchingPlan baseline = FirstComeFirstServed.plan(problem);
            HardMediumSoftLongScore baselineScore = MatchingSolver.score(baseline);
            MatchingPlan best = exactStartOnly(baseline);
            ExactResult exact = ExactMatching.solve(problem, ExactSettings.of(10).withWorkers(2).withoutShares());
            assertThat(exact.status()).as("seed " + seed).isEqualTo(ExactResult.Status.OPTIMAL);
            assertThat(best.filledHours()).as("seed " + seed).isEqualTo(exact.hours());
            assertThat(best.getScore().hardScore()).as("seed " + seed).isZero();
            assertThat(best.getScore()).as("seed " + seed).isGreaterThanOrEqualTo(baselineScore);
            assertThat(IndependentChecker.violations(best)).as("seed " + seed).isEmpty();
        }
    }

    @Test
    void aPinnedPairingStaysEvenWhenTheExactModelCouldFillMoreWithout() {
        MatchingPlan problem = SearchFixtures.pinnedInTheWay();
        MatchingPlan best = exactStartOnly(FirstComeFirstServed.plan(problem));
        Slot keptSmall = best.getSlots().stream().filter(s -> s.getId().equals("SMALL")).findFirst().orElseThrow();
        assertThat(keptSmall.getCandidate()).isNotNull();
        assertThat(keptSmall.getCandidate().id()).isEqualTo("C1");
        assertThat(best.getSlots().stream().filter(s -> s.getId().equals("BIG")).findFirst().orElseThrow().getCandidate()).isNull();
    }

    @Test
    void withNoTimeShareItLeavesThePlanAsItIs() {
        MatchingPlan problem = MatchingProblems.create(Fixtures.randomInput(60, 140, 3));
        MatchingPlan baseline = FirstComeFirstServed.plan(problem);
        SolverConfig config = exactStartConfig();
        MatchingSolver.setExactStartProperty(config, "timeShare", "0");
        MatchingPlan best = MatchingSolver.solve(SolverFactory.create(config), MatchingSolver.startingPlanFrom(baseline), null);
        assertThat(pairings(best)).isEqualTo(pairings(baseline));
    }

    @Test
    void theSolveTimeLimitReachesThePhase() {
        SolverConfig config = MatchingSolver.solverConfig(Duration.ofSeconds(7), null, null);
        CustomPhaseConfig phase = exactStart(config);
        assertThat(phase.getCustomPhaseCommandClassList()).containsExactly(ExactStartPhase.class);
        assertThat(phase.getCustomProperties()).containsEntry("solveMillis", "7000").containsKey("timeShare");
        assertThat(exactStart(MatchingSolver.solverConfig(null, null, null)).getCustomProperties().get("solveMillis"))
                .isEqualTo("30000");
        // the first local search's own limit, written for 30 s, scales with the solve's
        assertThat(config.getPhaseConfigList().get(0).getTerminationConfig().getMillisecondsSpentLimit()).isEqualTo(700L);
    }

    /** The shipped configuration's exact start alone, 10 s of limit (its share for the phase), every step asserted. */
    private static SolverConfig exactStartConfig() {
        SolverConfig config = MatchingSolver.solverConfig(Duration.ofSeconds(10), null, EnvironmentMode.FULL_ASSERT);
        config.setPhaseConfigList(List.of(exactStart(config)));
        return config;
    }

    private static CustomPhaseConfig exactStart(SolverConfig config) {
        return config.getPhaseConfigList().stream().filter(CustomPhaseConfig.class::isInstance).map(CustomPhaseConfig.class::cast)
                .findFirst().orElseThrow();
    }

    private static MatchingPlan exactStartOnly(MatchingPlan baseline) {
        return MatchingSolver.solve(SolverFactory.create(exactStartConfig()), MatchingSolver.startingPlanFrom(baseline), null);
    }

    private static Map<String, String> pairings(MatchingPlan plan) {
        return plan.getSlots().stream().filter(s -> s.getCandidate() != null)
                .collect(java.util.stream.Collectors.toMap(Slot::getId, s -> s.getCandidate().id()));
    }
}
