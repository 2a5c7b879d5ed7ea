package fr.clausematch.matching.analysis;

import fr.clausematch.matching.constraints.MatchingRule;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Pairing;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.matching.search.MatchingProblems;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static fr.clausematch.matching.Fixtures.D;
import static fr.clausematch.matching.Fixtures.LAT;
import static fr.clausematch.matching.Fixtures.LON;
import static fr.clausematch.matching.Fixtures.candidate;
import static fr.clausematch.matching.Fixtures.contract;
import static org.assertj.core.api.Assertions.assertThat;

/** Recommendations on small hand-built plans, where the answer is known. */
class RecommendationsTest {

    private final Contract k = contract("K1");

    private Slot slot(String id, String trade, int hours) {
        return new Slot(id, k, trade, hours, D, D.plusDays(27), 350, 0, Set.of());
    }

    /** A plan of these people and slots, with these pairings proposed ({@code slot -> person}) and these confirmed. */
    private static MatchingPlan plan(List<Candidate> people, List<Slot> slots, Map<String, String> proposed, List<Pairing> confirmed) {
        MatchingPlan plan = MatchingProblems.create(new MatchingInput("t", people, List.of(slots.get(0).getContract()), slots,
                confirmed, List.of(), null));
        Map<String, Candidate> byId = plan.getCandidates().stream().collect(Collectors.toMap(Candidate::id, c -> c));
        for (Slot s : plan.getSlots()) {
            String who = proposed.get(s.getId());
            if (who != null) {
                s.setCandidate(byId.get(who));
            }
        }
        return plan;
    }

    private static Recommendations.Line line(Recommendations.Advice advice, String slotId) {
        return advice.lines().stream().filter(l -> l.slot().getId().equals(slotId)).findFirst().orElseThrow();
    }

    private static List<String> steps(Recommendations.Line line) {
        return line.steps().stream().map(s -> s.slot().getId() + ":" + (s.from() == null ? "-" : s.from().id()) + ">"
                + (s.to() == null ? "-" : s.to().id())).toList();
    }

    private static List<String> codes(Recommendations.Line line) {
        return line.chain().stream().map(Reason::code).toList();
    }

    @Test
    void aNewcomerOnAnEmptySlotGainsItsHoursAndHerShares() {
        Candidate a = candidate("A").trades("F1703").build();
        MatchingPlan plan = plan(List.of(a), List.of(slot("S1", "F1703", 140), slot("S2", "K2204", 90)), Map.of("S1", "A"), List.of());
        Candidate newcomer = candidate("P").woman().qpv("QP058001").trades("F1703", "K2204").build();

        Recommendations.Advice advice = Recommendations.of(plan).forCandidate(newcomer, 20);

        Recommendations.Line best = advice.lines().get(0);
        assertThat(best.slot().getId()).isEqualTo("S2");
        assertThat(best.gain()).isEqualTo(new Recommendations.Gain(90, 90, 90));
        assertThat(steps(best)).containsExactly("S2:->P");
        assertThat(codes(best)).containsExactly("recommendation.step.empty");
        assertThat(best.rules().code()).isEqualTo("recommendation.rules");
        // S1 is A's, who has nowhere else to go: taking it fills nothing more but moves A's 140 h to a woman of a QPV
        Recommendations.Line s1 = line(advice, "S1");
        assertThat(s1.gain()).isEqualTo(new Recommendations.Gain(0, 140, 140));
        assertThat(steps(s1)).containsExactly("S1:A>P");
        assertThat(codes(s1)).containsExactly("recommendation.step.takesOver", "recommendation.step.out");
        assertThat(s1.displaces()).isTrue();
    }

    @Test
    void theDisplacedHolderMovesToAnEmptySlotOfHerRange() {
        Candidate a = candidate("A").trades("T1", "T2").build();
        MatchingPlan plan = plan(List.of(a), List.of(slot("S1", "T1", 140), slot("S2", "T2", 70)), Map.of("S1", "A"), List.of());
        Candidate newcomer = candidate("P").trades("T1").build();

        Recommendations.Advice advice = Recommendations.of(plan).forCandidate(newcomer, 20);

        assertThat(advice.lines()).hasSize(1);
        Recommendations.Line s1 = advice.lines().get(0);
        assertThat(s1.gain().hours()).isEqualTo(70);
        assertThat(steps(s1)).containsExactly("S1:A>P", "S2:->A");
        assertThat(codes(s1)).containsExactly("recommendation.step.takesOver", "recommendation.step.empty");
    }

    @Test
    void depthTwoAThirdPersonMovesOnToAnEmptySlot() {
        Candidate a = candidate("A").trades("T1", "T2").build();
        Candidate b = candidate("B").trades("T2", "T3").build();
        MatchingPlan plan = plan(List.of(a, b), List.of(slot("S1", "T1", 140), slot("S2", "T2", 100), slot("S3", "T3", 60)),
                Map.of("S1", "A", "S2", "B"), List.of());
        Candidate newcomer = candidate("P").trades("T1").build();

        Recommendations.Line s1 = Recommendations.of(plan).forCandidate(newcomer, 20).lines().get(0);

        assertThat(s1.gain().hours()).isEqualTo(60);
        assertThat(steps(s1)).containsExactly("S1:A>P", "S2:B>A", "S3:->B");
    }

    @Test
    void aConfirmedPairingIsNeverDisplacedNeitherFirstNorOnTheWay() {
        Candidate a = candidate("A").trades("T1", "T2").build();
        Candidate b = candidate("B").trades("T2", "T3").build();
        Candidate c = candidate("C").trades("T4").build();
        MatchingPlan plan = plan(List.of(a, b, c), List.of(slot("S1", "T1", 140), slot("S2", "T2", 100), slot("S3", "T3", 60),
                        slot("S4", "T4", 50)),
                Map.of("S1", "A"), List.of(new Pairing("S2", "B"), new Pairing("S4", "C")));
        Candidate newcomer = candidate("P").trades("T1", "T4").build();
        Recommendations recommendations = Recommendations.of(plan);

        Recommendations.Advice advice = recommendations.forCandidate(newcomer, 20);

        assertThat(advice.lines()).extracting(l -> l.slot().getId()).containsExactly("S1"); // never S4, C's confirmed
        Recommendations.Line s1 = advice.lines().get(0);
        assertThat(steps(s1)).containsExactly("S1:A>P"); // A may not take S2, confirmed to B
        assertThat(s1.gain().hours()).isZero();
        assertThat(recommendations.forSlot("S4", 20).lines()).isEmpty();
        assertThat(recommendations.evaluate(newcomer, recommendations.slot("S4"))).isEmpty();
    }

    @Test
    void herWeeklyLoadMakesHerGiveUpASlotWhichIsRefilledOrLeftEmpty() {
        Slot s1 = slot("S1", "F1703", 140);
        Slot s2 = new Slot("S2", k, "K2204", 280, D.plusDays(7), D.plusDays(50), 350, 0, Set.of());
        Candidate pWithCleaning = candidate("P").trades("F1703", "K2204").maxTenths(350).build();

        MatchingPlan alone = plan(List.of(pWithCleaning), List.of(s1, s2), Map.of("S1", "P"), List.of());
        Recommendations.Line line = line(Recommendations.of(alone).forSlot("S2", 20), "S2");
        assertThat(line.gain().hours()).isEqualTo(280 - 140);
        assertThat(steps(line)).containsExactly("S2:->P", "S1:P>-");
        assertThat(codes(line)).containsExactly("recommendation.step.empty", "recommendation.step.leftEmpty");

        Candidate r = candidate("R").woman().trades("F1703").build();
        Slot t1 = slot("S1", "F1703", 140);
        Slot t2 = new Slot("S2", k, "K2204", 280, D.plusDays(7), D.plusDays(50), 350, 0, Set.of());
        MatchingPlan withR = plan(List.of(pWithCleaning, r), List.of(t1, t2), Map.of("S1", "P"), List.of());
        Recommendations.Line refilled = line(Recommendations.of(withR).forSlot("S2", 20), "S2");
        assertThat(refilled.gain()).isEqualTo(new Recommendations.Gain(280, 140, 0));
        assertThat(steps(refilled)).containsExactly("S2:->P", "S1:P>-", "S1:->R");
        assertThat(codes(refilled)).containsExactly("recommendation.step.empty", "recommendation.step.handsOver");
    }

    @Test
    void aConfirmedSlotOfHersIsNeverGivenUp() {
        Candidate p = candidate("P").trades("F1703", "K2204").maxTenths(350).build();
        Slot s1 = slot("S1", "F1703", 140);
        Slot s2 = new Slot("S2", k, "K2204", 280, D.plusDays(7), D.plusDays(50), 350, 0, Set.of());
        MatchingPlan plan = plan(List.of(p), List.of(s1, s2), Map.of(), List.of(new Pairing("S1", "P")));

        assertThat(Recommendations.of(plan).forSlot("S2", 20).lines()).isEmpty();
    }

    @Test
    void whoCouldFillASlotRanksByHoursThenShares() {
        Candidate man = candidate("M").trades("F1703").build();
        Candidate woman = candidate("W").woman().trades("F1703").build();
        Candidate busy = candidate("B").trades("F1703").build();
        Slot s1 = slot("S1", "F1703", 140);
        Slot other = slot("S0", "F1703", 200);
        MatchingPlan plan = plan(List.of(man, woman, busy), List.of(s1, other), Map.of("S0", "B"), List.of());

        Recommendations.Advice advice = Recommendations.of(plan).forSlot("S1", 20);

        // B would have to give up S0 (200 h, same dates), taken up again by W (a woman): 140 h as well, and 200 h to women
        assertThat(advice.lines()).extracting(l -> l.candidate().id()).containsExactly("B", "W", "M");
        assertThat(advice.lines()).allSatisfy(l -> assertThat(l.gain().hours()).isEqualTo(140));
        Recommendations.Line viaB = advice.lines().stream().filter(l -> l.candidate().id().equals("B")).findFirst().orElseThrow();
        assertThat(steps(viaB)).containsExactly("S1:->B", "S0:B>-", "S0:->W");
        assertThat(viaB.gain().womenHours()).isEqualTo(200);
        assertThat(advice.lines().get(1).gain().womenHours()).isEqualTo(140);
    }

    @Test
    void nearMissesSayTheOneRuleMissing() {
        Slot licence = new Slot("S-B", k, "F1703", 300, D, D.plusDays(27), 200, 0, Set.of("B"));
        Slot level = new Slot("S-4", k, "F1703", 200, D, D.plusDays(27), 200, 4, Set.of());
        Slot both = new Slot("S-2", k, "F1703", 500, D, D.plusDays(27), 200, 4, Set.of("CACES_R489"));
        Slot trade = new Slot("S-T", k, "K2204", 100, D, D.plusDays(27), 200, 0, Set.of());
        Slot heavy = new Slot("S-H", k, "F1703", 50, D, D.plusDays(27), 350, 0, Set.of());
        MatchingPlan plan = plan(List.of(), List.of(licence, level, both, trade, heavy), Map.of(), List.of());
        Candidate p = candidate("P").trades("F1703").qualification(3).licences().maxTenths(200).build();

        Recommendations.Advice advice = Recommendations.of(plan).forCandidate(p, 20);

        assertThat(advice.lines()).isEmpty();
        assertThat(advice.nearMisses()).extracting(n -> n.slot().getId() + " " + n.rule().name())
                .containsExactly("S-B LICENCES", "S-4 QUALIFICATION", "S-T TRADE", "S-H WEEKLY_LOAD"); // by hours; S-2 fails two
        assertThat(advice.nearMisses().get(0).reason()).isEqualTo(Reason.of("nearMiss.LICENCES.one", List.of("B")));
        assertThat(advice.nearMisses().get(1).reason()).isEqualTo(Reason.of("nearMiss.QUALIFICATION", 3, 4));
        assertThat(advice.nearMisses().get(2).reason()).isEqualTo(Reason.of("nearMiss.TRADE", new Reason.TradeCode("K2204")));
        assertThat(advice.nearMisses().get(3).reason()).isEqualTo(Reason.of("nearMiss.WEEKLY_LOAD", new BigDecimal("35.0"),
                new BigDecimal("20.0")));
    }

    @Test
    void aSiteJustBeyondHerReachIsANearMissInKilometresAFarOneIsNot() {
        double kmPerDegree = Math.PI * 6371.0 / 180;
        Candidate near = candidate("N").maxKm(10).at(LAT + 14 / kmPerDegree, LON).build();
        Candidate far = candidate("F").maxKm(10).at(LAT + 40 / kmPerDegree, LON).build();
        Slot s = slot("S1", "F1703", 140);
        MatchingPlan plan = plan(new ArrayList<>(List.of(near, far)), List.of(s), Map.of(), List.of());

        Recommendations.Advice advice = Recommendations.of(plan).forSlot("S1", 20);

        assertThat(advice.lines()).isEmpty();
        assertThat(advice.nearMisses()).hasSize(1);
        Recommendations.NearMiss miss = advice.nearMisses().get(0);
        assertThat(miss.candidate().id()).isEqualTo("N");
        assertThat(miss.rule()).isEqualTo(MatchingRule.REACH);
        assertThat(miss.reason()).isEqualTo(Reason.of("nearMiss.REACH", new BigDecimal("4.0"), new BigDecimal("10")));
    }

    @Test
    void aRefusedPairIsNeverRecommended() {
        Candidate a = candidate("A").trades("F1703").build();
        MatchingPlan plan = MatchingProblems.create(new MatchingInput("t", List.of(a), List.of(k),
                List.of(slot("S1", "F1703", 140), slot("S2", "F1703", 90)), List.of(), List.of(new Pairing("S1", "A")), null));

        Recommendations.Advice advice = Recommendations.of(plan).forCandidate(plan.getCandidates().get(0), 20);

        assertThat(advice.lines()).extracting(l -> l.slot().getId()).containsExactly("S2");
        assertThat(advice.nearMisses()).isEmpty(); // refused is not « almost »: no rule is missing
    }

    @Test
    void depthTwoTheThirdPersonMayHaveNowhereToGo() {
        Candidate a = candidate("A").trades("T1", "T2").build();
        Candidate b = candidate("B").woman().trades("T2").build();
        MatchingPlan plan = plan(List.of(a, b), List.of(slot("S1", "T1", 140), slot("S2", "T2", 100)),
                Map.of("S1", "A", "S2", "B"), List.of());
        Candidate newcomer = candidate("P").woman().trades("T1").build();

        Recommendations.Line s1 = Recommendations.of(plan).forCandidate(newcomer, 20).lines().get(0);

        // A keeps working on S2 only if that gains something: it does not (100 h move from a woman to a man)
        assertThat(steps(s1)).containsExactly("S1:A>P");
        assertThat(s1.gain()).isEqualTo(new Recommendations.Gain(0, 140, 0));
    }

    /**
     * On random plans, every line of every person, applied to the plan, breaks no rule (an independent check) and
     * gains exactly what it says: the applied plan's hours, women's and QPV residents' hours less the plan's.
     */
    @Test
    void everyLineAppliedKeepsTheRulesAndGainsWhatItSays() {
        int lines = 0;
        for (long seed = 1; seed <= 4; seed++) {
            MatchingPlan plan = FirstComeFirstServed.plan(MatchingProblems.create(fr.clausematch.matching.Fixtures.randomInput(40, 60, seed)));
            Recommendations recommendations = Recommendations.of(plan);
            PlanIndicators.Figures before = PlanIndicators.of(plan).total();
            for (Candidate c : plan.getCandidates()) {
                for (Recommendations.Line line : recommendations.forCandidate(c, 1000).lines()) {
                    MatchingPlan after = applied(plan, line);
                    assertThat(fr.clausematch.matching.IndependentChecker.violations(after)).as(line.toString()).isEmpty();
                    PlanIndicators.Figures figures = PlanIndicators.of(after).total();
                    assertThat(new Recommendations.Gain(figures.hoursAssigned() - before.hoursAssigned(),
                            figures.hoursAssignedWomen() - before.hoursAssignedWomen(),
                            figures.hoursAssignedQpv() - before.hoursAssignedQpv())).as(line.toString()).isEqualTo(line.gain());
                    assertThat(line.steps().stream().filter(st -> st.slot().isPinned())).isEmpty();
                    lines++;
                }
            }
        }
        assertThat(lines).as("lines checked").isGreaterThan(50);
    }

    /** A copy of the plan with the line's steps applied. */
    static MatchingPlan applied(MatchingPlan plan, Recommendations.Line line) {
        Map<String, Slot> copies = new java.util.HashMap<>();
        List<Slot> slots = new ArrayList<>();
        for (Slot s : plan.getSlots()) {
            Slot copy = s.copy();
            copies.put(s.getId(), copy);
            slots.add(copy);
        }
        for (Recommendations.Step step : line.steps()) {
            copies.get(step.slot().getId()).setCandidate(step.to());
        }
        return new MatchingPlan(plan.getId(), plan.getCandidates(), plan.getContracts(), plan.getDemands(), slots, plan.getSettings());
    }
}
