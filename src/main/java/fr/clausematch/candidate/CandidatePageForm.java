package fr.clausematch.candidate;

import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Gender;
import fr.clausematch.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The candidate form of the pages: as {@link CandidateForm}, with trades and licences typed as text
 * ({@code F1704|K2204} or {@code F1704, K2204}) and eligibility as checkboxes.
 */
public class CandidatePageForm {

    private String id;
    private String territory;
    private Gender gender;
    private Integer birthYear;
    private String commune;
    private Double latitude;
    private Double longitude;
    private String qpvCode;
    private Set<EligibilityCriterion> eligibility = new LinkedHashSet<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate eligibilityUntil;
    private String trades;
    private Integer qualificationLevel;
    private String licences;
    private Double maxDistanceKm;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate availableFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate availableUntil;
    private BigDecimal maxHoursPerWeek;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate registeredOn;
    private CandidateStatus status;
    private Long version;

    /** A blank form with the usual defaults. */
    static CandidatePageForm blank(String territory, LocalDate today) {
        CandidatePageForm form = new CandidatePageForm();
        form.territory = territory;
        form.qualificationLevel = 0;
        form.maxDistanceKm = 20.0;
        form.maxHoursPerWeek = BigDecimal.valueOf(35);
        form.registeredOn = today;
        form.status = CandidateStatus.IDENTIFIED;
        return form;
    }

    static CandidatePageForm of(CandidateView view) {
        CandidatePageForm form = new CandidatePageForm();
        form.id = view.id();
        form.territory = view.territory();
        form.gender = view.gender();
        form.birthYear = view.birthYear();
        form.commune = view.commune();
        form.latitude = view.latitude();
        form.longitude = view.longitude();
        form.qpvCode = view.qpvCode();
        form.eligibility = view.eligibility().isEmpty() ? new LinkedHashSet<>()
                : EnumSet.copyOf(view.eligibility().stream().map(CandidateView.Grant::criterion).toList());
        form.eligibilityUntil = view.eligibilityUntil();
        form.trades = String.join(" | ", view.trades());
        form.qualificationLevel = view.qualificationLevel();
        form.licences = String.join(" | ", view.licences());
        form.maxDistanceKm = view.maxDistanceKm();
        form.availableFrom = view.availableFrom();
        form.availableUntil = view.availableUntil();
        form.maxHoursPerWeek = view.maxHoursPerWeek();
        form.registeredOn = view.registeredOn();
        form.status = view.status();
        form.version = view.version();
        return form;
    }

    CandidateForm toForm() {
        return new CandidateForm(id, territory, gender, birthYear, commune, latitude, longitude, qpvCode,
                eligibility == null ? Set.of() : Set.copyOf(eligibility), eligibilityUntil, FormErrors.splitList(trades),
                qualificationLevel, FormErrors.splitList(licences), maxDistanceKm, availableFrom, availableUntil,
                maxHoursPerWeek, registeredOn, status, null, version);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTerritory() { return territory; }
    public void setTerritory(String territory) { this.territory = territory; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public Integer getBirthYear() { return birthYear; }
    public void setBirthYear(Integer birthYear) { this.birthYear = birthYear; }
    public String getCommune() { return commune; }
    public void setCommune(String commune) { this.commune = commune; }
    public Double getLatitude() { return latitude; }
    public void setLatitude(Double latitude) { this.latitude = latitude; }
    public Double getLongitude() { return longitude; }
    public void setLongitude(Double longitude) { this.longitude = longitude; }
    public String getQpvCode() { return qpvCode; }
    public void setQpvCode(String qpvCode) { this.qpvCode = qpvCode; }
    public Set<EligibilityCriterion> getEligibility() { return eligibility; }
    public void setEligibility(Set<EligibilityCriterion> eligibility) { this.eligibility = eligibility; }
    public LocalDate getEligibilityUntil() { return eligibilityUntil; }
    public void setEligibilityUntil(LocalDate eligibilityUntil) { this.eligibilityUntil = eligibilityUntil; }
    public String getTrades() { return trades; }
    public void setTrades(String trades) { this.trades = trades; }
    public Integer getQualificationLevel() { return qualificationLevel; }
    public void setQualificationLevel(Integer qualificationLevel) { this.qualificationLevel = qualificationLevel; }
    public String getLicences() { return licences; }
    public void setLicences(String licences) { this.licences = licences; }
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
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
