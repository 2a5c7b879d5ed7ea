package fr.clausematch.matching.search;

import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import org.optaplanner.core.api.score.director.ScoreDirector;

import java.util.Iterator;
import java.util.Random;

/**
 * Moves that the change and swap selectors almost never find on this model, where a slot has a handful
 * of compatible candidates and most of them are busy (rule 9). A person takes a slot although slots of
 * theirs overlap it, and hands over what is in the way:
 * <ul>
 *   <li>one overlapping slot, to the taken slot's holder (a swap of two slots that fit each other's
 *       ranges) or to another person of its range, who may hand over one of theirs in turn: a chain of up
 *       to {@code depth} slots (3 by default);</li>
 *   <li>when giving up one is not enough, every overlapping slot: all to the taken slot's holder if they
 *       fit there together (one full-time slot for two part-time ones), else each to a person with room;</li>
 *   <li>from an empty slot, the slot handed over may also stay empty when it has no more hours, so a
 *       person can move to a longer slot that nobody else could take.</li>
 * </ul>
 * When the person has room anyway, the move is a plain change. No move fills fewer hours, except the
 * last kind which fills at least as many.
 *
 * <p>With the custom property {@code shares=true}, a move starts only from a slot whose holder is outside
 * a group (women, QPV residents) below its target share on that contract type, and gives it to a person
 * worth more to those shares ({@link ShareGaps}). Either way, every move is checked against rule 9 before
 * it is offered, so no score is computed for a move that would break it; the score decides whether a move
 * is taken. Who holds what is followed move by move ({@link HeldSlots}); only the shares below target are
 * recounted at each step (one pass over the slots).
 */
public class DisplacementMoveFactory extends RandomMoveFactory {

    private static final int ATTEMPTS = 100;

    private boolean shares;
    private int depth = 3;
    private HeldSlots.Tracked tracked;
    private static final int GAPS_EVERY = 32;
    private ShareGaps gaps;
    private int gapsAge;

    /** Custom property of the solver configuration: {@code true} = only moves toward the under-target shares. */
    public void setShares(String shares) {
        this.shares = Boolean.parseBoolean(shares);
    }

    /** Custom property: the longest chain of hand-overs (2: a swap or a chain of two; default 3). */
    public void setDepth(String depth) {
        this.depth = Integer.parseInt(depth);
        if (this.depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1: " + depth);
        }
    }

    /** Follows who holds what move by move for the phase (OptaPlanner's inverse-variable supply). */
    @Override
    public void phaseStarted(ScoreDirector<MatchingPlan> scoreDirector) {
        tracked = HeldSlots.track(scoreDirector);
    }

    @Override
    public void phaseEnded(ScoreDirector<MatchingPlan> scoreDirector) {
        if (tracked != null) {
            tracked.release();
            tracked = null;
        }
        gaps = null;
    }

    /**
     * The shares below target, recounted every {@value #GAPS_EVERY} steps (one pass over the slots): they
     * move slowly, and a stale answer only aims a few moves less well; the score judges every move.
     */
    private ShareGaps gaps(MatchingPlan plan) {
        if (gaps == null || ++gapsAge >= GAPS_EVERY) {
            gaps = ShareGaps.of(plan);
            gapsAge = 0;
        }
        return gaps;
    }

    @Override
    public long getSize(ScoreDirector<MatchingPlan> scoreDirector) {
        long size = 0;
        for (Slot s : scoreDirector.getWorkingSolution().getSlots()) {
            size += s.getCompatibleCandidates().size();
        }
        return size;
    }

    /** Called once per step, on the working plan of that step (who holds what as it is now; see {@link #gaps}). */
    @Override
    public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<MatchingPlan> scoreDirector, Random random) {
        MatchingPlan plan = scoreDirector.getWorkingSolution();
        return new Iterator<>() {
            // built on first use: a union selector asks every child for an iterator (and hasNext) each
            // step but may take no move from this one
            private DisplacementStep step;

            private DisplacementStep step() {
                if (step == null) {
                    step = new DisplacementStep(plan, tracked != null ? tracked : HeldSlots.indexOf(plan), shares ? gaps(plan) : null,
                            shares, depth);
                }
                return step;
            }

            /** Always: the union selector asks at once, so the answer must not build the step (see next). */
            @Override
            public boolean hasNext() {
                return true;
            }

            /** A move; a move that changes nothing (not doable) when none was found. */
            @Override
            public ReassignMove next() {
                DisplacementStep step = step();
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    ReassignMove move = step.attempt(random);
                    if (move != null) {
                        return move;
                    }
                }
                return ReassignMove.none();
            }
        };
    }
}
