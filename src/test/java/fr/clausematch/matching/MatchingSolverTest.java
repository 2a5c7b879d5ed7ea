package fr.clausematch.matching;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MatchingSolverTest {

    /**
     * The small problem of the solver test: built here (20 people, 10 slots). When
     * {@code sample-data/tiny} and the dataset reader land, build it with
     * {@code DatasetProblems.toProblem("tiny", DatasetReader.read(Path.of("sample-data/tiny")), settings)}.
     */
    static MatchingPlan smallProblem() {
        return MatchingProblems.create(Fixtures.randomInput(20, 10, 1));
    }

    @Test
    void fullAssertSolveOfASmallProblemFollowsTheNineRules() {
        MatchingPlan problem = smallProblem();
        long fillable = problem.getSlots().stream().filter(s -> !s.getCompatibleCandidates().isEmpty()).count();
        assertThat(fillable).isPositive();
        MatchingPlan best = MatchingSolver.solve(SolverFactory.create(
                MatchingSolver.solverConfig(Duration.ofSeconds(2), null, EnvironmentMode.FULL_ASSERT)), problem, null);
        assertThat(best.getScore().isFeasible()).isTrue();
        assertThat(best.getScore().hardScore()).isZero();
        assertThat(best.getSlots().stream().filter(Slot::isAssigned)).isNotEmpty();
        assertThat(IndependentChecker.violations(best)).isEmpty();
        // the medium score is exactly the unfilled hours
        long unfilled = best.getSlots().stream().filter(s -> !s.isAssigned()).mapToLong(Slot::getHours).sum();
        assertThat(best.getScore().mediumScore()).isEqualTo(-unfilled);
        // the solver never does worse in hours than the baseline on this problem
        MatchingPlan baseline = FirstComeFirstServed.plan(smallProblem());
        MatchingSolver.score(baseline);
        assertThat(best.getScore().mediumScore()).isGreaterThanOrEqualTo(baseline.getScore().mediumScore());
    }

    @Test
    void pinnedPairingsStayAndRejectedOnesNeverComeBack() {
        MatchingPlan first = smallProblem();
        Slot withChoice = first.getSlots().stream().filter(s -> s.getCompatibleCandidates().size() >= 2).findFirst().orElseThrow();
        String keep = withChoice.getCompatibleCandidates().get(1).id();
        Slot other = first.getSlots().stream().filter(s -> s != withChoice && !s.getCompatibleCandidates().isEmpty())
                .findFirst().orElseThrow();
        List<Pairing> rejected = new ArrayList<>();
        other.getCompatibleCandidates().forEach(c -> rejected.add(new Pairing(other.getId(), c.id())));
        MatchingInput input = Fixtures.randomInput(20, 10, 1);
        MatchingPlan problem = MatchingProblems.create(new MatchingInput("t", input.candidates(), input.contracts(),
                input.slots(), List.of(new Pairing(withChoice.getId(), keep)), rejected, null));
        MatchingPlan best = MatchingSolver.solve(problem, Duration.ofSeconds(1), null, null);
        Slot pinned = best.getSlots().stream().filter(s -> s.getId().equals(withChoice.getId())).findFirst().orElseThrow();
        assertThat(pinned.getCandidate().id()).isEqualTo(keep);
        Slot emptied = best.getSlots().stream().filter(s -> s.getId().equals(other.getId())).findFirst().orElseThrow();
        assertThat(emptied.getCandidate()).isNull();
        assertThat(IndependentChecker.violations(best)).isEmpty();
    }

    @Test
    void solveOfALargerProblemIsFeasibleAndExplained() {
        MatchingPlan best = MatchingSolver.solve(MatchingProblems.create(Fixtures.randomInput(150, 120, 5)),
                Duration.ofSeconds(3), null, null);
        assertThat(best.getScore().isFeasible()).isTrue();
        assertThat(IndependentChecker.violations(best)).isEmpty();
        MatchingExplainer.PlanExplanation explanation = MatchingExplainer.explain(best);
        assertThat(explanation.score()).isEqualTo(best.getScore().toString());
        assertThat(explanation.slots()).hasSameSizeAs(best.getSlots());
        assertThat(explanation.constraints()).extracting(MatchingExplainer.ConstraintBreakdown::key)
                .contains("unfilled-hours", "weekly-load");
        for (MatchingExplainer.SlotExplanation e : explanation.slots()) {
            assertThat(e.reasons()).isNotEmpty();
        }
    }
}
