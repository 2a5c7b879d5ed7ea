package fr.clausematch.dataset;

import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Gender;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One line of {@code candidates.csv}, parsed and checked. Nullable fields are the columns whose
 * empty cell means "none" or "no bound". Lists keep the order of the file; the writer writes
 * eligibility in the enum's order and trades and licences as held.
 */
public record CandidateRow(
        String id,
        Gender gender,
        int birthYear,
        String commune,
        double latitude,
        double longitude,
        String qpvCode,
        Set<EligibilityCriterion> eligibility,
        LocalDate eligibilityUntil,
        List<String> trades,
        int qualificationLevel,
        List<String> licences,
        double maxDistanceKm,
        LocalDate availableFrom,
        LocalDate availableUntil,
        BigDecimal maxHoursPerWeek,
        LocalDate registeredOn,
        String territory) {
}
