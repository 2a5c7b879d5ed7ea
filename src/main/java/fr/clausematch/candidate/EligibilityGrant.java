package fr.clausematch.candidate;

import fr.clausematch.matching.model.EligibilityCriterion;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;
import java.util.Objects;

/** One eligibility criterion of a person, with who validated it and until when (never a document). */
@Embeddable
public class EligibilityGrant {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EligibilityCriterion criterion;

    @Column(name = "validated_by")
    private String validatedBy;

    @Column(name = "validated_on")
    private LocalDate validatedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected EligibilityGrant() {
    }

    public EligibilityGrant(EligibilityCriterion criterion, String validatedBy, LocalDate validatedOn, LocalDate validUntil) {
        this.criterion = Objects.requireNonNull(criterion);
        this.validatedBy = validatedBy;
        this.validatedOn = validatedOn;
        this.validUntil = validUntil;
    }

    public EligibilityCriterion getCriterion() {
        return criterion;
    }

    public String getValidatedBy() {
        return validatedBy;
    }

    public LocalDate getValidatedOn() {
        return validatedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EligibilityGrant other && criterion == other.criterion;
    }

    @Override
    public int hashCode() {
        return criterion.hashCode();
    }
}
