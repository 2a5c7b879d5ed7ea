package fr.clausematch.matching.search;

import fr.clausematch.matching.Fixtures;
import fr.clausematch.matching.IndependentChecker;
import fr.clausematch.matching.analysis.FirstComeFirstServed;
import fr.clausematch.matching.analysis.IndependentParts;
import fr.clausematch.matching.analysis.MatchingExplainer;
import fr.clausematch.matching.constraints.MatchingSettings;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Pairing;
import fr.clausematch.matching.model.Slot;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MatchingSolverTest {

    static final java.nio.file.Path TINY = java.nio.file.Path.of("sample-data/tiny");

    /** The small problem of the solver test: {@code sample-data/tiny}, the hand-written dataset with one case of each rule. */
    static MatchingPlan smallProblem() {
        return fr.clausematch.cli.DatasetProblems.toProblem("tiny", new fr.clausematch.dataset.DatasetReader().read(TINY),
                MatchingSettings.defaults());
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
    void fullAssertSolveOfARandomProblemKeepsScoresAndRulesExact() {
        // the shipped search (change, swap and displacement moves) on a problem with many busy people:
        // FULL_ASSERT recomputes the score after every move and undo, so a stale index of who holds what
        // or a wrong planning clone would fail here
        MatchingPlan problem = MatchingProblems.create(Fixtures.randomInput(80, 60, 4));
        MatchingPlan best = MatchingSolver.solve(SolverFactory.create(
                MatchingSolver.solverConfig(Duration.ofSeconds(5), null, EnvironmentMode.FULL_ASSERT)),
                MatchingSolver.startingPlan(problem), null);
        assertThat(best.getScore().isFeasible()).isTrue();
        assertThat(IndependentChecker.violations(best)).isEmpty();
        assertThat(MatchingSolver.score(best)).isEqualTo(best.getScore());
        MatchingPlan baseline = FirstComeFirstServed.plan(MatchingProblems.create(Fixtures.randomInput(80, 60, 4)));
        MatchingSolver.score(baseline);
        assertThat(best.getScore().mediumScore()).isGreaterThan(baseline.getScore().mediumScore());
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
        MatchingPlan fresh = smallProblem();
        for (Slot s : fresh.getSlots()) {
            s.setCandidate(null);
        }
        MatchingPlan problem = MatchingProblems.create(new MatchingInput("t", fresh.getCandidates(), fresh.getContracts(),
                fresh.getSlots(), List.of(new Pairing(withChoice.getId(), keep)), rejected, null));
        MatchingPlan best = MatchingSolver.solve(problem, Duration.ofSeconds(1), null, null);
        Slot pinned = best.getSlots().stream().filter(s -> s.getId().equals(withChoice.getId())).findFirst().orElseThrow();
        assertThat(pinned.getCandidate().id()).isEqualTo(keep);
        Slot emptied = best.getSlots().stream().filter(s -> s.getId().equals(other.getId())).findFirst().orElseThrow();
        assertThat(emptied.getCandidate()).isNull();
        assertThat(IndependentChecker.violations(best)).isEmpty();
    }

    @Test
    void solvingPartByPartGivesTheWholePlanFeasibleScoredAndAtLeastTheBaseline() {
        MatchingPlan problem = MatchingProblems.create(Fixtures.randomInput(150, 120, 5));
        int parts = IndependentParts.of(problem).size();
        assertThat(parts).isGreaterThan(1);
        List<Integer> partsHeard = new ArrayList<>();
        List<Long> wholeHoursHeard = new ArrayList<>();
        MatchingPlan best = MatchingSolver.solveInParts(problem, Duration.ofSeconds(3), null,
                (part, count, partBest, wholeHours) -> {
                    assertThat(count).isEqualTo(parts);
                    partsHeard.add(part);
                    wholeHoursHeard.add(wholeHours);
                });
        assertThat(best.getSlots()).extracting(Slot::getId)
                .containsExactlyElementsOf(problem.getSlots().stream().map(Slot::getId).toList());
        assertThat(best.getScore().isFeasible()).isTrue();
        assertThat(IndependentChecker.violations(best)).isEmpty();
        assertThat(MatchingSolver.score(best)).isEqualTo(best.getScore());
        assertThat(partsHeard).isNotEmpty().isSorted();
        // the whole plan's hours as heard at each part's better plan: never down, and the last is the result's
        assertThat(wholeHoursHeard).isSorted();
        assertThat(wholeHoursHeard.get(wholeHoursHeard.size() - 1)).isEqualTo(best.filledHours());
        MatchingPlan baseline = FirstComeFirstServed.plan(problem);
        MatchingSolver.score(baseline);
        assertThat(best.getScore().mediumScore()).isGreaterThan(baseline.getScore().mediumScore());
    }

    @Test
    void aSearchStartingFromTheBaselineAtHandStartsWhereOneFromTheProblemWouldAndLeavesTheBaselineAlone() {
        MatchingPlan problem = MatchingProblems.create(Fixtures.randomInput(150, 120, 7));
        MatchingPlan baseline = FirstComeFirstServed.plan(problem);
        java.util.Map<String, String> before = pairings(baseline);

        MatchingPlan start = MatchingSolver.startingPlanFrom(baseline);
        assertThat(pairings(start)).isEqualTo(pairings(MatchingSolver.startingPlan(problem))).isEqualTo(before);
        MatchingPlan best = MatchingSolver.solve(SolverFactory.create(MatchingSolver.solverConfig(Duration.ofSeconds(2), null, null)),
                start, null);
        assertThat(best.filledHours()).isGreaterThanOrEqualTo(baseline.filledHours());
        assertThat(pairings(baseline)).as("the baseline stored beside the plan is not the search's").isEqualTo(before);
    }

    private static java.util.Map<String, String> pairings(MatchingPlan plan) {
        java.util.Map<String, String> pairs = new java.util.TreeMap<>();
        plan.getSlots().forEach(slot -> pairs.put(slot.getId(), slot.getCandidate() == null ? "" : slot.getCandidate().id()));
        return pairs;
    }

    @Test
    void moveThreadsGiveAFeasiblePlanToo() {
        MatchingPlan best = MatchingSolver.solve(MatchingProblems.create(Fixtures.randomInput(80, 60, 4)),
                Duration.ofSeconds(2), 2, null);
        assertThat(best.getScore().isFeasible()).isTrue();
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
