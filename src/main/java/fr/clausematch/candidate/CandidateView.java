package fr.clausematch.candidate;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Gender;
import fr.clausematch.shared.Place;
import jakarta.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A person as a facilitator of their territory sees them. {@code id} is the pseudonymous identifier. */
public record CandidateView(
        String id,
        String territory,
        @Nullable Gender gender,
        int birthYear,
        @JsonUnwrapped Place place,
        List<Grant> eligibility,
        @Nullable LocalDate eligibilityUntil,
        List<String> trades,
        int qualificationLevel,
        List<String> licences,
        double maxDistanceKm,
        @Nullable LocalDate availableFrom,
        @Nullable LocalDate availableUntil,
        BigDecimal maxHoursPerWeek,
        LocalDate registeredOn,
        CandidateStatus status,
        LocalDate lastContactOn,
        long version) {

    /** One criterion, who validated it and until when. */
    public record Grant(EligibilityCriterion criterion, boolean sensitive, @Nullable String validatedBy,
                        @Nullable LocalDate validatedOn, @Nullable LocalDate validUntil) {
    }
}
