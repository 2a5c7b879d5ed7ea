package fr.clausematch.matching.analysis;

import fr.clausematch.matching.Fixtures;

import fr.clausematch.matching.IndependentChecker;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Pairing;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.matching.search.MatchingProblems;
import fr.clausematch.matching.search.MatchingSolver;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static fr.clausematch.matching.Fixtures.D;
import static fr.clausematch.matching.Fixtures.candidate;
import static fr.clausematch.matching.Fixtures.contract;
import static fr.clausematch.matching.Fixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;

class FirstComeFirstServedTest {

    private final Contract works = contract("K1");

    private static Map<String, String> assignments(MatchingPlan plan) {
        return plan.getSlots().stream().collect(Collectors.toMap(Slot::getId,
                s -> s.getCandidate() == null ? "" : s.getCandidate().id()));
    }

    @Test
    void earliestIdentifiedCandidateGetsTheEarliestSlotUntilFull() {
        Candidate early = candidate("early").registered(D.minusYears(2)).maxTenths(350).build();
        Candidate late = candidate("late").registered(D.minusMonths(1)).maxTenths(350).build();
        // S1 starts first; S2 overlaps it and would overload "early" (20 + 20 > 35): goes to "late";
        // S3 starts the day after S1 ends: "early" has room again.
        Slot s1 = slot("S1", works, D, D.plusDays(13), 200);
        Slot s2 = slot("S2", works, D.plusDays(7), D.plusDays(20), 200);
        Slot s3 = slot("S3", works, D.plusDays(21), D.plusDays(30), 200);
        MatchingPlan problem = MatchingProblems.create(MatchingInput.of("t", List.of(late, early), List.of(works), List.of(s3, s2, s1)));
        MatchingPlan plan = FirstComeFirstServed.plan(problem);
        assertThat(assignments(plan)).containsEntry("S1", "early").containsEntry("S2", "late").containsEntry("S3", "early");
        assertThat(IndependentChecker.violations(plan)).isEmpty();
        // the problem itself is untouched
        assertThat(problem.getSlots()).allMatch(s -> s.getCandidate() == null);
    }

    @Test
    void slotsAreServedByStartDateNotByInputOrder() {
        Candidate only = candidate("only").maxTenths(200).build();
        Slot later = slot("A-later", works, D.plusDays(3), D.plusDays(10), 200);
        Slot sooner = slot("Z-sooner", works, D, D.plusDays(5), 200);
        MatchingPlan plan = FirstComeFirstServed.plan(MatchingProblems.create(
                MatchingInput.of("t", List.of(only), List.of(works), List.of(later, sooner))));
        assertThat(assignments(plan)).containsEntry("Z-sooner", "only").containsEntry("A-later", "");
    }

    @Test
    void followsRules1To8AndKeepsPins() {
        Candidate ineligible = candidate("ineligible").registered(D.minusYears(5)).eligibility(java.util.Set.of()).build();
        Candidate ok = candidate("ok").build();
        Candidate pinnedOne = candidate("pinned").registered(D).build();
        Slot s1 = slot("S1", works);
        Slot s2 = slot("S2", works, D.plusDays(60), D.plusDays(70), 100);
        MatchingPlan plan = FirstComeFirstServed.plan(MatchingProblems.create(new MatchingInput("t",
                List.of(ineligible, ok, pinnedOne), List.of(works), List.of(s1, s2),
                List.of(new Pairing("S2", "pinned")), List.of(), null)));
        assertThat(assignments(plan)).containsEntry("S1", "ok").containsEntry("S2", "pinned");
    }

    @Test
    void randomProblemBaselineFollowsTheNineRules() {
        MatchingPlan plan = FirstComeFirstServed.plan(MatchingProblems.create(Fixtures.randomInput(300, 400, 9)));
        assertThat(IndependentChecker.violations(plan)).isEmpty();
        assertThat(MatchingSolver.score(plan).hardScore()).isZero();
        assertThat(plan.getSlots().stream().filter(Slot::isAssigned).count()).isPositive();
    }
}
