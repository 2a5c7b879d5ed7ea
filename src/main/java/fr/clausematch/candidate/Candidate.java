package fr.clausematch.candidate;

import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Gender;
import fr.clausematch.shared.Place;
import fr.clausematch.shared.TrackedRecord;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A person identified by a facilitator. {@code externalId} is the pseudonymous identifier of the
 * exchange format (never a name); the database key stays internal.
 */
@Entity
@Table(name = "candidate")
public class Candidate extends TrackedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "external_id", nullable = false, unique = true, updatable = false)
    private String externalId;

    @Column(name = "territory_code", nullable = false)
    private String territoryCode;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Column(name = "birth_year", nullable = false)
    private int birthYear;

    @Embedded
    private Place place;

    @ElementCollection
    @CollectionTable(name = "candidate_eligibility", joinColumns = @JoinColumn(name = "candidate_id"))
    @BatchSize(size = 100)
    private Set<EligibilityGrant> eligibility = new LinkedHashSet<>();

    @Column(name = "eligibility_until")
    private LocalDate eligibilityUntil;

    @ElementCollection
    @CollectionTable(name = "candidate_trade", joinColumns = @JoinColumn(name = "candidate_id"))
    @OrderColumn(name = "position")
    @Column(name = "trade", nullable = false)
    @BatchSize(size = 100)
    private List<String> trades = new ArrayList<>();

    @Column(name = "qualification_level", nullable = false)
    private int qualificationLevel;

    @ElementCollection
    @CollectionTable(name = "candidate_licence", joinColumns = @JoinColumn(name = "candidate_id"))
    @OrderColumn(name = "position")
    @Column(name = "licence", nullable = false)
    @BatchSize(size = 100)
    private List<String> licences = new ArrayList<>();

    @Column(name = "max_distance_km", nullable = false)
    private double maxDistanceKm;

    @Column(name = "available_from")
    private LocalDate availableFrom;

    @Column(name = "available_until")
    private LocalDate availableUntil;

    @Column(name = "max_hours_per_week", nullable = false, precision = 4, scale = 1)
    private BigDecimal maxHoursPerWeek;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CandidateStatus status = CandidateStatus.IDENTIFIED;

    @Column(name = "last_contact_on", nullable = false)
    private LocalDate lastContactOn;

    protected Candidate() {
    }

    public Candidate(String externalId) {
        this.externalId = externalId;
    }

    /** The criteria held, in the order of {@link EligibilityCriterion}. */
    public Set<EligibilityCriterion> criteria() {
        Set<EligibilityCriterion> codes = EnumSet.noneOf(EligibilityCriterion.class);
        eligibility.forEach(grant -> codes.add(grant.getCriterion()));
        return codes;
    }

    /** Replaces the criteria, keeping who validated those already held. */
    public void replaceCriteria(Set<EligibilityCriterion> codes, String validatedBy, LocalDate validatedOn) {
        eligibility.removeIf(grant -> !codes.contains(grant.getCriterion()));
        Set<EligibilityCriterion> held = criteria();
        codes.stream()
                .filter(code -> !held.contains(code))
                .sorted(Comparator.naturalOrder())
                .forEach(code -> eligibility.add(new EligibilityGrant(code, validatedBy, validatedOn, eligibilityUntil)));
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getTerritoryCode() {
        return territoryCode;
    }

    public void setTerritoryCode(String territoryCode) {
        this.territoryCode = territoryCode;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public int getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(int birthYear) {
        this.birthYear = birthYear;
    }

    public Place getPlace() {
        return place;
    }

    public void setPlace(Place place) {
        this.place = place;
    }

    public Set<EligibilityGrant> getEligibility() {
        return eligibility;
    }

    public LocalDate getEligibilityUntil() {
        return eligibilityUntil;
    }

    public void setEligibilityUntil(LocalDate eligibilityUntil) {
        this.eligibilityUntil = eligibilityUntil;
    }

    public List<String> getTrades() {
        return trades;
    }

    public void setTrades(List<String> trades) {
        this.trades.clear();
        this.trades.addAll(trades);
    }

    public int getQualificationLevel() {
        return qualificationLevel;
    }

    public void setQualificationLevel(int qualificationLevel) {
        this.qualificationLevel = qualificationLevel;
    }

    public List<String> getLicences() {
        return licences;
    }

    public void setLicences(List<String> licences) {
        this.licences.clear();
        this.licences.addAll(licences);
    }

    public double getMaxDistanceKm() {
        return maxDistanceKm;
    }

    public void setMaxDistanceKm(double maxDistanceKm) {
        this.maxDistanceKm = maxDistanceKm;
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public void setAvailableFrom(LocalDate availableFrom) {
        this.availableFrom = availableFrom;
    }

    public LocalDate getAvailableUntil() {
        return availableUntil;
    }

    public void setAvailableUntil(LocalDate availableUntil) {
        this.availableUntil = availableUntil;
    }

    public BigDecimal getMaxHoursPerWeek() {
        return maxHoursPerWeek;
    }

    public void setMaxHoursPerWeek(BigDecimal maxHoursPerWeek) {
        this.maxHoursPerWeek = maxHoursPerWeek;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public void setRegisteredOn(LocalDate registeredOn) {
        this.registeredOn = registeredOn;
    }

    public CandidateStatus getStatus() {
        return status;
    }

    public void setStatus(CandidateStatus status) {
        this.status = status;
    }

    public LocalDate getLastContactOn() {
        return lastContactOn;
    }

    public void setLastContactOn(LocalDate lastContactOn) {
        this.lastContactOn = lastContactOn;
    }
}
