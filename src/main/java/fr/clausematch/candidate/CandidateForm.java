package fr.clausematch.candidate;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.clausematch.limits.FieldLimits;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Gender;
import fr.clausematch.web.validation.DateInRange;
import fr.clausematch.web.validation.Identifier;
import fr.clausematch.web.validation.PlaceForm;
import fr.clausematch.web.validation.RomeCode;
import jakarta.validation.Valid;
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
 * A person as a facilitator enters them, with the checks of the exchange format: the body of the API
 * (the place flat in JSON) and the form of the pages (the place as {@code place.*}; trades and licences typed
 * as text, see {@code CandidatePages}; eligibility as checkboxes). On update, {@code version} must be the one
 * read: an edit made on an older version is refused.
 */
public class CandidateForm {

    @NotBlank(message = "l'identifiant est obligatoire")
    @Identifier
    private String id;
    @NotBlank(message = "le territoire est obligatoire")
    @Size(max = FieldLimits.TERRITORY, message = "64 caractères au plus")
    private String territory;
    private Gender gender;
    @NotNull(message = "l'année de naissance est obligatoire")
    @Min(value = FieldLimits.BIRTH_YEAR_MIN, message = FieldLimits.BIRTH_YEAR_MESSAGE)
    @Max(value = FieldLimits.BIRTH_YEAR_MAX, message = FieldLimits.BIRTH_YEAR_MESSAGE)
    private Integer birthYear;
    @Valid
    @JsonUnwrapped
    private PlaceForm place = new PlaceForm();
    private Set<EligibilityCriterion> eligibility;
    @DateInRange
    private LocalDate eligibilityUntil;
    private List<@RomeCode String> trades;
    @NotNull(message = "le niveau de qualification est obligatoire (0 si inconnu)")
    private Integer qualificationLevel;
    private List<@Pattern(regexp = FieldLimits.LICENCE_REGEX, message = "code de permis ou d'habilitation attendu, par exemple CACES_R482") String> licences;
    @NotNull(message = "la distance maximale est obligatoire")
    @PositiveOrZero(message = "distance positive ou nulle")
    private Double maxDistanceKm;
    @DateInRange
    private LocalDate availableFrom;
    @DateInRange
    private LocalDate availableUntil;
    @NotNull(message = "le nombre d'heures par semaine est obligatoire")
    @DecimalMin(value = "0", message = "heures positives ou nulles")
    @DecimalMax(value = "" + FieldLimits.WEEKLY_HOURS_MAX, message = "168 heures par semaine au plus")
    @Digits(integer = 3, fraction = 1, message = "une décimale au plus, par exemple 17.5")
    private BigDecimal maxHoursPerWeek;
    @NotNull(message = "la date de repérage est obligatoire")
    @DateInRange
    private LocalDate registeredOn;
    private CandidateStatus status;
    /** Taken from the API only; the pages leave it to the service (today). */
    @DateInRange
    private LocalDate lastContactOn;
    private Long version;

    /** A blank form of the pages, with the usual defaults. */
    static CandidateForm blank(String territory, LocalDate today) {
        CandidateForm form = new CandidateForm();
        form.territory = territory;
        form.qualificationLevel = 0;
        form.maxDistanceKm = 20.0;
        form.maxHoursPerWeek = BigDecimal.valueOf(35);
        form.registeredOn = today;
        form.status = CandidateStatus.IDENTIFIED;
        return form;
    }

    @AssertTrue(message = "niveau 0 (aucun ou inconnu) ou de 3 à 8")
    public boolean isQualificationLevelValid() {
        return qualificationLevel == null || qualificationLevel == 0 || (qualificationLevel >= 3 && qualificationLevel <= 8);
    }

    @AssertTrue(message = "la fin de disponibilité précède son début")
    public boolean isAvailabilityWindowValid() {
        return availableFrom == null || availableUntil == null || !availableUntil.isBefore(availableFrom);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTerritory() { return territory; }
    public void setTerritory(String territory) { this.territory = territory; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public Integer getBirthYear() { return birthYear; }
    public void setBirthYear(Integer birthYear) { this.birthYear = birthYear; }
    public PlaceForm getPlace() { return place; }
    public void setPlace(PlaceForm place) { this.place = place; }
    public Set<EligibilityCriterion> getEligibility() { return eligibility; }
    public void setEligibility(Set<EligibilityCriterion> eligibility) { this.eligibility = eligibility; }
    public LocalDate getEligibilityUntil() { return eligibilityUntil; }
    public void setEligibilityUntil(LocalDate eligibilityUntil) { this.eligibilityUntil = eligibilityUntil; }
    public List<String> getTrades() { return trades; }
    public void setTrades(List<String> trades) { this.trades = trades; }
    public Integer getQualificationLevel() { return qualificationLevel; }
    public void setQualificationLevel(Integer qualificationLevel) { this.qualificationLevel = qualificationLevel; }
    public List<String> getLicences() { return licences; }
    public void setLicences(List<String> licences) { this.licences = licences; }
    public Double getMaxDistanceKm() { return maxDistanceKm; }
    public void setMaxDistanceKm(Double maxDistanceKm) { this.maxDistanceKm = maxDistanceKm; }
    public LocalDate getAvailableFrom() { return availableFrom; }
    public void setAvailableFrom(LocalDate availableFrom) { this.availableFrom = availableFrom; }
    public LocalDate getAvailableUntil() { return availableUntil; }
    public void setAvailableUntil(LocalDate availableUntil) { this.availableUntil = availableUntil; }
    public BigDecimal getMaxHoursPerWeek() { return maxHoursPerWeek; }
    public void setMaxHoursPerWeek(BigDecimal maxHoursPerWeek) { this.maxHoursPerWeek = maxHoursPerWeek; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public void setRegisteredOn(LocalDate registeredOn) { this.registeredOn = registeredOn; }
    public CandidateStatus getStatus() { return status; }
    public void setStatus(CandidateStatus status) { this.status = status; }
    public LocalDate getLastContactOn() { return lastContactOn; }
    public void setLastContactOn(LocalDate lastContactOn) { this.lastContactOn = lastContactOn; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
