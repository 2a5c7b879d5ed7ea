package fr.clausematch.candidate;

import fr.clausematch.web.validation.Identifier;
import fr.clausematch.web.validation.Latitude;
import fr.clausematch.web.validation.Longitude;
import fr.clausematch.matching.EligibilityCriterion;
import fr.clausematch.matching.Gender;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A person as a facilitator enters them, with the checks of the exchange format. On update,
 * {@code version} must be the one read: an edit made on an older version is refused.
 */
public record CandidateForm(
        @NotBlank(message = "l'identifiant est obligatoire")
        @Identifier
        String id,
        @NotBlank(message = "le territoire est obligatoire")
        @Size(max = 64, message = "64 caractères au plus")
        String territory,
        Gender gender,
        @NotNull(message = "l'année de naissance est obligatoire")
        @Min(value = 1900, message = "année sur quatre chiffres, 1900 ou après")
        @Max(value = 2100, message = "année sur quatre chiffres, 2100 ou avant")
        Integer birthYear,
        @NotBlank(message = "la commune est obligatoire")
        @Size(max = 200, message = "200 caractères au plus")
        String commune,
        @NotNull(message = "la latitude est obligatoire")
        @Latitude
        Double latitude,
        @NotNull(message = "la longitude est obligatoire")
        @Longitude
        Double longitude,
        @Pattern(regexp = "QP[0-9]{6}", message = "code QPV officiel attendu, par exemple QP021001")
        String qpvCode,
        Set<EligibilityCriterion> eligibility,
        LocalDate eligibilityUntil,
        List<@Pattern(regexp = "[A-Z][0-9]{4}", message = "code ROME attendu, par exemple F1704") String> trades,
        @NotNull(message = "le niveau de qualification est obligatoire (0 si inconnu)")
        Integer qualificationLevel,
        List<@Pattern(regexp = "[A-Z0-9_]{1,40}", message = "code de permis ou d'habilitation attendu, par exemple CACES_R482") String> licences,
        @NotNull(message = "la distance maximale est obligatoire")
        @PositiveOrZero(message = "distance positive ou nulle")
        Double maxDistanceKm,
        LocalDate availableFrom,
        LocalDate availableUntil,
        @NotNull(message = "le nombre d'heures par semaine est obligatoire")
        @DecimalMin(value = "0", message = "heures positives ou nulles")
        @DecimalMax(value = "168", message = "168 heures par semaine au plus")
        @Digits(integer = 3, fraction = 1, message = "une décimale au plus, par exemple 17.5")
        BigDecimal maxHoursPerWeek,
        @NotNull(message = "la date de repérage est obligatoire")
        LocalDate registeredOn,
        CandidateStatus status,
        LocalDate lastContactOn,
        Long version) {

    @AssertTrue(message = "niveau 0 (aucun ou inconnu) ou de 3 à 8")
    public boolean isQualificationLevelValid() {
        return qualificationLevel == null || qualificationLevel == 0 || (qualificationLevel >= 3 && qualificationLevel <= 8);
    }

    @AssertTrue(message = "la fin de disponibilité précède son début")
    public boolean isAvailabilityWindowValid() {
        return availableFrom == null || availableUntil == null || !availableUntil.isBefore(availableFrom);
    }
}
