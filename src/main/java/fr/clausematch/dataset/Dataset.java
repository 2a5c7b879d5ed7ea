package fr.clausematch.dataset;

import java.util.List;

/** A dataset of the exchange format: the three files of one folder, parsed and checked. */
public record Dataset(List<CandidateRow> candidates, List<ContractRow> contracts, List<SlotRow> slots) {

    public Dataset {
        candidates = List.copyOf(candidates);
        contracts = List.copyOf(contracts);
        slots = List.copyOf(slots);
    }
}
