package fr.clausematch.matching.constraints;

import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Slot;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Rules 1-8 of DATA-FORMAT.md for one candidate and one slot, exactly as written there. */
public final class MatchingRules {

    /** Earth radius of rule 7, in km. */
    public static final double EARTH_RADIUS_KM = 6371.0;

    private MatchingRules() {
    }

    /** Great-circle distance in km (haversine formula, radius 6371.0 km). */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = Math.toRadians(lat2 - lat1);
        double dLambda = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }

    public static double distanceKm(Candidate c, Contract k) {
        return distanceKm(c.latitude(), c.longitude(), k.latitude(), k.longitude());
    }

    /** Rules 2, 3, 4 and 7: those that depend on the contract and the trade only, not on the slot's dates. */
    public static boolean passesSiteRules(Candidate c, Contract k, String trade) {
        return c.trades().contains(trade) && legalBasisOk(c, k) && (!k.anru() || c.isQpvResident())
                && distanceKm(c, k) <= c.maxDistanceKm();
    }

    /** Rules 1, 5, 6 and 8: those that depend on the slot itself. */
    public static boolean passesSlotRules(Candidate c, Slot s) {
        return eligibleOk(c, s) && c.qualificationLevel() >= s.getMinQualificationLevel()
                && c.licences().containsAll(s.getRequiredLicences()) && availabilityOk(c, s);
    }

    /** The rules among 1-8 that this pair breaks, in rule order (empty: compatible). */
    public static Set<MatchingRule> brokenRules(Candidate c, Slot s) {
        Set<MatchingRule> broken = EnumSet.noneOf(MatchingRule.class);
        Contract k = s.getContract();
        if (!eligibleOk(c, s)) {
            broken.add(MatchingRule.ELIGIBLE);
        }
        if (!legalBasisOk(c, k)) {
            broken.add(MatchingRule.LEGAL_BASIS);
        }
        if (k.anru() && !c.isQpvResident()) {
            broken.add(MatchingRule.URBAN_RENEWAL);
        }
        if (!c.trades().contains(s.getTrade())) {
            broken.add(MatchingRule.TRADE);
        }
        if (c.qualificationLevel() < s.getMinQualificationLevel()) {
            broken.add(MatchingRule.QUALIFICATION);
        }
        if (!c.licences().containsAll(s.getRequiredLicences())) {
            broken.add(MatchingRule.LICENCES);
        }
        if (distanceKm(c, k) > c.maxDistanceKm()) {
            broken.add(MatchingRule.REACH);
        }
        if (!availabilityOk(c, s)) {
            broken.add(MatchingRule.AVAILABILITY);
        }
        return broken;
    }

    public static boolean compatible(Candidate c, Slot s) {
        return passesSiteRules(c, s.getContract(), s.getTrade()) && passesSlotRules(c, s);
    }

    private static boolean eligibleOk(Candidate c, Slot s) {
        return !c.eligibility().isEmpty()
                && (c.eligibilityUntil() == null || !c.eligibilityUntil().isBefore(s.getStartDate()));
    }

    private static boolean legalBasisOk(Candidate c, Contract k) {
        return switch (k.legalBasis()) {
            case RESERVED_SIAE -> c.eligibility().contains(EligibilityCriterion.PASS_IAE);
            case RESERVED_DISABILITY -> c.eligibility().contains(EligibilityCriterion.RQTH);
            default -> true;
        };
    }

    private static boolean availabilityOk(Candidate c, Slot s) {
        return (c.availableFrom() == null || !c.availableFrom().isAfter(s.getStartDate()))
                && (c.availableUntil() == null || !c.availableUntil().isBefore(s.getEndDate()));
    }

    /**
     * Rule 9 measure: over every calendar day, the weekly hours (in tenths) of the given slots that run
     * that day (start and end inclusive) above {@code maxTenthsPerWeek}, summed over days. 0 = rule 9 holds.
     */
    public static long overloadTenthDays(int maxTenthsPerWeek, List<Slot> slots) {
        int n = slots.size();
        if (n < 2) {
            return n == 1 ? Math.max(0, slots.get(0).getTenthsPerWeek() - maxTenthsPerWeek)
                    * (slots.get(0).getEndDate().toEpochDay() - slots.get(0).getStartDate().toEpochDay() + 1) : 0;
        }
        // Sweep over boundary dates: +load at start, -load the day after the end.
        List<long[]> list = new ArrayList<>(2 * n);
        for (Slot s : slots) {
            list.add(new long[] {s.getStartDate().toEpochDay(), s.getTenthsPerWeek()});
            list.add(new long[] {s.getEndDate().toEpochDay() + 1, -s.getTenthsPerWeek()});
        }
        list.sort((a, b) -> Long.compare(a[0], b[0]));
        long overload = 0;
        long load = 0;
        for (int i = 0; i < list.size(); i++) {
            load += list.get(i)[1];
            if (i + 1 < list.size()) {
                long days = list.get(i + 1)[0] - list.get(i)[0];
                if (days > 0 && load > maxTenthsPerWeek) {
                    overload += (load - maxTenthsPerWeek) * days;
                }
            }
        }
        return overload;
    }
}
