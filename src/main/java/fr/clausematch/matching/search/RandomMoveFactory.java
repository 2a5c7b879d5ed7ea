package fr.clausematch.matching.search;

import fr.clausematch.matching.model.MatchingPlan;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import java.util.Iterator;

/** A factory of moves drawn at random only (the solver configuration's selection order is RANDOM). */
abstract class RandomMoveFactory implements MoveIteratorFactory<MatchingPlan, ReassignMove> {

    @Override
    public final Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<MatchingPlan> scoreDirector) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " only selects at random (selectionOrder RANDOM)");
    }
}
