package fr.clausematch.matching.search;

import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import org.optaplanner.core.api.domain.solution.cloner.SolutionCloner;

import java.util.ArrayList;
import java.util.List;

/**
 * The planning clone of a plan, made each time the search finds a better one: new slots (the planning
 * entities) with the same facts and candidates, new settings, and new lists of the same people, contracts
 * and demand (a problem change adds to the working plan's lists, never to a best plan's). OptaPlanner's
 * default cloner does the same by reflection, field by field; at 20,000 slots that cost most of the
 * search's time.
 */
public class MatchingPlanCloner implements SolutionCloner<MatchingPlan> {

    @Override
    public MatchingPlan cloneSolution(MatchingPlan original) {
        List<Slot> slots = new ArrayList<>(original.getSlots().size());
        for (Slot s : original.getSlots()) {
            slots.add(s.copy());
        }
        MatchingPlan clone = new MatchingPlan(original.getId(), copyOf(original.getCandidates()),
                copyOf(original.getContracts()), copyOf(original.getDemands()), slots, original.getSettings() == null ? null : original.getSettings().copy());
        clone.setScore(original.getScore());
        return clone;
    }

    private static <T> List<T> copyOf(List<T> list) {
        return list == null ? null : new ArrayList<>(list);
    }
}
