package fr.clausematch.matching.analysis;

import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.matching.search.MatchingProblems;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static fr.clausematch.matching.Fixtures.D;
import static fr.clausematch.matching.Fixtures.LAT;
import static fr.clausematch.matching.Fixtures.LON;
import static fr.clausematch.matching.Fixtures.candidate;
import static fr.clausematch.matching.Fixtures.contract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CommutingTest {

    /** 0.09° of latitude on a sphere of 6371 km: 6371 × 0.09 × π / 180. */
    private static final double D_KM = 10.007543398;

    private final Contract site = contract("K1");

    /**
     * Two slots on the site, four weeks from Monday 2 March 2026 to Sunday 29 March (20 weekdays):
     * S1, 21 h at 35 h a week, held by A who lives 0.09° north (10.0075 km): ⌈21 / 7⌉ = 3 days (its load would
     * allow 20), 2 × 10.0075 × 3 = 60.05 km; S2, 100 h at 17.5 h a week, held by B 0.18° south (20.015 km):
     * ⌈100 / 7⌉ = 15 days, but 17.5 h a week is 3 days a week, 20 × 3 / 5 = 12 days, 2 × 20.015 × 12 = 480.36 km;
     * S3 empty. 540.41 km in all, 117.81 kg CO2e at 0.218 kg/km.
     */
    private MatchingPlan plan() {
        Candidate a = candidate("A").at(LAT + 0.09, LON).maxKm(50).build();
        Candidate b = candidate("B").at(LAT - 0.18, LON).maxKm(50).build();
        LocalDate end = D.plusDays(27);
        Slot s1 = new Slot("S1", site, "F1703", 21, D, end, 350, 0, Set.of());
        Slot s2 = new Slot("S2", site, "F1703", 100, D, end, 175, 0, Set.of());
        Slot s3 = new Slot("S3", site, "F1703", 140, D, end, 350, 0, Set.of());
        MatchingPlan plan = MatchingProblems.create(MatchingInput.of("t", List.of(a, b), List.of(site), List.of(s1, s2, s3)));
        plan.getSlots().get(0).setCandidate(a);
        plan.getSlots().get(1).setCandidate(b);
        return plan;
    }

    @Test
    void workingDaysAreTheHoursOverSevenCappedByTheWeeklyLoadOverTheDates() {
        MatchingPlan plan = plan();
        assertThat(Commuting.workingDays(plan.getSlots().get(0))).isEqualTo(3);
        assertThat(Commuting.workingDays(plan.getSlots().get(1))).isEqualTo(12);
        assertThat(Commuting.km(plan.getSlots().get(0))).isCloseTo(2 * D_KM * 3, within(1e-6));
        assertThat(Commuting.km(plan.getSlots().get(1))).isCloseTo(2 * 2 * D_KM * 12, within(1e-6));
        assertThat(Commuting.km(plan.getSlots().get(2))).as("an empty slot makes no trip").isZero();
    }

    @Test
    void planIndicatorsCarryKmAndCo2AtTheFactorGiven() {
        PlanIndicators byDefault = PlanIndicators.of(plan());
        assertThat(byDefault.kmTotal()).isEqualTo(540.4);
        assertThat(byDefault.co2Kg()).isEqualTo(117.8);
        assertThat(byDefault.co2KgPerKm()).isEqualTo(0.218);
        PlanIndicators half = PlanIndicators.of(plan(), 0.5);
        assertThat(half.kmTotal()).isEqualTo(540.4);
        assertThat(half.co2Kg()).isEqualTo(270.2);
        assertThat(half.co2KgPerKm()).isEqualTo(0.5);
        assertThatThrownBy(() -> PlanIndicators.of(plan(), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlanIndicators.of(plan(), Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weekdaysCountMondayToFridayBothEndsIncluded() {
        LocalDate saturday = LocalDate.of(2026, 3, 7);
        assertThat(Commuting.weekdays(D, D)).isEqualTo(1);
        assertThat(Commuting.weekdays(saturday, saturday.plusDays(1))).isZero();
        assertThat(Commuting.weekdays(saturday, saturday.plusDays(2))).isEqualTo(1);
        assertThat(Commuting.weekdays(D.minusDays(3), D.plusDays(11))).as("Fri 27 Feb to Fri 13 Mar").isEqualTo(11);
        assertThat(Commuting.weekdays(D, D.minusDays(1))).isZero();
    }

    @Test
    void aSlotWithoutWeeklyLoadCountsByItsHours() {
        Slot slot = new Slot("S", site, "F1703", 15, D, D, 0, 0, Set.of());
        assertThat(Commuting.workingDays(slot)).isEqualTo(3);
    }
}
