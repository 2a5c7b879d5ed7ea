package fr.clausematch.candidate;

import fr.clausematch.limits.FieldLimits;
import fr.clausematch.web.validation.DateInRange;
import fr.clausematch.web.validation.Identifier;
import fr.clausematch.web.validation.Latitude;
import fr.clausematch.web.validation.Longitude;
import fr.clausematch.web.validation.PlainText;
import fr.clausematch.web.validation.QpvCode;
import fr.clausematch.web.validation.RomeCode;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Gender;
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
        @Size(max = FieldLimits.TERRITORY, message = "64 caractères au plus")
        String territory,
        Gender gender,
        @NotNull(message = "l'année de naissance est obligatoire")
        @Min(value = FieldLimits.BIRTH_YEAR_MIN, message = FieldLimits.BIRTH_YEAR_MESSAGE)
        @Max(value = FieldLimits.BIRTH_YEAR_MAX, message = FieldLimits.BIRTH_YEAR_MESSAGE)
        Integer birthYear,
        @Size(max = FieldLimits.COMMUNE, message = FieldLimits.COMMUNE_MESSAGE)
        @PlainText
        String commune,
        @NotNull(message = "la latitude est obligatoire")
        @Latitude
        Double latitude,
        @NotNull(message = "la longitude est obligatoire")
        @Longitude
        Double longitude,
        @QpvCode
        String qpvCode,
        Set<EligibilityCriterion> eligibility,
        @DateInRange
        LocalDate eligibilityUntil,
        List<@RomeCode String> trades,
        @NotNull(message = "le niveau de qualification est obligatoire (0 si inconnu)")
        Integer qualificationLevel,
        List<@Pattern(regexp = FieldLimits.LICENCE_REGEX, message = "code de permis ou d'habilitation attendu, par exemple CACES_R482") String> licences,
        @NotNull(message = "la distance maximale est obligatoire")
        @PositiveOrZero(message = "distance positive ou nulle")
        Double maxDistanceKm,
        @DateInRange
        LocalDate availableFrom,
        @DateInRange
        LocalDate availableUntil,
        @NotNull(message = "le nombre d'heures par semaine est obligatoire")
        @DecimalMin(value = "0", message = "heures positives ou nulles")
        @DecimalMax(value = "" + FieldLimits.WEEKLY_HOURS_MAX, message = "168 heures par semaine au plus")
        @Digits(integer = 3, fraction = 1, message = "une décimale au plus, par exemple 17.5")
        BigDecimal maxHoursPerWeek,
        @NotNull(message = "la date de repérage est obligatoire")
        @DateInRange
        LocalDate registeredOn,
        CandidateStatus status,
        @DateInRange
        LocalDate lastContactOn,
        Long version) {

    /** An empty commune is not stated (DATA-FORMAT.md: it is shown, never used by a rule). */
    public CandidateForm {
        commune = commune == null || commune.isBlank() ? null : commune;
    }

    @AssertTrue(message = "niveau 0 (aucun ou inconnu) ou de 3 à 8")
    public boolean isQualificationLevelValid() {
        return qualificationLevel == null || qualificationLevel == 0 || (qualificationLevel >= 3 && qualificationLevel <= 8);
    }

    @AssertTrue(message = "la fin de disponibilité précède son début")
    public boolean isAvailabilityWindowValid() {
        return availableFrom == null || availableUntil == null || !availableUntil.isBefore(availableFrom);
    }
}
