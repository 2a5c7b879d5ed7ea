package fr.clausematch.matching.search;

import fr.clausematch.matching.Fixtures;

import fr.clausematch.matching.IndependentChecker;
import fr.clausematch.matching.analysis.FirstComeFirstServed;
import fr.clausematch.matching.constraints.MatchingSettings;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.director.ScoreDirector;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static fr.clausematch.matching.Fixtures.D;
import static fr.clausematch.matching.Fixtures.candidate;
import static fr.clausematch.matching.Fixtures.contract;
import static fr.clausematch.matching.Fixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;

class DisplacementMoveFactoryTest {

    private static ScoreDirector<MatchingPlan> holding(MatchingPlan plan) {
        return SearchFixtures.holding(plan);
    }

    private static DisplacementMoveFactory factory(boolean shares) {
        DisplacementMoveFactory factory = new DisplacementMoveFactory();
        factory.setShares(Boolean.toString(shares));
        return factory;
    }

    @Test
    void depthOneGivesPlainChangesOnly() {
        DisplacementMoveFactory factory = new DisplacementMoveFactory();
        factory.setDepth("1");
        MatchingPlan plan = FirstComeFirstServed.plan(MatchingProblems.create(Fixtures.randomInput(300, 400, 9)));
        Iterator<ReassignMove> moves = factory.createRandomMoveIterator(holding(plan), new Random(5));
        for (int i = 0; i < 200; i++) {
            assertThat(moves.next().getPlanningEntities().size()).isLessThanOrEqualTo(1);
        }
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> factory.setDepth("0"));
    }

    private static Map<Slot, Candidate> assignments(MatchingPlan plan) {
        Map<Slot, Candidate> map = new HashMap<>();
        plan.getSlots().forEach(s -> map.put(s, s.getCandidate()));
        return map;
    }

    @Test
    void aBusyWomanTakesTheSlotAndHandsHerOverlappingOneToItsHolder() {
        Contract works = contract("K1");
        // "woman" holds S2 (full time), "man" holds S1; both fit both slots: the only move that gives S1 to
        // her is a swap (she cannot hold both, and nobody else has room)
        Candidate woman = candidate("woman").woman().maxTenths(350).build();
        Candidate man = candidate("man").maxTenths(350).build();
        Slot s1 = slot("S1", works, D, D.plusDays(27), 350);
        Slot s2 = slot("S2", works, D.plusDays(7), D.plusDays(40), 350);
        MatchingPlan plan = MatchingProblems.create(MatchingInput.of("t", List.of(woman, man), List.of(works), List.of(s1, s2)));
        plan.getSlots().get(0).setCandidate(man);
        plan.getSlots().get(1).setCandidate(woman);
        ScoreDirector<MatchingPlan> director = holding(plan);
        Iterator<ReassignMove> moves = factory(true).createRandomMoveIterator(director, new Random(1));
        ReassignMove move = moves.next();
        assertThat(move.isMoveDoable(director)).isTrue();
        var undo = move.doMove(director);
        assertThat(plan.getSlots().get(0).getCandidate()).isEqualTo(woman);
        assertThat(plan.getSlots().get(1).getCandidate()).isEqualTo(man);
        assertThat(IndependentChecker.violations(plan)).isEmpty();
        undo.doMove(director);
        assertThat(plan.getSlots().get(0).getCandidate()).isEqualTo(man);
        assertThat(plan.getSlots().get(1).getCandidate()).isEqualTo(woman);
    }

    @Test
    void anEmptySlotIsFilledByAChainThatEmptiesNoOther() {
        Contract works = contract("K1");
        // "both" is the only one for S1 but holds S2 over the same weeks, which "free" can take over
        Candidate free = candidate("free").trades("K2204").maxTenths(350).build();
        Slot s1 = slot("S1", works, D, D.plusDays(27), 350);
        Slot s2 = new Slot("S2", works, "K2204", 140, D, D.plusDays(27), 350, 0, java.util.Set.of());
        Candidate both = candidate("both").trades("F1703", "K2204").maxTenths(350).build();
        MatchingPlan plan = MatchingProblems.create(MatchingInput.of("t", List.of(both, free), List.of(works), List.of(s1, s2)));
        plan.getSlots().get(1).setCandidate(both);
        ScoreDirector<MatchingPlan> director = holding(plan);
        Iterator<ReassignMove> moves = factory(false).createRandomMoveIterator(director, new Random(3));
        // the other moves on offer give S2 to "free" alone (a plain change)
        ReassignMove move = moves.next();
        while (move.getPlanningEntities().size() < 2) {
            move = moves.next();
        }
        move.doMove(director);
        assertThat(plan.getSlots().get(0).getCandidate()).isEqualTo(both);
        assertThat(plan.getSlots().get(1).getCandidate()).isEqualTo(free);
        assertThat(IndependentChecker.violations(plan)).isEmpty();
    }

    @Test
    void aWomanTakesAFullTimeSlotAndHandsHerTwoPartTimeOnesToItsHolder() {
        Contract works = contract("K1");
        // she holds two half-time slots over the same weeks; giving up one is not enough to take the
        // full-time slot, so both go to its holder, who has room for them once he lost it
        Candidate woman = candidate("woman").woman().maxTenths(350).build();
        Candidate man = candidate("man").maxTenths(350).build();
        Slot full = slot("FULL", works, D, D.plusDays(27), 350);
        Slot half1 = slot("HALF1", works, D, D.plusDays(27), 175);
        Slot half2 = slot("HALF2", works, D.plusDays(7), D.plusDays(34), 175);
        MatchingPlan plan = MatchingProblems.create(MatchingInput.of("t", List.of(woman, man), List.of(works),
                List.of(full, half1, half2)));
        plan.getSlots().get(0).setCandidate(man);
        plan.getSlots().get(1).setCandidate(woman);
        plan.getSlots().get(2).setCandidate(woman);
        ScoreDirector<MatchingPlan> director = holding(plan);
        ReassignMove move = factory(true).createRandomMoveIterator(director, new Random(2)).next();
        assertThat(move.isMoveDoable(director)).isTrue();
        move.doMove(director);
        assertThat(plan.getSlots()).extracting(Slot::getCandidate).containsExactly(woman, man, man);
        assertThat(IndependentChecker.violations(plan)).isEmpty();
    }

    @Test
    void fromAnEmptySlotAPersonLeavesAShorterSlotNobodyElseCanTake() {
        Contract works = contract("K1");
        // "busy" is the only one for both slots and holds the shorter one: the longer, empty one is
        // filled by moving her, the shorter stays empty; nobody else has the trade
        Candidate busy = candidate("busy").woman().maxTenths(350).build();
        Slot longer = new Slot("LONG", works, "F1703", 300, D, D.plusDays(27), 350, 0, java.util.Set.of());
        Slot shorter = new Slot("SHORT", works, "F1703", 120, D.plusDays(7), D.plusDays(20), 350, 0, java.util.Set.of());
        MatchingPlan plan = MatchingProblems.create(MatchingInput.of("t", List.of(busy), List.of(works), List.of(longer, shorter)));
        plan.getSlots().get(1).setCandidate(busy);
        ScoreDirector<MatchingPlan> director = holding(plan);
        Iterator<ReassignMove> moves = factory(false).createRandomMoveIterator(director, new Random(4));
        ReassignMove move = moves.next();
        for (int i = 0; i < 50 && !move.isMoveDoable(director); i++) {
            move = moves.next();
        }
        move.doMove(director);
        assertThat(plan.getSlots()).extracting(Slot::getCandidate).containsExactly(busy, null);
        assertThat(IndependentChecker.violations(plan)).isEmpty();
    }

    @Test
    void everyMoveOfARandomProblemKeepsTheNineRulesFillsNoFewerHoursAndIsUndoneExactly() {
        for (boolean shares : new boolean[] {false, true}) {
            MatchingPlan plan = FirstComeFirstServed.plan(MatchingProblems.create(Fixtures.randomInput(300, 400, 9)));
            assertThat(IndependentChecker.violations(plan)).isEmpty();
            ScoreDirector<MatchingPlan> director = holding(plan);
            Random random = new Random(7);
            int chains = 0;
            int emptied = 0;
            int severalToOne = 0;
            for (int step = 0; step < 400; step++) {
                ShareGaps gaps = ShareGaps.of(plan);
                Iterator<ReassignMove> moves = factory(shares).createRandomMoveIterator(director, random);
                ReassignMove move = moves.next();
                if (!move.isMoveDoable(director)) {
                    continue;
                }
                chains += move.getPlanningEntities().size() > 1 ? 1 : 0;
                emptied += move.getPlanningValues().contains(null) ? 1 : 0;
                severalToOne += move.getPlanningValues().stream().filter(java.util.Objects::nonNull).distinct().count()
                        < move.getPlanningValues().stream().filter(java.util.Objects::nonNull).count() ? 1 : 0;
                Map<Slot, Candidate> before = assignments(plan);
                long hoursBefore = plan.filledHours();
                var undo = move.doMove(director);
                assertThat(IndependentChecker.violations(plan)).as(move.toString()).isEmpty();
                assertThat(plan.filledHours()).as(move.toString()).isGreaterThanOrEqualTo(hoursBefore);
                if (shares) {
                    Slot first = (Slot) move.getPlanningEntities().iterator().next();
                    assertThat(gaps.worth(first.getContractType(), first.getCandidate()))
                            .as(move.toString()).isGreaterThan(gaps.worth(first.getContractType(), before.get(first)));
                }
                if (step % 2 == 0) {
                    undo.doMove(director); // every other move is kept, so later moves start from changed plans
                    assertThat(assignments(plan)).isEqualTo(before);
                }
            }
            assertThat(chains).as("moves of several slots, shares=" + shares).isPositive();
            if (!shares) {
                assertThat(emptied).as("moves leaving a shorter slot empty").isPositive();
                assertThat(severalToOne).as("moves giving one person several slots").isPositive();
            }
        }
    }

    @Test
    void heldSlotsFollowTheWorkingPlanMoveByMoveInsideASolver() {
        MatchingPlan plan = FirstComeFirstServed.plan(MatchingProblems.create(Fixtures.randomInput(120, 150, 3)));
        var solverFactory = (org.optaplanner.core.impl.solver.DefaultSolverFactory<MatchingPlan>)
                org.optaplanner.core.api.solver.SolverFactory.<MatchingPlan>create(MatchingSolver.solverConfig(null, null, null));
        try (var director = solverFactory.getScoreDirectorFactory().buildScoreDirector(false, false)) {
            director.setWorkingSolution(plan);
            HeldSlots.Tracked tracked = HeldSlots.track(director);
            assertThat(tracked).isNotNull();
            Random random = new Random(11);
            DisplacementMoveFactory factory = factory(false);
            for (int step = 0; step < 200; step++) {
                ReassignMove move = factory.createRandomMoveIterator(director, random).next();
                if (move.isMoveDoable(director)) {
                    move.doMoveOnly(director);
                    director.triggerVariableListeners();
                }
                HeldSlots fresh = HeldSlots.indexOf(plan);
                for (Candidate c : plan.getCandidates()) {
                    assertThat(java.util.Set.copyOf(tracked.of(c))).as(c.id()).isEqualTo(java.util.Set.copyOf(fresh.of(c)));
                }
            }
            tracked.release();
        }
    }

    @Test
    void noMoveTowardASharePastItsTarget() {
        Contract works = contract("K1");
        Candidate man = candidate("man").build();
        Candidate woman = candidate("woman").woman().build();
        MatchingPlan plan = MatchingProblems.create(MatchingInput.of("t", List.of(man, woman), List.of(works),
                List.of(slot("S1", works))));
        plan.getSlots().get(0).setCandidate(man);
        MatchingSettings settings = plan.getSettings();
        for (ContractType type : ContractType.values()) {
            settings.setWomenTargetPermille(type, 0);
            settings.setQpvTargetPermille(type, 0);
        }
        ScoreDirector<MatchingPlan> director = holding(plan);
        Iterator<ReassignMove> moves = factory(true).createRandomMoveIterator(director, new Random(1));
        assertThat(moves.next().isMoveDoable(director)).isFalse();
    }
}
