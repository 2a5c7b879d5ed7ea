package fr.clausematch.matching.search;

import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.ContractTypeDemand;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Pairing;
import fr.clausematch.matching.model.Slot;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds a {@link MatchingPlan} from a {@link MatchingInput}: value ranges (rules 1-8), pins, forbidden pairs. */
public final class MatchingProblems {

    private MatchingProblems() {
    }

    /** The most recent {@code registeredOn} of these candidates (null if none has one). */
    static LocalDate newestRegistration(List<Candidate> candidates) {
        LocalDate newest = null;
        for (Candidate c : candidates) {
            if (c.registeredOn() != null && (newest == null || c.registeredOn().isAfter(newest))) {
                newest = c.registeredOn();
            }
        }
        return newest;
    }

    /** The candidate with its seniority: days from its registration to {@code newest}, at least 0. */
    static Candidate withSeniority(Candidate c, LocalDate newest) {
        int seniority = c.registeredOn() == null || newest == null ? 0
                : (int) Math.max(0, ChronoUnit.DAYS.between(c.registeredOn(), newest));
        return c.seniorityDays() == seniority ? c : c.withSeniorityDays(seniority);
    }

    /**
     * Builds the problem. The input's slots become the plan's planning entities: their value range is
     * set (compatible candidates minus rejected pairs), confirmed pairings are set and pinned (a
     * confirmed candidate stays in its slot's range even if a rule changed since; the hard constraint
     * "règles 1 à 8" then flags it). Unknown ids in pairings throw {@link IllegalArgumentException}.
     */
    public static MatchingPlan create(MatchingInput input) {
        LocalDate newest = newestRegistration(input.candidates());
        List<Candidate> candidates = new ArrayList<>(input.candidates().size());
        Map<String, Candidate> candidatesById = new HashMap<>();
        for (Candidate c : input.candidates()) {
            Candidate withSeniority = withSeniority(c, newest);
            candidates.add(withSeniority);
            if (candidatesById.put(c.id(), withSeniority) != null) {
                throw new IllegalArgumentException("Candidat en double : " + c.id());
            }
        }
        Map<String, Slot> slotsById = new HashMap<>();
        for (Slot s : input.slots()) {
            if (slotsById.put(s.getId(), s) != null) {
                throw new IllegalArgumentException("Poste en double : " + s.getId());
            }
        }
        Map<String, Set<String>> rejected = new HashMap<>();
        for (Pairing p : input.rejected()) {
            rejected.computeIfAbsent(p.slotId(), k -> new HashSet<>()).add(p.candidateId());
        }
        Map<String, Candidate> confirmed = new HashMap<>();
        for (Pairing p : input.confirmed()) {
            Candidate c = candidatesById.get(p.candidateId());
            if (c == null || !slotsById.containsKey(p.slotId())) {
                throw new IllegalArgumentException("Appariement confirmé inconnu : " + p);
            }
            confirmed.put(p.slotId(), c);
        }
        CompatibilityIndex index = new CompatibilityIndex(candidates);
        Map<ContractType, Long> demand = new EnumMap<>(ContractType.class);
        for (Slot s : input.slots()) {
            List<Candidate> range = index.compatible(s);
            Set<String> no = rejected.get(s.getId());
            if (no != null) {
                range.removeIf(c -> no.contains(c.id()));
            }
            Candidate pinned = confirmed.get(s.getId());
            if (pinned != null && !range.contains(pinned)) {
                range.add(pinned);
            }
            s.setCompatibleCandidates(range);
            s.setCandidate(pinned);
            s.setPinned(pinned != null);
            demand.merge(s.getContractType(), (long) s.getHours(), Long::sum);
        }
        List<ContractTypeDemand> demands = new ArrayList<>();
        demand.forEach((type, hours) -> demands.add(new ContractTypeDemand(type, hours)));
        return new MatchingPlan(input.id(), candidates, new ArrayList<>(input.contracts()), demands,
                new ArrayList<>(input.slots()), input.settings());
    }
}
