package fr.clausematch.planning;

import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
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
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A saved plan as the heart reads it: its pairings laid on the territory's current problem (its confirmed pairings
 * pinned, its proposals set where the slot is free; pairings of slots or people no longer there are left out). The
 * plan's explanation, its levers and its recommendations start from it.
 */
@Component
class PlanProblems {

    private final AssignmentService assignments;
    private final PlanningProblemLoader loader;

    PlanProblems(AssignmentService assignments, PlanningProblemLoader loader) {
        this.assignments = assignments;
        this.loader = loader;
    }

    /** The plan's pairings on its territory's problem as it is now (the caller has checked the reader's scope). */
    MatchingPlan laid(PlanView plan) {
        return laid(plan, false).problem();
    }

    /** The plan on the current problem, and the database keys of its slots and people (to write pairings back). */
    record Laid(MatchingPlan problem, Map<String, Long> slotKeys, Map<String, Long> candidateKeys) {
    }

    /**
     * {@link #laid(PlanView)}, with the database keys. With {@code territoryDecisions}, the territory's latest decisions
     * count too, as a new plan would take them (the recommendations): a slot confirmed in any plan is pinned, a pair
     * refused in any plan is out of the slot's range.
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

    /**
     * A fingerprint of what the plan's problem holds (people, contracts, slots and their facts, pins and pairings): it
     * changes whenever the data a computation on the plan started from changes.
     */
    static String fingerprint(MatchingPlan plan) {
        long h = 1125899906842597L;
        for (Candidate c : plan.getCandidates()) {
            h = 31 * h + Objects.hash(c.id(), c.gender(), c.latitude(), c.longitude(), c.qpvCode(), c.eligibility(),
                    c.eligibilityUntil(), c.trades(), c.qualificationLevel(), c.licences(), c.maxDistanceKm(), c.availableFrom(),
                    c.availableUntil(), c.maxTenthsPerWeek(), c.registeredOn());
        }
        for (Contract k : plan.getContracts()) {
            h = 31 * h + Objects.hash(k.id(), k.type(), k.legalBasis(), k.anru(), k.latitude(), k.longitude(), k.qpvCode(),
                    k.startDate(), k.endDate());
        }
        for (Slot s : plan.getSlots()) {
            h = 31 * h + Objects.hash(s.getId(), s.getContract().id(), s.getTrade(), s.getHours(), s.getStartDate(),
                    s.getEndDate(), s.getTenthsPerWeek(), s.getMinQualificationLevel(), s.getRequiredLicences(),
                    s.getCompatibleCandidates().size(), s.isPinned(), s.getCandidate() == null ? null : s.getCandidate().id());
        }
        return Long.toHexString(h) + "-" + plan.getCandidates().size() + "-" + plan.getSlots().size();
    }
}
