package fr.clausematch.matching.search;

import fr.clausematch.matching.constraints.MatchingConstraint;
import fr.clausematch.matching.constraints.MatchingSettings;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

/**
 * Per contract type, the groups (women, QPV residents) whose share of the hours is below its target in
 * a plan, and what one hour given to a person is worth toward those shares: the soft weight of
 * {@code women-share} and/or {@code qpv-share} when the person is in a group below target there, else 0.
 * The move factories use it to look for moves that raise the shares without filling fewer hours.
 */
final class ShareGaps {

    static final int WOMAN = 1;
    static final int QPV = 2;

    /** Per contract type (ordinal): WOMAN and/or QPV when that share is below its target. */
    private final int[] below = new int[ContractType.values().length];
    private final long womenWeight;
    private final long qpvWeight;

    private ShareGaps(long womenWeight, long qpvWeight) {
        this.womenWeight = womenWeight;
        this.qpvWeight = qpvWeight;
    }

    /** The gaps of the plan as it is now (one pass over its slots). */
    static ShareGaps of(MatchingPlan plan) {
        MatchingSettings settings = plan.getSettings() == null ? new MatchingSettings() : plan.getSettings();
        ShareGaps gaps = new ShareGaps(settings.getWeight(MatchingConstraint.WOMEN_SHARE).softScore(),
                settings.getWeight(MatchingConstraint.QPV_SHARE).softScore());
        long[][] sums = new long[ContractType.values().length][3];
        for (Slot s : plan.getSlots()) {
            Candidate c = s.getCandidate();
            if (c != null) {
                long[] sum = sums[s.getContractType().ordinal()];
                sum[0] += s.getHours();
                sum[1] += c.isWoman() ? s.getHours() : 0;
                sum[2] += c.isQpvResident() ? s.getHours() : 0;
            }
        }
        for (ContractType type : ContractType.values()) {
            long[] sum = sums[type.ordinal()];
            if (gaps.womenWeight != 0 && 1000 * sum[1] < (long) settings.womenTargetPermille(type) * sum[0]) {
                gaps.below[type.ordinal()] |= WOMAN;
            }
            if (gaps.qpvWeight != 0 && 1000 * sum[2] < (long) settings.qpvTargetPermille(type) * sum[0]) {
                gaps.below[type.ordinal()] |= QPV;
            }
        }
        return gaps;
    }

    static int groups(Candidate c) {
        return c == null ? 0 : (c.isWoman() ? WOMAN : 0) | (c.isQpvResident() ? QPV : 0);
    }

    /** The groups below target on this type that the person is not in (0: nobody can do better than them there). */
    int missing(ContractType type, Candidate holder) {
        return below[type.ordinal()] & ~groups(holder);
    }

    /** Whether an hour of this type is worth more to the shares below target with this person than with the holder. */
    boolean gains(ContractType type, Candidate holder, Candidate c) {
        return worth(type, c) > worth(type, holder);
    }

    /** Soft points per hour of the slot given to the person (0 for nobody). */
    long worth(ContractType type, Candidate c) {
        int g = groups(c) & below[type.ordinal()];
        return ((g & WOMAN) != 0 ? womenWeight : 0) + ((g & QPV) != 0 ? qpvWeight : 0);
    }
}
