package fr.clausematch.matching.search;

import fr.clausematch.matching.Fixtures;
import fr.clausematch.matching.constraints.MatchingRules;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Gender;
import fr.clausematch.matching.model.LegalBasis;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Pairing;
import fr.clausematch.matching.model.Slot;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The trade/reach/grid index finds exactly the candidates a brute-force check of rules 1-8 finds. */
class CompatibilityIndexTest {

    @Test
    void indexAgreesWithBruteForce() {
        MatchingInput input = Fixtures.randomInput(400, 300, 7);
        // add people with odd reaches: far-reaching, zero, and far away, plus sites near the antimeridian and poles
        Random r = new Random(3);
        List<Candidate> candidates = new ArrayList<>(input.candidates());
        for (int i = 0; i < 60; i++) {
            candidates.add(new Candidate("X" + i, Gender.F, "X", -89 + r.nextDouble() * 178, -180 + r.nextDouble() * 360,
                    null, Set.of(EligibilityCriterion.RSA), null, Set.of("F1703", "K2204"), 8, Set.of("B"),
                    r.nextInt(4) == 0 ? 0 : r.nextDouble() * 3000, null, null, 350, Fixtures.D, 0));
        }
        List<Contract> contracts = new ArrayList<>(input.contracts());
        List<Slot> slots = new ArrayList<>(input.slots());
        for (int i = 0; i < 30; i++) {
            Contract k = new Contract("Z" + i, "b", ContractType.SERVICES, LegalBasis.EXECUTION_CLAUSE, false, "Z",
                    -89 + r.nextDouble() * 178, i % 2 == 0 ? 179.9 : -180 + r.nextDouble() * 360, null,
                    Fixtures.D, Fixtures.D, 10);
            contracts.add(k);
            slots.add(new Slot("Z" + i, k, i % 2 == 0 ? "F1703" : "K2204", 10, Fixtures.D, Fixtures.D, 100, 0, Set.of()));
        }
        MatchingPlan plan = MatchingProblems.create(MatchingInput.of("t", candidates, contracts, slots));
        int nonEmpty = 0;
        for (Slot s : plan.getSlots()) {
            Set<String> expected = new HashSet<>();
            for (Candidate c : plan.getCandidates()) {
                if (MatchingRules.brokenRules(c, s).isEmpty() && s.getTenthsPerWeek() <= c.maxTenthsPerWeek()) {
                    expected.add(c.id());
                }
            }
            Set<String> actual = new HashSet<>();
            s.getCompatibleCandidates().forEach(c -> actual.add(c.id()));
            assertThat(actual).as("slot %s", s.getId()).isEqualTo(expected);
            assertThat(actual).hasSameSizeAs(s.getCompatibleCandidates());
            if (!actual.isEmpty()) {
                nonEmpty++;
            }
        }
        assertThat(nonEmpty).isGreaterThan(50);
    }

    @Test
    void rejectedPairsLeaveTheRangeAndConfirmedPairsArePinned() {
        MatchingInput base = Fixtures.randomInput(60, 40, 11);
        MatchingPlan first = MatchingProblems.create(base);
        Slot slot = first.getSlots().stream().filter(s -> s.getCompatibleCandidates().size() >= 2).findFirst().orElseThrow();
        String rejected = slot.getCompatibleCandidates().get(0).id();
        String confirmed = slot.getCompatibleCandidates().get(1).id();
        Slot other = first.getSlots().stream().filter(s -> s != slot && !s.getCompatibleCandidates().isEmpty()).findFirst().orElseThrow();
        MatchingInput again = Fixtures.randomInput(60, 40, 11);
        MatchingPlan plan = MatchingProblems.create(new MatchingInput("t", again.candidates(), again.contracts(), again.slots(),
                List.of(new Pairing(other.getId(), other.getCompatibleCandidates().get(0).id())),
                List.of(new Pairing(slot.getId(), rejected)), null));
        Slot s = plan.getSlots().stream().filter(x -> x.getId().equals(slot.getId())).findFirst().orElseThrow();
        assertThat(s.getCompatibleCandidates()).extracting(Candidate::id).doesNotContain(rejected).contains(confirmed);
        Slot pinned = plan.getSlots().stream().filter(x -> x.getId().equals(other.getId())).findFirst().orElseThrow();
        assertThat(pinned.isPinned()).isTrue();
        assertThat(pinned.getCandidate().id()).isEqualTo(other.getCompatibleCandidates().get(0).id());
    }
}
