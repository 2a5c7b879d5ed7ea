package fr.clausematch.candidate;

import fr.clausematch.matching.EligibilityCriterion;
import fr.clausematch.matching.Gender;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A person as a facilitator of their territory sees them. {@code id} is the pseudonymous identifier. */
public record CandidateView(
        String id,
        String territory,
        Gender gender,
        int birthYear,
        String commune,
        double latitude,
        double longitude,
        String qpvCode,
        List<Grant> eligibility,
        LocalDate eligibilityUntil,
        List<String> trades,
        int qualificationLevel,
        List<String> licences,
        double maxDistanceKm,
        LocalDate availableFrom,
        LocalDate availableUntil,
        BigDecimal maxHoursPerWeek,
        LocalDate registeredOn,
        CandidateStatus status,
        LocalDate lastContactOn,
        long version) {

    /** One criterion, who validated it and until when. */
    public record Grant(EligibilityCriterion criterion, boolean sensitive, String validatedBy, LocalDate validatedOn,
                        LocalDate validUntil) {
    }
}
