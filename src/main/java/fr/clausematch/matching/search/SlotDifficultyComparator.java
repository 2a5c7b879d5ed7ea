package fr.clausematch.matching.search;

import fr.clausematch.matching.model.Slot;

import java.util.Comparator;

/**
 * Difficulty of a slot for the "decreasing" construction heuristics (hardest last in this order):
 * more hours first so that big slots are placed while candidates still have room, then fewer
 * compatible candidates, then id for determinism.
 */
public class SlotDifficultyComparator implements Comparator<Slot> {

    private static final Comparator<Slot> ORDER = Comparator
            .comparingInt(Slot::getHours)
            .thenComparing(s -> -s.getCompatibleCandidates().size())
            .thenComparing(Slot::getId, Comparator.reverseOrder());

    @Override
    public int compare(Slot a, Slot b) {
        return ORDER.compare(a, b);
    }
}
