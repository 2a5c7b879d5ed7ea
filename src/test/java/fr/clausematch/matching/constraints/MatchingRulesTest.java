package fr.clausematch.matching.constraints;

import fr.clausematch.matching.Fixtures;

import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.LegalBasis;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.matching.search.MatchingProblems;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static fr.clausematch.matching.Fixtures.D;
import static fr.clausematch.matching.Fixtures.candidate;
import static fr.clausematch.matching.Fixtures.contract;
import static fr.clausematch.matching.Fixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules 1-8, one by one, through the value range a slot gets when the problem is built. */
class MatchingRulesTest {

    private final Contract works = contract("K1");

    /** The candidates of a one-slot problem's value range. */
    private static List<String> range(Slot slot, Candidate... candidates) {
        MatchingPlan plan = MatchingProblems.create(MatchingInput.of("t", List.of(candidates),
                List.of(slot.getContract()), List.of(slot)));
        return plan.getSlots().get(0).getCompatibleCandidates().stream().map(Candidate::id).toList();
    }

    @Test
    void defaultPairIsCompatible() {
        assertThat(range(slot("S", works), candidate("C").build())).containsExactly("C");
        assertThat(MatchingRules.brokenRules(candidate("C").build(), slot("S", works))).isEmpty();
    }

    @Test
    void rule1EligibilityMustBeNonEmptyAndValidOnTheStartDate() {
        Slot s = slot("S", works); // starts on D
        assertThat(range(s, candidate("none").eligibility(Set.of()).build(),
                candidate("untilStart").eligibleUntil(D).build(),
                candidate("untilDayBefore").eligibleUntil(D.minusDays(1)).build(),
                candidate("noEnd").build()))
                .containsExactly("noEnd", "untilStart");
        assertThat(MatchingRules.brokenRules(candidate("x").eligibleUntil(D.minusDays(1)).build(), s))
                .containsExactly(MatchingRule.ELIGIBLE);
    }

    @Test
    void rule2ReservedContractsNeedPassIaeOrRqth() {
        Slot siae = slot("S", contract("K", ContractType.WORKS, LegalBasis.RESERVED_SIAE, false, null));
        Slot disability = slot("S2", contract("K2", ContractType.WORKS, LegalBasis.RESERVED_DISABILITY, false, null));
        Candidate pass = candidate("pass").eligibility(EnumSet.of(EligibilityCriterion.PASS_IAE)).build();
        Candidate rqth = candidate("rqth").eligibility(EnumSet.of(EligibilityCriterion.RQTH)).build();
        Candidate deld = candidate("deld").build();
        assertThat(range(siae, pass, rqth, deld)).containsExactly("pass");
        assertThat(range(disability, pass, rqth, deld)).containsExactly("rqth");
        for (LegalBasis open : List.of(LegalBasis.EXECUTION_CLAUSE, LegalBasis.AWARD_CRITERION, LegalBasis.INSERTION_CONTRACT)) {
            assertThat(range(slot("S", contract("K", ContractType.WORKS, open, false, null)), deld)).containsExactly("deld");
        }
    }

    @Test
    void rule3UrbanRenewalNeedsAQpvResident() {
        Slot anru = slot("S", contract("K", ContractType.WORKS, LegalBasis.EXECUTION_CLAUSE, true, null));
        assertThat(range(anru, candidate("qpv").qpv("QP058001").build(), candidate("out").build())).containsExactly("qpv");
    }

    @Test
    void rule4TradeMustBeOneOfTheCandidates() {
        assertThat(range(slot("S", works), candidate("mason").trades("F1703", "K2204").build(),
                candidate("cleaner").trades("K2204").build())).containsExactly("mason");
    }

    @Test
    void rule5QualificationAtLeastTheMinimum() {
        Slot s = new Slot("S", works, "F1703", 10, D, D, 100, 4, Set.of());
        assertThat(range(s, candidate("equal").qualification(4).build(), candidate("below").qualification(3).build(),
                candidate("above").qualification(7).build())).containsExactly("above", "equal");
    }

    @Test
    void rule6EveryRequiredLicence() {
        Slot s = new Slot("S", works, "F1703", 10, D, D, 100, 0, Set.of("B", "CACES_R482"));
        assertThat(range(s, candidate("both").licences("B", "CACES_R482", "SST").build(),
                candidate("onlyB").licences("B").build())).containsExactly("both");
        assertThat(range(new Slot("S", works, "F1703", 10, D, D, 100, 0, Set.of()), candidate("none").licences().build()))
                .containsExactly("none");
    }

    @Test
    void rule7DistanceExactlyAtTheMaximumIsWithinReach() {
        Candidate probe = candidate("p").at(Fixtures.LAT + 0.3, Fixtures.LON + 0.2).build();
        double km = MatchingRules.distanceKm(probe, works);
        assertThat(km).isBetween(35.0, 45.0);
        assertThat(range(slot("S", works),
                candidate("exact").at(Fixtures.LAT + 0.3, Fixtures.LON + 0.2).maxKm(km).build(),
                candidate("short").at(Fixtures.LAT + 0.3, Fixtures.LON + 0.2).maxKm(Math.nextDown(km)).build()))
                .containsExactly("exact");
        Candidate onSite = candidate("zero").maxKm(0).build();
        assertThat(range(slot("S", works), onSite)).containsExactly("zero");
    }

    @Test
    void rule7HaversineWithEarthRadius6371() {
        // one degree of latitude = 6371 * pi / 180 km
        assertThat(MatchingRules.distanceKm(45, 3, 46, 3)).isCloseTo(6371.0 * Math.PI / 180, org.assertj.core.data.Offset.offset(1e-9));
        // Paris - Lyon, about 392 km
        assertThat(MatchingRules.distanceKm(48.8566, 2.3522, 45.7640, 4.8357)).isBetween(390.0, 394.0);
    }

    @Test
    void rule8AvailabilityBoundsAreInclusive() {
        Slot s = slot("S", works, D, D.plusDays(27), 350);
        assertThat(range(s,
                candidate("fromStart").available(D, null).build(),
                candidate("fromDayAfter").available(D.plusDays(1), null).build(),
                candidate("untilEnd").available(null, D.plusDays(27)).build(),
                candidate("untilDayBefore").available(null, D.plusDays(26)).build(),
                candidate("open").build()))
                .containsExactly("fromStart", "open", "untilEnd");
    }

    @Test
    void weeklyMaximumBelowTheSlotAloneIsLeftOutOfTheRange() {
        assertThat(range(slot("S", works, D, D, 360), candidate("small").maxTenths(350).build(),
                candidate("big").maxTenths(360).build())).containsExactly("big");
    }

    @Test
    void rule9OverloadMeasure() {
        Slot a = slot("A", works, D, D.plusDays(27), 120);
        Slot b = slot("B", works, D, D.plusDays(27), 120);
        Slot c = slot("C", works, D, D.plusDays(27), 120);
        assertThat(MatchingRules.overloadTenthDays(350, List.of(a, b))).isZero();
        assertThat(MatchingRules.overloadTenthDays(350, List.of(a, b, c))).isEqualTo(280);
        assertThat(MatchingRules.overloadTenthDays(360, List.of(a, b, c))).isZero();
    }
}
