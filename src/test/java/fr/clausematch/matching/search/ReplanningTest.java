package fr.clausematch.matching.search;

import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The re-plan of a modified problem from a plan at hand. */
class ReplanningTest {

    @Test
    void aReplanFromThePlanReachesTheProvenOptimumAndLeavesTheStartAsItWas() {
        MatchingPlan start = MatchingSolver.startingPlan(SearchFixtures.baselineTrap()); // S1 to C1, S2 empty
        long startHours = start.filledHours();

        Replanning.Outcome outcome = Replanning.replan(start, Duration.ofSeconds(10));

        long all = start.getSlots().stream().mapToLong(Slot::getHours).sum();
        assertThat(outcome.upperBound()).isEqualTo(all);
        assertThat(outcome.hours()).isEqualTo(all).isGreaterThan(startHours);
        assertThat(outcome.optimal()).isTrue();
        assertThat(start.filledHours()).isEqualTo(startHours);
    }

    @Test
    void withPeopleChangesOnlyThosePeopleAndKeepsThePairingsThatStillHold() {
        MatchingPlan start = MatchingSolver.startingPlan(SearchFixtures.baselineTrap());
        Candidate c2 = start.getCandidates().get(1);
        Candidate slower = new Candidate(c2.id(), c2.gender(), c2.commune(), c2.latitude(), c2.longitude(), c2.qpvCode(),
                c2.eligibility(), c2.eligibilityUntil(), c2.trades(), c2.qualificationLevel(), c2.licences(), c2.maxDistanceKm(),
                c2.availableFrom(), c2.availableUntil(), 100, c2.registeredOn(), c2.seniorityDays()); // 10 h a week at most

        MatchingPlan changed = Replanning.withPeople(start, List.of(slower));

        assertThat(changed.getCandidates().get(1)).isSameAs(slower);
        assertThat(changed.getCandidates().get(0)).isSameAs(start.getCandidates().get(0));
        for (int i = 0; i < start.getSlots().size(); i++) {
            Slot before = start.getSlots().get(i);
            Slot after = changed.getSlots().get(i);
            assertThat(after.getCandidate()).isEqualTo(before.getCandidate()); // C1 keeps S1
            assertThat(after.getCompatibleCandidates()).doesNotContain(slower); // 30 h a week slots: beyond 10 h
        }
    }
}
