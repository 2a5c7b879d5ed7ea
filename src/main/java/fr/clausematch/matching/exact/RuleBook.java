package fr.clausematch.matching.exact;

import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Slot;

/**
 * Rules 1-8 of DATA-FORMAT.md for one person and one slot, written again from the rulebook for the exact model
 * (not the engine's {@code MatchingRules}): the exact model keeps a pair of the engine's value range only when
 * this says yes, and counts the pairs where the two disagree.
 */
final class RuleBook {

    /** Rule 7's Earth radius, km. */
    private static final double RADIUS_KM = 6371.0;
    /** Rule 7 compares decimals computed two ways: a pair this close to the limit is not called a disagreement. */
    static final double REACH_TOLERANCE_KM = 1e-6;

    private RuleBook() {
    }

    /** Whether the pair passes rules 1-8; {@code slack} km of tolerance on rule 7 (0 for the strict rule). */
    static boolean allows(Candidate c, Slot s, double slack) {
        Contract k = s.getContract();
        // 1. eligible, and still so on the slot's first day
        if (c.eligibility().isEmpty() || (c.eligibilityUntil() != null && s.getStartDate().isAfter(c.eligibilityUntil()))) {
            return false;
        }
        // 2. legal basis of the contract
        switch (k.legalBasis()) {
            case RESERVED_SIAE -> {
                if (!c.eligibility().contains(EligibilityCriterion.PASS_IAE)) {
                    return false;
                }
            }
            case RESERVED_DISABILITY -> {
                if (!c.eligibility().contains(EligibilityCriterion.RQTH)) {
                    return false;
                }
            }
            default -> {
            }
        }
        // 3. urban renewal hours go to QPV residents
        if (k.anru() && (c.qpvCode() == null || c.qpvCode().isBlank())) {
            return false;
        }
        // 4. trade, 5. qualification, 6. licences
        if (!c.trades().contains(s.getTrade()) || c.qualificationLevel() < s.getMinQualificationLevel()) {
            return false;
        }
        for (String licence : s.getRequiredLicences()) {
            if (!c.licences().contains(licence)) {
                return false;
            }
        }
        // 7. reach
        if (km(c.latitude(), c.longitude(), k.latitude(), k.longitude()) > c.maxDistanceKm() + slack) {
            return false;
        }
        // 8. availability window covers the slot
        return (c.availableFrom() == null || !c.availableFrom().isAfter(s.getStartDate()))
                && (c.availableUntil() == null || !c.availableUntil().isBefore(s.getEndDate()));
    }

    /** Haversine distance (atan2 form). */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double a1 = Math.toRadians(lat1);
        double a2 = Math.toRadians(lat2);
        double sinLat = Math.sin((a2 - a1) / 2);
        double sinLon = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        double h = sinLat * sinLat + Math.cos(a1) * Math.cos(a2) * sinLon * sinLon;
        return 2 * RADIUS_KM * Math.atan2(Math.sqrt(h), Math.sqrt(Math.max(0, 1 - h)));
    }
}
