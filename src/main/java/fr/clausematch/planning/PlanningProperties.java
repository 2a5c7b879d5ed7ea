package fr.clausematch.planning;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Settings of plans run on the database.
 *
 * @param seconds        time limit of one plan (the solver also stops after its unimproved-time limit)
 * @param threads        move threads of the solver (1 = none)
 * @param saveEveryMillis at most one save of proposed assignments per this many milliseconds while solving
 *                       (the final best solution is always saved)
 * @param boundPerThousandSlots time of a plan's proven upper bound (computed when its solve ends) per thousand slots,
 *                       held between {@code boundMin} and {@code boundMax}; a part proven optimal early leaves its
 *                       time to the next, so a small territory's bound takes milliseconds whatever this says
 * @param boundMin       the least time of the bound
 * @param boundMax       the most time of the bound (a part CP-SAT does not solve in it may take a second more for its
 *                       linear relaxation)
 * @param boundMaxSlots  plans of more slots get no bound (OR-Tools' native memory on a national problem); 0: none
 * @param boundWorkers   CP-SAT workers of the bound (its portfolio; more than the cores is allowed)
 */
@ConfigurationProperties("clausematch.planning")
public record PlanningProperties(Integer seconds, Integer threads, Integer saveEveryMillis, Duration boundPerThousandSlots,
                                 Duration boundMin, Duration boundMax, Integer boundMaxSlots, Integer boundWorkers) {

    /** Parts of more pairs (slot, person) than this are bounded by their slots' hours, not by CP-SAT (memory). */
    static final long BOUND_MAX_PART_PAIRS = 500_000;

    public PlanningProperties {
        seconds = seconds == null ? 30 : seconds;
        threads = threads == null ? 1 : threads;
        saveEveryMillis = saveEveryMillis == null ? 2_000 : saveEveryMillis;
        boundPerThousandSlots = boundPerThousandSlots == null ? Duration.ofSeconds(2) : boundPerThousandSlots;
        boundMin = boundMin == null ? Duration.ofSeconds(1) : boundMin;
        boundMax = boundMax == null ? Duration.ofSeconds(10) : boundMax;
        boundMaxSlots = boundMaxSlots == null ? 50_000 : boundMaxSlots;
        boundWorkers = boundWorkers == null ? 8 : boundWorkers;
        if (boundMin.isNegative() || boundMax.compareTo(boundMin) < 0 || boundPerThousandSlots.isNegative()) {
            throw new IllegalArgumentException("clausematch.planning.bound-* : 0 ≤ bound-min ≤ bound-max, bound-per-thousand-slots ≥ 0");
        }
        if (boundWorkers < 1) {
            throw new IllegalArgumentException("clausematch.planning.bound-workers : au moins 1");
        }
    }

    /** The time of the bound of a plan of {@code slots} slots; zero when such a plan gets none. */
    Duration boundLimit(int slots) {
        if (slots > boundMaxSlots) {
            return Duration.ZERO;
        }
        Duration scaled = Duration.ofMillis(boundPerThousandSlots.toMillis() * slots / 1000);
        return scaled.compareTo(boundMin) < 0 ? boundMin : scaled.compareTo(boundMax) > 0 ? boundMax : scaled;
    }
}
