package fr.clausematch.planning;

import fr.clausematch.matching.Candidate;
import fr.clausematch.matching.MatchingExplainer;
import fr.clausematch.matching.MatchingInput;
import fr.clausematch.matching.MatchingPlan;
import fr.clausematch.matching.MatchingProblems;
import fr.clausematch.matching.Pairing;
import fr.clausematch.matching.Slot;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Why each person was proposed, why a slot stays empty, and the score broken down by constraint, for
 * a saved plan: its pairings are laid on the territory's current problem and explained by the engine.
 */
@Service
public class PlanExplanationService {

    private final PlanningService planning;
    private final AssignmentService assignments;
    private final PlanningProblemLoader loader;

    PlanExplanationService(PlanningService planning, AssignmentService assignments, PlanningProblemLoader loader) {
        this.planning = planning;
        this.assignments = assignments;
        this.loader = loader;
    }

    public MatchingExplainer.PlanExplanation explain(long planId) {
        PlanView plan = planning.view(planId);
        List<AssignmentView> pairings = assignments.ofPlan(planId);
        List<Pairing> confirmed = pairings.stream().filter(a -> a.status() == AssignmentStatus.CONFIRMED)
                .map(a -> new Pairing(a.slot(), a.candidate())).toList();
        MatchingInput current = loader.load(plan.territory(), "plan-" + planId).input();
        Set<String> slotIds = current.slots().stream().map(Slot::getId).collect(Collectors.toSet());
        Set<String> candidateIds = current.candidates().stream().map(Candidate::id).collect(Collectors.toSet());
        MatchingInput input = new MatchingInput(current.id(), current.candidates(), current.contracts(), current.slots(),
                confirmed.stream().filter(p -> slotIds.contains(p.slotId()) && candidateIds.contains(p.candidateId())).toList(),
                List.of(), current.settings());
        MatchingPlan problem = MatchingProblems.create(input);
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
        return MatchingExplainer.explain(problem);
    }
}
