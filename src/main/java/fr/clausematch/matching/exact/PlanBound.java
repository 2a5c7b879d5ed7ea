package fr.clausematch.matching.exact;

import fr.clausematch.matching.model.MatchingPlan;

import java.time.Duration;

/**
 * A plan's distance to the best: a proven upper bound on the hours any plan of its problem could fill (its pinned
 * pairings kept), by the exact reference, hinted with the plan. The same for {@code solve}'s {@code summary.json}
 * and for the plans stored in the database.
 *
 * @param hoursUpperBound no plan of the problem can fill more hours (valid by construction: CP-SAT's proven optimum
 *                        or bound, the LP relaxation's optimum, or the hours of the slots)
 * @param kind            how it was proven ({@link ExactResult#boundKind()}): {@code exact} (every part's optimum),
 *                        {@code cp-sat} (CP-SAT's proven bound), with {@code +lp} when some parts are bounded by the LP
 *                        relaxation and {@code +slots} when some by their slots' hours
 * @param hoursBestKnown  the most hours of a plan known: the plan's or the exact reference's, the more
 * @param millis          how long the bound took
 */
public record PlanBound(long hoursUpperBound, String kind, long hoursBestKnown, long millis) {

    /**
     * The bound of {@code problem}'s hours, {@code plan} given to CP-SAT as its start: {@code limit} shared by the
     * independent parts, {@code workers} CP-SAT workers, parts of more than {@code maxPartPairs} pairs bounded by their
     * slots' hours; no second stage, no audit ({@link ExactSettings#forBound()}).
     */
    public static PlanBound of(MatchingPlan problem, MatchingPlan plan, Duration limit, int workers, long maxPartPairs) {
        ExactResult result = ExactMatching.solve(problem,
                new ExactSettings(limit, Duration.ZERO, workers, plan).forBound().withMaxPartPairs(maxPartPairs));
        return new PlanBound(result.hoursBound(), result.boundKind(), Math.max(plan.filledHours(), result.hours()),
                Math.round(result.seconds() * 1000));
    }

    /**
     * How far {@code hoursFilled} is below the bound, as a percentage of the bound rounded to a hundredth (0 when the
     * bound is 0), as {@code summary.json} and the plans say it.
     */
    public double gapPercent(long hoursFilled) {
        return hoursUpperBound == 0 ? 0 : Math.round(10_000.0 * (hoursUpperBound - hoursFilled) / hoursUpperBound) / 100.0;
    }
}
