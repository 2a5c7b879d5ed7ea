package fr.clausematch.matching.analysis;

import fr.clausematch.matching.Fixtures;

import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.ContractTypeDemand;
import fr.clausematch.matching.model.LegalBasis;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.matching.search.MatchingProblems;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static fr.clausematch.matching.Fixtures.D;
import static fr.clausematch.matching.Fixtures.candidate;
import static fr.clausematch.matching.Fixtures.contract;
import static fr.clausematch.matching.Fixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;

class IndependentPartsTest {

    @Test
    void peopleOutOfEachOthersReachMakeSeparatePartsAndSlotsNobodyCanTakeBelongToNone() {
        // Nevers (the fixtures' site) and, 250 km away, a site near Lyon: nobody reaches both
        Contract nevers = contract("K1");
        Contract lyon = new Contract("K2", "Bailleur", ContractType.SERVICES, LegalBasis.EXECUTION_CLAUSE, false, "Lyon",
                45.76, 4.84, null, D, D.plusYears(1), 1000);
        Candidate a = candidate("a").build();
        Candidate b = candidate("b").woman().build();
        Candidate c = candidate("c").at(45.76, 4.84).build();
        Slot n1 = slot("N1", nevers);
        Slot n2 = slot("N2", nevers, D.plusDays(40), D.plusDays(60), 350);
        Slot l1 = slot("L1", lyon);
        Slot nobody = new Slot("X", nevers, "Z9999", 70, D, D.plusDays(27), 350, 0, Set.of());
        MatchingPlan problem = MatchingProblems.create(MatchingInput.of("t", List.of(a, b, c), List.of(nevers, lyon),
                List.of(n1, n2, l1, nobody)));

        List<MatchingPlan> parts = IndependentParts.of(problem);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).getSlots()).extracting(Slot::getId).containsExactly("L1");
        assertThat(parts.get(0).getCandidates()).extracting(Candidate::id).containsExactly("c");
        assertThat(parts.get(1).getSlots()).extracting(Slot::getId).containsExactly("N1", "N2");
        assertThat(parts.get(1).getCandidates()).extracting(Candidate::id).containsExactlyInAnyOrder("a", "b");
        assertThat(parts.get(1).getDemands()).containsExactly(new ContractTypeDemand(ContractType.WORKS, 280));
        assertThat(parts.get(0).getDemands()).containsExactly(new ContractTypeDemand(ContractType.SERVICES, 140));
        assertThat(parts).allSatisfy(p -> assertThat(p.getSettings()).isSameAs(problem.getSettings()));

        parts.get(0).getSlots().get(0).setCandidate(c);
        parts.get(1).getSlots().get(1).setCandidate(b);
        MatchingPlan whole = IndependentParts.merge(problem, parts);
        assertThat(whole.getSlots()).extracting(Slot::getId).containsExactly("N1", "N2", "L1", "X");
        assertThat(whole.getSlots()).extracting(Slot::getCandidate).containsExactly(null, b, c, null);
        assertThat(whole.getSlots()).allSatisfy(s -> assertThat(problem.getSlots()).doesNotContain(s));
    }

    @Test
    void noSlotNorPersonOfARandomProblemIsInTwoPartsAndEveryRangeStaysInItsPart() {
        MatchingPlan problem = MatchingProblems.create(Fixtures.randomInput(150, 120, 5));
        List<MatchingPlan> parts = IndependentParts.of(problem);
        assertThat(parts.size()).as("towns out of each other's reach").isGreaterThanOrEqualTo(2);
        Set<Slot> slotsSeen = new HashSet<>();
        Set<Candidate> peopleSeen = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            MatchingPlan part = parts.get(i);
            if (i > 0) {
                assertThat(part.getSlots().size()).as("smallest first").isGreaterThanOrEqualTo(parts.get(i - 1).getSlots().size());
            }
            for (Slot s : part.getSlots()) {
                assertThat(slotsSeen.add(s)).as(s.getId()).isTrue();
                assertThat(part.getCandidates()).containsAll(s.getCompatibleCandidates());
            }
            for (Candidate c : part.getCandidates()) {
                assertThat(peopleSeen.add(c)).as(c.id()).isTrue();
            }
        }
        assertThat(slotsSeen).containsExactlyInAnyOrderElementsOf(
                problem.getSlots().stream().filter(s -> !s.getCompatibleCandidates().isEmpty()).toList());
    }
}
