package fr.clausematch.matching.search;

import fr.clausematch.matching.Fixtures;
import fr.clausematch.matching.analysis.FirstComeFirstServed;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MatchingPlanClonerTest {

    @Test
    void theCloneHasItsOwnSlotsAndListsWithTheSameFactsAssignmentsAndScore() {
        MatchingPlan plan = FirstComeFirstServed.plan(MatchingProblems.create(Fixtures.randomInput(40, 50, 2)));
        plan.getSlots().get(0).setPinned(true);
        plan.setScore(HardMediumSoftLongScore.of(0, -12, -34));

        MatchingPlan clone = new MatchingPlanCloner().cloneSolution(plan);

        assertThat(clone).isNotSameAs(plan);
        assertThat(clone.getId()).isEqualTo(plan.getId());
        assertThat(clone.getScore()).isEqualTo(plan.getScore());
        assertThat(clone.getSlots()).hasSameSizeAs(plan.getSlots()).isNotSameAs(plan.getSlots());
        for (int i = 0; i < plan.getSlots().size(); i++) {
            Slot original = plan.getSlots().get(i);
            Slot copy = clone.getSlots().get(i);
            assertThat(copy).isNotSameAs(original).usingRecursiveComparison().isEqualTo(original);
            assertThat(copy.getCandidate()).isSameAs(original.getCandidate());
            assertThat(copy.getContract()).isSameAs(original.getContract());
        }
        assertThat(clone.getCandidates()).isNotSameAs(plan.getCandidates()).containsExactlyElementsOf(plan.getCandidates());
        assertThat(clone.getContracts()).isNotSameAs(plan.getContracts()).containsExactlyElementsOf(plan.getContracts());
        assertThat(clone.getDemands()).isNotSameAs(plan.getDemands()).containsExactlyElementsOf(plan.getDemands());
        assertThat(clone.getSettings()).isNotSameAs(plan.getSettings());
        assertThat(clone.getSettings().toProperties()).isEqualTo(plan.getSettings().toProperties());
    }

    @Test
    void changingTheCloneLeavesTheOriginalAsItWas() {
        MatchingPlan plan = FirstComeFirstServed.plan(MatchingProblems.create(Fixtures.randomInput(40, 50, 2)));
        List<Candidate> before = plan.getSlots().stream().map(Slot::getCandidate).toList();

        MatchingPlan clone = new MatchingPlanCloner().cloneSolution(plan);
        clone.getSlots().forEach(s -> s.setCandidate(null));
        clone.getCandidates().clear();

        assertThat(plan.getSlots()).extracting(Slot::getCandidate).containsExactlyElementsOf(before);
        assertThat(plan.getCandidates()).isNotEmpty();
    }
}
