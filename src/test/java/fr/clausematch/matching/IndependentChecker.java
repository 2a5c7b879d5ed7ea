package fr.clausematch.matching;

import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.LegalBasis;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-checks every pairing of a plan against the nine rules of DATA-FORMAT.md, written again from the
 * rulebook without the solver's score, rule code or index (rule 9 walks every calendar day).
 */
public final class IndependentChecker {

    private IndependentChecker() {
    }

    /** Every broken rule, as readable lines; empty when the plan follows the rulebook. */
    public static List<String> violations(MatchingPlan plan) {
        List<String> out = new ArrayList<>();
        Map<Candidate, List<Slot>> bySlotCandidate = new HashMap<>();
        for (Slot s : plan.getSlots()) {
            Candidate c = s.getCandidate();
            if (c == null) {
                continue;
            }
            bySlotCandidate.computeIfAbsent(c, k -> new ArrayList<>()).add(s);
            Contract k = s.getContract();
            String pair = s.getId() + "/" + c.id() + ": ";
            if (c.eligibility().isEmpty() || (c.eligibilityUntil() != null && c.eligibilityUntil().compareTo(s.getStartDate()) < 0)) {
                out.add(pair + "rule 1");
            }
            if ((k.legalBasis() == LegalBasis.RESERVED_SIAE && !c.eligibility().contains(EligibilityCriterion.PASS_IAE))
                    || (k.legalBasis() == LegalBasis.RESERVED_DISABILITY && !c.eligibility().contains(EligibilityCriterion.RQTH))) {
                out.add(pair + "rule 2");
            }
            if (k.anru() && (c.qpvCode() == null || c.qpvCode().isEmpty())) {
                out.add(pair + "rule 3");
            }
            if (!c.trades().contains(s.getTrade())) {
                out.add(pair + "rule 4");
            }
            if (c.qualificationLevel() < s.getMinQualificationLevel()) {
                out.add(pair + "rule 5");
            }
            for (String licence : s.getRequiredLicences()) {
                if (!c.licences().contains(licence)) {
                    out.add(pair + "rule 6 " + licence);
                }
            }
            double r = 6371.0;
            double la1 = Math.toRadians(c.latitude());
            double la2 = Math.toRadians(k.latitude());
            double h = Math.pow(Math.sin((la2 - la1) / 2), 2)
                    + Math.cos(la1) * Math.cos(la2) * Math.pow(Math.sin(Math.toRadians(k.longitude() - c.longitude()) / 2), 2);
            double km = 2 * r * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
            if (km > c.maxDistanceKm() + 1e-9) {
                out.add(pair + "rule 7 (" + km + " km)");
            }
            if ((c.availableFrom() != null && c.availableFrom().isAfter(s.getStartDate()))
                    || (c.availableUntil() != null && c.availableUntil().isBefore(s.getEndDate()))) {
                out.add(pair + "rule 8");
            }
        }
        bySlotCandidate.forEach((c, slots) -> {
            LocalDate first = slots.stream().map(Slot::getStartDate).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = slots.stream().map(Slot::getEndDate).max(LocalDate::compareTo).orElseThrow();
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                int load = 0;
                for (Slot s : slots) {
                    if (!day.isBefore(s.getStartDate()) && !day.isAfter(s.getEndDate())) {
                        load += s.getTenthsPerWeek();
                    }
                }
                if (load > c.maxTenthsPerWeek()) {
                    out.add(c.id() + ": rule 9 on " + day + " (" + load / 10.0 + " h/week)");
                    break;
                }
            }
        });
        return out;
    }
}
