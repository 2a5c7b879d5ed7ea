package fr.clausematch.planning;

import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Pairing;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.matching.search.MatchingProblems;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A saved plan as the engine sees it: its pairings laid on the territory's current problem (its people and open
 * contracts as they are now), its confirmed pairings pinned and its proposed ones set; pairings of slots or people
 * no longer in the problem are left out. The caller has checked the reader's scope.
 */
@Component
class PlanProblems {

    private final AssignmentViews assignments;
    private final PlanningProblemLoader loader;

    PlanProblems(AssignmentViews assignments, PlanningProblemLoader loader) {
        this.assignments = assignments;
        this.loader = loader;
    }

    /** The plan on the current problem, and the database keys of its slots and people. */
    record Laid(MatchingPlan problem, Map<String, Long> slotKeys, Map<String, Long> candidateKeys) {
    }

    /**
     * The plan's pairings on the current problem. With {@code territoryDecisions}, the territory's latest decisions
     * count too, as a new plan would take them: a slot confirmed in any plan is pinned, a pair refused in any plan is
     * out of the slot's range.
     */
    Laid laid(PlanView plan, boolean territoryDecisions) {
        long planId = plan.id();
        List<AssignmentView> pairings = assignments.ofPlan(planId);
        PlanningProblemLoader.Loaded loaded = loader.load(plan.territory(), "plan-" + planId);
        MatchingInput current = loaded.input();
        Set<String> slotIds = current.slots().stream().map(Slot::getId).collect(Collectors.toSet());
        Set<String> candidateIds = current.candidates().stream().map(Candidate::id).collect(Collectors.toSet());
        List<Pairing> confirmed = new ArrayList<>(pairings.stream().filter(a -> a.status() == AssignmentStatus.CONFIRMED)
                .map(a -> new Pairing(a.slot(), a.candidate()))
                .filter(p -> slotIds.contains(p.slotId()) && candidateIds.contains(p.candidateId())).toList());
        List<Pairing> rejected = List.of();
        if (territoryDecisions) {
            Set<String> pinned = confirmed.stream().map(Pairing::slotId).collect(Collectors.toCollection(HashSet::new));
            current.confirmed().stream().filter(p -> pinned.add(p.slotId())).forEach(confirmed::add);
            rejected = current.rejected();
        }
        MatchingPlan problem = MatchingProblems.create(new MatchingInput(current.id(), current.candidates(), current.contracts(),
                current.slots(), confirmed, rejected, current.settings()));
        Map<String, Slot> slots = problem.getSlots().stream().collect(Collectors.toMap(Slot::getId, Function.identity()));
        Map<String, Candidate> people = problem.getCandidates().stream()
                .collect(Collectors.toMap(Candidate::id, Function.identity()));
        for (AssignmentView pairing : pairings) {
            Slot slot = slots.get(pairing.slot());
            Candidate candidate = people.get(pairing.candidate());
            if (pairing.status() == AssignmentStatus.PROPOSED && slot != null && candidate != null && !slot.isPinned()) {
                slot.setCandidate(candidate);
            }
        }
        return new Laid(problem, loaded.slotKeys(), loaded.candidateKeys());
    }
}
