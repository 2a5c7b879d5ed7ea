package fr.clausematch.dataset;

import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.LegalBasis;

import java.util.TreeSet;

/**
 * Test-only transcription of matching rules 1-8 of DATA-FORMAT.md, to check that the hand-written
 * sample shuts out exactly the pairs it says and that the generated samples carry scarcity.
 */
final class PairRules {

    private PairRules() {
    }

    /** Numbers of the rules (1-8) the pair breaks; empty when the pair is allowed. */
    static TreeSet<Integer> broken(CandidateRow c, SlotRow s, ContractRow k) {
        TreeSet<Integer> broken = new TreeSet<>();
        if (c.eligibility().isEmpty()
                || (c.eligibilityUntil() != null && c.eligibilityUntil().isBefore(s.startDate()))) {
            broken.add(1);
        }
        if ((k.legalBasis() == LegalBasis.RESERVED_SIAE && !c.eligibility().contains(EligibilityCriterion.PASS_IAE))
                || (k.legalBasis() == LegalBasis.RESERVED_DISABILITY
                && !c.eligibility().contains(EligibilityCriterion.RQTH))) {
            broken.add(2);
        }
        if (k.anru() && c.qpvCode() == null) {
            broken.add(3);
        }
        if (!c.trades().contains(s.trade())) {
            broken.add(4);
        }
        if (c.qualificationLevel() < s.minQualificationLevel()) {
            broken.add(5);
        }
        if (!c.licences().containsAll(s.requiredLicences())) {
            broken.add(6);
        }
        if (distanceKm(c.latitude(), c.longitude(), k.latitude(), k.longitude()) > c.maxDistanceKm()) {
            broken.add(7);
        }
        if ((c.availableFrom() != null && c.availableFrom().isAfter(s.startDate()))
                || (c.availableUntil() != null && c.availableUntil().isBefore(s.endDate()))) {
            broken.add(8);
        }
        return broken;
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0 * Math.asin(Math.sqrt(a));
    }
}
