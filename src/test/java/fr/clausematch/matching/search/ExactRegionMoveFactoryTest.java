package fr.clausematch.matching.search;

import fr.clausematch.matching.Fixtures;
import fr.clausematch.matching.IndependentChecker;
import fr.clausematch.matching.analysis.FirstComeFirstServed;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.director.ScoreDirector;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact region moves on their own, applied as the local search would (a move is kept only when it fills at least
 * as many hours): they undo the baseline's trap, break no rule, keep what is pinned and never lose an hour.
 */
class ExactRegionMoveFactoryTest {

    private static ExactRegionMoveFactory factory(int regionPairs) {
        ExactRegionMoveFactory factory = new ExactRegionMoveFactory();
        factory.setRegionPairs(regionPairs);
        factory.setMillis(2_000);
        return factory;
    }

    @Test
    void oneRegionUndoesTheTrapOfTheBaseline() {
        // the region grown from the empty S2 holds C1, then C2 (S1's range), and the model gives S1 to C2, S2 to C1
        MatchingPlan plan = FirstComeFirstServed.plan(SearchFixtures.baselineTrap());
        long all = plan.getSlots().stream().mapToLong(Slot::getHours).sum();
        assertThat(plan.filledHours()).isLessThan(all);

        ExactRegionMoveFactory factory = factory(100);
        ScoreDirector<MatchingPlan> director = SearchFixtures.holding(plan);
        factory.phaseStarted(director);
        ReassignMove move = factory.createRandomMoveIterator(director, new Random(1)).next();
        assertThat(move.isMoveDoable(director)).isTrue();
        move.doMoveOnly(director);
        assertThat(plan.filledHours()).isEqualTo(all);
        assertThat(IndependentChecker.violations(plan)).isEmpty();
        factory.phaseEnded(director);
    }

    @Test
    void movesKeptAsTheSearchWouldBreakNoRuleAndNeverLoseAnHour() {
        for (long seed = 1; seed <= 3; seed++) {
            MatchingPlan plan = FirstComeFirstServed.plan(MatchingProblems.create(Fixtures.randomInput(80, 200, seed)));
            ExactRegionMoveFactory factory = factory(150);
            ScoreDirector<MatchingPlan> director = SearchFixtures.holding(plan);
            factory.phaseStarted(director);
            Random random = new Random(seed);
            long start = plan.filledHours();
            for (int i = 0; i < 40; i++) {
                long before = plan.filledHours();
                ReassignMove move = factory.createRandomMoveIterator(director, random).next();
                if (!move.isMoveDoable(director)) {
                    continue;
                }
                move.doMoveOnly(director);
                assertThat(plan.filledHours()).as("seed %d, move %d: the model starts from the region as it is", seed, i)
                        .isGreaterThanOrEqualTo(before);
                assertThat(IndependentChecker.violations(plan)).as("seed %d, move %d", seed, i).isEmpty();
            }
            assertThat(plan.filledHours()).as("seed " + seed).isGreaterThan(start);
            factory.phaseEnded(director);
        }
    }

    @Test
    void aPinnedSlotKeepsItsPersonAndNoMoveTouchesIt() {
        MatchingPlan plan = FirstComeFirstServed.plan(SearchFixtures.pinnedInTheWay());
        ExactRegionMoveFactory factory = factory(100);
        ScoreDirector<MatchingPlan> director = SearchFixtures.holding(plan);
        factory.phaseStarted(director);
        for (int i = 0; i < 10; i++) {
            ReassignMove move = factory.createRandomMoveIterator(director, new Random(i)).next();
            assertThat(move.isMoveDoable(director)).as("the only better plan drops the pinned pairing").isFalse();
        }
        assertThat(plan.getSlots().get(0).getCandidate().id()).isEqualTo("C1");
    }
}
