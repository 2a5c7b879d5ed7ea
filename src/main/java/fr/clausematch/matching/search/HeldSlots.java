package fr.clausematch.matching.search;

import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.domain.variable.descriptor.VariableDescriptor;
import org.optaplanner.core.impl.domain.variable.inverserelation.CollectionInverseVariableDemand;
import org.optaplanner.core.impl.domain.variable.inverserelation.CollectionInverseVariableSupply;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which slots each person holds in the working plan, for the move factories that reason about rule 9.
 * Inside a solver it is OptaPlanner's inverse-variable supply, kept up to date move by move (so a step
 * costs nothing in the number of slots); elsewhere (a plan on its own) it is an index built once.
 */
interface HeldSlots {

    /** The slots the person holds now (empty for null). */
    Collection<Slot> of(Candidate candidate);

    /** An index of the plan as it is now; it does not follow later changes. */
    static HeldSlots indexOf(MatchingPlan plan) {
        Map<Candidate, List<Slot>> held = new HashMap<>();
        for (Slot s : plan.getSlots()) {
            if (s.getCandidate() != null) {
                held.computeIfAbsent(s.getCandidate(), k -> new ArrayList<>(4)).add(s);
            }
        }
        return c -> c == null ? List.of() : held.getOrDefault(c, List.of());
    }

    /**
     * Follows the working plan of a solver phase, or null when the score director is not a solver's
     * (then {@link #indexOf} serves). Release it with {@link Tracked#release()} when the phase ends.
     */
    static Tracked track(ScoreDirector<MatchingPlan> scoreDirector) {
        if (!(scoreDirector instanceof InnerScoreDirector<MatchingPlan, ?> inner)) {
            return null;
        }
        VariableDescriptor<MatchingPlan> variable = inner.getSolutionDescriptor()
                .findEntityDescriptorOrFail(Slot.class).getGenuineVariableDescriptor(ReassignMove.VARIABLE);
        CollectionInverseVariableDemand<MatchingPlan> demand = new CollectionInverseVariableDemand<>(variable);
        CollectionInverseVariableSupply supply = inner.getSupplyManager().demand(demand);
        return new Tracked(inner, demand, supply);
    }

    /** The inverse-variable supply of a phase. */
    final class Tracked implements HeldSlots {
        private final InnerScoreDirector<MatchingPlan, ?> scoreDirector;
        private final CollectionInverseVariableDemand<MatchingPlan> demand;
        private final CollectionInverseVariableSupply supply;

        private Tracked(InnerScoreDirector<MatchingPlan, ?> scoreDirector, CollectionInverseVariableDemand<MatchingPlan> demand,
                        CollectionInverseVariableSupply supply) {
            this.scoreDirector = scoreDirector;
            this.demand = demand;
            this.supply = supply;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Collection<Slot> of(Candidate candidate) {
            return candidate == null ? List.of() : (Collection<Slot>) supply.getInverseCollection(candidate);
        }

        public void release() {
            scoreDirector.getSupplyManager().cancel(demand);
        }
    }
}
