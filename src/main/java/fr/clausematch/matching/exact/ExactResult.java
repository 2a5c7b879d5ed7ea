package fr.clausematch.matching.exact;

import fr.clausematch.matching.model.MatchingPlan;

/**
 * What the exact reference proved about one problem.
 *
 * @param status         OPTIMAL when every part was solved to optimality, FEASIBLE when some part has a plan but no
 *                       proof, INFEASIBLE when the pinned pairings alone break rule 9, UNKNOWN when a part has no plan
 * @param hours          hours of the best plan found (the sum of the parts')
 * @param hoursBound     proven upper bound on the hours any plan could fill (equal to {@code hours} when OPTIMAL)
 * @param sharesStatus   the second stage's status (OPTIMAL: most women's + QPV residents' hours proven at these
 *                       hours); null when no second stage ran
 * @param womenQpvHours  women's hours + QPV residents' hours of {@code plan} (a woman living in a QPV counts twice,
 *                       once in each share)
 * @param womenQpvBound  proven upper bound on those at {@code hours} (second stage), or -1
 * @param womenHours     hours of {@code plan} filled by women
 * @param qpvHours       hours of {@code plan} filled by QPV residents
 * @param parts          independent parts solved (slots that nobody can take are in none)
 * @param partsOptimal   parts proven optimal for the hours
 * @param partsByLp      parts where CP-SAT found no plan in time, bounded by the optimum of the LP relaxation (GLOP)
 * @param partsByMip     parts CP-SAT did not prove that SCIP was also given (the benchmark's reference,
 *                       {@link ExactSettings#mip}): the better plan and the closer bound of the two are kept
 * @param partsBySlots   parts whose bound is the hours of their slots (too many pairs for CP-SAT, or neither CP-SAT nor
 *                       the LP in time): valid by construction, but loose
 * @param seconds        wall time of both stages
 * @param pairsRefused   pairs of the engine's value ranges that the exact model's own reading of rules 1-8 refuses
 *                       (left out of the model; 0 when the two agree)
 * @param pairsOutside   pairs that the exact model's rules 1-8 allow but the engine's ranges lack, but for a slot
 *                       heavier a week than the person's maximum (rule 9 alone); rejected pairings count here; they
 *                       stay out of the model; -1 when not counted (more than 300 million checks: a national problem)
 * @param plan           the best plan, as a copy of the problem with its pairings
 */
public record ExactResult(
        Status status,
        long hours,
        long hoursBound,
        Status sharesStatus,
        long womenQpvHours,
        long womenQpvBound,
        long womenHours,
        long qpvHours,
        int parts,
        int partsOptimal,
        int partsByLp,
        int partsByMip,
        int partsBySlots,
        double seconds,
        long pairsRefused,
        long pairsOutside,
        MatchingPlan plan) {

    public enum Status { OPTIMAL, FEASIBLE, INFEASIBLE, UNKNOWN }

    /**
     * What the bound is: {@code exact} (every part optimal), {@code cp-sat} (CP-SAT's proven bound on every part),
     * with {@code +scip} when SCIP bounded some parts closer, {@code +lp} when some parts are bounded by the LP relaxation, {@code +slots} by their slots' hours.
     */
    public String boundKind() {
        return partsOptimal == parts ? "exact" : "cp-sat" + (partsByMip > 0 ? "+scip" : "") + (partsByLp > 0 ? "+lp" : "")
                + (partsBySlots > 0 ? "+slots" : "");
    }

    /** How far {@code hoursFilled} is from the bound, as a percentage of the bound (0 when the bound is 0). */
    public double gapPercent(long hoursFilled) {
        return hoursBound == 0 ? 0 : 100.0 * (hoursBound - hoursFilled) / hoursBound;
    }

    /** {@code hours} as a percentage of the proven bound (100 when the bound is 0). */
    public double percentOfBound(long hoursFilled) {
        return hoursBound == 0 ? 100.0 : 100.0 * hoursFilled / hoursBound;
    }
}
