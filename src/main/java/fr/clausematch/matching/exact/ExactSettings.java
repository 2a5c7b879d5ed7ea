package fr.clausematch.matching.exact;

import fr.clausematch.matching.model.MatchingPlan;

import java.time.Duration;

/**
 * How long and how the exact reference searches.
 *
 * @param hoursLimit  time of the first stage (most hours), shared by the independent parts in proportion to their
 *                    pairs; a part that finishes early leaves its time to the next
 * @param sharesLimit time of the second stage (hours fixed at the first stage's best, most hours to women and QPV
 *                    residents); zero: no second stage
 * @param workers     CP-SAT search workers (its portfolio; more than the cores is allowed)
 * @param hint        a plan whose pairings are given to CP-SAT as a starting point (never enforced), or null
 * @param maxPartPairs a part with more pairs (slot, person) than this is not given to CP-SAT: its bound is then the
 *                    hours of its slots (valid by construction), and the plan leaves it empty
 * @param countOutside the benchmark's audit: count the pairs that the rules allow but the engine's ranges lack
 *                    ({@link ExactResult#pairsOutside}; -1 when not counted)
 * @param tightenBound a part solved without proof, or without a plan in time, also gets its LP relaxation (GLOP with
 *                    rounds of cuts; where GLOP does not solve it in time, a solution of its dual by subgradient,
 *                    {@link LagrangianBound}), for a closer bound; without (the search's, which reads no bound), a part
 *                    without a plan counts by its slots' hours
 * @param mip         a part CP-SAT does not prove also goes to SCIP (a MIP solver, as long again, hinted with CP-SAT's
 *                    plan): the benchmark's reference, where CP-SAT alone leaves the hard parts far from their optimum
 */
public record ExactSettings(Duration hoursLimit, Duration sharesLimit, int workers, MatchingPlan hint, long maxPartPairs,
                            boolean countOutside, boolean tightenBound, boolean mip) {

    /** Every part to CP-SAT, with the audit and the LP's closer bounds. */
    public ExactSettings(Duration hoursLimit, Duration sharesLimit, int workers, MatchingPlan hint) {
        this(hoursLimit, sharesLimit, workers, hint, Long.MAX_VALUE, true, true, false);
    }

    public ExactSettings {
        if (hoursLimit == null || hoursLimit.isNegative() || sharesLimit == null || sharesLimit.isNegative()) {
            throw new IllegalArgumentException("time limits must be given and not negative");
        }
        if (workers < 1) {
            throw new IllegalArgumentException("at least one worker");
        }
    }

    /** {@code seconds} for the hours, half as long again for the shares, 8 workers, no hint. */
    public static ExactSettings of(double seconds) {
        return new ExactSettings(Duration.ofMillis((long) (seconds * 1000)), Duration.ofMillis((long) (seconds * 500)), 8, null);
    }

    public ExactSettings withHint(MatchingPlan plan) {
        return new ExactSettings(hoursLimit, sharesLimit, workers, plan, maxPartPairs, countOutside, tightenBound, mip);
    }

    public ExactSettings withoutShares() {
        return new ExactSettings(hoursLimit, Duration.ZERO, workers, hint, maxPartPairs, countOutside, tightenBound, mip);
    }

    public ExactSettings withWorkers(int count) {
        return new ExactSettings(hoursLimit, sharesLimit, count, hint, maxPartPairs, countOutside, tightenBound, mip);
    }

    public ExactSettings withMaxPartPairs(long pairs) {
        return new ExactSettings(hoursLimit, sharesLimit, workers, hint, pairs, countOutside, tightenBound, mip);
    }

    /** With SCIP's second opinion on the parts CP-SAT does not prove (see {@code mip}): the benchmark's reference. */
    public ExactSettings withMip() {
        return new ExactSettings(hoursLimit, sharesLimit, workers, hint, maxPartPairs, countOutside, tightenBound, true);
    }

    /** For the search's exact start: no audit, no LP after a part without proof (that time is better spent searching). */
    public ExactSettings forSearch() {
        return new ExactSettings(hoursLimit, sharesLimit, workers, hint, maxPartPairs, false, false, false);
    }

    /**
     * For a plan's proven bound: no second stage, no audit, the LP's closer bound where CP-SAT proves nothing in time.
     */
    public ExactSettings forBound() {
        return new ExactSettings(hoursLimit, Duration.ZERO, workers, hint, maxPartPairs, false, true, false);
    }
}
