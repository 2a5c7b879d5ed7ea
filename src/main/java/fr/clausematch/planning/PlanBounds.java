package fr.clausematch.planning;

import fr.clausematch.matching.exact.PlanBound;
import fr.clausematch.matching.model.MatchingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * A stored plan's proven upper bound on the hours any plan of its problem could fill ({@link PlanBound}, the exact
 * reference hinted with the plan), computed when its solve ends within the time {@link PlanningProperties} gives
 * its size. A bound that cannot be computed (no native library, say) leaves the plan without one, never fails it.
 */
@Component
class PlanBounds {

    private static final Logger log = LoggerFactory.getLogger(PlanBounds.class);

    private final PlanningProperties properties;

    PlanBounds(PlanningProperties properties) {
        this.properties = properties;
    }

    /** The time the bound of a plan of {@code slots} slots gets; zero when it gets none. */
    Duration limit(int slots) {
        return properties.boundLimit(slots);
    }

    /** The bound of {@code plan} (its slots' ranges and pins are its problem), within {@link #limit}. */
    Optional<PlanBound> of(MatchingPlan plan) {
        return of(plan, limit(plan.getSlots().size()));
    }

    /** The bound of {@code plan} within {@code limit}; empty when the limit is zero or the bound fails. */
    Optional<PlanBound> of(MatchingPlan plan, Duration limit) {
        if (limit.isZero() || limit.isNegative()) {
            return Optional.empty();
        }
        try {
            PlanBound bound = PlanBound.of(plan, plan, limit, properties.boundWorkers(), PlanningProperties.BOUND_MAX_PART_PAIRS);
            log.debug("Bound of {} slots: {} h ({}) in {} ms", plan.getSlots().size(), bound.hoursUpperBound(), bound.kind(),
                    bound.millis());
            return Optional.of(bound);
        } catch (RuntimeException | LinkageError e) {
            log.warn("No upper bound for a plan of {} slots: {}", plan.getSlots().size(), e.toString());
            return Optional.empty();
        }
    }
}
