package fr.clausematch.matching.search;

import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Gives one or more slots a new candidate (or none) at once: a change, a swap of two holders, or a
 * chain where a person takes a slot and hands an overlapping one of theirs to someone else. Made by
 * {@link DisplacementMoveFactory}; the score decides whether it is taken.
 */
public final class ReassignMove extends AbstractMove<MatchingPlan> {

    static final String VARIABLE = "candidate";

    private final Slot[] slots;
    private final Candidate[] to;

    /** {@code slots[i]} gets {@code to[i]}; the slots are distinct. */
    public ReassignMove(Slot[] slots, Candidate[] to) {
        if (slots.length != to.length) {
            throw new IllegalArgumentException("one candidate per slot");
        }
        this.slots = slots;
        this.to = to;
    }

    /** A move that changes nothing (not doable): what a generator hands out when it found no move. */
    static ReassignMove none() {
        return new ReassignMove(new Slot[0], new Candidate[0]);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<MatchingPlan> scoreDirector) {
        boolean changes = false;
        for (int i = 0; i < slots.length; i++) {
            if (slots[i].isPinned()) {
                return false;
            }
            changes |= slots[i].getCandidate() != to[i];
        }
        return changes;
    }

    @Override
    protected ReassignMove createUndoMove(ScoreDirector<MatchingPlan> scoreDirector) {
        Candidate[] from = new Candidate[slots.length];
        for (int i = 0; i < slots.length; i++) {
            from[i] = slots[i].getCandidate();
        }
        return new ReassignMove(slots, from);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<MatchingPlan> scoreDirector) {
        for (int i = 0; i < slots.length; i++) {
            scoreDirector.beforeVariableChanged(slots[i], VARIABLE);
            slots[i].setCandidate(to[i]);
            scoreDirector.afterVariableChanged(slots[i], VARIABLE);
        }
    }

    @Override
    public ReassignMove rebase(ScoreDirector<MatchingPlan> destination) {
        Slot[] rebasedSlots = new Slot[slots.length];
        Candidate[] rebasedTo = new Candidate[to.length];
        for (int i = 0; i < slots.length; i++) {
            rebasedSlots[i] = destination.lookUpWorkingObject(slots[i]);
            rebasedTo[i] = to[i] == null ? null : destination.lookUpWorkingObject(to[i]);
        }
        return new ReassignMove(rebasedSlots, rebasedTo);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "ReassignMove(" + slots.length + ")";
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return List.of(slots);
    }

    @Override
    public Collection<?> getPlanningValues() {
        return Arrays.asList(to);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReassignMove other && Arrays.equals(slots, other.slots) && Arrays.equals(to, other.to);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(slots) + Arrays.hashCode(to);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < slots.length; i++) {
            b.append(i == 0 ? "" : ", ").append(slots[i].getId()).append(" {").append(slots[i].getCandidate())
                    .append(" -> ").append(to[i]).append('}');
        }
        return b.toString();
    }
}
