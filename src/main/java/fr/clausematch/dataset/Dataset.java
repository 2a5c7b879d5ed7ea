package fr.clausematch.dataset;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dataset of the exchange format: the three files of one folder, parsed and checked. A dataset read
 * from files also knows the line of the file each row starts on ({@link #lineOf}), for the errors found
 * after reading (an id already in the database, a territory not allowed); the lines are not part of the
 * data: two datasets with the same rows are equal.
 */
public record Dataset(List<CandidateRow> candidates, List<ContractRow> contracts, List<SlotRow> slots,
                      Map<String, long[]> lines) {

    public Dataset {
        candidates = List.copyOf(candidates);
        contracts = List.copyOf(contracts);
        slots = List.copyOf(slots);
        lines = Map.copyOf(lines);
    }

    /** A dataset made in memory (generator, database export): its rows have no lines of a file. */
    public Dataset(List<CandidateRow> candidates, List<ContractRow> contracts, List<SlotRow> slots) {
        this(candidates, contracts, slots, Map.of());
    }

    /**
     * The line (header = 1) where the {@code index}-th row of {@code file} starts in the file read, counting
     * multi-line quoted cells and blank lines; for a dataset made in memory, the line it would have in a
     * file written by {@link DatasetWriter} (index + 2).
     */
    public long lineOf(String file, int index) {
        long[] numbers = lines.get(file);
        return numbers != null && index < numbers.length ? numbers[index] : index + 2L;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Dataset other && candidates.equals(other.candidates)
                && contracts.equals(other.contracts) && slots.equals(other.slots));
    }

    @Override
    public int hashCode() {
        return Objects.hash(candidates, contracts, slots);
    }

    @Override
    public String toString() {
        return "Dataset[" + candidates.size() + " candidates, " + contracts.size() + " contracts, " + slots.size() + " slots]";
    }
}
