package fr.clausematch.matching.analysis;

import fr.clausematch.matching.Fixtures;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Pairing;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.matching.search.MatchingProblems;
import fr.clausematch.matching.search.MatchingSolver;
import fr.clausematch.matching.search.Replanning;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static fr.clausematch.matching.Fixtures.D;
import static fr.clausematch.matching.Fixtures.candidate;
import static fr.clausematch.matching.Fixtures.contract;
import static org.assertj.core.api.Assertions.assertThat;

/** Levers on hand-built problems whose answer is known. */
class LeversTest {

    private static final Levers.Settings SETTINGS = Levers.Settings.of(Duration.ofSeconds(3));

    /**
     * Four people of trade F1703 without a licence; three slots of F1703 ask for a licence B (140 h each) and one does
     * not; a slot of F1702 (same professional domain F17) nobody holds; one person of F1704 only. Every slot runs 35 h a
     * week over the same four weeks: a person takes one. The plan fills the open slot; a licence B for exactly three of
     * the four unlocks the 420 h of the three others; a training in F1702 unlocks its 100 h for one person.
     */
    private static MatchingPlan problem() {
        Contract k = contract("K1");
        List<Candidate> people = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            people.add(candidate("P" + i).licences().build());
        }
        people.add(candidate("Q").trades("F1704").licences().build());
        List<Slot> slots = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            slots.add(new Slot("SB" + i, k, "F1703", 140, D, D.plusDays(27), 350, 0, Set.of("B")));
        }
        slots.add(new Slot("SX", k, "F1703", 140, D, D.plusDays(27), 350, 0, Set.of()));
        slots.add(new Slot("ST", k, "F1702", 100, D, D.plusDays(27), 350, 0, Set.of()));
        return MatchingProblems.create(MatchingInput.of("levers", people, List.of(k), slots));
    }

    private static MatchingPlan planned(MatchingPlan problem) {
        MatchingPlan plan = MatchingSolver.startingPlan(problem);
        plan.setScore(MatchingSolver.score(plan));
        return plan;
    }

    @Test
    void aMissingLicenceBlocksExactlyItsHoursForExactlyThePeopleItNeeds() {
        MatchingPlan plan = planned(problem());
        assertThat(plan.filledHours()).isEqualTo(140);

        Levers.Report report = Levers.of(plan, SETTINGS, null);

        assertThat(report.referenceHours()).isEqualTo(140);
        assertThat(report.unfilledHours()).isEqualTo(520);
        Levers.Result licence = result(report, Levers.Kind.LICENCE, "B");
        assertThat(licence.hours()).isEqualTo(420);
        assertThat(licence.people()).hasSize(3).allMatch(id -> id.startsWith("P"));
        assertThat(licence.concerned()).isEqualTo(4);
        assertThat(licence.minimal()).isTrue();
        Levers.Result trade = result(report, Levers.Kind.TRADE, "F1702");
        assertThat(trade.hours()).isEqualTo(100);
        assertThat(trade.people()).hasSize(1);
        // ranked by hours per person: 140 h for each licence before 100 h for the one training
        assertThat(report.levers().get(0)).isEqualTo(licence);
        assertThat(report.levers().get(1)).isEqualTo(trade);
    }

    @Test
    void aLeverThatOpensNothingUnlocksNothing() {
        Levers.Report report = Levers.of(planned(problem()), SETTINGS, null);

        // everyone lives by the site and no slot asks for a level: more reach or a level opens no empty slot
        for (Levers.Kind kind : List.of(Levers.Kind.REACH, Levers.Kind.QUALIFICATION, Levers.Kind.AVAILABILITY)) {
            Levers.Result r = result(report, kind, null);
            assertThat(r.concerned()).as("%s", kind).isZero();
            assertThat(r.hours()).as("%s", kind).isZero();
            assertThat(r.people()).as("%s", kind).isEmpty();
        }
        assertThat(report.levers().stream().filter(r -> r.hours() > 0).map(r -> r.lever().kind()))
                .containsExactly(Levers.Kind.LICENCE, Levers.Kind.TRADE);
    }

    @Test
    void theFewestPeopleAreFoundWhenThePlanSpreadsTheHoursOverMore() {
        // two slots asking for a licence B, one after the other: one person with a licence takes both, though a plan
        // prefers to spread the hours over the two people who lack it
        Contract k = contract("K1");
        List<Candidate> people = List.of(candidate("P1").licences().build(), candidate("P2").licences().build());
        Slot first = new Slot("SB1", k, "F1703", 140, D, D.plusDays(27), 350, 0, Set.of("B"));
        Slot second = new Slot("SB2", k, "F1703", 140, D.plusDays(28), D.plusDays(55), 350, 0, Set.of("B"));
        MatchingPlan plan = planned(MatchingProblems.create(MatchingInput.of("spread", people, List.of(k), List.of(first, second))));
        assertThat(plan.filledHours()).isZero();

        Levers.Result licence = result(Levers.of(plan, SETTINGS, null), Levers.Kind.LICENCE, "B");

        assertThat(licence.concerned()).isEqualTo(2);
        assertThat(licence.hoursWithAll()).isEqualTo(280);
        assertThat(licence.hours()).isEqualTo(280);
        assertThat(licence.people()).hasSize(1);
        assertThat(licence.minimal()).isTrue();
    }

    @Test
    void moreWeeklyHoursCountOnlyWhatTheLoadReallyLets() {
        // one person, 35 h a week; two slots of 21 h a week over the same weeks: one only; 42 h a week would take both
        Contract k = contract("K1");
        Candidate c = candidate("P1").maxTenths(350).build();
        Slot a = new Slot("A", k, "F1703", 84, D, D.plusDays(27), 210, 0, Set.of());
        Slot b = new Slot("B", k, "F1703", 84, D, D.plusDays(27), 210, 0, Set.of());
        MatchingPlan plan = planned(MatchingProblems.create(MatchingInput.of("load", List.of(c), List.of(k), List.of(a, b))));
        assertThat(plan.filledHours()).isEqualTo(84);

        Levers.Result weekly = result(Levers.of(plan, SETTINGS, null), Levers.Kind.WEEKLY_HOURS, null);

        assertThat(weekly.hours()).isEqualTo(84);
        assertThat(weekly.people()).containsExactly("P1");
    }

    @Test
    void aReplanKeepsARefusedPairOutWhenTheChangeWouldOpenItAgain() {
        Contract k = contract("K1");
        Candidate c = candidate("P1").licences().build();
        Slot open = Fixtures.slot("OPEN", k);
        Slot licence = new Slot("LIC", k, "F1703", 140, D.plusDays(40), D.plusDays(60), 350, 0, Set.of("B"));
        MatchingPlan problem = MatchingProblems.create(new MatchingInput("refused", List.of(c), List.of(k), List.of(open, licence),
                List.of(), List.of(new Pairing("OPEN", "P1")), null));
        Candidate withB = new Levers.Lever(Levers.Kind.LICENCE, "B").apply(problem.getCandidates().get(0));

        MatchingPlan changed = Replanning.withPeople(problem, List.of(withB));

        assertThat(changed.getSlots().get(0).getCompatibleCandidates()).isEmpty(); // refused: stays out
        assertThat(changed.getSlots().get(1).getCompatibleCandidates()).containsExactly(withB);
        assertThat(changed.getSlots().get(1).getCompatibleCandidates().get(0).licences()).contains("B");
        assertThat(Replanning.replan(changed, Duration.ofSeconds(2)).hours()).isEqualTo(140);
    }

    private static Levers.Result result(Levers.Report report, Levers.Kind kind, String parameter) {
        return report.levers().stream().filter(r -> r.lever().kind() == kind && java.util.Objects.equals(r.lever().parameter(), parameter))
                .findFirst().orElseThrow(() -> new AssertionError("no lever " + kind + " " + parameter + " in " + report.levers()));
    }
}
