package fr.clausematch.matching.exact;

import fr.clausematch.matching.Fixtures;
import fr.clausematch.matching.IndependentChecker;
import fr.clausematch.matching.analysis.FirstComeFirstServed;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Pairing;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.matching.search.MatchingProblems;
import fr.clausematch.matching.search.MatchingSolver;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static fr.clausematch.matching.Fixtures.D;
import static fr.clausematch.matching.Fixtures.candidate;
import static fr.clausematch.matching.Fixtures.contract;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact reference against what does not share its code: a brute force on small problems, the engine's score
 * (hard level) and {@link IndependentChecker} on its plans, the engine's plans below its bound, and each rule in a
 * case where it binds (the engine's score sees it too).
 */
class ExactMatchingTest {

    private static final ExactSettings QUICK = ExactSettings.of(10).withWorkers(2);

    @Test
    void optimumEqualsABruteForceOnSmallCrowdedProblems() {
        for (long seed = 1; seed <= 25; seed++) {
            MatchingPlan problem = MatchingProblems.create(crowded(3, 9, seed));
            ExactResult exact = ExactMatching.solve(problem, QUICK);
            assertThat(exact.status()).as("seed " + seed).isEqualTo(ExactResult.Status.OPTIMAL);
            assertThat(exact.hours()).as("seed " + seed).isEqualTo(bruteForce(problem)).isEqualTo(exact.hoursBound());
            assertThat(IndependentChecker.violations(exact.plan())).as("seed " + seed).isEmpty();
            assertThat(MatchingSolver.score(exact.plan()).hardScore()).as("seed " + seed).isZero();
        }
    }

    @Test
    void itsPlanBreaksNoRuleAndTheEnginesPlansNeverExceedItsBound() {
        MatchingPlan problem = MatchingProblems.create(Fixtures.randomInput(80, 160, 11));
        ExactResult exact = ExactMatching.solve(problem, QUICK);
        assertThat(exact.pairsRefused()).as("pairs of the engine's ranges that the rulebook refuses").isZero();
        assertThat(exact.pairsOutside()).as("pairs the rulebook allows outside the engine's ranges").isZero();
        HardMediumSoftLongScore score = MatchingSolver.score(exact.plan());
        assertThat(score.hardScore()).isZero();
        assertThat(IndependentChecker.violations(exact.plan())).isEmpty();
        assertThat(problem.getSlots().stream().mapToLong(Slot::getHours).sum() + score.mediumScore())
                .as("the engine counts the same hours").isEqualTo(exact.hours());

        MatchingPlan baseline = FirstComeFirstServed.plan(problem);
        MatchingPlan engine = MatchingSolver.solve(problem, Duration.ofSeconds(3), null, null);
        assertThat(IndependentChecker.violations(engine)).isEmpty();
        assertThat(baseline.filledHours()).isLessThanOrEqualTo(exact.hoursBound());
        assertThat(engine.filledHours()).isLessThanOrEqualTo(exact.hoursBound());
        assertThat(exact.hoursBound()).isGreaterThanOrEqualTo(exact.hours());
    }

    @Test
    void scipsSecondOpinionKeepsTheBetterPlanAndABoundAboveEveryPlanFound() {
        MatchingPlan problem = MatchingProblems.create(crowded(12, 120, 3));
        ExactResult full = ExactMatching.solve(problem, ExactSettings.of(3).withWorkers(2).withoutShares().withMip());
        // hinted with the baseline, CP-SAT has a plan at once, and no proof in 2 s (10 s do not prove it)
        ExactSettings rushed = new ExactSettings(Duration.ofSeconds(2), Duration.ZERO, 1, FirstComeFirstServed.plan(problem));
        ExactResult cpSatAlone = ExactMatching.solve(problem, rushed);
        assertThat(cpSatAlone.status()).isEqualTo(ExactResult.Status.FEASIBLE);
        ExactResult withScip = ExactMatching.solve(problem, rushed.withMip());
        // each run's CP-SAT stops on time, so the runs differ; what holds for any of them:
        assertThat(withScip.hoursBound()).isGreaterThanOrEqualTo(full.hours()).isGreaterThanOrEqualTo(cpSatAlone.hours())
                .isGreaterThanOrEqualTo(withScip.hours());
        assertThat(full.hoursBound()).isGreaterThanOrEqualTo(withScip.hours());
        assertThat(withScip.hours()).as("never below its hint").isGreaterThanOrEqualTo(FirstComeFirstServed.plan(problem).filledHours());
        assertThat(IndependentChecker.violations(withScip.plan())).isEmpty();
        assertThat(MatchingSolver.score(withScip.plan()).hardScore()).isZero();
        assertThat(withScip.partsByMip()).as("SCIP was asked where CP-SAT proved nothing").isPositive();
    }

    @Test
    void aBoundFoundInTooLittleTimeIsStillAboveEveryPlan() {
        MatchingPlan problem = MatchingProblems.create(crowded(12, 120, 3));
        ExactResult rushed = ExactMatching.solve(problem,
                new ExactSettings(Duration.ofMillis(60), Duration.ZERO, 1, null));
        ExactResult full = ExactMatching.solve(problem, QUICK.withoutShares());
        assertThat(rushed.hoursBound()).isGreaterThanOrEqualTo(full.hours()).isGreaterThanOrEqualTo(rushed.hours());
        assertThat(full.hoursBound()).isGreaterThanOrEqualTo(MatchingSolver.solve(problem, Duration.ofSeconds(2), null, null)
                .filledHours());
        assertThat(IndependentChecker.violations(rushed.plan())).isEmpty();
    }

    @Test
    void theLpRelaxationBoundsTheOptimumAndTheEnginesPlansFromAbove() {
        for (long seed = 1; seed <= 6; seed++) {
            MatchingPlan problem = MatchingProblems.create(crowded(4, 30, seed));
            ExactResult exact = ExactMatching.solve(problem, QUICK.withoutShares());
            long lp = ExactMatching.lpBound(problem, 10);
            assertThat(exact.status()).isEqualTo(ExactResult.Status.OPTIMAL);
            assertThat(lp).as("seed " + seed).isGreaterThanOrEqualTo(exact.hours())
                    .isLessThanOrEqualTo(problem.getSlots().stream().mapToLong(Slot::getHours).sum());
            assertThat(lp).isGreaterThanOrEqualTo(MatchingSolver.solve(problem, Duration.ofSeconds(1), null, null).filledHours());
        }
        MatchingPlan random = MatchingProblems.create(Fixtures.randomInput(80, 160, 11));
        assertThat(ExactMatching.lpBound(random, 10)).isGreaterThanOrEqualTo(ExactMatching.solve(random, QUICK).hours());
    }

    @Test
    void cardinalityCutsCloseTheLpRelaxationWhereOnlyOneOfSeveralSlotsFits() {
        // the LP alone takes 1.75 of the three slots (140 h), rule 9's cardinality cut (at most one) brings it to the optimum
        MatchingPlan problem = oneOfThreeFits();
        assertThat(ExactMatching.solve(problem, QUICK).hours()).isEqualTo(80);
        assertThat(ExactMatching.lpBound(problem, 10, 0)).isEqualTo(140);
        assertThat(ExactMatching.lpBound(problem, 10)).isEqualTo(80);
    }

    /** One person of 35 h a week pinned on a 20-h slot of 30 h a week, and a 200-h slot at the same time. */
    private static MatchingPlan smallPinnedBeforeBig() {
        Contract k = contract("K1");
        Slot small = slot("SMALL", k, D, D.plusDays(27), 300, 20);
        Slot big = slot("BIG", k, D, D.plusDays(27), 300, 200);
        return MatchingProblems.create(new MatchingInput("p", List.of(candidate("C1").maxTenths(350).build()), List.of(k),
                List.of(small, big), List.of(new Pairing("SMALL", "C1")), List.of(), null));
    }

    /** Three slots of 20 h a week (80 h each) running together, one person of 35 h a week at most. */
    private static MatchingPlan oneOfThreeFits() {
        Contract k = contract("K1");
        List<Slot> slots = List.of(slot("S1", k, D, D.plusDays(27), 200, 80), slot("S2", k, D, D.plusDays(27), 200, 80),
                slot("S3", k, D.plusDays(7), D.plusDays(34), 200, 80));
        return MatchingProblems.create(MatchingInput.of("cut", List.of(candidate("C1").maxTenths(350).build()), List.of(k), slots));
    }

    @Test
    void theLpRelaxationsDualBoundsTheOptimumFromAboveAndComesCloseToTheLp() {
        for (long seed = 1; seed <= 6; seed++) {
            MatchingPlan problem = MatchingProblems.create(crowded(4, 30, seed));
            long optimum = ExactMatching.solve(problem, QUICK.withoutShares()).hours();
            long lp = ExactMatching.lpBound(problem, 10, 0);
            long dual = ExactMatching.lagrangianBound(problem, 2);
            assertThat(dual).as("seed " + seed).isGreaterThanOrEqualTo(optimum)
                    .isLessThanOrEqualTo(problem.getSlots().stream().mapToLong(Slot::getHours).sum());
            assertThat((double) dual).as("seed " + seed + ": within 1 %% of the LP's %d (no cuts)", lp).isLessThanOrEqualTo(1.01 * lp);
            assertThat(ExactMatching.lpBound(problem, 10)).as("seed " + seed + ": cuts only tighten").isLessThanOrEqualTo(lp)
                    .isGreaterThanOrEqualTo(optimum);
        }
        MatchingPlan random = MatchingProblems.create(Fixtures.randomInput(80, 160, 11));
        long optimum = ExactMatching.solve(random, QUICK).hours();
        assertThat(ExactMatching.lagrangianBound(random, 2)).isGreaterThanOrEqualTo(optimum);
        // a pinned pairing counts even where it is worth less than nothing at the prices
        assertThat(ExactMatching.lagrangianBound(smallPinnedBeforeBig(), 1)).isEqualTo(20);
        // the cardinality cut priced: one of the three at most
        assertThat(ExactMatching.lagrangianBound(oneOfThreeFits(), 1)).isBetween(80L, 81L);
    }

    @Test
    void theTimelinesRelaxationBoundsTheOptimumCloserThanTheLpAndItsPlanBreaksNoRule() {
        for (long seed = 1; seed <= 6; seed++) {
            MatchingPlan problem = MatchingProblems.create(crowded(4, 30, seed));
            long optimum = ExactMatching.solve(problem, QUICK.withoutShares()).hours();
            ExactMatching.Relaxed relaxed = ExactMatching.timelines(problem, 2);
            assertThat(relaxed.bound()).as("seed " + seed).isGreaterThanOrEqualTo(optimum)
                    .isLessThanOrEqualTo(ExactMatching.lpBound(problem, 10));
            assertThat(IndependentChecker.violations(relaxed.plan())).as("seed " + seed).isEmpty();
            assertThat(relaxed.plan().filledHours()).as("seed " + seed).isLessThanOrEqualTo(optimum)
                    .isGreaterThanOrEqualTo(optimum * 9 / 10);
        }
        MatchingPlan random = MatchingProblems.create(Fixtures.randomInput(80, 160, 11));
        ExactResult exact = ExactMatching.solve(random, QUICK);
        ExactMatching.Relaxed relaxed = ExactMatching.timelines(random, 2);
        assertThat(relaxed.bound()).isGreaterThanOrEqualTo(exact.hours());
        assertThat(IndependentChecker.violations(relaxed.plan())).isEmpty();
        assertThat(MatchingSolver.score(relaxed.plan()).hardScore()).isZero();
        // one person: no slot to share, the relaxation is the timeline's exact optimum (A + C, not B: see below)
        assertThat(ExactMatching.timelines(abOverlapBcOverlap(), 1).bound()).isEqualTo(80);
        // three slots together, room for one: where the LP without its cuts takes 1.75 of them
        assertThat(ExactMatching.timelines(oneOfThreeFits(), 1).bound()).isEqualTo(80);
        // a pinned pairing stays, even where the bigger slot would fill more
        ExactMatching.Relaxed pinned = ExactMatching.timelines(smallPinnedBeforeBig(), 1);
        assertThat(pinned.bound()).isEqualTo(20);
        assertThat(holder(pinned.plan(), "SMALL")).isEqualTo("C1");
        assertThat(holder(pinned.plan(), "BIG")).isNull();
        // pinned pairings that break rule 9 together: no plan, no bound from the relaxation
        Contract k = contract("K1");
        MatchingPlan broken = MatchingProblems.create(new MatchingInput("b", List.of(candidate("C1").maxTenths(350).build()),
                List.of(k), List.of(slot("P1", k, D, D.plusDays(13), 200, 40), slot("P2", k, D, D.plusDays(13), 200, 40)),
                List.of(new Pairing("P1", "C1"), new Pairing("P2", "C1")), List.of(), null));
        assertThat(ExactMatching.timelines(broken, 1)).isNull();
        assertThat(ExactMatching.solve(broken, QUICK).status()).isEqualTo(ExactResult.Status.INFEASIBLE);
    }

    @Test
    void theSearchOnAPartsCoreFindsAsManyHoursAsItsHintAtLeastAndBreaksNoRule() {
        // 40 people who can all take 60 crowded slots: 2,400 pairs, so the search relaxes first and searches the core
        MatchingPlan problem = MatchingProblems.create(crowded(40, 60, 3));
        MatchingPlan baseline = FirstComeFirstServed.plan(problem);
        ExactResult reference = ExactMatching.solve(problem, QUICK);
        ExactResult search = ExactMatching.solve(problem, ExactSettings.of(2).withWorkers(2).withHint(baseline).forSearch());
        assertThat(IndependentChecker.violations(search.plan())).isEmpty();
        assertThat(MatchingSolver.score(search.plan()).hardScore()).isZero();
        assertThat(search.hours()).isGreaterThanOrEqualTo(baseline.filledHours()).isLessThanOrEqualTo(reference.hoursBound());
        assertThat(search.hoursBound()).as("the relaxation's bound, not the core's").isGreaterThanOrEqualTo(reference.hours());
    }

    @Test
    void weeklyLoadBindsOnlyWhereSlotsRunTheSameDay() {
        MatchingPlan problem = abOverlapBcOverlap();
        Candidate c = problem.getCandidates().get(0);
        ExactResult exact = ExactMatching.solve(problem, QUICK);
        assertThat(exact.hours()).isEqualTo(80); // A + C (80 h) beat B alone (70 h)
        assertThat(holder(exact, "B")).isNull();
        assertThat(MatchingSolver.score(exact.plan()).hardScore()).isZero();
        // the engine sees the rule bind too: A and B together break it by 5 h on 4 days
        MatchingPlan both = exact.plan();
        both.getSlots().forEach(s -> s.setCandidate(s.getId().equals("C") ? null : c));
        assertThat(MatchingSolver.score(both).hardScore()).isEqualTo(-50 * 4);
        assertThat(IndependentChecker.violations(both)).containsExactly("C1: rule 9 on " + D.plusDays(10) + " (40.0 h/week)");
    }

    @Test
    void threeSlotsOverTheMaximumTogetherLeaveOneOut() {
        Contract k = contract("K1");
        Candidate c = candidate("C1").maxTenths(350).build();
        List<Slot> slots = List.of(slot("S1", k, D, D.plusDays(27), 120, 50), slot("S2", k, D, D.plusDays(27), 120, 60),
                slot("S3", k, D.plusDays(14), D.plusDays(40), 120, 55));
        ExactResult exact = ExactMatching.solve(MatchingProblems.create(MatchingInput.of("w", List.of(c), List.of(k), slots)), QUICK);
        assertThat(exact.hours()).isEqualTo(115); // every pair fits, the three do not (36 h > 35 h from day 14)
        assertThat(holder(exact, "S1")).isNull();
    }

    @Test
    void aPinnedPairingStaysEvenWhenAnotherWouldFillMore() {
        MatchingPlan problem = smallPinnedBeforeBig();
        ExactResult exact = ExactMatching.solve(problem, QUICK);
        assertThat(holder(exact, "SMALL")).isEqualTo("C1");
        assertThat(holder(exact, "BIG")).isNull();
        assertThat(exact.hours()).isEqualTo(20);
    }

    @Test
    void aPairInTheRangeThatBreaksARuleIsRefusedAndCounted() {
        Contract k = contract("K1");
        Candidate ineligible = candidate("C1").eligibility(Set.of()).build();
        Candidate far = candidate("C2").at(48.85, 2.35).build(); // Paris, 30 km reach from Nevers: no
        Candidate fine = candidate("C3").eligibility(Set.of(EligibilityCriterion.RSA)).build();
        Slot s = slot("S1", k, D, D.plusDays(27), 300, 100);
        Slot t = slot("S2", k, D, D.plusDays(27), 300, 100);
        MatchingPlan problem = MatchingProblems.create(MatchingInput.of("r", List.of(ineligible, far, fine), List.of(k),
                List.of(s, t)));
        assertThat(s.getCompatibleCandidates()).containsExactly(fine);
        s.setCompatibleCandidates(List.of(ineligible, far, fine)); // as a faulty range would
        t.setCompatibleCandidates(List.of()); // and one that misses a compatible person
        ExactResult exact = ExactMatching.solve(problem, QUICK);
        assertThat(exact.pairsRefused()).isEqualTo(2);
        assertThat(exact.pairsOutside()).isEqualTo(1);
        assertThat(holder(exact, "S1")).isEqualTo("C3");
        assertThat(exact.hours()).isEqualTo(100);
    }

    @Test
    void secondStageKeepsTheHoursAndGivesThemToWomenAndQpvResidents() {
        Contract k = contract("K1");
        Candidate man = candidate("M").build();
        Candidate woman = candidate("F").woman().build();
        Candidate qpvWoman = candidate("FQ").woman().qpv("QN02101A").build();
        List<Slot> slots = List.of(slot("S1", k, D, D.plusDays(27), 350, 100), slot("S2", k, D, D.plusDays(27), 350, 90),
                slot("S3", k, D, D.plusDays(27), 350, 80));
        ExactResult exact = ExactMatching.solve(MatchingProblems.create(
                MatchingInput.of("s", List.of(man, woman, qpvWoman), List.of(k), slots)), QUICK);
        assertThat(exact.hours()).isEqualTo(270);
        assertThat(exact.sharesStatus()).isEqualTo(ExactResult.Status.OPTIMAL);
        assertThat(holder(exact, "S1")).isEqualTo("FQ");
        assertThat(holder(exact, "S2")).isEqualTo("F");
        assertThat(exact.womenHours()).isEqualTo(190);
        assertThat(exact.qpvHours()).isEqualTo(100);
        assertThat(exact.womenQpvHours()).isEqualTo(290).isEqualTo(exact.womenQpvBound());
    }

    /** A and B overlap, B and C overlap, A and C do not: 20 h + 20 h a week > 35 h, so B goes only alone. */
    private static MatchingPlan abOverlapBcOverlap() {
        Contract k = contract("K1");
        Slot a = slot("A", k, D, D.plusDays(13), 200, 40);
        Slot b = slot("B", k, D.plusDays(10), D.plusDays(23), 200, 70);
        Slot cc = slot("C", k, D.plusDays(20), D.plusDays(34), 200, 40);
        return MatchingProblems.create(MatchingInput.of("w", List.of(candidate("C1").maxTenths(350).build()), List.of(k),
                List.of(a, b, cc)));
    }

    private static String holder(ExactResult result, String slotId) {
        return holder(result.plan(), slotId);
    }

    private static String holder(MatchingPlan plan, String slotId) {
        for (Slot s : plan.getSlots()) {
            if (s.getId().equals(slotId)) {
                return s.getCandidate() == null ? null : s.getCandidate().id();
            }
        }
        throw new AssertionError("no slot " + slotId);
    }

    private static Slot slot(String id, Contract k, LocalDate start, LocalDate end, int tenths, int hours) {
        return new Slot(id, k, "F1703", hours, start, end, tenths, 0, Set.of());
    }

    /** People who can all take every slot (same trade and town), slots crowding the same weeks: rule 9 decides. */
    static MatchingInput crowded(int people, int slots, long seed) {
        Random r = new Random(seed);
        Contract k = contract("K1");
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            var b = candidate("C" + i).maxTenths(r.nextBoolean() ? 350 : 240);
            if (r.nextBoolean()) {
                b.woman();
            }
            candidates.add(b.build());
        }
        List<Slot> list = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            LocalDate start = D.plusDays(r.nextInt(40));
            int weeks = 1 + r.nextInt(6);
            int tenths = 100 + 10 * r.nextInt(16);
            list.add(slot("S" + i, k, start, start.plusDays(7L * weeks - 1), tenths, weeks * tenths / 10));
        }
        return MatchingInput.of("crowded-" + seed, candidates, List.of(k), list);
    }

    /** The most hours by trying every assignment (each slot: empty or one person of its range), rule 9 day by day. */
    private static long bruteForce(MatchingPlan problem) {
        List<Slot> slots = problem.getSlots();
        LocalDate base = slots.stream().map(Slot::getStartDate).min(LocalDate::compareTo).orElseThrow();
        Map<Candidate, int[]> load = new HashMap<>();
        return search(slots, 0, base, load);
    }

    private static long search(List<Slot> slots, int i, LocalDate base, Map<Candidate, int[]> load) {
        if (i == slots.size()) {
            return 0;
        }
        Slot s = slots.get(i);
        long best = search(slots, i + 1, base, load);
        int from = (int) (s.getStartDate().toEpochDay() - base.toEpochDay());
        int to = (int) (s.getEndDate().toEpochDay() - base.toEpochDay());
        for (Candidate c : s.getCompatibleCandidates()) {
            int[] days = load.computeIfAbsent(c, x -> new int[400]);
            boolean fits = true;
            for (int d = from; d <= to; d++) {
                fits &= days[d] + s.getTenthsPerWeek() <= c.maxTenthsPerWeek();
            }
            if (!fits) {
                continue;
            }
            for (int d = from; d <= to; d++) {
                days[d] += s.getTenthsPerWeek();
            }
            best = Math.max(best, s.getHours() + search(slots, i + 1, base, load));
            for (int d = from; d <= to; d++) {
                days[d] -= s.getTenthsPerWeek();
            }
        }
        return best;
    }
}
