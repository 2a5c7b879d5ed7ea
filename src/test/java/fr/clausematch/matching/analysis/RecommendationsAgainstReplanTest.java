package fr.clausematch.matching.analysis;

import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetProblemMapper;
import fr.clausematch.dataset.generator.DatasetGenerator;
import fr.clausematch.matching.IndependentChecker;
import fr.clausematch.matching.exact.ExactMatching;
import fr.clausematch.matching.exact.ExactResult;
import fr.clausematch.matching.exact.ExactSettings;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Pairing;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.matching.search.MatchingProblems;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The top recommendation against a full re-plan, on small generated problems. For a person {@code p} the plan does not
 * hold yet (an optimal plan of the others, by the exact reference), the top line says: taking slot {@code s} gains
 * {@code g} hours. The reference is the exact optimum of the whole problem with {@code (s, p)} pinned and {@code p} on
 * no other slot (the line places her on {@code s} alone): {@code H}. Then:
 * <ul>
 *   <li>{@code H0 + g <= H}: the line is a plan that pins {@code (s, p)}, so the optimum reaches at least as much;</li>
 *   <li>{@code H - H0 - g <= hours of s} (the stated tolerance): chains longer than 2, or several people moving at
 *       once, may find more, but no more than the slot's hours on these problems.</li>
 * </ul>
 * Also, the line itself keeps every rule ({@link IndependentChecker} on the plan with its steps applied).
 */
class RecommendationsAgainstReplanTest {

    private static final ExactSettings EXACT = ExactSettings.of(10).withWorkers(2).withoutShares();

    record Case(String name, DatasetGenerator generator, int candidates, int contracts, int slots, long seed) {
    }

    @Test
    void theTopLineGainsWhatAReplanWithThatPairingPinnedReaches() {
        List<Case> cases = List.of(
                new Case("france 120", new DatasetGenerator(), 120, 40, 120, 11),
                new Case("bfc 50", new DatasetGenerator(DatasetGenerator.Profile.bourgogneFrancheComte()), 50, 20, 60, 12),
                new Case("weekly 60", new DatasetGenerator(DatasetGenerator.Profile.weeklyLoad()), 30, 10, 60, 13));
        int compared = 0;
        int exactlyEqual = 0;
        List<String> report = new ArrayList<>();
        for (Case c : cases) {
            Dataset dataset = c.generator().generate(c.candidates(), c.contracts(), c.slots(), c.seed());
            MatchingInput facts = DatasetProblemMapper.INSTANCE.input(c.name(), dataset);
            int tried = 0;
            for (Candidate p : facts.candidates()) {
                if (tried == 4) {
                    break;
                }
                List<Candidate> others = facts.candidates().stream().filter(o -> !o.equals(p)).toList();
                MatchingPlan without = problem(facts, others, List.of(), null);
                ExactResult before = ExactMatching.solve(without, EXACT);
                if (before.status() != ExactResult.Status.OPTIMAL) {
                    continue;
                }
                MatchingPlan whole = problem(facts, facts.candidates(), List.of(), null);
                lay(before.plan(), whole);
                Recommendations.Advice advice = Recommendations.of(whole).forCandidate(person(whole, p.id()), 5);
                if (advice.lines().isEmpty()) {
                    continue;
                }
                tried++;
                Recommendations.Line top = advice.lines().get(0);
                assertThat(IndependentChecker.violations(RecommendationsTest.applied(whole, top))).as(c.name() + " " + p.id()).isEmpty();
                MatchingPlan pinned = problem(facts, facts.candidates(), List.of(new Pairing(top.slot().getId(), p.id())), p.id());
                ExactResult after = ExactMatching.solve(pinned, EXACT);
                assertThat(after.status()).as(c.name()).isEqualTo(ExactResult.Status.OPTIMAL);
                long h0 = before.hours();
                long g = top.gain().hours();
                long h = after.hours();
                report.add(c.name() + " " + p.id() + " -> " + top.slot().getId() + ": H0=" + h0 + " g=" + g + " H=" + h
                        + " slot=" + top.slot().getHours());
                assertThat(h0 + g).as(c.name() + " " + p.id() + ": the line is a plan with the pin").isLessThanOrEqualTo(h);
                assertThat(h - h0 - g).as(c.name() + " " + p.id() + ": within the slot's hours").isLessThanOrEqualTo(top.slot().getHours());
                compared++;
                if (h == h0 + g) {
                    exactlyEqual++;
                }
            }
        }
        System.out.println("Recommendations against re-plans: " + exactlyEqual + "/" + compared + " exactly equal\n  "
                + String.join("\n  ", report));
        assertThat(compared).isGreaterThanOrEqualTo(6);
        assertThat(exactlyEqual).as("most lines are exact").isGreaterThanOrEqualTo(compared / 2);
    }

    /** The problem over these people, these pairings pinned; {@code only} (when given) may take no slot but the pinned one. */
    private static MatchingPlan problem(MatchingInput facts, List<Candidate> people, List<Pairing> pinned, String only) {
        List<Slot> slots = facts.slots().stream().map(Slot::copy).toList();
        MatchingPlan plan = MatchingProblems.create(new MatchingInput(facts.id(), people, facts.contracts(), slots, pinned,
                List.of(), facts.settings()));
        if (only != null) {
            for (Slot s : plan.getSlots()) {
                if (!s.isPinned()) {
                    List<Candidate> range = new ArrayList<>(s.getCompatibleCandidates());
                    range.removeIf(c -> c.id().equals(only));
                    s.setCompatibleCandidates(range);
                }
            }
        }
        return plan;
    }

    private static void lay(MatchingPlan solved, MatchingPlan onto) {
        Map<String, String> who = new HashMap<>();
        solved.getSlots().forEach(s -> who.put(s.getId(), s.getCandidate() == null ? null : s.getCandidate().id()));
        for (Slot s : onto.getSlots()) {
            String id = who.get(s.getId());
            s.setCandidate(id == null ? null : person(onto, id));
        }
    }

    private static Candidate person(MatchingPlan plan, String id) {
        return plan.getCandidates().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
