package fr.clausematch.matching.exact;

import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetProblemMapper;
import fr.clausematch.dataset.generator.DatasetGenerator;
import fr.clausematch.matching.IndependentChecker;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.matching.search.MatchingProblems;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static fr.clausematch.matching.Fixtures.D;
import static fr.clausematch.matching.Fixtures.candidate;
import static fr.clausematch.matching.Fixtures.contract;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curve of what a share target costs: a hand case whose cost is known, a brute force on small problems, and on
 * generated problems its monotonicity, its end point against the exact reference, each point's share and each plan
 * re-checked by {@link IndependentChecker}.
 */
class TargetCostTest {

    private static final TargetCost.Settings QUICK = new TargetCost.Settings(Duration.ofSeconds(2), Duration.ofSeconds(5), 2, 7);

    /**
     * A woman and a man compete for one slot of 300 h (the only one the man may take); the woman may also take one of
     * 100 h, not both (same weeks, 20 h a week each, 35 h at most). The plain plan gives the man the 300 h and the woman
     * the 100 h: 400 h, 25 % to women. Any target above 25 % gives the woman the 300 h alone: it costs the difference,
     * 100 h.
     */
    @Test
    void aTargetAboveTheFreeShareCostsTheDifferenceBetweenTheTwoSlots() {
        Contract k = contract("K1");
        Candidate man = candidate("M").trades("F1703").build();
        Candidate woman = candidate("W").woman().trades("F1703", "K2204").build();
        LocalDate end = D.plusDays(7L * 15 - 1);
        Slot big = new Slot("S300", k, "F1703", 300, D, end, 200, 0, Set.of());
        Slot small = new Slot("S100", k, "K2204", 100, D, end, 200, 0, Set.of());
        MatchingPlan problem = MatchingProblems.create(MatchingInput.of("hand", List.of(man, woman), List.of(k),
                List.of(big, small)));

        TargetCost.Curve curve = TargetCost.of(problem, TargetCost.Share.WOMEN, QUICK, null);

        TargetCost.Point plain = curve.unconstrained();
        assertThat(plain.hours()).isEqualTo(400);
        assertThat(plain.share()).isEqualTo(0.25);
        assertThat(curve.points()).hasSizeGreaterThan(2);
        for (TargetCost.Point p : curve.points().subList(1, curve.points().size())) {
            assertThat(p.targetPermille()).isGreaterThan(250);
            assertThat(p.hours()).as("target " + p.targetPermille()).isEqualTo(300);
            assertThat(curve.cost(p)).isEqualTo(100);
            assertThat(p.share()).isEqualTo(1.0);
            assertThat(p.optimal()).isTrue();
            assertThat(p.plan().getSlots().stream().filter(s -> s.getCandidate() != null).map(Slot::getId))
                    .containsExactly("S300");
        }
        assertThat(curve.points().get(curve.points().size() - 1).targetPermille()).isEqualTo(1000);
        assertThat(curve.points().stream().map(TargetCost.Point::targetPermille)).contains(500);
    }

    @Test
    void provenPointsEqualABruteForceAtTheirTarget() {
        for (long seed = 1; seed <= 8; seed++) {
            MatchingPlan problem = MatchingProblems.create(crowded(3, 6, seed));
            for (TargetCost.Share share : TargetCost.Share.values()) {
                TargetCost.Curve curve = TargetCost.of(problem, share, QUICK, null);
                for (TargetCost.Point p : curve.points()) {
                    long best = bruteForce(problem, share, p.targetPermille());
                    assertThat(p.hours()).as("seed %d %s target %d", seed, share, p.targetPermille()).isLessThanOrEqualTo(best);
                    assertThat(p.hoursBound()).as("seed %d %s target %d", seed, share, p.targetPermille()).isGreaterThanOrEqualTo(best);
                    if (p.optimal()) {
                        assertThat(p.hours()).as("seed %d %s target %d", seed, share, p.targetPermille()).isEqualTo(best);
                    }
                }
                assertThat(curve.proven()).as("seed " + seed + " " + share).isTrue();
            }
        }
    }

    @Test
    void onGeneratedProblemsTheCurveIsMonotoneEndsAtTheExactOptimumAndEveryPlanKeepsTheRules() {
        record Case(String name, DatasetGenerator generator, int candidates, int contracts, int slots, long seed) {
        }
        List<Case> cases = List.of(
                new Case("bfc 200", new DatasetGenerator(DatasetGenerator.Profile.bourgogneFrancheComte()), 200, 60, 200, 7),
                new Case("france 240", new DatasetGenerator(), 160, 60, 240, 3));
        for (Case c : cases) {
            Dataset dataset = c.generator().generate(c.candidates(), c.contracts(), c.slots(), c.seed());
            MatchingInput facts = DatasetProblemMapper.INSTANCE.input(c.name(), dataset);
            MatchingPlan problem = MatchingProblems.create(facts);
            ExactResult exact = ExactMatching.solve(problem, ExactSettings.of(10).withWorkers(2).withoutShares());
            assertThat(exact.status()).as(c.name()).isEqualTo(ExactResult.Status.OPTIMAL);
            for (TargetCost.Share share : TargetCost.Share.values()) {
                String what = c.name() + " " + share;
                TargetCost.Curve curve = TargetCost.of(problem, share, QUICK, null);
                List<TargetCost.Point> points = curve.points();
                assertThat(points).as(what).hasSizeGreaterThan(3);
                assertThat(curve.unconstrained().targetPermille()).isZero();
                assertThat(curve.unconstrained().hours()).as(what + ": the plain plan's hours").isEqualTo(exact.hours());
                assertThat(curve.unconstrained().optimal()).as(what).isTrue();
                for (int i = 0; i < points.size(); i++) {
                    TargetCost.Point p = points.get(i);
                    String at = what + " target " + p.targetPermille();
                    assertThat(p.hasPlan()).as(at).isTrue();
                    assertThat(IndependentChecker.violations(p.plan())).as(at).isEmpty();
                    long hours = 0;
                    long shareHours = 0;
                    for (Slot s : p.plan().getSlots()) {
                        if (s.getCandidate() != null) {
                            hours += s.getHours();
                            shareHours += share.counts(s.getCandidate()) ? s.getHours() : 0;
                        }
                    }
                    assertThat(hours).as(at).isEqualTo(p.hours());
                    assertThat(shareHours).as(at).isEqualTo(p.shareHours());
                    assertThat(1000 * shareHours).as(at + ": the share holds").isGreaterThanOrEqualTo((long) p.targetPermille() * hours);
                    assertThat(p.hoursBound()).as(at).isGreaterThanOrEqualTo(p.hours()).isLessThanOrEqualTo(exact.hoursBound());
                    if (i > 0) {
                        TargetCost.Point lower = points.get(i - 1);
                        assertThat(p.targetPermille()).as(at).isGreaterThan(lower.targetPermille());
                        assertThat(p.hours()).as(at + ": no more hours than a lower target").isLessThanOrEqualTo(lower.hours());
                        assertThat(p.hoursBound()).as(at).isLessThanOrEqualTo(lower.hoursBound());
                    }
                }
                assertThat(points.get(points.size() - 1).targetPermille()).as(what).isEqualTo(1000);
            }
        }
    }

    /** People who can all take every slot, slots crowding the same weeks, about half of them women and QPV residents. */
    private static MatchingInput crowded(int people, int slots, long seed) {
        Random r = new Random(seed);
        Contract k = contract("K1");
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            var b = candidate("C" + i).maxTenths(r.nextBoolean() ? 350 : 240);
            if (i % 2 == 0) {
                b.woman();
            }
            if (i % 3 != 1) {
                b.qpv("QP058001");
            }
            candidates.add(b.build());
        }
        List<Slot> list = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            LocalDate start = D.plusDays(r.nextInt(30));
            int weeks = 1 + r.nextInt(5);
            int tenths = 100 + 10 * r.nextInt(16);
            list.add(new Slot("S" + i, k, "F1703", weeks * tenths / 10, start, start.plusDays(7L * weeks - 1), tenths, 0,
                    Set.of()));
        }
        return MatchingInput.of("crowded-" + seed, candidates, List.of(k), list);
    }

    /** The most hours of a plan holding the target, by trying every assignment, the rules by the independent checker. */
    private static long bruteForce(MatchingPlan problem, TargetCost.Share share, int targetPermille) {
        List<Slot> slots = problem.getSlots();
        int[] choice = new int[slots.size()];
        long best = 0;
        while (true) {
            List<Slot> copies = new ArrayList<>();
            long hours = 0;
            long shareHours = 0;
            for (int i = 0; i < slots.size(); i++) {
                Slot copy = slots.get(i).copy();
                List<Candidate> range = slots.get(i).getCompatibleCandidates();
                copy.setCandidate(choice[i] == 0 ? null : range.get(choice[i] - 1));
                if (copy.getCandidate() != null) {
                    hours += copy.getHours();
                    shareHours += share.counts(copy.getCandidate()) ? copy.getHours() : 0;
                }
                copies.add(copy);
            }
            if (hours > best && 1000 * shareHours >= (long) targetPermille * hours
                    && IndependentChecker.violations(new MatchingPlan(problem.getId(), problem.getCandidates(),
                    problem.getContracts(), problem.getDemands(), copies, problem.getSettings())).isEmpty()) {
                best = hours;
            }
            int i = 0;
            while (i < slots.size() && ++choice[i] > slots.get(i).getCompatibleCandidates().size()) {
                choice[i++] = 0;
            }
            if (i == slots.size()) {
                return best;
            }
        }
    }
}
