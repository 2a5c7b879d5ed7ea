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
     * A fingerprint of what the plan's problem holds (people, contracts, slots and their facts, each slot's range —
     * refused pairs are out of it —, pins and pairings, the settings): SHA-256 in a canonical order (ids and sets sorted),
     * the problem's own id left out. It changes whenever the data a computation on the plan started from changes (the
     * levers', the target costs' caches).
     */
    static String fingerprint(MatchingPlan plan) {
        StringBuilder text = new StringBuilder();
        Function<java.util.Collection<?>, String> sorted = set -> new java.util.TreeSet<>(set.stream().map(String::valueOf).toList()).toString();
        plan.getCandidates().stream().sorted(java.util.Comparator.comparing(Candidate::id)).forEach(c -> text.append("C|")
                .append(c.id()).append('|').append(c.gender()).append('|').append(c.latitude()).append('|')
                .append(c.longitude()).append('|').append(c.qpvCode()).append('|').append(sorted.apply(c.eligibility()))
                .append('|').append(c.eligibilityUntil()).append('|').append(sorted.apply(c.trades())).append('|')
                .append(c.qualificationLevel()).append('|').append(sorted.apply(c.licences())).append('|')
                .append(c.maxDistanceKm()).append('|').append(c.availableFrom()).append('|').append(c.availableUntil())
                .append('|').append(c.maxTenthsPerWeek()).append('|').append(c.registeredOn()).append('\n'));
        plan.getContracts().stream().sorted(java.util.Comparator.comparing(Contract::id)).forEach(k -> text.append("K|")
                .append(k.id()).append('|').append(k.type()).append('|').append(k.legalBasis()).append('|').append(k.anru())
                .append('|').append(k.latitude()).append('|').append(k.longitude()).append('|').append(k.qpvCode())
                .append('|').append(k.startDate()).append('|').append(k.endDate()).append('\n'));
        plan.getSlots().stream().sorted(java.util.Comparator.comparing(Slot::getId)).forEach(s -> text.append("S|")
                .append(s.getId()).append('|').append(s.getContract().id()).append('|').append(s.getTrade()).append('|')
                .append(s.getHours()).append('|').append(s.getStartDate()).append('|').append(s.getEndDate()).append('|')
                .append(s.getTenthsPerWeek()).append('|').append(s.getMinQualificationLevel()).append('|')
                .append(sorted.apply(s.getRequiredLicences())).append('|')
                .append(sorted.apply(s.getCompatibleCandidates().stream().map(Candidate::id).toList())).append('|')
                .append(s.isPinned()).append('|').append(s.getCandidate() == null ? "" : s.getCandidate().id()).append('\n'));
        if (plan.getSettings() != null) {
            text.append(new java.util.TreeMap<>(plan.getSettings().toProperties()));
        }
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
