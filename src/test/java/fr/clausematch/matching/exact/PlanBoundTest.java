package fr.clausematch.matching.exact;

import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetProblemMapper;
import fr.clausematch.dataset.generator.DatasetGenerator;
import fr.clausematch.matching.IndependentChecker;
import fr.clausematch.matching.analysis.FirstComeFirstServed;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Pairing;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.matching.search.MatchingProblems;
import fr.clausematch.matching.search.MatchingSolver;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan's proven upper bound, on generated datasets of every profile (the weekly-load one where rule 9 binds): never
 * below the hours of the baseline, of the engine's plan or of the exact reference's plan, however little time it had
 * and whichever way it was proven (CP-SAT's optimum or bound, the LP relaxation, the slots' hours).
 */
class PlanBoundTest {

    private static final int WORKERS = 2;

    record Case(String name, DatasetGenerator generator, int candidates, int contracts, int slots, long seed) {
    }

    private static List<Case> cases() {
        int[] weekly200 = DatasetGenerator.weeklyLoadSizes(200);
        int[] weekly320 = DatasetGenerator.weeklyLoadSizes(320);
        DatasetGenerator weekly = new DatasetGenerator(DatasetGenerator.Profile.weeklyLoad());
        return List.of(
                new Case("france 300", new DatasetGenerator(), 150, 60, 300, 1),
                new Case("bfc 400", new DatasetGenerator(DatasetGenerator.Profile.bourgogneFrancheComte()), 180, 80, 400, 2),
                new Case("weekly 200", weekly, weekly200[0], weekly200[1], 200, 3),
                new Case("weekly 320", weekly, weekly320[0], weekly320[1], 320, 4));
    }

    private static MatchingPlan problem(Case c, List<Pairing> confirmed) {
        Dataset dataset = c.generator().generate(c.candidates(), c.contracts(), c.slots(), c.seed());
        MatchingInput facts = DatasetProblemMapper.INSTANCE.input(c.name(), dataset);
        return MatchingProblems.create(new MatchingInput(c.name(), facts.candidates(), facts.contracts(), facts.slots(),
                confirmed, List.of(), facts.settings()));
    }

    @Test
    void theBoundIsNeverBelowTheBaselineTheEngineOrTheExactReference() {
        for (Case c : cases()) {
            MatchingPlan problem = problem(c, List.of());
            MatchingPlan baseline = FirstComeFirstServed.plan(problem);
            MatchingPlan engine = MatchingSolver.solve(problem, Duration.ofSeconds(2), null, null);
            ExactResult exact = ExactMatching.solve(problem, ExactSettings.of(10).withWorkers(WORKERS).withoutShares());
            assertThat(IndependentChecker.violations(engine)).as(c.name()).isEmpty();
            assertThat(IndependentChecker.violations(exact.plan())).as(c.name()).isEmpty();
            long most = Math.max(exact.hours(), Math.max(engine.filledHours(), baseline.filledHours()));
            assertThat(most).as(c.name() + ": something to bound").isPositive();

            PlanBound bound = PlanBound.of(problem, engine, Duration.ofSeconds(5), WORKERS, Long.MAX_VALUE);
            PlanBound rushed = PlanBound.of(problem, baseline, Duration.ofMillis(20), 1, Long.MAX_VALUE);
            PlanBound bySlots = PlanBound.of(problem, engine, Duration.ofSeconds(5), WORKERS, 1);
            assertThat(rushed.hoursBestKnown()).as(c.name() + ": at least its hint's").isGreaterThanOrEqualTo(baseline.filledHours());
            for (PlanBound b : List.of(bound, rushed, bySlots)) {
                assertThat(b.hoursUpperBound()).as(c.name() + " " + b)
                        .isGreaterThanOrEqualTo(baseline.filledHours())
                        .isGreaterThanOrEqualTo(engine.filledHours())
                        .isGreaterThanOrEqualTo(exact.hours())
                        .isLessThanOrEqualTo(problem.getSlots().stream().mapToLong(Slot::getHours).sum());
                assertThat(b.hoursBestKnown()).as(c.name()).isLessThanOrEqualTo(b.hoursUpperBound());
                assertThat(b.gapPercent(engine.filledHours())).as(c.name()).isBetween(0.0, 100.0);
            }
            assertThat(bound.hoursBestKnown()).as(c.name() + ": at least its hint's").isGreaterThanOrEqualTo(engine.filledHours());
            assertThat(bySlots.kind()).as(c.name() + ": parts of more than one pair count their slots' hours").endsWith("+slots");
            if (exact.status() == ExactResult.Status.OPTIMAL) {
                assertThat(bound.kind()).as(c.name()).isEqualTo("exact");
                assertThat(bound.hoursUpperBound()).as(c.name() + ": the optimum").isEqualTo(exact.hours());
                assertThat(bound.gapPercent(exact.hours())).isZero();
            }
            if (bound.hoursUpperBound() > engine.filledHours()) {
                assertThat(bound.gapPercent(engine.filledHours())).as(c.name()).isPositive();
            }
        }
    }

    @Test
    void withConfirmedPairingsTheBoundKeepsThemAndStaysAboveThePlansThatDo() {
        Case c = cases().get(2);
        MatchingPlan free = problem(c, List.of());
        MatchingPlan baseline = FirstComeFirstServed.plan(free);
        List<Pairing> confirmed = baseline.getSlots().stream().filter(Slot::isAssigned).limit(8)
                .map(s -> new Pairing(s.getId(), s.getCandidate().id())).toList();
        assertThat(confirmed).hasSize(8);
        MatchingPlan pinned = problem(c, confirmed);
        assertThat(pinned.getSlots().stream().filter(Slot::isPinned).count()).isEqualTo(8);
        MatchingPlan engine = MatchingSolver.solve(pinned, Duration.ofSeconds(2), null, null);
        assertThat(engine.getSlots().stream().filter(Slot::isPinned)).allSatisfy(s -> assertThat(s.getCandidate()).isNotNull());

        PlanBound withPins = PlanBound.of(pinned, engine, Duration.ofSeconds(5), WORKERS, Long.MAX_VALUE);
        PlanBound withoutPins = PlanBound.of(free, baseline, Duration.ofSeconds(5), WORKERS, Long.MAX_VALUE);
        assertThat(withPins.hoursUpperBound()).isGreaterThanOrEqualTo(engine.filledHours())
                .isGreaterThanOrEqualTo(FirstComeFirstServed.plan(pinned).filledHours());
        if (withPins.kind().equals("exact") && withoutPins.kind().equals("exact")) {
            assertThat(withPins.hoursUpperBound()).as("pins only take choices away").isLessThanOrEqualTo(withoutPins.hoursUpperBound());
        }
    }
}
