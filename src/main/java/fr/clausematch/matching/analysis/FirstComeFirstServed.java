package fr.clausematch.matching.analysis;

import fr.clausematch.matching.constraints.MatchingRules;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.matching.search.MatchingSolver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline, as facilitators do it by hand today: slots in order of start date, each given to the
 * compatible candidate (rules 1-8, the slot's value range) identified earliest ({@code registeredOn})
 * who still has room for it (rule 9). Confirmed (pinned) pairings are kept. No optimisation.
 */
public final class FirstComeFirstServed {

    private static final Comparator<Candidate> EARLIEST_IDENTIFIED = Comparator
            .comparing(Candidate::registeredOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Candidate::id);

    private FirstComeFirstServed() {
    }

    /**
     * A new plan with the baseline's assignments; the problem given is not changed (its slots are
     * copied). The returned plan has no score: compute it with {@link MatchingSolver#score}.
     */
    public static MatchingPlan plan(MatchingPlan problem) {
        List<Slot> slots = new ArrayList<>(problem.getSlots().size());
        for (Slot s : problem.getSlots()) {
            Slot copy = s.copy();
            copy.setCandidate(s.isPinned() ? s.getCandidate() : null);
            slots.add(copy);
        }
        Map<Candidate, List<Slot>> held = new HashMap<>();
        for (Slot s : slots) {
            if (s.getCandidate() != null) {
                held.computeIfAbsent(s.getCandidate(), c -> new ArrayList<>()).add(s);
            }
        }
        List<Slot> order = new ArrayList<>(slots);
        order.sort(Comparator.comparing(Slot::getStartDate).thenComparing(Slot::getId));
        for (Slot s : order) {
            if (s.isPinned()) {
                continue;
            }
            List<Candidate> range = new ArrayList<>(s.getCompatibleCandidates());
            range.sort(EARLIEST_IDENTIFIED);
            for (Candidate c : range) {
                List<Slot> mine = held.computeIfAbsent(c, k -> new ArrayList<>());
                mine.add(s);
                if (MatchingRules.overloadTenthDays(c.maxTenthsPerWeek(), mine) == 0) {
                    s.setCandidate(c);
                    break;
                }
                mine.remove(mine.size() - 1);
            }
        }
        return new MatchingPlan(problem.getId(), problem.getCandidates(), problem.getContracts(), problem.getDemands(),
                slots, problem.getSettings());
    }
}
