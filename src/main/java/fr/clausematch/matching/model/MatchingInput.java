package fr.clausematch.matching.model;

import fr.clausematch.matching.constraints.MatchingSettings;

import java.util.List;

/**
 * Everything needed to build a {@link MatchingPlan}: the people, contracts and slots of one territory
 * (slots reference their {@link Contract}), the confirmed pairings (pinned), the rejected pairings
 * (removed from the slot's value range) and the settings of the territory.
 */
public record MatchingInput(
        String id,
        List<Candidate> candidates,
        List<Contract> contracts,
        List<Slot> slots,
        List<Pairing> confirmed,
        List<Pairing> rejected,
        MatchingSettings settings) {

    public MatchingInput {
        confirmed = confirmed == null ? List.of() : List.copyOf(confirmed);
        rejected = rejected == null ? List.of() : List.copyOf(rejected);
        settings = settings == null ? MatchingSettings.defaults() : settings;
    }

    public static MatchingInput of(String id, List<Candidate> candidates, List<Contract> contracts, List<Slot> slots) {
        return new MatchingInput(id, candidates, contracts, slots, List.of(), List.of(), null);
    }
}
