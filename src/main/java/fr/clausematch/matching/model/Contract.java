package fr.clausematch.matching.model;

import org.optaplanner.core.api.domain.lookup.PlanningId;

import java.time.LocalDate;

/** A public contract carrying an insertion clause: a problem fact. Equality is by {@code id} only. */
public record Contract(
        String id,
        String buyer,
        ContractType type,
        LegalBasis legalBasis,
        boolean anru,
        String commune,
        double latitude,
        double longitude,
        String qpvCode,
        LocalDate startDate,
        LocalDate endDate,
        int requiredHours) {

    public Contract {
        qpvCode = qpvCode == null || qpvCode.isBlank() ? null : qpvCode;
        commune = commune == null ? "" : commune;
    }

    /** The planning id (multi-threaded solving and problem changes look facts up by it). */
    @PlanningId
    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Contract other && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
